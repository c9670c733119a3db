import type { ReactNode } from 'react';
import type { Voice } from '../domain/describe';
import type { ResultReport } from '../domain/result-report';
import { TYPE_NAMES, type ResultType } from '../domain/result-types';
import type { ResultTypeContent, RolesContent } from '../domain/roles-schema';
import type { SharedResult } from '../domain/share-code';
import type { ResultView } from '../domain/shared-view';
import { CertaintyDetails, MapFigure, WhyDetails } from './result-core';
import { Disclosure } from './disclosure';
import { result as w } from '../words/en/result';

// The sections under a result's first screen, in the order a job seeker asks: what it means, the
// map, the practice profile, pay, how to grow, and what it does not mean. Each opens and closes.

function contentsOf(roles: RolesContent, types: readonly ResultType[]): ResultTypeContent[] {
  return types.flatMap((type) => roles.types.filter((t) => t.id === type));
}

/** What the type (or each of the two types) means, in the taker's or a viewer's words. */
export function TypeMeaning({
  roles,
  types,
  voice,
}: {
  roles: RolesContent;
  types: readonly ResultType[];
  voice: Voice;
}) {
  const contents = contentsOf(roles, types);
  return contents.map((content) => {
    const words = voice === 'taker' ? content : content.about;
    return (
      <div key={content.id} className="type-meaning">
        {contents.length > 1 ? <h3>{TYPE_NAMES[content.id]}</h3> : null}
        <p className="lead">{words.summary}</p>
        <p>{words.description}</p>
        <p className="print-hide">
          <strong>{w.sections.realWorldRoles}</strong> {content.realWorldRoles.join(', ')}.
        </p>
      </div>
    );
  });
}

/** "What it means": the type(s), how sure we are and why. */
export function MeaningSection({
  roles,
  types,
  view,
  voice,
  note,
}: {
  roles: RolesContent;
  types: readonly ResultType[];
  view: ResultView;
  voice: Voice;
  note?: string;
}) {
  return (
    <Disclosure id="meaning" title={w.sections.meaning}>
      <TypeMeaning roles={roles} types={types} voice={voice} />
      <CertaintyDetails view={view} {...(note === undefined ? {} : { note })} />
      <WhyDetails sentences={view.sentences} nextNearest={view.nextNearest} />
    </Disclosure>
  );
}

/** "The map": the dot, its 90% box and the scores in detail. */
export function MapSection({
  result,
  view,
  label,
  caption,
}: {
  result: SharedResult;
  view: ResultView;
  label: string;
  caption: string;
}) {
  return (
    <Disclosure id="map" title={w.sections.map}>
      <MapFigure result={result} view={view} label={label} caption={caption} />
    </Disclosure>
  );
}

/** "What this does not mean": each type's caveat, the Scrum caveat and what the quiz is not for. */
export function NotMeaningSection({
  roles,
  types,
}: {
  roles: RolesContent;
  types: readonly ResultType[];
}) {
  const contents = contentsOf(roles, types);
  return (
    <Disclosure id="not-meaning" title={w.sections.notMeaning}>
      {contents.map((content) => (
        <p key={content.id}>
          {contents.length > 1 ? <strong>{TYPE_NAMES[content.id]}: </strong> : null}
          {content.whatItDoesNotMean}
        </p>
      ))}
      <p>{roles.notices.splitCaveat}</p>
      <p>{roles.notices.notForHiring}</p>
      <p className="print-hide">{roles.notices.notATest}</p>
    </Disclosure>
  );
}

/**
 * A taker's own result below its first screen, on the results page and in the embed. `practice`,
 * `pay` and `growth` are the bodies of those sections where the page shows them.
 */
export function ResultSections({
  report,
  roles,
  types,
  shortQuizNote,
  practice,
  pay,
  growth,
}: {
  report: ResultReport;
  roles: RolesContent;
  types: readonly ResultType[];
  shortQuizNote: string;
  practice?: ReactNode;
  pay?: ReactNode;
  growth?: ReactNode;
}) {
  const { words } = report;
  return (
    <div className="result-sections">
      <MeaningSection
        roles={roles}
        types={types}
        view={words}
        voice="taker"
        {...(report.mode === 'short' ? { note: shortQuizNote } : {})}
      />
      <MapSection
        result={report.result}
        view={words}
        label={w.sections.you}
        caption={w.sections.yourScores}
      />
      {practice ? (
        <Disclosure id="practice" title={w.sections.practice}>
          {practice}
        </Disclosure>
      ) : null}
      {pay ? (
        <Disclosure id="pay" title={w.sections.pay}>
          {pay}
        </Disclosure>
      ) : null}
      {growth ? (
        <Disclosure id="grow" title={w.sections.grow}>
          {growth}
        </Disclosure>
      ) : null}
      <NotMeaningSection roles={roles} types={types} />
    </div>
  );
}
