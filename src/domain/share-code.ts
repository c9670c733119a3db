import { getAllowedAnswers, prepareBank } from './bank';
import { toDisplay, type FitResult } from './classify';
import type { BalancedKind, CertaintyLevel, DisplayScore, Strength } from './describe';
import { RESULT_TYPES, type ResultType } from './result-types';
import type { QuadrantCounts, Scores } from './scoring';
import { QUADRANTS } from './ids';
import type { Answers, Bank, Mode } from './schema';

/** Format of the bit layout (4 bits); 0 is reserved, 15 announces an extended header. */
export const SHARE_FORMAT = 1;
/** What a code carries beyond the result type in the path. */
export type ShareLevel = 'scores' | 'answers';

export type { DisplayScore };

/** Everything a shared result shows, at display precision, so a shared page shows the taker's numbers. */
export interface SharedResult {
  type: ResultType;
  mode: Mode;
  revision: number;
  strength: Strength | null;
  balancedKind: BalancedKind | null;
  certainty: CertaintyLevel;
  nextNearest: ResultType;
  strategic: DisplayScore;
  outside: DisplayScore;
  fit: DisplayScore;
  choices: QuadrantCounts;
}

export interface SharePayload {
  level: ShareLevel;
  result: SharedResult;
  /** Only at the answers level: scenario and practice answers (context answers are never shared). */
  answers?: Answers;
}

/** The questions a revision encodes at the answers level, in order, with their option ids. */
export interface ShareManifest {
  revision: number;
  items: readonly { id: string; options: readonly string[] }[];
}

export type DecodeFailure =
  'malformed' | 'checksum' | 'unknown-format' | 'unknown-revision' | 'out-of-range';
export type DecodeOutcome<T> = { ok: true; value: T } | { ok: false; reason: DecodeFailure };

const LEVEL_BITS: Readonly<Record<ShareLevel | 'progress', number>> = {
  scores: 1,
  answers: 2,
  progress: 3,
};
const COUNT_BITS = 10;
const STRENGTHS: readonly Strength[] = ['slight', 'clear', 'strong'];
const KINDS: readonly BalancedKind[] = ['enjoys-both', 'drawn-to-neither'];
const CERTAINTIES: readonly CertaintyLevel[] = ['high', 'moderate', 'low'];

/** The scores and words of a result at display precision: what the results page and share links show. */
export function toSharedResult(scores: Scores, fit: FitResult): SharedResult {
  const display = (a: { value: number; low: number; high: number }): DisplayScore => ({
    value: toDisplay(a.value),
    low: toDisplay(a.low),
    high: toDisplay(a.high),
  });
  return {
    type: fit.type,
    mode: scores.mode,
    revision: scores.revision,
    strength: fit.strength,
    balancedKind: fit.balancedKind,
    certainty: fit.certainty.level,
    nextNearest: fit.nextNearest,
    strategic: display(scores.strategic),
    outside: display(scores.outside),
    fit: display(scores.fit),
    choices: { ...scores.choices },
  };
}

/** The answers-level manifest of a bank: the mode's scenarios, then (full mode) the practice items. */
export function buildShareManifest(bank: Bank, mode: Mode): ShareManifest {
  const prepared = prepareBank(bank);
  return {
    revision: bank.revision,
    items: prepared.items[mode]
      .filter((item) => item.kind !== 'context')
      .map((item) => ({ id: item.id, options: getAllowedAnswers(item) })),
  };
}

/** The progress manifest: every question of the mode, context included (for "continue on another device"). */
export function buildProgressManifest(bank: Bank, mode: Mode): ShareManifest {
  const prepared = prepareBank(bank);
  return {
    revision: bank.revision,
    items: prepared.items[mode].map((item) => ({ id: item.id, options: getAllowedAnswers(item) })),
  };
}

// ---------- bits ----------

class BitWriter {
  private acc = 0n;
  private length = 0;
  write(value: bigint | number, bits: number): void {
    const v = BigInt(value);
    if (v < 0n || v >= 1n << BigInt(bits))
      throw new RangeError(`value ${v} does not fit in ${bits} bits`);
    this.acc = (this.acc << BigInt(bits)) | v;
    this.length += bits;
  }
  bytes(): Uint8Array {
    const pad = (8 - (this.length % 8)) % 8;
    let acc = this.acc << BigInt(pad);
    const out = new Uint8Array((this.length + pad) / 8);
    for (let i = out.length - 1; i >= 0; i -= 1) {
      out[i] = Number(acc & 0xffn);
      acc >>= 8n;
    }
    return out;
  }
}

class BitReader {
  private acc: bigint;
  private left: number;
  constructor(bytes: Uint8Array) {
    this.acc = bytes.reduce((a, b) => (a << 8n) | BigInt(b), 0n);
    this.left = bytes.length * 8;
  }
  read(bits: number): bigint | null {
    if (bits > this.left) return null;
    this.left -= bits;
    return (this.acc >> BigInt(this.left)) & ((1n << BigInt(bits)) - 1n);
  }
  readNumber(bits: number): number | null {
    const v = this.read(bits);
    return v === null ? null : Number(v);
  }
  /** Bits not read yet (the padding must be zero and shorter than a byte). */
  rest(): { bits: number; value: bigint } {
    return { bits: this.left, value: this.acc & ((1n << BigInt(this.left)) - 1n) };
  }
}

/** CRC-8, polynomial 0x07 (ATM HEC without the xor-out), over bytes. */
export function crc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i += 1)
      crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c += 1) out += ALPHABET[(n >> (18 - 6 * c)) & 63] ?? '';
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const values: number[] = [];
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v === -1) return null;
    values.push(v);
  }
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 4) {
    const chunk = values.slice(i, i + 4);
    const n = chunk.reduce((a, v, j) => a | (v << (18 - 6 * j)), 0);
    out.push((n >> 16) & 0xff);
    if (chunk.length > 2) out.push((n >> 8) & 0xff);
    if (chunk.length > 3) out.push(n & 0xff);
  }
  return Uint8Array.from(out);
}

function finish(writer: BitWriter): string {
  const body = writer.bytes();
  const withCrc = new Uint8Array(body.length + 1);
  withCrc.set(body);
  withCrc[body.length] = crc8(body);
  return toBase64Url(withCrc);
}

/** Bits needed for a number below `limit`. */
function bitsFor(limit: bigint): number {
  let bits = 0;
  let n = limit - 1n;
  while (n > 0n) {
    bits += 1;
    n >>= 1n;
  }
  return Math.max(bits, 1);
}

function packAnswers(writer: BitWriter, manifest: ShareManifest, answers: Answers): void {
  let value = 0n;
  let limit = 1n;
  for (const item of manifest.items) {
    const radix = BigInt(item.options.length + 1);
    const answer = answers[item.id];
    const index = answer === undefined ? 0 : item.options.indexOf(answer) + 1;
    value = value * radix + BigInt(Math.max(index, 0));
    limit *= radix;
  }
  writer.write(manifest.items.length, 8);
  writer.write(value, bitsFor(limit));
}

function unpackAnswers(reader: BitReader, manifest: ShareManifest): Answers | null {
  const count = reader.readNumber(8);
  if (count !== manifest.items.length) return null;
  const limit = manifest.items.reduce((acc, item) => acc * BigInt(item.options.length + 1), 1n);
  let value = reader.read(bitsFor(limit));
  if (value === null || value >= limit) return null;
  const answers: Answers = {};
  for (let i = manifest.items.length - 1; i >= 0; i -= 1) {
    const item = manifest.items[i];
    if (!item) return null;
    const radix = BigInt(item.options.length + 1);
    const index = Number(value % radix);
    value /= radix;
    const option = index === 0 ? undefined : item.options[index - 1];
    if (option !== undefined) answers[item.id] = option;
  }
  return answers;
}

// ---------- result codes ----------

/**
 * Encodes a result at the scores or answers level (the answers level needs the revision's manifest).
 * Throws only on a programming error (values outside the layout); decodeShareCode never throws.
 */
export function encodeShareCode(payload: SharePayload, manifest?: ShareManifest): string {
  const { result } = payload;
  const w = new BitWriter();
  w.write(SHARE_FORMAT, 4);
  w.write(LEVEL_BITS[payload.level], 2);
  w.write(RESULT_TYPES.indexOf(result.type), 4);
  w.write(result.revision, 8);
  w.write(result.mode === 'short' ? 1 : 0, 1);
  w.write(
    result.type === 'balanced'
      ? KINDS.indexOf(result.balancedKind ?? 'enjoys-both') + 1
      : STRENGTHS.indexOf(result.strength ?? 'slight') + 1,
    2,
  );
  w.write(CERTAINTIES.indexOf(result.certainty), 2);
  w.write(RESULT_TYPES.indexOf(result.nextNearest), 4);
  for (const s of [result.strategic, result.outside, result.fit]) {
    w.write(s.value + 100, 8);
    w.write(s.low + 100, 8);
    w.write(s.high + 100, 8);
  }
  for (const q of QUADRANTS) w.write(result.choices[q], COUNT_BITS);
  if (payload.level === 'answers') {
    if (!manifest || manifest.revision !== result.revision)
      throw new Error('the answers level needs its manifest');
    packAnswers(w, manifest, payload.answers ?? {});
  }
  return finish(w);
}

/** Reads a code's level unchecked: only an answers-level code needs its revision's manifest. */
export function peekShareLevel(code: string): ShareLevel | null {
  const bytes = fromBase64Url(code);
  if (!bytes || bytes.length < 1) return null;
  const reader = new BitReader(bytes);
  reader.read(4);
  const bits = reader.readNumber(2);
  return bits === LEVEL_BITS.scores ? 'scores' : bits === LEVEL_BITS.answers ? 'answers' : null;
}

/** Reads the revision a code was made with, so the caller can load that revision's manifest first. */
export function peekShareRevision(code: string): number | null {
  const bytes = fromBase64Url(code);
  if (!bytes || bytes.length < 3) return null;
  const reader = new BitReader(bytes);
  reader.read(4 + 2 + 4);
  return reader.readNumber(8);
}

function readChecked(code: string): DecodeOutcome<BitReader> {
  if (!/^[A-Za-z0-9_-]{4,400}$/.test(code)) return { ok: false, reason: 'malformed' };
  const bytes = fromBase64Url(code);
  if (!bytes || bytes.length < 2 || toBase64Url(bytes) !== code)
    return { ok: false, reason: 'malformed' };
  const body = bytes.subarray(0, bytes.length - 1);
  if (crc8(body) !== bytes[bytes.length - 1]) return { ok: false, reason: 'checksum' };
  return { ok: true, value: new BitReader(body) };
}

const inRange = (s: DisplayScore) =>
  [s.value, s.low, s.high].every((v) => v >= -100 && v <= 100) &&
  s.low <= s.value &&
  s.value <= s.high;

/**
 * Decodes a result code. Never throws: a malformed, tampered, truncated or unknown code gives a reason.
 * `getManifest` returns the manifest of a revision (needed at the answers level), or undefined if unknown.
 * `isKnownRevision` says whether a revision was released (by default: whether it has a manifest), so a
 * scores-level code decodes without loading its revision's questions.
 */
export function decodeShareCode(
  code: string,
  getManifest: (revision: number, mode: Mode) => ShareManifest | undefined,
  isKnownRevision: (revision: number, mode: Mode) => boolean = (revision, mode) =>
    getManifest(revision, mode) !== undefined,
): DecodeOutcome<SharePayload> {
  try {
    const checked = readChecked(code);
    if (!checked.ok) return checked;
    const r = checked.value;
    const format = r.readNumber(4);
    if (format !== SHARE_FORMAT) return { ok: false, reason: 'unknown-format' };
    const levelBits = r.readNumber(2);
    const level: ShareLevel | null =
      levelBits === 1 ? 'scores' : levelBits === 2 ? 'answers' : null;
    if (level === null) return { ok: false, reason: 'unknown-format' };
    const type = RESULT_TYPES[r.readNumber(4) ?? 99];
    const revision = r.readNumber(8);
    const mode: Mode = r.readNumber(1) === 1 ? 'short' : 'full';
    const word = r.readNumber(2) ?? 0;
    const certainty = CERTAINTIES[r.readNumber(2) ?? 99];
    const nextNearest = RESULT_TYPES[r.readNumber(4) ?? 99];
    if (
      !type ||
      revision === null ||
      !certainty ||
      !nextNearest ||
      word === 0 ||
      nextNearest === type
    ) {
      return { ok: false, reason: 'out-of-range' };
    }
    if (!isKnownRevision(revision, mode)) return { ok: false, reason: 'unknown-revision' };
    const score = (): DisplayScore => ({
      value: (r.readNumber(8) ?? 999) - 100,
      low: (r.readNumber(8) ?? 999) - 100,
      high: (r.readNumber(8) ?? 999) - 100,
    });
    const strategic = score();
    const outside = score();
    const fit = score();
    const counts = QUADRANTS.map(() => r.readNumber(COUNT_BITS));
    if (![strategic, outside, fit].every(inRange) || counts.some((c) => c === null)) {
      return { ok: false, reason: 'out-of-range' };
    }
    const [so = 0, ti = 0, si = 0, to = 0] = counts.map((c) => c ?? 0);
    const choices: QuadrantCounts = {
      'strategic-market': so,
      'tactical-team': ti,
      'strategic-team': si,
      'tactical-market': to,
    };
    if (so + ti + si + to === 0) return { ok: false, reason: 'out-of-range' };
    const strength = type === 'balanced' ? null : (STRENGTHS[word - 1] ?? null);
    const balancedKind = type === 'balanced' ? (KINDS[word - 1] ?? null) : null;
    if ((type === 'balanced' ? balancedKind : strength) === null)
      return { ok: false, reason: 'out-of-range' };
    const result: SharedResult = {
      type,
      mode,
      revision,
      strength,
      balancedKind,
      certainty,
      nextNearest,
      strategic,
      outside,
      fit,
      choices,
    };
    let payload: SharePayload = { level, result };
    if (level === 'answers') {
      const manifest = getManifest(revision, mode);
      if (!manifest) return { ok: false, reason: 'unknown-revision' };
      const answers = unpackAnswers(r, manifest);
      if (!answers) return { ok: false, reason: 'out-of-range' };
      payload = { level, result, answers };
      if (!answersMatchChoices(answers, manifest, choices))
        return { ok: false, reason: 'out-of-range' };
    }
    const rest = r.rest();
    if (rest.bits >= 8 || rest.value !== 0n) return { ok: false, reason: 'malformed' };
    // Canonical: the same payload must encode to exactly this code.
    const again = encodeShareCode(
      payload,
      level === 'answers' ? getManifest(revision, mode) : undefined,
    );
    return again === code ? { ok: true, value: payload } : { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

function answersMatchChoices(
  answers: Answers,
  manifest: ShareManifest,
  choices: QuadrantCounts,
): boolean {
  const counted: QuadrantCounts = {
    'strategic-market': 0,
    'tactical-team': 0,
    'strategic-team': 0,
    'tactical-market': 0,
  };
  for (const item of manifest.items) {
    const a = answers[item.id];
    if (a !== undefined && (QUADRANTS as readonly string[]).includes(a)) {
      const q = QUADRANTS.find((x) => x === a);
      if (q) counted[q] += 1;
    }
  }
  return QUADRANTS.every((q) => counted[q] === choices[q]);
}

// ---------- progress codes ("continue on another device") ----------

export interface ProgressPayload {
  revision: number;
  mode: Mode;
  answers: Answers;
}

/** Encodes unfinished progress against the progress manifest of its revision and mode. */
export function encodeProgressCode(payload: ProgressPayload, manifest: ShareManifest): string {
  const w = new BitWriter();
  w.write(SHARE_FORMAT, 4);
  w.write(LEVEL_BITS.progress, 2);
  w.write(0, 4);
  w.write(payload.revision, 8);
  w.write(payload.mode === 'short' ? 1 : 0, 1);
  packAnswers(w, manifest, payload.answers);
  return finish(w);
}

/** Decodes a progress code; never throws. */
export function decodeProgressCode(
  code: string,
  getManifest: (revision: number, mode: Mode) => ShareManifest | undefined,
): DecodeOutcome<ProgressPayload> {
  try {
    const checked = readChecked(code);
    if (!checked.ok) return checked;
    const r = checked.value;
    if (r.readNumber(4) !== SHARE_FORMAT) return { ok: false, reason: 'unknown-format' };
    if (r.readNumber(2) !== LEVEL_BITS.progress || r.readNumber(4) !== 0)
      return { ok: false, reason: 'unknown-format' };
    const revision = r.readNumber(8);
    const mode: Mode = r.readNumber(1) === 1 ? 'short' : 'full';
    if (revision === null) return { ok: false, reason: 'malformed' };
    const manifest = getManifest(revision, mode);
    if (!manifest) return { ok: false, reason: 'unknown-revision' };
    const answers = unpackAnswers(r, manifest);
    if (!answers) return { ok: false, reason: 'out-of-range' };
    const payload = { revision, mode, answers };
    return encodeProgressCode(payload, manifest) === code
      ? { ok: true, value: payload }
      : { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
