// npm run bank:release — archives the current bank revision so its share links keep decoding.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { hashScoringKey } from '../src/domain/bank.ts';
import { findEarlierWordings } from '../src/domain/earlier-wordings.ts';
import { parseBank } from '../src/domain/parse-bank.ts';
import { BankSchema } from '../src/domain/schema.ts';
import { hashArchive, hashContent } from '../src/domain/revisions.ts';
import { lockFile, questionsDir, readArchives, readJson, readLock } from './bank-files.ts';

const raw = readJson(join(questionsDir, 'bank.json'));
const parsed = parseBank('questions/bank.json', raw);
if (!parsed.ok) {
  console.error(parsed.messages.join('\n'));
  process.exit(1);
}
const bank = parsed.value.bank;
const lock = readLock();
const key = hashScoringKey(bank);
const existing = lock[String(bank.revision)];
if (existing) {
  const released = readArchives().get(bank.revision);
  if (existing.scoringKey === key && released && hashContent(released) === hashContent(bank)) {
    console.log(`Revision ${bank.revision} is already released as it is; nothing to do.`);
    process.exit(0);
  }
  console.error(
    `Revision ${bank.revision} is already released with other words or another scoring key: raise "revision" first.`,
  );
  process.exit(1);
}
mkdirSync(join(questionsDir, 'archive'), { recursive: true });
const archived = v.parse(BankSchema, { ...bank, $schema: '../bank.schema.json' });
writeFileSync(
  join(questionsDir, 'archive', `r${bank.revision}.json`),
  `${JSON.stringify(archived, null, 2)}\n`,
);
lock[String(bank.revision)] = { scoringKey: key, archive: hashArchive(archived) };
writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
// Answers saved against an earlier wording of an item keep counting when its meaning is the same.
const earlier = [...readArchives()].filter(([r]) => r < bank.revision).map(([, b]) => b);
writeFileSync(
  join(questionsDir, 'earlier-wordings.json'),
  `${JSON.stringify(findEarlierWordings(bank, earlier), null, 2)}\n`,
);
console.log(`Released revision ${bank.revision} (scoring key ${key}).`);
