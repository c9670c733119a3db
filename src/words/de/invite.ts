import type { InviteWords } from '../en/invite';

export const invite: InviteWords = {
  head: {
    title: 'Sie sind eingeladen, den rolefit-Fragebogen auszufüllen',
    description:
      'Ein kostenloser Fragebogen mit realistischen Produktsituationen, der zeigt, ob Ihnen die Arbeit als Product Manager oder als Product Owner mehr liegt. Ihre Antworten bleiben in Ihrem Browser.',
  },
  neutralHeading: 'Einladung zum rolefit-Fragebogen',
  loading: 'Die Einladung wird geladen …',
  none: {
    broken:
      'Dieser Einladungslink ist unvollständig, wurde verändert oder stammt aus einer neueren Version von rolefit. Deshalb lässt sich nicht zeigen, wer ihn verschickt hat.',
    empty:
      'Diese Seite öffnet Einladungen zum Fragebogen, aber dieser Link enthält keine Einladung.',
    onYourOwn:
      'Sie können den Fragebogen trotzdem für sich allein ausfüllen: Ihre Antworten bleiben in diesem Browser.',
    start: 'Fragebogen starten',
    home: 'Was der Fragebogen misst',
  },
  invitedBy: (name: string) => `Eingeladen von ${name}`,
  noteFrom: (name: string) => `Nachricht von ${name}`,
  unchecked: {
    strong: 'rolefit prüft nicht, wer diese Einladung verschickt hat.',
    text: (name: string) =>
      `Wenn Sie ${name} nicht kennen, können Sie die Einladung ignorieren oder den Fragebogen auf der Startseite für sich allein ausfüllen.`,
  },
  length: (isShort: boolean, questions: number, minutes: number) =>
    `${isShort ? 'Dies ist die Kurzfassung des Fragebogens' : 'Dies ist der vollständige Fragebogen'}: ${questions} Fragen, etwa ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}.`,
  privacy: (name: string) =>
    `Ihre Antworten bleiben in diesem Browser. Am Ende entscheiden Sie, ob Sie Ihr Ergebnis an ${name} schicken und wie viel es zeigt. Von selbst wird nichts verschickt.`,
  inProgress: (isShort: boolean, count: number) =>
    `In diesem Browser ist bereits ein ${isShort ? 'Fragebogen in der Kurzfassung' : 'vollständiger Fragebogen'} begonnen, mit ${count} gespeicherten ${count === 1 ? 'Antwort' : 'Antworten'}. Wenn Sie den Fragebogen starten, wird er ersetzt.`,
  start: 'Fragebogen starten',
  resume: 'Dort weitermachen, wo Sie aufgehört haben',
};
