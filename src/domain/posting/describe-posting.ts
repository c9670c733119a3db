import type { Verdict } from '../model-v2';
import type { ResultType } from '../result-types';
import type { Quadrant } from '../schema';
import type { EvidencePlace, PostingPlacement, TitleCheck } from './place-posting';

// A placed posting in words: the same type names as a quiz result, said of a job.

/** "a customer-facing hybrid role": a type as a kind of job. */
export const JOB_TYPE_NAMES: Readonly<Record<ResultType, string>> = {
  'product-manager': 'a Product Manager role',
  'product-owner': 'a Product Owner role',
  'strategic-technical': 'a strategic-technical hybrid role',
  'customer-facing': 'a customer-facing hybrid role',
  balanced: 'a balanced, full-stack product role',
};

/** What each quadrant's phrases are about, for the evidence counts. */
export const QUADRANT_EVIDENCE_NAMES: Readonly<Record<Quadrant, string>> = {
  'strategic-market': 'Strategy and the market (Product Manager)',
  'tactical-team': 'Backlog and the team (Product Owner)',
  'strategic-team': 'Technical direction (strategic-technical)',
  'tactical-market': 'Customers day to day (customer-facing)',
};

const ROLE_NAMES = { 'product-manager': 'Product Manager', 'product-owner': 'Product Owner' };

/** "Reads like a customer-facing hybrid role", or between two, or not enough to go on. */
export function describeJobType(verdict: Verdict | null): string {
  if (verdict === null)
    return 'Not enough to go on: the posting says too little about what the job does.';
  if (verdict.kind === 'named') return `Reads like ${JOB_TYPE_NAMES[verdict.type]}.`;
  return `Reads like something between ${JOB_TYPE_NAMES[verdict.first.type]} and ${JOB_TYPE_NAMES[verdict.second.type]}.`;
}

/** The title check in one sentence, or null when there is nothing to say. */
export function describeTitleCheck(check: TitleCheck): string | null {
  switch (check.kind) {
    case 'no-title':
      return null;
    case 'unknown':
      return `The title "${check.title}" names neither a Product Manager nor a Product Owner job, so there is no title to check.`;
    case 'unclear':
      return `Titled ${ROLE_NAMES[check.titleType]}; the duties say too little to check the title.`;
    case 'agrees':
      return `Titled ${ROLE_NAMES[check.titleType]}, and the duties do not contradict it.`;
    case 'disagrees':
      return `Titled ${ROLE_NAMES[check.titleType]}, but the duties read like a ${ROLE_NAMES[check.dutiesType]} job.`;
  }
}

const signed = (n: number) => Math.round(n * 100);

/** The job's type and its place on both axes with their 90% ranges, one line each. */
export function describePosition(place: Pick<EvidencePlace, 'posterior' | 'verdict'>): string[] {
  const { posterior } = place;
  return [
    describeJobType(place.verdict),
    `Strategic (+) vs tactical (-): ${signed(posterior.strategic.mean)} (90% range ${signed(posterior.strategic.low)} to ${signed(posterior.strategic.high)})`,
    `Market-facing (+) vs team-facing (-): ${signed(posterior.outside.mean)} (90% range ${signed(posterior.outside.low)} to ${signed(posterior.outside.high)})`,
  ];
}

/** A plain-text summary to copy: position, type, title check and the top phrases. Never the posting. */
export function summarizePlacement(placement: PostingPlacement, topCount = 8): string {
  const lines = describePosition(placement);
  const title = describeTitleCheck(placement.titleCheck);
  if (title) lines.push(title);
  const top = placement.topPhrases.slice(0, topCount);
  if (top.length > 0) {
    lines.push('Phrases that placed it:');
    for (const p of top)
      lines.push(`- "${p.text}" (${p.count}×): ${QUADRANT_EVIDENCE_NAMES[p.quadrant]}`);
  }
  return lines.join('\n');
}
