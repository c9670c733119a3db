import type { ResultWords } from '../en/result';

export const result: ResultWords = {
  head: {
    title: 'Ihr Ergebnis · rolefit',
    description:
      'Ihr rolefit-Ergebnis: Passung zum Product Manager oder Product Owner, wie sicher es ist und warum.',
  },
  loading: { heading: 'Ihr Ergebnis', text: 'Ihr Ergebnis wird geladen …' },
  notReady: {
    heading: 'Ihr Ergebnis ist noch nicht fertig',
    notStarted: 'Sie haben den Fragebogen in diesem Browser noch nicht begonnen.',
    missing: (n) =>
      n === 1
        ? 'Ein Szenario braucht noch eine Antwort, bevor wir ein Ergebnis zeigen können.'
        : `${n} Szenarien brauchen noch eine Antwort, bevor wir ein Ergebnis zeigen können.`,
    mismatch:
      'Einige gespeicherte Antworten passen nicht mehr zu den Fragen. Bitte prüfen Sie sie.',
    take: 'Den Fragebogen ausfüllen',
    continue: 'Fragebogen fortsetzen',
  },
  hero: {
    eyebrow: 'Ihr rolefit-Ergebnis',
    howSure: 'Wie sicher: ',
    why: 'Warum',
    jobTitles: 'Jobtitel für Ihre Suche',
    sendTo: (name) => `An ${name} senden`,
    share: 'Ergebnis teilen',
    checkJob: 'Eine Stellenanzeige mit Ihrem Ergebnis vergleichen',
    footnote: 'Zur Orientierung für Ihre eigene Laufbahn, nicht für Personalentscheidungen.',
  },
  sections: {
    meaning: 'Was es bedeutet',
    map: 'Die Karte',
    practice: 'Ihr Praxisprofil',
    pay: 'Was die Rollen verdienen',
    grow: 'Wie Sie sich weiterentwickeln',
    notMeaning: 'Was es nicht bedeutet',
    realWorldRoles: 'Rollen in der Praxis, die zu diesem Muster passen:',
    you: 'Sie',
    yourScores: 'Ihre Werte',
    shortQuizNote: (k) =>
      `Die Kurzfassung hat nur ${k} Szenarien, darum sind ihre Bereiche breiter. Der vollständige Fragebogen liefert ein stabileres Ergebnis und ein Praxisprofil.`,
    jobTip: {
      before: 'Sie schauen sich eine Stelle an? ',
      link: 'Fügen Sie die Stellenanzeige ein',
      after:
        ', um sie neben Ihrem Ergebnis zu sehen – mit diesen Tipps für die geforderten Bereiche, die Sie am wenigsten üben.',
    },
  },
  next: {
    heading: 'Wie es weitergeht',
    compareRoles: 'Die Rollen im Detail vergleichen',
    howScored: 'So haben wir ausgewertet',
  },
  core: {
    scoresSummary: 'Werte im Detail (−100 bis 100)',
    scale: 'Skala (−100 bis 100)',
    score: 'Wert',
    range: '90-%-Bereich',
    rangeText: (low, high) => `${low} bis ${high}`,
    howSure: 'Wie sicher das Ergebnis ist',
    strategicAxis: 'Strategisch ↔ taktisch:',
    outsideAxis: 'Marktorientiert ↔ teamorientiert:',
    countOf: (count, k) => `${count} von ${k}`,
    why: 'Warum dieses Ergebnis',
    mapSummary: (p) =>
      `Karte: strategisch ${p.strategic} (90-%-Bereich ${p.strategicLow} bis ${p.strategicHigh}) und marktorientiert ${p.outside} (90-%-Bereich ${p.outsideLow} bis ${p.outsideHigh}), auf Skalen von −100 bis 100.`,
    mapCaption:
      'Der Punkt ist das Antwortmuster, das schattierte Feld sein 90-%-Bereich. Oben rechts liegt der Product Manager, unten links der Product Owner.',
  },
  charts: {
    xTitles: ['teamorientiert ← → marktorientiert', 'Team ← → Markt'],
    yTitles: ['taktisch ← → strategisch', 'taktisch ↔ strategisch'],
    regions: {
      pm: 'Product Manager',
      customer: 'Kundennah',
      po: 'Product Owner',
      technical: 'Strategisch-technisch',
    },
    noRoom: (labels) =>
      `Kein Platz auf der Karte für die Beschriftungen von ${labels}: Die Punkte sind eingezeichnet, die Werte stehen in der Tabelle.`,
  },
  practice: {
    intro:
      'Aus Ihren Antworten dazu, wie oft Sie jede Art von Arbeit in den letzten 12 Monaten gemacht haben (0 = nie, 100 = wöchentlich oder öfter). Eine Frage pro Bereich – lesen Sie es als grobes Signal, nicht als Messung.',
    chartSummary:
      'Balkendiagramm Ihres Praxisprofils; die Tabelle darunter enthält dieselben Werte.',
    caption: 'Praxis in den letzten 12 Monaten',
    area: 'Bereich',
    answer: 'Ihre Antwort',
    score: 'Wert (0–100)',
    none: 'Die Kurzfassung enthält keine Praxisfragen, darum gibt es diesmal kein Praxisprofil.',
    gravitateHeading: 'Wozu Sie tendieren',
    gravitate: (areas) =>
      `Die Bereiche, die Ihre Szenario-Antworten am häufigsten berührt haben: ${areas.map((a) => `${a.label} (${a.percent} der Signale)`).join(', ')}. Das zeigt, wohin Ihre Antworten tendieren, nicht, wie gut Sie darin sind.`,
  },
  growth: {
    sources: 'Quellen zu diesem Abschnitt',
    grade: (grade) => `(Güte ${grade})`,
    practiseLeast: 'Üben Sie, was Sie am wenigsten tun',
    focusIntro:
      'Das sind die Bereiche, in denen Sie nach eigener Angabe in den letzten 12 Monaten am wenigsten Praxis hatten.',
    practiceScore: (score) => `(Praxiswert ${score} von 100)`,
    certifications: 'Passende Zertifizierungen',
    books: 'Bücher',
    by: (authors, year) => ` von ${authors} (${year === 'n.d.' ? 'o. J.' : year})`,
    jobTitles: 'Jobtitel für Ihre Suche',
    keepInMind: 'Was Sie bedenken sollten',
    noPractice:
      'Die Übungstipps richten sich nach Ihren Antworten auf die Praxisfragen, die nur der vollständige Fragebogen stellt. Füllen Sie den vollständigen Fragebogen aus, um Tipps für die Fähigkeiten zu sehen, die Sie am wenigsten nutzen.',
    movingToward: (role) => `Der Weg zur Rolle ${role}`,
  },
  history: {
    heading: 'Ihre früheren Ergebnisse',
    notices: {
      unavailable:
        'Dieser Browser lässt rolefit Ihre Ergebnisse nicht speichern (privates Surfen oder blockierter Speicher), darum erscheint dieses Ergebnis beim nächsten Mal nicht in der Liste.',
      full: 'Der Speicher dieses Browsers für rolefit ist voll, darum wird dieses Ergebnis nicht aufbewahrt. Wenn Sie die Daten dieser Website in den Browsereinstellungen löschen, wird wieder Platz frei.',
      corrupted:
        'Die in diesem Browser gespeicherten früheren Ergebnisse konnten nicht gelesen werden, darum beginnt die Liste neu.',
      'newer-version':
        'Ihre früheren Ergebnisse wurden von einer neueren Version von rolefit gespeichert. Diese Seite lässt sie unverändert; schließen Sie alle rolefit-Tabs und öffnen Sie rolefit erneut, um sie zu sehen.',
      'deleted-elsewhere':
        'Ihre früheren Ergebnisse wurden in einem anderen Tab oder Fenster gelöscht.',
    },
    method:
      'Eine Wiederholung verschiebt sich schon durch Zufall ein wenig. Wir nennen eine Veränderung nur dann echt, wenn sie größer ist, als es eine Wiederholung allein in 9 von 10 Fällen ergibt – unter Berücksichtigung dessen, wie sicher jedes Ergebnis ist. ',
    methodLink: 'So vergleichen wir zwei Durchgänge',
    kept: 'Auf diesem Gerät gespeichert',
    keptNote: 'Nur in diesem Browser gespeichert und nirgendwohin gesendet. ',
    deleteLink: 'Auf der Datenschutzseite löschen',
    unreadable: (date, mode) => `${date} (${mode}): Dieses Ergebnis konnte nicht gelesen werden.`,
    modeLabels: { full: 'Vollständiger Fragebogen', short: 'Kurzfassung' },
    inBrackets: (modeLabel) =>
      modeLabel === 'Vollständiger Fragebogen' ? 'vollständiger Fragebogen' : modeLabel,
    none: 'In diesem Browser sind keine Ergebnisse gespeichert.',
    deleteOne: (date, headline) =>
      `Das Ergebnis vom ${date}${headline ? ` (${headline})` : ''} löschen`,
    delete: 'Löschen',
    deleteAll: 'Alle gespeicherten Ergebnisse löschen',
  },
  retake: {
    beyond: 'eine Veränderung, die über das hinausgeht, was eine Wiederholung allein erklärt',
    labels: {
      type: 'Ergebnis',
      strategic: 'Strategisch oder taktisch',
      outside: 'Marktorientiert oder teamorientiert',
    },
    directions: {
      strategic: { up: 'strategisch', down: 'taktisch (praktisch)' },
      outside: { up: 'marktorientiert', down: 'teamorientiert' },
    },
    sameAs: (date) => `Etwa wie Ihr Ergebnis vom ${date}.`,
    moved: (direction, date, beyond) => `Stärker ${direction} als am ${date} (${beyond}).`,
    typeSame: (date, now) => `Wie Ihr Ergebnis vom ${date}: ${now}.`,
    typeChanged: (now, was, date, beyond) => `Jetzt ${now}, am ${date} ${was} (${beyond}).`,
    typeWithinChance: (date, was, now) =>
      `Etwa wie Ihr Ergebnis vom ${date}. Damals lautete es ${was}, jetzt ${now}, aber Ihre Antworten haben sich nicht stärker verschoben, als es eine Wiederholung allein erklären kann.`,
    summaryChanged: (date) =>
      `Verglichen mit Ihrem Ergebnis vom ${date} hat sich ein Teil Ihres Ergebnisses stärker verändert, als es eine Wiederholung allein erklärt.`,
    summarySame: (date) =>
      `Etwa wie Ihr Ergebnis vom ${date}: Nichts hat sich stärker verändert, als es eine Wiederholung allein erklärt.`,
  },
};
