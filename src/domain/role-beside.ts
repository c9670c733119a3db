import type { DisplayScore } from './describe';
import { SCORING_MODEL_V2 } from './model-constants';
import { TYPE_PROTOTYPES, type ResultType } from './result-types';
import { roleBeside as w } from '../words/en/role-beside';

// A result beside a role an employer names (`<rolefit-quiz job-profile>`, issue #14 part 5): on each
// axis, whether the taker's 90% range lies on the side where the role's work usually sits, in
// neutral words. Never a score, a match or a ranking of the taker (docs/embed.md, "job-profile").

/** The role as the sentences name it. */
export const ROLE_NAMES: Readonly<Record<ResultType, string>> = w.roles;

const AXES = [
  { key: 'strategic', ...w.axes.strategic },
  { key: 'outside', ...w.axes.outside },
] as const;

/** Where the taker's range sits against the role's usual side of one axis. */
export type RoleAxisLean = 'same-side' | 'other-side' | 'unclear';

export interface RoleBeside {
  heading: string;
  /** One sentence per axis. */
  sentences: string[];
  leans: RoleAxisLean[];
  /** What this is and is not. */
  note: string;
}

/** Half the width of the centre the balanced type sits in, in display units. */
const CENTRE = SCORING_MODEL_V2.balancedHalfWidth * 100;

/**
 * How a result's 90% ranges sit beside the side of the map a role's work usually takes (the role's
 * corner, or the centre for the balanced role), axis by axis, in words without numbers.
 * @example describeBesideRole({ strategic: { value: 40, low: 10, high: 70 }, outside: { value: -50, low: -80, high: -20 } }, 'product-owner').sentences[1]
 */
export function describeBesideRole(
  result: { strategic: DisplayScore; outside: DisplayScore },
  role: ResultType,
): RoleBeside {
  const prototype = TYPE_PROTOTYPES[role];
  const leans: RoleAxisLean[] = [];
  const sentences = AXES.map((axis) => {
    const range = result[axis.key];
    const side = axis.key === 'strategic' ? prototype.s : prototype.o;
    // The side the role usually takes: above zero, below zero, or (balanced) the centre.
    const above = side === 0 ? CENTRE : 0;
    const below = side === 0 ? -CENTRE : 0;
    const isAbove = range.low > above;
    const isBelow = range.high < below;
    const toward = isAbove ? axis.plus : axis.minus;
    if (side === 0) {
      if (isAbove || isBelow) {
        leans.push('other-side');
        return w.moreToward(toward);
      }
      leans.push('unclear');
      return w.nearMiddle(axis.name);
    }
    const usual = side > 0 ? axis.plus : axis.minus;
    if ((side > 0 && isAbove) || (side < 0 && isBelow)) {
      leans.push('same-side');
      return w.sameSide(usual);
    }
    if (isAbove || isBelow) {
      leans.push('other-side');
      return w.moreToward(toward);
    }
    leans.push('unclear');
    return w.unclear(axis.name, usual);
  });
  return {
    heading: w.heading(ROLE_NAMES[role]),
    sentences,
    leans,
    note: w.note,
  };
}
