import { useEffect, useState, type RefObject } from 'react';
import type { FrameVisibility } from '../domain/consent-guard';

/**
 * Whether `ref` is visible to the person at the screen: IntersectionObserver v2 (`trackVisibility`)
 * reports an element as visible only when nothing covers it and neither it nor any frame around it is
 * faded, filtered or transformed, which is what a host page would change to hide the frame under a
 * decoy. Browsers without it report `unknown`.
 */
export function useFrameVisibility(ref: RefObject<HTMLElement | null>): FrameVisibility {
  const [visibility, setVisibility] = useState<FrameVisibility>(() =>
    supportsVisibilityTracking() ? { kind: 'known', visibleSince: null } : { kind: 'unknown' },
  );
  useEffect(() => {
    const element = ref.current;
    if (!element || !supportsVisibilityTracking()) return;
    // trackVisibility and delay are IntersectionObserver v2 (not in TypeScript's DOM types yet).
    const options = { threshold: 1, trackVisibility: true, delay: 100 };
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const isVisible = Reflect.get(entry, 'isVisible') === true;
      setVisibility((current) =>
        isVisible
          ? {
              kind: 'known',
              visibleSince:
                current.kind === 'known' && current.visibleSince !== null
                  ? current.visibleSince
                  : performance.now(),
            }
          : { kind: 'known', visibleSince: null },
      );
    }, options);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return visibility;
}

function supportsVisibilityTracking(): boolean {
  return (
    typeof IntersectionObserver === 'function' &&
    typeof IntersectionObserverEntry === 'function' &&
    'isVisible' in IntersectionObserverEntry.prototype
  );
}
