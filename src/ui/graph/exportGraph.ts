/**
 * Renders the whole stage graph (not only what is on screen) to a PNG or SVG blob, the way React
 * Flow's "download image" example does: take the nodes' bounds, compute a viewport that fits them
 * into an image of that size, and let html-to-image draw `.react-flow__viewport` with that
 * transform. html-to-image is imported on demand so it stays out of the app's entry chunk.
 */
import { getViewportForBounds, type Rect } from '@xyflow/react';

export type GraphImageFormat = 'png' | 'svg';

/** Space around the graph in the image, in CSS pixels. */
export const EXPORT_PADDING = 24;
/** PNG pixels per CSS pixel when the image is small enough: sharp text on high-density screens. */
export const PNG_PIXEL_RATIO = 2;
/** Browsers refuse (or silently blank) canvases past these; stay well inside them. */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_PIXELS = 32_000_000;

/** Parts of React Flow that are controls, not graph: never drawn into the image. */
const EXCLUDED_CLASSES = ['react-flow__minimap', 'react-flow__controls', 'react-flow__panel', 'react-flow__attribution', 'react-flow__handle'];

export interface ImageSize {
  width: number;
  height: number;
}

/** The image size for the graph's bounds at zoom 1, padding included. */
export function exportSize(bounds: Rect, padding = EXPORT_PADDING): ImageSize {
  return { width: Math.ceil(bounds.width + 2 * padding), height: Math.ceil(bounds.height + 2 * padding) };
}

/** The PNG pixel ratio: {@link PNG_PIXEL_RATIO}, lowered so a large graph still fits a canvas. */
export function pngPixelRatio({ width, height }: ImageSize): number {
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_CANVAS_PIXELS / Math.max(width * height, 1));
  return Math.min(PNG_PIXEL_RATIO, bySide, byArea);
}

/** `stagecraft-graph.png`, or `stagecraft-graph-docker-api.png` when another Dockerfile is open. */
export function exportFileName(dockerfilePath: string, format: GraphImageFormat): string {
  const slug = dockerfilePath
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const suffix = slug === '' || slug === 'dockerfile' ? '' : `-${slug}`;
  return `stagecraft-graph${suffix}.${format}`;
}

/** Whether a computed CSS colour paints nothing (so the canvas colour comes from an ancestor). */
export function isTransparentColor(color: string): boolean {
  const value = color.trim().toLowerCase();
  if (value === '' || value === 'transparent') return true;
  const alpha = /^rgba?\([^)]*[,/]\s*([\d.]+)(%?)\s*\)$/.exec(value);
  return alpha !== null && Number(alpha[1]) === 0;
}

/** The SVG markup inside html-to-image's `data:image/svg+xml;charset=utf-8,...` URL. */
export function svgTextFromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:image/svg+xml') || comma < 0) throw new Error('not an SVG data URL');
  return decodeURIComponent(dataUrl.slice(comma + 1));
}

/**
 * Paints the background as the SVG's first child. html-to-image would paint it on the
 * translated viewport element instead, leaving an unpainted strip at the top and left.
 */
export function withSvgBackground(svg: string, color: string): string {
  const openTagEnd = svg.indexOf('>', svg.indexOf('<svg'));
  if (openTagEnd < 0) throw new Error('no <svg> element');
  const safeColor = color.replace(/["<>&]/g, '');
  return `${svg.slice(0, openTagEnd + 1)}<rect width="100%" height="100%" fill="${safeColor}"/>${svg.slice(openTagEnd + 1)}`;
}

/**
 * The computed properties html-to-image copies onto each cloned element. Custom properties are
 * left out: their values are already resolved into the real ones, and Monaco alone defines
 * thousands of them on :root (they made a six-stage SVG weigh 5 MB).
 */
export function stylePropertiesToCopy(computed: Iterable<string>): string[] {
  return [...computed].filter((name) => !name.startsWith('--'));
}

const EXCLUDED_SELECTOR = EXCLUDED_CLASSES.map((name) => `.${name}`).join(', ');

function isGraphContent(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  return !EXCLUDED_CLASSES.some((name) => node.classList.contains(name));
}

/**
 * Paint properties copied from the page onto everything inside an <svg> (edges, arrowheads).
 * html-to-image copies an <svg>'s children as they are, without the page's CSS, which would lose
 * the theme's edge colours (set with !important over React Flow's inline ones) and the dimming
 * of skipped edges.
 */
const SVG_PAINT_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'opacity'];

/** The <svg> elements under `root` that are not inside another <svg> under `root`, in document order. */
function outermostSvgs(root: Element): Element[] {
  return [...root.querySelectorAll('svg')].filter((svg) => {
    const outer = svg.parentElement?.closest('svg');
    return (!outer || !root.contains(outer)) && !svg.closest(EXCLUDED_SELECTOR);
  });
}

/** Copies the computed paint of the live graph's SVG content onto the same elements of the copy. */
function inlineSvgPaint(live: Element, copy: Element): void {
  const liveSvgs = outermostSvgs(live);
  const copySvgs = outermostSvgs(copy);
  if (liveSvgs.length !== copySvgs.length) return;
  liveSvgs.forEach((svg, i) => {
    const from = [...svg.querySelectorAll('*')];
    const to = [...(copySvgs[i]?.querySelectorAll('*') ?? [])];
    if (from.length !== to.length) return;
    from.forEach((element, j) => {
      const target = to[j];
      if (!(target instanceof SVGElement)) return;
      const computed = getComputedStyle(element);
      for (const name of SVG_PAINT_PROPERTIES) target.style.setProperty(name, computed.getPropertyValue(name));
    });
  });
}

async function svgToPng(svg: string, size: ImageSize): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const ratio = pngPixelRatio(size);
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(size.width * ratio);
  canvas.height = Math.floor(size.height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png');
  });
}

export interface GraphImageRequest {
  /** React Flow's `.react-flow__viewport` element. */
  viewport: HTMLElement;
  /** The bounds of all nodes, in flow coordinates. */
  bounds: Rect;
  /** The canvas colour of the current theme. */
  background: string;
}

/**
 * Draws the whole graph as a PNG or SVG blob. html-to-image builds the SVG (HTML nodes in a
 * foreignObject, with their computed styles inlined); the PNG is that SVG drawn on a canvas.
 */
export async function renderGraphImage(format: GraphImageFormat, { viewport, bounds, background }: GraphImageRequest): Promise<Blob> {
  const size = exportSize(bounds);
  // Zoom pinned to 1: the image grows with the graph instead of shrinking the text.
  const fit = getViewportForBounds(bounds, size.width, size.height, 1, 1, 0);
  const { toSvg } = await import('html-to-image');
  const dataUrl = await toSvg(viewport, {
    width: size.width,
    height: size.height,
    // The graph uses system fonts only; embedding would read every style sheet and fetch Monaco's icon font.
    skipFonts: true,
    includeStyleProperties: stylePropertiesToCopy(getComputedStyle(viewport)),
    filter: isGraphContent,
    style: {
      width: `${size.width}px`,
      height: `${size.height}px`,
      transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`,
    },
  });
  const doc = new DOMParser().parseFromString(svgTextFromDataUrl(dataUrl), 'image/svg+xml');
  const content = doc.querySelector('foreignObject');
  if (!content || doc.querySelector('parsererror')) throw new Error('the SVG could not be read back');
  inlineSvgPaint(viewport, content);
  const svg = withSvgBackground(new XMLSerializer().serializeToString(doc), background);
  if (format === 'png') return svgToPng(svg, size);
  return new Blob([svg], { type: 'image/svg+xml' });
}
