import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  EMBED_SESSION_VERSION,
  recallConsent,
  rememberCompleteSent,
  rememberConsent,
  restoreEmbedSession,
  toQuizSessionId,
  wasCompleteSent,
  type EmbedSession,
} from '../../src/domain/embed-session';

const HOST = 'https://acme.example';
const OTHER_HOST = 'https://jobs.acme.example';
const QUIZ = toQuizSessionId({ seed: 123_456_789 });
const RETAKE = toQuizSessionId({ seed: 987_654_321 });

const granted: EmbedSession = { quiz: QUIZ, host: HOST, consent: 'granted', isCompleteSent: true };

test('a quiz session id is the seed drawn at the start, so a retake gets a new one', () => {
  expect(QUIZ).toBe('21i3v9');
  expect(RETAKE).toBe('gc0uy9');
  expect(toQuizSessionId({ seed: 0 })).toBe('0');
  expect(toQuizSessionId({ seed: 0xffffffff })).toBe('1z141z3');
});

test('every quiz session id restores: the saved record accepts what toQuizSessionId makes', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
      const session = rememberConsent(null, toQuizSessionId({ seed }), HOST, 'declined');
      expect(restoreEmbedSession(session, EMBED_SESSION_VERSION)).toEqual(session);
    }),
  );
});

test.each([
  ['the same quiz and host', granted, QUIZ, HOST, 'granted'],
  ['the same quiz, declined', { ...granted, consent: 'declined' }, QUIZ, HOST, 'declined'],
  ['the same quiz, not asked yet', { ...granted, consent: null }, QUIZ, HOST, null],
  ['another host origin (even on the same site)', granted, QUIZ, OTHER_HOST, null],
  ['another quiz (a retake)', granted, RETAKE, HOST, null],
  ['nothing remembered', null, QUIZ, HOST, null],
  ['a host whose origin is "null"', { ...granted, host: 'null' }, QUIZ, 'null', null],
] as const)('recalled consent for %s: %s', (_, session, quiz, host, expected) => {
  expect(recallConsent(session, quiz, host)).toBe(expected);
});

test.each([
  ['the same quiz and host', granted, QUIZ, HOST, true],
  ['another host origin', granted, QUIZ, OTHER_HOST, false],
  ['another quiz (a retake)', granted, RETAKE, HOST, false],
  ['a quiz not reported yet', { ...granted, isCompleteSent: false }, QUIZ, HOST, false],
  ['nothing remembered', null, QUIZ, HOST, false],
] as const)('complete already sent for %s: %s', (_, session, quiz, host, expected) => {
  expect(wasCompleteSent(session, quiz, host)).toBe(expected);
});

test('remembering keeps what is known about the same quiz and host, and forgets any other', () => {
  const asked = rememberConsent(null, QUIZ, HOST, 'granted');
  expect(asked).toEqual({ quiz: QUIZ, host: HOST, consent: 'granted', isCompleteSent: false });
  const reported = rememberCompleteSent(asked, QUIZ, HOST);
  expect(reported).toEqual(granted);
  // A retake, or the same quiz on another host page, starts a fresh record.
  expect(rememberCompleteSent(reported, RETAKE, HOST)).toEqual({
    quiz: RETAKE,
    host: HOST,
    consent: null,
    isCompleteSent: true,
  });
  expect(rememberConsent(reported, QUIZ, OTHER_HOST, 'declined')).toEqual({
    quiz: QUIZ,
    host: OTHER_HOST,
    consent: 'declined',
    isCompleteSent: false,
  });
});

test.each([
  ['another version', granted, EMBED_SESSION_VERSION + 1],
  ['a consent outside the two answers', { ...granted, consent: 'yes' }, EMBED_SESSION_VERSION],
  ['a quiz id of another shape', { ...granted, quiz: '<b>1</b>' }, EMBED_SESSION_VERSION],
  ['an empty host', { ...granted, host: '' }, EMBED_SESSION_VERSION],
  ['a flag that is not a boolean', { ...granted, isCompleteSent: 'true' }, EMBED_SESSION_VERSION],
  ['an array', [QUIZ, HOST], EMBED_SESSION_VERSION],
  ['nothing', null, EMBED_SESSION_VERSION],
] as const)('a saved record with %s is not restored', (_, saved, version) => {
  expect(restoreEmbedSession(saved, version)).toBeNull();
});
