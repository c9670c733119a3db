// Reads questions/ from disk for build-time and script checks (Node only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBank } from '../src/domain/parse-bank.ts';
import { checkBankLanguage } from '../src/domain/bank-language-schema.ts';
import { parseContent } from '../src/domain/content-issues.ts';
import { GrowthSchema } from '../src/domain/growth-schema.ts';
import { extractGrowthTexts, GROWTH_ITEM_SECTIONS } from '../src/domain/growth-language.ts';
import { checkTextLanguage, type TextSource } from '../src/domain/language-file-schema.ts';
import { RolesContentSchema } from '../src/domain/roles-schema.ts';
import { extractRolesTexts, ROLES_ITEM_SECTIONS } from '../src/domain/roles-language.ts';
import type { TextTree } from '../src/domain/text-tree.ts';
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

/** The languages that have a file of this name: questions/lang/<language>/<file>. */
export function listLanguages(file: string, questions = questionsDir): string[] {
  const dir = join(questions, 'lang');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, file)))
    .sort();
}

/** The languages that translate the bank: questions/lang/<language>/bank.json. */
export function listBankLanguages(questions = questionsDir): string[] {
  return listLanguages('bank.json', questions);
}

// Reads questions/lang/<language>/<file> for every language that has it, and runs `check` on each.
function checkEachLanguage(
  file: string,
  questions: string,
  check: (
    fileName: string,
    raw: unknown,
  ) => { ok: true; language: string } | { ok: false; messages: string[] },
): string[] {
  return listLanguages(file, questions).flatMap((language) => {
    const fileName = `questions/lang/${language}/${file}`;
    let raw: unknown;
    try {
      raw = readJson(join(questions, 'lang', language, file));
    } catch (error) {
      return [`${fileName}: ${error instanceof Error ? error.message : String(error)}`];
    }
    const checked = check(fileName, raw);
    if (!checked.ok) return checked.messages;
    return checked.language === language
      ? []
      : [`${fileName}: field "language": must be "${language}", the name of its folder`];
  });
}

/** Every problem with the bank's language files, checked against the source bank (ADR 007). */
export function checkBankLanguages(bank: Bank, questions = questionsDir): string[] {
  return checkEachLanguage('bank.json', questions, (fileName, raw) => {
    const checked = checkBankLanguage(fileName, raw, bank);
    return checked.ok ? { ok: true, language: checked.value.language } : checked;
  });
}

/** The English texts each guide language file is checked against, from questions/. */
export function readTextSources(
  questions = questionsDir,
): { file: string; source: TextSource<Readonly<Record<string, TextTree>>> }[] | string[] {
  const roles = parseContent(
    RolesContentSchema,
    'questions/roles.json',
    readJson(join(questions, 'roles.json')),
  );
  const growth = parseContent(
    GrowthSchema,
    'questions/growth.json',
    readJson(join(questions, 'growth.json')),
  );
  if (!roles.ok || !growth.ok)
    return [...(roles.ok ? [] : roles.messages), ...(growth.ok ? [] : growth.messages)];
  return [
    {
      file: 'roles.json',
      source: {
        file: 'questions/roles.json',
        texts: extractRolesTexts(roles.value),
        itemSections: ROLES_ITEM_SECTIONS,
      },
    },
    {
      file: 'growth.json',
      source: {
        file: 'questions/growth.json',
        texts: extractGrowthTexts(growth.value),
        itemSections: GROWTH_ITEM_SECTIONS,
      },
    },
  ];
}

/** Every problem with the language files of roles.json and growth.json (ADR 007). */
export function checkTextLanguages(questions = questionsDir): string[] {
  const sources = readTextSources(questions);
  return sources.flatMap((entry) =>
    typeof entry === 'string'
      ? [entry]
      : checkEachLanguage(entry.file, questions, (fileName, raw) => {
          const checked = checkTextLanguage(fileName, raw, entry.source);
          return checked.ok ? { ok: true, language: checked.value.language } : checked;
        }),
  );
}

/** Every problem with questions/, as readable lines; empty when the content is valid. */
export function checkQuestions(): string[] {
  const raw = readJson(join(questionsDir, 'bank.json'));
  const parsed = parseBank('questions/bank.json', raw);
  if (!parsed.ok) return parsed.messages;
  const languages = [...checkBankLanguages(parsed.value.bank), ...checkTextLanguages()];
  try {
    return [...checkRevisions(parsed.value.bank, readLock(), readArchives()), ...languages];
  } catch (error) {
    return [
      `questions/archive or revisions.lock.json: ${error instanceof Error ? error.message : String(error)}`,
      ...languages,
    ];
  }
}
