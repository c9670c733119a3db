/**
 * The embed wire protocol, shared by the loader (`embed.js`, which must stay tiny and imports nothing
 * else) and the embed page. Every message is `{ ns: 'rolefit', v: 1, type, embedId, data }`.
 * Constants only: no schema library, no DOM, no app code.
 */

/** Envelope namespace. */
export const NS = 'rolefit';
/** The protocol version this loader speaks; the embed page keeps answering every released version. */
export const PROTOCOL_VERSION = 1;
/** The loader's own version (a copy is published at `/embed/<version>/embed.js`). */
export const LOADER_VERSION = '1.1.0';
/** The custom element. */
export const ELEMENT_NAME = 'rolefit-quiz';
/** The chrome-less embed page, relative to the quiz origin. */
export const EMBED_PATH = '/embed/';
/**
 * The languages of the embed page (`lang` on the element), the default first. Every other language is
 * its own build of the page under its folder (`/de/embed/`); the loader is one file for all of them.
 * test/embed-loader/loader-checks.test.ts checks this list against src/config/languages.ts.
 */
export const EMBED_LANGUAGES = ['en', 'de'] as const;
export type EmbedLanguage = (typeof EMBED_LANGUAGES)[number];
/** The frame's accessible name when the host gives no `frame-title`, in each language. */
export const FRAME_TITLES: Readonly<Record<EmbedLanguage, string>> = {
  en: 'Product Manager or Product Owner fit quiz',
  de: 'Fragebogen: Product Manager oder Product Owner?',
};
/** Where the floating loader is published. */
export const LOADER_PATH = '/embed/v1/embed.js';

/** Host → frame, on the window (only the hello; it carries the port). */
export const HELLO = 'hello';
/** Host → frame, on the port. */
export const HOST_PORT_TYPES = ['reset'] as const;
/** Frame → host, on the port. */
export const FRAME_TYPES = ['ready', 'start', 'progress', 'resize', 'complete'] as const;
export type FrameMessageType = (typeof FRAME_TYPES)[number];

/** `rolefit:error` codes (raised by the loader itself). */
export const ERROR_CODES = ['handshake_timeout', 'protocol_mismatch', 'bad_option'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Whether the taker agreed to share scores with the host page. */
export const CONSENT_VALUES = ['granted', 'declined', 'not-requested'] as const;
export type Consent = (typeof CONSENT_VALUES)[number];

/**
 * The values of `job-profile`: exactly the result types (src/domain/result-types.ts;
 * test/embed-loader/loader-checks.test.ts checks they agree). The frame URL carries it as `job`.
 */
export const JOB_PROFILES = [
  'product-manager',
  'product-owner',
  'strategic-technical',
  'customer-facing',
  'balanced',
] as const;
export type JobProfile = (typeof JOB_PROFILES)[number];

/** 128 random bits in hex. */
export const EMBED_ID_PATTERN = /^[0-9a-f]{32}$/;
/** Result-type slugs as they may appear in a message. */
export const RESULT_TYPE_PATTERN = /^[a-z-]{1,40}$/;
/** `accent` on the element (the frame URL carries it without the `#`). */
export const ACCENT_PATTERN = /^#[\da-f]{6}$/i;
/** Host-supplied labels are plain text of at most this many characters. */
export const LABEL_MAX = 60;
/** Default `min-height` in px: reserves space before the frame reports its height. */
export const DEFAULT_MIN_HEIGHT = 420;

/** The `data` of a hello (host → frame). */
export interface HelloData {
  /** Protocol versions the loader speaks. */
  proto: number[];
  shareScores: boolean;
  /** An https link shown on the result screen (e.g. open roles), or absent. */
  cta?: { href: string; label?: string };
}

/** Scores as the host page receives them, each −1…+1 with two decimals (only with consent). */
export interface SharedScores {
  strategic: number;
  outside: number;
  pmFit: number;
}

/** The `data` of each frame → host message. */
export interface FrameData {
  ready: { version: string; bankRev: number; locale: string };
  start: { resumed: boolean };
  progress: { index: number; total: number };
  resize: { height: number };
  complete: {
    /** A type slug, or "between" when no type reached 70% (then `types` holds the two). */
    resultType: string;
    /** Only for "between": the two most probable types, the more probable first. */
    types?: [string, string];
    /** The public page of the type (for "between": of the first of `types`). */
    resultUrl: string;
    consent: Consent;
    scores?: SharedScores;
  };
}
