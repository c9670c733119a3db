import { barChartHeight } from '../domain/bar-layout';

/** The practice chart's height for `count` bars; its stand-in (deferred-chart.tsx) takes the same. */
export function skillChartHeight(count: number): number {
  return barChartHeight(count);
}
