/** Warnings about an email address a mail program may read differently (src/domain/email-address.ts). */
export const email = {
  /** Script names, by the name src/domain/email-address.ts gives each script. */
  scripts: {
    Latin: 'Latin',
    Cyrillic: 'Cyrillic',
    Greek: 'Greek',
    Armenian: 'Armenian',
    Georgian: 'Georgian',
    Cherokee: 'Cherokee',
    Hebrew: 'Hebrew',
    Arabic: 'Arabic',
    Devanagari: 'Devanagari',
    Thai: 'Thai',
    Hangul: 'Hangul',
    'Japanese or Chinese': 'Japanese or Chinese',
    'another script': 'another script',
  },
  seenAs: (address: string) => `Email programs will see it as ${address}.`,
  mixedScripts: (scripts: string[]) =>
    `Check this address: it mixes ${scripts.join(' and ')} letters, which can make it look like a different address.`,
  notAscii: 'Check this address: it has letters outside plain English (ASCII).',
};

export type EmailWords = typeof email;
