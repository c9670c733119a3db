import type { BitReader, BitWriter } from './bit-codec';
import { QUADRANTS } from './ids';
import type { ShareManifest } from './link-code';
import type { Answers, Quadrant } from './schema';
import type { QuadrantCounts } from './scoring';

const isQuadrant = (value: string): value is Quadrant =>
  (QUADRANTS as readonly string[]).includes(value);

/** How many of a manifest's scenario answers fall in each quadrant (practice answers do not count). */
export function countAnswers(answers: Answers, manifest: ShareManifest): QuadrantCounts {
  const counted: QuadrantCounts = {
    'strategic-market': 0,
    'tactical-team': 0,
    'strategic-team': 0,
    'tactical-market': 0,
  };
  for (const item of manifest.items) {
    const answer = answers[item.id];
    if (answer !== undefined && isQuadrant(answer)) counted[answer] += 1;
  }
  return counted;
}

/** How many scenario choices the counts hold. */
export function totalChoices(counts: QuadrantCounts): number {
  return QUADRANTS.reduce((sum, q) => sum + counts[q], 0);
}

/** Whether two sets of choice counts are equal. */
export function sameCounts(a: QuadrantCounts, b: QuadrantCounts): boolean {
  return QUADRANTS.every((q) => a[q] === b[q]);
}

/** Bits per choice count in a result code: banks of up to 1,023 scenarios per quadrant. */
const COUNT_BITS = 10;

/** Writes the four choice counts, in QUADRANTS order (both result-code formats). */
export function writeCounts(writer: BitWriter, counts: QuadrantCounts): void {
  for (const q of QUADRANTS) writer.write(counts[q], COUNT_BITS);
}

/** Reads what writeCounts wrote; null when the bits ran out or no choice was counted at all. */
export function readCounts(reader: BitReader): QuadrantCounts | null {
  const read = QUADRANTS.map(() => reader.readNumber(COUNT_BITS));
  const [so, ti, si, to] = read;
  if (so == null || ti == null || si == null || to == null || so + ti + si + to === 0) return null;
  return {
    'strategic-market': so,
    'tactical-team': ti,
    'strategic-team': si,
    'tactical-market': to,
  };
}
