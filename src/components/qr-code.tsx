import { useEffect, useState } from 'react';

/** A QR code of `text`, drawn locally (uqr, loaded only when a QR code is shown). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void import('uqr').then(({ renderSVG }) => {
      if (!isCurrent) return;
      const svg = renderSVG(text, { border: 2 });
      setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      isCurrent = false;
    };
  }, [text]);
  if (!src) return <p className="muted">Drawing the QR code…</p>;
  return <img className="qr-code" src={src} alt={label} width={180} height={180} />;
}
