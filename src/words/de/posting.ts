import type { PostingWords } from '../en/posting';

type Voice = 'own' | 'link';

const owner = { own: 'Ihr Ergebnis', link: 'das Ergebnis im Link' };
const ownerDative = { own: 'Ihrem Ergebnis', link: 'dem Ergebnis im Link' };
const ownerGenitive = { own: 'Ihres Ergebnisses', link: 'des Ergebnisses im Link' };

const whosePractice = (voice: Voice) =>
  voice === 'own' ? 'die Sie am seltensten üben' : 'die die Person am seltensten übt';

export const posting: PostingWords = {
  jobTypeNames: {
    'product-manager': 'eine Product-Manager-Stelle',
    'product-owner': 'eine Product-Owner-Stelle',
    'strategic-technical': 'eine strategisch-technische Mischrolle',
    'customer-facing': 'eine kundennahe Mischrolle',
    balanced: 'eine ausgewogene Produktrolle, die alles abdeckt',
  },
  quadrantEvidenceNames: {
    'strategic-market': 'Strategie und Markt (Product Manager)',
    'tactical-team': 'Backlog und Team (Product Owner)',
    'strategic-team': 'Technische Ausrichtung (strategisch-technisch)',
    'tactical-market': 'Kunden im Alltag (kundennah)',
  },
  roleNames: { 'product-manager': 'Product Manager', 'product-owner': 'Product Owner' },
  notEnough:
    'Zu wenig Anhaltspunkte: Die Stellenanzeige sagt zu wenig darüber, was die Stelle tut.',
  readsLike: (job: string) => `Liest sich wie ${job}.`,
  readsBetween: (first: string, second: string) =>
    `Liest sich wie etwas zwischen ${first} und ${second}.`,
  titleUnknown: (title: string) =>
    `Der Titel „${title}“ nennt weder eine Product-Manager- noch eine Product-Owner-Stelle, also gibt es keinen Titel zu prüfen.`,
  titleUnclear: (role: string) =>
    `Ausgeschrieben als ${role}; die Aufgaben sagen zu wenig, um den Titel zu prüfen.`,
  titleAgrees: (role: string) =>
    `Ausgeschrieben als ${role}, und die Aufgaben widersprechen dem nicht.`,
  titleDisagrees: (role: string, duties: string) =>
    `Ausgeschrieben als ${role}, aber die Aufgaben lesen sich wie eine ${duties.replace(/ /g, '-')}-Stelle.`,
  strategicLine: (mean: string, low: string, high: string) =>
    `Strategisch (+) oder taktisch (−): ${mean} (90-%-Bereich ${low} bis ${high})`,
  outsideLine: (mean: string, low: string, high: string) =>
    `Marktorientiert (+) oder teamorientiert (−): ${mean} (90-%-Bereich ${low} bis ${high})`,
  topPhrasesHeading: 'Wendungen, die die Stelle eingeordnet haben:',
  topPhrase: (text: string, count: string, quadrant: string) =>
    `– „${text}“ (${count}×): ${quadrant}`,

  axes: {
    strategic: {
      name: 'Strategisch oder taktisch',
      higher: 'strategischer',
      lower: 'taktischer',
    },
    outside: {
      name: 'Marktorientiert oder teamorientiert',
      higher: 'marktorientierter',
      lower: 'teamorientierter',
    },
  },
  and: 'und',
  // Area names such as „Geschäftssinn und Go-to-Market“ hold an „und“ themselves: quoted, a list of them reads.
  areaName: (label: string) => `„${label}“`,
  rangeText: (value: string, low: string, high: string) =>
    `${value} (90-%-Bereich ${low} bis ${high})`,
  axisNumbers: (job: string, voice: Voice, result: string) =>
    `die Stelle ${job}, ${owner[voice]} ${result}`,
  axisOverlap: 'Die Bereiche überschneiden sich, also kein klarer Unterschied auf dieser Achse',
  axisApart: (isHigher: boolean, voice: Voice, way: string) =>
    `Der ganze Bereich der Stelle liegt ${isHigher ? 'über' : 'unter'} dem ${ownerGenitive[voice]}, die Stelle ist also ${way}`,
  axisSentence: (name: string, numbers: string, verdict: string) =>
    `${name}: ${numbers}. ${verdict}.`,
  close: (voice: Voice) =>
    `Diese Stelle liegt nah an ${ownerDative[voice]}: Auf beiden Achsen überschneiden sich die 90-%-Bereiche.`,
  overlapRest: (axisName: string) => `; bei „${axisName}“ überschneiden sich die Bereiche`,
  apart: (ways: string, voice: Voice, rest: string) =>
    `Diese Stelle ist ${ways} als ${owner[voice]}${rest}.`,
  notCompared: (voice: Voice) =>
    `Die Stellenanzeige sagt zu wenig darüber, was die Stelle tut, daher wird sie nicht mit ${ownerDative[voice]} verglichen.`,
  basis: (phraseCount: number, count: string, voice: Voice, choiceCount: number, choices: string) =>
    `Der Platz der Stelle ergibt sich aus ${phraseCount === 1 ? 'der' : 'den'} ${count} unten in der Stellenanzeige markierten ${phraseCount === 1 ? 'Wendung' : 'Wendungen'}; ${voice === 'own' ? 'Ihrer' : 'der des Ergebnisses'} aus ${choices} ${choiceCount === 1 ? 'Szenario-Antwort' : 'Szenario-Antworten'}.`,
  answerScore: (score: string) => `${score} von 100`,
  weakShortQuiz: (voice: Voice) =>
    `Die Kurzfassung stellt keine Praxisfragen, daher können wir nicht sagen, welche Schwerpunkte der Stelle die Bereiche treffen, ${whosePractice(voice)}. Der vollständige Fragebogen stellt sie.`,
  weakNotInLink:
    'Dieser Ergebnis-Link enthält den Platz auf der Karte, nicht die Praxisantworten, daher können wir nicht sagen, welche Schwerpunkte der Stelle die am seltensten geübten Bereiche treffen. Öffnen Sie diese Seite in dem Browser, in dem der vollständige Fragebogen ausgefüllt wurde, oder nutzen Sie einen Link „Mit Antworten“.',
  weakNotKept:
    'Das in diesem Browser gespeicherte Ergebnis enthält seinen Platz auf der Karte, nicht die Praxisantworten, daher können wir nicht sagen, welche Schwerpunkte der Stelle die Bereiche treffen, die Sie am seltensten üben. Ein ausgefüllter vollständiger Fragebogen zeigt sie.',
  weakNone: (voice: Voice) =>
    `${voice === 'own' ? 'Sie haben' : 'Die Person hat'} bei jedem beantworteten Praxisbereich „Wöchentlich oder öfter“ angegeben, daher sticht kein Bereich als am seltensten geübt hervor.`,
  weakSentence: (label: string, phrases: readonly string[], voice: Voice, answer: string) =>
    `Die Stellenanzeige verlangt ${label} (${phrases.map((p) => `„${p}“`).join(', ')}); auf die Frage, wie oft in den letzten 12 Monaten, ${voice === 'own' ? 'haben Sie' : 'hat die Person'} „${answer}“ geantwortet.`,
  weakFound: (voice: Voice, leastNames: string) =>
    `Von den Bereichen, ${whosePractice(voice)} (${leastNames}), verlangt die Stellenanzeige diese:`,
  weakNoneAsked: (voice: Voice, leastNames: string) =>
    `Keine Wendung der Stellenanzeige betrifft die Bereiche, ${whosePractice(voice)} (${leastNames}).`,
};
