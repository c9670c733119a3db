import type { HomeWords } from '../en/home';

export const home: HomeWords = {
  head: {
    title: 'rolefit: Product Manager oder Product Owner?',
    description:
      'Eine kostenlose Selbsteinschätzung mit Fragen aus dem Arbeitsalltag: Passt Ihnen die Arbeit als Product Manager oder als Product Owner besser? Ihre Antworten verlassen Ihren Browser nie.',
  },
  heading: 'Product Manager oder Product Owner: Was passt zu Ihnen?',
  lead: 'Spielen Sie realistische Situationen aus der Produktarbeit durch und sehen Sie, wo Sie stehen: zwischen langfristiger Strategie und praktischer Umsetzung, zwischen dem Markt draußen und dem Team drinnen.',
  roles: {
    heading: 'Die beiden Rollen in einem Satz',
    pm: 'Blickt nach außen und nach vorn: auf Kunden, den Markt, den Business Case und die Zukunft des Produkts.',
    po: 'Arbeitet eng mit dem Entwicklungsteam: ordnet das Backlog, formt Storys und sorgt dafür, dass Nutzen entsteht.',
    between: 'Viele landen irgendwo dazwischen – auch das ist ein echtes Ergebnis.',
    compare: 'Die Rollen im Detail vergleichen',
    or: ' oder',
    job: 'sehen, wo eine Stellenanzeige steht',
    end: '.',
  },
  what: {
    heading: 'Was Sie bekommen',
    items: [
      'Ihre Position auf zwei Achsen (strategisch oder taktisch, marktorientiert oder teamorientiert) – mit der Angabe, wie sicher das Ergebnis ist und warum.',
      'Was jede Rolle verdient, mit Land, Jahr und Quelle jeder Zahl.',
      'Entwicklungstipps für die Produktarbeit, die Sie am wenigsten üben.',
    ],
  },
  privacy: {
    heading: 'Datenschutz von Anfang an',
    saved:
      'Ihre Antworten werden nur in diesem Browser gespeichert. Sie können den Tab also schließen und später weitermachen. Nichts wird an uns oder andere gesendet.',
    notice: 'Zur Datenschutzerklärung',
    purpose:
      'rolefit dient der Selbstreflexion und der beruflichen Orientierung. Es ist kein Test, es gibt keine richtigen Antworten, und es darf nicht für Einstellungsentscheidungen verwendet werden.',
    howItWorks: 'So funktioniert die Auswertung',
  },
  start: {
    progress: (mode: 'full' | 'short', isFinished: boolean, saved: number) =>
      `Sie haben ${mode === 'short' ? 'die Kurzfassung' : 'den vollständigen Fragebogen'} ${isFinished ? 'abgeschlossen' : 'begonnen'}; ${saved === 1 ? 'eine Antwort ist' : `${saved} Antworten sind`} in diesem Browser gespeichert.`,
    seeResult: 'Ihr Ergebnis ansehen',
    resume: 'Dort weitermachen, wo Sie aufgehört haben',
    startOver: 'Neu beginnen',
    full: 'Vollständigen Fragebogen ausfüllen',
    short: 'Kurzfassung ausfüllen',
    times:
      'Vollständig: etwa 10 Minuten, mit Praxisprofil und Entwicklungstipps. Kurzfassung: etwa 3 Minuten.',
  },
};
