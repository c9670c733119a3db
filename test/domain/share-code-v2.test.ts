import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { crc8 } from '../../src/domain/bit-codec';
import type { Mode } from '../../src/domain/schema';
import { decodeShareCode, encodeShareCode, peekShareLevel } from '../../src/domain/share-code';
import type { SharedVerdict } from '../../src/domain/shared-result';
import { describeSharedResult, describeSharedVerdict } from '../../src/domain/shared-view';
import { getR1Manifest, r1Manifests, v2Payload, type ScoredPayload } from './r1-payloads';

// Format 2: the result codes of scoring model 2 (docs/decisions/001-share-code-format.md).
const encode = (payload: ScoredPayload) =>
  encodeShareCode(
    payload,
    payload.level === 'answers' ? r1Manifests[payload.result.mode] : undefined,
  );

const pickArb = fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 28 });

test('property: model-2 codes round-trip at the scores and answers levels, in both modes', () => {
  fc.assert(
    fc.property(
      pickArb,
      fc.constantFrom<Mode>('full', 'short'),
      fc.constantFrom('scores' as const, 'answers' as const),
      (picks, mode, level) => {
        const payload = v2Payload(picks, level, mode);
        const code = encode(payload);
        expect(peekShareLevel(code)).toBe(level);
        expect(decodeShareCode(code, getR1Manifest)).toEqual({ ok: true, value: payload });
      },
    ),
    { numRuns: 60 },
  );
});

test('a model-2 scores code is shorter than a model-1 code: it carries the counts only', () => {
  const code = encode(v2Payload([0, 1, 2, 3, 0, 0, 1], 'scores'));
  expect(code.length).toBeLessThanOrEqual(12);
  expect(`https://rolefit.app/r/strategic-technical/#r=${code}`.length).toBeLessThanOrEqual(120);
});

test('the shared page says exactly what the taker saw', () => {
  const payload = v2Payload([0, 0, 1, 2, 0, 3, 0], 'scores');
  const decoded = decodeShareCode(encode(payload), getR1Manifest);
  if (!decoded.ok || decoded.value.level === 'verdict') throw new Error('decodes as scores');
  expect(describeSharedResult(decoded.value.result)).toEqual(describeSharedResult(payload.result));
  expect(describeSharedResult(decoded.value.result).model).toBe(2);
});

test('every single-character change of model-2 codes is rejected, and never throws', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const verdict: SharedVerdict = {
    mode: 'full',
    revision: 1,
    verdict: {
      kind: 'between',
      first: { type: 'product-owner', probability: 0.55 },
      second: { type: 'customer-facing', probability: 0.38 },
      balancedKind: null,
    },
  };
  const codes = [
    encode(v2Payload([0, 1, 2], 'scores')),
    encode(v2Payload([3, 3, 1, 0], 'scores', 'short')),
    encode(v2Payload([2, 0, 1, 3, 1], 'answers')),
    encodeShareCode({ level: 'verdict', shared: verdict }),
  ];
  for (const code of codes) {
    expect(decodeShareCode(code, getR1Manifest).ok).toBe(true);
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

/** Rewrites one byte of a code and recomputes its checksum: a tamper that the checksum cannot catch. */
function reseal(code: string, edit: (bytes: Buffer) => void): string {
  const bytes = Buffer.from(code, 'base64url');
  edit(bytes);
  bytes[bytes.length - 1] = crc8(bytes.subarray(0, bytes.length - 1));
  return bytes.toString('base64url');
}

test('a header whose type disagrees with the counts is a changed link', () => {
  const code = encode(v2Payload([0], 'scores')); // product-manager
  // type is bits 6..9: byte 0 holds its first two bits, byte 1 the last two
  const edited = reseal(code, (bytes) => {
    bytes[0] = ((bytes[0] ?? 0) & 0xfc) | 0b00;
    bytes[1] = ((bytes[1] ?? 0) & 0x3f) | 0b01_000000; // index 1: product-owner
  });
  expect(decodeShareCode(edited, getR1Manifest)).toEqual({ ok: false, reason: 'out-of-range' });
});

test.each<{ name: string; verdict: SharedVerdict['verdict']; ok: boolean }>([
  {
    name: 'a between verdict',
    verdict: {
      kind: 'between',
      first: { type: 'product-owner', probability: 0.55 },
      second: { type: 'customer-facing', probability: 0.38 },
      balancedKind: null,
    },
    ok: true,
  },
  {
    name: 'a balanced pair with its kind',
    verdict: {
      kind: 'between',
      first: { type: 'balanced', probability: 0.56 },
      second: { type: 'product-manager', probability: 0.2 },
      balancedKind: 'enjoys-both',
    },
    ok: true,
  },
  {
    name: 'a first type at the naming threshold',
    verdict: {
      kind: 'between',
      first: { type: 'product-owner', probability: 0.7 },
      second: { type: 'customer-facing', probability: 0.2 },
      balancedKind: null,
    },
    ok: false,
  },
  {
    name: 'a second type more probable than the first',
    verdict: {
      kind: 'between',
      first: { type: 'product-owner', probability: 0.3 },
      second: { type: 'customer-facing', probability: 0.4 },
      balancedKind: null,
    },
    ok: false,
  },
  {
    name: 'a balanced kind without a balanced type',
    verdict: {
      kind: 'between',
      first: { type: 'product-owner', probability: 0.5 },
      second: { type: 'customer-facing', probability: 0.4 },
      balancedKind: 'drawn-to-neither',
    },
    ok: false,
  },
])('verdict codes: $name decodes: $ok', ({ verdict, ok }) => {
  const shared: SharedVerdict = { mode: 'short', revision: 1, verdict };
  const code = encodeShareCode({ level: 'verdict', shared });
  expect(peekShareLevel(code)).toBe('verdict');
  expect(decodeShareCode(code, getR1Manifest)).toEqual(
    ok ? { ok: true, value: { level: 'verdict', shared } } : { ok: false, reason: 'out-of-range' },
  );
});

test('a verdict link reads as "between" with both probabilities', () => {
  const view = describeSharedVerdict({
    mode: 'full',
    revision: 1,
    verdict: {
      kind: 'between',
      first: { type: 'product-owner', probability: 0.55 },
      second: { type: 'customer-facing', probability: 0.38 },
      balancedKind: null,
    },
  });
  expect(view.headline).toBe('Between Product Owner and customer-facing hybrid');
  expect(view.certainty).toMatch(
    /^Between Product Owner \(55%\) and customer-facing hybrid \(38%\)\./,
  );
});

// Links made with model 2 must keep decoding to the same result forever: the verdict, its
// probabilities and the map position are frozen here (the words may be reworded).
const GOLDEN = JSON.parse(
  readFileSync(new URL('./share-code-v2.golden.json', import.meta.url), 'utf8'),
) as {
  code: string;
  headline: string;
  verdict: unknown;
  strategic?: unknown;
  outside?: unknown;
}[];

test.each(GOLDEN)('golden model-2 link $code still reads "$headline"', (golden) => {
  const outcome = decodeShareCode(golden.code, getR1Manifest);
  if (!outcome.ok) throw new Error(outcome.reason);
  if (outcome.value.level === 'verdict') {
    expect(outcome.value.shared.verdict).toEqual(golden.verdict);
    return;
  }
  const { result } = outcome.value;
  expect(result.model === 2 ? result.verdict : null).toEqual(golden.verdict);
  expect({ strategic: result.strategic, outside: result.outside }).toEqual({
    strategic: golden.strategic,
    outside: golden.outside,
  });
});
