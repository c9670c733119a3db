import type { EmailWords } from '../en/email';

export const email: EmailWords = {
  scripts: {
    Latin: 'Lateinisch',
    Cyrillic: 'Kyrillisch',
    Greek: 'Griechisch',
    Armenian: 'Armenisch',
    Georgian: 'Georgisch',
    Cherokee: 'Cherokee',
    Hebrew: 'Hebräisch',
    Arabic: 'Arabisch',
    Devanagari: 'Devanagari',
    Thai: 'Thai',
    Hangul: 'Hangul',
    'Japanese or Chinese': 'Japanisch oder Chinesisch',
    'another script': 'eine weitere Schrift',
  },
  seenAs: (address: string) => `E-Mail-Programme sehen sie als ${address}.`,
  mixedScripts: (scripts: string[]) =>
    `Prüfen Sie diese Adresse: Sie mischt Buchstaben aus mehreren Schriften (${scripts.join(' und ')}) und kann dadurch wie eine andere Adresse aussehen.`,
  notAscii:
    'Prüfen Sie diese Adresse: Sie enthält Buchstaben außerhalb des einfachen englischen Alphabets (ASCII).',
};
