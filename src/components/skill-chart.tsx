import { layOutBars } from '../domain/bar-layout';
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
 * Horizontal bars 0..100, one per dimension; the caller shows the same numbers in a table. A plain
 * SVG laid out by src/domain/bar-layout.ts; its viewBox lets it scale to any printed width whole.
 */
export function SkillChart({ bars, summary }: { bars: readonly SkillBar[]; summary: string }) {
  const [ref, width] = useDrawnWidth(DEFAULT_WIDTH, PRINT_WIDTH);
  const isPrinting = useIsPrinting();
  const layout = isPrinting ? layOutBars(width, bars, PRINT_ROW) : layOutBars(width, bars);
  const { plot } = layout;
  return (
    <div ref={ref} className="skill-chart" role="img" aria-label={summary}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        aria-hidden="true"
        focusable="false"
      >
        {layout.ticks.map((t) => (
          <line
            key={t.value}
            className="fit-map-grid"
            x1={t.at}
            x2={t.at}
            y1={plot.y}
            y2={plot.y + plot.height}
          />
        ))}
        {layout.rows.map((row) => (
          <g key={row.label.lines.join(' ')}>
            <text
              className="skill-chart-label"
              x={row.label.x}
              y={row.label.y}
              fontSize={row.label.fontSize}
              textAnchor="end"
            >
              {row.label.lines.map((line, i) => (
                <tspan key={line} x={row.label.x} dy={i === 0 ? 0 : row.label.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
            <path
              className="skill-chart-bar"
              d={roundedBar(row.bar.x, row.bar.y, row.bar.width, row.bar.height)}
            />
          </g>
        ))}
        <line
          className="fit-map-axis"
          x1={plot.x}
          x2={plot.x}
          y1={plot.y}
          y2={plot.y + plot.height}
        />
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
      </svg>
    </div>
  );
}

/** A bar with its end rounded (radius 4), square at the axis. */
function roundedBar(x: number, y: number, width: number, height: number): string {
  if (width <= 0) return '';
  const r = Math.min(4, width, height / 2);
  return `M${x},${y}h${width - r}a${r},${r} 0 0 1 ${r},${r}v${height - 2 * r}a${r},${r} 0 0 1 -${r},${r}h-${width - r}z`;
}
