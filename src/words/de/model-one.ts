import type { ModelOneWords } from '../en/model-one';

type Level = 'high' | 'moderate' | 'low';

const OPENING: Readonly<Record<Level, string>> = {
  high: 'Bei diesem Ergebnis sind wir uns ziemlich sicher',
  moderate: 'Dieses Ergebnis ist recht deutlich',
  low: 'Dieses Ergebnis liegt nur knapp über der Grenze',
};

const SIDE = {
  strategic: 'zur strategischen Seite',
  tactical: 'zur taktischen Seite',
  market: 'zur marktorientierten Seite',
  team: 'zur teamorientierten Seite',
} as const;

export const modelOne: ModelOneWords = {
  headline: (name, strength) => {
    const word =
      strength === 'slight' ? 'Leichte' : strength === 'clear' ? 'Klare' : strength ? 'Starke' : '';
    return word ? `${word} Passung: ${name}` : name;
  },
  balancedHeadline: (name, kind) =>
    `${name}: ${kind === 'drawn-to-neither' ? 'keine Seite zieht besonders an' : 'beides liegt nah'}`,
  axis: (score, pole, strength, axis, voice) => {
    const range = `${score.value}, 90-%-Bereich ${score.low} bis ${score.high}`;
    const label =
      axis === 'strategic'
        ? 'strategischer und taktischer'
        : 'marktorientierter und teamorientierter';
    if (pole === null) return `Keine klare Neigung zwischen ${label} Arbeit (${range}).`;
    const adverb = strength === 'slight' ? 'leicht' : strength === 'clear' ? 'klar' : 'stark';
    const who = voice === 'taker' ? 'Sie neigen' : 'Dieses Ergebnis neigt';
    return `${who} ${adverb} ${SIDE[pole]} (${range}).`;
  },
  certainty: (group, level, fit, voice) => {
    const your = voice === 'taker' ? 'Ihr' : 'Der';
    const fText = `${your} PM-Index liegt bei ${fit.value} auf einer Skala von -100 (Product Owner) bis 100 (Product Manager), mit einem 90-%-Bereich von ${fit.low} bis ${fit.high}.`;
    if (group === 'pole') {
      return `${OPENING[level]}: Der ganze Bereich liegt auf einer Seite der Null. ${fText}`;
    }
    if (group === 'hybrid') {
      return `${OPENING[level]}: Beide Achsen sind entschieden, in entgegengesetzte Richtungen, darum liegt der PM-Index hier naturgemäß nahe null. ${fText}`;
    }
    const answers = voice === 'taker' ? 'Ihre Antworten' : 'Die Antworten';
    return level === 'high'
      ? `${answers} liegen nah an der Mitte, und der ganze Bereich bleibt nahe null: Ein ausgewogenes Ergebnis ist eine faire Lesart. ${fText}`
      : `${answers} waren breit gestreut: Der Bereich schließt die Null ein, sodass schon wenige andere Entscheidungen das Ergebnis in die eine oder andere Richtung kippen könnten. ${fText}`;
  },
  choiceSentences: (c, voice) => {
    const you = voice === 'taker' ? 'haben Sie' : 'hat die Person';
    const You = voice === 'taker' ? 'Sie haben' : 'Die Person hat';
    return [
      `${You} in ${c.pm} von ${c.k} ${c.k === 1 ? 'Szenario' : 'Szenarien'} die Markt-und-Strategie-Option gewählt (typisch für Product Manager), in ${c.po} die Team-und-Backlog-Option (typisch für Product Owner) und in ${c.mixed} eine der beiden gemischten Optionen.`,
      `In ${c.strategic} von ${c.k} ${you} eine strategische, längerfristige Option einer praktischen vorgezogen, und in ${c.outward} von ${c.k} ${you} sich nach außen an Kunden oder den Markt gewandt statt nach innen ans Team.`,
    ];
  },
  nextNearest: (name, voice) =>
    `Der nächstgelegene Ergebnistyp für ${voice === 'taker' ? 'Ihre' : 'die'} Antworten ist „${name}“.`,
  summary: {
    high: 'Ziemlich sicher',
    moderate: 'Recht deutlich',
    low: 'Nur knapp über der Grenze',
  },
  choicesCaption: (k) => `Wie sich die ${k} Szenario-Antworten verteilen`,
  rows: {
    pm: 'Antworten vom Product-Manager-Typ',
    po: 'Antworten vom Product-Owner-Typ',
    mixed: 'Gemischte Antworten (strategisch-teamorientiert oder praktisch mit Kunden)',
  },
};
