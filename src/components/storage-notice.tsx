import type { StorageNotice } from '../domain/saved-quiz';

const MESSAGES: Readonly<Record<StorageNotice, string>> = {
  unavailable:
    'This browser is not letting rolefit save your progress (private browsing or blocked storage). You can still take the quiz, but a reload will start it again.',
  corrupted:
    'We could not read the progress saved in this browser, so the quiz starts fresh. Nothing else is affected.',
  'newer-version':
    'Your saved progress was made by a newer version of rolefit. Reload the page to get it; until then the quiz starts fresh.',
};

/** A calm, dismissible note about saved progress. */
export function StorageNoticeBanner({
  notice,
  onDismiss,
}: {
  notice: StorageNotice;
  onDismiss: () => void;
}) {
  return (
    <div className="notice storage-notice" role="status">
      <p>{MESSAGES[notice]}</p>
      <button type="button" className="button small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
