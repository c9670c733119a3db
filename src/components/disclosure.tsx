import { useEffect, useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

// A section a reader opens and closes: the WAI-ARIA disclosure pattern (a button with aria-expanded
// inside the section's h2), so the headings stay in the page's outline for screen-reader navigation,
// which a heading inside <summary> does not reliably do. Printing opens every section: the printed
// report is the whole result (CSS shows closed bodies in print too, as a fallback).

let isPrintRequested = false;
const printListeners = new Set<() => void>();
const onBeforePrint = () => openAllForPrint(true);
const onAfterPrint = () => openAllForPrint(false);

// While any disclosure is on the page, printing from the browser menu or Ctrl+P opens them all too.
function subscribePrint(listener: () => void): () => void {
  if (printListeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
  }
  printListeners.add(listener);
  return () => {
    printListeners.delete(listener);
    if (printListeners.size === 0) {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    }
  };
}

/**
 * Opens every disclosure on the page at once (for printing); `false` gives each its own state back.
 * Synchronous: the browser lays out the print right after `beforeprint`.
 */
export function openAllForPrint(value: boolean): void {
  if (isPrintRequested === value) return;
  flushSync(() => {
    isPrintRequested = value;
    for (const listener of printListeners) listener();
  });
}

export interface DisclosureProps {
  /** The section's id: a link to `#id` opens it. */
  id: string;
  title: string;
  /** A few words under the title saying what is inside, shown while it is closed too. */
  hint?: string;
  defaultOpen?: boolean;
  children: ReactNode;
}

/** One section of the result that opens and closes; the heading is always in the outline. */
export function Disclosure({ id, title, hint, defaultOpen = false, children }: DisclosureProps) {
  const [isOpen, setIsOpen] = useState(defaultOpen);
  const isPrinting = useSyncExternalStore(
    subscribePrint,
    () => isPrintRequested,
    () => false,
  );
  const bodyId = useId();
  const headingId = `${id}-heading`;

  // A link to this section (#id), e.g. from the first screen, opens it.
  useEffect(() => {
    const openIfTarget = () => {
      if (window.location.hash === `#${id}`) setIsOpen(true);
    };
    openIfTarget();
    window.addEventListener('hashchange', openIfTarget);
    return () => window.removeEventListener('hashchange', openIfTarget);
  }, [id]);

  const shown = isOpen || isPrinting;
  return (
    <section id={id} className="disclosure" aria-labelledby={headingId}>
      <h2 className="disclosure-heading">
        <button
          type="button"
          id={headingId}
          aria-expanded={shown}
          aria-controls={bodyId}
          onClick={() => setIsOpen((open) => !open)}
        >
          <span className="disclosure-title">{title}</span>
          {hint ? <span className="disclosure-hint">{hint}</span> : null}
        </button>
      </h2>
      <div id={bodyId} className="disclosure-body" hidden={!shown}>
        {children}
      </div>
    </section>
  );
}
