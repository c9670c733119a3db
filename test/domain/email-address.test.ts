import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  describeEmailAddress,
  explainEmailWarning,
  toAsciiDomain,
} from '../../src/domain/email-address';
import { toMailtoRecipient } from '../../src/domain/invite';
import { hostileText } from './hostile-text';

test.each([
  {
    email: 'dana@example.com',
    view: { address: 'dana@example.com', scripts: ['Latin'], warning: null },
  },
  {
    email: 'Dana.Kim+coach@Example.COM',
    view: { address: 'Dana.Kim+coach@Example.COM', scripts: ['Latin'], warning: null },
  },
  {
    // Cyrillic "а" (U+0430) in a Latin domain: a look-alike of example.com.
    email: 'dana@ex\u0430mple.com',
    view: {
      address: 'dana@xn--exmple-4nf.com',
      scripts: ['Latin', 'Cyrillic'],
      warning: 'mixed-scripts',
    },
  },
  {
    // Greek omicron in the local part: nothing to punycode, but still mixed.
    email: 'd\u03bfna@example.com',
    view: {
      address: 'd\u03bfna@example.com',
      scripts: ['Latin', 'Greek'],
      warning: 'mixed-scripts',
    },
  },
  {
    email: 'kontakt@bücher.de',
    view: { address: 'kontakt@xn--bcher-kva.de', scripts: ['Latin'], warning: 'not-ascii' },
  },
  {
    email: 'почта@пример.рф',
    view: { address: 'почта@xn--e1afmkfd.xn--p1ai', scripts: ['Cyrillic'], warning: 'not-ascii' },
  },
  {
    email: 'info@日本語.jp',
    view: {
      address: 'info@xn--wgv71a119e.jp',
      scripts: ['Latin', 'Japanese or Chinese'],
      warning: 'mixed-scripts',
    },
  },
])('describeEmailAddress($email)', ({ email, view }) => {
  expect(describeEmailAddress(email)).toEqual(view);
});

test.each([
  { domain: 'example.com', ascii: 'example.com' },
  { domain: 'bücher.de', ascii: 'xn--bcher-kva.de' },
  // Not a host name a URL accepts: kept as typed rather than guessed.
  { domain: 'a b.de', ascii: 'a b.de' },
  { domain: '[ü]', ascii: '[ü]' },
])('toAsciiDomain($domain) is $ascii', ({ domain, ascii }) => {
  expect(toAsciiDomain(domain)).toBe(ascii);
});

test('the warning names the scripts and the address mail programs will see', () => {
  expect(explainEmailWarning(describeEmailAddress('dana@ex\u0430mple.com'))).toBe(
    'Check this address: it mixes Latin and Cyrillic letters, which can make it look like a different address. Email programs will see it as dana@xn--exmple-4nf.com.',
  );
  expect(explainEmailWarning(describeEmailAddress('kontakt@bücher.de'))).toBe(
    'Check this address: it has letters outside plain English (ASCII). Email programs will see it as kontakt@xn--bcher-kva.de.',
  );
  expect(explainEmailWarning(describeEmailAddress('dana@example.com'))).toBeNull();
});

test('the mailto recipient uses the address as mail programs see it', () => {
  expect(toMailtoRecipient('dana@ex\u0430mple.com')).toBe('dana@xn--exmple-4nf.com');
});

test('property: describeEmailAddress never throws, and a plain ASCII address is unchanged', () => {
  fc.assert(
    fc.property(hostileText, hostileText, (local, domain) => {
      const view = describeEmailAddress(`${local}@${domain}`);
      if (/^[\x20-\x7e]*$/.test(`${local}@${domain}`)) {
        expect(view.address).toBe(`${local}@${domain}`);
        expect(view.warning).toBeNull();
      }
    }),
    { numRuns: 1000 },
  );
});
