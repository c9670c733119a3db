/**
 * The fragments our links carry, written once: `#r=<code>` (a result's details, on `/r/<type>/`,
 * and on `/job` to put that result beside a job), `#p=<code>` (answers so far, on `/quiz`, to
 * continue on another device) and `#j=<code>` (a job's place on the map, on `/job`;
 * posting/placement-code.ts). A fragment never reaches a server. The coach invite has its own
 * fragment format (invite.ts).
 */
const FRAGMENT_KEYS = { result: 'r', progress: 'p', job: 'j' } as const;

export type LinkFragment = keyof typeof FRAGMENT_KEYS;

/** The fragment that carries a code, e.g. `#r=ABC`. */
export function buildLinkFragment(kind: LinkFragment, code: string): string {
  return `#${FRAGMENT_KEYS[kind]}=${code}`;
}

/** Reads the code of one kind from a fragment such as `#r=ABC` (with or without `#`); null when absent. */
export function readLinkFragment(hash: string, kind: LinkFragment): string | null {
  // An empty code is no code.
  return new URLSearchParams(hash.replace(/^#/, '')).get(FRAGMENT_KEYS[kind]) || null;
}
