import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to a screen's heading when it appears, but only while focus is already inside the frame
 * and without scrolling: an embed never takes focus from the host page or scrolls it.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (document.hasFocus()) ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}
