import type { PrivacyWords } from '../en/privacy';

export const privacy: PrivacyWords = {
  head: {
    title: 'Datenschutz · rolefit',
    description:
      'rolefit speichert Ihren Fortschritt im Fragebogen nur in Ihrem eigenen Browser. Nichts wird übertragen: kein Server, keine Konten, keine Cookies, keine Analyse. Sie können alles jederzeit löschen.',
  },
  heading: 'Datenschutz',
  lead: 'rolefit läuft vollständig in Ihrem Browser. Ihre Antworten bleiben auf Ihrem Gerät, und nichts über Sie wird an uns oder an andere übertragen.',
  keepTitle: 'Was wir speichern',
  progressIntro:
    'Ihren Fortschritt im Fragebogen, damit Sie dort weitermachen können, wo Sie aufgehört haben:',
  progress: [
    'die Antworten, die Sie bisher gewählt haben',
    'ob Sie den vollständigen Fragebogen oder die Kurzfassung ausfüllen',
    'bei welcher Frage Sie sind',
    'eine Zufallszahl, die festlegt, in welcher Reihenfolge Ihnen die Antworten angezeigt werden',
    'wann Sie begonnen und wann Sie jede Antwort gewählt haben, damit zwei offene Tabs Ihre Antworten zusammenführen können',
  ],
  resultsIntro: (limit) =>
    `Außerdem Ihre letzten ${limit} Ergebnisse, damit Sie sie wieder aufrufen und eine Wiederholung damit vergleichen können. Zu jedem Ergebnis:`,
  results: [
    'den Tag, an dem Sie den Fragebogen abgeschlossen haben, und ob es der vollständige Fragebogen oder die Kurzfassung war',
    'den Kurzcode seines Links „Mit Werten“: den Ergebnistyp und wie viele Ihrer Antworten auf jede der vier Gruppen entfielen, nicht Ihre Antworten selbst',
    'die Zufallszahl dieses Fragebogens (siehe oben), damit jeder Durchgang nur einmal gespeichert wird',
  ],
  noIdentity:
    'Wir fragen weder nach Ihrem Namen noch nach Ihrer E-Mail-Adresse noch nach sonst etwas, das Sie identifiziert.',
  whereTitle: 'Wo es gespeichert wird',
  local: {
    before: 'Nur in diesem Browser, in seinem lokalen Speicher unter den Namen',
    progress: '(Fortschritt),',
    snapshot:
      '(der Wortlaut der Frage, bei der Sie sind, damit sie nach dem Neuladen sofort erscheint) und',
    results: '(Ergebnisse).',
    embedded:
      'Ist rolefit in eine andere Website eingebunden, speichert es nur den Fortschritt, und zwar im Sitzungsspeicher dieses Rahmens, den der Browser normalerweise leert, wenn der Tab geschlossen wird; dort werden keine Ergebnisse gespeichert.',
  },
  session: {
    before:
      'Nur für den offenen Tab, in seinem Sitzungsspeicher, den der Browser normalerweise leert, wenn der Tab geschlossen wird:',
    invite: '(die Einladung eines Coaches, falls Sie über eine gekommen sind),',
    languageHint:
      '(dass Sie den Vorschlag, rolefit in einer anderen Sprache zu lesen, mit „Nein, danke“ beantwortet haben, damit er in diesem Tab nicht wieder erscheint) und',
    scroll:
      '(wo Sie auf jeder in diesem Tab geöffneten Seite waren, damit „Zurück“ und Neuladen Sie dorthin zurückbringen).',
  },
  frame:
    'In diesem Rahmen speichert es für den laufenden Fragebogen außerdem die Adresse der umgebenden Website, ob Sie Ihre Werte mit dieser Website teilen wollten und ob Ihr Ergebnis ihr bereits gemeldet wurde, damit beim Neuladen weder erneut gefragt noch doppelt gemeldet wird.',
  howLongTitle: 'Wie lange es gespeichert bleibt',
  howLongIntro:
    'Ihr Fortschritt und Ihre Ergebnisse bleiben gespeichert, bis eines davon eintritt:',
  howLong: [
    'Sie löschen unten ein gespeichertes Ergebnis oder alle',
    'Sie beginnen einen neuen Fragebogen: Der Fortschritt des alten wird gelöscht, sein Ergebnis bleibt gespeichert, wenn Sie es gesehen haben',
    'Sie löschen die Daten dieser Website in den Einstellungen Ihres Browsers',
    'Sie klicken unten auf „Meine Daten löschen“',
  ],
  mayClear:
    'Ihr Browser kann die Daten auch von sich aus löschen, etwa um Speicherplatz freizugeben.',
  sentTitle: 'Was übertragen wird',
  sent: 'Nichts. rolefit hat keinen Server, der Ihre Antworten empfängt, keine Konten, keine Cookies und keine Analyse, und es stellt keine Anfragen an andere Websites. Die Seiten sind einfache Dateien: Sobald sie geladen sind, werden Ihr Fragebogen und Ihre Ergebnisse auf Ihrem eigenen Gerät berechnet.',
  fragment: {
    before:
      'Wenn Sie ein Ergebnis teilen, enthält der Link nur, was Sie selbst ausgewählt haben. Diese Angaben stehen nach dem',
    after:
      'im Link, und Browser senden diesen Teil nie an einen Server. Nur die Personen, denen Sie den Link geben, können sie sehen.',
  },
  purposeTitle: 'Wofür der Fragebogen gedacht ist',
  purpose:
    'rolefit ist ein Werkzeug, um über die eigene Laufbahn nachzudenken. Es ist kein Test und darf nicht dafür verwendet werden, über Einstellung, Beförderung oder Ablehnung von Personen zu entscheiden.',
  keptTitle: 'Ihre gespeicherten Ergebnisse',
  deleteTitle: 'Gespeicherten Fortschritt löschen',
  deleteText:
    'Damit werden Ihr gespeicherter Fortschritt und alle gespeicherten Ergebnisse sofort aus diesem Browser gelöscht. Das lässt sich nicht rückgängig machen.',
  deleteButton: 'Meine Daten löschen',
  deleted:
    'Ihr gespeicherter Fortschritt und Ihre gespeicherten Ergebnisse wurden aus diesem Browser gelöscht.',
};
