import type { ShareWords } from '../en/share';

export const share: ShareWords = {
  panel: {
    levels: {
      type: {
        title: 'Nur Ergebnistyp',
        hint: 'Der Link zeigt Ihren Ergebnistyp und sonst nichts: keine Werte und keine Antworten.',
      },
      scores: {
        title: 'Mit Werten',
        hint: 'Der Link zeigt Ihren Ergebnistyp und Ihre Werte mit ihren Spannen, genau so, wie Sie sie hier sehen. Keine Antworten.',
      },
      answers: {
        title: 'Mit Antworten',
        hint: 'Der Link zeigt Ihren Ergebnistyp, Ihre Werte und die Antwort, die Sie bei jedem Szenario und jeder Praxisfrage gewählt haben. Ihre Angaben zum Hintergrund (Land, Erfahrung, Vorgehensmodell und Unternehmensgröße) sind nie enthalten.',
      },
    },
    subject: 'Mein rolefit-Ergebnis',
    heading: 'Ergebnis teilen',
    headingToCoach: (coach) => `Ergebnis an ${coach} senden`,
    coachIntro: (coach) =>
      `${coach} hat Sie eingeladen, diesen Fragebogen auszufüllen. Wählen Sie, was der Link zeigt, und kopieren Sie ihn oder senden Sie ihn per E-Mail. rolefit sendet nichts: ${coach} sieht Ihr Ergebnis nur, wenn Sie den Link schicken.`,
    legend: 'Was soll der Link enthalten?',
    yourLink: 'Ihr Link',
    linkForCoach: (coach) => `Link für ${coach}`,
    emailLink: 'Link per E-Mail senden',
    emailLinkTo: (coach) => `Link per E-Mail an ${coach} senden`,
    addressedTo: (address) => `Die E-Mail geht an ${address}.`,
    scoresWarning: 'Wer den Link hat, sieht Ihre Werte.',
    answersWarning:
      'Wer den Link hat, sieht Ihre Antworten. Schicken Sie ihn nur an jemanden, dem Sie vertrauen.',
    others: 'Oder mit anderen teilen',
    nativeShare: 'Teilen …',
    email: 'E-Mail',
    download: 'Ergebniskarte herunterladen',
    print: 'Drucken oder als PDF speichern',
    showQr: 'QR-Code zeigen',
    hideQr: 'QR-Code ausblenden',
    cardFailed: 'Dieser Browser konnte die Karte nicht zeichnen.',
    cardDone: 'Karte heruntergeladen.',
    qrLabel: (levelTitle) => `QR-Code Ihres Links („${levelTitle}“)`,
  },
  card: {
    eyebrow: 'MEIN ROLEFIT-ERGEBNIS',
    invite: 'Product Manager oder Product Owner? Fragebogen auf ',
    nearBorder: 'Nahe der Grenze zwischen zwei Typen',
    nearBorderNumbers: (first, second) => `Nahe der Grenze: ${first} und ${second}`,
  },
  page: {
    eyebrow: 'Ein geteiltes rolefit-Ergebnis',
    unknownTitle: 'Unbekannter Ergebnistyp',
    unknownText:
      'Dieser Link nennt einen Ergebnistyp, den rolefit nicht kennt. Vielleicht enthält er einen Tippfehler.',
    takeQuiz: 'Den Fragebogen ausfüllen',
    notice:
      'Die Ergebnisse beruhen auf Selbstauskunft, und Links werden nicht geprüft. rolefit dient der Selbstreflexion, nicht Einstellungsentscheidungen.',
    takeQuizYourself: 'Den Fragebogen selbst ausfüllen',
    compareRoles: 'Die Rollen vergleichen',
    reading: 'Die Angaben in diesem Link werden gelesen …',
    problemAfter:
      'Die Einzelheiten lassen sich nicht zeigen, aber die Beschreibung oben gibt wieder, was dieser Ergebnistyp bedeutet.',
    corrected:
      'Die Adresse dieses Links nannte einen anderen Ergebnistyp als seine Angaben; wir haben sie korrigiert.',
    verdictOnly: 'Dieser Link teilt nur das Ergebnis, ohne Werte und ohne Antworten.',
    meaning: 'Wie sicher wir sind und warum',
    map: 'Die Karte',
    mapLabel: 'Geteiltes Ergebnis',
    mapCaption: 'Geteilte Werte',
    job: {
      link: 'Eine Stellenanzeige mit diesem Ergebnis vergleichen',
      after:
        ': Sehen Sie, wo eine Stellenanzeige daneben liegt. Die Anzeige verlässt den Browser nie.',
    },
    answers: {
      heading: 'Die Antworten in diesem Link',
      note: 'Die ausfüllende Person sieht keine Buchstaben und keine feste Reihenfolge der Antworten; der Wortlaut ist genau das, was sie gewählt hat.',
      none: 'Nicht beantwortet',
    },
  },
  head: {
    title: (name) => `${name} · rolefit`,
    unknownName: 'rolefit-Ergebnis',
    description: (name) =>
      `Ein rolefit-Ergebnis: ${name}. Füllen Sie den Fragebogen aus und sehen Sie, wo Sie zwischen der Arbeit als Product Manager und als Product Owner stehen.`,
    previewTitle: (name) => `Mein rolefit-Ergebnis: ${name}`,
    previewInvite:
      'Product Manager oder Product Owner? Füllen Sie den kostenlosen Fragebogen aus und sehen Sie, was zu Ihnen passt.',
    imageAlt: (name, isCentre) =>
      `${name}, ${isCentre ? 'in der Mitte' : 'hervorgehoben in seiner Ecke'} einer Vier-Felder-Karte: strategisch oder taktisch, teamorientiert oder marktorientiert.`,
    ogLocale: 'de_DE',
    typeLines: {
      'product-manager':
        'Blickt nach außen und nach vorn: Kunden, Markt und die Frage, wohin sich das Produkt entwickeln soll.',
      'product-owner':
        'Arbeitet nah am Team: macht aus Zielen ein klares, geordnetes Backlog und hält die Umsetzung in Gang.',
      'strategic-technical':
        'Gibt aus dem Team heraus die langfristige Richtung vor: Plattformen, Architektur und technische Weichen.',
      'customer-facing':
        'Täglich nah an den Nutzern: macht aus dem, was Kunden sagen, konkrete Verbesserungen für die nächste Zeit.',
      balanced:
        'Wechselt zwischen Strategie und Umsetzung, Markt und Team, je nachdem, was die Arbeit braucht.',
    },
  },
};
