import { useEffect, type RefObject } from 'react';

/**
 * Links inside the frame open in a new tab, so the frame itself never navigates away from the quiz
 * (links with their own target, such as the host's call to action, keep it).
 */
export function useLinksOpenOutside(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const handleClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (anchor instanceof HTMLAnchorElement && anchor.target === '') {
        anchor.target = '_blank';
        anchor.rel = 'noopener noreferrer';
      }
    };
    root.addEventListener('click', handleClick, true);
    return () => {
      root.removeEventListener('click', handleClick, true);
    };
  }, [ref]);
}
