import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseLexicon, type Lexicon } from '../../../src/domain/posting/lexicon-schema';
import { compileLexicon, findPhrases, readTitle } from '../../../src/domain/posting/match-posting';
import {
  placePosting,
  quadrantShares,
  verdictIncludes,
} from '../../../src/domain/posting/place-posting';
import {
  describeJobType,
  describeTitleCheck,
  summarizePlacement,
} from '../../../src/domain/posting/describe-posting';
import { QUADRANTS } from '../../../src/domain/ids';

// A tiny lexicon written here, so the expectations below can be worked out by hand.
const tiny: Lexicon = {
  version: 1,
  sections: [
    { id: 'duties', weight: 1, headings: ['responsibilities'], note: 'full weight duties' },
    { id: 'bonus', weight: 0.5, headings: ['nice to have'], note: 'wishes count half' },
    { id: 'boilerplate', weight: 0, headings: ['benefits'], note: 'counts for nothing' },
  ],
  bonusCues: { weight: 0.5, phrases: ['a plus'], note: 'a wish inside a sentence' },
  negation: { weight: 0, window: 3, phrases: ['not', 'no'], note: 'negated phrases count nothing' },
  repeatDecay: 0.5,
  titles: [
    { id: 'po', type: 'product-owner', phrases: ['product owner'], note: 'usual meaning is PO' },
    { id: 'pm', type: 'product-manager', phrases: ['product manager'], note: 'usual meaning PM' },
  ],
  entries: [
    {
      id: 'backlog',
      quadrant: 'tactical-team',
      weight: 2,
      phrases: ['backlog', 'product backlog'],
      note: 'the PO duty',
    },
    {
      id: 'sprints',
      quadrant: 'tactical-team',
      weight: 1,
      phrases: ['sprint*'],
      note: 'team delivery',
    },
    {
      id: 'pricing',
      quadrant: 'strategic-market',
      weight: 2,
      phrases: ['pricing', 'go-to-market'],
      note: 'the PM duty',
    },
    {
      id: 'apis',
      quadrant: 'strategic-team',
      weight: 1,
      phrases: ['api'],
      note: 'technical direction',
    },
    {
      id: 'demos',
      quadrant: 'tactical-market',
      weight: 1,
      phrases: ['sales demo'],
      note: 'customer work',
    },
    {
      id: 'perks',
      quadrant: 'none',
      weight: 0,
      phrases: ['pricing perks'],
      note: 'boilerplate words',
    },
  ],
};
const compiled = compileLexicon(tiny);
const model = { scale: 1, maxEvidence: 28, minEvidence: 3, maxLength: 120_000 };

test.each([
  ['Own the backlog.', 'backlog', 2],
  ['Own the product backlog.', 'backlog', 2],
  ['Run sprints and sprint planning.', 'sprints', 1],
  ['Set pricing and the go to market plan.', 'pricing', 2],
  ['Responsibilities\nOwn pricing.', 'pricing', 2],
  ['Nice to have\nSet pricing.', 'pricing', 1],
  ['Nice to have: pricing experience.', 'pricing', 1],
  ['Pricing experience is a plus.', 'pricing', 1],
])('%j counts %s with weight %d', (text, entryId, weight) => {
  const [first] = findPhrases(compiled, text);
  expect(first?.entryId).toBe(entryId);
  expect(first?.weight).toBe(weight);
});

test.each([
  ['You will not own the backlog.'],
  ['No backlog work here.'],
  ['Benefits\nFree pricing advice and a backlog of books.'],
  ['We offer pricing perks.'],
])('%j counts nothing', (text) => {
  expect(findPhrases(compiled, text)).toEqual([]);
});

test('a negation only reaches back a few words and not past a comma', () => {
  const matches = findPhrases(compiled, 'Not a desk job, you own the backlog.');
  expect(matches.map((m) => m.entryId)).toEqual(['backlog']);
});

test('each repeat of the same entry counts a share of the one before', () => {
  const placed = placePosting(compiled, { text: 'backlog backlog backlog' }, model);
  expect(placed.evidence['tactical-team']).toBeCloseTo(2 + 1 + 0.5);
  expect(placed.matchCounts['tactical-team']).toBe(3);
});

test('evidence is capped at the longest quiz, keeping the proportions', () => {
  const placed = placePosting(
    compiled,
    { text: 'backlog. '.repeat(5) + 'pricing. '.repeat(200) },
    {
      ...model,
      scale: 10,
    },
  );
  expect(placed.totalEvidence).toBeCloseTo(28);
});

test.each([
  ['Own the product backlog. Plan sprints. Refine the backlog.', 'product-owner'],
  ['Set pricing. Own the go-to-market. Pricing again.', 'product-manager'],
])('%j reads like %s', (text, type) => {
  const placed = placePosting(compiled, { text }, model);
  expect(verdictIncludes(placed.verdict, type as 'product-owner')).toBe(true);
});

test('too little evidence is "not enough to go on", with no verdict', () => {
  const placed = placePosting(
    compiled,
    { title: 'Product Owner', text: 'A sprint or two.' },
    model,
  );
  expect(placed.verdict).toBeNull();
  expect(describeJobType(placed.verdict)).toMatch(/not enough to go on/i);
  expect(placed.titleCheck).toEqual({ kind: 'unclear', titleType: 'product-owner' });
});

test.each([
  ['Product Owner', 'Set pricing. Own the go-to-market. Pricing. Go to market.', 'disagrees'],
  ['Product Manager', 'Set pricing. Own the go-to-market. Pricing. Go to market.', 'agrees'],
  [
    'Senior Product Manager',
    'Own the backlog. Product backlog. Backlog. Sprints. Sprint.',
    'disagrees',
  ],
  ['Product Manager / Product Owner', 'Own the backlog. Product backlog. Backlog.', 'unknown'],
  ['Designer', 'Own the backlog. Product backlog. Backlog.', 'unknown'],
])('titled %j with duties %j: the title check %s', (title, text, kind) => {
  expect(placePosting(compiled, { title, text }, model).titleCheck.kind).toBe(kind);
});

test('the title check names both roles in words', () => {
  const placed = placePosting(
    compiled,
    { title: 'Product Owner', text: 'Set pricing. Own the go-to-market. Pricing. Go to market.' },
    model,
  );
  expect(describeTitleCheck(placed.titleCheck)).toBe(
    'Titled Product Owner, but the duties read like a Product Manager job.',
  );
});

test('a short first line naming a role is the title when none is given', () => {
  const placed = placePosting(
    compiled,
    { text: 'Product Owner\nSet pricing. Pricing. Go to market. Pricing.' },
    model,
  );
  expect(placed.titleCheck.kind).toBe('disagrees');
  expect(readTitle(compiled, 'Lead Product Owner')).toBe('product-owner');
});

test('the summary has the position and the top phrases but never the rest of the posting', () => {
  const text = 'Set pricing for Acme Secret Project. Own the backlog.';
  const summary = summarizePlacement(placePosting(compiled, { text }, model));
  expect(summary).toMatch(/Strategic \(\+\) vs tactical/);
  expect(summary).toContain('"pricing"');
  expect(summary).not.toContain('Acme Secret Project');
});

const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        'backlog',
        'pricing',
        'not',
        'api',
        'sales demo',
        '\n',
        'Benefits\n',
        'nice to have:',
        ',',
        '.',
        ' ',
        'é',
        '💥',
      ),
      { maxLength: 200 },
    )
    .map((parts) => parts.join(' ')),
);

test('placing never throws, and highlights never overlap and lie inside the text', () => {
  fc.assert(
    fc.property(
      anyText,
      fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
      (text, title) => {
        const placed = placePosting(
          compiled,
          title === undefined ? { text } : { title, text },
          model,
        );
        let previousEnd = 0;
        for (const m of placed.matches) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          previousEnd = m.end;
        }
      },
    ),
    { numRuns: 200 },
  );
});

test("adding a phrase for a quadrant never lowers that quadrant's share", () => {
  const phraseOf = {
    'tactical-team': 'backlog',
    'strategic-market': 'pricing',
    'strategic-team': 'api',
    'tactical-market': 'sales demo',
  } as const;
  fc.assert(
    fc.property(anyText, fc.constantFrom(...QUADRANTS), (text, quadrant) => {
      const before = quadrantShares(placePosting(compiled, { text }, model))[quadrant];
      const after = quadrantShares(
        placePosting(
          compiled,
          { text: `${text}\n\nResponsibilities\nYou own ${phraseOf[quadrant]}.` },
          model,
        ),
      )[quadrant];
      expect(after).toBeGreaterThanOrEqual(before - 1e-12);
    }),
    { numRuns: 200 },
  );
});

test('a 100 KB posting on one line, or on many, is placed without throwing', () => {
  const words = ['backlog', 'pricing', 'not', 'the', 'api,', 'sales', 'demo.'];
  const oneLine = Array.from({ length: 18_000 }, (_, i) => words[i % words.length]).join(' ');
  expect(oneLine.length).toBeGreaterThan(100_000);
  expect(placePosting(compiled, { text: oneLine }).verdict).not.toBeNull();
  expect(() => placePosting(compiled, { text: oneLine.replaceAll('.', '.\n') })).not.toThrow();
});

test('the tiny lexicon above is itself valid', () => {
  expect(parseLexicon('tiny', tiny).ok).toBe(true);
});
