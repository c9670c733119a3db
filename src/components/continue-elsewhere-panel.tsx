import { useMemo } from 'react';
import { buildLinkFragment } from '../domain/link-fragment';
import type { Bank, Answers, Mode } from '../domain/schema';
import { buildProgressManifest, encodeProgressCode } from '../domain/progress-code';
import { CopyLink } from './copy-link';
import { QrCode } from './qr-code';

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
      <p>
        Open this link on your other device to carry on where you are. It contains your answers so
        far, so keep it to yourself.
      </p>
      <CopyLink label="Link with your answers so far" value={link} />
      <QrCode text={link} label="QR code of the link with your answers so far" />
    </div>
  );
}
