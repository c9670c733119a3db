import * as v from 'valibot';
import { prepareBank, type PreparedBank } from '../../src/domain/bank';
import {
  BankSchema,
  DIMENSION_IDS,
  QUADRANTS,
  type Bank,
  type Quadrant,
} from '../../src/domain/schema';

/** A small valid bank: `count` scenarios cycling through the dimensions; the first `shortCount` are short. */
export function makeBank(count: number, shortCount = 0): Bank {
  return v.parse(BankSchema, {
    revision: 1,
    dimensions: DIMENSION_IDS.map((id) => ({ id, label: `Label ${id}`, scenarioNoun: id })),
    scenarios: Array.from({ length: count }, (_, i) => ({
      id: `scenario-${i + 1}`,
      dimension: DIMENSION_IDS[i % DIMENSION_IDS.length],
      ...(i < shortCount ? { short: true } : {}),
      prompt: `Situation number ${i + 1}: what do you do?`,
      options: QUADRANTS.map((key) => ({
        key,
        text: `Option ${key} for situation ${i + 1}`,
        signals: [DIMENSION_IDS[(i + QUADRANTS.indexOf(key)) % DIMENSION_IDS.length]],
      })),
    })),
    practice: DIMENSION_IDS.map((dimension) => ({
      id: `practice-${dimension}`,
      dimension,
      activity: `practise ${dimension}`,
    })),
    context: [
      {
        id: 'country',
        prompt: 'Where do you work?',
        options: [
          { id: 'us', label: 'United States' },
          { id: 'other', label: 'Another country' },
        ],
      },
    ],
  });
}

export function makePrepared(count: number, shortCount = 0): PreparedBank {
  return prepareBank(makeBank(count, shortCount));
}

/** Answers choosing the given quadrants for scenario-1, scenario-2, … in order. */
export function answersFor(quadrants: readonly Quadrant[]): Record<string, string> {
  return Object.fromEntries(quadrants.map((q, i) => [`scenario-${i + 1}`, q]));
}

export const SO: Quadrant = 'strategic-market';
export const TI: Quadrant = 'tactical-team';
export const SI: Quadrant = 'strategic-team';
export const TO: Quadrant = 'tactical-market';
