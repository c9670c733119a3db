import { useCallback, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

// "The page is being printed": set on beforeprint and cleared on afterprint. Listeners are told
// inside flushSync, so charts lay themselves out for paper before the browser lays out the print.
let isPrinting = false;
const printListeners = new Set<() => void>();
function setPrinting(next: boolean) {
  isPrinting = next;
  flushSync(() => {
    for (const listener of printListeners) listener();
  });
}
const startPrinting = () => setPrinting(true);
const stopPrinting = () => setPrinting(false);
function subscribePrinting(listener: () => void): () => void {
  if (printListeners.size === 0) {
    window.addEventListener('beforeprint', startPrinting);
    window.addEventListener('afterprint', stopPrinting);
  }
  printListeners.add(listener);
  return () => {
    printListeners.delete(listener);
    if (printListeners.size === 0) {
      window.removeEventListener('beforeprint', startPrinting);
      window.removeEventListener('afterprint', stopPrinting);
    }
  };
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
    measure(element.clientWidth);
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
