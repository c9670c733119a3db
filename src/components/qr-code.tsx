import { useMemo } from 'react';
import { createLoader, LoadBoundary, useLoaded } from './load-on-demand';
import { links } from '../words/en/links';

// uqr loads only when a QR code is shown.
const uqr = createLoader(() => import('uqr'));

interface QrCodeProps {
  text: string;
  label: string;
}

/** A QR code of `text`, drawn locally; if its code cannot load, says so and the link still works. */
export function QrCode(props: QrCodeProps) {
  return (
    <LoadBoundary fallback={() => <p className="muted">{links.qr.failed}</p>}>
      <QrImage {...props} />
    </LoadBoundary>
  );
}

function QrImage({ text, label }: QrCodeProps) {
  const module = useLoaded(uqr);
  const src = useMemo(() => {
    if (!module) return null;
    const svg = module.renderSVG(text, { border: 2 });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [module, text]);
  if (!src) return <p className="muted">{links.qr.drawing}</p>;
  return <img className="qr-code" src={src} alt={label} width={180} height={180} />;
}
