import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';

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

const QUADRANT_LABELS = [
  { x1: 0, x2: 100, y1: 0, y2: 100, label: 'Product Manager' },
  { x1: -100, x2: 0, y1: -100, y2: 0, label: 'Product Owner' },
  { x1: -100, x2: 0, y1: 0, y2: 100, label: 'Strategic-technical' },
  { x1: 0, x2: 100, y1: -100, y2: 0, label: 'Customer-facing' },
] as const;

/** The 2-D map: market-facing (right) vs team-facing (left), strategic (up) vs tactical (down). */
export function FitMap({ points, summary, showRanges = true, showLabels = false }: FitMapProps) {
  const data = points.map((p) => ({ x: p.outside, y: p.strategic, label: p.label }));
  return (
    <div className="fit-map" role="img" aria-label={summary}>
      <ResponsiveContainer
        width="100%"
        aspect={1}
        maxHeight={460}
        initialDimension={{ width: 400, height: 400 }}
      >
        <ScatterChart
          margin={{ top: 12, right: 16, bottom: 28, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          {QUADRANT_LABELS.map((q) => (
            <ReferenceArea
              key={q.label}
              x1={q.x1}
              x2={q.x2}
              y1={q.y1}
              y2={q.y2}
              fill="var(--surface-2)"
              fillOpacity={0.35}
              stroke="none"
              label={{
                value: q.label,
                position: q.y1 >= 0 ? 'insideTop' : 'insideBottom',
                fill: 'var(--muted)',
                fontSize: 13,
              }}
              ifOverflow="hidden"
            />
          ))}
          {showRanges
            ? points.map((p) => (
                <ReferenceArea
                  key={`range-${p.label}`}
                  x1={p.outsideLow}
                  x2={p.outsideHigh}
                  y1={p.strategicLow}
                  y2={p.strategicHigh}
                  fill="var(--accent)"
                  fillOpacity={0.18}
                  stroke="var(--accent)"
                  strokeDasharray="4 3"
                />
              ))
            : null}
          <ReferenceLine x={0} stroke="var(--muted)" />
          <ReferenceLine y={0} stroke="var(--muted)" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[-100, 100]}
            ticks={[-100, -50, 0, 50, 100]}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            label={{
              value: 'team-facing ← → market-facing',
              position: 'bottom',
              fill: 'var(--text)',
              fontSize: 13,
            }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[-100, 100]}
            ticks={[-100, -50, 0, 50, 100]}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            width={40}
            label={{
              value: 'tactical ← → strategic',
              angle: -90,
              position: 'insideLeft',
              fill: 'var(--text)',
              fontSize: 13,
            }}
          />
          <Scatter
            data={data}
            fill="var(--accent)"
            stroke="var(--bg)"
            strokeWidth={2}
            isAnimationActive={false}
          >
            {showLabels ? (
              <LabelList dataKey="label" position="top" fill="var(--text)" fontSize={12} />
            ) : null}
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
