/**
 * The catalog of base images, packages and downloads the simulator sizes things with. Every
 * figure carries its source; model estimates say `estimated: true` and why. Pure: the data is
 * JSON imported at build time (regenerate it with `npm run catalog`).
 */
export { normalizeImageRef, type CatalogRef } from './imageRef';
export { estimateImage, listImages, lookupImage } from './images';
export { aptBaseSet, aptBaseSetKeys, aptClosure, aptReferenceChecks, lookupAptPackage, type AptClosureResult, type AptOptions, type AptPackageInfo } from './apt';
export {
  estimateNpmPackage, lookupNpmPackage, npmClosure, npmProject, npmProjectInstall, npmProjectNames,
  type NpmClosureResult, type NpmPackageInfo, type NpmPlatform, type NpmProjectInfo,
} from './npm';
export {
  apkClosure, lookupApkPackage, lookupMavenArtifact, lookupPipPackage, otherFigures, pipClosure,
  type ApkPackageInfo, type ClosureOf, type PipPackageInfo,
} from './other';
export { estimateArtifact, lookupArtifact, type ArtifactInfo, type ArtifactLookup } from './artifacts';
export { maxSatisfying, satisfies } from './semver';
export type { CatalogImage, CatalogImageConfig, CatalogLayer, ImageLookup, OsFamily, SkeletonEntry } from './types';
