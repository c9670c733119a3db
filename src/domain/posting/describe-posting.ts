import type { Verdict } from '../model-v2';
import { formatNumber } from '../format';
import type { ResultType } from '../result-types';
import type { Quadrant } from '../schema';
import type { EvidencePlace, PostingPlacement, TitleCheck } from './place-posting';
import { posting as w } from '../../words/en/posting';

// A placed posting in words: the same type names as a quiz result, said of a job.

/** "a customer-facing hybrid role": a type as a kind of job. */
export const JOB_TYPE_NAMES: Readonly<Record<ResultType, string>> = w.jobTypeNames;

/** What each quadrant's phrases are about, for the evidence counts. */
export const QUADRANT_EVIDENCE_NAMES: Readonly<Record<Quadrant, string>> = w.quadrantEvidenceNames;

const ROLE_NAMES = w.roleNames;

/** "Reads like a customer-facing hybrid role", or between two, or not enough to go on. */
export function describeJobType(verdict: Verdict | null): string {
  if (verdict === null) return w.notEnough;
  if (verdict.kind === 'named') return w.readsLike(JOB_TYPE_NAMES[verdict.type]);
  return w.readsBetween(JOB_TYPE_NAMES[verdict.first.type], JOB_TYPE_NAMES[verdict.second.type]);
}

/** The title check in one sentence, or null when there is nothing to say. */
export function describeTitleCheck(check: TitleCheck): string | null {
  switch (check.kind) {
    case 'no-title':
      return null;
    case 'unknown':
      return w.titleUnknown(check.title);
    case 'unclear':
      return w.titleUnclear(ROLE_NAMES[check.titleType]);
    case 'agrees':
      return w.titleAgrees(ROLE_NAMES[check.titleType]);
    case 'disagrees':
      return w.titleDisagrees(ROLE_NAMES[check.titleType], ROLE_NAMES[check.dutiesType]);
  }
}

const signed = (n: number) => formatNumber(Math.round(n * 100));

/** The job's type and its place on both axes with their 90% ranges, one line each. */
export function describePosition(place: Pick<EvidencePlace, 'posterior' | 'verdict'>): string[] {
  const { posterior } = place;
  return [
    describeJobType(place.verdict),
    w.strategicLine(
      signed(posterior.strategic.mean),
      signed(posterior.strategic.low),
      signed(posterior.strategic.high),
    ),
    w.outsideLine(
      signed(posterior.outside.mean),
      signed(posterior.outside.low),
      signed(posterior.outside.high),
    ),
  ];
}

/** A plain-text summary to copy: position, type, title check and the top phrases. Never the posting. */
export function summarizePlacement(placement: PostingPlacement, topCount = 8): string {
  const lines = describePosition(placement);
  const title = describeTitleCheck(placement.titleCheck);
  if (title) lines.push(title);
  const top = placement.topPhrases.slice(0, topCount);
  if (top.length > 0) {
    lines.push(w.topPhrasesHeading);
    for (const p of top)
      lines.push(w.topPhrase(p.text, formatNumber(p.count), QUADRANT_EVIDENCE_NAMES[p.quadrant]));
  }
  return lines.join('\n');
}
