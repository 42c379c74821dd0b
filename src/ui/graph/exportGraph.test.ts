import { describe, expect, it } from 'vitest';
import {
  EXPORT_PADDING,
  MAX_CANVAS_PIXELS,
  MAX_CANVAS_SIDE,
  PNG_PIXEL_RATIO,
  exportFileName,
  exportSize,
  isTransparentColor,
  pngPixelRatio,
  stylePropertiesToCopy,
  svgTextFromDataUrl,
  withSvgBackground,
} from './exportGraph';

describe('exportSize', () => {
  it('adds the padding on every side and rounds up', () => {
    expect(exportSize({ x: -10, y: 5, width: 100.2, height: 50 })).toEqual({ width: 101 + 2 * EXPORT_PADDING, height: 50 + 2 * EXPORT_PADDING });
    expect(exportSize({ x: 0, y: 0, width: 10, height: 10 }, 0)).toEqual({ width: 10, height: 10 });
  });
});

describe('pngPixelRatio', () => {
  it('uses the full ratio for a small graph', () => {
    expect(pngPixelRatio({ width: 900, height: 400 })).toBe(PNG_PIXEL_RATIO);
  });

  it('shrinks a long graph to the canvas side limit', () => {
    const ratio = pngPixelRatio({ width: 13_000, height: 300 });
    expect(ratio).toBeLessThan(PNG_PIXEL_RATIO);
    expect(13_000 * ratio).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('shrinks a large square graph to the canvas area limit', () => {
    const ratio = pngPixelRatio({ width: 6000, height: 6000 });
    expect(6000 * ratio * 6000 * ratio).toBeLessThanOrEqual(MAX_CANVAS_PIXELS + 1);
    expect(ratio).toBeGreaterThan(0.9);
  });
});

describe('exportFileName', () => {
  it('leaves the default Dockerfile out of the name', () => {
    expect(exportFileName('Dockerfile', 'png')).toBe('stagecraft-graph.png');
    expect(exportFileName('', 'svg')).toBe('stagecraft-graph.svg');
  });

  it('names other Dockerfiles with a file-system-safe slug', () => {
    expect(exportFileName('docker/api.Dockerfile', 'svg')).toBe('stagecraft-graph-docker-api-dockerfile.svg');
    expect(exportFileName('  Weird  name!.txt ', 'png')).toBe('stagecraft-graph-weird-name-txt.png');
  });
});

describe('isTransparentColor', () => {
  it('recognises colours that paint nothing', () => {
    for (const color of ['transparent', '', 'rgba(0, 0, 0, 0)', 'rgb(0 0 0 / 0)', 'rgba(10,20,30,0.0)']) {
      expect(isTransparentColor(color), color).toBe(true);
    }
  });

  it('keeps colours that paint', () => {
    for (const color of ['rgb(255, 255, 255)', 'rgba(17, 24, 39, 0.5)', '#111827', 'rgb(0 0 0 / 40%)']) {
      expect(isTransparentColor(color), color).toBe(false);
    }
  });
});

describe('SVG helpers', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><foreignObject/></svg>';

  it('decodes html-to-image SVG data URLs', () => {
    expect(svgTextFromDataUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)).toBe(svg);
    expect(() => svgTextFromDataUrl('data:image/png;base64,AAAA')).toThrow();
  });

  it('paints the background first, behind everything else', () => {
    const painted = withSvgBackground(svg, 'rgb(17, 24, 39)');
    expect(painted).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="100%" height="100%" fill="rgb(17, 24, 39)"/><foreignObject/></svg>',
    );
    expect(withSvgBackground(svg, '"><script>')).not.toContain('<script>');
  });
});

describe('stylePropertiesToCopy', () => {
  it('keeps real properties and drops custom ones', () => {
    expect(stylePropertiesToCopy(['color', '--vscode-icon-x-content', 'stroke', '--text'])).toEqual(['color', 'stroke']);
  });
});
