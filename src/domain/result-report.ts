import { verdict as w } from '../words/en/verdict';
import { FREQUENCIES, type PreparedBank } from './bank';
import { DIMENSION_IDS, QUADRANTS } from './ids';
import { buildResultPath } from './result-link';
import { TYPE_PROTOTYPES, type ResultType } from './result-types';
import type { Answers, Bank, DimensionId, Mode, Quadrant } from './schema';
import { QUADRANT_POSITION, scoreAnswers, type QuadrantCounts, type ScoringError } from './scoring';
import { buildShareManifest, encodeShareCode } from './share-code';
import { toSharedResultV2 } from './shared-result';
import { describeSharedResult, type ResultView, type SharedReport } from './shared-view';

/** The three share levels as absolute links (type only, with scores, with answers). */
export interface ShareLinks {
  type: string;
  scores: string;
  answers: string;
}

/** One row of the practice profile: the area, the answer the taker gave and its 0..100 score. */
export interface PracticeRow {
  id: DimensionId;
  label: string;
  /** Null where the practice question was not answered. */
  value: number | null;
  answer: string;
}

/** Everything a screen shows about the taker's own result. */
export interface ResultReport extends SharedReport {
  mode: Mode;
  links: ShareLinks;
  /** Practice profile, one row per dimension; null when no practice question was answered (short quiz). */
  practice: PracticeRow[] | null;
  /** The three areas the scenario choices touched most, with their share of signals (0..100). */
  gravitate: { id: DimensionId; label: string; percent: number }[];
  /** Skill profile 0..100 per dimension (null where unanswered): what growth tips are picked from. */
  skills: Record<DimensionId, number | null>;
}

export type ResultReportOutcome =
  { ok: true; value: ResultReport } | { ok: false; error: ScoringError };

function pullOf(counts: QuadrantCounts, direction: { s: number; o: number }): number {
  return QUADRANTS.reduce(
    (sum, q) =>
      sum +
      counts[q] * (QUADRANT_POSITION[q].s * direction.s + QUADRANT_POSITION[q].o * direction.o),
    0,
  );
}

/**
 * Up to three sentences naming the dimensions whose scenarios pulled hardest toward the type
 * (for a balanced result: where one kind of choice dominated). Only the taker's own report has them:
 * a share code does not carry choices per dimension.
 */
function dimensionSentences(
  byDimension: Record<DimensionId, QuadrantCounts>,
  type: ResultType,
  bank: Bank,
): string[] {
  const nounOf = (id: string) => bank.dimensions.find((d) => d.id === id)?.scenarioNoun ?? id;
  const direction = TYPE_PROTOTYPES[type];
  return DIMENSION_IDS.map((d) => {
    const counts = byDimension[d];
    const total = QUADRANTS.reduce((n, q) => n + counts[q], 0);
    const top = QUADRANTS.reduce<Quadrant>(
      (best, q) => (counts[q] > counts[best] ? q : best),
      'strategic-market',
    );
    const pull = type === 'balanced' ? counts[top] / Math.max(total, 1) : pullOf(counts, direction);
    return { d, total, top, count: counts[top], pull };
  })
    .filter((r) => r.total >= 2 && r.count >= 2 && r.count * 2 > r.total)
    .sort((a, b) => b.pull - a.pull || b.count - a.count)
    .slice(0, 3)
    .map((r) => w.dimensionReason(r.count, r.total, nounOf(r.d), r.top));
}

/** A practice answer in words, from its 0..100 score. */
function frequencyLabel(score: number | null): string {
  const frequency = FREQUENCIES.find((f) => f.score === score);
  return frequency ? frequency.label : w.notAnswered;
}

/**
 * Scores, classifies and describes a finished quiz, and builds its share links: the one place a
 * screen gets a result from. `origin` is the site's origin (links are absolute).
 * @example const outcome = buildResultReport(prepared, answers, 'full', window.location.origin);
 */
export function buildResultReport(
  prepared: PreparedBank,
  answers: Answers,
  mode: Mode,
  origin: string,
): ResultReportOutcome {
  const outcome = scoreAnswers(prepared, answers, mode);
  if (!outcome.ok) return outcome;
  const scores = outcome.value;
  const { bank } = prepared;
  const result = toSharedResultV2(scores.choices, mode, scores.revision);
  const { type, verdict } = result;
  const shown = describeSharedResult(result);
  const byDimension = dimensionSentences(scores.byDimension, type, bank);
  const words: ResultView = {
    ...shown,
    sentences: [...shown.sentences, ...byDimension],
    // The first screen: both axes, then the area whose scenarios pulled hardest toward the type.
    reasons: [...shown.reasons, ...byDimension.slice(0, 1)],
  };
  // A type-only link names the type; for a "between" result it also carries the two probabilities.
  const verdictCode =
    verdict.kind === 'between'
      ? encodeShareCode({
          level: 'verdict',
          shared: { mode, revision: scores.revision, verdict },
        })
      : null;
  const scoresCode = encodeShareCode({ level: 'scores', result });
  const answersCode = encodeShareCode(
    { level: 'answers', result, answers },
    buildShareManifest(bank, mode),
  );
  const labelOf = (id: DimensionId) => bank.dimensions.find((d) => d.id === id)?.label ?? id;
  const hasPractice = DIMENSION_IDS.some((d) => scores.skills[d] !== null);
  return {
    ok: true,
    value: {
      type,
      mode,
      result,
      words,
      links: {
        type: `${origin}${buildResultPath(type, verdictCode)}`,
        scores: `${origin}${buildResultPath(type, scoresCode)}`,
        answers: `${origin}${buildResultPath(type, answersCode)}`,
      },
      practice: hasPractice
        ? DIMENSION_IDS.map((d) => {
            const value = scores.skills[d];
            return {
              id: d,
              label: labelOf(d),
              value,
              answer: frequencyLabel(value),
            };
          })
        : null,
      gravitate: [...DIMENSION_IDS]
        .sort((a, b) => scores.gravitate[b] - scores.gravitate[a])
        .slice(0, 3)
        .map((d) => ({ id: d, label: labelOf(d), percent: scores.gravitate[d] })),
      skills: scores.skills,
    },
  };
}
