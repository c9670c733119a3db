import type { EmbedBuilderWords } from '../en/embed-builder';

export const embedBuilder: EmbedBuilderWords = {
  head: {
    title: 'Den Fragebogen in Ihre Website einbinden · rolefit',
    description:
      'Binden Sie den rolefit-Fragebogen mit einem einzigen Script-Tag in eine Karriereseite ein: Optionen wählen, ausprobieren und den Code kopieren.',
  },
  heading: 'Den Fragebogen in Ihre Karriereseite einbinden',
  lead: 'Ein Element und ein Script-Tag. Der Fragebogen läuft in einem Rahmen von rolefit, passt seine Höhe an den Inhalt an und funktioniert auf dem Smartphone ebenso wie am Desktop.',
  receives: {
    heading: 'Was Ihre Seite erhält',
    type: {
      strong: 'Den Ergebnistyp',
      before: ' (zum Beispiel ',
      after:
        ') und einen Link zu seiner Beschreibung, sobald der Fragebogen ausgefüllt ist. Das erfahren die Teilnehmer vor dem Start.',
    },
    scores: {
      strong: 'Werte nur, wenn Sie danach fragen und die Teilnehmer zustimmen.',
      rest: ' Mit „Nach Werten fragen“ entscheidet jeder Teilnehmer vor seinem Ergebnis zwischen „Teilen“ und „Für mich behalten“.',
    },
    answers: {
      strong: 'Niemals die Antworten.',
      rest: ' Keine Cookies, kein Tracking, keine Anfragen an Dritte.',
    },
    purpose:
      'Der Fragebogen dient der Selbstreflexion. Er ist kein Test und darf nicht für Einstellungs- oder andere Personalentscheidungen verwendet werden.',
  },
  snippet: {
    heading: 'Ihr Code',
    text: 'Fügen Sie ihn dort ein, wo der Fragebogen erscheinen soll. Ohne JavaScript sehen Besucher stattdessen den einfachen Link.',
    label: 'HTML-Code',
    copy: 'Code kopieren',
    copied: 'Code kopiert.',
  },
  preview: {
    heading: 'Live-Vorschau',
    note: 'Eine echte Einbindung mit diesen Optionen. Ihr Fortschritt hier bleibt in diesem Tab.',
    failed: 'Die Vorschau konnte embed.js nicht laden.',
  },
  options: {
    heading: 'Optionen',
    language: 'Sprache des Fragebogens',
    length: 'Länge des Fragebogens',
    full: 'Vollständiger Fragebogen (etwa 10 Minuten)',
    short: 'Kurzfassung (etwa 3 Minuten)',
    resultScreen: 'Auf der Ergebnisseite',
    salaries: 'Gehaltszahlen zeigen (was jede Rolle im Land des Teilnehmers verdient)',
    hideGuide: 'Den Link zum Rollenvergleich ausblenden',
    shareScores: 'Nach Werten fragen (jeder Teilnehmer entscheidet, ob er sie teilt)',
    jobProfile: 'Das Ergebnis neben einer Ihrer Rollen zeigen',
    jobProfileHint:
      'Die Teilnehmer sehen in klaren Worten, wohin ihre Antworten tendieren, verglichen mit dem, wo diese Art von Rolle üblicherweise liegt. Nie ein Punktwert oder eine Übereinstimmung, und Ihre Seite erfährt nichts weiter.',
    none: 'Keine',
    accent: 'Akzentfarbe',
    accentDarker: (shown: string) =>
      `Wird als ${shown} angezeigt, dunkler, damit weiße Schrift darauf lesbar bleibt.`,
    accentHint:
      'Ein # und sechs Hex-Ziffern, etwa #0a7d5a. Ohne Eingabe gilt das Blau von rolefit.',
    frameTitle: 'Titel des Rahmens für Screenreader',
    frameTitleHint: (title: string) => `Ohne Eingabe gilt „${title}“.`,
    ctaHref: 'Link auf der Ergebnisseite',
    ctaHrefHint:
      'Zum Beispiel Ihre offenen Stellen: eine vollständige https://-Adresse. Ohne Eingabe erscheint kein Link.',
    ctaLabel: 'Text dieses Links',
    ctaLabelHint: (label: string) => `Ohne Eingabe gilt „${label}“.`,
  },
  problems: {
    colour:
      'Geben Sie eine Farbe wie #0a7d5a an (ein # und sechs Hex-Ziffern) oder lassen Sie das Feld leer.',
    https: 'Geben Sie eine vollständige https://-Adresse an oder lassen Sie das Feld leer.',
    tooLong: (max: number) => `Höchstens ${max} Zeichen.`,
  },
};
