import rawLexicon from '../../questions/lexicon.json';
import { parseLexicon } from '../domain/posting/lexicon-schema';
import { compileLexicon, type CompiledLexicon } from '../domain/posting/match-posting';

let compiled: CompiledLexicon | null = null;

/**
 * The job-posting lexicon, parsed and compiled once. The build has already checked it
 * (scripts/lexicon-check-plugin.ts), so a failure here means a broken build: fail loudly.
 */
export function loadLexicon(): CompiledLexicon {
  if (compiled) return compiled;
  const parsed = parseLexicon('questions/lexicon.json', rawLexicon);
  if (!parsed.ok) throw new Error(`Invalid job-posting lexicon:\n${parsed.messages.join('\n')}`);
  compiled = compileLexicon(parsed.value);
  return compiled;
}
