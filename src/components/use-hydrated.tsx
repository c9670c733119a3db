import { createContext, startTransition, use, useEffect, useState, type ReactNode } from 'react';

// True wherever no <HydrationBoundary> says otherwise: a tree rendered afresh in the browser (the
// tests, a host's 404 fallback) shows the taker's own state from its first render.
const HydratedContext = createContext(true);

/**
 * Around the whole app: false during the prerender and the hydration render, then true. The switch
 * is a transition, so React draws the taker's own state (the current question, a share link's
 * details) in small slices instead of one long task right after hydration (Lighthouse's TBT).
 */
export function HydrationBoundary({ children }: { children: ReactNode }) {
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => {
    startTransition(() => {
      setIsHydrated(true);
    });
  }, []);
  return <HydratedContext value={isHydrated}>{children}</HydratedContext>;
}

/**
 * False during the prerender and the hydration render, true afterwards. Pages that show the taker's own
 * state (saved progress, a share fragment) render a neutral shell until then, so hydration matches.
 */
export function useHydrated(): boolean {
  return use(HydratedContext);
}
