import { estimateTextWidth, wrapWords, type Box, type PlacedText } from './map-layout';

// Where everything on the practice chart goes (src/components/skill-chart.tsx draws it): one row
// per area with its name wrapped to the label column, a bar from 0 to 100, and the scale below.

/** Height of one bar's row and of the scale row, in pixels: the stand-in uses the same. */
export const BAR_ROW = 40;

export interface BarLayout {
  width: number;
  height: number;
  /** Where 0..100 runs. */
  plot: Box;
  rows: readonly { label: PlacedText; bar: Box; value: number }[];
  ticks: readonly { value: number; at: number }[];
  fontSize: number;
}

/** The practice chart's height for `count` bars (the same at every width). */
export function barChartHeight(count: number): number {
  return BAR_ROW * count + BAR_ROW;
}

/**
 * Lays out horizontal bars (values 0..100) at `width` pixels; labels wrap, never cut. `rowHeight`
 * below BAR_ROW makes a compact chart (for paper), where the labels take at most two lines.
 */
export function layOutBars(
  width: number,
  bars: readonly { label: string; value: number }[],
  rowHeight: number = BAR_ROW,
): BarLayout {
  const isSmall = width < 420;
  const fontSize = isSmall ? 11 : 12;
  const lineHeight = Math.round(fontSize * 1.2);
  const labelRoom = Math.min(
    Math.max(...bars.map((b) => estimateTextWidth(b.label, fontSize)), 0),
    Math.round(width * (isSmall ? 0.48 : 0.4)),
  );
  const right = Math.ceil(estimateTextWidth('100', fontSize) / 2) + 4;
  const plot: Box = {
    x: labelRoom + 10,
    y: 4,
    width: Math.max(40, width - labelRoom - 10 - right),
    height: rowHeight * bars.length,
  };
  const rows = bars.map((b, i) => {
    const lines = wrapWords(b.label, fontSize, labelRoom);
    const rowTop = plot.y + i * rowHeight;
    const blockHeight = lines.length * lineHeight;
    const top = rowTop + (rowHeight - blockHeight) / 2;
    const value = Math.max(0, Math.min(100, b.value));
    return {
      value,
      label: {
        lines,
        x: labelRoom,
        y: top + fontSize * 0.95,
        anchor: 'end' as const,
        fontSize,
        lineHeight,
        box: { x: 0, y: top, width: labelRoom, height: blockHeight },
      },
      bar: {
        x: plot.x,
        y: rowTop + rowHeight / 4,
        width: (value / 100) * plot.width,
        height: rowHeight / 2,
      },
    };
  });
  return {
    width,
    height: rowHeight * bars.length + BAR_ROW,
    plot,
    rows,
    ticks: [0, 25, 50, 75, 100].map((value) => ({
      value,
      at: plot.x + (value / 100) * plot.width,
    })),
    fontSize,
  };
}
