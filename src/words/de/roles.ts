import type { RolesWords } from '../en/roles';

export const roles: RolesWords = {
  head: {
    title: 'Product Manager oder Product Owner? · rolefit',
    description:
      'Worin sich Product Manager und Product Owner unterscheiden – Schwerpunkt, Fähigkeiten, Stakeholder, Kennzahlen und Entscheidungsbefugnis –, wo sie sich überschneiden und wie sie zusammenarbeiten, mit Quellen.',
  },
  heading: 'Product Manager oder Product Owner?',
  splitCaveatTitle: 'Welche Aufteilung dieser Leitfaden beschreibt',
  compareTitle: 'Im direkten Vergleich',
  tableCaption: 'Die beiden Rollen im Vergleich, Punkt für Punkt',
  aspect: 'Merkmal',
  note: 'Hinweis:',
  overlapTitle: 'Wo sich die Rollen überschneiden',
  bothTitle: 'Wenn eine Person beides macht',
  togetherTitle: 'Wie sie zusammenarbeiten',
  inCountry: {
    us: 'In den USA',
    gb: 'Im Vereinigten Königreich',
    de: 'In Deutschland',
    nl: 'In den Niederlanden',
    ca: 'In Kanada',
    au: 'In Australien',
    in: 'In Indien',
    ch: 'In der Schweiz',
    other: 'In anderen Ländern',
  },
  quizTitle: 'Welche Rolle passt zu Ihnen?',
  quizText:
    'Beantworten Sie Fragen zu alltäglichen Situationen bei der Arbeit und sehen Sie, ob Sie eher zur Arbeit eines Product Managers, eines Product Owners oder zu einer Mischung aus beidem neigen.',
  quizButton: 'Den Fragebogen ausfüllen',
  citations: 'Quellen:',
  sourcesTitle: 'Quellen',
  gradesIntro:
    'Jede Quelle hat eine Stufe: A für eine offizielle oder Primärquelle (etwa den Scrum Guide oder SAFe), B für anerkannte Praktiker oder Anbieter und C für einen Blog, eine Zusammenfassung oder ein Portal aus zweiter Hand.',
  grades: {
    A: 'offizielle oder Primärquelle',
    B: 'anerkannte Praktiker oder Anbieter',
    C: 'Blog, Zusammenfassung oder Portal aus zweiter Hand',
  },
  gradeBetween: (better, worse) => `zwischen ${better} und ${worse}`,
  grade: (grade, label) => `(Stufe ${grade}: ${label})`,
};
