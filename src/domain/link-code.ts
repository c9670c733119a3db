import { getAllowedAnswers, prepareBank, type QuizItem } from './bank';
import { bitsFor, fromBase64Url, BitReader, type BitWriter } from './bit-codec';
import type { Answers, Bank, Mode } from './schema';

// What both link formats share (share-code.ts for results, progress-code.ts for "continue on another
// device"): the header, written here once, and the answers packed against a revision's manifest
// (docs/decisions/001-share-code-format.md).

/**
 * Format of the bit layout (4 bits); 0 is reserved, 15 announces an extended header. Format 1 is
 * every progress code and the result codes of scoring model 1; format 2 is the result codes of
 * scoring model 2 (docs/decisions/001-share-code-format.md).
 */
export const SHARE_FORMAT = 1;
export const RESULT_FORMAT_V2 = 2;

/**
 * What a code carries: a result link is `scores` or `answers` (or, in format 2, `verdict`: the two
 * types and their probabilities of a "between" result, with no scores); a progress link is `progress`.
 */
export type CodeLevel = 'verdict' | 'scores' | 'answers' | 'progress';
const LEVEL_BITS: Readonly<Record<CodeLevel, number>> = {
  verdict: 0,
  scores: 1,
  answers: 2,
  progress: 3,
};
const LEVELS: readonly CodeLevel[] = ['verdict', 'scores', 'answers', 'progress'];

/** The header every code starts with. `type` is an index into RESULT_TYPES (0 in a progress code). */
export interface CodeHeader {
  level: CodeLevel;
  type: number;
  revision: number;
  mode: Mode;
}

/** The header's fields as read; null where the bits ran out or the value means nothing. */
export interface ReadHeader {
  format: number | null;
  level: CodeLevel | null;
  type: number | null;
  revision: number | null;
  mode: Mode;
}

/** Writes the header: format (4 bits), level (2), type (4), revision (8), short mode (1). */
export function writeHeader(
  writer: BitWriter,
  header: CodeHeader,
  format: number = SHARE_FORMAT,
): void {
  writer.write(format, 4);
  writer.write(LEVEL_BITS[header.level], 2);
  writer.write(header.type, 4);
  writer.write(header.revision, 8);
  writer.write(header.mode === 'short' ? 1 : 0, 1);
}

/** Reads the header writeHeader wrote. */
export function readHeader(reader: BitReader): ReadHeader {
  const format = reader.readNumber(4);
  const levelBits = reader.readNumber(2);
  return {
    format,
    level: LEVELS.find((level) => LEVEL_BITS[level] === levelBits) ?? null,
    type: reader.readNumber(4),
    revision: reader.readNumber(8),
    mode: reader.readNumber(1) === 1 ? 'short' : 'full',
  };
}

/** The header of a code, unchecked (no checksum), so a caller can load what decoding will need. */
export function peekHeader(code: string): ReadHeader | null {
  const bytes = fromBase64Url(code);
  if (!bytes || bytes.length < 1) return null;
  return readHeader(new BitReader(bytes));
}

/** The questions a revision encodes at the answers level, in order, with their option ids. */
export interface ShareManifest {
  revision: number;
  items: readonly { id: string; options: readonly string[] }[];
}

/** The manifest of a bank's items in a mode that pass `isIncluded`. */
export function buildManifest(
  bank: Bank,
  mode: Mode,
  isIncluded: (item: QuizItem) => boolean,
): ShareManifest {
  const prepared = prepareBank(bank);
  return {
    revision: bank.revision,
    items: prepared.items[mode]
      .filter(isIncluded)
      .map((item) => ({ id: item.id, options: getAllowedAnswers(item) })),
  };
}

/** Packs the answers as one mixed-radix number (0 = unanswered), preceded by the item count. */
export function packAnswers(writer: BitWriter, manifest: ShareManifest, answers: Answers): void {
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

/** Reads what packAnswers wrote against the same manifest; null when it does not fit. */
export function unpackAnswers(reader: BitReader, manifest: ShareManifest): Answers | null {
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
