import { layOutMap, type PlacedText } from '../domain/map-layout';
import { describeCardCertainty } from '../domain/result-card-words';
import type { ResultType } from '../domain/result-types';
import type { SharedResult } from '../domain/share-code';
import { BASE } from '../config/languages';
import { share } from '../words/en/share';

// The 1200 × 630 result card ("Download result card"): the result in words, how sure in words, a
// clean map and the site's address; no signed scores. Light or dark, as the page is shown. The map
// comes from the same layout as the page's map (src/domain/map-layout.ts), so no region name covers
// the dot; its tick numbers are left out.

const WIDTH = 1200;
const HEIGHT = 630;

interface Palette {
  bg: string;
  text: string;
  muted: string;
  border: string;
  region: string;
  accent: string;
  accentSoft: string;
}

/** The page's colours (styles.css :root), light and dark. */
const PALETTES: Readonly<Record<'light' | 'dark', Palette>> = {
  light: {
    bg: '#fbfaf7',
    text: '#1d1f23',
    muted: '#4f5560',
    border: '#cfcbc2',
    region: '#f1efe9',
    accent: '#1f4e8c',
    accentSoft: '#e3ebf7',
  },
  dark: {
    bg: '#15171b',
    text: '#eceae4',
    muted: '#b4b8c0',
    border: '#4a505b',
    region: '#262a31',
    accent: '#8fb6f0',
    accentSoft: '#22324a',
  },
};

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Whether the page is shown dark (the card follows it). */
function isDarkScheme(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Draws the result card and returns it as a PNG blob (browser only). `isTypeOnly`: the taker shares
 * the type only, so the card shows no position and no percentage. A null result draws the type only.
 */
export async function drawResultCard(
  type: ResultType,
  headline: string,
  result: SharedResult | null,
  isTypeOnly = result === null,
): Promise<Blob | null> {
  await document.fonts.ready;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const c = PALETTES[isDarkScheme() ? 'dark' : 'light'];

  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = c.accent;
  ctx.fillRect(0, 0, WIDTH, 12);
  drawBrand(ctx, c);

  // The words: what, the result, how sure.
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = c.muted;
  ctx.font = `600 22px ${FONT}`;
  ctx.fillText(share.card.eyebrow, 64, 196);
  ctx.fillStyle = c.text;
  const { size, lines } = fitHeadline(ctx, headline, 640);
  ctx.font = `750 ${size}px ${FONT}`;
  const lineHeight = Math.round(size * 1.12);
  lines.forEach((line, i) => ctx.fillText(line, 64, 196 + 14 + size + i * lineHeight));
  const certainty = result === null ? null : describeCardCertainty(result, isTypeOnly);
  if (certainty !== null) {
    ctx.fillStyle = c.accent;
    ctx.font = `650 34px ${FONT}`;
    const top = 196 + 14 + size + (lines.length - 1) * lineHeight + 62;
    wrapLines(ctx, certainty, 600).forEach((line, i) => ctx.fillText(line, 64, top + i * 42));
  }

  // The invitation and the address.
  ctx.fillStyle = c.border;
  ctx.fillRect(64, 534, WIDTH - 128, 2);
  ctx.font = `500 28px ${FONT}`;
  ctx.fillStyle = c.text;
  const invite = share.card.invite;
  ctx.fillText(invite, 64, 584);
  ctx.font = `750 28px ${FONT}`;
  ctx.fillStyle = c.accent;
  // The address of this language's pages: a German card sends its readers to the German pages.
  ctx.fillText(`${location.host}${BASE}`, 64 + measure(ctx, invite, `500 28px ${FONT}`), 584);

  drawMap(ctx, c, type, isTypeOnly || result === null ? null : result);

  return new Promise((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
}

function measure(ctx: CanvasRenderingContext2D, text: string, font: string): number {
  ctx.font = font;
  return ctx.measureText(text).width;
}

function drawBrand(ctx: CanvasRenderingContext2D, c: Palette) {
  ctx.fillStyle = c.accent;
  roundRect(ctx, 64, 60, 48, 48, 10);
  ctx.fill();
  ctx.strokeStyle = c.bg;
  ctx.lineWidth = 4.5;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  // The favicon's "r" with its tail (public/favicon.svg), scaled from 32 to 48.
  ctx.beginPath();
  ctx.moveTo(64 + 13.5, 60 + 34.5);
  ctx.lineTo(64 + 13.5, 60 + 13.5);
  ctx.lineTo(64 + 24, 60 + 13.5);
  ctx.arc(64 + 24, 60 + 20.25, 6.75, -Math.PI / 2, Math.PI / 2);
  ctx.lineTo(64 + 13.5, 60 + 27);
  ctx.moveTo(64 + 24, 60 + 27);
  ctx.lineTo(64 + 31.5, 60 + 34.5);
  ctx.stroke();
  ctx.fillStyle = c.accent;
  ctx.font = `750 36px ${FONT}`;
  ctx.fillText('rolefit', 128, 97);
}

/** The largest size from 62 px down at which the headline takes at most three lines. */
function fitHeadline(ctx: CanvasRenderingContext2D, text: string, width: number) {
  for (const size of [62, 56, 50, 44]) {
    ctx.font = `750 ${size}px ${FONT}`;
    const lines = wrapLines(ctx, text, width);
    if (lines.length <= 3) return { size, lines };
  }
  ctx.font = `750 40px ${FONT}`;
  return { size: 40, lines: wrapLines(ctx, text, width).slice(0, 4) };
}

function wrapLines(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

/**
 * The map at the right: laid out at 300 px as on a phone and drawn 1.35 times larger. With a result,
 * its dot; with the type only, the type's region (or the centre, for balanced) is filled instead.
 */
function drawMap(
  ctx: CanvasRenderingContext2D,
  c: Palette,
  type: ResultType,
  result: SharedResult | null,
) {
  const layout = layOutMap({
    width: 300,
    points:
      result === null ? [] : [{ label: '', x: result.outside.value, y: result.strategic.value }],
    showLabels: false,
  });
  const { plot } = layout;
  ctx.save();
  ctx.translate(730, 112);
  ctx.scale(1.35, 1.35);
  // A type-only card marks the type's own region instead of a position.
  const highlighted = result === null ? type : null;
  for (const r of layout.regions) {
    ctx.fillStyle = r.type === highlighted ? c.accentSoft : c.region;
    ctx.fillRect(r.area.x, r.area.y, r.area.width, r.area.height);
  }
  ctx.strokeStyle = c.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(plot.x, plot.y, plot.width, plot.height);
  ctx.strokeStyle = c.muted;
  ctx.beginPath();
  ctx.moveTo(plot.x + plot.width / 2, plot.y);
  ctx.lineTo(plot.x + plot.width / 2, plot.y + plot.height);
  ctx.moveTo(plot.x, plot.y + plot.height / 2);
  ctx.lineTo(plot.x + plot.width, plot.y + plot.height / 2);
  ctx.stroke();
  for (const r of layout.regions) {
    const isOn = r.type === highlighted;
    drawText(ctx, r.label, isOn ? c.text : c.muted, isOn ? 700 : 400);
  }
  // The axis titles close to the plot: the card leaves out the tick numbers between them.
  drawText(ctx, { ...layout.xTitle, y: plot.y + plot.height + 22 }, c.text, 500);
  ctx.save();
  ctx.translate(plot.x - 10, layout.yTitle.y);
  ctx.rotate(-Math.PI / 2);
  ctx.font = `500 ${layout.yTitle.fontSize}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillStyle = c.text;
  ctx.fillText(layout.yTitle.lines[0] ?? '', 0, 0);
  ctx.restore();
  if (result === null && type === 'balanced') {
    ctx.fillStyle = c.accentSoft;
    ctx.strokeStyle = c.accent;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(plot.x + plot.width / 2, plot.y + plot.height / 2, plot.width / 6, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }
  for (const d of layout.dots) {
    // The page's dot: accent, a ring of the background, a ring of the text colour.
    ctx.beginPath();
    ctx.arc(d.cx, d.cy, layout.dotRadius + 3.5, 0, Math.PI * 2);
    ctx.strokeStyle = c.text;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(d.cx, d.cy, layout.dotRadius, 0, Math.PI * 2);
    ctx.fillStyle = c.accent;
    ctx.fill();
    ctx.strokeStyle = c.bg;
    ctx.lineWidth = 2.5;
    ctx.stroke();
  }
  ctx.restore();
}

function drawText(ctx: CanvasRenderingContext2D, text: PlacedText, color: string, weight: number) {
  ctx.font = `${weight} ${text.fontSize}px ${FONT}`;
  ctx.fillStyle = color;
  ctx.textAlign = text.anchor === 'middle' ? 'center' : text.anchor === 'end' ? 'right' : 'left';
  text.lines.forEach((line, i) => ctx.fillText(line, text.x, text.y + i * text.lineHeight));
  ctx.textAlign = 'left';
}

function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
) {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}
