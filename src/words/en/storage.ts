/** The notes about saved progress (src/components/storage-notice.tsx), by StorageNotice. */
export const storage = {
  notices: {
    unavailable:
      'This browser is not letting rolefit save your progress (private browsing or blocked storage). You can still take the quiz, but a reload will start it again.',
    full: "This browser's storage for rolefit is full, so your progress is not being saved. You can still take the quiz, but a reload will start it again. Clearing this site's data in your browser settings makes room.",
    corrupted:
      'We could not read the progress saved in this browser, so the quiz starts fresh. Nothing else is affected.',
    'newer-version':
      'Your saved progress was made by a newer version of rolefit, and this page is older. It stays safe: nothing you do on this page is saved, so it cannot be overwritten. Use the new version to continue it (or close every rolefit tab and open rolefit again).',
    'deleted-elsewhere':
      'Your saved progress was deleted in another tab or window, so this page has cleared it too.',
  },
  useNewVersion: 'Use the new version',
  dismiss: 'Dismiss',
};

export type StorageWords = typeof storage;
