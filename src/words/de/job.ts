import type { JobWords } from '../en/job';

export const job: JobWords = {
  head: {
    title: 'Wo steht diese Stelle? · rolefit',
    description:
      'Fügen Sie eine Stellenanzeige für eine Produktrolle ein und sehen Sie, wo ihre Aufgaben auf der Karte zwischen Product Manager und Product Owner liegen – mit den Wendungen, die sie eingeordnet haben. Nichts verlässt Ihren Browser.',
  },
  heading: 'Wo steht diese Stelle?',
  intro: {
    before:
      'Fügen Sie eine Stellenanzeige für eine Produktrolle ein. rolefit liest, was die Stelle ',
    emphasis: 'tut',
    after:
      ', nicht wie sie heißt, und setzt sie auf dieselbe Karte wie ein Ergebnis des Fragebogens. Die Stellenanzeige bleibt in diesem Browser: Sie wird nirgendwohin gesendet und nie in einen Link geschrieben.',
  },
  hiring:
    'Sie stellen ein? Fügen Sie Ihren eigenen Entwurf ein und sehen Sie vor der Veröffentlichung, was er über die Stelle sagt.',
  titleLabel: 'Stellentitel (optional)',
  postingLabel: 'Stellenanzeige',
  counter: (count: string, max: string) => `${count} von ${max} Zeichen`,
  cutOff: ': Der Rest der Stellenanzeige wurde abgeschnitten.',

  readingLink: 'Das Ergebnis im Link wird gelesen …',
  linkProblemAfter: (isFallback: boolean) =>
    ` Das Ergebnis darin kann nicht neben der Stelle gezeigt werden${isFallback ? ', deshalb wird das Ergebnis aus diesem Browser verwendet' : ''}.`,
  besideWhich: (isOwn: boolean) =>
    `Die Stelle wird neben ${isOwn ? 'Ihrem Ergebnis' : 'diesem Ergebnis'} gezeigt: `,
  typeOnlyLink:
    'Dieser Link enthält nur den Ergebnistyp, nicht seinen Platz auf der Karte, daher kann er nicht neben eine Stelle gestellt werden. Ein Link „Mit Werten“ kann das.',
  from: {
    link: 'aus dem geöffneten Link',
    kept: 'in diesem Browser gespeichert',
    quiz: 'aus dem Fragebogen, den Sie in diesem Browser ausgefüllt haben',
  },
  finishQuiz:
    'Füllen Sie den Fragebogen zu Ende aus, um diese Stelle neben Ihrem Ergebnis zu sehen.',
  continueQuiz: 'Fragebogen fortsetzen',
  takeQuiz: 'Füllen Sie den Fragebogen aus, um eine Stelle neben Ihrem eigenen Ergebnis zu sehen.',
  startFull: 'Vollständigen Fragebogen starten',
  startShort: 'Kurzfassung starten',
  quizLengths:
    'Vollständig: etwa 10 Minuten, mit den Praxisfragen, nach denen die Tipps zur Weiterentwicklung gewählt werden. Kurzfassung: etwa 3 Minuten.',

  resultHeading: 'Was die Stellenanzeige über die Stelle sagt',
  jobLabel: 'Die Stelle',
  yourResult: 'Ihr Ergebnis',
  linkedResult: 'Das verlinkte Ergebnis',
  mapSummary: (
    label: string,
    strategic: string,
    strategicLow: string,
    strategicHigh: string,
    outside: string,
    outsideLow: string,
    outsideHigh: string,
  ) =>
    `${label} auf der Karte: strategisch ${strategic} (90-%-Bereich ${strategicLow} bis ${strategicHigh}), marktorientiert ${outside} (90-%-Bereich ${outsideLow} bis ${outsideHigh}).`,
  captionBoth: (isOwn: boolean) =>
    `Jedes schattierte Feld zeigt, wo die Stelle oder ${isOwn ? 'Ihr Ergebnis' : 'das verlinkte Ergebnis'} liegen kann (90-%-Bereich): Je weniger die Stellenanzeige sagt, desto größer das Feld der Stelle.`,
  captionJob:
    'Das schattierte Feld zeigt, wo die Stelle liegen kann (90-%-Bereich): Je weniger die Stellenanzeige sagt, desto größer das Feld.',
  evidenceHeading: 'Die Anhaltspunkte',
  evidenceCaption: 'Gefundene Wendungen, nach dem, worauf sie hinweisen',
  pointsTo: 'Weist hin auf',
  phrases: 'Wendungen',
  countNote:
    'Wendungen unter „Wünschenswert“ oder „Von Vorteil“ und Wendungen nach „nicht“ oder „kein“ zählen weniger oder gar nicht; Benefits und Selbstdarstellung des Unternehmens zählen nichts und werden nicht markiert.',
  markedHeading: 'Die Stellenanzeige, markiert',
  summaryLabel: 'Zusammenfassung (reiner Text: Platz und wichtigste Wendungen, nicht die Anzeige)',
  copySummary: 'Zusammenfassung kopieren',
  summaryCopied: 'Zusammenfassung kopiert.',
  linkLabel: 'Link zu dieser Einordnung (nur der Platz der Stelle auf der Karte, nie die Anzeige)',
  copyLink: 'Link zu dieser Einordnung kopieren',
  linkCopied: 'Link kopiert.',

  besideHeading: (isOwn: boolean) =>
    `Neben ${isOwn ? 'Ihrem Ergebnis' : 'dem verlinkten Ergebnis'}`,
  leastPractised: 'Am seltensten geübte Bereiche',
  tipsIntro: 'Tipps aus dem Leitfaden zur Weiterentwicklung:',

  sharedBroken:
    'Dieser Einordnungs-Link scheint unvollständig oder verändert zu sein, daher zeigt er keine Stelle.',
  sharedPasteAnyway: 'Sie können die Stellenanzeige trotzdem unten einfügen, um sie einzuordnen.',
  sharedHeading: 'Der Platz einer Stelle, aus einem Link',
  sharedJobLabel: 'Die Stelle im Link',
  sharedCaption: 'Das schattierte Feld zeigt, wo die Stelle liegen kann (90-%-Bereich).',
  sharedNote:
    'Die Stellenanzeige selbst ist nicht in diesem Link: nur der Platz der Stelle, berechnet daraus, wie stark ihre Wendungen auf jede Ecke der Karte hinwiesen. Fügen Sie die Anzeige unten ein, um ihre Wendungen wieder zu sehen.',
};
