// The bit codec under both link formats (share-code.ts, progress-code.ts): bits in and out, a CRC-8
// and URL-safe base64 (docs/decisions/001-share-code-format.md).

export type DecodeFailure =
  'malformed' | 'checksum' | 'unknown-format' | 'unknown-revision' | 'out-of-range';
export type DecodeOutcome<T> = { ok: true; value: T } | { ok: false; reason: DecodeFailure };

/** Appends unsigned values of a fixed width, most significant bit first. */
export class BitWriter {
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

/** Reads what BitWriter wrote; null once the bits run out. */
export class BitReader {
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

/** URL-safe base64 without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c += 1) out += ALPHABET[(n >> (18 - 6 * c)) & 63] ?? '';
  }
  return out;
}

/** The bytes of a URL-safe base64 text; null when it is not one. */
export function fromBase64Url(text: string): Uint8Array | null {
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

/** The written bits as a link code: the bytes, then their CRC-8, in URL-safe base64. */
export function sealCode(writer: BitWriter): string {
  const body = writer.bytes();
  const withCrc = new Uint8Array(body.length + 1);
  withCrc.set(body);
  withCrc[body.length] = crc8(body);
  return toBase64Url(withCrc);
}

/** Checks a code's characters, canonical base64 and checksum; the reader starts at its first bit. */
export function openCode(code: string): DecodeOutcome<BitReader> {
  if (!/^[A-Za-z0-9_-]{4,400}$/.test(code)) return { ok: false, reason: 'malformed' };
  const bytes = fromBase64Url(code);
  if (!bytes || bytes.length < 2 || toBase64Url(bytes) !== code)
    return { ok: false, reason: 'malformed' };
  const body = bytes.subarray(0, bytes.length - 1);
  if (crc8(body) !== bytes[bytes.length - 1]) return { ok: false, reason: 'checksum' };
  return { ok: true, value: new BitReader(body) };
}

/** Bits needed for a number below `limit`. */
export function bitsFor(limit: bigint): number {
  let bits = 0;
  let n = limit - 1n;
  while (n > 0n) {
    bits += 1;
    n >>= 1n;
  }
  return Math.max(bits, 1);
}
