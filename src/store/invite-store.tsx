import { use } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { parseSavedInvite, sanitizeInvite, type Invite } from '../domain/invite';
import { createGuardedStorage } from './guarded-storage';
import { InviteSlotContext, type InviteSlot } from './invite-provider';
import { persistStore } from './persist-store';

/** The key the invite lives under, in the tab's sessionStorage. */
export const INVITE_STORAGE_KEY = 'rolefit-invite';
const INVITE_STORAGE_VERSION = 1;

interface InviteActions {
  /** The taker starts (or resumes) the quiz from a coach's invite. */
  acceptInvite: (invite: Invite) => void;
  /** The taker leaves the invite behind (for example, starts a quiz of their own). */
  clearInvite: () => void;
}

export interface InviteState {
  invite: Invite | null;
  actions: InviteActions;
}

export interface InviteStoreInit {
  /** The tab's sessionStorage; return null, or throw, where it is unavailable. */
  getStorage: () => Storage | null;
}

/** An invite store persisted to sessionStorage through the guarded storage. One per provider. */
export function createInviteStore({ getStorage }: InviteStoreInit): StoreApi<InviteState> {
  const store = createStore<InviteState>()((set) => ({
    invite: null,
    actions: {
      acceptInvite: (invite) => {
        set({ invite: sanitizeInvite(invite) });
      },
      clearInvite: () => {
        set({ invite: null });
      },
    },
  }));
  persistStore(store, {
    // The quiz store already tells the taker when storage is blocked; without storage the invite
    // simply lives in memory for this page, so problems are not reported a second time.
    storage: createGuardedStorage(getStorage, () => {}),
    name: INVITE_STORAGE_KEY,
    version: INVITE_STORAGE_VERSION,
    save: (s) => ({ invite: s.invite }),
    // No older format exists; anything from another version is dropped.
    restore: (saved, version) => {
      const parsed = version === INVITE_STORAGE_VERSION ? parseSavedInvite(saved) : null;
      return parsed === null ? null : { invite: parsed.invite };
    },
  });
  return store;
}

/** One store per provider slot, made on first use (the slot is the provider's, never replaced). */
const storesBySlot = new WeakMap<InviteSlot, StoreApi<InviteState>>();

function getInviteStore(slot: InviteSlot): StoreApi<InviteState> {
  let store = storesBySlot.get(slot);
  if (!store) {
    store = createInviteStore({ getStorage: slot.getStorage });
    storesBySlot.set(slot, store);
  }
  return store;
}

function useInviteStore<T>(selector: (state: InviteState) => T): T {
  const slot = use(InviteSlotContext);
  if (!slot) throw new Error('useInviteStore must be used inside <InviteProvider>');
  return useStore(getInviteStore(slot), selector);
}

/**
 * The coach invite the taker accepted in this tab, or null. It is read from sessionStorage when the
 * store is created, so pages that are prerendered read it only after hydration (`useHydrated`).
 * @example const invite = useInvite(); // invite?.name, invite?.email, invite?.mode
 */
export const useInvite = () => useInviteStore((s) => s.invite);

/**
 * The invite actions (a stable object, safe to destructure).
 * @example const { acceptInvite, clearInvite } = useInviteActions();
 */
export const useInviteActions = () => useInviteStore((s) => s.actions);
