import type { RetakeWords } from '../en/retake';

export const retake: RetakeWords = {
  button: 'Fragebogen erneut ausfüllen',
  title: 'Den Fragebogen neu beginnen?',
  kept: 'Ihr aktuelles Ergebnis bleibt auf diesem Gerät unter „Ihre früheren Ergebnisse“ erhalten, und Ihr neues Ergebnis wird damit verglichen.',
  notKept:
    'Ihr aktuelles Ergebnis wird auf diesem Gerät nicht unter „Ihre früheren Ergebnisse“ aufbewahrt, ein neuer Durchgang ersetzt es also. Wenn Sie es behalten möchten, kopieren Sie vorher einen Link dazu.',
  confirm: 'Neu beginnen',
  cancel: 'Abbrechen',
};
