import type { FrameWords } from '../en/frame';

export const frame: FrameWords = {
  skipLink: 'Zum Inhalt springen',
  brand: 'rolefit',
  mainNav: 'Hauptnavigation',
  nav: {
    roles: 'PM oder PO',
    howItWorks: 'So funktioniert es',
    coach: 'Für Coaches',
    privacy: 'Datenschutz',
  },
  languageNav: 'Sprache',
  footer: {
    purpose:
      'rolefit dient der Selbstreflexion und der beruflichen Orientierung. Es ist kein Test, es gibt keine richtigen oder falschen Antworten, und es darf nicht für Einstellungs- oder Personalentscheidungen verwendet werden.',
    privacy:
      'Ihre Antworten bleiben in diesem Browser. Keine Konten, keine Cookies, kein Tracking.',
  },
  loading: 'Wird geladen …',
  framed: { open: 'rolefit in einem neuen Tab öffnen' },
  error: {
    title: 'Auf dieser Seite ist etwas schiefgegangen',
    offline:
      'Diese Seite konnte nicht geladen werden, weil dieses Gerät offline ist. Stellen Sie die Verbindung wieder her und laden Sie die Seite neu; Ihre Antworten bleiben erhalten.',
    newVersion:
      'Während dieser Tab offen war, wurde eine neuere Version von rolefit veröffentlicht. Laden Sie die Seite neu, um fortzufahren; Ihre Antworten bleiben erhalten.',
    kept: 'Ihre Antworten sind in diesem Browser gespeichert und nicht verloren gegangen.',
    reload: 'Seite neu laden',
    home: 'Zur Startseite',
  },
  notFound: {
    title: 'Seite nicht gefunden · rolefit',
    description: 'Diese Seite gibt es nicht.',
    heading: 'Seite nicht gefunden',
    text: 'Unter dieser Adresse gibt es keine Seite. Ein begonnener Fragebogen ist weiterhin in diesem Browser gespeichert.',
    home: 'Zur Startseite',
  },
};
