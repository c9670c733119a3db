import fc from 'fast-check';
import { expect, test } from 'vitest';
import { barChartHeight, layOutBars } from '../../src/domain/bar-layout';
import {
  boxesOverlap,
  circleTouchesBox,
  layOutMap,
  wrapWords,
  type Box,
  type MapLayout,
} from '../../src/domain/map-layout';
import { RESULT_TYPES, TYPE_PROTOTYPES } from '../../src/domain/result-types';

/** The dot, its ring (r + 3.5) and half the ring's stroke: what a label must stay clear of. */
const dotReach = (layout: MapLayout) => layout.dotRadius + 3.5 + 1;

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-9 &&
  inner.y >= outer.y - 1e-9 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-9 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-9;

const position = fc.integer({ min: -100, max: 100 });
/** Drawn widths from the narrowest (a 320 px phone less the page's padding) to a wide print. */
const width = fc.integer({ min: 280, max: 1000 });

test.each([
  { text: 'Product Manager', maxWidth: 200, lines: ['Product Manager'] },
  { text: 'Product Manager', maxWidth: 60, lines: ['Product', 'Manager'] },
  { text: 'Strategic-technical', maxWidth: 90, lines: ['Strategic-', 'technical'] },
  {
    text: 'Business acumen & go-to-market',
    maxWidth: 130,
    lines: ['Business acumen &', 'go-to-market'],
  },
  { text: 'Customer-facing', maxWidth: 0, lines: ['Customer-', 'facing'] },
])('wrapWords breaks "$text" at $maxWidth px into $lines', ({ text, maxWidth, lines }) => {
  expect(wrapWords(text, 11, maxWidth)).toEqual(lines);
});

test('the four region names are on the map at 320 px, one per region', () => {
  const layout = layOutMap({
    width: 288,
    points: [{ label: 'You', x: 0, y: 0 }],
    showLabels: false,
  });
  expect(layout.regions.map((r) => r.label.lines.join(' '))).toEqual([
    'Product Manager',
    'Customer-facing',
    'Product Owner',
    'Strategic- technical',
  ]);
  expect(layout.height).toBe(288);
});

test('property: region names never cover the dot or each other, at any width and dot position', () => {
  fc.assert(
    fc.property(width, position, position, (w, x, y) => {
      const layout = layOutMap({ width: w, points: [{ label: 'You', x, y }], showLabels: false });
      const [dot] = layout.dots;
      if (dot === undefined) throw new Error('no dot');
      const boxes = layout.regions.map((r) => r.label.box);
      layout.regions.forEach((r) => {
        expect(inside(r.label.box, r.area)).toBe(true);
        expect(circleTouchesBox(dot.cx, dot.cy, dotReach(layout), r.label.box)).toBe(false);
      });
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)),
      );
      // The axis titles fit the drawing: nothing clipped at its edges.
      const drawing = { x: 0, y: 0, width: layout.width, height: layout.height };
      expect(inside(layout.xTitle.box, drawing)).toBe(true);
      expect(inside(layout.yTitle.box, drawing)).toBe(true);
      expect(layout.xTitle.box.width).toBeLessThanOrEqual(layout.plot.width);
      expect(layout.yTitle.box.height).toBeLessThanOrEqual(layout.plot.height);
    }),
    { numRuns: 2000 },
  );
});

test('property: compared points get labels that cover no dot and no other label, or are listed as unlabelled', () => {
  const point = fc.record({
    label: fc.string({ minLength: 1, maxLength: 20 }),
    x: position,
    y: position,
  });
  fc.assert(
    fc.property(width, fc.array(point, { minLength: 1, maxLength: 20 }), (w, points) => {
      const layout = layOutMap({ width: w, points, showLabels: true });
      expect(layout.dots).toHaveLength(points.length);
      expect(layout.pointLabels.length + layout.unlabelled.length).toBe(points.length);
      const regionBoxes = layout.regions.map((r) => r.label.box);
      const labelBoxes = layout.pointLabels.map((l) => l.box);
      labelBoxes.forEach((box, i) => {
        expect(inside(box, layout.plot)).toBe(true);
        for (const d of layout.dots) {
          expect(circleTouchesBox(d.cx, d.cy, dotReach(layout), box)).toBe(false);
        }
        for (const other of [...regionBoxes, ...labelBoxes.slice(i + 1)]) {
          expect(boxesOverlap(box, other)).toBe(false);
        }
      });
    }),
    { numRuns: 500 },
  );
});

test('three clients in three corners are all labelled at 320 px', () => {
  const layout = layOutMap({
    width: 288,
    points: [
      { label: 'Ana', x: 45, y: 93 },
      { label: 'Ben', x: -50, y: -93 },
      { label: 'Cleo Long Name', x: 0, y: 0 },
    ],
    showLabels: true,
  });
  expect(layout.unlabelled).toEqual([]);
  expect(layout.pointLabels.map((l) => l.lines[0])).toEqual(['Ana', 'Ben', 'Cleo Long Name']);
});

test('property: bar labels stay in their row and left of the bars; bars stay in the plot', () => {
  const bar = fc.record({
    label: fc.string({ minLength: 1, maxLength: 32 }),
    value: fc.integer({ min: -10, max: 110 }),
  });
  fc.assert(
    fc.property(width, fc.array(bar, { minLength: 1, maxLength: 12 }), (w, bars) => {
      const layout = layOutBars(w, bars);
      expect(layout.height).toBe(barChartHeight(bars.length));
      layout.rows.forEach((row, i) => {
        expect(row.label.box.x + row.label.box.width).toBeLessThanOrEqual(layout.plot.x);
        expect(row.bar.x + row.bar.width).toBeLessThanOrEqual(
          layout.plot.x + layout.plot.width + 1e-9,
        );
        expect(row.bar.width).toBeGreaterThanOrEqual(0);
        const next = layout.rows[i + 1];
        if (next) expect(boxesOverlap(row.label.box, next.label.box)).toBe(false);
      });
    }),
    { numRuns: 500 },
  );
});

test('on paper (rows of 26 px at 400 px) the nine practice areas keep to their rows', () => {
  const labels = [
    'Market & competitive insight',
    'Business acumen & go-to-market',
    'Vision, strategy & roadmap',
    'Customer discovery & experiments',
    'Backlog & requirements craft',
    'Agile delivery cadence',
    'Technical fluency & teamwork',
    'Data & metrics',
    'Stakeholders & negotiation',
  ];
  const layout = layOutBars(
    400,
    labels.map((label) => ({ label, value: 50 })),
    26,
  );
  expect(layout.height).toBe(26 * 9 + 40);
  layout.rows.forEach((row, i) => {
    expect(row.label.box.y).toBeGreaterThanOrEqual(layout.plot.y + i * 26);
    expect(row.label.box.y + row.label.box.height).toBeLessThanOrEqual(
      layout.plot.y + (i + 1) * 26,
    );
  });
});

test('each region lies where its type sits: strategic up, market-facing right', () => {
  const { regions, plot } = layOutMap({ width: 300, points: [], showLabels: false });
  expect(regions.map((r) => r.type).sort()).toEqual(
    RESULT_TYPES.filter((t) => t !== 'balanced').sort(),
  );
  for (const { type, area } of regions) {
    const { s, o } = TYPE_PROTOTYPES[type];
    expect(area.x + area.width / 2 > plot.x + plot.width / 2, `${type} right`).toBe(o > 0);
    expect(area.y + area.height / 2 < plot.y + plot.height / 2, `${type} top`).toBe(s > 0);
  }
});
