import type { CompareWords } from '../en/compare';

export const compare: CompareWords = {
  head: {
    title: 'Ergebnisse vergleichen · rolefit',
    description:
      'Vergleichen Sie mehrere rolefit-Ergebnis-Links nebeneinander: Ergebnistypen, Werte und Antworten, alles in Ihrem Browser.',
  },
  heading: 'Ergebnisse vergleichen',
  notVerified: 'Ergebnisse beruhen auf Selbstauskunft; Links werden nicht geprüft.',
  form: {
    label: 'Ergebnis-Links',
    hint: {
      before:
        'Fügen Sie 2 bis 20 rolefit-Ergebnis-Links ein, einen pro Zeile. Um einen Klienten zu benennen, schreiben Sie ',
      code: 'Name | Link',
      after:
        '. Nichts verlässt Ihren Browser: Die Liste steht nur in der Adresse dieser Seite, Sie können sie also als Lesezeichen speichern.',
    },
    submit: 'Vergleichen',
  },
  list: {
    tooFew: (min: number) => `Fügen Sie mindestens ${min} Ergebnis-Links ein, einen pro Zeile.`,
    tooMany: (max: number, pasted: number) =>
      `Fügen Sie höchstens ${max} Ergebnis-Links ein, einen pro Zeile (eingefügt: ${pasted}).`,
    client: (n: number) => `Klient ${n}`,
  },
  heading2: 'Vergleich',
  reading: (count: number) => `${count} ${count === 1 ? 'Link wird' : 'Links werden'} gelesen …`,
  printedOn: (date: string) => `Gedruckt am ${date}.`,
  problems: {
    heading: (count: number) =>
      count === 1
        ? '1 Link konnte nicht verglichen werden'
        : `${count} Links konnten nicht verglichen werden`,
    line: (line: number, label: string) => `Zeile ${line} (${label}):`,
    duplicate: (of: number) =>
      `Das ist derselbe Ergebnis-Link wie in Zeile ${of}; er wird nur einmal verglichen.`,
  },
  nothing: 'Keiner der Links ließ sich lesen, daher gibt es noch nichts zu vergleichen.',
  labels: {
    legend: 'Namen',
    hint: 'Die Namen erscheinen in der Tabelle, auf der Karte und im Export und bleiben in der Adresse dieser Seite erhalten.',
    field: (line: number) => `Name für Link ${line}`,
  },
  table: {
    caption: 'Ergebnisse nebeneinander: Werte von −100 bis 100, in Klammern die 90-%-Spanne',
    label: 'Name',
    type: 'Ergebnistyp',
    strategic: 'Strategisch (+) ↔ taktisch (−)',
    outside: 'Marktorientiert (+) ↔ teamorientiert (−)',
    fit: 'PM-Passung: Product Manager (+) ↔ Product Owner (−)',
    noScore: 'kein Wert',
    range: (low: number, high: number) => `(${low} bis ${high})`,
  },
  typeOnly: 'nur Ergebnistyp: Dieser Link enthält keine Werte',
  model: (model: 1 | 2) => `Auswertungsmodell ${model}`,
  mapCaption: 'Ein Punkt pro Ergebnis mit Werten; die Tabelle oben enthält die Zahlen und Spannen.',
  mapSummary: (count: number, points: string) =>
    `Karte mit ${count} ${count === 1 ? 'Ergebnis' : 'Ergebnissen'} auf Skalen von −100 bis 100: ${points}.`,
  mapPoint: (label: string, strategic: number, outside: number) =>
    `${label}: strategisch ${strategic}, marktorientiert ${outside}`,
  exportCsv: 'Als CSV exportieren',
  print: 'Drucken / als PDF speichern',
  csv: {
    file: 'rolefit-vergleich.csv',
    header: [
      'Name',
      'Ergebnistyp',
      'Ergebnis in Worten',
      'Auswertungsmodell',
      'Strategisch (+100) bis taktisch (−100): Wert',
      'Strategisch bis taktisch: untere Grenze der 90-%-Spanne',
      'Strategisch bis taktisch: obere Grenze der 90-%-Spanne',
      'Marktorientiert (+100) bis teamorientiert (−100): Wert',
      'Marktorientiert bis teamorientiert: untere Grenze der 90-%-Spanne',
      'Marktorientiert bis teamorientiert: obere Grenze der 90-%-Spanne',
      'Passung Product Manager (+100) bis Product Owner (−100): Wert',
      'Passung Product Manager bis Product Owner: untere Grenze der 90-%-Spanne',
      'Passung Product Manager bis Product Owner: obere Grenze der 90-%-Spanne',
    ],
    practice: (activity: string) => `Praxis in den letzten 12 Monaten: ${activity}`,
    link: 'Link',
  },
  answers: {
    heading: 'Antworten nebeneinander',
    hint: 'Für Links, die Antworten enthalten. Fragen werden über ihre Kennung zugeordnet: Eine Frage, die in einer späteren Version umformuliert wurde, bleibt in einer Zeile; jede Antwort steht im Wortlaut ihrer eigenen Version.',
    caption: 'Antworten nach Frage',
    question: 'Frage',
    notAsked: 'in dieser Version nicht gefragt',
    unanswered: 'keine Antwort',
    askedAs: (text: string) => `Gefragt als: ${text}`,
  },
  printLinks: 'Ergebnis-Links',
};
