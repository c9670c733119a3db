import fc from 'fast-check';
import { expect, test } from 'vitest';
import rawLexicon from '../../../questions/lexicon.json';
import { parseLexicon } from '../../../src/domain/posting/lexicon-schema';
import { compileLexicon, findPhrases } from '../../../src/domain/posting/match-posting';
import { placePosting, verdictIncludes } from '../../../src/domain/posting/place-posting';
import type { ResultType } from '../../../src/domain/result-types';

// German postings against the real lexicon (questions/lexicon.json holds German phrases beside the
// English ones, so both builds read both languages; docs/job-postings.md, "German postings").
// The postings below are written in our own words after the pattern of German PO/PM postings and
// role profiles; the short quoted lines are marked with the page they come from.

const parsed = parseLexicon('questions/lexicon.json', rawLexicon);
if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
const compiled = compileLexicon(parsed.value);

const entriesOf = (text: string) => findPhrases(compiled, text).map((m) => m.entryId);

test.each([
  // Compounds, inflection and case.
  ['Sie führen Marktanalysen durch.', 'market-research', 'Marktanalysen'],
  ['MARKTANALYSE UND PREISGESTALTUNG', 'market-research', 'MARKTANALYSE'],
  [
    'Markt- und Wettbewerbsanalysen gehören dazu.',
    'market-research',
    'Markt- und Wettbewerbsanalysen',
  ],
  ['Sie verantworten die Preisgestaltung.', 'pricing-packaging', 'Preisgestaltung'],
  ['Sie planen die Go-to-Market-Strategie.', 'go-to-market', 'Go-to-Market-Strategie'],
  ['Sie entwickeln die Produktvision weiter.', 'product-strategy', 'Produktvision'],
  ['Sie führen Kundeninterviews.', 'customer-discovery', 'Kundeninterviews'],
  ['Betreuung unserer Zielmärkte', 'market-segments', 'Zielmärkte'],
  ['Präsentationen für Großkunden', 'client-relationship', 'Großkunden'],
  ['Sie pflegen das Produkt-Backlog.', 'backlog', 'Produkt-Backlog'],
  ['Sie pflegen den Produktbacklog.', 'backlog', 'Produktbacklog'],
  ['Backlog pflegen und priorisieren', 'backlog', 'Backlog pflegen'],
  [
    'Anforderungen aufnehmen und priorisieren',
    'requirements-detail',
    'Anforderungen aufnehmen und priorisieren',
  ],
  ['Sie schreiben User Stories.', 'user-stories', 'User Stories'],
  ['User Storys mit Akzeptanzkriterien', 'user-stories', 'User Storys'],
  ['Sie leiten die Sprint-Planung.', 'scrum-events', 'Sprint-Planung'],
  ['Sie leiten die Sprintplanung.', 'scrum-events', 'Sprintplanung'],
  ['Abnahme der Ergebnisse', 'acceptance-criteria', 'Abnahme'],
  ['Pflege des Lastenhefts', 'requirements-detail', 'Lastenhefts'],
  ['Abstimmung mit dem Entwicklungsteam', 'development-team', 'Entwicklungsteam'],
  ['Eine skalierbare Plattformarchitektur', 'non-functional', 'skalierbare'],
  ['Sie treiben die Plattform voran.', 'platform', 'Plattform'],
  ['Kundenschulungen und Webinare', 'training-enablement', 'Kundenschulungen'],
  ['Bearbeitung von Supportanfragen', 'support-escalations', 'Supportanfragen'],
  // English loan words in a German sentence.
  ['Sie verantworten das Stakeholder-Management und die Roadmap.', 'roadmap-ownership', 'Roadmap'],
  ['Erfahrung mit Jira und Confluence', 'jira-tools', 'Jira'],
])('%j: the first counted phrase is %s (%j)', (text, entryId, matched) => {
  const [first] = findPhrases(compiled, text);
  expect(first?.entryId).toBe(entryId);
  expect(first?.text).toBe(matched);
});

test.each([
  // Benefits, legal text and generic words count for nothing, in German too.
  ['Wir bieten\n30 Tage Urlaub, Homeoffice und Weiterbildung im Backlog-Management.'],
  ['Stakeholder-Management und Stakeholdermanagement'],
  ['Produktmanager (m/w/d) gesucht'],
  // German negation and the section word: a phrase after "kein" or "ohne" counts nothing.
  ['Sie führen keine Marktanalysen durch.'],
  ['Eine Rolle ohne Preisgestaltung.'],
])('%j counts nothing', (text) => {
  expect(entriesOf(text)).toEqual([]);
});

test('a phrase only wished for ("von Vorteil") counts less than a duty', () => {
  const [duty] = findPhrases(compiled, 'Sie führen Marktanalysen durch.');
  const [wish] = findPhrases(compiled, 'Kenntnisse in Marktanalyse sind von Vorteil.');
  expect(wish?.weight).toBeLessThan(duty?.weight ?? 0);
});

test('German section headings set the weight of the lines below them', () => {
  const text =
    'Ihre Aufgaben\nPreisgestaltung\nIhr Profil\nPreisgestaltung\nWünschenswert\nPreisgestaltung';
  const weights = findPhrases(compiled, text).map((m) => m.weight);
  expect(weights).toEqual([2, 2 * 0.6, 2 * 0.3]);
});

// Three postings a reader would place without hesitation, and a mixed one.
const PO_HEAVY = `Product Owner (m/w/d) Versicherungsplattform
Ihre Aufgaben
- Sie nehmen Anforderungen der Fachbereiche auf, schreiben User Stories mit Akzeptanzkriterien und pflegen das Product Backlog.
- Sie führen das Backlog-Refinement mit dem Entwicklungsteam durch und sind fester Teil des Scrum-Teams.
- Sprint-Planung, Sprint-Reviews und Retrospektiven gehören zu Ihrem Alltag.
- Abnahme der umgesetzten Anforderungen am Ende jedes Sprints.
Ihr Profil
- Erfahrung als Product Owner in einem agilen Umfeld, Jira und Confluence
- Zertifizierung als Scrum Product Owner von Vorteil
Wir bieten
- 30 Tage Urlaub, Homeoffice, betriebliche Altersvorsorge`;

const PM_HEAVY = `Produktmanager (m/w/d) Software
Deine Aufgaben
- Du entwickelst die Produktvision und Produktstrategie und verantwortest die Produkt-Roadmap.
- Du führst Markt- und Wettbewerbsanalysen durch und sprichst in Kundeninterviews mit unseren Zielgruppen.
- Du verantwortest Preisgestaltung und Positionierung und planst die Markteinführung neuer Produkte gemeinsam mit Marketing und Vertrieb.
- Du misst den Erfolg mit Kennzahlen und erstellst Business Cases für die Geschäftsführung.
Dein Profil
- Mehrjährige Erfahrung im Produktmanagement
Das bieten wir dir
- Flexible Arbeitszeiten und ein Jobrad`;

// Denglisch: a German posting that says most of the work in English loan words.
const MIXED_PO = `Product Owner (w/m/d) E-Commerce
Das erwartet dich
- Ownership für das Product Backlog: Du schreibst User Stories, definierst Acceptance Criteria und die Definition of Done.
- Du moderierst Backlog Refinements und die Sprint Planning mit deinem Scrum Team.
- Du priorisierst Features nach Business Value und klärst Requirements mit Stakeholdern.
Das bringst du mit
- Erfahrung mit Scrum oder Kanban, Jira
- Idealerweise erste Erfahrung mit A/B-Tests`;

const CUSTOMER_FACING = `Product Owner Kundenlösungen (m/w/d)
Ihre Aufgaben
- Sie sind Ansprechpartner für unsere Kunden, führen Kundentermine und Kundenbesuche vor Ort durch.
- Sie begleiten die Implementierung beim Kunden, übernehmen Kundenschulungen und bearbeiten Eskalationen aus dem Kundensupport.
- Sie sammeln Kundenfeedback und Feature-Requests und unterstützen den Vertrieb mit Produktdemos.`;

const STRATEGIC_TECHNICAL = `Technical Product Manager Plattform (m/w/d)
Ihre Aufgaben
- Sie verantworten die technische Roadmap unserer Plattform und treffen Architekturentscheidungen gemeinsam mit den Architekten.
- Sie treiben die Migration von Altsystemen, den Abbau technischer Schulden und die Skalierbarkeit voran.
- APIs und Schnittstellen zu Drittsystemen, Datenplattform und interne Teams als Kunden.
Ihr Profil
- Studium der Informatik oder ein technischer Hintergrund`;

test.each([
  ['PO-heavy (German)', 'product-owner', PO_HEAVY],
  ['PM-heavy (German, du)', 'product-manager', PM_HEAVY],
  ['PO-heavy (German and English loan words)', 'product-owner', MIXED_PO],
  ['customer-facing (German)', 'customer-facing', CUSTOMER_FACING],
  ['strategic-technical (German)', 'strategic-technical', STRATEGIC_TECHNICAL],
])('a %s posting reads like %s', (_, type, text) => {
  const placed = placePosting(compiled, { text });
  expect(verdictIncludes(placed.verdict, type as ResultType)).toBe(true);
});

test('a German Product Owner title over Product Manager duties is flagged', () => {
  const placed = placePosting(compiled, {
    title: 'Product Owner (m/w/d)',
    text: PM_HEAVY.split('\n').slice(1).join('\n'),
  });
  expect(placed.titleCheck).toMatchObject({ kind: 'disagrees', titleType: 'product-owner' });
});

test('German titles are read: "Produktmanagerin" is a Product Manager title', () => {
  const placed = placePosting(compiled, { title: 'Senior Produktmanagerin', text: PM_HEAVY });
  expect(placed.titleCheck).toMatchObject({ kind: 'agrees', titleType: 'product-manager' });
});

// Short lines from public German role profiles, read as a reader would read them.
test.each([
  [
    // https://firmaco.de/beruf-product-owner
    '- Backlogs aktuell halten für Transparenz & Verständlichkeit\n- Ausarbeitung von User Stories',
    ['backlog', 'user-stories'],
  ],
  [
    // https://hsc-personal.de/jobprofile-product-owner
    'Formuliert und kommuniziert die Produktvision auf Basis von Marktanalyse, Kundenfeedback und Unternehmensstrategie.',
    ['product-strategy', 'market-research', 'customer-requests'],
  ],
  [
    // https://blog.hubspot.de/service/produktmanager
    'die Planung und Steuerung des Produktlebenszyklus, Markt- und Wettbewerbsanalysen',
    ['product-lifecycle', 'market-research'],
  ],
  [
    // https://gfn.uinclis.de/02-resources/notes/product-owner
    'Priorisierung des Backlogs: Er oder sie ordnet die Aufgaben nach Wichtigkeit',
    ['prioritise-work'],
  ],
])('%j is read as %j', (text, entries) => {
  expect(entriesOf(text)).toEqual(entries);
});

const LETTERS = ['a', 'e', 'n', 'r', 's', 't', 'ä', 'ö', 'ü', 'ß', 'Ä', 'Ü', ' ', '-', '.'];
const WORDS = ['release', 'sprint', 'backlog', 'roadmap', 'api', 'qa', 'marktanalyse', 'scrum'];

test('a match never starts or ends inside a word, umlauts and ß included', () => {
  const piece = fc.oneof(fc.constantFrom(...LETTERS), fc.constantFrom(...WORDS));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      for (const m of findPhrases(compiled, text)) {
        expect(text.slice(m.start - 1, m.start)).not.toMatch(/[\p{L}\p{N}_]/u);
        expect(text.slice(m.end, m.end + 1)).not.toMatch(/[\p{L}\p{N}_]/u);
      }
    }),
  );
});
