import { Fragment } from 'react';
import { Link } from 'react-router';
import type { RouteHandle } from '../config/head';
import { paths } from '../config/paths';
import { loadRolesContent } from '../content/load-roles';
import type { Source } from '../domain/guide-fields';
import type { CountryId, SourceGrade } from '../domain/guide-ids';
import type { RolesContent } from '../domain/roles-schema';
import { roles as w } from '../words/en/roles';

export const rolesHandle: RouteHandle = {
  head: () => ({ ...w.head }),
};

// In this build's language: the German build reads questions/lang/de/roles.json over the English file.
const roles = loadRolesContent();
const { guide, notices } = roles;

type CountryNote = RolesContent['countryNotes'][number];

/** The country notes grouped by the first country each is about, in the file's order. */
const notesByCountry: readonly (readonly [CountryId, readonly CountryNote[]])[] = [
  ...roles.countryNotes.reduce((groups, note) => {
    const country = note.countries[0] ?? 'other';
    groups.set(country, [...(groups.get(country) ?? []), note]);
    return groups;
  }, new Map<CountryId, CountryNote[]>()),
];

/** noticesSources covers every notice; these two back the split caveat (the Scrum PO is full-stack). */
const splitCaveatSources = roles.noticesSources.filter(
  (key) => key === 'SG20' || key === 'PICHLER-PMPO',
);

const sourcesByKey = new Map<string, Source>(roles.sources.map((source) => [source.key, source]));

/** Every source this page cites, in the order a reader first meets it. */
const citedSources: readonly Source[] = [
  ...new Set([
    ...splitCaveatSources,
    ...guide.comparison.flatMap((row) => row.sources),
    ...guide.overlapSources,
    ...guide.bothRolesSources,
    ...guide.workingTogetherSources,
    ...roles.countryNotes.flatMap((note) => note.sources),
  ]),
].flatMap((key) => {
  const source = sourcesByKey.get(key);
  return source ? [source] : [];
});

/** What a grade means; a grade between two ("B/C") names both. */
function gradeLabel(grade: SourceGrade): string {
  switch (grade) {
    case 'A/B':
      return w.gradeBetween(w.grades.A, w.grades.B);
    case 'B/C':
      return w.gradeBetween(w.grades.B, w.grades.C);
    default:
      return w.grades[grade];
  }
}

const sourceId = (key: string) => `source-${key}`;

/** Short citation keys that jump to the source list at the bottom of the page. */
function Citations({ keys }: { keys: readonly string[] }) {
  return (
    <p className="citations">
      {w.citations} [
      {keys.map((key, index) => {
        const source = sourcesByKey.get(key);
        return (
          <Fragment key={key}>
            {index > 0 ? ', ' : null}
            {source ? (
              // A source key is a name, the same in every language (and never machine-translated).
              <a href={`#${sourceId(key)}`} title={source.name} translate="no">
                {key}
              </a>
            ) : (
              <span translate="no">{key}</span>
            )}
          </Fragment>
        );
      })}
      ]
    </p>
  );
}

/*
 * On narrow screens the table's parts are displayed as blocks and stacked. Some browsers drop table
 * semantics when display changes, so the roles that are implicit elsewhere are spelled out here.
 */
/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role -- explicit table roles survive the stacked layout's display:block */
function ComparisonTable() {
  return (
    <table className="compare-table" role="table">
      <caption>{w.tableCaption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {w.aspect}
          </th>
          <th scope="col" role="columnheader">
            Product Manager
          </th>
          <th scope="col" role="columnheader">
            Product Owner
          </th>
        </tr>
      </thead>
      {guide.comparison.map((row) => (
        <tbody key={row.aspect} role="rowgroup">
          <tr role="row">
            <th scope="row" role="rowheader" rowSpan={2}>
              {row.aspect}
            </th>
            <td role="cell" data-label="Product Manager">
              {row.productManager}
            </td>
            <td role="cell" data-label="Product Owner">
              {row.productOwner}
            </td>
          </tr>
          <tr role="row" className="compare-extra">
            <td role="cell" colSpan={2}>
              {row.note ? (
                <p className="compare-note">
                  <strong>{w.note}</strong> {row.note}
                </p>
              ) : null}
              <Citations keys={row.sources} />
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
/* eslint-enable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */

function Paragraphs({ texts }: { texts: readonly string[] }) {
  return texts.map((text) => <p key={text}>{text}</p>);
}

/** The Product Manager vs Product Owner guide, built from questions/roles.json. */
/** A titled section of the guide: its paragraphs, then the sources they cite. */
function CitedSection(props: {
  id: string;
  title: string;
  texts: readonly string[];
  sources: readonly string[];
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <Paragraphs texts={props.texts} />
      <Citations keys={props.sources} />
    </section>
  );
}

export function RolesPage() {
  return (
    <article className="roles-page">
      <h1>{w.heading}</h1>
      <p className="lead">{guide.intro}</p>
      <aside className="notice" aria-labelledby="split-caveat-title">
        <h2 id="split-caveat-title" className="notice-title">
          {w.splitCaveatTitle}
        </h2>
        <p>{notices.splitCaveat}</p>
        <Citations keys={splitCaveatSources} />
      </aside>

      <section aria-labelledby="compare-title">
        <h2 id="compare-title">{w.compareTitle}</h2>
        <ComparisonTable />
      </section>

      <CitedSection
        id="overlap-title"
        title={w.overlapTitle}
        texts={guide.overlap}
        sources={guide.overlapSources}
      />

      <CitedSection
        id="both-title"
        title={w.bothTitle}
        texts={guide.bothRoles}
        sources={guide.bothRolesSources}
      />

      <CitedSection
        id="together-title"
        title={w.togetherTitle}
        texts={guide.workingTogether}
        sources={guide.workingTogetherSources}
      />

      {notesByCountry.map(([country, notes]) => (
        <section key={country} aria-labelledby={`country-${country}-title`}>
          <h2 id={`country-${country}-title`}>{w.inCountry[country]}</h2>
          {notes.map((note) => (
            <Fragment key={note.id}>
              <h3>{note.title}</h3>
              <p>{note.text}</p>
              <Citations keys={note.sources} />
            </Fragment>
          ))}
        </section>
      ))}

      <section aria-labelledby="quiz-title">
        <h2 id="quiz-title">{w.quizTitle}</h2>
        <p>{w.quizText}</p>
        <p className="button-row">
          <Link className="button primary" to={`${paths.quiz.href()}?mode=full`}>
            {w.quizButton}
          </Link>
        </p>
      </section>

      <section aria-labelledby="sources-title" className="source-section">
        <h2 id="sources-title">{w.sourcesTitle}</h2>
        <p className="muted">{w.gradesIntro}</p>
        <ol className="source-list">
          {citedSources.map((source) => (
            <li key={source.key} id={sourceId(source.key)}>
              <span className="source-key" translate="no">
                {source.key}
              </span>{' '}
              {/* Source names stay as the sources are titled, mostly English (ADR 007). */}
              {source.url === null ? (
                <span lang="en">{source.name}</span>
              ) : (
                <a href={source.url} rel="noopener noreferrer" lang="en">
                  {source.name}
                </a>
              )}{' '}
              <span className="source-grade">
                {w.grade(source.grade, gradeLabel(source.grade))}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
