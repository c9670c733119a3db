import type { Plugin } from 'vite';
import { checkQuestions } from './bank-files.ts';

/** Fails `vite build` (and warns in dev) when questions/ is invalid, naming file, id and field. */
export function bankCheckPlugin(): Plugin {
  return {
    name: 'rolefit-bank-check',
    buildStart() {
      const problems = checkQuestions();
      if (problems.length === 0) return;
      const message = `Invalid question bank:\n  ${problems.join('\n  ')}`;
      if (this.meta.watchMode) this.warn(message);
      else this.error(message);
    },
  };
}
