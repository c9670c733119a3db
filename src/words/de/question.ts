import type { QuestionWords } from '../en/question';

export const question: QuestionWords = {
  question: 'Frage',
  position: (position: number, total: number) => `${position} von ${total}`,
  back: 'Zurück',
  next: 'Weiter',
  review: 'Antworten durchsehen',
  saveAndLeave: 'Unterbrechen',
  continueElsewhere: 'Auf anderem Gerät weitermachen',
  keyboardTip: (optionCount: number) =>
    `Tipp: Mit den Tasten 1 bis ${optionCount} wählen Sie eine Antwort, mit Enter geht es weiter.`,
  missing: 'Bitte wählen Sie eine Antwort, um weiterzumachen.',
  answerInstruction:
    'Wählen Sie, was Sie am liebsten tun würden. Es gibt keine richtigen Antworten.',
  practiceNote: 'Die Praxisfragen gegen Ende fragen, was Sie heute tun.',
  practice: (activity: string) => `Wie oft haben Sie in den letzten 12 Monaten ${activity}?`,
  practiceHint:
    'Daraus entstehen Ihr Praxisprofil und Ihre Entwicklungstipps. Ihr PM/PO-Ergebnis ändert sich dadurch nicht.',
  contextHint: 'Freiwillige Angaben für Gehälter und Tipps. Sie fließen nie in die Wertung ein.',
  preferNotToSay: 'Keine Angabe',
  frequencies: {
    never: 'Nie',
    'once-or-twice': 'Ein- oder zweimal',
    'every-few-months': 'Alle paar Monate',
    monthly: 'Etwa monatlich',
    weekly: 'Wöchentlich oder öfter',
  },
  // The same rate as English: reading time follows the content, and other languages' rates follow
  // from the words they need for the same message (Brysbaert 2019). The German bank says what the
  // English says in 1,520 words against 1,528 (scenarios, questions/lang/de/bank.json), so
  // 238 × 1520 / 1528 ≈ 237.
  readingWpm: 237,
};
