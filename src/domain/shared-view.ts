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
import type { SharedResult } from './share-code';

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
