import type { BankLanguage } from '../../src/domain/bank-language-schema';
import type { Bank } from '../../src/domain/schema';

/** A complete, valid language file for a bank: every text prefixed with "XX ". */
export function translateAll(source: Bank, language = 'xx'): BankLanguage {
  return {
    language,
    revision: source.revision,
    review: { status: 'unverified' },
    dimensions: Object.fromEntries(
      source.dimensions.map((d) => [
        d.id,
        { label: `XX ${d.label}`, scenarioNoun: `XX ${d.scenarioNoun}` },
      ]),
    ),
    scenarios: Object.fromEntries(
      source.scenarios.map((s) => [
        s.id,
        {
          prompt: `XX ${s.prompt}`,
          options: Object.fromEntries(s.options.map((o) => [o.key, `XX ${o.text}`])),
        },
      ]),
    ),
    practice: Object.fromEntries(
      source.practice.map((p) => [p.id, { activity: `XX ${p.activity}` }]),
    ),
    context: Object.fromEntries(
      source.context.map((c) => [
        c.id,
        {
          prompt: `XX ${c.prompt}`,
          options: Object.fromEntries(c.options.map((o) => [o.id, `XX ${o.label}`])),
        },
      ]),
    ),
  };
}
