/**
 * Stacking layers the way a container runtime unpacks them: each change is applied literally
 * (paths in a layer never go through symlinks), whiteouts delete, an opaque marker empties a
 * directory, entries replace what was below. `applyLayer(a, diffTrees(a, b))` equals `b`.
 */
import { emptyTree } from './fileTree';
import type { Image, Layer, PutChange, WhiteoutChange } from './layer';
import { emptiedDir, getChild, isDirLike } from './node';
import { pathComponents } from './paths';
import { carveHole } from './remove';
import { setAt, updateAt } from './updateAt';
import type { DirLikeNode, FileTree, FsNode } from './types';

/** A shallow put keeps the listed children already there (its own come as separate changes). */
function shallow(change: PutChange, existing: FsNode | undefined): FsNode {
  const node = change.node;
  if (!isDirLike(node)) return node;
  const from = isDirLike(existing) ? existing : { children: null, childCount: 0, subSize: 0, subCount: 0 };
  return { ...node, children: from.children, childCount: from.childCount, subSize: from.subSize, subCount: from.subCount };
}

function whiteout(root: DirLikeNode, components: string[], change: WhiteoutChange): DirLikeNode {
  const estimate = { size: change.hiddenSize, fileCount: change.hiddenCount };
  if (change.bulkPath !== undefined) {
    // A hole belongs to its bulk even when a listed child now sits on its path.
    const at = pathComponents(change.bulkPath);
    const rel = components.slice(at.length).join('/');
    return updateAt(root, at, (n) => (n?.kind === 'bulk' ? carveHole(n, rel, estimate) : n));
  }
  let node: FsNode = root;
  for (let i = 0; i < components.length; i++) {
    if (!isDirLike(node)) return root;
    const child: FsNode | undefined = getChild(node, components[i] as string);
    if (child === undefined) {
      if (node.kind !== 'bulk') return root;
      // A hole in a bulk entry's unlisted content: carve it with the recorded size.
      const rel = components.slice(i).join('/');
      return updateAt(root, components.slice(0, i), (n) => (n?.kind === 'bulk' ? carveHole(n, rel, estimate) : n));
    }
    node = child;
  }
  return updateAt(root, components, () => undefined);
}

/**
 * Apply one layer on top of a tree. Whiteouts and opaque markers go first: the OCI spec says
 * they only apply to lower layers, never to entries of the same layer. Never fails: missing
 * parents are implied.
 */
export function applyLayer(tree: FileTree, layer: Layer): FileTree {
  let root = tree.root;
  for (const change of layer.changes) {
    const components = pathComponents(change.path);
    if (change.op === 'whiteout') root = whiteout(root, components, change);
    else if (change.op === 'opaque') root = updateAt(root, components, (n) => (isDirLike(n) ? emptiedDir(n) : n));
  }
  for (const change of layer.changes) {
    if (change.op !== 'put') continue;
    const components = pathComponents(change.path);
    root = change.deep ? setAt(root, components, change.node) : updateAt(root, components, (n) => shallow(change, n));
  }
  return root === tree.root ? tree : { root };
}

/** Image size: the sum of its layer sizes. Deleting in a later layer never lowers it. */
export function imageSize(image: Image): number {
  let size = 0;
  for (const layer of image.layers) size += layer.size;
  return size;
}

/** The filesystem after each layer (index i = layers 0..i stacked), sharing structure. */
export function stackLayers(image: Image, base: FileTree = emptyTree()): FileTree[] {
  const out: FileTree[] = [];
  let tree = base;
  for (const layer of image.layers) {
    tree = applyLayer(tree, layer);
    out.push(tree);
  }
  return out;
}

/** The image's filesystem: every layer stacked onto an empty tree. */
export function imageTree(image: Image, base: FileTree = emptyTree()): FileTree {
  let tree = base;
  for (const layer of image.layers) tree = applyLayer(tree, layer);
  return tree;
}
