import type { CoachWords } from '../en/coach';

export const coach: CoachWords = {
  head: {
    title: 'Klienten einladen · rolefit',
    description:
      'Erstellen Sie einen Link, mit dem Sie einen Klienten einladen, den rolefit-Fragebogen auszufüllen. Der Link entsteht in Ihrem Browser; es wird nichts verschickt.',
  },
  heading: 'Klienten zum rolefit-Fragebogen einladen',
  lead: 'Erstellen Sie einen Link für einen Klienten. Er füllt den Fragebogen aus und kann Ihnen am Ende sein Ergebnis schicken.',
  how: {
    heading: 'So funktionieren Einladungen',
    points: [
      {
        strong: 'Es wird nichts verschickt.',
        text: 'Diese Seite erstellt den Link in Ihrem Browser. Ihr Name, Ihre Nachricht und Ihre E-Mail-Adresse stehen im Link selbst – wer den Link hat, kann sie lesen.',
      },
      {
        strong: 'rolefit prüft nicht, wer eine Einladung verschickt hat.',
        text: 'Jeder kann eine Einladung in jedem Namen erstellen. Sagen Sie Ihrem Klienten deshalb, dass sie kommt.',
      },
      {
        strong: 'Ergebnisse kommen nur zurück, wenn der Klient sie schicken will.',
        text: 'Am Ende des Fragebogens sieht er, was ein Ergebnis-Link enthält, und entscheidet, ob er Ihnen einen schickt.',
      },
    ],
  },
  resultsBack: {
    heading: 'Ergebnisse erhalten?',
    before: 'Fügen Sie bis zu 20 Ergebnis-Links unter ',
    link: 'Ergebnisse vergleichen',
    after:
      ' ein: Dort sehen Sie sie nebeneinander, können eine CSV-Datei exportieren oder einen Bericht drucken. Nichts verlässt Ihren Browser.',
  },
  form: {
    heading: 'Ihre Einladung',
    name: 'Ihr Name (Pflichtfeld)',
    note: 'Eine kurze Nachricht an Ihren Klienten (freiwillig)',
    noteHint: (max: number) =>
      `Erscheint als reiner Text über der Schaltfläche „Fragebogen starten“. Höchstens ${max} Zeichen.`,
    noteCut: (kept: number, max: number) =>
      `Vom eingefügten Text wurden nur die ersten ${kept} Zeichen übernommen. Kürzen Sie die Nachricht auf ${max} Zeichen.`,
    email: 'Ihre E-Mail-Adresse (freiwillig)',
    emailHint:
      'Wenn Sie sie angeben, trägt das E-Mail-Programm Ihres Klienten sie ein, wenn er Ihnen sein Ergebnis schickt. Sie steht im Link, also kann jeder sie sehen, der den Link hat.',
    length: 'Umfang des Fragebogens',
    lengths: {
      full: {
        title: 'Vollständiger Fragebogen',
        hint: 'Etwa 10 Minuten, mit Kompetenzprofil.',
      },
      short: { title: 'Kurzfassung', hint: 'Etwa 3 Minuten, nur das Ergebnis.' },
    },
    make: 'Einladungslink erstellen',
    makeAgain: 'Link neu erstellen',
  },
  errors: {
    nameMissing: 'Geben Sie Ihren Namen so ein, wie Ihre Klienten Sie kennen.',
    nameInvisible:
      'Ihr Name würde leer erscheinen: Er besteht nur aus unsichtbaren oder leer wirkenden Zeichen. Schreiben Sie ihn mit Buchstaben, die Ihre Klienten sehen können.',
    nameTooLong: (max: number, length: number) =>
      `Ihr Name darf höchstens ${max} Zeichen lang sein (jetzt ${length}).`,
    noteTooLong: (max: number, length: number) =>
      `Kürzen Sie die Nachricht auf höchstens ${max} Zeichen (jetzt ${length}).`,
    email:
      'Geben Sie eine einzige E-Mail-Adresse ein, etwa name@example.com, oder lassen Sie das Feld leer.',
  },
  noteCount: {
    left: (left: number, max: number) => `Noch ${left} von ${max} Zeichen`,
    over: (over: number) => `${over} Zeichen zu viel`,
    announce: (count: string) => `Nachricht: ${count}.`,
  },
  made: {
    heading: 'Ihr Einladungslink',
    outdated:
      'Sie haben das Formular geändert, nachdem Sie diesen Link erstellt haben. Erstellen Sie den Link neu, damit er die Änderungen enthält.',
    summary: (isShort: boolean, name: string) =>
      `Lädt zum ${isShort ? 'Fragebogen in der Kurzfassung' : 'vollständigen Fragebogen'} ein, von ${name}. Verschicken Sie den Link auf einem Weg Ihrer Wahl. Bisher wurde nichts verschickt.`,
    resultsTo: {
      before: 'Ergebnisse, die Ihre Klienten schicken, gehen an ',
      after: ' – so geschrieben, wie ihr E-Mail-Programm die Adresse sieht.',
    },
    linkLabel: 'Einladungslink',
    email: 'Einladung per E-Mail senden',
    emailNote:
      'Die E-Mail öffnet sich in Ihrem eigenen E-Mail-Programm, ohne eingetragenen Empfänger. rolefit verschickt sie nicht.',
  },
  mail: {
    subject: 'Einladung zum rolefit-Fragebogen',
    body: (isShort: boolean, link: string, name: string) =>
      [
        'Guten Tag,',
        '',
        `bitte füllen Sie den rolefit-Fragebogen aus (Product Manager oder Product Owner?). Das dauert ${isShort ? 'etwa 3 Minuten' : 'etwa 10 Minuten'} und läuft in Ihrem Browser:`,
        '',
        link,
        '',
        'Am Ende entscheiden Sie selbst, ob Sie mir Ihr Ergebnis schicken.',
        '',
        name,
      ].join('\n'),
  },
};
