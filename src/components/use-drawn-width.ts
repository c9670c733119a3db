import { useCallback, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

// "The page is being printed": set on beforeprint and cleared on afterprint. Listeners are told
// inside flushSync, so charts lay themselves out for paper before the browser lays out the print.
// The window listeners are added when this module loads (deferred-chart.tsx imports it with the
// page), so they run before any chart's own beforeprint listener: a chart drawn for the print
// already reads "printing".
let isPrinting = false;
const printListeners = new Set<() => void>();
function setPrinting(next: boolean) {
  if (isPrinting === next) return;
  isPrinting = next;
  flushSync(() => {
    for (const listener of printListeners) listener();
  });
}
/** Marks the page as printing (idempotent): charts drawn from now on are laid out for paper. */
export function startPrintLayout() {
  setPrinting(true);
}
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', startPrintLayout);
  window.addEventListener('afterprint', () => setPrinting(false));
}
function subscribePrinting(listener: () => void): () => void {
  printListeners.add(listener);
  return () => printListeners.delete(listener);
}

/** True between the browser's beforeprint and afterprint events. */
export function useIsPrinting(): boolean {
  return useSyncExternalStore(
    subscribePrinting,
    () => isPrinting,
    () => false,
  );
}

/**
 * The width to lay a chart out at: `printWidth` while the page prints, else the content width of
 * the element the returned ref is put on, or `fallback` until it is measured and while it has no
 * width (not laid out, as inside a closed section). The chart's viewBox scales it from there.
 */
export function useDrawnWidth(
  fallback: number,
  printWidth: number,
): [(element: HTMLElement | null) => (() => void) | undefined, number] {
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  const isPrintingNow = useIsPrinting();
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver !== 'function') return undefined;
    const measure = (next: number) => {
      const rounded = Math.round(next);
      // A zero width means "not laid out": keep the last drawing, which scales (viewBox).
      if (rounded > 0) setMeasured(rounded);
    };
    if (!isPrinting) measure(element.clientWidth);
    const observer = new ResizeObserver((entries) => {
      // Widths measured for paper are not the screen's: the print layout has its own width.
      if (isPrinting) return;
      for (const entry of entries) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, isPrintingNow ? printWidth : (measured ?? fallback)];
}
