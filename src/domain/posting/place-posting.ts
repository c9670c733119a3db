import { QUADRANTS } from '../ids';
import { SCORING_MODEL_V2 } from '../model-constants';
import { decideVerdict, summarizePosterior, type Posterior, type Verdict } from '../model-v2';
import type { ResultType } from '../result-types';
import type { Quadrant } from '../schema';
import { findPhrases, readTitle, type CompiledLexicon, type PhraseMatch } from './match-posting';

// Places a job posting on the quiz's map with the quiz's own posterior (model v2): the weighted
// phrase evidence per quadrant stands in for the taker's choice counts (docs/job-postings.md).

/** The posting model's constants, chosen on the tuning half by `npm run bench:postings`. */
export const POSTING_MODEL: Readonly<PostingModel> = {
  /** Choice-equivalents per unit of phrase weight. */
  scale: 0.5,
  /** The most evidence a posting can carry, as many choices as the longest quiz (28). */
  maxEvidence: 28,
  /** Below this much evidence (in choice-equivalents) the posting is "not enough to go on". */
  minEvidence: 3,
  /** Longest text read; the rest is ignored (about 20,000 words). */
  maxLength: 120_000,
};

/**
 * Evidence is kept in steps of 1/32 of a choice-equivalent (far finer than any phrase weighs), so a
 * placement link (placement-code.ts) carries exactly the evidence the page placed the job with.
 */
export const EVIDENCE_STEPS_PER_CHOICE = 32;

export interface PostingModel {
  scale: number;
  maxEvidence: number;
  minEvidence: number;
  maxLength: number;
}

export interface Posting {
  title?: string;
  text: string;
}

/** A phrase that placed the posting, with how much it counted in all. */
export interface TopPhrase {
  entryId: string;
  quadrant: Quadrant;
  /** The first way it was written in the posting. */
  text: string;
  count: number;
  evidence: number;
}

export type TitleCheck =
  | { kind: 'no-title' }
  /** The title names neither role (or both). */
  | { kind: 'unknown'; title: string }
  /** Too little evidence to judge the duties. */
  | { kind: 'unclear'; titleType: 'product-manager' | 'product-owner' }
  | { kind: 'agrees'; titleType: 'product-manager' | 'product-owner' }
  | {
      kind: 'disagrees';
      titleType: 'product-manager' | 'product-owner';
      dutiesType: 'product-manager' | 'product-owner';
    };

export interface PostingPlacement {
  /** Counted phrases in text order (never overlapping). */
  matches: readonly PhraseMatch[];
  /** Counted phrases per quadrant. */
  matchCounts: Readonly<Record<Quadrant, number>>;
  /** Evidence per quadrant in choice-equivalents: what the posterior was given. */
  evidence: Readonly<Record<Quadrant, number>>;
  totalEvidence: number;
  posterior: Posterior;
  /** Null when there is not enough to go on. */
  verdict: Verdict | null;
  titleCheck: TitleCheck;
  topPhrases: readonly TopPhrase[];
}

const zeroCounts = (): Record<Quadrant, number> => ({
  'strategic-market': 0,
  'tactical-team': 0,
  'strategic-team': 0,
  'tactical-market': 0,
});

/** The title as given, or the posting's first line when it is short and names a role. */
function findTitle(compiled: CompiledLexicon, posting: Posting): string | null {
  const given = posting.title?.trim();
  if (given) return given;
  const firstLine = posting.text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  return firstLine.length > 0 && firstLine.length <= 80 && readTitle(compiled, firstLine)
    ? firstLine
    : null;
}

/** Which pole the duties' PM-fit index is on, when its whole 90% range is on one side. */
function dutiesSide(posterior: Posterior): 'product-manager' | 'product-owner' | null {
  if (posterior.fit.low > 0) return 'product-manager';
  if (posterior.fit.high < 0) return 'product-owner';
  return null;
}

function checkTitle(
  compiled: CompiledLexicon,
  title: string | null,
  posterior: Posterior,
  hasEnough: boolean,
): TitleCheck {
  if (title === null) return { kind: 'no-title' };
  const titleType = readTitle(compiled, title);
  if (titleType === null) return { kind: 'unknown', title };
  if (!hasEnough) return { kind: 'unclear', titleType };
  const side = dutiesSide(posterior);
  return side !== null && side !== titleType
    ? { kind: 'disagrees', titleType, dutiesType: side }
    : { kind: 'agrees', titleType };
}

/**
 * Places a posting: finds the phrases, discounts repeats of the same entry, turns the weights into
 * choice-equivalents and runs the quiz's posterior on them. Never throws; text beyond
 * `model.maxLength` is ignored.
 * @example placePosting(compiled, { title: 'Product Owner', text: 'Own the backlog. Run sprint planning.' }).verdict
 */
export function placePosting(
  compiled: CompiledLexicon,
  posting: Posting,
  model: PostingModel = POSTING_MODEL,
): PostingPlacement {
  const text = posting.text.slice(0, model.maxLength);
  const matches = findPhrases(compiled, text);
  const raw = zeroCounts();
  const matchCounts = zeroCounts();
  const seen = new Map<string, TopPhrase>();
  for (const match of matches) {
    const top = seen.get(match.entryId) ?? {
      entryId: match.entryId,
      quadrant: match.quadrant,
      text: match.text,
      count: 0,
      evidence: 0,
    };
    const counted = match.weight * compiled.lexicon.repeatDecay ** top.count;
    top.count += 1;
    top.evidence += counted;
    seen.set(match.entryId, top);
    raw[match.quadrant] += counted;
    matchCounts[match.quadrant] += 1;
  }
  const rawTotal = QUADRANTS.reduce((sum, q) => sum + raw[q], 0);
  const factor = Math.min(model.scale, rawTotal > 0 ? model.maxEvidence / rawTotal : model.scale);
  const evidence = zeroCounts();
  for (const q of QUADRANTS)
    evidence[q] =
      Math.round(raw[q] * factor * EVIDENCE_STEPS_PER_CHOICE) / EVIDENCE_STEPS_PER_CHOICE;
  const { totalEvidence, posterior, verdict } = placeEvidence(evidence, model);
  const hasEnough = verdict !== null;
  const topPhrases = [...seen.values()]
    .map((p) => ({ ...p, evidence: p.evidence * factor }))
    .sort((a, b) => b.evidence - a.evidence);
  return {
    matches,
    matchCounts,
    evidence,
    totalEvidence,
    posterior,
    verdict,
    titleCheck: checkTitle(compiled, findTitle(compiled, posting), posterior, hasEnough),
    topPhrases,
  };
}

/** Where evidence places a job: the quiz's posterior, and the verdict when there is enough to go on. */
export interface EvidencePlace {
  totalEvidence: number;
  posterior: Posterior;
  /** Null when there is not enough to go on. */
  verdict: Verdict | null;
}

/**
 * The posterior and verdict of evidence per quadrant (choice-equivalents): what placePosting gives
 * a posting's phrases, and what a placement link (placement-code.ts) gives back.
 * @example placeEvidence({ 'strategic-market': 8, 'tactical-team': 1, 'strategic-team': 0, 'tactical-market': 1 }).verdict
 */
export function placeEvidence(
  evidence: Readonly<Record<Quadrant, number>>,
  model: PostingModel = POSTING_MODEL,
): EvidencePlace {
  const totalEvidence = QUADRANTS.reduce((sum, q) => sum + evidence[q], 0);
  const posterior = summarizePosterior(evidence);
  return {
    totalEvidence,
    posterior,
    verdict: totalEvidence >= model.minEvidence ? decideVerdict(posterior) : null,
  };
}

/** The posterior mean share of each quadrant (what "more evidence for a quadrant" raises). */
export function quadrantShares(placement: PostingPlacement): Record<Quadrant, number> {
  const { prior } = SCORING_MODEL_V2;
  const total = placement.totalEvidence + prior * QUADRANTS.length;
  const shares = zeroCounts();
  for (const q of QUADRANTS) shares[q] = (placement.evidence[q] + prior) / total;
  return shares;
}

/** Whether a verdict names this type or has it as one of its two "between" types. */
export function verdictIncludes(verdict: Verdict | null, type: ResultType): boolean {
  if (verdict === null) return false;
  return verdict.kind === 'named'
    ? verdict.type === type
    : verdict.first.type === type || verdict.second.type === type;
}
