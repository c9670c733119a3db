import type { StorageNotice } from '../domain/saved-quiz';

const MESSAGES: Readonly<Record<StorageNotice, string>> = {
  unavailable:
    'This browser is not letting rolefit save your progress (private browsing or blocked storage). You can still take the quiz, but a reload will start it again.',
  corrupted:
    'We could not read the progress saved in this browser, so the quiz starts fresh. Nothing else is affected.',
  'newer-version':
    'Your saved progress was made by a newer version of rolefit, and this tab still runs an older one. Use the new version to get your progress back; until then the quiz starts fresh.',
};

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
          Use the new version
        </button>
      ) : null}
      <button type="button" className="button small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
