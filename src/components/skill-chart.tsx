import { Bar, BarChart, DefaultZIndexes, ReferenceLine, XAxis, YAxis } from 'recharts';
import { layOutBars } from '../domain/bar-layout';
import { lineShape, marginFor, PlacedLabel } from './chart-parts';
import { useDrawnWidth, useIsPrinting } from './use-drawn-width';

export interface SkillBar {
  label: string;
  value: number;
}

/** Laid out at this width until measured (and where it cannot be, as in a closed section). */
const DEFAULT_WIDTH = 560;
/** Laid out for paper at this width and row height (then scaled to the printed size): compact. */
const PRINT_WIDTH = 400;
const PRINT_ROW = 26;

/**
 * Horizontal bars 0..100, one per dimension; the caller shows the same numbers in a table. A
 * recharts BarChart (layout="vertical") drawn at the size src/domain/bar-layout.ts lays out: its
 * margins make recharts' plot area the layout's, each bar half a row thick in the middle of its
 * row, and the wrapped names and the scale are drawn at the layout's positions. Its root SVG has
 * a viewBox, so it scales to any printed width whole.
 */
export function SkillChart({ bars, summary }: { bars: readonly SkillBar[]; summary: string }) {
  const [ref, width] = useDrawnWidth(DEFAULT_WIDTH, PRINT_WIDTH);
  const isPrinting = useIsPrinting();
  const layout = isPrinting ? layOutBars(width, bars, PRINT_ROW) : layOutBars(width, bars);
  const { plot } = layout;
  const rowHeight = layout.rows.length > 0 ? plot.height / layout.rows.length : 0;
  const data = layout.rows.map((row, i) => ({ index: i, value: row.value }));
  return (
    <div ref={ref} className="skill-chart" role="img" aria-label={summary}>
      <BarChart
        width={layout.width}
        height={layout.height}
        layout="vertical"
        data={data}
        margin={marginFor(plot, layout.width, layout.height)}
        barSize={rowHeight / 2}
        accessibilityLayer={false}
        aria-hidden="true"
      >
        <XAxis type="number" dataKey="value" domain={[0, 100]} hide />
        <YAxis type="category" dataKey="index" hide />
        {layout.ticks.map((t) => (
          <ReferenceLine
            key={t.value}
            x={t.value}
            ifOverflow="visible"
            zIndex={DefaultZIndexes.grid}
            shape={lineShape('fit-map-grid')}
          />
        ))}
        <ReferenceLine
          x={0}
          ifOverflow="visible"
          zIndex={DefaultZIndexes.line}
          shape={lineShape('fit-map-axis')}
        />
        {layout.rows.map((row) => (
          <PlacedLabel
            key={row.label.lines.join(' ')}
            text={row.label}
            className="skill-chart-label"
          />
        ))}
        <g className="fit-map-ticks" fontSize={layout.fontSize}>
          {layout.ticks.map((t) => (
            <text
              key={t.value}
              x={t.at}
              y={plot.y + plot.height + 6 + layout.fontSize}
              textAnchor="middle"
            >
              {t.value}
            </text>
          ))}
        </g>
        <Bar
          dataKey="value"
          isAnimationActive={false}
          activeBar={false}
          shape={(props: {
            x?: number | undefined;
            y?: number | undefined;
            width?: number | undefined;
            height?: number | undefined;
          }) => (
            <path
              className="skill-chart-bar"
              d={roundedBar(props.x ?? 0, props.y ?? 0, props.width ?? 0, props.height ?? 0)}
            />
          )}
        />
      </BarChart>
    </div>
  );
}

/** A bar with its end rounded (radius 4), square at the axis. */
function roundedBar(x: number, y: number, width: number, height: number): string {
  if (width <= 0) return '';
  const r = Math.min(4, width, height / 2);
  return `M${x},${y}h${width - r}a${r},${r} 0 0 1 ${r},${r}v${height - 2 * r}a${r},${r} 0 0 1 -${r},${r}h-${width - r}z`;
}
