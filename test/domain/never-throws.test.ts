import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeCompareHash, parseCompareList } from '../../src/domain/compare';
import {
  parseInvite,
  parseSavedInvite,
  sanitizeInviteEmail,
  sanitizeInviteText,
} from '../../src/domain/invite';
import { parseResultLink } from '../../src/domain/result-link';
import {
  parseSavedQuiz,
  parseStorageEnvelope,
  restoreSavedQuiz,
} from '../../src/domain/saved-quiz';
import { buildProgressManifest, decodeProgressCode } from '../../src/domain/progress-code';
import { buildShareManifest, decodeShareCode } from '../../src/domain/share-code';
import { makeBank } from './fixture-bank';
import { hostileText } from './hostile-text';

// Every parser in src/domain whose documentation promises it never throws, fed hostile text.
const bank = makeBank(12, 4);
const shareManifest = buildShareManifest(bank, 'full');
const progressManifest = buildProgressManifest(bank, 'full');

const textParsers: { name: string; parse: (text: string) => unknown }[] = [
  { name: 'parseResultLink', parse: parseResultLink },
  { name: 'parseResultLink (as a path)', parse: (text) => parseResultLink(`/r/${text}/`) },
  {
    name: 'parseResultLink (as a fragment)',
    parse: (text) => parseResultLink(`/r/balanced/#${text}`),
  },
  { name: 'parseCompareList', parse: parseCompareList },
  {
    name: 'parseCompareList (labelled lines)',
    parse: (text) => parseCompareList(`A | ${text}\nB | /r/${text}/`),
  },
  { name: 'decodeCompareHash', parse: decodeCompareHash },
  {
    name: 'decodeCompareHash (as a list)',
    parse: (text) => decodeCompareHash(`#l=${text}~balanced~`),
  },
  { name: 'parseInvite', parse: parseInvite },
  {
    name: 'parseInvite (as a name)',
    parse: (text) => parseInvite(`#v=1&n=${text}&m=${text}&e=${text}`),
  },
  { name: 'sanitizeInviteText', parse: (text) => sanitizeInviteText(text, 60) },
  { name: 'sanitizeInviteEmail', parse: sanitizeInviteEmail },
  { name: 'decodeShareCode', parse: (text) => decodeShareCode(text, () => shareManifest) },
  { name: 'decodeProgressCode', parse: (text) => decodeProgressCode(text, () => progressManifest) },
];

test.each(textParsers)('property: $name never throws on hostile text', ({ parse }) => {
  fc.assert(
    fc.property(hostileText, (text) => {
      expect(() => parse(text)).not.toThrow();
    }),
    { numRuns: 1500 },
  );
});

/** Untrusted values as storage or a tampered copy could hold them. */
const anyValue = fc.oneof(
  fc.anything(),
  hostileText,
  fc.record({
    state: fc.anything(),
    version: fc.oneof(fc.anything(), fc.double()),
    invite: fc.oneof(
      fc.anything(),
      fc.record({
        name: hostileText,
        note: hostileText,
        email: fc.anything(),
        mode: fc.anything(),
      }),
    ),
    mode: fc.anything(),
    answers: fc.oneof(fc.anything(), fc.dictionary(hostileText, fc.anything())),
    currentId: fc.anything(),
    isReviewing: fc.anything(),
    seed: fc.anything(),
  }),
);

const valueParsers: { name: string; parse: (value: unknown) => unknown }[] = [
  { name: 'parseSavedInvite', parse: parseSavedInvite },
  { name: 'parseSavedQuiz', parse: parseSavedQuiz },
  { name: 'parseStorageEnvelope', parse: parseStorageEnvelope },
  { name: 'restoreSavedQuiz', parse: (value) => restoreSavedQuiz(value, 1) },
];

test.each(valueParsers)('property: $name never throws on untrusted values', ({ parse }) => {
  fc.assert(
    fc.property(anyValue, (value) => {
      expect(() => parse(value)).not.toThrow();
    }),
    { numRuns: 1000 },
  );
});
