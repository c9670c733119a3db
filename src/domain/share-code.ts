import { BitWriter, openCode, sealCode, type DecodeOutcome } from './bit-codec';
import { toDisplay, type FitResult } from './classify';
import type { BalancedKind, CertaintyLevel, DisplayScore, Strength } from './describe';
import { RESULT_TYPES, type ResultType } from './result-types';
import type { QuadrantCounts, Scores } from './scoring';
import { QUADRANTS } from './ids';
import {
  buildManifest,
  packAnswers,
  peekHeader,
  readHeader,
  SHARE_FORMAT,
  unpackAnswers,
  writeHeader,
  type ShareManifest,
} from './link-code';
import type { Answers, Bank, Mode } from './schema';

// Result links (`/r/<type>/#r=<code>`): the header (link-code.ts), then the result at display
// precision and, at the answers level, the answers (docs/decisions/001-share-code-format.md).

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
  return buildManifest(bank, mode, (item) => item.kind !== 'context');
}

/**
 * Encodes a result at the scores or answers level (the answers level needs the revision's manifest).
 * Throws only on a programming error (values outside the layout); decodeShareCode never throws.
 */
export function encodeShareCode(payload: SharePayload, manifest?: ShareManifest): string {
  const { result } = payload;
  const w = new BitWriter();
  writeHeader(w, {
    level: payload.level,
    type: RESULT_TYPES.indexOf(result.type),
    revision: result.revision,
    mode: result.mode,
  });
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
  return sealCode(w);
}

/** Reads a code's level unchecked: only an answers-level code needs its revision's manifest. */
export function peekShareLevel(code: string): ShareLevel | null {
  const level = peekHeader(code)?.level;
  return level === 'scores' || level === 'answers' ? level : null;
}

/** Reads the revision a code was made with, so the caller can load that revision's manifest first. */
export function peekShareRevision(code: string): number | null {
  return peekHeader(code)?.revision ?? null;
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
    const opened = openCode(code);
    if (!opened.ok) return opened;
    const r = opened.value;
    const header = readHeader(r);
    const { level, revision, mode } = header;
    if (header.format !== SHARE_FORMAT) return { ok: false, reason: 'unknown-format' };
    if (level !== 'scores' && level !== 'answers') return { ok: false, reason: 'unknown-format' };
    const type = RESULT_TYPES[header.type ?? 99];
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
