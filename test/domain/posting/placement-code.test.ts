import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BitWriter, sealCode } from '../../../src/domain/bit-codec';
import { QUADRANTS } from '../../../src/domain/ids';
import {
  decodePlacementCode,
  encodePlacementCode,
  PLACEMENT_FORMAT,
  roundPlacementEvidence,
  type PlacementEvidence,
} from '../../../src/domain/posting/placement-code';
import { placeEvidence, placePosting } from '../../../src/domain/posting/place-posting';
import { parseLexicon } from '../../../src/domain/posting/lexicon-schema';
import { compileLexicon } from '../../../src/domain/posting/match-posting';
import rawLexicon from '../../../questions/lexicon.json';
import { describePosition } from '../../../src/domain/posting/describe-posting';

function loadTestLexicon() {
  const parsed = parseLexicon('questions/lexicon.json', rawLexicon);
  if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
  return compileLexicon(parsed.value);
}

const ev = (sm: number, tt: number, st: number, tm: number): PlacementEvidence => ({
  'strategic-market': sm,
  'tactical-team': tt,
  'strategic-team': st,
  'tactical-market': tm,
});

// Golden codes of format 1: these links are out in the world once released; they must keep
// decoding to exactly this evidence. Layout: 4 bits format, 4 × 10 bits in 1/32 steps, CRC-8.
test.each([
  [ev(0, 0, 0, 0), 'EAAAAAAAng'],
  [ev(12, 2.5, 1, 0.75), 'FgBQCAGAWQ'],
  [ev(1, 14, 3.25, 0.5), 'EIHAGgEA8Q'],
  [ev(7, 7, 7, 7), 'E4DgOA4AcA'],
  [ev(28, 0, 0, 0), 'HgAAAAAAJw'],
  [ev(0.03125, 0, 0, 1.96875), 'EAQAAAPw8A'],
])('evidence %j is the golden code %s, and back', (evidence, code) => {
  expect(encodePlacementCode(evidence)).toBe(code);
  expect(decodePlacementCode(code)).toEqual({ ok: true, value: evidence });
});

test('a code is 10 characters: a few bytes, never the posting', () => {
  expect(encodePlacementCode(ev(12.3, 4.56, 7.89, 0.12))).toMatch(/^[A-Za-z0-9_-]{10}$/);
});

function codeOf(format: number, steps: readonly number[], extraBits = 0): string {
  const w = new BitWriter();
  w.write(format, 4);
  for (const s of steps) w.write(s, 10);
  if (extraBits > 0) w.write(0, extraBits);
  return sealCode(w);
}

test.each([
  ['', 'malformed'],
  ['not a code!', 'malformed'],
  ['EAAAAAAA', 'checksum'],
  ['EAAAAAAAnw', 'checksum'],
  ['EAAAAAAAng==', 'malformed'],
  [codeOf(2, [0, 0, 0, 0]), 'unknown-format'],
  [codeOf(15, [0, 0, 0, 0]), 'unknown-format'],
  // 29 choice-equivalents: more than any posting gives.
  [codeOf(PLACEMENT_FORMAT, [29 * 32, 0, 0, 0]), 'out-of-range'],
  [codeOf(PLACEMENT_FORMAT, [1000, 1000, 0, 0]), 'out-of-range'],
  // A whole spare byte after the evidence is not how any encoder writes it.
  [codeOf(PLACEMENT_FORMAT, [32, 0, 0, 0], 12), 'malformed'],
])('%j is refused as %s', (code, reason) => {
  expect(decodePlacementCode(code)).toEqual({ ok: false, reason });
});

test('a code cut short is refused', () => {
  const code = encodePlacementCode(ev(12, 2.5, 1, 0.75));
  for (let n = 0; n < code.length; n += 1)
    expect(decodePlacementCode(code.slice(0, n)).ok).toBe(false);
});

const amount = fc.double({ min: 0, max: 7, noNaN: true });
const arbEvidence = fc.tuple(amount, amount, amount, amount).map(([a, b, c, d]) => ev(a, b, c, d));

test('round trip: a code decodes to its evidence rounded to 1/32 of a choice', () => {
  fc.assert(
    fc.property(arbEvidence, (evidence) => {
      const decoded = decodePlacementCode(encodePlacementCode(evidence));
      expect(decoded).toEqual({ ok: true, value: roundPlacementEvidence(evidence) });
      for (const q of QUADRANTS)
        expect(Math.abs((decoded.ok ? decoded.value[q] : NaN) - evidence[q])).toBeLessThanOrEqual(
          1 / 64,
        );
    }),
  );
});

test('changing one character of a code never decodes to other evidence, and never throws', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  fc.assert(
    fc.property(
      arbEvidence,
      fc.nat(),
      fc.constantFrom(...alphabet),
      (evidence, at, replacement) => {
        const code = encodePlacementCode(evidence);
        const i = at % code.length;
        if (code[i] === replacement) return;
        const tampered = code.slice(0, i) + replacement + code.slice(i + 1);
        const decoded = decodePlacementCode(tampered);
        // A CRC-8 lets one in 256 changes through; such a code is still well-formed and canonical.
        if (decoded.ok) expect(encodePlacementCode(decoded.value)).toBe(tampered);
      },
    ),
  );
});

test('any string decodes without throwing', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), (text) => {
      expect(() => decodePlacementCode(text)).not.toThrow();
    }),
  );
});

const WORDS = [
  'Own the backlog.',
  'Run sprint planning.',
  'Set pricing.',
  'Own the go-to-market.',
  'Design the API platform.',
  'Run customer calls and sales demos.',
  'Nice to have: market research.',
  'Benefits: health insurance.',
  'We value teamwork.',
];
const arbPosting = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 40 })
  .map((lines) => lines.join('\n'));

test('a real posting’s link shows exactly the place, ranges and type words the page showed', () => {
  const compiled = loadTestLexicon();
  fc.assert(
    fc.property(arbPosting, (text) => {
      const page = placePosting(compiled, { text });
      const decoded = decodePlacementCode(encodePlacementCode(page.evidence));
      if (!decoded.ok) throw new Error('a placement always encodes');
      expect(decoded.value).toEqual(page.evidence);
      const link = placeEvidence(decoded.value);
      expect(link.posterior).toEqual(page.posterior);
      expect(describePosition(link)).toEqual(describePosition(page));
    }),
    { numRuns: 150 },
  );
});
