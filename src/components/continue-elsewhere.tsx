import { useState } from 'react';
import { CopyLink } from './copy-link';
import { QrCode } from './qr-code';

/** "Continue on another device": a link (and QR code) that carries the answers so far. */
export function ContinueElsewhere({ link }: { link: string }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div className="continue-elsewhere">
      <button
        type="button"
        className="button small"
        aria-expanded={isOpen}
        onClick={() => {
          setIsOpen((v) => !v);
        }}
      >
        Continue on another device
      </button>
      {isOpen ? (
        <div className="card">
          <p>
            Open this link on your other device to carry on where you are. It contains your answers
            so far, so keep it to yourself.
          </p>
          <CopyLink label="Link with your answers so far" value={link} />
          <QrCode text={link} label="QR code of the link with your answers so far" />
        </div>
      ) : null}
    </div>
  );
}
