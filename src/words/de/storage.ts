import type { StorageWords } from '../en/storage';

export const storage: StorageWords = {
  notices: {
    unavailable:
      'Dieser Browser lässt rolefit Ihren Fortschritt nicht speichern (privates Surfen oder gesperrter Speicher). Sie können den Fragebogen trotzdem ausfüllen, aber nach einem Neuladen beginnt er von vorn.',
    full: 'Der Speicher dieses Browsers für rolefit ist voll, daher wird Ihr Fortschritt nicht gespeichert. Sie können den Fragebogen trotzdem ausfüllen, aber nach einem Neuladen beginnt er von vorn. Wenn Sie die Daten dieser Website in den Browsereinstellungen löschen, wird wieder Platz frei.',
    corrupted:
      'Der in diesem Browser gespeicherte Fortschritt war nicht lesbar, daher beginnt der Fragebogen neu. Sonst ist nichts betroffen.',
    'newer-version':
      'Ihr gespeicherter Fortschritt stammt von einer neueren Version von rolefit, diese Seite ist älter. Er bleibt sicher: Was Sie auf dieser Seite tun, wird nicht gespeichert und kann ihn daher nicht überschreiben. Setzen Sie ihn mit der neuen Version fort (oder schließen Sie alle rolefit-Tabs und öffnen Sie rolefit erneut).',
    'deleted-elsewhere':
      'Ihr gespeicherter Fortschritt wurde in einem anderen Tab oder Fenster gelöscht, daher hat auch diese Seite ihn entfernt.',
  },
  useNewVersion: 'Neue Version verwenden',
  dismiss: 'Schließen',
};
