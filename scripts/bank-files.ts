// Reads questions/ from disk for build-time and script checks (Node only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBank } from '../src/domain/parse-bank.ts';
import { checkBankLanguage } from '../src/domain/bank-language-schema.ts';
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

/** The languages that translate the bank: questions/lang/<language>/bank.json. */
export function listBankLanguages(questions = questionsDir): string[] {
  const dir = join(questions, 'lang');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'bank.json')))
    .sort();
}

/** Every problem with the bank's language files, checked against the source bank (ADR 007). */
export function checkBankLanguages(bank: Bank, questions = questionsDir): string[] {
  return listBankLanguages(questions).flatMap((language) => {
    const fileName = `questions/lang/${language}/bank.json`;
    let raw: unknown;
    try {
      raw = readJson(join(questions, 'lang', language, 'bank.json'));
    } catch (error) {
      return [`${fileName}: ${error instanceof Error ? error.message : String(error)}`];
    }
    const checked = checkBankLanguage(fileName, raw, bank);
    if (!checked.ok) return checked.messages;
    return checked.value.language === language
      ? []
      : [`${fileName}: field "language": must be "${language}", the name of its folder`];
  });
}

/** Every problem with questions/, as readable lines; empty when the content is valid. */
export function checkQuestions(): string[] {
  const raw = readJson(join(questionsDir, 'bank.json'));
  const parsed = parseBank('questions/bank.json', raw);
  if (!parsed.ok) return parsed.messages;
  const languages = checkBankLanguages(parsed.value.bank);
  try {
    return [...checkRevisions(parsed.value.bank, readLock(), readArchives()), ...languages];
  } catch (error) {
    return [
      `questions/archive or revisions.lock.json: ${error instanceof Error ? error.message : String(error)}`,
      ...languages,
    ];
  }
}
