import type { Bank, Mode } from '../domain/schema';
import type { ShareManifest } from '../domain/link-code';
import { buildProgressManifest } from '../domain/progress-code';
import { buildShareManifest } from '../domain/share-code';

// Every released revision, loaded only when a link needs it (questions/archive is immutable once released).
const archiveModules = import.meta.glob<unknown>('../../questions/archive/r*.json', {
  import: 'default',
});
const loaded = new Map<number, Bank>();

function pathOf(revision: number): string {
  return `../../questions/archive/r${revision}.json`;
}

/** Whether a revision was ever released. */
export function isKnownRevision(revision: number): boolean {
  return pathOf(revision) in archiveModules;
}

/**
 * Loads (once) an archived revision; undefined when it was never released. Archives are immutable and
 * the build parses every one (scripts/bank-files.ts, `readArchives`), so this does not parse them again
 * and the quiz page, which reads progress codes, does not download the bank schema.
 */
export async function loadRevision(revision: number): Promise<Bank | undefined> {
  const cached = loaded.get(revision);
  if (cached) return cached;
  const load = archiveModules[pathOf(revision)];
  if (!load) return undefined;
  const bank = (await load()) as Bank;
  loaded.set(revision, bank);
  return bank;
}

/** The answers-level manifest of a loaded revision (call loadRevision first). */
export function getShareManifest(revision: number, mode: Mode): ShareManifest | undefined {
  const bank = loaded.get(revision);
  return bank ? buildShareManifest(bank, mode) : undefined;
}

/** The progress manifest of a loaded revision (call loadRevision first). */
export function getProgressManifest(revision: number, mode: Mode): ShareManifest | undefined {
  const bank = loaded.get(revision);
  return bank ? buildProgressManifest(bank, mode) : undefined;
}

/** An archived revision already loaded, for showing question texts. */
export function getLoadedRevision(revision: number): Bank | undefined {
  return loaded.get(revision);
}
