import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { SITE_ORIGIN, type RouteHandle } from '../config/head';
import { ChartBoundary } from '../components/chart-boundary';
import { FitMap, type MapPoint } from '../components/fit-map';
import { useHydrated } from '../components/use-hydrated';
import { decodeResultCode, LINK_PROBLEMS } from '../content/decode-result';
import { getLoadedRevision, getShareManifest } from '../content/load-archive';
import { FREQUENCIES } from '../domain/bank';
import {
  alignAnswers,
  decodeCompareHash,
  displayLabel,
  encodeCompareHash,
  parseCompareList,
  sanitizeLabel,
  selectComparable,
  toCsv,
  type CompareEntry,
  type CsvRow,
} from '../domain/compare';
import { buildResultPath } from '../domain/result-link';
import { TYPE_NAMES } from '../domain/result-types';
import type { Bank } from '../domain/schema';
import type { DecodeOutcome } from '../domain/bit-codec';
import type { DisplayScore, SharePayload } from '../domain/share-code';
import { describeSharedResult } from '../domain/shared-view';

export const compareHandle: RouteHandle = {
  head: () => ({
    title: 'Compare results · rolefit',
    description:
      'Compare several rolefit result links side by side: result types, scores and answers, all in your browser.',
    noindex: true,
  }),
};

const NOT_VERIFIED = 'Self-reported results; links are not verified';
const TYPE_ONLY_NOTE = 'type only: this link carries no scores';
/** Marks fragment changes made by this page, so only outside changes (a pasted URL) reload the list. */
const OWN_WRITE = { compareList: true } as const;

function isOwnWrite(state: unknown): boolean {
  return typeof state === 'object' && state !== null && Reflect.get(state, 'compareList') === true;
}

/** A compared entry with the line it came from (for messages). */
type ListEntry = CompareEntry & { line: number };

interface LineProblem {
  line: number;
  label: string;
  link: string;
  message: string;
}

/** Compare view: 2 to 20 result links side by side, kept only in the page's fragment. */
export function ComparePage() {
  const isHydrated = useHydrated();
  const location = useLocation();
  return (
    <article className="compare-page">
      <h1>Compare results</h1>
      <p className="notice compare-verify-note">{NOT_VERIFIED}.</p>
      {/* The prerender and the hydration render never see the fragment: the list appears after. */}
      <CompareWorkspace
        key={isHydrated ? 'live' : 'shell'}
        isLive={isHydrated}
        hash={isHydrated ? location.hash : ''}
        isExternal={isHydrated && !isOwnWrite(location.state)}
      />
    </article>
  );
}

function fullLink(entry: CompareEntry): string {
  const origin = typeof window === 'undefined' ? SITE_ORIGIN : window.location.origin;
  return `${origin}${buildResultPath(entry.type, entry.code)}`;
}

function restoreList(hash: string): { list: ListEntry[]; text: string } {
  const list = decodeCompareHash(hash).map((e, i) => ({ ...e, line: i + 1 }));
  const text = list
    .map((e) => (e.label.trim() === '' ? fullLink(e) : `${e.label.trim()} | ${fullLink(e)}`))
    .join('\n');
  return { list, text };
}

interface CompareWorkspaceProps {
  /** False in the prerendered shell: the form waits for the script instead of losing typed text. */
  isLive: boolean;
  hash: string;
  /** The fragment changed outside this page (a pasted or bookmarked URL): load it. */
  isExternal: boolean;
}

function CompareWorkspace({ isLive, hash, isExternal }: CompareWorkspaceProps) {
  const navigate = useNavigate();
  const [initial] = useState(() => restoreList(hash));
  const [text, setText] = useState(initial.text);
  const [list, setList] = useState<ListEntry[]>(initial.list);
  const [lineProblems, setLineProblems] = useState<LineProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [decoded, setDecoded] = useState<ReadonlyMap<string, DecodeOutcome<SharePayload>>>(
    () => new Map(),
  );
  const [seenHash, setSeenHash] = useState(hash);
  if (hash !== seenHash) {
    setSeenHash(hash);
    if (isExternal) {
      const restored = restoreList(hash);
      setList(restored.list);
      setText(restored.text);
      setLineProblems([]);
      setMessage(null);
    }
  }

  const pendingKey = useMemo(
    () =>
      [...new Set(list.flatMap((e) => (e.code !== null && !decoded.has(e.code) ? [e.code] : [])))]
        .sort()
        .join(','),
    [list, decoded],
  );
  useEffect(() => {
    if (pendingKey === '') return;
    // Results are cached by code, so a late answer for an older list is still correct; the flag
    // only stops updates after the list moved on or the page left.
    let isCurrent = true;
    void Promise.all(
      pendingKey.split(',').map(async (code) => [code, await decodeResultCode(code)] as const),
    ).then((results) => {
      if (!isCurrent) return;
      setDecoded((previous) => new Map([...previous, ...results]));
    });
    return () => {
      isCurrent = false;
    };
  }, [pendingKey]);

  const writeHash = (next: readonly CompareEntry[]) => {
    void navigate(
      { hash: encodeCompareHash(next) },
      { replace: true, preventScrollReset: true, state: OWN_WRITE },
    );
  };

  const handleCompare = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = parseCompareList(text);
    if (!outcome.ok) {
      setMessage(outcome.message);
      setLineProblems([]);
      setList([]);
      writeHash([]);
      return;
    }
    const next = selectComparable(outcome.lines);
    setMessage(null);
    setLineProblems(
      outcome.lines.flatMap((l): LineProblem[] => {
        const base = { line: l.line, label: l.label, link: l.link };
        if (!l.outcome.ok) {
          return [
            { ...base, message: LINK_PROBLEMS[l.outcome.reason] ?? LINK_PROBLEMS.malformed ?? '' },
          ];
        }
        if (l.duplicateOf !== null) {
          return [
            {
              ...base,
              message: `This is the same result link as line ${l.duplicateOf}, so it is compared once.`,
            },
          ];
        }
        return [];
      }),
    );
    setList(next);
    writeHash(next);
  };

  const handleLabelChange = (index: number, value: string) => {
    const next = list.map((e, i) => (i === index ? { ...e, label: sanitizeLabel(value) } : e));
    setList(next);
    writeHash(next);
  };

  return (
    <>
      <form className="compare-form" onSubmit={handleCompare}>
        <label htmlFor="compare-links" className="compare-form-label">
          Result links
        </label>
        <p id="compare-links-hint" className="muted">
          Paste 2 to 20 rolefit result links, one per line. To name a client, write{' '}
          <code>Label | link</code>. Nothing leaves your browser: the list is kept only in this
          page&apos;s address, so you can bookmark it.
        </p>
        <textarea
          id="compare-links"
          aria-describedby="compare-links-hint"
          rows={6}
          spellCheck={false}
          autoComplete="off"
          readOnly={!isLive}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button primary" disabled={!isLive}>
            Compare
          </button>
        </div>
      </form>
      {message === null ? null : (
        <p className="notice" role="alert">
          {message}
        </p>
      )}
      {list.length === 0 && lineProblems.length === 0 ? null : (
        <Comparison
          list={list}
          lineProblems={lineProblems}
          decoded={decoded}
          isLoading={pendingKey !== ''}
          onLabelChange={handleLabelChange}
        />
      )}
    </>
  );
}

interface Row {
  index: number;
  entry: ListEntry;
  label: string;
  link: string;
  /** null for a type-only link. */
  payload: SharePayload | null;
}

function splitRows(
  list: readonly ListEntry[],
  decoded: ReadonlyMap<string, DecodeOutcome<SharePayload>>,
): { rows: Row[]; problems: LineProblem[] } {
  const rows: Row[] = [];
  const problems: LineProblem[] = [];
  list.forEach((entry, index) => {
    const label = displayLabel(entry.label, index);
    const link = fullLink(entry);
    if (entry.code === null) {
      rows.push({ index, entry, label, link, payload: null });
      return;
    }
    const outcome = decoded.get(entry.code);
    if (outcome === undefined) return;
    if (!outcome.ok) {
      problems.push({
        line: entry.line,
        label,
        link,
        message: LINK_PROBLEMS[outcome.reason] ?? '',
      });
    } else if (outcome.value.result.type !== entry.type) {
      // The path and the code disagree: someone edited the link.
      problems.push({ line: entry.line, label, link, message: LINK_PROBLEMS.checksum ?? '' });
    } else {
      rows.push({ index, entry, label, link, payload: outcome.value });
    }
  });
  return { rows, problems };
}

interface ComparisonProps {
  list: readonly ListEntry[];
  lineProblems: readonly LineProblem[];
  decoded: ReadonlyMap<string, DecodeOutcome<SharePayload>>;
  isLoading: boolean;
  onLabelChange: (index: number, value: string) => void;
}

function Comparison({ list, lineProblems, decoded, isLoading, onLabelChange }: ComparisonProps) {
  const [printedOn] = useState(() =>
    new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()),
  );
  if (isLoading) {
    return (
      <section aria-labelledby="compare-heading" aria-busy="true">
        <h2 id="compare-heading">Comparison</h2>
        <p role="status">
          Reading {list.length} {list.length === 1 ? 'link' : 'links'}…
        </p>
      </section>
    );
  }
  const { rows, problems: decodeProblems } = splitRows(list, decoded);
  const problems = [...lineProblems, ...decodeProblems].sort((a, b) => a.line - b.line);
  const points: MapPoint[] = rows.flatMap(({ label, payload }) =>
    payload === null
      ? []
      : [
          {
            label,
            outside: payload.result.outside.value,
            outsideLow: payload.result.outside.low,
            outsideHigh: payload.result.outside.high,
            strategic: payload.result.strategic.value,
            strategicLow: payload.result.strategic.low,
            strategicHigh: payload.result.strategic.high,
          },
        ],
  );
  const mapSummary = `Map of ${points.length} ${points.length === 1 ? 'result' : 'results'} on scales from −100 to 100: ${points
    .map((p) => `${p.label}, strategic ${p.strategic} and market-facing ${p.outside}`)
    .join('; ')}.`;

  const handleExport = () => {
    downloadCsv(toCsv(rows.map(toCsvRow)));
  };

  return (
    <section aria-labelledby="compare-heading" className="compare-results">
      <h2 id="compare-heading">Comparison</h2>
      <p className="compare-print-only">Printed on {printedOn}.</p>

      {problems.length === 0 ? null : (
        <div className="notice compare-problems">
          <h3>
            {problems.length === 1
              ? '1 link could not be compared'
              : `${problems.length} links could not be compared`}
          </h3>
          <ul>
            {problems.map((p) => (
              <li key={`${p.line}-${p.link}`}>
                <strong>
                  Line {p.line} ({p.label}):
                </strong>{' '}
                {p.message} <code className="compare-link-text">{p.link}</code>
              </li>
            ))}
          </ul>
        </div>
      )}

      {rows.length === 0 ? (
        <p>None of the links could be read, so there is nothing to compare yet.</p>
      ) : (
        <>
          <fieldset className="compare-labels">
            <legend>Labels</legend>
            <p className="muted">
              Labels appear in the table, on the map and in the export, and are kept in this
              page&apos;s address.
            </p>
            {rows.map(({ index, entry, label }) => (
              <div className="compare-label-field" key={index}>
                <label htmlFor={`compare-label-${index}`}>Label for link {entry.line}</label>
                <input
                  id={`compare-label-${index}`}
                  type="text"
                  maxLength={60}
                  autoComplete="off"
                  placeholder={label}
                  value={entry.label}
                  onChange={(e) => onLabelChange(index, e.target.value)}
                />
              </div>
            ))}
          </fieldset>

          <div
            className="compare-scroll"
            role="region"
            aria-labelledby="compare-table-caption"
            // A scrolling region must take focus so keyboard users can scroll it (axe).
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
          >
            <table className="compare-results-table">
              <caption id="compare-table-caption">
                Results side by side: scores from −100 to 100, 90% range in brackets
              </caption>
              <thead>
                <tr>
                  <th scope="col">Label</th>
                  <th scope="col">Result type</th>
                  <th scope="col">Strategic (+) ↔ tactical (−)</th>
                  <th scope="col">Market-facing (+) ↔ team-facing (−)</th>
                  <th scope="col">PM-fit: Product Manager (+) ↔ Product Owner (−)</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ index, label, entry, payload }) => (
                  <tr key={index}>
                    <th scope="row">{label}</th>
                    <td>
                      {payload === null ? (
                        <>
                          {TYPE_NAMES[entry.type]}
                          <span className="compare-type-only"> ({TYPE_ONLY_NOTE})</span>
                        </>
                      ) : (
                        describeSharedResult(payload.result).headline
                      )}
                    </td>
                    <ScoreCell score={payload?.result.strategic ?? null} />
                    <ScoreCell score={payload?.result.outside ?? null} />
                    <ScoreCell score={payload?.result.fit ?? null} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {points.length === 0 ? null : (
            <figure className="chart-figure compare-map">
              <ChartBoundary>
                <FitMap points={points} summary={mapSummary} showRanges={false} showLabels />
              </ChartBoundary>
              <figcaption>
                One point per result with scores; the table above has the numbers and ranges.
              </figcaption>
            </figure>
          )}

          <div className="button-row compare-actions">
            <button type="button" className="button" onClick={handleExport}>
              Export CSV
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              Print / Save as PDF
            </button>
          </div>

          <AnswerGrid rows={rows} />

          <section className="compare-print-only" aria-label="Result links">
            <h3>Result links</h3>
            <ol>
              {rows.map(({ index, label, link }) => (
                <li key={index}>
                  {label}: <span className="compare-link-text">{link}</span>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </section>
  );
}

function ScoreCell({ score }: { score: DisplayScore | null }) {
  if (score === null) {
    return (
      <td>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">no score</span>
      </td>
    );
  }
  return (
    <td className="compare-score">
      {score.value}{' '}
      <span className="muted">
        ({score.low} to {score.high})
      </span>
    </td>
  );
}

function toCsvRow({ label, entry, link, payload }: Row): CsvRow {
  return {
    label,
    resultType:
      payload === null
        ? `${TYPE_NAMES[entry.type]} (${TYPE_ONLY_NOTE})`
        : describeSharedResult(payload.result).headline,
    strategic: payload?.result.strategic ?? null,
    outside: payload?.result.outside ?? null,
    fit: payload?.result.fit ?? null,
    link,
  };
}

function downloadCsv(csv: string) {
  // The byte-order mark lets spreadsheet programs read non-ASCII labels as UTF-8.
  const blob = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = 'rolefit-compare.csv';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function questionText(bank: Bank | undefined, id: string): string | undefined {
  return (
    bank?.scenarios.find((s) => s.id === id)?.prompt ??
    bank?.practice.find((p) => p.id === id)?.activity
  );
}

function answerText(bank: Bank | undefined, id: string, option: string): string {
  const scenario = bank?.scenarios.find((s) => s.id === id);
  if (scenario) return scenario.options.find((o) => o.key === option)?.text ?? option;
  return FREQUENCIES.find((f) => f.id === option)?.label ?? option;
}

/** Answer-level links side by side, aligned by question id across revisions. */
function AnswerGrid({ rows }: { rows: readonly Row[] }) {
  const columns = rows.flatMap(({ index, label, payload }) => {
    if (payload?.level !== 'answers' || payload.answers === undefined) return [];
    const { revision, mode } = payload.result;
    const manifest = getShareManifest(revision, mode);
    return [
      {
        index,
        label,
        bank: getLoadedRevision(revision),
        itemIds: manifest?.items.map((item) => item.id) ?? [],
        answers: payload.answers,
      },
    ];
  });
  if (columns.length === 0) return null;
  const grid = alignAnswers(columns);
  return (
    <section aria-labelledby="compare-answers-heading" className="compare-answers">
      <h3 id="compare-answers-heading">Answers side by side</h3>
      <p className="muted">
        For links that include answers. Questions are matched by their id, so a question reworded in
        a later version stays on one row; each answer shows the wording of its own version.
      </p>
      <div
        className="compare-scroll"
        role="region"
        aria-labelledby="compare-answers-caption"
        // A scrolling region must take focus so keyboard users can scroll it (axe).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="compare-answer-grid">
          <caption id="compare-answers-caption">Answers by question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              {columns.map((c) => (
                <th scope="col" key={c.index}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row) => {
              const header =
                columns.map((c) => questionText(c.bank, row.id)).find((t) => t !== undefined) ??
                row.id;
              return (
                <tr key={row.id}>
                  <th scope="row">{header}</th>
                  {row.cells.map((cell, i) => {
                    const column = columns[i];
                    const asked = column ? questionText(column.bank, row.id) : undefined;
                    return (
                      <td key={column?.index ?? i}>
                        {cell.kind === 'not-asked' ? (
                          <span className="muted">not asked in this version</span>
                        ) : cell.kind === 'unanswered' ? (
                          <span className="muted">no answer</span>
                        ) : (
                          answerText(column?.bank, row.id, cell.option)
                        )}
                        {asked !== undefined && asked !== header ? (
                          <span className="compare-asked-as">Asked as: {asked}</span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
