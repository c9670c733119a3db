// The one instruction for answering the quiz (docs/item-rules.md, "One instruction"). Every screen that
// tells the taker how to answer reads it from here: the hint on each scenario (src/domain/present.ts),
// the quiz's start card, the invite page and the embed's start screen. It imports only a type, so a
// page can show it without pulling in the bank or its schema. Its words are in this build's language
// (src/words/en/question.ts).
import type { Mode } from './schema';
import { question as w } from '../words/en/question';

/** How to answer a scenario: true in both modes. */
export const ANSWER_INSTRUCTION = w.answerInstruction;

/** What only the full quiz adds: its practice questions ask what the taker does now. */
export const PRACTICE_NOTE = w.practiceNote;

/** The instruction for one mode: the short quiz has no practice questions, so it leaves the note out. */
export function answerInstruction(mode: Mode): string {
  return mode === 'full' ? `${ANSWER_INSTRUCTION} ${PRACTICE_NOTE}` : ANSWER_INSTRUCTION;
}
