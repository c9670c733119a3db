// The growth part of the results guide: focus dimensions, certifications, books, moves and caveats.
import type { Source } from './guide-fields';
import type { SalaryRole } from './guide-ids';
import type { Book, Caveat, Certification, Growth, MoveStep, Tip } from './growth-schema';
import type { RolesContent } from './roles-schema';
import { SALARY_ROLE_NAMES } from './salary-guide';
import type { ResultType } from './result-types';
import { DIMENSION_IDS, PREFER_NOT_TO_SAY } from './ids';
import type { DimensionId } from './schema';
import { result as w } from '../words/en/result';

/** The two directions of the growth guide's "moving between roles" section. */
export type MoveDirection = keyof Growth['moves'];

/** Context and practice answers that shape the growth guide; raw answer strings are accepted. */
export interface GrowthInput {
  type: ResultType;
  /** Practice-frequency scores 0..100, null where unanswered (Scores.skills). */
  skills: Readonly<Partial<Record<DimensionId, number | null>>>;
  framework?: string | undefined;
  companySize?: string | undefined;
  experience?: string | undefined;
  /** Dimension labels from the bank, to put on focus items. */
  dimensionLabels?: Readonly<Partial<Record<DimensionId, string>>> | undefined;
}

/** A dimension picked for practice tips, with its practice score. */
export interface GrowthFocus {
  dimension: DimensionId;
  label?: string;
  practiceScore: number;
  tips: Tip[];
}

/** One direction of movement between the roles. */
export interface MovePlan {
  direction: MoveDirection;
  heading: string;
  steps: MoveStep[];
}

/** Everything the growth guide shows for one result. */
export interface GrowthSelection {
  focus: GrowthFocus[];
  focusNote?: string;
  certifications: { items: Certification[]; caveat: string; caveatSources: string[] };
  books: Book[];
  moves: MovePlan[];
  jobTitles: { titles: string[]; sources: string[] };
  caveats: Caveat[];
  /** Every source cited above, in first-cited order, resolved from roles.json. */
  sources: Source[];
}

/** How many dimensions get practice tips. */
export const FOCUS_COUNT = 3;
/** Most certifications listed. */
export const MAX_CERTIFICATIONS = 4;
/** Most books listed. */
export const MAX_BOOKS = 5;

/** Shown instead of tips when no practice question was answered (the short quiz has none). */
export const FOCUS_NOTE_NO_PRACTICE = w.growth.noPractice;

type Lean = 'product-manager' | 'product-owner' | 'both';

const LEAN: Readonly<Record<ResultType, Lean>> = {
  'product-manager': 'product-manager',
  'strategic-technical': 'product-manager',
  'product-owner': 'product-owner',
  'customer-facing': 'product-owner',
  balanced: 'both',
};

// Dimensions each type's work centres on (docs/roles.md); used only to rank books.
const TYPE_DIMENSIONS: Readonly<Record<ResultType, readonly DimensionId[]>> = {
  'product-manager': ['market', 'business', 'strategy', 'discovery'],
  'product-owner': ['backlog', 'delivery', 'technical'],
  'strategic-technical': ['strategy', 'technical', 'data'],
  'customer-facing': ['discovery', 'backlog', 'delivery', 'stakeholders'],
  balanced: DIMENSION_IDS,
};

const MOVES: Readonly<Record<Lean, readonly MoveDirection[]>> = {
  'product-owner': ['toward-product-manager'],
  'product-manager': ['toward-product-owner'],
  both: ['toward-product-manager', 'toward-product-owner'],
};

const answered = (value: string | undefined) =>
  value === undefined || value === PREFER_NOT_TO_SAY ? undefined : value;

/** The dimensions with the lowest practice scores, lowest first; ties keep DIMENSION_IDS order. Never from scenario choices (docs/roles.md, "Growth guide"). */
export function selectFocusDimensions(
  skills: Readonly<Partial<Record<DimensionId, number | null>>>,
  count = FOCUS_COUNT,
): { dimension: DimensionId; practiceScore: number }[] {
  return DIMENSION_IDS.flatMap((dimension, order) => {
    const practiceScore = skills[dimension];
    return practiceScore === null || practiceScore === undefined
      ? []
      : [{ dimension, practiceScore, order }];
  })
    .sort((a, b) => a.practiceScore - b.practiceScore || a.order - b.order)
    .slice(0, count)
    .map(({ dimension, practiceScore }) => ({ dimension, practiceScore }));
}

/** Certifications for a result and framework: lean first filters, framework then orders (docs/roles.md, "Growth guide"). */
export function selectCertifications(
  growth: Growth,
  type: ResultType,
  framework: string | undefined,
): Certification[] {
  const lean = LEAN[type];
  const { certificationPairing: pairing } = growth;
  const pairingOrder =
    lean === 'both'
      ? interleave(pairing['product-owner'], pairing['product-manager'])
      : pairing[lean];
  const fw = answered(framework);
  // The framework's own credentials first; after that the pairing order decides, so a balanced
  // result keeps certifications from both lists.
  const tier = (c: Certification) => {
    if (fw === 'safe') return c.frameworks.includes('safe') || pairing.safe.includes(c.id) ? 0 : 1;
    if (fw === 'scrum') return c.frameworks.includes('scrum') ? 0 : 1;
    return c.frameworks.length === 0 ? 0 : 1;
  };
  const pairRank = (c: Certification) => {
    const i = pairingOrder.indexOf(c.id);
    return i === -1 ? pairingOrder.length : i;
  };
  return growth.certifications
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => lean === 'both' || c.pointsTo === lean || c.pointsTo === 'both')
    .sort((a, b) => tier(a.c) - tier(b.c) || pairRank(a.c) - pairRank(b.c) || a.order - b.order)
    .slice(0, MAX_CERTIFICATIONS)
    .map(({ c }) => c);
}

/** Books for the focus dimensions first, then for the type; "also consider" books only when nothing else fits. */
export function selectBooks(
  growth: Growth,
  type: ResultType,
  focus: readonly DimensionId[],
): Book[] {
  const typeDimensions = TYPE_DIMENSIONS[type];
  const ranked = growth.books
    .map((book, order) => {
      const focusHits = book.dimensions.filter((d) => focus.includes(d));
      const firstFocus =
        focusHits.length === 0 ? focus.length : Math.min(...focusHits.map((d) => focus.indexOf(d)));
      const fitsType = book.dimensions.some((d) => typeDimensions.includes(d));
      return { book, order, focusHits: focusHits.length, firstFocus, fitsType };
    })
    .filter((b) => b.focusHits > 0 || b.fitsType)
    .sort(
      (a, b) =>
        Number(b.focusHits > 0) - Number(a.focusHits > 0) ||
        a.firstFocus - b.firstFocus ||
        b.focusHits - a.focusHits ||
        a.order - b.order,
    );
  const sourced = ranked.filter((b) => b.book.alsoConsider !== true);
  return (sourced.length > 0 ? sourced : ranked).slice(0, MAX_BOOKS).map((b) => b.book);
}

/** Caveats whose every condition matches the context answers; unanswered or 'prefer-not-to-say' never matches. */
export function selectCaveats(
  growth: Growth,
  context: Pick<GrowthInput, 'framework' | 'companySize' | 'experience'>,
): Caveat[] {
  const matches = (allowed: readonly string[] | undefined, value: string | undefined) => {
    if (allowed === undefined) return true;
    const answer = answered(value);
    return answer !== undefined && allowed.some((a) => a === answer);
  };
  return growth.caveats.filter(
    (c) =>
      matches(c.when.framework, context.framework) &&
      matches(c.when['company-size'], context.companySize) &&
      matches(c.when.experience, context.experience),
  );
}

/** The growth guide for one result: practice tips, certifications, books, role moves, job titles and caveats (docs/roles.md, "Growth guide"). */
export function selectGrowth(
  growth: Growth,
  roles: RolesContent,
  input: GrowthInput,
): GrowthSelection {
  const { type, skills, framework, dimensionLabels } = input;
  const focus = selectFocusDimensions(skills).map(({ dimension, practiceScore }): GrowthFocus => {
    const label = dimensionLabels?.[dimension];
    return {
      dimension,
      ...(label === undefined ? {} : { label }),
      practiceScore,
      tips: growth.tips[dimension],
    };
  });
  const certifications = {
    items: selectCertifications(growth, type, framework),
    caveat: growth.certificationCaveat,
    caveatSources: growth.certificationCaveatSources,
  };
  const books = selectBooks(
    growth,
    type,
    focus.map((f) => f.dimension),
  );
  const roleName = (id: SalaryRole) =>
    roles.types.find((t) => t.id === id)?.shortName ?? SALARY_ROLE_NAMES[id];
  const moves = MOVES[LEAN[type]].map((direction): MovePlan => ({
    direction,
    heading: w.growth.movingToward(
      roleName(direction === 'toward-product-manager' ? 'product-manager' : 'product-owner'),
    ),
    steps: growth.moves[direction],
  }));
  const jobTitles = { titles: growth.jobTitles[type], sources: growth.jobTitlesSources[type] };
  const caveats = selectCaveats(growth, input);

  const cited = [
    ...focus.flatMap((f) => f.tips.flatMap((t) => t.sources)),
    ...certifications.items.flatMap((c) => c.sources),
    ...certifications.caveatSources,
    ...books.flatMap((b) => b.sources),
    ...moves.flatMap((m) => m.steps.flatMap((s) => s.sources)),
    ...jobTitles.sources,
    ...caveats.flatMap((c) => c.sources),
  ];
  const byKey = new Map(roles.sources.map((s) => [s.key, s]));
  const sources = [...new Set(cited)].flatMap((key) => {
    const source = byKey.get(key);
    return source ? [source] : [];
  });

  return {
    focus,
    ...(focus.length === 0 ? { focusNote: FOCUS_NOTE_NO_PRACTICE } : {}),
    certifications,
    books,
    moves,
    jobTitles,
    caveats,
    sources,
  };
}

function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined) out.push(x);
    if (y !== undefined) out.push(y);
  }
  return out;
}
