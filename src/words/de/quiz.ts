import type { QuizWords } from '../en/quiz';

export const quiz: QuizWords = {
  head: {
    title: 'Fragebogen ausfüllen · rolefit',
    description:
      'Beantworten Sie Fragen zu Situationen aus der Produktarbeit, eine nach der anderen. Ihre Antworten werden nur in diesem Browser gespeichert.',
  },
  shell: { heading: 'Der rolefit-Fragebogen', loading: 'Ihr Fragebogen wird geladen …' },
  start: {
    heading: 'Den rolefit-Fragebogen ausfüllen',
    before: 'Die meisten Fragen beschreiben eine Situation bei der Arbeit.',
    after: 'Ihre Antworten verlassen diesen Browser nie.',
    full: 'Vollständiger Fragebogen',
    short: 'Kurzfassung',
    length: (questions: number, minutes: number) => `${questions} Fragen, etwa ${minutes} Minuten.`,
    fullAdds: 'Mit Praxisprofil und persönlichen Entwicklungstipps.',
    shortAdds: 'Zeigt Ihr Ergebnis ohne Praxisprofil.',
    startFull: 'Vollständigen Fragebogen ausfüllen',
    startShort: 'Kurzfassung ausfüllen',
  },
  review: {
    heading: 'Antworten durchsehen',
    complete: 'Ändern Sie jede Antwort, die Sie möchten, und sehen Sie dann Ihr Ergebnis.',
    open: (count: number) =>
      `${count === 1 ? 'Eine Frage braucht' : `${count} Fragen brauchen`} noch eine Antwort (manche sind vielleicht neu oder wurden umformuliert, seit Sie begonnen haben).`,
    seeResult: 'Mein Ergebnis ansehen',
    notAnswered: 'Noch nicht beantwortet',
    change: 'Ändern',
    answer: 'Beantworten',
    rowLabel: (isAnswered: boolean, number: number, legend: string) =>
      `Frage ${number} ${isAnswered ? 'ändern' : 'beantworten'}: ${legend}`,
    home: 'Zurück zur Startseite',
  },
  import: {
    reading: 'Der Link wird gelesen …',
    unreadable: 'Dieser Link konnte nicht gelesen werden',
    unchanged: 'Ihr Fortschritt in diesem Browser bleibt unverändert.',
    failedLoad:
      'Ein Teil von rolefit wurde nicht geladen. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal. Ihr Fortschritt in diesem Browser bleibt unverändert.',
    retry: 'Noch einmal versuchen',
    toQuiz: 'Zum Fragebogen',
    heading: 'Fragebogen hier fortsetzen?',
    carries: (count: number, mode: 'full' | 'short') =>
      `Dieser Link enthält ${count === 1 ? 'eine Antwort' : `${count} Antworten`} aus ${mode === 'short' ? 'der Kurzfassung' : 'dem vollständigen Fragebogen'} auf einem anderen Gerät. Beim Laden wird jeder Fortschritt ersetzt, der in diesem Browser gespeichert ist.`,
    load: 'Meine Antworten laden',
    notNow: 'Jetzt nicht',
  },
  elsewhere: {
    preparing: 'Der Link wird vorbereitet …',
    failed:
      'Der Link konnte nicht vorbereitet werden: Ein Teil von rolefit wurde nicht geladen. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal; Ihre Antworten sind in diesem Browser gespeichert.',
    retry: 'Noch einmal versuchen',
    text: 'Öffnen Sie diesen Link auf Ihrem anderen Gerät, um dort weiterzumachen, wo Sie gerade sind. Er enthält Ihre bisherigen Antworten – behalten Sie ihn also für sich.',
    link: 'Link mit Ihren bisherigen Antworten',
    qr: 'QR-Code des Links mit Ihren bisherigen Antworten',
  },
};
