/** @vitest-environment jsdom */
import { expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import { FitMap, type MapPoint } from '../../src/components/fit-map';
import { SkillChart } from '../../src/components/skill-chart';
import { layOutMap } from '../../src/domain/map-layout';
import { layOutBars } from '../../src/domain/bar-layout';

// The charts are drawn by recharts on the scale of the pure layouts (src/domain/map-layout.ts,
// bar-layout.ts): what recharts places (dots, regions, bars) must land where the layout put the
// labels that keep clear of them. jsdom lays nothing out, so the charts draw at their fallback widths.

const point = (label: string, x: number, y: number): MapPoint => ({
  label,
  outside: x,
  outsideLow: x - 20,
  outsideHigh: x + 20,
  strategic: y,
  strategicLow: y - 15,
  strategicHigh: y + 15,
});

/** Numbers to 6 decimals: recharts and the layouts compute the same positions by different sums. */
const near = (values: readonly number[]) => values.map((v) => Math.round(v * 1e6) / 1e6);
const attrs = (element: Element, names: readonly string[]) =>
  near(names.map((n) => Number(element.getAttribute(n))));

test('the map is one recharts SVG with a viewBox, its dots and regions where the layout put them', () => {
  const points = [point('You', 30, -40), point('Last year', -70, 85), point('Far out', 140, 0)];
  const { container } = render(<FitMap points={points} summary="Where you sit" showLabels />);
  expect(screen.getByRole('img', { name: 'Where you sit' })).toBeInTheDocument();
  const svgs = container.querySelectorAll('svg');
  expect(svgs).toHaveLength(1);
  expect(svgs[0]).toHaveClass('recharts-surface');
  expect(svgs[0]).toHaveAttribute('viewBox', '0 0 400 400');
  expect(svgs[0]).toHaveAttribute('aria-hidden', 'true');

  const layout = layOutMap({
    width: 400,
    points: points.map((p) => ({ label: p.label, x: p.outside, y: p.strategic })),
    showLabels: true,
  });
  const rings = [...container.querySelectorAll('.fit-map-dot-ring')];
  expect(rings.map((r) => attrs(r, ['cx', 'cy']))).toEqual(
    layout.dots.map((d) => near([d.cx, d.cy])),
  );
  const regions = [...container.querySelectorAll('rect.fit-map-region')];
  expect(regions.map((r) => attrs(r, ['x', 'y', 'width', 'height']))).toEqual(
    layout.regions.map((r) => near([r.area.x, r.area.y, r.area.width, r.area.height])),
  );
  const frame = container.querySelector('rect.fit-map-frame');
  if (!frame) throw new Error('no frame');
  const { plot } = layout;
  expect(attrs(frame, ['x', 'y', 'width', 'height'])).toEqual(
    near([plot.x, plot.y, plot.width, plot.height]),
  );
  // A dot on the frame is drawn whole: nothing clips the dots to the plot.
  for (const ring of rings) {
    for (let e: Element | null = ring; e && e !== svgs[0]; e = e.parentElement) {
      expect(e).not.toHaveAttribute('clip-path');
    }
  }
  // A range past the edge stops at the frame.
  const ranges = [...container.querySelectorAll('rect.fit-map-range')];
  expect(ranges).toHaveLength(3);
  const far = ranges[2];
  if (!far) throw new Error('no range');
  const [x = 0, , w = 0] = attrs(far, ['x', 'y', 'width']);
  expect(x + w).toBeCloseTo(plot.x + plot.width, 6);

  expect(
    [...container.querySelectorAll('text.fit-map-region-name')].map((t) => t.textContent),
  ).toEqual(['Product Manager', 'Customer-facing', 'Product Owner', 'Strategic-technical']);
  expect(
    [...container.querySelectorAll('text.fit-map-point-label')].map((t) => t.textContent),
  ).toEqual(layout.pointLabels.map((l) => l.lines.join('')));
  // Drawn in layers: regions under the ranges, the ranges under the dots, the labels on top.
  const order = [
    ...container.querySelectorAll(
      '.fit-map-region, .fit-map-range, .fit-map-dot, .fit-map-point-label',
    ),
  ].map((e) => e.getAttribute('class'));
  expect(order.lastIndexOf('fit-map-region')).toBeLessThan(order.indexOf('fit-map-range'));
  expect(order.lastIndexOf('fit-map-range')).toBeLessThan(order.indexOf('fit-map-dot'));
  expect(order.lastIndexOf('fit-map-dot')).toBeLessThan(order.indexOf('fit-map-point-label'));
});

test('the map without ranges draws no range box', () => {
  const { container } = render(
    <FitMap points={[point('You', 0, 0)]} summary="Where you sit" showRanges={false} />,
  );
  expect(container.querySelectorAll('.fit-map-range')).toHaveLength(0);
  expect(container.querySelectorAll('.fit-map-dot')).toHaveLength(1);
});

test('the practice chart is one recharts SVG with a viewBox, each bar where the layout put it', () => {
  const bars = [
    { label: 'Discovery and research', value: 80 },
    { label: 'Backlog', value: 35 },
    { label: 'Nothing yet', value: 0 },
  ];
  const { container } = render(<SkillChart bars={bars} summary="Practice areas" />);
  expect(screen.getByRole('img', { name: 'Practice areas' })).toBeInTheDocument();
  const layout = layOutBars(560, bars);
  const svgs = container.querySelectorAll('svg');
  expect(svgs).toHaveLength(1);
  expect(svgs[0]).toHaveAttribute('viewBox', `0 0 560 ${layout.height}`);
  const drawn = [...container.querySelectorAll('.skill-chart-bar')];
  expect(drawn).toHaveLength(3);
  drawn.forEach((bar, i) => {
    const row = layout.rows[i];
    if (!row) throw new Error('no row');
    // The path starts at the bar's top left and runs its width (less the rounded end) to the right.
    const d = bar.getAttribute('d') ?? '';
    if (row.bar.width === 0) {
      expect(d).toBe('');
      return;
    }
    const [, x = '', y = '', run = ''] = /^M([\d.]+),([\d.]+)h([\d.]+)/.exec(d) ?? [];
    const r = Math.min(4, row.bar.width, row.bar.height / 2);
    expect(near([Number(x), Number(y), Number(run) + r])).toEqual(
      near([row.bar.x, row.bar.y, row.bar.width]),
    );
  });
  expect(
    [...container.querySelectorAll('text.skill-chart-label')].map((t) => t.textContent),
  ).toEqual(layout.rows.map((r) => r.label.lines.join('')));
});
