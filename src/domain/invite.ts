// The invite store is part of every page's entry chunk, so invites are parsed with valibot, whose
// schemas bundle only the pieces they use (docs/decisions/006-one-validator.md).
import * as v from 'valibot';
import { describeEmailAddress } from './email-address';
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
/**
 * Longest note the form accepts as typed or pasted, in characters: room for spaces and invisible
 * characters that cleaning removes, while a huge paste is cut before it slows every keystroke.
 */
export const INVITE_NOTE_INPUT_MAX = 2 * INVITE_NOTE_MAX;

// Lone surrogates become U+FFFD, as URLSearchParams does when it serialises, so a round trip is exact.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Line breaks, tabs and every other space (NEL included) become one plain space.
const WHITESPACE = /[\s\u0085]+/g;
// C0 and C1 controls (and DEL), plus the bidi embeddings, overrides and isolates that can reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// Zero-width and direction marks (soft hyphen, grapheme joiner, Arabic letter mark, Mongolian
// selectors, zero-width space, LRM/RLM, word joiner and invisible operators, byte-order mark): they
// show as nothing, so they only make two names that look the same differ.
// (Combining ones sit outside the class: inside one, a combining character joins its neighbour.)
const ZERO_WIDTH =
  /\u034F|\u17B4|\u17B5|\u180B|\u180C|\u180D|\u180F|[\u00AD\u061C\u180E\u200B\u200E\u200F\u2060-\u206F\uFEFF]/g;
// Joiners are kept only between two characters they can join (emoji sequences, Indic and Persian text).
const LOOSE_JOINER = /(?<=^|\s)[\u200C\u200D]+|[\u200C\u200D]+(?=[\u200C\u200D]*(?:\s|$))/g;
// Fillers that render as a blank glyph (Hangul fillers, Braille blank): treated as a space.
const BLANK_LOOKING = /[\u115F\u1160\u3164\uFFA0\u2800]/g;
// Something a reader can see: not a space, an invisible or format character, or a lone mark.
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\p{C}\u2800]/u;
// Characters that would let an address smuggle extra recipients or headers into a mailto: link.
const EMAIL_FORBIDDEN = /[\s,;?&#%<>()[\]\\":@]/u;

function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Number of characters (code points, so an emoji counts once) in a piece of text. */
export function countCharacters(text: string): number {
  return Array.from(text).length;
}

/** Whether text has at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/**
 * Invite text as it will be shown, without the length cut: NFC; controls, bidi overrides, zero-width
 * and direction marks removed; blank-looking fillers and whitespace collapsed to single spaces; trimmed;
 * empty when nothing visible is left. The form counts characters on this.
 */
export function cleanInviteText(text: string): string {
  const spaced = toWellFormed(text)
    .normalize('NFC')
    .replace(BLANK_LOOKING, ' ')
    .replace(WHITESPACE, ' ');
  const stripped = spaced
    .replace(CONTROL_OR_BIDI, '')
    .replace(ZERO_WIDTH, '')
    .replace(LOOSE_JOINER, '')
    .replace(/ {2,}/g, ' ');
  // Removing a character can let its neighbours compose, so normalise once more.
  const clean = stripped.trim().normalize('NFC');
  return hasVisibleText(clean) ? clean : '';
}

/** Why a coach name cannot be used: nothing typed, nothing visible, or too long. */
export type InviteNameProblem =
  { kind: 'missing' } | { kind: 'invisible' } | { kind: 'too-long'; length: number };

/** What is wrong with a typed coach name, or null when it can be used. */
export function findInviteNameProblem(text: string): InviteNameProblem | null {
  if (text.trim() === '') return { kind: 'missing' };
  const length = countCharacters(cleanInviteText(text));
  if (length === 0) return { kind: 'invisible' };
  return length > INVITE_NAME_MAX ? { kind: 'too-long', length } : null;
}

/** The first `max` characters (code points) of text, so a huge paste costs nothing later. */
export function capInviteInput(text: string, max: number): string {
  // A code point is at most two UTF-16 units, so a short string needs no splitting.
  if (text.length <= max) return text;
  return Array.from(text.slice(0, 2 * max))
    .slice(0, max)
    .join('');
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
  const clean = toWellFormed(text)
    .normalize('NFC')
    .replace(CONTROL_OR_BIDI, '')
    .replace(ZERO_WIDTH, '')
    .replace(/[\u200C\u200D]/g, '')
    .trim();
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

/** A `mailto:` address part: the address as mail programs see it, with `@` left readable. */
export function toMailtoRecipient(email: string | null): string {
  return email === null
    ? ''
    : encodeURIComponent(describeEmailAddress(email).address).replace(/%40/g, '@');
}
