import { expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { classifyFit } from '../../src/domain/classify';
import type { Mode } from '../../src/domain/schema';
import { crc8 } from '../../src/domain/bit-codec';
import {
  buildProgressManifest,
  decodeProgressCode,
  encodeProgressCode,
} from '../../src/domain/progress-code';
import {
  buildShareManifest,
  decodeShareCode,
  encodeShareCode,
  peekShareLevel,
  type SharePayload,
} from '../../src/domain/share-code';
import { toSharedResultV1, type SharedResultV1 } from '../../src/domain/shared-result';
import { describeSharedResult } from '../../src/domain/shared-view';
import { RESULT_TYPES } from '../../src/domain/result-types';
import { readArchives } from '../../scripts/bank-files';
import { getR1Manifest, r1, r1Manifests, scorePicks } from './r1-payloads';

// These are model-1 links, as every link made before scoring model 2 (share-code-v2.test.ts has
// model 2): they must keep decoding exactly as they did.
type ScoredPayload = Extract<SharePayload, { level: 'scores' | 'answers' }>;
const resultIn = (payload: SharePayload) => (payload.level === 'verdict' ? null : payload.result);

function realPayload(
  picks: number[],
  level: 'scores' | 'answers',
  mode: Mode = 'full',
): ScoredPayload {
  const { answers, scores } = scorePicks(picks, mode);
  const shared = toSharedResultV1(scores, classifyFit(scores));
  return level === 'scores' ? { level, result: shared } : { level, result: shared, answers };
}

const pickArb = fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 28 });

test('property: decode(encode(x)) equals x at the scores level', () => {
  fc.assert(
    fc.property(pickArb, fc.constantFrom<Mode>('full', 'short'), (picks, mode) => {
      const payload = realPayload(picks, 'scores', mode);
      expect(decodeShareCode(encodeShareCode(payload), getR1Manifest)).toEqual({
        ok: true,
        value: payload,
      });
    }),
  );
});

test('property: decode(encode(x)) equals x at the answers level', () => {
  fc.assert(
    fc.property(pickArb, fc.constantFrom<Mode>('full', 'short'), (picks, mode) => {
      const payload = realPayload(picks, 'answers', mode);
      const code = encodeShareCode(payload, r1Manifests[mode]);
      expect(decodeShareCode(code, getR1Manifest)).toEqual({ ok: true, value: payload });
    }),
    { numRuns: 200 },
  );
});

const displayArb = fc
  .tuple(
    fc.integer({ min: -100, max: 100 }),
    fc.integer({ min: -100, max: 100 }),
    fc.integer({ min: -100, max: 100 }),
  )
  .map(([a, b, c]) => {
    const [low = 0, value = 0, high = 0] = [a, b, c].sort((x, y) => x - y);
    return { value, low, high };
  });

const sharedArb: fc.Arbitrary<SharedResultV1> = fc
  .record({
    typeIndex: fc.nat({ max: 4 }),
    nextOffset: fc.integer({ min: 1, max: 4 }),
    mode: fc.constantFrom<Mode>('full', 'short'),
    word: fc.nat({ max: 2 }),
    certainty: fc.constantFrom('high', 'moderate', 'low' as const),
    strategic: displayArb,
    outside: displayArb,
    fit: displayArb,
    counts: fc.tuple(
      fc.nat({ max: 300 }),
      fc.nat({ max: 300 }),
      fc.nat({ max: 300 }),
      fc.integer({ min: 1, max: 300 }),
    ),
  })
  .map((r) => {
    const type = RESULT_TYPES[r.typeIndex] ?? 'balanced';
    return {
      model: 1 as const,
      type,
      mode: r.mode,
      revision: 1,
      strength:
        type === 'balanced' ? null : ((['slight', 'clear', 'strong'] as const)[r.word] ?? 'slight'),
      balancedKind:
        type === 'balanced' ? (r.word === 0 ? 'enjoys-both' : 'drawn-to-neither') : null,
      certainty: r.certainty,
      nextNearest: RESULT_TYPES[(r.typeIndex + r.nextOffset) % 5] ?? 'balanced',
      strategic: r.strategic,
      outside: r.outside,
      fit: r.fit,
      choices: {
        'strategic-market': r.counts[0],
        'tactical-team': r.counts[1],
        'strategic-team': r.counts[2],
        'tactical-market': r.counts[3],
      },
    };
  });

test('property: any valid scores-level result round-trips, large counts included', () => {
  fc.assert(
    fc.property(sharedArb, (result) => {
      const payload: SharePayload = { level: 'scores', result };
      expect(decodeShareCode(encodeShareCode(payload), getR1Manifest)).toEqual({
        ok: true,
        value: payload,
      });
    }),
  );
});

test('a full-quiz scores link fits in 120 characters on a short domain', () => {
  const payload = realPayload([0, 1, 2, 3, 0, 0, 1], 'scores');
  const url = `https://rolefit.app/r/strategic-technical/#r=${encodeShareCode(payload)}`;
  expect(url.length).toBeLessThanOrEqual(120);
});

test('the shared page says exactly what the results page says', () => {
  const payload = realPayload([0, 0, 1, 2, 0, 3, 0], 'scores');
  const decoded = decodeShareCode(encodeShareCode(payload), getR1Manifest);
  expect(decoded.ok).toBe(true);
  const result = decoded.ok ? resultIn(decoded.value) : null;
  expect(result).not.toBeNull();
  if (result) expect(describeSharedResult(result)).toEqual(describeSharedResult(payload.result));
});

test('100,000 random strings never throw and are rejected', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/%#. ';
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  let accepted = 0;
  for (let i = 0; i < 100_000; i += 1) {
    const length = Math.floor(rand() * 60);
    let s = '';
    for (let j = 0; j < length; j += 1) s += alphabet[Math.floor(rand() * alphabet.length)] ?? '';
    if (decodeShareCode(s, getR1Manifest).ok) accepted += 1;
    if (decodeProgressCode(s, getR1Manifest).ok) accepted += 1;
  }
  expect(accepted).toBe(0);
});

test('every single-character change of valid codes is rejected, and never throws', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const codes = [
    encodeShareCode(realPayload([0, 1, 2], 'scores')),
    encodeShareCode(realPayload([3, 3, 1, 0], 'scores', 'short')),
    encodeShareCode(realPayload([2, 0, 1, 3, 1], 'answers'), r1Manifests.full),
  ];
  for (const code of codes) {
    for (let i = 0; i < code.length; i += 1) {
      for (const ch of alphabet) {
        if (ch === code[i]) continue;
        const mutated = `${code.slice(0, i)}${ch}${code.slice(i + 1)}`;
        expect(decodeShareCode(mutated, getR1Manifest).ok, mutated).toBe(false);
      }
    }
    expect(decodeShareCode(code.slice(0, -1), getR1Manifest).ok).toBe(false);
    expect(decodeShareCode(`${code}A`, getR1Manifest).ok).toBe(false);
  }
});

test.each([
  ['empty', '', 'malformed'],
  ['bad characters', 'abc$def!', 'malformed'],
  ['too short', 'AB', 'malformed'],
])('rejects %s codes as %s', (_name, code, reason) => {
  expect(decodeShareCode(code, getR1Manifest)).toEqual({ ok: false, reason });
});

test('an unknown revision and an unknown format are reported as such', () => {
  const payload = realPayload([0, 1], 'scores');
  const future = encodeShareCode({ ...payload, result: { ...payload.result, revision: 9 } });
  expect(decodeShareCode(future, getR1Manifest)).toEqual({ ok: false, reason: 'unknown-revision' });
  // format 3 (not yet made): rewrite the first 4 bits and fix the checksum
  const bytes = Buffer.from(encodeShareCode(payload), 'base64url');
  bytes[0] = ((bytes[0] ?? 0) & 0x0f) | 0x30;
  bytes[bytes.length - 1] = crc8(bytes.subarray(0, bytes.length - 1));
  expect(decodeShareCode(bytes.toString('base64url'), getR1Manifest)).toEqual({
    ok: false,
    reason: 'unknown-format',
  });
});

test('a scores-level code needs only a known revision; an answers-level code needs its manifest', () => {
  const noManifest = () => undefined;
  const isReleased = (revision: number) => revision === 1;
  const scores = realPayload([0, 1, 2], 'scores');
  const answers = realPayload([0, 1, 2], 'answers');
  const scoresCode = encodeShareCode(scores);
  const answersCode = encodeShareCode(answers, r1Manifests.full);
  expect([peekShareLevel(scoresCode), peekShareLevel(answersCode)]).toEqual(['scores', 'answers']);
  expect(decodeShareCode(scoresCode, noManifest, isReleased)).toEqual({ ok: true, value: scores });
  expect(decodeShareCode(answersCode, noManifest, isReleased)).toEqual({
    ok: false,
    reason: 'unknown-revision',
  });
  expect(decodeShareCode(answersCode, getR1Manifest, isReleased)).toEqual({
    ok: true,
    value: answers,
  });
  expect(decodeShareCode(scoresCode, noManifest, () => false)).toEqual({
    ok: false,
    reason: 'unknown-revision',
  });
  expect(peekShareLevel('')).toBeNull();
});

test('a tampered code with a recomputed checksum but impossible values is out of range', () => {
  const bytes = Buffer.from(encodeShareCode(realPayload([0], 'scores')), 'base64url');
  bytes[4] = 0xff; // inside the scores: 255 - 100 = 155 is off the scale
  bytes[bytes.length - 1] = crc8(bytes.subarray(0, bytes.length - 1));
  expect(decodeShareCode(bytes.toString('base64url'), getR1Manifest)).toMatchObject({ ok: false });
});

// Links made with released revisions must keep decoding to the same result forever.
const GOLDEN = JSON.parse(
  readFileSync(new URL('./share-code.golden.json', import.meta.url), 'utf8'),
) as {
  code: string;
  headline: string;
  fit: number;
  revision: number;
}[];
const archives = readArchives();
const getArchivedManifest = (revision: number, mode: Mode) => {
  const bank = archives.get(revision);
  return bank ? buildShareManifest(bank, mode) : undefined;
};

test.each(GOLDEN)(
  'golden link $code (revision $revision) still decodes to "$headline"',
  ({ code, headline, fit, revision }) => {
    const outcome = decodeShareCode(code, getArchivedManifest);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const result = resultIn(outcome.value);
    expect(result?.model).toBe(1);
    if (!result) return;
    expect(describeSharedResult(result).headline).toBe(headline);
    expect(result.fit.value).toBe(fit);
    expect(result.revision).toBe(revision);
  },
);

test('every released revision has golden links, one of them at the answers level', () => {
  for (const revision of archives.keys()) {
    const golden = GOLDEN.filter((g) => g.revision === revision);
    expect(golden.length, `revision ${revision}`).toBeGreaterThanOrEqual(3);
    expect(
      golden.some((g) => peekShareLevel(g.code) === 'answers'),
      `revision ${revision}`,
    ).toBe(true);
  }
});

test('progress codes round-trip, including skipped context questions', () => {
  const manifest = buildProgressManifest(r1, 'short');
  const answers = { [manifest.items[0]?.id ?? '']: 'tactical-team', country: 'prefer-not-to-say' };
  const code = encodeProgressCode({ revision: 1, mode: 'short', answers }, manifest);
  const getProgress = (rev: number, mode: Mode) =>
    rev === 1 ? buildProgressManifest(r1, mode) : undefined;
  expect(decodeProgressCode(code, getProgress)).toEqual({
    ok: true,
    value: { revision: 1, mode: 'short', answers },
  });
  expect(decodeShareCode(code, getR1Manifest).ok).toBe(false);
});
