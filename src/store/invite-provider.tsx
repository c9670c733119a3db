import { createContext, useState, type ReactNode } from 'react';
import type { StoreApi } from 'zustand';
import type { InviteState } from './invite-store';

/**
 * Where a subtree's invite store lives. The provider is on every page, but the store's code (and the
 * invite parser) loads only with the pages that read the invite: src/store/invite-store.tsx creates
 * the store on first use.
 */
export interface InviteSlot {
  readonly getStorage: () => Storage | null;
  store: StoreApi<InviteState> | undefined;
}

export const InviteSlotContext = createContext<InviteSlot | null>(null);

export interface InviteProviderProps {
  /** The tab's sessionStorage; return null, or throw, where it is unavailable. */
  getStorage: () => Storage | null;
  children: ReactNode;
}

/** Gives its subtree its own invite store (the app and every test get a fresh one). */
export function InviteProvider({ getStorage, children }: InviteProviderProps) {
  const [slot] = useState<InviteSlot>(() => ({ getStorage, store: undefined }));
  return <InviteSlotContext value={slot}>{children}</InviteSlotContext>;
}
