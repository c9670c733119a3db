import { describe, expect, it } from 'vitest';
import { listTranslationReviews } from '../../src/domain/translation-review';
import { markdownFileIn } from '../../scripts/markdown-plugin';

// The real language files: each says whether it was reviewed, and the methods page lists them.
const reviews = import.meta.glob('../../questions/lang/*/{bank,roles,growth}.json', {
  import: 'review',
  eager: true,
});

describe('listTranslationReviews', () => {
  it('groups files by language, in a fixed file order, unverified apart from verified', () => {
    expect(
      listTranslationReviews({
        '../q/lang/pt-BR/growth.json': { status: 'unverified' },
        '../q/lang/de/roles.json': {
          status: 'verified',
          reviewer: 'A. Prüfer',
          date: '2026-12-01',
        },
        '../q/lang/de/growth.json': { status: 'unverified' },
        '../q/lang/de/bank.json': { status: 'unverified' },
        '../q/lang/de/lexicon.json': { status: 'unverified' },
      }),
    ).toEqual([
      {
        language: 'de',
        unverified: ['bank', 'growth'],
        verified: [{ file: 'roles', reviewer: 'A. Prüfer', date: '2026-12-01' }],
      },
      { language: 'pt-BR', unverified: ['growth'], verified: [] },
    ]);
  });

  it('lists every German file of today as unverified', () => {
    expect(listTranslationReviews(reviews as never)).toEqual([
      { language: 'de', unverified: ['bank', 'roles', 'growth'], verified: [] },
    ]);
  });
});

describe('markdownFileIn', () => {
  it('finds a translation under docs/<language>/ and keeps English as it is', () => {
    expect(markdownFileIn('/repo/docs/scoring.md', 'en')).toBe('/repo/docs/scoring.md');
    expect(markdownFileIn('/repo/docs/scoring.md', 'de')).toBe('/repo/docs/de/scoring.md');
    expect(() => markdownFileIn('/repo/README.md', 'de')).toThrow(/under docs/);
  });
});
