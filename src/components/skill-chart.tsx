import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { skillChartHeight } from './chart-sizes';

export interface SkillBar {
  label: string;
  value: number;
}

/** Horizontal bars 0..100, one per dimension; the caller shows the same numbers in a table. */
export function SkillChart({ bars, summary }: { bars: readonly SkillBar[]; summary: string }) {
  return (
    <div className="skill-chart" role="img" aria-label={summary}>
      <ResponsiveContainer
        width="100%"
        height={skillChartHeight(bars.length)}
        initialDimension={{ width: 400, height: 400 }}
      >
        <BarChart
          data={[...bars]}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={150}
            tick={{ fill: 'var(--text)', fontSize: 12 }}
          />
          <Bar
            dataKey="value"
            fill="var(--accent)"
            isAnimationActive={false}
            radius={[0, 4, 4, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
