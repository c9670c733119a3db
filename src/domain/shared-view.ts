import { verdict as w } from '../words/en/verdict';
import { modelOne } from '../words/en/model-one';
import { totalChoices } from './choice-counts';
import { strengthOf } from './classify';
import {
  axisText,
  certaintyText,
  choiceSentences,
  headlineOf,
  nextNearestText,
  sharesOf,
  type DisplayScore,
  type Voice,
} from './describe';
import {
  axisReasons,
  axisWords,
  choiceCountSentence,
  choiceRows,
  verdictCertainty,
  verdictHeadline,
  verdictNextNearest,
  verdictSummary,
} from './describe-v2';
import type { ResultType } from './result-types';
import type {
  SharePayload,
  SharedResult,
  SharedResultV1,
  SharedResultV2,
  SharedVerdict,
} from './shared-result';

/** One row of "how the choices split". */
export interface ChoiceRow {
  label: string;
  /** Scenarios with this kind of choice (model 2); null where the model showed shares only. */
  count: number | null;
  /** Share of the scenario choices, 0..100. */
  percent: number;
}

/** One row of the details table: a signed score on -100..100 with its 90% range. */
export interface ScoreRow {
  name: string;
  score: DisplayScore;
}

/** What the results page and a shared page say about a result, built only from the shared numbers. */
export interface ResultView {
  /** The scoring model that made the result: 2 for every new result, 1 for older links. */
  model: 1 | 2;
  headline: string;
  /** How sure we are, in plain words (model 2: with the probability). */
  certainty: string;
  /** How sure we are in a few words for the first screen ("Very likely: 92%"). */
  summary: string;
  /** The two or three strongest reasons, counted from the choices: the first screen shows these. */
  reasons: string[];
  axes: { strategic: string; outside: string };
  /** How the scenario choices split, with the table's caption. */
  choices: { caption: string; rows: ChoiceRow[] };
  /** Sentences counting the choices; both pages show these. */
  sentences: string[];
  nextNearest: string;
  /** The signed scores, shown only in the details view. */
  scores: ScoreRow[];
  /** Scenarios answered. */
  k: number;
}

/** The scoring model in a sentence, for pages that may show results of both models side by side. */
export const MODEL_NOTES: Readonly<Record<1 | 2, string>> = w.modelNotes;

const countOf = (result: SharedResult) => totalChoices(result.choices);

const MAP_ROWS = (result: SharedResult): ScoreRow[] => [
  { name: w.scoreNames.strategic, score: result.strategic },
  { name: w.scoreNames.outside, score: result.outside },
  { name: w.scoreNames.fit, score: result.fit },
];

function pole<T extends string>(score: DisplayScore, plus: T, minus: T): T | null {
  if (score.low > 0) return plus;
  if (score.high < 0) return minus;
  return null;
}

/** Model 1, word for word as its links always showed it. */
const V1_SUMMARY: Readonly<Record<SharedResultV1['certainty'], string>> = modelOne.summary;

function describeV1(result: SharedResultV1, voice: Voice): ResultView {
  const shares = sharesOf(result.choices);
  return {
    model: 1,
    summary: V1_SUMMARY[result.certainty],
    reasons: axisReasons(result.choices, voice),
    headline: headlineOf(result.type, result.strength, result.balancedKind),
    axes: {
      strategic: axisText(
        result.strategic,
        pole(result.strategic, 'strategic', 'tactical'),
        strengthOf(result.strategic.value / 100),
        'strategic',
        voice,
      ),
      outside: axisText(
        result.outside,
        pole(result.outside, 'market', 'team'),
        strengthOf(result.outside.value / 100),
        'outside',
        voice,
      ),
    },
    certainty: certaintyText(result.type, result.certainty, result.fit, voice),
    choices: {
      caption: modelOne.choicesCaption(countOf(result)),
      rows: [
        { label: modelOne.rows.pm, count: null, percent: shares.pm },
        { label: modelOne.rows.po, count: null, percent: shares.po },
        { label: modelOne.rows.mixed, count: null, percent: shares.mixed },
      ],
    },
    sentences: choiceSentences(result.choices, voice),
    nextNearest: nextNearestText(result.nextNearest, voice),
    scores: MAP_ROWS(result),
    k: countOf(result),
  };
}

function describeV2(result: SharedResultV2, voice: Voice): ResultView {
  const k = countOf(result);
  const { choices } = result;
  return {
    model: 2,
    headline: verdictHeadline(result.verdict),
    certainty: verdictCertainty(result.verdict, k, voice),
    summary: verdictSummary(result.verdict),
    reasons: axisReasons(choices, voice),
    axes: {
      strategic: axisWords(
        result.strategic,
        'strategic',
        strengthOf(result.strategic.value / 100),
        voice,
      ),
      outside: axisWords(result.outside, 'outside', strengthOf(result.outside.value / 100), voice),
    },
    choices: {
      caption: w.choicesCaption(k, voice),
      rows: choiceRows(choices),
    },
    sentences: [
      choiceCountSentence(choices, voice),
      w.rangeAndOutward(
        choices['strategic-market'] + choices['strategic-team'],
        choices['strategic-market'] + choices['tactical-market'],
        k,
        voice,
      ),
    ],
    nextNearest: verdictNextNearest(result.verdict, result.typeProbabilities),
    scores: [
      ...MAP_ROWS(result),
      {
        name: w.scoreNames.delta,
        score: result.delta,
      },
    ],
    k,
  };
}

/**
 * Describes a result from its shared numbers, so the taker and anyone they share with read the same
 * facts: to the taker in the second person, to a viewer of a shared link in the third.
 */
export function describeSharedResult(result: SharedResult, voice: Voice = 'taker'): ResultView {
  return result.model === 1 ? describeV1(result, voice) : describeV2(result, voice);
}

/** A result as shared in a link: the type, the numbers and the words every page shows for them. */
export interface SharedReport {
  type: ResultType;
  /** The numbers at display precision (-100..100): the map, the score table and the host message. */
  result: SharedResult;
  /** Headline, certainty, each axis, choices, "why this result" sentences and the next type. */
  words: ResultView;
}

/** What a type-only link of a "between" result says: the two types and how likely each is. */
export interface VerdictView {
  headline: string;
  certainty: string;
  summary: string;
}

/** The words of a verdict-only link. */
export function describeSharedVerdict(shared: SharedVerdict, voice: Voice = 'taker'): VerdictView {
  return {
    headline: verdictHeadline(shared.verdict),
    certainty: verdictCertainty(shared.verdict, null, voice),
    summary: verdictSummary(shared.verdict),
  };
}

/** The report of a result decoded from a link: the same words the taker saw, from the shared numbers. */
export function buildSharedReport(
  payload: Extract<SharePayload, { result: SharedResult }>,
  voice: Voice = 'taker',
): SharedReport {
  const { result } = payload;
  return { type: result.type, result, words: describeSharedResult(result, voice) };
}
