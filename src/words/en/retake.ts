/** "Retake the quiz" and its confirmation (src/components/retake-button.tsx). */
export const retake = {
  button: 'Retake the quiz',
  title: 'Start the quiz again?',
  kept: 'Your current result stays on this device under “Your earlier results”, and your new result will be compared with it.',
  notKept:
    'Your current result is not kept under “Your earlier results” on this device, so a new quiz replaces it. To keep it, copy a link to it first.',
  confirm: 'Start again',
  cancel: 'Cancel',
};

export type RetakeWords = typeof retake;
