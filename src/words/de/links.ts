import type { LinkWords } from '../en/links';

export const links: LinkWords = {
  copy: {
    button: 'Link kopieren',
    copied: 'Link kopiert.',
    manual: 'Drücken Sie Strg+C (Mac: Cmd+C), um zu kopieren.',
  },
  qr: {
    failed: 'Der QR-Code konnte nicht gezeichnet werden; kopieren Sie stattdessen den Link.',
    drawing: 'QR-Code wird gezeichnet …',
  },
  problems: {
    changed: 'Dieser Link ist unvollständig oder wurde verändert.',
    newer:
      'Dieser Link stammt aus einer neueren Version von rolefit. Schließen Sie alle rolefit-Tabs und öffnen Sie den Link dann erneut.',
    notResultLink: 'Das ist kein rolefit-Ergebnislink.',
    unknownType: 'Dieser Link nennt einen Ergebnistyp, den rolefit nicht kennt.',
  },
};
