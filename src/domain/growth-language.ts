// The texts of questions/growth.json keyed like a language file (questions/lang/<language>/growth.json),
// and applying a checked language file. No schema: the build checks every language file
// (language-file-schema.ts, scripts/bank-files.ts), so a page only needs this and the words.
import type { TextLanguage } from './language-file-schema';
import type { Growth } from './growth-schema';
import type { DimensionId } from './schema';
import { textFor, textsFor } from './text-tree';

/**
 * Every text of growth.json users see. Ids, source keys, years, authors, certifying bodies, levels,
 * frameworks, conditions and pairings stay in growth.json.
 */
export type GrowthTexts = {
  /** Tip texts by dimension id, in the order of growth.json (each keeps its English sources). */
  tips: Record<string, string[]>;
  /** Certification name and summary by certification id. */
  certifications: Record<string, { name: string; summary: string }>;
  certificationPairingNote: string;
  certificationCaveat: string;
  /** Books in the order of growth.json: the title as published in the language (or the original), and `note` only where the English book has one. */
  books: { title: string; note?: string }[];
  /** Steps by direction, in the order of growth.json. */
  moves: Record<string, { title: string; text: string }[]>;
  /** Job titles by result type, in the order of growth.json. */
  jobTitles: Record<string, string[]>;
  /** Caveat text by caveat id. */
  caveats: Record<string, string>;
};

/** A checked growth language file. */
export type GrowthLanguage = TextLanguage<GrowthTexts>;

/** Sections of a growth language file keyed by an id (for messages). */
export const GROWTH_ITEM_SECTIONS = [
  'tips',
  'certifications',
  'moves',
  'jobTitles',
  'caveats',
] as const;

/** The English texts of growth.json, keyed as a language file keys them. */
export function extractGrowthTexts(growth: Growth): GrowthTexts {
  return {
    tips: Object.fromEntries(
      Object.entries(growth.tips).map(([dimension, tips]) => [dimension, tips.map((t) => t.text)]),
    ),
    certifications: Object.fromEntries(
      growth.certifications.map((c) => [c.id, { name: c.name, summary: c.summary }]),
    ),
    certificationPairingNote: growth.certificationPairingNote,
    certificationCaveat: growth.certificationCaveat,
    books: growth.books.map((b) => ({
      title: b.title,
      ...(b.note === undefined ? {} : { note: b.note }),
    })),
    moves: Object.fromEntries(
      Object.entries(growth.moves).map(([direction, steps]) => [
        direction,
        steps.map((s) => ({ title: s.title, text: s.text })),
      ]),
    ),
    jobTitles: Object.fromEntries(
      Object.entries(growth.jobTitles).map(([type, titles]) => [type, [...titles]]),
    ),
    caveats: Object.fromEntries(growth.caveats.map((c) => [c.id, c.text])),
  };
}

// Pairs each English item with its text at the same place; throws unless the lists are as long.
function zipTexts<T, W>(items: readonly T[], texts: readonly W[] | undefined, what: string) {
  if (texts === undefined || texts.length !== items.length)
    throw new Error(
      `The language file has ${texts?.length ?? 0} texts for ${what}, not ${items.length}`,
    );
  return items.map((item, i) => ({ item, text: texts[i] as W }));
}

/**
 * growth.json with every text replaced by the language's; everything else (ids, sources, years,
 * authors, pairings, conditions, order) is the English file's. Only for a language file that passed
 * its check against this growth.json (it throws on a missing text, never falls back to English).
 */
export function applyGrowthLanguage(growth: Growth, language: GrowthTexts): Growth {
  const tipsOf = (dimension: DimensionId) =>
    zipTexts(growth.tips[dimension], textFor(language.tips, dimension, 'tips of'), dimension).map(
      ({ item, text }) => ({ ...item, text }),
    );
  const steps = (direction: keyof Growth['moves']) =>
    zipTexts(growth.moves[direction], textFor(language.moves, direction, 'moves'), direction).map(
      ({ item, text }) => ({ ...item, title: text.title, text: text.text }),
    );
  const titles = (type: keyof Growth['jobTitles']) =>
    textsFor(
      textFor(language.jobTitles, type, 'job titles of'),
      growth.jobTitles[type].length,
      `job titles of "${type}"`,
    );
  return {
    ...growth,
    tips: {
      market: tipsOf('market'),
      business: tipsOf('business'),
      strategy: tipsOf('strategy'),
      discovery: tipsOf('discovery'),
      backlog: tipsOf('backlog'),
      delivery: tipsOf('delivery'),
      technical: tipsOf('technical'),
      data: tipsOf('data'),
      stakeholders: tipsOf('stakeholders'),
    },
    certifications: growth.certifications.map((c) => {
      const w = textFor(language.certifications, c.id, 'certification');
      return { ...c, name: w.name, summary: w.summary };
    }),
    certificationPairingNote: language.certificationPairingNote,
    certificationCaveat: language.certificationCaveat,
    books: zipTexts(growth.books, language.books, 'books').map(({ item, text }) => {
      if ((item.note === undefined) !== (text.note === undefined))
        throw new Error(`The language file's note on "${item.title}" does not match growth.json`);
      return {
        ...item,
        title: text.title,
        ...(text.note === undefined ? {} : { note: text.note }),
      };
    }),
    moves: {
      'toward-product-manager': steps('toward-product-manager'),
      'toward-product-owner': steps('toward-product-owner'),
    },
    jobTitles: {
      'product-manager': titles('product-manager'),
      'product-owner': titles('product-owner'),
      'strategic-technical': titles('strategic-technical'),
      'customer-facing': titles('customer-facing'),
      balanced: titles('balanced'),
    },
    caveats: growth.caveats.map((c) => ({
      ...c,
      text: textFor(language.caveats, c.id, 'caveat'),
    })),
  };
}
