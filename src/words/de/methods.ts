import type { MethodsWords } from '../en/methods';

export const methods: MethodsWords = {
  head: {
    title: 'Wie rolefit Ihre Antworten auswertet · rolefit',
    description:
      'Wie rolefit Ihre Antworten auswertet: die Achsen strategisch–taktisch und marktorientiert–teamorientiert, eine Wahrscheinlichkeit für jeden Ergebnistyp, Ergebnisse „dazwischen“, 90-%-Bereiche, Rechenbeispiele und warum der Fragebogen noch nicht validiert ist.',
  },
  reviewsTitle: 'Übersetzungen und ihre Prüfung',
  reviewsIntro:
    'rolefit wird auf Englisch geschrieben. Beim Erstellen der Seiten wird jede Übersetzung maschinell mit dem Englischen abgeglichen: dieselben Fragen, Antworten und Auswertung, nichts fehlt und nichts kommt hinzu. Eine Übersetzung kann also kein Ergebnis verändern. Ob sie dasselbe bedeutet wie das Englische, kann nur ein sprachkundiger Prüfer beurteilen; jede übersetzte Datei gibt an, ob diese Prüfung stattgefunden hat.',
  languages: { de: 'deutsche' },
  files: {
    bank: 'der Fragen',
    roles: 'des Rollenleitfadens samt Ergebnistexten',
    growth: 'der Tipps zur Weiterentwicklung',
  },
  unverified: (language, files) =>
    `Ungeprüft: Die ${language} Übersetzung ${new Intl.ListFormat('de', { type: 'conjunction' }).format(files)} hat noch kein sprachkundiger Prüfer gegengelesen.`,
  verified: (language, file, reviewer, date) =>
    `Geprüft: Die ${language} Übersetzung ${file} hat ${reviewer} am ${date} gegengelesen.`,
  methodsText:
    'Auch diese Seite ist eine Übersetzung des englischen Textes und wurde ebenfalls noch nicht von einem sprachkundigen Prüfer gegengelesen.',
};
