import fc from 'fast-check';
import { expect, test } from 'vitest';
import { arbScore, score } from '../display-scores';
import { DIMENSION_IDS } from '../../../src/domain/ids';
import type { Lexicon } from '../../../src/domain/posting/lexicon-schema';
import { compileLexicon } from '../../../src/domain/posting/match-posting';
import { placePosting } from '../../../src/domain/posting/place-posting';
import {
  compareJobWithResult,
  jobEmphases,
  relateRanges,
  type JobBesideResultInput,
  type PracticeInput,
} from '../../../src/domain/posting/job-beside-result';
import type { DimensionId } from '../../../src/domain/schema';

// A tiny lexicon written here: each entry names the practice area it asks for.
const tiny: Lexicon = {
  version: 1,
  sections: [{ id: 'duties', weight: 1, headings: ['responsibilities'], note: 'full weight' }],
  bonusCues: { weight: 0.5, phrases: ['a plus'], note: 'a wish inside a sentence' },
  negation: { weight: 0, window: 3, phrases: ['not'], note: 'negated phrases count nothing' },
  repeatDecay: 0.5,
  titles: [],
  entries: [
    {
      id: 'backlog',
      quadrant: 'tactical-team',
      weight: 2,
      dimension: 'backlog',
      phrases: ['backlog', 'user stor*'],
      note: 'the PO duty',
    },
    {
      id: 'sprints',
      quadrant: 'tactical-team',
      weight: 2,
      dimension: 'delivery',
      phrases: ['sprint planning', 'refinement'],
      note: 'team delivery',
    },
    {
      id: 'jira',
      quadrant: 'tactical-team',
      weight: 1,
      phrases: ['jira'],
      note: 'a tool, no practice area',
    },
    {
      id: 'pricing',
      quadrant: 'strategic-market',
      weight: 2,
      dimension: 'business',
      phrases: ['pricing', 'go-to-market'],
      note: 'the PM duty',
    },
    {
      id: 'competitors',
      quadrant: 'strategic-market',
      weight: 2,
      dimension: 'market',
      phrases: ['competitor*', 'market research'],
      note: 'outward looking',
    },
  ],
};
const compiled = compileLexicon(tiny);
const model = { scale: 1, maxEvidence: 28, minEvidence: 3, maxLength: 120_000 };
const dimensionOf = (id: string) => tiny.entries.find((e) => e.id === id)?.dimension;
const labels = Object.fromEntries(DIMENSION_IDS.map((d) => [d, `Area ${d}`])) as Record<
  DimensionId,
  string
>;
const tipsFor = (d: DimensionId) => [{ text: `Tip for ${d}.`, sources: ['S1'] }];
const tips: JobBesideResultInput['tips'] = {
  market: tipsFor('market'),
  business: tipsFor('business'),
  strategy: tipsFor('strategy'),
  discovery: tipsFor('discovery'),
  backlog: tipsFor('backlog'),
  delivery: tipsFor('delivery'),
  technical: tipsFor('technical'),
  data: tipsFor('data'),
  stakeholders: tipsFor('stakeholders'),
};

const PO_POSTING =
  'Responsibilities\nOwn the backlog. Write user stories. Run sprint planning and refinement. ' +
  'Keep jira tidy. Sprint planning every week.';
const PM_POSTING =
  'Responsibilities\nSet pricing. Own the go-to-market. Study competitors. Market research. Pricing.';

/** A Product Manager-like result: strategic and market-facing, well away from the centre. */
const PM_RESULT = { strategic: score(70, 50, 85), outside: score(65, 45, 80) };
/** A result whose ranges cover the whole map: it overlaps any job. */
const WIDE_RESULT = { strategic: score(0, -100, 100), outside: score(0, -100, 100) };
const PM_STRATEGIC_PO_TEAM = { strategic: score(70, 50, 85), outside: score(-65, -80, -45) };

function inputFor(
  text: string,
  result: JobBesideResultInput['result'],
  practice: PracticeInput = { kind: 'short-quiz' },
  voice: JobBesideResultInput['voice'] = 'own',
): JobBesideResultInput {
  return {
    placement: placePosting(compiled, { text }, model),
    result,
    choiceCount: 28,
    practice,
    dimensionOf,
    labels,
    tips,
    voice,
  };
}

test.each([
  [score(0, -10, 10), score(5, 8, 30), 'overlap'],
  [score(0, -10, 10), score(20, 10, 30), 'overlap'],
  [score(40, 11, 60), score(0, -10, 10), 'job-higher'],
  [score(-40, -60, -11), score(0, -10, 10), 'job-lower'],
  [score(0, -100, 100), score(90, 80, 100), 'overlap'],
] as const)('job %j beside result %j: %s', (job, result, relation) => {
  expect(relateRanges(job, result)).toBe(relation);
});

test.each([
  [
    PO_POSTING,
    PM_RESULT,
    false,
    'This job is more tactical and more team-facing than your result.',
  ],
  [
    PM_POSTING,
    WIDE_RESULT,
    true,
    'This job is close to your result: on both axes their 90% ranges overlap.',
  ],
  [
    PO_POSTING,
    PM_STRATEGIC_PO_TEAM,
    false,
    'This job is more tactical than your result; on market-facing vs team-facing the ranges overlap.',
  ],
])('%j beside %j: close %s, "%s"', (text, result, isClose, headline) => {
  const compared = compareJobWithResult(inputFor(text, result));
  if (compared.kind !== 'compared') throw new Error('expected a comparison');
  expect(compared.isClose).toBe(isClose);
  expect(compared.headline).toBe(headline);
});

test('each axis sentence gives both 90% ranges and says which way the job differs', () => {
  const compared = compareJobWithResult(inputFor(PO_POSTING, PM_RESULT));
  if (compared.kind !== 'compared') throw new Error('expected a comparison');
  const [strategic, outside] = compared.axes;
  expect(strategic?.sentence).toMatch(
    /^Strategic vs tactical: the job -\d+ \(90% range -\d+ to -?\d+\), your result 70 \(90% range 50 to 85\); the job’s whole range is below your result’s, so the job is more tactical\.$/,
  );
  expect(outside?.sentence).toContain('so the job is more team-facing.');
  expect(compared.basis).toBe(
    'The job’s place comes from the 6 phrases marked in the posting below; yours from 28 scenario choices.',
  );
});

test('a result from a link is named as such, never "your"', () => {
  const compared = compareJobWithResult(
    inputFor(PO_POSTING, PM_RESULT, { kind: 'not-in-link' }, 'link'),
  );
  if (compared.kind !== 'compared') throw new Error('expected a comparison');
  expect(compared.headline).toBe(
    'This job is more tactical and more team-facing than the result in the link.',
  );
  expect(compared.basis).toContain('the result’s from 28 scenario choices');
  expect(compared.weakMatches).toBeNull();
  expect(compared.weakNote).toMatch(
    /^This result link carries the place on the map, not the practice answers/,
  );
});

test('a posting with not enough to go on is not compared', () => {
  const compared = compareJobWithResult(inputFor('We are hiring. One backlog.', PM_RESULT));
  expect(compared).toEqual({
    kind: 'not-enough',
    sentence:
      'The posting says too little about what the job does, so it is not compared with your result.',
  });
});

test('a kept result has no practice answers, and says so', () => {
  const compared = compareJobWithResult(inputFor(PO_POSTING, PM_RESULT, { kind: 'not-kept' }));
  if (compared.kind !== 'compared') throw new Error('expected a comparison');
  expect(compared.weakMatches).toBeNull();
  expect(compared.weakNote).toMatch(/^The result kept in this browser keeps its place on the map/);
});

test('the short quiz has no practice answers, and says so', () => {
  const compared = compareJobWithResult(inputFor(PO_POSTING, PM_RESULT));
  if (compared.kind !== 'compared') throw new Error('expected a comparison');
  expect(compared.weakMatches).toBeNull();
  expect(compared.weakNote).toMatch(/^The short quiz asks no practice questions/);
});

const skills = (values: Partial<Record<DimensionId, number | null>>) =>
  Object.fromEntries(DIMENSION_IDS.map((d) => [d, values[d] ?? 100])) as Record<
    DimensionId,
    number | null
  >;

test('the least practised areas the posting asks for come with its phrases, the answer and the tips', () => {
  const practice: PracticeInput = {
    kind: 'known',
    // Least practised: backlog (0), data (25), delivery (50). The posting asks for backlog and delivery.
    skills: skills({ backlog: 0, data: 25, delivery: 50, market: 75 }),
  };
  const compared = compareJobWithResult(inputFor(PO_POSTING, PM_RESULT, practice));
  if (compared.kind !== 'compared') throw new Error('expected a comparison');
  expect(compared.weakNote).toBe(
    'Of the areas you practise least (Area backlog, Area data and Area delivery), the posting asks for these:',
  );
  expect(compared.weakMatches?.map((m) => [m.dimension, m.answer, m.phrases])).toEqual([
    ['backlog', 'Never', ['backlog', 'user stories']],
    ['delivery', 'Every few months', ['sprint planning', 'refinement']],
  ]);
  expect(compared.weakMatches?.[0]?.sentence).toBe(
    'The posting asks for Area backlog (“backlog”, “user stories”); asked how often in the last 12 months, you answered “Never”.',
  );
  expect(compared.weakMatches?.[0]?.tips).toEqual([{ text: 'Tip for backlog.', sources: ['S1'] }]);
});

test('no least practised area in the posting: it says which areas those are', () => {
  const practice: PracticeInput = { kind: 'known', skills: skills({ data: 0, stakeholders: 25 }) };
  const compared = compareJobWithResult(inputFor(PO_POSTING, PM_RESULT, practice));
  if (compared.kind !== 'compared') throw new Error('expected a comparison');
  expect(compared.weakMatches).toEqual([]);
  expect(compared.weakNote).toBe(
    'None of the posting’s phrases is about the areas you practise least (Area data and Area stakeholders).',
  );
});

test('an area done weekly or more is never called least practised', () => {
  const compared = compareJobWithResult(
    inputFor(PO_POSTING, PM_RESULT, { kind: 'known', skills: skills({}) }),
  );
  if (compared.kind !== 'compared') throw new Error('expected a comparison');
  expect(compared.weakMatches).toEqual([]);
  expect(compared.weakNote).toMatch(/“Weekly or more” for every practice area answered/);
});

test('emphases group phrases by practice area; phrases without an area are left out', () => {
  const placement = placePosting(compiled, { text: PO_POSTING }, model);
  expect(jobEmphases(placement, dimensionOf).map((e) => e.dimension)).toEqual([
    'delivery',
    'backlog',
  ]);
});

const WORDS = [
  'backlog',
  'user stories',
  'sprint planning',
  'refinement',
  'jira',
  'pricing',
  'go-to-market',
  'competitors',
  'market research',
  'lunch',
  'team',
];
const arbPosting = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join('. '));
const arbSkill = fc.constantFrom(0, 25, 50, 75, 100, null);
const arbSkills = fc
  .array(arbSkill, { minLength: 9, maxLength: 9 })
  .map((values) => Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, values[i] ?? null])));

test('ranges are compared symmetrically: swapping job and result swaps the side', () => {
  fc.assert(
    fc.property(arbScore, arbScore, (a, b) => {
      const forward = relateRanges(a, b);
      const back = relateRanges(b, a);
      const mirror = { overlap: 'overlap', 'job-higher': 'job-lower', 'job-lower': 'job-higher' };
      expect(back).toBe(mirror[forward]);
    }),
  );
});

test('"close" is said only when both ranges overlap; every quoted phrase is in the posting; weak areas are least practised and asked for', () => {
  fc.assert(
    fc.property(arbPosting, arbScore, arbScore, arbSkills, (text, s, o, practiceSkills) => {
      const input = inputFor(
        text,
        { strategic: s, outside: o },
        { kind: 'known', skills: practiceSkills },
      );
      const compared = compareJobWithResult(input);
      if (input.placement.verdict === null) {
        expect(compared.kind).toBe('not-enough');
        return;
      }
      if (compared.kind !== 'compared') throw new Error('expected a comparison');
      const overlapBoth = compared.axes.every((a) => a.relation === 'overlap');
      expect(compared.isClose).toBe(overlapBoth);
      expect(compared.headline.includes('close to')).toBe(overlapBoth);
      const emphasised = new Set(jobEmphases(input.placement, dimensionOf).map((e) => e.dimension));
      for (const match of compared.weakMatches ?? []) {
        expect(emphasised.has(match.dimension)).toBe(true);
        expect(match.practiceScore).toBeLessThan(100);
        for (const p of match.phrases) expect(text).toContain(p);
        const lower = DIMENSION_IDS.filter((d) => {
          const v = practiceSkills[d];
          return v !== null && v !== undefined && v < match.practiceScore;
        });
        expect(lower.length).toBeLessThan(3);
      }
    }),
  );
});
