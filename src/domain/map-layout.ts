import type { ResultType } from './result-types';
import { result as w } from '../words/en/result';

// Where everything on the results map goes (src/components/fit-map.tsx draws it): the plot, the
// ticks, the axis titles, the four region names and the labels of compared points. Text widths are
// estimated generously (no DOM here), so a label box always holds the drawn text, and the boxes are
// what the placement rules keep apart: no label covers a dot or another label, at any width from a
// 320 px phone up and for any dot position (test/domain/map-layout.test.ts).

/** A rectangle in drawing units (pixels at the drawn width), origin top left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A piece of text, one or more lines, with the box it needs. `x` is the anchor, `y` the first baseline. */
export interface PlacedText {
  lines: readonly string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  lineHeight: number;
  box: Box;
}

/** A point to draw, in display units (−100..100): `x` market-facing (+), `y` strategic (+). */
export interface MapLayoutPoint {
  label: string;
  x: number;
  y: number;
}

export interface MapLayoutInput {
  /** The drawing's width in pixels (its height is the same: the map is square). */
  width: number;
  points: readonly MapLayoutPoint[];
  /** Write each point's label next to it (the compare view). */
  showLabels: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  plot: Box;
  /** Radius of a dot; every dot also has a ring this much wider (fit-map.tsx). */
  dotRadius: number;
  ticks: {
    x: readonly { value: number; at: number }[];
    y: readonly { value: number; at: number }[];
  };
  tickFontSize: number;
  xTitle: PlacedText;
  /** Drawn turned by −90° about (x, y); its box is the turned box. */
  yTitle: PlacedText;
  /** The four types' regions (balanced, the centre, has none). */
  regions: readonly { type: ResultType; name: string; area: Box; label: PlacedText }[];
  dots: readonly { label: string; cx: number; cy: number }[];
  /** Labels of points (showLabels only), one per point that has room. */
  pointLabels: readonly PlacedText[];
  /** Points whose label found no free place: the dot is drawn, the caller says so in words. */
  unlabelled: readonly string[];
}

/** The four regions of the map, clockwise from top right: where each type sits. */
const REGIONS = [
  { type: 'product-manager', name: w.charts.regions.pm, right: true, top: true },
  { type: 'customer-facing', name: w.charts.regions.customer, right: true, top: false },
  { type: 'product-owner', name: w.charts.regions.po, right: false, top: false },
  { type: 'strategic-technical', name: w.charts.regions.technical, right: false, top: true },
] as const satisfies readonly { type: ResultType; name: string; right: boolean; top: boolean }[];

const TICKS = [-100, -50, 0, 50, 100] as const;

/** Average advance of a character as a share of the font size, rounded up for bold and capitals. */
const CHAR_WIDTH = 0.62;
/** The dot and its ring: labels keep this far from a dot's centre. */
const DOT_RADIUS = 7;
const RING = 3.5;
const GAP = 3;

/** The estimated width of `text` at `fontSize`: never less than what a system sans-serif draws. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * CHAR_WIDTH;
}

/** Splits a name into lines that fit `maxWidth`: at spaces, then after hyphens. */
export function wrapWords(text: string, fontSize: number, maxWidth: number): string[] {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return [text];
  const words = text.split(/(?<=-)|\s+/);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    const joined = last === undefined ? word : last.endsWith('-') ? last + word : `${last} ${word}`;
    if (last !== undefined && estimateTextWidth(joined, fontSize) <= maxWidth) {
      lines[lines.length - 1] = joined;
    } else lines.push(word);
  }
  return lines;
}

function textBlock(
  lines: readonly string[],
  x: number,
  top: number,
  anchor: PlacedText['anchor'],
  fontSize: number,
): PlacedText {
  const lineHeight = Math.round(fontSize * 1.25);
  const width = Math.max(...lines.map((l) => estimateTextWidth(l, fontSize)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // The first baseline sits about 0.8 em below the top of the line box.
  return {
    lines,
    x,
    y: top + fontSize * 0.95,
    anchor,
    fontSize,
    lineHeight,
    box: { x: left, y: top, width, height: lineHeight * lines.length },
  };
}

/** Whether two boxes share any area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a circle reaches into a box. */
export function circleTouchesBox(cx: number, cy: number, r: number, box: Box): boolean {
  const nx = Math.max(box.x, Math.min(cx, box.x + box.width));
  const ny = Math.max(box.y, Math.min(cy, box.y + box.height));
  return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r;
}

function isInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Lays out the map at `width` pixels: see MapLayout. */
export function layOutMap({ width, points, showLabels }: MapLayoutInput): MapLayout {
  const isSmall = width < 380;
  const fontSize = isSmall ? 11 : 13;
  const tickFontSize = isSmall ? 10 : 12;
  const titleSize = isSmall ? 11 : 13;
  const titleLine = Math.round(titleSize * 1.25);
  const tickWidth = estimateTextWidth('-100', tickFontSize);

  const left = titleLine + 4 + tickWidth + 6;
  const right = Math.ceil(estimateTextWidth('100', tickFontSize) / 2) + 2;
  const top = Math.ceil(tickFontSize / 2) + 2;
  const bottom = 6 + tickFontSize * 1.25 + 4 + titleLine + 2;
  const height = width;
  const plot: Box = {
    x: left,
    y: top,
    width: width - left - right,
    height: height - top - bottom,
  };
  const toX = (value: number) => plot.x + ((value + 100) / 200) * plot.width;
  const toY = (value: number) => plot.y + ((100 - value) / 200) * plot.height;

  const xTitleText = fitTitle(w.charts.xTitles, titleSize, plot.width);
  const xTitle = textBlock([xTitleText], toX(0), height - titleLine - 2, 'middle', titleSize);
  const yTitleText = fitTitle(w.charts.yTitles, titleSize, plot.height);
  const yWidth = estimateTextWidth(yTitleText, titleSize);
  const yTitle: PlacedText = {
    lines: [yTitleText],
    x: titleSize * 0.95,
    y: toY(0),
    anchor: 'middle',
    fontSize: titleSize,
    lineHeight: titleLine,
    box: { x: 0, y: toY(0) - yWidth / 2, width: titleLine, height: yWidth },
  };

  const dots = points.map((p) => ({
    label: p.label,
    cx: toX(clamp(p.x)),
    cy: toY(clamp(p.y)),
  }));
  const clearance = DOT_RADIUS + RING + GAP;
  const hitsDot = (box: Box) => dots.some((d) => circleTouchesBox(d.cx, d.cy, clearance, box));

  // Region names: in the region's outer corner, else the next corner that no dot reaches.
  const pad = 4;
  const taken: Box[] = [];
  const regions = REGIONS.map((r) => {
    const area: Box = {
      x: r.right ? toX(0) : plot.x,
      y: r.top ? plot.y : toY(0),
      width: plot.width / 2,
      height: plot.height / 2,
    };
    // One line where it fits, then the name broken at every space and hyphen: a narrower block
    // finds room beside more dots.
    const lineSets = [
      wrapWords(r.name, fontSize, area.width - 2 * pad),
      wrapWords(r.name, fontSize, 0),
    ];
    const candidates = lineSets.flatMap((lines) => {
      const blockHeight = Math.round(fontSize * 1.25) * lines.length;
      const outerX = r.right ? area.x + area.width - pad : area.x + pad;
      const innerX = r.right ? area.x + pad : area.x + area.width - pad;
      const outerAnchor = r.right ? 'end' : 'start';
      const innerAnchor = r.right ? 'start' : 'end';
      const outerTop = r.top ? area.y + pad : area.y + area.height - pad - blockHeight;
      const innerTop = r.top ? area.y + area.height - pad - blockHeight : area.y + pad;
      return [
        textBlock(lines, outerX, outerTop, outerAnchor, fontSize),
        textBlock(lines, innerX, outerTop, innerAnchor, fontSize),
        textBlock(lines, outerX, innerTop, outerAnchor, fontSize),
        textBlock(lines, innerX, innerTop, innerAnchor, fontSize),
      ];
    });
    // Many compared dots can reach every corner: then the corner that touches the fewest.
    const touched = (c: PlacedText) =>
      dots.filter((d) => circleTouchesBox(d.cx, d.cy, clearance, c.box)).length;
    const label =
      candidates.find((c) => !hitsDot(c.box) && !taken.some((t) => boxesOverlap(t, c.box))) ??
      [...candidates].sort((a, b) => touched(a) - touched(b))[0];
    if (label === undefined) throw new Error('unreachable: eight candidates');
    taken.push(label.box);
    return { type: r.type, name: r.name, area, label };
  });

  const pointLabels: PlacedText[] = [];
  const unlabelled: string[] = [];
  if (showLabels) {
    dots.forEach((d, i) => {
      const others = dots.filter((_, j) => j !== i);
      const text = d.label;
      const w = estimateTextWidth(text, fontSize);
      const h = Math.round(fontSize * 1.25);
      const off = clearance;
      const candidates = [
        textBlock([text], d.cx + off, d.cy - h / 2, 'start', fontSize),
        textBlock([text], d.cx - off, d.cy - h / 2, 'end', fontSize),
        textBlock([text], d.cx, d.cy - off - h, 'middle', fontSize),
        textBlock([text], d.cx, d.cy + off, 'middle', fontSize),
        textBlock([text], d.cx + off * 0.75, d.cy - off * 0.75 - h, 'start', fontSize),
        textBlock([text], d.cx - off * 0.75, d.cy - off * 0.75 - h, 'end', fontSize),
        textBlock([text], d.cx + off * 0.75, d.cy + off * 0.75, 'start', fontSize),
        textBlock([text], d.cx - off * 0.75, d.cy + off * 0.75, 'end', fontSize),
      ];
      const free = candidates.find(
        (c) =>
          isInside(c.box, plot) &&
          !circleTouchesBox(d.cx, d.cy, clearance, c.box) &&
          !others.some((o) => circleTouchesBox(o.cx, o.cy, clearance, c.box)) &&
          !taken.some((t) => boxesOverlap(t, c.box)),
      );
      if (free === undefined || w > plot.width) {
        unlabelled.push(text);
        return;
      }
      taken.push(free.box);
      pointLabels.push(free);
    });
  }

  return {
    width,
    height,
    plot,
    dotRadius: DOT_RADIUS,
    ticks: {
      x: TICKS.map((value) => ({ value, at: toX(value) })),
      y: TICKS.map((value) => ({ value, at: toY(value) })),
    },
    tickFontSize,
    xTitle,
    yTitle,
    regions,
    dots,
    pointLabels,
    unlabelled,
  };
}

function clamp(value: number): number {
  return Math.max(-100, Math.min(100, value));
}

function fitTitle(options: readonly string[], fontSize: number, room: number): string {
  return options.find((t) => estimateTextWidth(t, fontSize) <= room) ?? options.at(-1) ?? '';
}
