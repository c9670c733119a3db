/** Relative luminance of an `#rrggbb` colour (WCAG 2.x). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of an `#rrggbb` colour against white. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/**
 * A host's accent colour made safe for white button text and for links on a light page: darkened in
 * small steps until its contrast with white is at least 4.5:1 (WCAG AA). Input and output are `#rrggbb`.
 */
export function toReadableAccent(hex: string): string {
  let channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let color = hex.toLowerCase();
  while (contrastWithWhite(color) < 4.5) {
    channels = channels.map((c) => Math.floor(c * 0.9));
    color = `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  return color;
}
