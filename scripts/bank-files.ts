// Reads questions/ from disk for build-time and script checks (Node only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBank } from '../src/domain/parse-bank.ts';
import * as v from 'valibot';
import { BankSchema, type Bank } from '../src/domain/schema.ts';
import { checkRevisions, RevisionLockSchema, type RevisionLock } from '../src/domain/revisions.ts';

export const questionsDir = join(import.meta.dirname, '..', 'questions');
export const lockFile = join(questionsDir, 'revisions.lock.json');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function readLock(): RevisionLock {
  return existsSync(lockFile) ? v.parse(RevisionLockSchema, readJson(lockFile)) : {};
}

export function readArchives(): Map<number, Bank> {
  const dir = join(questionsDir, 'archive');
  const archives = new Map<number, Bank>();
  if (!existsSync(dir)) return archives;
  for (const name of readdirSync(dir)) {
    const match = /^r(\d+)\.json$/.exec(name);
    if (match) archives.set(Number(match[1]), v.parse(BankSchema, readJson(join(dir, name))));
  }
  return archives;
}

/** Every problem with questions/, as readable lines; empty when the content is valid. */
export function checkQuestions(): string[] {
  const raw = readJson(join(questionsDir, 'bank.json'));
  const parsed = parseBank('questions/bank.json', raw);
  if (!parsed.ok) return parsed.messages;
  try {
    return checkRevisions(parsed.value.bank, readLock(), readArchives());
  } catch (error) {
    return [
      `questions/archive or revisions.lock.json: ${error instanceof Error ? error.message : String(error)}`,
    ];
  }
}
