// The one instruction for answering the quiz (docs/item-rules.md, "One instruction"). Every screen that
// tells the taker how to answer reads it from here: the hint on each scenario (src/domain/present.ts),
// the quiz's start card, the invite page and the embed's start screen. It imports only a type, so a
// page can show it without pulling in the bank or its schema.
import type { Mode } from './schema';

/** How to answer a scenario: true in both modes. */
export const ANSWER_INSTRUCTION =
  'Pick the option you would most want to do. There are no right answers.';

/** What only the full quiz adds: its practice questions ask what the taker does now. */
export const PRACTICE_NOTE = 'The practice questions near the end ask what you do now.';

/** The instruction for one mode: the short quiz has no practice questions, so it leaves the note out. */
export function answerInstruction(mode: Mode): string {
  return mode === 'full' ? `${ANSWER_INSTRUCTION} ${PRACTICE_NOTE}` : ANSWER_INSTRUCTION;
}
