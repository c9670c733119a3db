/**
 * The words of passing a link on, used by every page that shows one (the quiz's "continue on
 * another device", the coach invite, the job page, the share panel): the copy field, the QR code,
 * and what a broken link says. Kept apart from share.ts so those pages carry only these few words.
 */
export const links = {
  copy: {
    button: 'Copy link',
    copied: 'Link copied.',
    manual: 'Press Ctrl+C or Cmd+C to copy.',
  },
  qr: {
    failed: 'The QR code could not be drawn; copy the link instead.',
    drawing: 'Drawing the QR code…',
  },
  /** Plain words for each way a link can fail (decodeResultCode, parseResultLink). */
  problems: {
    changed: 'This link looks incomplete or was changed.',
    // A reload alone may keep the old version while a newer one waits for the open tabs to close
    // (docs/performance.md, "Updates"), so the message says what always works.
    newer:
      'This link was made by a newer version of rolefit. Close every rolefit tab, then open the link again.',
    notResultLink: 'This is not a rolefit result link.',
    unknownType: 'This link names a result type rolefit does not know.',
  },
};

export type LinkWords = typeof links;
