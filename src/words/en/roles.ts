/** The roles guide's words (/roles): headings, table labels and the source list's framing. */
export const roles = {
  head: {
    title: 'Product Manager vs Product Owner · rolefit',
    description:
      'How Product Manager and Product Owner roles differ in focus, skills, stakeholders, metrics and authority, where they overlap, and how they work together, with sources.',
  },
  heading: 'Product Manager vs Product Owner',
  splitCaveatTitle: 'Which split this guide describes',
  compareTitle: 'Side by side',
  tableCaption: 'How the two roles compare, aspect by aspect',
  aspect: 'Aspect',
  note: 'Note:',
  overlapTitle: 'Where the roles overlap',
  bothTitle: 'When one person does both',
  togetherTitle: 'How they work together',
  /** The heading over the country notes of one country (questions/roles.json `countryNotes`). */
  inCountry: {
    us: 'In the United States',
    gb: 'In the United Kingdom',
    de: 'In Germany',
    nl: 'In the Netherlands',
    ca: 'In Canada',
    au: 'In Australia',
    in: 'In India',
    ch: 'In Switzerland',
    other: 'In other countries',
  },
  quizTitle: 'Which one fits you?',
  quizText:
    'Answer a set of everyday work situations and see whether you lean toward Product Manager work, Product Owner work, or a mix of both.',
  quizButton: 'Start the quiz',
  citations: 'Sources:',
  sourcesTitle: 'Sources',
  gradesIntro:
    'Each source has a grade: A for an official or primary source (such as the Scrum Guide or SAFe), B for a recognized practitioner or vendor, and C for a secondary blog, summary or aggregator.',
  grades: {
    A: 'official or primary source',
    B: 'recognized practitioner or vendor',
    C: 'secondary blog, summary or aggregator',
  },
  /** A grade between two (source grade "B/C"). */
  gradeBetween: (better: string, worse: string) => `between ${better} and ${worse}`,
  grade: (grade: string, label: string) => `(grade ${grade}: ${label})`,
};

export type RolesWords = typeof roles;
