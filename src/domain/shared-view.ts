import { strengthOf } from './classify';
import {
  axisText,
  certaintyText,
  choiceSentences,
  headlineOf,
  nextNearestText,
  sharesOf,
  type DisplayScore,
} from './describe';
import type { ResultType } from './result-types';
import type { SharePayload, SharedResult } from './share-code';

/** What the results page and a shared page say about a result, built only from the shared numbers. */
export interface ResultView {
  headline: string;
  axes: { strategic: string; outside: string };
  certainty: string;
  shares: { pm: number; po: number; mixed: number };
  /** Sentences counting the choices; both pages show these. */
  sentences: string[];
  nextNearest: string;
  /** Scenarios answered. */
  k: number;
}

function pole<T extends string>(score: DisplayScore, plus: T, minus: T): T | null {
  if (score.low > 0) return plus;
  if (score.high < 0) return minus;
  return null;
}

/** Describes a result from its display numbers, so the taker and anyone they share with read the same words. */
export function describeSharedResult(result: SharedResult): ResultView {
  const { choices } = result;
  return {
    headline: headlineOf(result.type, result.strength, result.balancedKind),
    axes: {
      strategic: axisText(
        result.strategic,
        pole(result.strategic, 'strategic', 'tactical'),
        strengthOf(result.strategic.value / 100),
        'strategic and tactical',
      ),
      outside: axisText(
        result.outside,
        pole(result.outside, 'market', 'team'),
        strengthOf(result.outside.value / 100),
        'market-facing and team-facing',
      ),
    },
    certainty: certaintyText(result.type, result.certainty, result.fit),
    shares: sharesOf(choices),
    sentences: choiceSentences(choices),
    nextNearest: nextNearestText(result.nextNearest),
    k:
      choices['strategic-market'] +
      choices['tactical-team'] +
      choices['strategic-team'] +
      choices['tactical-market'],
  };
}

/** A result as shared in a link: the type, the numbers and the words every page shows for them. */
export interface SharedReport {
  type: ResultType;
  /** The numbers at display precision (-100..100): the map, the score table and the host message. */
  result: SharedResult;
  /** Headline, certainty, each axis, shares, "why this result" sentences and the next-nearest type. */
  words: ResultView;
}

/** The report of a result decoded from a link: the same words the taker saw, from the shared numbers. */
export function buildSharedReport(payload: SharePayload): SharedReport {
  const { result } = payload;
  return { type: result.type, result, words: describeSharedResult(result) };
}
