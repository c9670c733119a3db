import { FREQUENCIES, type QuizItem } from './bank';
import { shuffleOptions } from './progress';
import { PREFER_NOT_TO_SAY } from './ids';
import { answerInstruction } from './instruction';
import type { Mode } from './schema';
import { question as w } from '../words/en/question';

/** A question as the taker sees it: its legend, a hint, and its options in display order. */
export interface PresentedItem {
  legend: string;
  hint?: string;
  options: { id: string; label: string }[];
}

/**
 * Words and display order of one quiz item; scenario options are shuffled per taker (`seed`), and
 * every scenario carries the one instruction of its mode (src/domain/instruction.ts).
 */
export function presentItem(item: QuizItem, seed: number, mode: Mode): PresentedItem {
  switch (item.kind) {
    case 'scenario':
      return {
        legend: item.scenario.prompt,
        hint: answerInstruction(mode),
        options: shuffleOptions(item.scenario.options, seed, item.id).map((o) => ({
          id: o.key,
          label: o.text,
        })),
      };
    case 'practice':
      return {
        legend: w.practice(item.practice.activity),
        hint: w.practiceHint,
        options: FREQUENCIES.map((f) => ({ id: f.id, label: f.label })),
      };
    case 'context':
      return {
        legend: item.context.prompt,
        hint: w.contextHint,
        options: [
          ...item.context.options.map((o) => ({ id: o.id, label: o.label })),
          { id: PREFER_NOT_TO_SAY, label: w.preferNotToSay },
        ],
      };
  }
}

/** The label of the option chosen for an item, or undefined. */
export function labelOfAnswer(item: QuizItem, answer: string | undefined): string | undefined {
  if (answer === undefined) return undefined;
  // The options of an item are the same in both modes; only the hint differs.
  return presentItem(item, 0, 'full').options.find((o) => o.id === answer)?.label;
}
