// What the embed frame remembers for the tab's session about one finished quiz on one host page, so a
// reload of the host page neither asks for consent again nor reports the result twice (issue #13,
// item 7; docs/embed.md, "Privacy"). It lives in the frame's sessionStorage, which browsers partition
// per host site and clear when the tab closes.
import * as v from 'valibot';
import { objectOf } from './object-schemas';

/** The version of the saved record's format. */
export const EMBED_SESSION_VERSION = 1;

/** The taker's answer to "Share your scores with <host>?". */
export type ScoreConsent = 'granted' | 'declined';

/** One quiz, as shown to one host origin. */
export interface EmbedSession {
  /** The quiz this is about (`toQuizSessionId`). */
  quiz: string;
  /** The host origin the handshake verified (`event.origin` of the hello). */
  host: string;
  /** The taker's answer to the consent question for this quiz and host, once given. */
  consent: ScoreConsent | null;
  /** Whether `complete` was sent to this host for this quiz. */
  isCompleteSent: boolean;
}

const QUIZ_ID_PATTERN = /^[0-9a-z]{1,7}$/;

const EmbedSessionSchema = objectOf({
  quiz: v.pipe(v.string(), v.regex(QUIZ_ID_PATTERN)),
  host: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  consent: v.nullable(v.picklist(['granted', 'declined'])),
  isCompleteSent: v.boolean(),
});

/**
 * Names one quiz session by its option-order seed: 32 random bits drawn each time the taker starts
 * (or retakes) the quiz, so a retake is a new session.
 */
export function toQuizSessionId(quiz: { seed: number }): string {
  return (quiz.seed >>> 0).toString(36);
}

/** The record from an untrusted saved value, or null (another version, or anything malformed). Never throws. */
export function restoreEmbedSession(saved: unknown, version: number): EmbedSession | null {
  if (version !== EMBED_SESSION_VERSION) return null;
  const parsed = v.safeParse(EmbedSessionSchema, saved);
  return parsed.success ? parsed.output : null;
}

function isAbout(
  session: EmbedSession | null,
  quiz: string,
  host: string,
): session is EmbedSession {
  return session !== null && session.quiz === quiz && session.host === host;
}

/**
 * The consent the taker already gave for this quiz and this host origin, or null (ask). A host whose
 * origin is "null" (file:, sandboxed) is never asked for scores, so nothing is recalled for it.
 */
export function recallConsent(
  session: EmbedSession | null,
  quiz: string,
  host: string,
): ScoreConsent | null {
  return host !== 'null' && isAbout(session, quiz, host) ? session.consent : null;
}

/** The record after the taker answered the consent question for this quiz and host. */
export function rememberConsent(
  session: EmbedSession | null,
  quiz: string,
  host: string,
  consent: ScoreConsent,
): EmbedSession {
  const isCompleteSent = isAbout(session, quiz, host) && session.isCompleteSent;
  return { quiz, host, consent, isCompleteSent };
}

/** Whether `complete` was already sent to this host for this quiz. */
export function wasCompleteSent(session: EmbedSession | null, quiz: string, host: string): boolean {
  return isAbout(session, quiz, host) && session.isCompleteSent;
}

/** The record after `complete` was sent to this host for this quiz. */
export function rememberCompleteSent(
  session: EmbedSession | null,
  quiz: string,
  host: string,
): EmbedSession {
  const consent = isAbout(session, quiz, host) ? session.consent : null;
  return { quiz, host, consent, isCompleteSent: true };
}
