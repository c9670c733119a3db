import { createContext, useState, type ReactNode } from 'react';

/**
 * What a subtree's invite store is made from. The provider is on every page, but the store's code (and
 * the invite parser) loads only with the pages that read the invite: src/store/invite-store.tsx makes
 * the store for a slot the first time one of them asks, and keeps it in a WeakMap keyed by the slot.
 * The slot itself never changes after the provider creates it.
 */
export interface InviteSlot {
  readonly getStorage: () => Storage | null;
}

export const InviteSlotContext = createContext<InviteSlot | null>(null);

export interface InviteProviderProps {
  /** The tab's sessionStorage; return null, or throw, where it is unavailable. */
  getStorage: () => Storage | null;
  children: ReactNode;
}

/** Gives its subtree its own invite store (the app and every test get a fresh one). */
export function InviteProvider({ getStorage, children }: InviteProviderProps) {
  const [slot] = useState<InviteSlot>(() => ({ getStorage }));
  return <InviteSlotContext value={slot}>{children}</InviteSlotContext>;
}
