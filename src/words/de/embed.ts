import type { EmbedWords } from '../en/embed';

export const embed: EmbedWords = {
  head: {
    title: 'rolefit-Fragebogen (eingebunden)',
    description:
      'Der rolefit-Fragebogen, wie er auf anderen Websites erscheint: Product Manager oder Product Owner – was passt zu Ihnen?',
  },
  heading: 'Product Manager oder Product Owner: Was passt zu Ihnen?',
  promise: 'Der Betreiber dieser Website sieht Ihren Ergebnistyp, aber niemals Ihre Antworten.',
  loading: 'Der Fragebogen wird geladen …',
  topLevel: {
    heading: 'Dies ist der einbindbare rolefit-Fragebogen',
    text: 'Diese Seite ist dafür gedacht, in eine Karriereseite oder eine andere Website eingebunden zu werden. Um den Fragebogen auszufüllen, öffnen Sie rolefit selbst.',
    takeQuiz: 'Den Fragebogen auf rolefit ausfüllen',
    builder: 'Den Fragebogen in Ihre eigene Website einbinden',
  },
  error: {
    heading: 'Im Fragebogen ist ein Fehler aufgetreten',
    reload: 'Fragebogen neu laden',
    open: 'rolefit in einem neuen Tab öffnen',
  },
  start: {
    lead: (questions: number, minutes: number) =>
      `${questions} kurze Fragen zur alltäglichen Produktarbeit, etwa ${minutes} Minuten: So sehen Sie, ob Ihnen die Arbeit als Product Manager oder als Product Owner besser liegt.`,
    privacyHeading: 'Was diese Website erfährt',
    asksForScores: 'Bevor Werte weitergegeben werden, werden Sie gefragt.',
    keptInTab: 'Ihr Fortschritt wird nur in diesem Browser-Tab gespeichert.',
    noTracking: 'rolefit verwendet keine Cookies und kein Tracking.',
    notATest:
      'Dies ist kein Test. Das Ergebnis dient Ihrer eigenen Reflexion und darf niemals für Einstellungs- oder andere Personalentscheidungen verwendet werden.',
    start: 'Fragebogen starten',
    guide: 'Wie sich die beiden Rollen unterscheiden (öffnet in einem neuen Tab)',
  },
  questions: {
    next: 'Weiter',
    last: 'Zu meinem Ergebnis',
  },
  working: 'Ihr Ergebnis wird berechnet …',
  storage: {
    unavailable:
      'Ihr Fortschritt kann hier nicht gespeichert werden: Dieser Browser blockiert den Speicher für Fragebögen, die in andere Websites eingebunden sind. Sie können den Fragebogen trotzdem beenden, aber wenn Sie die Seite neu laden, beginnt er von vorn.',
    full: 'Ihr Fortschritt kann hier nicht gespeichert werden: Der Speicher dieses Browsers für rolefit ist voll. Sie können den Fragebogen trotzdem beenden, aber wenn Sie die Seite neu laden, beginnt er von vorn.',
    corrupted:
      'Der gespeicherte Fortschritt konnte nicht gelesen werden, deshalb beginnt der Fragebogen von vorn.',
    'newer-version':
      'Der gespeicherte Fortschritt stammt aus einer neueren Version von rolefit. Er bleibt erhalten: Der Fragebogen beginnt hier von vorn und wird nicht gespeichert.',
    'deleted-elsewhere':
      'Der gespeicherte Fortschritt wurde in einem anderen Fenster gelöscht, deshalb beginnt der Fragebogen von vorn.',
  },
  consent: {
    ask: {
      heading: { before: 'Ihre Werte mit ', after: ' teilen?' },
      accept: 'Teilen',
      decline: 'Für mich behalten',
      what: 'Diese Website möchte Ihre Werte sehen: drei Zahlen von −1 bis +1 für strategisch oder taktisch, marktorientiert oder teamorientiert und die Nähe zu Product Manager oder Product Owner.',
      either:
        'Ihren Ergebnistyp sieht sie in jedem Fall. Ihre Antworten werden nie weitergegeben. Entscheiden Sie, bevor Ihr Ergebnis erscheint.',
    },
    confirm: {
      heading: { before: 'Ihre drei Werte jetzt an ', after: ' senden?' },
      accept: 'Ja, meine Werte senden',
      decline: 'Nein, für mich behalten',
      text: 'Einmal gesendet, behält die Website sie. Sie können sie stattdessen auch für sich behalten.',
    },
    hidden:
      'Das Teilen ist ausgeschaltet, solange dieser Fragebogen auf der Seite verborgen, blass oder verdeckt ist. Scrollen Sie ihn ganz ins Bild, um zu teilen, oder behalten Sie Ihre Werte für sich.',
  },
  result: {
    eyebrow: 'Ihr rolefit-Ergebnis',
    cta: 'Unsere offenen Stellen ansehen',
    copyLink: 'Link zu Ihrem Ergebnis kopieren',
    seen: {
      theSite: 'Die Website',
      canSee: 'sieht diesen Ergebnistyp.',
      shared: 'Sie haben entschieden, ihr auch Ihre Werte zu senden.',
      kept: 'Ihre Werte und Antworten bleiben bei Ihnen.',
    },
    shortQuizNote: (scenarios: number) =>
      `Die Kurzfassung hat nur ${scenarios} Szenarien, daher sind ihre Bereiche breiter. Der vollständige Fragebogen liefert ein stabileres Ergebnis.`,
    nextHeading: 'Wie geht es weiter?',
    retake: 'Fragebogen noch einmal ausfüllen',
    guide: 'Die Rollen im Detail vergleichen (öffnet in einem neuen Tab)',
    open: 'Dieses Ergebnis auf rolefit öffnen (neuer Tab)',
  },
};
