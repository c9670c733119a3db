import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBank } from '../../src/domain/bank';
import { BankSchema, QUADRANTS, type Answers, type Mode } from '../../src/domain/schema';
import { scoreAnswers, type Scores } from '../../src/domain/scoring';
import { buildShareManifest, type SharePayload } from '../../src/domain/share-code';
import { toSharedResultV2 } from '../../src/domain/shared-result';

// Real results for link tests (unit, route and browser): answers picked in a repeating pattern from
// the released revision-1 bank, scored as the app scores them.

export const r1 = v.parse(
  BankSchema,
  // A path, not a URL object: under jsdom the global URL is not the one Node's fs accepts.
  JSON.parse(
    readFileSync(
      join(fileURLToPath(import.meta.url), '../../../questions/archive/r1.json'),
      'utf8',
    ),
  ),
);
const prepared = prepareBank(r1);
export const r1Manifests = {
  full: buildShareManifest(r1, 'full'),
  short: buildShareManifest(r1, 'short'),
};
/** The manifest lookup a decoder gets: revision 1 only. */
export const getR1Manifest = (revision: number, mode: Mode) =>
  revision === 1 ? r1Manifests[mode] : undefined;

export type ScoredPayload = Extract<SharePayload, { level: 'scores' | 'answers' }>;

/**
 * Answers every item of a mode: scenario i gets quadrant picks[i % n] % 4, a practice item "monthly"
 * unless its pick is a multiple of 3, context items stay open. Returns the answers and their scores.
 */
export function scorePicks(
  picks: readonly number[],
  mode: Mode = 'full',
): { answers: Answers; scores: Scores } {
  const answers: Answers = {};
  prepared.items[mode].forEach((item, i) => {
    const pick = picks[i % picks.length] ?? 0;
    if (item.kind === 'scenario') answers[item.id] = QUADRANTS[pick % 4] ?? 'strategic-market';
    if (item.kind === 'practice' && pick % 3 !== 0) answers[item.id] = 'monthly';
  });
  const outcome = scoreAnswers(prepared, answers, mode);
  if (!outcome.ok) throw new Error('fixture answers are complete');
  return { answers, scores: outcome.value };
}

/** A model-2 payload at the scores or answers level, as a share link of today carries it. */
export function v2Payload(
  picks: readonly number[],
  level: 'scores' | 'answers',
  mode: Mode = 'full',
): ScoredPayload {
  const { answers, scores } = scorePicks(picks, mode);
  const result = toSharedResultV2(scores.choices, mode, scores.revision);
  return level === 'scores' ? { level, result } : { level, result, answers };
}
