// The texts of questions/roles.json keyed like a language file (questions/lang/<language>/roles.json),
// and applying a checked language file. No schema: the build checks every language file
// (language-file-schema.ts, scripts/bank-files.ts), so a page only needs this and the words.
import type { RolesContent } from './roles-schema';
import type { TextLanguage } from './language-file-schema';
import { textFor, textsFor } from './text-tree';

/** Every text of roles.json users see; ids, source keys and the source list stay in roles.json. */
export type RolesTexts = {
  /** Result types by id. */
  types: Record<
    string,
    {
      name: string;
      shortName: string;
      summary: string;
      description: string;
      about: { summary: string; description: string };
      realWorldRoles: string[];
      whatItDoesNotMean: string;
    }
  >;
  guide: {
    intro: string;
    /** The comparison rows in the order of roles.json; `note` only where the English row has one. */
    comparison: { aspect: string; productManager: string; productOwner: string; note?: string }[];
    overlap: string[];
    bothRoles: string[];
    workingTogether: string[];
  };
  notices: { notForHiring: string; notATest: string; splitCaveat: string };
  /** Country notes by id. */
  countryNotes: Record<string, { title: string; text: string }>;
};

/** A checked roles language file. */
export type RolesLanguage = TextLanguage<RolesTexts>;

/** Sections of a roles language file keyed by item id (for messages). */
export const ROLES_ITEM_SECTIONS = ['types', 'countryNotes'] as const;

/** The English texts of roles.json, keyed as a language file keys them. */
export function extractRolesTexts(roles: RolesContent): RolesTexts {
  return {
    types: Object.fromEntries(
      roles.types.map((t) => [
        t.id,
        {
          name: t.name,
          shortName: t.shortName,
          summary: t.summary,
          description: t.description,
          about: { summary: t.about.summary, description: t.about.description },
          realWorldRoles: [...t.realWorldRoles],
          whatItDoesNotMean: t.whatItDoesNotMean,
        },
      ]),
    ),
    guide: {
      intro: roles.guide.intro,
      comparison: roles.guide.comparison.map((row) => ({
        aspect: row.aspect,
        productManager: row.productManager,
        productOwner: row.productOwner,
        ...(row.note === undefined ? {} : { note: row.note }),
      })),
      overlap: [...roles.guide.overlap],
      bothRoles: [...roles.guide.bothRoles],
      workingTogether: [...roles.guide.workingTogether],
    },
    notices: { ...roles.notices },
    countryNotes: Object.fromEntries(
      roles.countryNotes.map((n) => [n.id, { title: n.title, text: n.text }]),
    ),
  };
}

/**
 * roles.json with every text replaced by the language's; ids, source keys, the source list, URLs
 * and order are the English file's. Only for a language file that passed its check against this
 * roles.json (it throws on a missing text, never falls back to English).
 */
export function applyRolesLanguage(roles: RolesContent, language: RolesTexts): RolesContent {
  const { guide } = roles;
  const words = language.guide;
  return {
    ...roles,
    types: roles.types.map((t) => {
      const w = textFor(language.types, t.id, 'result type');
      return {
        ...t,
        name: w.name,
        shortName: w.shortName,
        summary: w.summary,
        description: w.description,
        about: { summary: w.about.summary, description: w.about.description },
        realWorldRoles: textsFor(
          w.realWorldRoles,
          t.realWorldRoles.length,
          `realWorldRoles of "${t.id}"`,
        ),
        whatItDoesNotMean: w.whatItDoesNotMean,
      };
    }),
    guide: {
      ...guide,
      intro: words.intro,
      comparison: guide.comparison.map((row, i) => {
        const w = words.comparison[i];
        if (w === undefined || (row.note === undefined) !== (w.note === undefined))
          throw new Error(`The language file's comparison row ${i} does not match roles.json`);
        return {
          ...row,
          aspect: w.aspect,
          productManager: w.productManager,
          productOwner: w.productOwner,
          ...(w.note === undefined ? {} : { note: w.note }),
        };
      }),
      overlap: textsFor(words.overlap, guide.overlap.length, 'overlap'),
      bothRoles: textsFor(words.bothRoles, guide.bothRoles.length, 'bothRoles'),
      workingTogether: textsFor(
        words.workingTogether,
        guide.workingTogether.length,
        'workingTogether',
      ),
    },
    notices: {
      notForHiring: language.notices.notForHiring,
      notATest: language.notices.notATest,
      splitCaveat: language.notices.splitCaveat,
    },
    countryNotes: roles.countryNotes.map((n) => {
      const w = textFor(language.countryNotes, n.id, 'country note');
      return { ...n, title: w.title, text: w.text };
    }),
  };
}
