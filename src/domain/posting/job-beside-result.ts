import { FREQUENCIES } from '../bank';
import { formatNumber } from '../format';
import { toDisplay } from '../classify';
import type { DisplayScore } from '../describe';
import { selectFocusDimensions } from '../growth-guide';
import type { Tip } from '../growth-schema';
import type { Estimate } from '../model-v2';
import type { DimensionId } from '../schema';
import type { PostingPlacement } from './place-posting';
import { posting as w } from '../../words/en/posting';

// A placed posting beside a quiz result (issue #14, part 1): how close the job is, axis by axis,
// with the same 90% ranges both were given, and which of the job's emphases meet the taker's least
// practised areas, with that area's growth tips. Every sentence names the numbers, phrases or
// answers it comes from (docs/job-postings.md, "Beside your result").

/** The two map axes, as the sentences name their ends. */
export type MapAxis = 'strategic' | 'outside';

const AXIS_WORDS: Readonly<Record<MapAxis, { name: string; higher: string; lower: string }>> =
  w.axes;

/** How the job's 90% range on one axis sits against the result's. */
export type AxisRelation = 'overlap' | 'job-higher' | 'job-lower';

export interface AxisComparison {
  axis: MapAxis;
  relation: AxisRelation;
  job: DisplayScore;
  result: DisplayScore;
  /** "Strategic vs tactical: the job 40 (90% range 20 to 60), …" */
  sentence: string;
}

/** The taker's practice answers, or why there are none to compare. */
export type PracticeInput =
  | { kind: 'known'; skills: Readonly<Partial<Record<DimensionId, number | null>>> }
  /** The short quiz asks no practice questions. */
  | { kind: 'short-quiz' }
  /** A result link below the answers level carries no answers. */
  | { kind: 'not-in-link' }
  /** A result kept on this device ("Your earlier results") keeps no answers. */
  | { kind: 'not-kept' };

/** Who the result belongs to, as the sentences say it. */
export type ResultVoice = 'own' | 'link';

export interface JobBesideResultInput {
  placement: PostingPlacement;
  /** The result's place on the map, display units (-100..100) with 90% ranges. */
  result: { strategic: DisplayScore; outside: DisplayScore };
  /** How many scenario choices placed the result. */
  choiceCount: number;
  practice: PracticeInput;
  /** The lexicon entry's practice area (questions/lexicon.json `dimension`), if it has one. */
  dimensionOf: (entryId: string) => DimensionId | undefined;
  /** The practice areas' names (questions/bank.json `dimensions`). */
  labels: Readonly<Record<DimensionId, string>>;
  /** The growth tips per area (questions/growth.json `tips`). */
  tips: Readonly<Record<DimensionId, readonly Tip[]>>;
  voice: ResultVoice;
}

/** A practice area the job asks for that the taker practises least. */
export interface WeakAreaMatch {
  dimension: DimensionId;
  label: string;
  practiceScore: number;
  /** The frequency the taker chose, e.g. "Once or twice". */
  answer: string;
  /** The posting's phrases for this area, as written, most weighty first (at most three). */
  phrases: string[];
  sentence: string;
  tips: readonly Tip[];
}

export type JobBesideResult =
  | { kind: 'not-enough'; sentence: string }
  | {
      kind: 'compared';
      /** Both axes' ranges overlap. */
      isClose: boolean;
      /** The comparison in one sentence. */
      headline: string;
      axes: AxisComparison[];
      /** Where both places come from. */
      basis: string;
      /** The least practised areas the job asks for; empty when none; null when not known. */
      weakMatches: WeakAreaMatch[] | null;
      /** What the weak-area list means, or why there is none. */
      weakNote: string;
    };

/** How many phrases a weak-area sentence quotes. */
const QUOTED_PHRASES = 3;

const display = (e: Estimate): DisplayScore => ({
  value: toDisplay(e.mean),
  low: toDisplay(e.low),
  high: toDisplay(e.high),
});

/** Whether two 90% ranges share any point; otherwise which side the job's lies on. */
export function relateRanges(job: DisplayScore, result: DisplayScore): AxisRelation {
  if (job.low > result.high) return 'job-higher';
  if (job.high < result.low) return 'job-lower';
  return 'overlap';
}

const rangeText = (s: DisplayScore) =>
  w.rangeText(formatNumber(s.value), formatNumber(s.low), formatNumber(s.high));

function compareAxis(
  axis: MapAxis,
  job: DisplayScore,
  result: DisplayScore,
  voice: ResultVoice,
): AxisComparison {
  const relation = relateRanges(job, result);
  const words = AXIS_WORDS[axis];
  const numbers = w.axisNumbers(rangeText(job), voice, rangeText(result));
  const isHigher = relation === 'job-higher';
  const verdict =
    relation === 'overlap'
      ? w.axisOverlap
      : w.axisApart(isHigher, voice, isHigher ? words.higher : words.lower);
  return { axis, relation, job, result, sentence: w.axisSentence(words.name, numbers, verdict) };
}

const joinAnd = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${w.and} ${items[items.length - 1] ?? ''}`;

function headlineOf(axes: readonly AxisComparison[], voice: ResultVoice): string {
  const apart = axes.filter((a) => a.relation !== 'overlap');
  if (apart.length === 0) return w.close(voice);
  const ways = apart.map((a) =>
    a.relation === 'job-higher' ? AXIS_WORDS[a.axis].higher : AXIS_WORDS[a.axis].lower,
  );
  const same = axes.find((a) => a.relation === 'overlap');
  const rest = same ? w.overlapRest(AXIS_WORDS[same.axis].name) : '';
  return w.apart(joinAnd(ways), voice, rest);
}

/** The posting's phrases per practice area, heaviest area first; areas without phrases left out. */
export function jobEmphases(
  placement: PostingPlacement,
  dimensionOf: (entryId: string) => DimensionId | undefined,
): { dimension: DimensionId; evidence: number; phrases: string[] }[] {
  const byArea = new Map<DimensionId, { evidence: number; phrases: string[] }>();
  // topPhrases is sorted by evidence, so each area's entries come heaviest first; within an
  // entry, its phrases in the order the posting first uses them, each once.
  for (const top of placement.topPhrases) {
    const dimension = dimensionOf(top.entryId);
    if (dimension === undefined || top.evidence <= 0) continue;
    const area = byArea.get(dimension) ?? { evidence: 0, phrases: [] };
    area.evidence += top.evidence;
    for (const match of placement.matches) {
      const isNew = !area.phrases.some((p) => p.toLowerCase() === match.text.toLowerCase());
      if (match.entryId === top.entryId && isNew) area.phrases.push(match.text);
    }
    byArea.set(dimension, area);
  }
  return [...byArea.entries()]
    .map(([dimension, area]) => ({ dimension, ...area }))
    .sort((a, b) => b.evidence - a.evidence);
}

const answerOf = (score: number) =>
  FREQUENCIES.find((f) => f.score === score)?.label ?? w.answerScore(formatNumber(score));

function weakAreas(
  input: JobBesideResultInput,
): Pick<Extract<JobBesideResult, { kind: 'compared' }>, 'weakMatches' | 'weakNote'> {
  const { practice, voice, labels } = input;
  if (practice.kind === 'short-quiz')
    return { weakMatches: null, weakNote: w.weakShortQuiz(voice) };
  if (practice.kind === 'not-in-link') return { weakMatches: null, weakNote: w.weakNotInLink };
  if (practice.kind === 'not-kept') return { weakMatches: null, weakNote: w.weakNotKept };
  // "Weak" is relative: the areas practised least, but never one done weekly or more.
  const least = selectFocusDimensions(practice.skills).filter((f) => f.practiceScore < 100);
  if (least.length === 0) return { weakMatches: [], weakNote: w.weakNone(voice) };
  const emphases = new Map(
    jobEmphases(input.placement, input.dimensionOf).map((e) => [e.dimension, e]),
  );
  const leastNames = joinAnd(least.map((f) => w.areaName(labels[f.dimension])));
  const weakMatches = least.flatMap(({ dimension, practiceScore }): WeakAreaMatch[] => {
    const emphasis = emphases.get(dimension);
    if (!emphasis) return [];
    const phrases = emphasis.phrases.slice(0, QUOTED_PHRASES);
    const answer = answerOf(practiceScore);
    return [
      {
        dimension,
        label: labels[dimension],
        practiceScore,
        answer,
        phrases,
        sentence: w.weakSentence(labels[dimension], phrases, voice, answer),
        tips: input.tips[dimension],
      },
    ];
  });
  return {
    weakMatches,
    weakNote:
      weakMatches.length > 0 ? w.weakFound(voice, leastNames) : w.weakNoneAsked(voice, leastNames),
  };
}

/**
 * A placed posting beside a quiz result: close only when both axes' 90% ranges overlap; otherwise
 * which axis differs and which way; and the least practised areas the posting asks for, with tips.
 * A posting with not enough to go on is not compared.
 * @example compareJobWithResult({ placement, result: shared, choiceCount: 28, practice: { kind: 'short-quiz' }, … }).kind
 */
export function compareJobWithResult(input: JobBesideResultInput): JobBesideResult {
  const { placement, result, voice } = input;
  if (placement.verdict === null) return { kind: 'not-enough', sentence: w.notCompared(voice) };
  const axes = [
    compareAxis('strategic', display(placement.posterior.strategic), result.strategic, voice),
    compareAxis('outside', display(placement.posterior.outside), result.outside, voice),
  ];
  const phraseCount = placement.matches.length;
  const basis = w.basis(
    phraseCount,
    formatNumber(phraseCount),
    voice,
    input.choiceCount,
    formatNumber(input.choiceCount),
  );
  return {
    kind: 'compared',
    isClose: axes.every((a) => a.relation === 'overlap'),
    headline: headlineOf(axes, voice),
    axes,
    basis,
    ...weakAreas(input),
  };
}
