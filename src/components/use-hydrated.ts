import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False during the prerender and the hydration render, true afterwards. Pages that show the taker's own
 * state (saved progress, a share fragment) render a neutral shell until then, so hydration matches.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
