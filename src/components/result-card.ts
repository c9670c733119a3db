import { TYPE_NAMES, type ResultType } from '../domain/result-types';
import type { SharedResult } from '../domain/share-code';

/** Draws the taker's own result on a 1200×630 canvas and returns it as a PNG blob (browser only). */
export async function drawResultCard(
  type: ResultType,
  headline: string,
  result: SharedResult | null,
): Promise<Blob | null> {
  await document.fonts.ready;
  const canvas = document.createElement('canvas');
  canvas.width = 1200;
  canvas.height = 630;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const font = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
  ctx.fillStyle = '#fbfaf7';
  ctx.fillRect(0, 0, 1200, 630);
  ctx.fillStyle = '#1f4e8c';
  ctx.fillRect(0, 0, 1200, 16);
  ctx.fillStyle = '#1d1f23';
  ctx.font = `700 40px ${font}`;
  ctx.fillText('rolefit', 64, 100);
  ctx.font = `700 60px ${font}`;
  wrap(ctx, headline, 64, 200, 660, 70);
  ctx.font = `400 30px ${font}`;
  ctx.fillStyle = '#4f5560';
  if (result) {
    ctx.fillText(
      `PM-fit index ${result.fit.value} (90% range ${result.fit.low} to ${result.fit.high})`,
      64,
      430,
    );
    ctx.fillText(
      `Strategic ${result.strategic.value} · Market-facing ${result.outside.value}`,
      64,
      478,
    );
  } else {
    ctx.fillText(TYPE_NAMES[type], 64, 430);
  }
  ctx.fillText('Product Manager or Product Owner? Take the free quiz.', 64, 570);
  // The map: 2x2 with the point.
  const x0 = 800;
  const y0 = 150;
  const size = 330;
  ctx.strokeStyle = '#cfcbc2';
  ctx.lineWidth = 2;
  ctx.strokeRect(x0, y0, size, size);
  ctx.beginPath();
  ctx.moveTo(x0 + size / 2, y0);
  ctx.lineTo(x0 + size / 2, y0 + size);
  ctx.moveTo(x0, y0 + size / 2);
  ctx.lineTo(x0 + size, y0 + size / 2);
  ctx.stroke();
  ctx.font = `400 20px ${font}`;
  ctx.fillStyle = '#4f5560';
  ctx.fillText('strategic', x0 + size / 2 - 40, y0 - 12);
  ctx.fillText('market-facing', x0 + size - 130, y0 + size + 30);
  const px = result ? result.outside.value : TYPE_POINTS[type].x;
  const py = result ? result.strategic.value : TYPE_POINTS[type].y;
  ctx.fillStyle = '#1f4e8c';
  ctx.beginPath();
  ctx.arc(x0 + ((px + 100) / 200) * size, y0 + ((100 - py) / 200) * size, 14, 0, Math.PI * 2);
  ctx.fill();
  return new Promise((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
}

const TYPE_POINTS: Readonly<Record<ResultType, { x: number; y: number }>> = {
  'product-manager': { x: 50, y: 50 },
  'product-owner': { x: -50, y: -50 },
  'strategic-technical': { x: -50, y: 50 },
  'customer-facing': { x: 50, y: -50 },
  balanced: { x: 0, y: 0 },
};

function wrap(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  width: number,
  lineHeight: number,
) {
  let line = '';
  let dy = 0;
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      ctx.fillText(line, x, y + dy);
      line = word;
      dy += lineHeight;
    } else line = next;
  }
  ctx.fillText(line, x, y + dy);
}
