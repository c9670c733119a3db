import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { decodeProgress, LINK_PROBLEMS } from '../content/decode-result';
import { getLoadedRevision } from '../content/load-archive';
import { prepareBank, type PreparedBank } from '../domain/bank';
import type { DecodeOutcome } from '../domain/bit-codec';
import type { ProgressPayload } from '../domain/progress-code';
import { ActionRow } from '../components/action-row';
import { newSeed } from '../components/random-seed';
import { paths } from '../config/paths';
import { useQuizActions } from '../store/quiz-store';
import { quiz } from '../words/en/quiz';

const w = quiz.import;

// Part of the quiz page, loaded only for a `#p=` link (quiz.tsx), so a question never downloads the
// progress-code decoder or the archived revisions.

type ImportState = { code: string; outcome: DecodeOutcome<ProgressPayload> } | null;

/** Offers to load progress from another device; nothing changes until the taker agrees. */
export function ImportProgress({ code, prepared }: { code: string; prepared: PreparedBank }) {
  const navigate = useNavigate();
  const { importProgress } = useQuizActions();
  const [loaded, setLoaded] = useState<ImportState>(null);
  useEffect(() => {
    let isCurrent = true;
    void decodeProgress(code).then((outcome) => {
      if (isCurrent) setLoaded({ code, outcome });
    });
    return () => {
      isCurrent = false;
    };
  }, [code]);
  const close = () => {
    void navigate(paths.quiz.href(), { replace: true });
  };
  if (loaded?.code !== code) return <p aria-busy="true">{w.reading}</p>;
  const { outcome } = loaded;
  if (!outcome.ok) {
    return (
      <article>
        <h1>{w.unreadable}</h1>
        <p>
          {LINK_PROBLEMS[outcome.reason]} {w.unchanged}
        </p>
        <button type="button" className="button primary" onClick={close}>
          {w.toQuiz}
        </button>
      </article>
    );
  }
  const { mode, answers, revision } = outcome.value;
  const archived = getLoadedRevision(revision);
  const count = Object.keys(answers).length;
  const handleLoad = () => {
    // Each answer keeps the content hash of the item it answered, so reworded items are asked again.
    const source = archived ? prepareBank(archived) : prepared;
    const saved = Object.fromEntries(
      Object.entries(answers).flatMap(([id, option]) => {
        const hash = source.itemHashes[id];
        return hash ? [[id, { option, hash }]] : [];
      }),
    );
    importProgress(mode, saved, newSeed());
    close();
  };
  return (
    <article>
      <h1>{w.heading}</h1>
      <p>{w.carries(count, mode)}</p>
      <ActionRow
        actions={[
          { label: w.load, onClick: handleLoad },
          { label: w.notNow, onClick: close },
        ]}
      />
    </article>
  );
}
