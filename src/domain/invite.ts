// The invite store is part of every page's entry chunk, so invites are parsed with valibot, whose
// schemas bundle only the pieces they use (docs/decisions/006-one-validator.md).
import * as v from 'valibot';
import { objectOf } from './object-schemas';
import type { Mode } from './schema';

/** Format of the invite fragment (`#v=1&…`); a link with any other `v` is not an invite. */
export const INVITE_VERSION = 1;
/** Longest coach name kept, in characters (code points). */
export const INVITE_NAME_MAX = 60;
/** Longest note kept, in characters (code points). */
export const INVITE_NOTE_MAX = 280;
/** Longest email address accepted (RFC 5321 path limit). */
export const INVITE_EMAIL_MAX = 254;

// Lone surrogates become U+FFFD, as URLSearchParams does when it serialises, so a round trip is exact.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Line breaks, tabs and every other space (NEL included) become one plain space.
const WHITESPACE = /[\s\u0085]+/g;
// C0 and C1 controls (and DEL), plus the bidi embeddings, overrides and isolates that can reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// Characters that would let an address smuggle extra recipients or headers into a mailto: link.
const EMAIL_FORBIDDEN = /[\s,;?&#%<>()[\]\\":@]/u;

function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Number of characters (code points, so an emoji counts once) in a piece of text. */
export function countCharacters(text: string): number {
  return Array.from(text).length;
}

/**
 * Invite text as it will be shown, without the length cut: NFC, controls and bidi overrides removed,
 * whitespace collapsed to single spaces, trimmed. The form counts characters on this.
 */
export function cleanInviteText(text: string): string {
  const spaced = toWellFormed(text).normalize('NFC').replace(WHITESPACE, ' ');
  const stripped = spaced.replace(CONTROL_OR_BIDI, '').replace(/ {2,}/g, ' ');
  // Removing a character can let its neighbours compose, so normalise once more.
  return stripped.trim().normalize('NFC');
}

/** Cleans invite text and cuts it to `max` characters (code points). */
export function sanitizeInviteText(text: string, max: number): string {
  const clean = cleanInviteText(text);
  if (countCharacters(clean) <= max) return clean;
  return Array.from(clean).slice(0, max).join('').trimEnd();
}

/**
 * One plain address (`local@domain`, at most 254 characters, no whitespace and none of `,;?&#%`),
 * or null. It is only ever a `mailto:` recipient, so anything that could add recipients is refused.
 */
export function sanitizeInviteEmail(text: string): string | null {
  const clean = toWellFormed(text).normalize('NFC').replace(CONTROL_OR_BIDI, '').trim();
  if (clean === '' || countCharacters(clean) > INVITE_EMAIL_MAX) return null;
  const at = clean.indexOf('@');
  if (at <= 0 || at === clean.length - 1) return null;
  const local = clean.slice(0, at);
  const domain = clean.slice(at + 1);
  if (EMAIL_FORBIDDEN.test(local) || EMAIL_FORBIDDEN.test(domain)) return null;
  return clean;
}

/** The quiz length of an invite: `short`, or `full` for anything else. */
export function readInviteMode(value: unknown): Mode {
  return value === 'short' ? 'short' : 'full';
}

/**
 * A coach invite from an untrusted value, sanitized on the way in; it fails when a field has the
 * wrong type or no name is left after cleaning. Safe on the link and on anything read back from
 * storage.
 */
const InviteSchema = objectOf({
  /** The coach's name: never empty, at most `INVITE_NAME_MAX` characters. */
  name: v.pipe(
    v.string(),
    v.transform((text) => sanitizeInviteText(text, INVITE_NAME_MAX)),
    v.check((name) => name !== ''),
  ),
  /** A note to the taker, possibly empty, at most `INVITE_NOTE_MAX` characters. */
  note: v.pipe(
    v.string(),
    v.transform((text) => sanitizeInviteText(text, INVITE_NOTE_MAX)),
  ),
  /** Where the taker may send the result: one plain address, or null. */
  email: v.pipe(
    v.nullable(v.string()),
    v.transform((text) => (text === null ? null : sanitizeInviteEmail(text))),
  ),
  mode: v.pipe(
    v.nullable(v.string()),
    v.transform((text) => readInviteMode(text)),
  ),
});

/** A coach invite as it is shown and saved: already sanitized. */
export type Invite = v.InferOutput<typeof InviteSchema>;

const SavedInviteSchema = objectOf({ invite: v.nullable(InviteSchema) });

/** The invite as saved for the tab. */
export type SavedInvite = v.InferOutput<typeof SavedInviteSchema>;

function readInvite(value: unknown): Invite | null {
  const parsed = v.safeParse(InviteSchema, value);
  return parsed.success ? parsed.output : null;
}

/** Cleans what a coach typed into an invite, or null when no name is left. */
export function sanitizeInvite(input: Invite): Invite | null {
  return readInvite(input);
}

/**
 * The invite saved for the tab, from an untrusted value: the invite is re-sanitized, so a tampered
 * entry is cleaned or refused (null). Never throws.
 */
export function parseSavedInvite(value: unknown): SavedInvite | null {
  const parsed = v.safeParse(SavedInviteSchema, value);
  return parsed.success ? parsed.output : null;
}

/**
 * Reads an invite fragment such as `#v=1&n=Dana%20Kim&m=…&e=…&l=short` (with or without `#`).
 * Null for a missing or unknown `v` or an empty name. Never throws.
 */
export function parseInvite(hash: string): Invite | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  // Only `v=1` with a name is an invite; the first of repeated keys wins.
  const name = params.get('n');
  if (params.get('v') !== String(INVITE_VERSION) || name === null) return null;
  return readInvite({
    name,
    note: params.get('m') ?? '',
    email: params.get('e'),
    mode: params.get('l'),
  });
}

/**
 * The fragment of an invite link, starting with `#`. Empty note and email are left out; spaces are
 * written as `%20`, as in the documented example.
 */
export function buildInviteHash(invite: Invite): string {
  const params = new URLSearchParams();
  params.set('v', String(INVITE_VERSION));
  params.set('n', invite.name);
  if (invite.note !== '') params.set('m', invite.note);
  if (invite.email !== null && invite.email !== '') params.set('e', invite.email);
  params.set('l', invite.mode);
  // Form encoding writes a space as `+` and a literal `+` as `%2B`, so every `+` here is a space.
  return `#${params.toString().replace(/\+/g, '%20')}`;
}

/** A `mailto:` address part: the validated address with `@` left readable. */
export function toMailtoRecipient(email: string | null): string {
  return email === null ? '' : encodeURIComponent(email).replace(/%40/g, '@');
}
