import fc from 'fast-check';

/** Pieces that break naive URL, fragment and percent-decoding parsers. */
const HOSTILE_PIECES = [
  '%',
  '%-',
  '%E0',
  '%ED%A0%80',
  '%C3%A9',
  '%25',
  '%zz',
  '%00',
  '#',
  '&',
  '=',
  '+',
  '|',
  '~',
  ',',
  '/',
  '/r/',
  'r=',
  'v=1',
  'n=',
  'l=',
  'product-owner',
  'https://rolefit.example',
  '\u200b',
  '\u200f',
  '\u202e',
  '\u3164',
  '\ud800',
  '\udc00',
  '\ufeff',
  'é',
  '😀',
  'ا',
  '\n',
  ' ',
] as const;

/**
 * Arbitrary text for "never throws" properties: any code points (lone surrogates included), percent
 * sequences valid and broken, URL punctuation and invisible or right-to-left characters, mixed.
 */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...HOSTILE_PIECES),
        fc.stringMatching(/^%[0-9A-Fa-f]{0,2}$/),
        fc.string({ unit: 'binary', maxLength: 4 }),
      ),
      { maxLength: 40 },
    )
    .map((pieces) => pieces.join('')),
);
