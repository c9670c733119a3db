import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseLexicon } from '../src/domain/posting/lexicon-schema.ts';

export const lexiconFile = join(import.meta.dirname, '..', 'questions', 'lexicon.json');

/** Every problem with questions/lexicon.json as readable lines naming file, entry and field. */
export function checkLexicon(): string[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(lexiconFile, 'utf8'));
  } catch (error) {
    return [`questions/lexicon.json: ${error instanceof Error ? error.message : String(error)}`];
  }
  const parsed = parseLexicon('questions/lexicon.json', raw);
  return parsed.ok ? [] : parsed.messages;
}

/** Fails `vite build` (and warns in dev) when the job-posting lexicon is invalid. */
export function lexiconCheckPlugin(): Plugin {
  return {
    name: 'rolefit-lexicon-check',
    buildStart() {
      const problems = checkLexicon();
      if (problems.length === 0) return;
      const message = `Invalid job-posting lexicon:\n  ${problems.join('\n  ')}`;
      if (this.meta.watchMode) this.warn(message);
      else this.error(message);
    },
  };
}
