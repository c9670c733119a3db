import { layOutMap, type PlacedText } from '../domain/map-layout';
import { useDrawnWidth } from './use-drawn-width';

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

/**
 * The 2-D map: market-facing (right) vs team-facing (left), strategic (up) vs tactical (down).
 * A plain SVG laid out by src/domain/map-layout.ts at the width it is shown; its viewBox lets it
 * scale to any printed width without measuring again, so it prints whole with every point.
 */
export function FitMap({ points, summary, showRanges = true, showLabels = false }: FitMapProps) {
  const [ref, width] = useDrawnWidth(DEFAULT_WIDTH, PRINT_WIDTH);
  const layout = layOutMap({
    width,
    points: points.map((p) => ({ label: p.label, x: p.outside, y: p.strategic })),
    showLabels,
  });
  const { plot, dotRadius } = layout;
  const toX = (v: number) => plot.x + ((v + 100) / 200) * plot.width;
  const toY = (v: number) => plot.y + ((100 - v) / 200) * plot.height;
  return (
    <>
      <div ref={ref} className="fit-map" role="img" aria-label={summary}>
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          aria-hidden="true"
          focusable="false"
        >
          {layout.regions.map((r) => (
            <rect
              key={r.name}
              className="fit-map-region"
              x={r.area.x}
              y={r.area.y}
              width={r.area.width}
              height={r.area.height}
            />
          ))}
          {layout.ticks.x.map((t) => (
            <line
              key={`gx${t.value}`}
              className={t.value === 0 ? 'fit-map-axis' : 'fit-map-grid'}
              x1={t.at}
              x2={t.at}
              y1={plot.y}
              y2={plot.y + plot.height}
            />
          ))}
          {layout.ticks.y.map((t) => (
            <line
              key={`gy${t.value}`}
              className={t.value === 0 ? 'fit-map-axis' : 'fit-map-grid'}
              x1={plot.x}
              x2={plot.x + plot.width}
              y1={t.at}
              y2={t.at}
            />
          ))}
          <rect
            className="fit-map-frame"
            x={plot.x}
            y={plot.y}
            width={plot.width}
            height={plot.height}
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
            <Text key={r.name} text={r.label} className="fit-map-region-name" />
          ))}
          <Text text={layout.xTitle} className="fit-map-title" />
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
                <rect
                  key={`range-${p.label}`}
                  className="fit-map-range"
                  x={toX(Math.max(-100, p.outsideLow))}
                  y={toY(Math.min(100, p.strategicHigh))}
                  width={toX(Math.min(100, p.outsideHigh)) - toX(Math.max(-100, p.outsideLow))}
                  height={toY(Math.max(-100, p.strategicLow)) - toY(Math.min(100, p.strategicHigh))}
                />
              ))
            : null}
          {layout.dots.map((d, i) => (
            <g key={`${d.label}-${i}`} className="fit-map-dot">
              <circle className="fit-map-dot-ring" cx={d.cx} cy={d.cy} r={dotRadius + 3.5} />
              <circle className="fit-map-dot-fill" cx={d.cx} cy={d.cy} r={dotRadius} />
            </g>
          ))}
          {layout.pointLabels.map((label, i) => (
            <Text
              key={`${label.lines[0] ?? ''}-${i}`}
              text={label}
              className="fit-map-point-label"
            />
          ))}
        </svg>
      </div>
      {layout.unlabelled.length > 0 ? (
        <p className="fit-map-note">
          No room on the map for the labels of {layout.unlabelled.join(', ')}: their dots are drawn,
          and the table has their numbers.
        </p>
      ) : null}
    </>
  );
}

function Text({ text, className }: { text: PlacedText; className: string }) {
  return (
    <text
      className={className}
      x={text.x}
      y={text.y}
      fontSize={text.fontSize}
      textAnchor={text.anchor}
    >
      {text.lines.map((line, i) => (
        <tspan key={line} x={text.x} dy={i === 0 ? 0 : text.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
