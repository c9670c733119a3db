import { useMemo, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { linkRoot, type RouteHandle } from '../config/head';
import { useHydrated } from '../components/use-hydrated';
import {
  decodeCompareHash,
  encodeCompareHash,
  parseCompareList,
  sanitizeLabel,
  type CompareEntry,
} from '../domain/compare';
import {
  buildCompareReport,
  formatCompareList,
  isSameLinkList,
  planComparison,
  type NumberedEntry,
} from '../domain/compare-report';
import { compare as w } from '../words/en/compare';
import { Comparison } from './compare/comparison';
import { useDecodedCodes } from './compare/use-decoded-codes';

export const compareHandle: RouteHandle = {
  head: () => ({
    title: w.head.title,
    description: w.head.description,
    noindex: true,
  }),
};

/**
 * The visit a fragment this page wrote belongs to. Each write carries it in the history state, so a
 * fragment written here keeps the visit's draft and messages, while any other change (a pasted or
 * bookmarked address) starts a fresh visit.
 */
function readVisit(state: unknown, key: string): string {
  if (typeof state !== 'object' || state === null) return key;
  const visit: unknown = Reflect.get(state, 'compareVisit');
  return typeof visit === 'string' ? visit : key;
}

/**
 * Compare view: 2 to 20 result links side by side. The compared list lives only in the page's
 * fragment and every render reads it from there; the page itself keeps only the text being edited
 * and the text last compared (for its messages).
 */
export function ComparePage() {
  const isHydrated = useHydrated();
  const location = useLocation();
  const visit = readVisit(location.state, location.key);
  return (
    <article className="compare-page">
      <h1>{w.heading}</h1>
      <p className="notice compare-verify-note">{w.notVerified}</p>
      {/* The prerender and the hydration render never see the fragment: the list appears after. */}
      <CompareWorkspace
        key={isHydrated ? visit : 'shell'}
        isLive={isHydrated}
        hash={isHydrated ? location.hash : ''}
        visit={visit}
      />
    </article>
  );
}

interface CompareWorkspaceProps {
  /** False in the prerendered shell: the form waits for the script instead of losing typed text. */
  isLive: boolean;
  /** The page's fragment: the compared list. */
  hash: string;
  /** The visit this workspace belongs to (see readVisit). */
  visit: string;
}

function CompareWorkspace({ isLive, hash, visit }: CompareWorkspaceProps) {
  const navigate = useNavigate();
  /** The list text as the user edits it; null until they do, showing the kept list. */
  const [draft, setDraft] = useState<string | null>(null);
  /** The text last compared, for its messages and line numbers. */
  const [compared, setCompared] = useState<string | null>(null);
  const origin = linkRoot();

  const kept = useMemo(() => decodeCompareHash(hash), [hash]);
  const outcome = useMemo(
    () => (compared === null ? null : parseCompareList(compared)),
    [compared],
  );
  const plan = outcome?.ok ? planComparison(outcome.lines) : null;
  // Line numbers and flagged lines come from the compared text while the fragment still holds its
  // links; a list read from the address alone is numbered in order.
  const isPlanKept = plan !== null && isSameLinkList(plan.entries, kept);
  const entries: NumberedEntry[] = kept.map((e, i) => ({
    ...e,
    line: isPlanKept ? (plan.entries[i]?.line ?? i + 1) : i + 1,
  }));
  const decoded = useDecodedCodes(entries.flatMap((e) => (e.code === null ? [] : [e.code])));
  const report = buildCompareReport(entries, (code) => decoded.get(code), origin);
  const problems = [...(isPlanKept ? plan.problems : []), ...report.problems].sort(
    (a, b) => a.line - b.line,
  );
  const message = outcome !== null && !outcome.ok ? outcome.message : null;
  const text = draft ?? formatCompareList(kept, origin);

  const writeHash = (next: readonly CompareEntry[]) => {
    void navigate(
      { hash: encodeCompareHash(next) },
      { replace: true, preventScrollReset: true, state: { compareVisit: visit } },
    );
  };

  const handleCompare = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = parseCompareList(text);
    setDraft(text);
    setCompared(text);
    writeHash(next.ok ? planComparison(next.lines).entries : []);
  };

  const handleLabelChange = (index: number, value: string) => {
    writeHash(kept.map((e, i) => (i === index ? { ...e, label: sanitizeLabel(value) } : e)));
  };

  return (
    <>
      <form className="compare-form" onSubmit={handleCompare}>
        <label htmlFor="compare-links" className="compare-form-label">
          {w.form.label}
        </label>
        <p id="compare-links-hint" className="muted">
          {w.form.hint.before}
          <code>{w.form.hint.code}</code>
          {w.form.hint.after}
        </p>
        <textarea
          id="compare-links"
          aria-describedby="compare-links-hint"
          rows={6}
          spellCheck={false}
          autoComplete="off"
          readOnly={!isLive}
          value={text}
          onChange={(e) => setDraft(e.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button primary" disabled={!isLive}>
            {w.form.submit}
          </button>
        </div>
      </form>
      {message === null ? null : (
        <p className="notice" role="alert">
          {message}
        </p>
      )}
      {entries.length === 0 && problems.length === 0 ? null : (
        <Comparison
          linkCount={entries.length}
          rows={report.rows}
          problems={problems}
          isLoading={report.isPending}
          onLabelChange={handleLabelChange}
        />
      )}
    </>
  );
}
