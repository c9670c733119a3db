import type { Box, PlacedText } from '../domain/map-layout';

// Pieces both recharts charts (fit-map.tsx, skill-chart.tsx) draw with: the margins that make
// recharts' plot area the layout's, reference shapes that carry our classes (recharts' own set
// grey fills and strokes as attributes, which the stylesheet's classes could not override), and
// the layout's placed text.

/** recharts margins that make its plot area exactly `plot` in a `width` × `height` chart. */
export function marginFor(plot: Box, width: number, height: number) {
  return {
    top: plot.y,
    left: plot.x,
    right: width - plot.x - plot.width,
    bottom: height - plot.y - plot.height,
  };
}

/** A reference area drawn as a plain rect with our class (recharts' own sets a grey fill). */
export function rectShape(className: string) {
  return function RectShape(props: {
    x?: number | undefined;
    y?: number | undefined;
    width?: number | undefined;
    height?: number | undefined;
  }) {
    return (
      <rect
        className={className}
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
      />
    );
  };
}

/** A reference line drawn as a plain line with our class. */
export function lineShape(className: string) {
  return function LineShape(props: {
    x1?: number | undefined;
    y1?: number | undefined;
    x2?: number | undefined;
    y2?: number | undefined;
  }) {
    return <line className={className} x1={props.x1} y1={props.y1} x2={props.x2} y2={props.y2} />;
  };
}

/** A placed piece of text from the layout, one tspan a line. */
export function PlacedLabel({ text, className }: { text: PlacedText; className: string }) {
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
