import { Fragment } from 'react';
import { Link } from 'react-router';
import type { RouteHandle } from '../config/head';
import { paths } from '../config/paths';
// src/content/load-guide.ts did not exist yet when this page was written; switch to loadRolesContent()
// once it does, so the guide is parsed by its schema like the rest of questions/.
import roles from '../../questions/roles.json';

export const rolesHandle: RouteHandle = {
  head: () => ({
    title: 'Product Manager vs Product Owner · rolefit',
    description:
      'How Product Manager and Product Owner roles differ in focus, skills, stakeholders, metrics and authority, where they overlap, and how they work together, with sources.',
  }),
};

type Source = (typeof roles.sources)[number];

const { guide, notices } = roles;

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
  ]),
].flatMap((key) => {
  const source = sourcesByKey.get(key);
  return source ? [source] : [];
});

const GRADE_LABELS: Readonly<Record<string, string>> = {
  A: 'official or primary source',
  B: 'recognized practitioner or vendor',
  C: 'secondary blog, summary or aggregator',
};

const sourceId = (key: string) => `source-${key}`;

/** Short citation keys that jump to the source list at the bottom of the page. */
function Citations({ keys }: { keys: readonly string[] }) {
  return (
    <p className="citations">
      Sources: [
      {keys.map((key, index) => {
        const source = sourcesByKey.get(key);
        return (
          <Fragment key={key}>
            {index > 0 ? ', ' : null}
            {source ? (
              <a href={`#${sourceId(key)}`} title={source.name}>
                {key}
              </a>
            ) : (
              key
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
      <caption>How the two roles compare, aspect by aspect</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            Aspect
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
                  <strong>Note:</strong> {row.note}
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
      <h1>Product Manager vs Product Owner</h1>
      <p className="lead">{guide.intro}</p>
      <aside className="notice" aria-labelledby="split-caveat-title">
        <h2 id="split-caveat-title" className="notice-title">
          Which split this guide describes
        </h2>
        <p>{notices.splitCaveat}</p>
        <Citations keys={splitCaveatSources} />
      </aside>

      <section aria-labelledby="compare-title">
        <h2 id="compare-title">Side by side</h2>
        <ComparisonTable />
      </section>

      <CitedSection
        id="overlap-title"
        title="Where the roles overlap"
        texts={guide.overlap}
        sources={guide.overlapSources}
      />

      <CitedSection
        id="both-title"
        title="When one person does both"
        texts={guide.bothRoles}
        sources={guide.bothRolesSources}
      />

      <CitedSection
        id="together-title"
        title="How they work together"
        texts={guide.workingTogether}
        sources={guide.workingTogetherSources}
      />

      <section aria-labelledby="quiz-title">
        <h2 id="quiz-title">Which one fits you?</h2>
        <p>
          Answer a set of everyday work situations and see whether you lean toward Product Manager
          work, Product Owner work, or a mix of both.
        </p>
        <p className="button-row">
          <Link className="button primary" to={`${paths.quiz.href()}?mode=full`}>
            Start the quiz
          </Link>
        </p>
      </section>

      <section aria-labelledby="sources-title" className="source-section">
        <h2 id="sources-title">Sources</h2>
        <p className="muted">
          Each source has a grade: A for an official or primary source (such as the Scrum Guide or
          SAFe), B for a recognized practitioner or vendor, and C for a secondary blog, summary or
          aggregator.
        </p>
        <ol className="source-list">
          {citedSources.map((source) => (
            <li key={source.key} id={sourceId(source.key)}>
              <span className="source-key">{source.key}</span>{' '}
              {source.url === null ? (
                source.name
              ) : (
                <a href={source.url} rel="noopener noreferrer">
                  {source.name}
                </a>
              )}{' '}
              <span className="source-grade">
                (grade {source.grade}: {GRADE_LABELS[source.grade] ?? 'ungraded'})
              </span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
