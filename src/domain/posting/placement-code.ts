import { BitWriter, openCode, sealCode, type DecodeOutcome } from '../bit-codec';
import { QUADRANTS } from '../ids';
import type { Quadrant } from '../schema';
import { EVIDENCE_STEPS_PER_CHOICE, POSTING_MODEL } from './place-posting';

// A job's placement as a short link (`/job#j=<code>`, issue #14 part 4): the posting's evidence per
// quadrant in choice-equivalents, which the quiz's posterior turns back into the place, the 90%
// ranges and the type words. Never the posting's text. Layout, most significant bit first:
// format (4 bits), then each quadrant's evidence in 1/32 of a choice (10 bits each, QUADRANTS order),
// then the CRC-8 of bit-codec.ts; 7 bytes, 10 characters (docs/job-postings.md, "Sharing a placement").

/** Format 1: the layout above. A new layout gets a new number; decoders keep reading old ones. */
export const PLACEMENT_FORMAT = 1;
const FORMAT_BITS = 4;
/** Evidence is carried in the steps placePosting keeps it in, so the link shows what the page showed. */
const STEPS = EVIDENCE_STEPS_PER_CHOICE;
const VALUE_BITS = 10;
/** Rounding each quadrant to the nearest step can add at most half a step to each. */
const MAX_TOTAL_STEPS = POSTING_MODEL.maxEvidence * STEPS + QUADRANTS.length / 2;

/** Evidence per quadrant in choice-equivalents, as `PostingPlacement.evidence` has it. */
export type PlacementEvidence = Readonly<Record<Quadrant, number>>;

const toSteps = (value: number) =>
  Math.min(2 ** VALUE_BITS - 1, Math.max(0, Math.round(value * STEPS)));

/**
 * The short code of a placement's evidence, rounded to 1/32 of a choice. Evidence outside
 * 0…maxEvidence is clamped (placePosting never gives any).
 * @example encodePlacementCode({ 'strategic-market': 6, 'tactical-team': 1.5, 'strategic-team': 0, 'tactical-market': 0.25 })
 */
export function encodePlacementCode(evidence: PlacementEvidence): string {
  const w = new BitWriter();
  w.write(PLACEMENT_FORMAT, FORMAT_BITS);
  for (const q of QUADRANTS) w.write(toSteps(evidence[q]), VALUE_BITS);
  return sealCode(w);
}

/** The evidence as the code carries it: each quadrant rounded to 1/32 of a choice. */
export function roundPlacementEvidence(evidence: PlacementEvidence): PlacementEvidence {
  const rounded = { ...evidence };
  for (const q of QUADRANTS) rounded[q] = toSteps(evidence[q]) / STEPS;
  return rounded;
}

/**
 * Reads a placement code. Never throws: a malformed, tampered, truncated or non-canonical code, one
 * of a newer format, or evidence more than any posting gives is `{ ok: false, reason }`.
 */
export function decodePlacementCode(code: string): DecodeOutcome<PlacementEvidence> {
  try {
    const opened = openCode(code);
    if (!opened.ok) return opened;
    const r = opened.value;
    const format = r.readNumber(FORMAT_BITS);
    if (format === null) return { ok: false, reason: 'malformed' };
    if (format !== PLACEMENT_FORMAT) return { ok: false, reason: 'unknown-format' };
    const evidence: Record<Quadrant, number> = {
      'strategic-market': 0,
      'tactical-team': 0,
      'strategic-team': 0,
      'tactical-market': 0,
    };
    let total = 0;
    for (const q of QUADRANTS) {
      const steps = r.readNumber(VALUE_BITS);
      if (steps === null) return { ok: false, reason: 'malformed' };
      evidence[q] = steps / STEPS;
      total += steps;
    }
    if (total > MAX_TOTAL_STEPS) return { ok: false, reason: 'out-of-range' };
    const rest = r.rest();
    if (rest.bits >= 8 || rest.value !== 0n) return { ok: false, reason: 'malformed' };
    return encodePlacementCode(evidence) === code
      ? { ok: true, value: evidence }
      : { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
