import { expect, type Locator, type Page } from '@playwright/test';

// Checks on the drawn charts (src/components/fit-map.tsx) by what the browser laid out: bounding
// boxes, as a reader sees them on screen or on paper.

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether a circle (given by its bounding box) reaches into a rectangle. */
function circleTouches(circle: Rect, box: Rect): boolean {
  const r = circle.width / 2;
  const cx = circle.x + r;
  const cy = circle.y + r;
  const nx = Math.max(box.x, Math.min(cx, box.x + box.width));
  const ny = Math.max(box.y, Math.min(cy, box.y + box.height));
  return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r;
}

async function boxes(locator: Locator): Promise<Rect[]> {
  return locator.evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/**
 * Expects every dot of the map inside its drawing, and no region name or point label to cover a
 * dot (with its ring) or another label. Returns the number of dots.
 */
export async function expectMapLabelsClear(map: Locator): Promise<number> {
  const svg = (await boxes(map.locator('svg')))[0];
  if (!svg) throw new Error('the map is not drawn');
  const dots = await boxes(map.locator('.fit-map-dot-ring'));
  const labels = await boxes(map.locator('text.fit-map-region-name, text.fit-map-point-label'));
  expect(labels.length).toBeGreaterThanOrEqual(4);
  for (const dot of dots) {
    expect(dot.x).toBeGreaterThanOrEqual(svg.x);
    expect(dot.y).toBeGreaterThanOrEqual(svg.y);
    expect(dot.x + dot.width).toBeLessThanOrEqual(svg.x + svg.width);
    expect(dot.y + dot.height).toBeLessThanOrEqual(svg.y + svg.height);
    for (const label of labels) expect(circleTouches(dot, label)).toBe(false);
  }
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });
  // The axis titles are drawn whole, inside the drawing.
  for (const title of await boxes(map.locator('text.fit-map-title'))) {
    expect(title.x).toBeGreaterThanOrEqual(svg.x - 0.5);
    expect(title.x + title.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
  }
  return dots.length;
}

/** The number of pages in a PDF made by Chromium. */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Printable widths in CSS pixels (96 per inch) with the report's 12 mm margins (styles.css @page). */
export const PRINTABLE_WIDTH = {
  A4: Math.floor(((210 - 24) / 25.4) * 96),
  Letter: Math.floor(((215.9 - 24) / 25.4) * 96),
} as const;

/**
 * Lays the page out as the print does, at the printable width of `format`: the beforeprint event
 * (which draws every chart and lays it out for paper), then the print media.
 */
export async function emulatePrint(page: Page, format: keyof typeof PRINTABLE_WIDTH) {
  const { height } = page.viewportSize() ?? { height: 900 };
  await page.setViewportSize({ width: PRINTABLE_WIDTH[format], height });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
}

/** Millimetres of a CSS pixel length (96 per inch). */
export const toMm = (px: number) => (px / 96) * 25.4;
