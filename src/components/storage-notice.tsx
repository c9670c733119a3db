import type { StorageNotice } from '../domain/saved-quiz';
import { storage as w } from '../words/en/storage';

const MESSAGES: Readonly<Record<StorageNotice, string>> = w.notices;

/**
 * A calm, dismissible note about saved progress. For progress from a newer version it also offers
 * `onUseNewVersion`, which switches the tab to that version (a reload alone may not: see
 * docs/performance.md, "Updates").
 */
export function StorageNoticeBanner({
  notice,
  onDismiss,
  onUseNewVersion,
}: {
  notice: StorageNotice;
  onDismiss: () => void;
  onUseNewVersion?: () => void;
}) {
  return (
    <div className="notice storage-notice" role="status">
      <p>{MESSAGES[notice]}</p>
      {notice === 'newer-version' && onUseNewVersion ? (
        <button type="button" className="button small primary" onClick={onUseNewVersion}>
          {w.useNewVersion}
        </button>
      ) : null}
      <button type="button" className="button small" onClick={onDismiss}>
        {w.dismiss}
      </button>
    </div>
  );
}
