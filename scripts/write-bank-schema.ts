// npm run bank:schema — writes questions/bank.schema.json (editor completion) from the valibot schema.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bankJsonSchemaText } from '../src/domain/bank-json-schema.ts';
import { questionsDir } from './bank-files.ts';

writeFileSync(join(questionsDir, 'bank.schema.json'), bankJsonSchemaText());
console.log('Wrote questions/bank.schema.json');
