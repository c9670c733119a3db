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

/** Whether two sets of choice counts are equal. */
export function sameCounts(a: QuadrantCounts, b: QuadrantCounts): boolean {
  return QUADRANTS.every((q) => a[q] === b[q]);
}
