import type { VerdictWords } from '../en/verdict';

type TypeId = keyof VerdictWords['typeNames'];
type Kind = 'enjoys-both' | 'drawn-to-neither';
type Voice = 'taker' | 'viewer';

// The names follow questions/lang/de/roles.json (`name`).
const typeNames: VerdictWords['typeNames'] = {
  'product-manager': 'Product-Manager-Profil',
  'product-owner': 'Product-Owner-Profil',
  'strategic-technical': 'Strategisch-technische Mischform',
  'customer-facing': 'Kundennahe Mischform',
  balanced: 'Ausgewogen / Produkt-Allrounder',
};

/** After „zwischen“ (dative). */
const dative: Readonly<Record<TypeId, string>> = {
  'product-manager': 'Product Manager',
  'product-owner': 'Product Owner',
  'strategic-technical': 'strategisch-technischer Mischform',
  'customer-facing': 'kundennaher Mischform',
  balanced: 'ausgewogenem Profil',
};

const kindWords: Readonly<Record<Kind, string>> = {
  'enjoys-both': 'Freude an beidem',
  'drawn-to-neither': 'keine klare Vorliebe',
};

const withKind = (name: string, type: TypeId, kind: Kind | null) =>
  type === 'balanced' && kind !== null ? `${name} (${kindWords[kind]})` : name;

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const poles = {
  strategic: { plus: 'Strategischen', minus: 'Taktischen', both: 'strategischer und taktischer' },
  outside: {
    plus: 'Marktorientierten',
    minus: 'Teamorientierten',
    both: 'marktorientierter und teamorientierter',
  },
} as const;

const adverbs = { slight: 'leicht', clear: 'deutlich', strong: 'stark' } as const;

const count = (n: number, k: number) => `${n} von ${k}`;

export const verdict: VerdictWords = {
  typeNames,
  headlineNamed: (type, kind) =>
    type === 'balanced'
      ? `${typeNames.balanced}: ${kindWords[kind ?? 'enjoys-both']}`
      : typeNames[type],
  headlineBetween: (first, second, kind) =>
    `Zwischen ${withKind(dative[first], first, kind)} und ${withKind(dative[second], second, kind)}`,
  over: (percent) => `über ${percent}`,
  likelihood: (isVeryLikely) => (isVeryLikely ? 'sehr wahrscheinlich' : 'wahrscheinlich'),
  summaryNamed: (likelihood, percent) => `${capitalize(likelihood)}: ${percent}`,
  summaryBetween: (first, second) => `Zu knapp für eine Entscheidung: ${first} und ${second}`,
  certaintyNamed: (likelihood, percent, type, kind, k, voice) => {
    const answers =
      k === null
        ? 'ein Fragebogen aussagen kann'
        : k === 1
          ? 'eine Antwort aussagen kann'
          : `${k} Antworten aussagen können`;
    const whose = voice === 'taker' ? 'Ihre Präferenzen' : 'die Präferenzen der Person';
    return `${capitalize(likelihood)}: ${percent}. Gemessen daran, wie viel ${answers}, liegen ${whose} mit einer Wahrscheinlichkeit von ${percent} im Bereich „${withKind(typeNames[type], type, kind)}“ der Karte.`;
  },
  certaintyBetween: (first, second, kind, k, voice) => {
    const quiz = k === null ? 'ein Fragebogen' : `ein Fragebogen mit ${k} Fragen`;
    const your = voice === 'taker' ? 'Ihre' : 'Die';
    const who = voice === 'taker' ? 'Sie stehen' : 'die Person steht';
    return `Zwischen ${withKind(dative[first.type], first.type, kind)} (${first.percent}) und ${withKind(dative[second.type], second.type, kind)} (${second.percent}). ${your} Antworten liegen nahe der Grenze zwischen beiden Bereichen, und ${quiz} kann nicht entscheiden, auf welcher Seite ${who}. Darum nennen wir beide, statt einen zu wählen.`;
  },
  noneClose: (onePercent) => `Kein anderer Typ kommt nahe heran: Jeder liegt unter ${onePercent}.`,
  nextNearest: (type, percent) => `Am zweitwahrscheinlichsten: ${typeNames[type]} (${percent}).`,
  otherThree: (percent) => `Die anderen drei Typen zusammen: etwa ${percent}.`,
  axisLean: (axis, side, strength, voice: Voice) => {
    const pole = poles[axis];
    if (side === null)
      return `Keine klare Neigung zwischen ${pole.both} Arbeit: ${voice === 'taker' ? 'Ihr' : 'Der'} Bereich umfasst beides.`;
    const lean = voice === 'taker' ? 'Sie neigen' : 'Dieses Ergebnis neigt';
    return `${lean} ${adverbs[strength]} zum ${side === 'plus' ? pole.plus : pole.minus}.`;
  },
  choiceKinds: {
    'strategic-market': 'Markt und Geschäft',
    'tactical-team': 'Team und Backlog',
    'strategic-team': 'Langfristige Richtung mit der Entwicklung',
    'tactical-market': 'Direkt zu Kunden und Nutzern',
  },
  choicesCaption: (k, voice) =>
    `Wie sich ${voice === 'taker' ? 'Ihre' : 'die'} ${k} Szenario-Antworten verteilen`,
  choiceCount: (c, k, voice) => {
    const of =
      voice === 'taker' ? `Von Ihren ${k} Szenario-Antworten` : `Von den ${k} Szenario-Antworten`;
    return `${of} gingen ${c['strategic-market']} an Markt und Geschäft, ${c['tactical-team']} an Team und Backlog, ${c['strategic-team']} an die langfristige Richtung mit der Entwicklung und ${c['tactical-market']} direkt an Kunden und Nutzer.`;
  },
  rangeAndOutward: (longRange, outward, k, voice) => {
    const you = voice === 'taker' ? 'haben Sie' : 'hat die Person';
    return `In ${count(longRange, k)} Szenarien ${you} eine längerfristige Option einer praktischen vorgezogen, und in ${count(outward, k)} ${you} sich nach außen an Kunden oder den Markt gewandt statt nach innen ans Team.`;
  },
  reasonStrategic: (side, n, k, voice) => {
    const you = voice === 'taker' ? 'haben Sie' : 'hat die Person';
    if (side === 'even')
      return `${voice === 'taker' ? 'Sie haben' : 'Die Person hat'} gleich oft längerfristige und praktische Optionen gewählt: je ${count(n, k)}.`;
    return side === 'long'
      ? `In ${count(n, k)} Szenarien ${you} eine längerfristige Option einer praktischen vorgezogen.`
      : `In ${count(n, k)} Szenarien ${you} eine praktische Option einer längerfristigen vorgezogen.`;
  },
  reasonOutside: (side, n, k, voice) => {
    const you = voice === 'taker' ? 'haben Sie' : 'hat die Person';
    const stayed = voice === 'taker' ? 'sind Sie' : 'ist die Person';
    if (side === 'even')
      return `${voice === 'taker' ? 'Sie haben' : 'Die Person hat'} sich so oft an Kunden und den Markt gewandt wie ans Team: je ${count(n, k)}.`;
    return side === 'outward'
      ? `In ${count(n, k)} Szenarien ${you} sich nach außen an Kunden oder den Markt gewandt statt ans Team.`
      : `In ${count(n, k)} Szenarien ${stayed} beim Team geblieben, statt sich an Kunden oder den Markt zu wenden.`;
  },
  dimensionReason: (n, total, noun, quadrant) => {
    const deeds = {
      'strategic-market': 'den Blick auf Markt und Geschäft gerichtet',
      'tactical-team': 'die Sache mit dem Team und über das Backlog gelöst',
      'strategic-team': 'mit der Entwicklung auf die langfristige Richtung geschaut',
      'tactical-market': 'sich direkt an Kunden und Nutzer gewandt',
    } as const;
    return `In ${count(n, total)} ${noun}-Szenarien haben Sie ${deeds[quadrant]}.`;
  },
  scoreNames: {
    strategic: 'Strategisch (+) ↔ taktisch (−)',
    outside: 'Marktorientiert (+) ↔ teamorientiert (−)',
    fit: 'PM-Index: Product Manager (+) ↔ Product Owner (−)',
    delta: 'Klassische Rolle (+) ↔ dazwischen (−)',
  },
  modelNotes: {
    1: 'Mit dem ersten Auswertungsmodell von rolefit berechnet, wie beim Erstellen des Links. Der heutige Fragebogen wertet Antworten mit Modell 2 aus, das bei denselben Antworten einen anderen Typ nennen kann.',
    2: 'Mit Modell 2 berechnet (eine Wahrscheinlichkeit für jeden Typ).',
  },
  notAnswered: 'Nicht beantwortet',
};
