import {
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  ZIndexLayer,
  DefaultZIndexes,
} from 'recharts';
import { layOutMap } from '../domain/map-layout';
import { lineShape, marginFor, PlacedLabel, rectShape } from './chart-parts';
import { useDrawnWidth } from './use-drawn-width';
import { result as w } from '../words/en/result';

/** One point on the map, in display units (-100..100), with its 90% ranges. */
export interface MapPoint {
  label: string;
  /** market (+) vs team (-) */
  outside: number;
  outsideLow: number;
  outsideHigh: number;
  /** strategic (+) vs tactical (-) */
  strategic: number;
  strategicLow: number;
  strategicHigh: number;
}

export interface FitMapProps {
  points: readonly MapPoint[];
  /** Read out instead of the drawing; the table beside the chart has the numbers. */
  summary: string;
  /** Draws each point's 90% range as a shaded box. */
  showRanges?: boolean;
  /** Writes each point's label next to it (the compare view). */
  showLabels?: boolean;
}

/** The width the map is laid out at before it is measured (and where it cannot be, as in a closed section). */
const DEFAULT_WIDTH = 400;
/** Laid out for paper at this width (then scaled to the printed size): phone-sized, clear type. */
const PRINT_WIDTH = 340;
const DOMAIN: [number, number] = [-100, 100];

// Layers, bottom to top (recharts draws by zIndex): the region fills, the grid and frame, the
// scale, titles and region names (zIndex 0), the 90% ranges, the dots, the point labels. Only
// recharts' own layers are used: it creates those up front (in 3.10 a new zIndex drew nothing).
const Z_REGIONS = DefaultZIndexes.grid;
const Z_GRID = DefaultZIndexes.barBackground;

/**
 * The 2-D map: market-facing (right) vs team-facing (left), strategic (up) vs tactical (down).
 * A recharts ScatterChart drawn at the size src/domain/map-layout.ts lays out for the width it is
 * shown at: its margins make recharts' plot area the layout's plot, so recharts places the regions,
 * ranges and dots on the same scale as the layout's labels, which are drawn at the layout's pixel
 * positions. Its root SVG has a viewBox, so it scales to any printed width whole, with every point.
 */
export function FitMap({ points, summary, showRanges = true, showLabels = false }: FitMapProps) {
  const [ref, width] = useDrawnWidth(DEFAULT_WIDTH, PRINT_WIDTH);
  const layout = layOutMap({
    width,
    points: points.map((p) => ({ label: p.label, x: p.outside, y: p.strategic })),
    showLabels,
  });
  const { plot } = layout;
  // The layout's pixels back in display units, for the regions recharts places on its own scale.
  const toValueX = (px: number) => ((px - plot.x) / plot.width) * 200 - 100;
  const toValueY = (px: number) => 100 - ((px - plot.y) / plot.height) * 200;
  const dots = points.map((p) => ({ label: p.label, x: clamp(p.outside), y: clamp(p.strategic) }));
  return (
    <>
      <div ref={ref} className="fit-map" role="img" aria-label={summary}>
        <ScatterChart
          width={layout.width}
          height={layout.height}
          margin={marginFor(plot, layout.width, layout.height)}
          accessibilityLayer={false}
          aria-hidden="true"
        >
          <XAxis type="number" dataKey="x" domain={DOMAIN} hide />
          <YAxis type="number" dataKey="y" domain={DOMAIN} hide />
          {layout.regions.map((r) => (
            <ReferenceArea
              key={r.name}
              x1={toValueX(r.area.x)}
              x2={toValueX(r.area.x + r.area.width)}
              y1={toValueY(r.area.y + r.area.height)}
              y2={toValueY(r.area.y)}
              ifOverflow="visible"
              zIndex={Z_REGIONS}
              shape={rectShape('fit-map-region')}
            />
          ))}
          {layout.ticks.x.map((t) => (
            <ReferenceLine
              key={`gx${t.value}`}
              x={t.value}
              ifOverflow="visible"
              zIndex={Z_GRID}
              shape={lineShape(t.value === 0 ? 'fit-map-axis' : 'fit-map-grid')}
            />
          ))}
          {layout.ticks.y.map((t) => (
            <ReferenceLine
              key={`gy${t.value}`}
              y={t.value}
              ifOverflow="visible"
              zIndex={Z_GRID}
              shape={lineShape(t.value === 0 ? 'fit-map-axis' : 'fit-map-grid')}
            />
          ))}
          <ReferenceArea
            x1={-100}
            x2={100}
            y1={-100}
            y2={100}
            ifOverflow="visible"
            zIndex={Z_GRID}
            shape={rectShape('fit-map-frame')}
          />
          <g className="fit-map-ticks" fontSize={layout.tickFontSize}>
            {layout.ticks.x.map((t) => (
              <text
                key={`tx${t.value}`}
                x={t.at}
                y={plot.y + plot.height + 6 + layout.tickFontSize}
                textAnchor="middle"
              >
                {t.value}
              </text>
            ))}
            {layout.ticks.y.map((t) => (
              <text
                key={`ty${t.value}`}
                x={plot.x - 6}
                y={t.at + layout.tickFontSize * 0.35}
                textAnchor="end"
              >
                {t.value}
              </text>
            ))}
          </g>
          {layout.regions.map((r) => (
            <PlacedLabel key={r.name} text={r.label} className="fit-map-region-name" />
          ))}
          <PlacedLabel text={layout.xTitle} className="fit-map-title" />
          <text
            className="fit-map-title"
            fontSize={layout.yTitle.fontSize}
            textAnchor="middle"
            transform={`translate(${layout.yTitle.x} ${layout.yTitle.y}) rotate(-90)`}
          >
            {layout.yTitle.lines[0]}
          </text>
          {showRanges
            ? points.map((p) => (
                <ReferenceArea
                  key={`range-${p.label}`}
                  x1={clamp(p.outsideLow)}
                  x2={clamp(p.outsideHigh)}
                  y1={clamp(p.strategicLow)}
                  y2={clamp(p.strategicHigh)}
                  ifOverflow="visible"
                  shape={rectShape('fit-map-range')}
                />
              ))
            : null}
          <Scatter
            data={dots}
            isAnimationActive={false}
            shape={(props: { cx?: number | undefined; cy?: number | undefined }) => (
              <Dot cx={props.cx ?? 0} cy={props.cy ?? 0} r={layout.dotRadius} />
            )}
          />
          <ZIndexLayer zIndex={DefaultZIndexes.label}>
            {layout.pointLabels.map((label, i) => (
              <PlacedLabel
                key={`${label.lines[0] ?? ''}-${i}`}
                text={label}
                className="fit-map-point-label"
              />
            ))}
          </ZIndexLayer>
        </ScatterChart>
      </div>
      {layout.unlabelled.length > 0 ? (
        <p className="fit-map-note">{w.charts.noRoom(layout.unlabelled.join(', '))}</p>
      ) : null}
    </>
  );
}

/** A dot with a ring: the fill stands out on the map, the ring against the page. */
function Dot({ cx, cy, r }: { cx: number; cy: number; r: number }) {
  return (
    <g className="fit-map-dot">
      <circle className="fit-map-dot-ring" cx={cx} cy={cy} r={r + 3.5} />
      <circle className="fit-map-dot-fill" cx={cx} cy={cy} r={r} />
    </g>
  );
}

function clamp(value: number): number {
  return Math.max(-100, Math.min(100, value));
}
