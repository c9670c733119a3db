import { useMemo } from 'react';
import { buildLinkFragment } from '../domain/link-fragment';
import type { Bank, Answers, Mode } from '../domain/schema';
import { buildProgressManifest, encodeProgressCode } from '../domain/progress-code';
import { CopyLink } from './copy-link';
import { QrCode } from './qr-code';
import { quiz } from '../words/en/quiz';

const w = quiz.elsewhere;

export interface ContinueElsewherePanelProps {
  /** The absolute address of the quiz page; the progress code goes in its fragment (`#p=…`). */
  quizUrl: string;
  bank: Bank;
  mode: Mode;
  answers: Answers;
}

/**
 * The opened "continue on another device" panel: the link with the answers so far, and its QR code.
 * Loaded only when the taker opens it (see ContinueElsewhere), so a question does not download it.
 */
export function ContinueElsewherePanel({
  quizUrl,
  bank,
  mode,
  answers,
}: ContinueElsewherePanelProps) {
  const link = useMemo(
    () =>
      `${quizUrl}${buildLinkFragment(
        'progress',
        encodeProgressCode(
          { revision: bank.revision, mode, answers },
          buildProgressManifest(bank, mode),
        ),
      )}`,
    [quizUrl, bank, mode, answers],
  );
  return (
    <div className="card">
      <p>{w.text}</p>
      <CopyLink label={w.link} value={link} />
      <QrCode text={link} label={w.qr} />
    </div>
  );
}
