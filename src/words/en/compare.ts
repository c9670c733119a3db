/** The compare page (/compare): the list of links, the comparison, the answer grid, the CSV and the print. */
export const compare = {
  head: {
    title: 'Compare results · rolefit',
    description:
      'Compare several rolefit result links side by side: result types, scores and answers, all in your browser.',
  },
  heading: 'Compare results',
  notVerified: 'Self-reported results; links are not verified.',
  form: {
    label: 'Result links',
    hint: {
      before: 'Paste 2 to 20 rolefit result links, one per line. To name a client, write ',
      code: 'Label | link',
      after:
        ". Nothing leaves your browser: the list is kept only in this page's address, so you can bookmark it.",
    },
    submit: 'Compare',
  },
  /** The list's messages and default labels (src/domain/compare.ts). */
  list: {
    tooFew: (min: number) => `Paste at least ${min} result links, one per line.`,
    tooMany: (max: number, pasted: number) =>
      `Paste at most ${max} result links, one per line (you pasted ${pasted}).`,
    client: (n: number) => `Client ${n}`,
  },
  heading2: 'Comparison',
  reading: (count: number) => `Reading ${count} ${count === 1 ? 'link' : 'links'}…`,
  printedOn: (date: string) => `Printed on ${date}.`,
  problems: {
    heading: (count: number) =>
      count === 1 ? '1 link could not be compared' : `${count} links could not be compared`,
    line: (line: number, label: string) => `Line ${line} (${label}):`,
    duplicate: (of: number) =>
      `This is the same result link as line ${of}, so it is compared once.`,
  },
  nothing: 'None of the links could be read, so there is nothing to compare yet.',
  labels: {
    legend: 'Labels',
    hint: "Labels appear in the table, on the map and in the export, and are kept in this page's address.",
    field: (line: number) => `Label for link ${line}`,
  },
  table: {
    caption: 'Results side by side: scores from −100 to 100, 90% range in brackets',
    label: 'Label',
    type: 'Result type',
    strategic: 'Strategic (+) ↔ tactical (−)',
    outside: 'Market-facing (+) ↔ team-facing (−)',
    fit: 'PM-fit: Product Manager (+) ↔ Product Owner (−)',
    noScore: 'no score',
    range: (low: number, high: number) => `(${low} to ${high})`,
  },
  /** Said of a link that carries only a result type. */
  typeOnly: 'type only: this link carries no scores',
  model: (model: 1 | 2) => `Scoring model ${model}`,
  mapCaption: 'One point per result with scores; the table above has the numbers and ranges.',
  /** The map's text alternative. */
  mapSummary: (count: number, points: string) =>
    `Map of ${count} ${count === 1 ? 'result' : 'results'} on scales from −100 to 100: ${points}.`,
  mapPoint: (label: string, strategic: number, outside: number) =>
    `${label}, strategic ${strategic} and market-facing ${outside}`,
  exportCsv: 'Export CSV',
  print: 'Print / Save as PDF',
  /** The CSV file's name and header row (src/domain/compare.ts). */
  csv: {
    file: 'rolefit-compare.csv',
    header: [
      'Label',
      'Result type',
      'Result in words',
      'Scoring model',
      'Strategic (+100) to tactical (−100): score',
      'Strategic to tactical: lowest of the 90% range',
      'Strategic to tactical: highest of the 90% range',
      'Market-facing (+100) to team-facing (−100): score',
      'Market-facing to team-facing: lowest of the 90% range',
      'Market-facing to team-facing: highest of the 90% range',
      'Product Manager (+100) to Product Owner (−100) fit: score',
      'Product Manager to Product Owner fit: lowest of the 90% range',
      'Product Manager to Product Owner fit: highest of the 90% range',
    ],
    practice: (activity: string) => `Practice in the last 12 months: ${activity}`,
    link: 'Link',
  },
  answers: {
    heading: 'Answers side by side',
    hint: 'For links that include answers. Questions are matched by their id, so a question reworded in a later version stays on one row; each answer shows the wording of its own version.',
    caption: 'Answers by question',
    question: 'Question',
    notAsked: 'not asked in this version',
    unanswered: 'no answer',
    askedAs: (text: string) => `Asked as: ${text}`,
  },
  printLinks: 'Result links',
};

export type CompareWords = typeof compare;
