/** @vitest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { decodeCompareHash } from '../../src/domain/compare';
import type { Mode } from '../../src/domain/schema';
import { encodeShareCode } from '../../src/domain/share-code';
import { describeSharedResult } from '../../src/domain/shared-view';
import { r1, r1Manifests, v2Payload, type ScoredPayload } from '../domain/r1-payloads';
import { renderRoute } from '../render-route';

function linkOf(payload: ScoredPayload, mode: Mode = 'full'): string {
  const code =
    payload.level === 'answers'
      ? encodeShareCode(payload, r1Manifests[mode])
      : encodeShareCode(payload);
  return `https://rolefit.example/r/${payload.result.type}/#r=${code}`;
}

const codeOf = (link: string) => link.split('#r=')[1] ?? '';

const pmLeaning = v2Payload([0, 0, 0, 2], 'scores');
const poLeaning = v2Payload([1, 1, 3, 1], 'scores');
const pmLink = linkOf(pmLeaning);
const poLink = linkOf(poLeaning);
/** A valid code with one character changed: the checksum catches it. */
const tamperedLink = pmLink.replace(/#r=(.)/, (_, c: string) => `#r=${c === 'A' ? 'B' : 'A'}`);

async function compare(text: string) {
  const user = userEvent.setup();
  const view = renderRoute('/compare');
  const box = await screen.findByRole('textbox', { name: 'Result links' });
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Compare' }));
  return { user, ...view };
}

test('3 links with one broken: 2 rows in the table and 1 flagged problem', async () => {
  await compare([`Ana | ${pmLink}`, tamperedLink, poLink].join('\n'));

  const table = await screen.findByRole('table', { name: /results side by side/i });
  const rows = within(table).getAllByRole('row');
  expect(rows).toHaveLength(3); // header + 2
  expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Ana');
  expect(rows[1]).toHaveTextContent(describeSharedResult(pmLeaning.result).headline);
  expect(rows[1]).toHaveTextContent(
    `${pmLeaning.result.strategic.value} (${pmLeaning.result.strategic.low} to ${pmLeaning.result.strategic.high})`,
  );
  expect(within(rows[2] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Client 3');

  const problems = screen.getByRole('heading', { name: '1 link could not be compared' });
  const items = within(problems.parentElement as HTMLElement).getAllByRole('listitem');
  expect(items).toHaveLength(1);
  expect(items[0]).toHaveTextContent(
    /Line 2 \(Client 2\): This link looks incomplete or was changed/,
  );
  expect(screen.getByText('Self-reported results; links are not verified.')).toBeVisible();
  expect(screen.getByRole('img', { name: /map of 2 results/i })).toBeInTheDocument();
});

test('links of both scoring models compare side by side, each saying which model made it', async () => {
  // A model-1 link as made before model 2 (test/domain/share-code.golden.json).
  const oldLink = 'https://rolefit.example/r/product-manager/#r=FABYmRkZGRkZGRkZAOAAAAAAqg';
  await compare([`Old | ${oldLink}`, `New | ${poLink}`].join('\n'));
  const table = await screen.findByRole('table', { name: /results side by side/i });
  const [, oldRow, newRow] = within(table).getAllByRole('row');
  expect(oldRow).toHaveTextContent('Strong Product Manager fit (Scoring model 1)');
  expect(newRow).toHaveTextContent(
    `${describeSharedResult(poLeaning.result).headline} (Scoring model 2)`,
  );
});

test('a malformed escape in one line is flagged and the good lines still compare', async () => {
  await compare(
    [`Ana | ${pmLink}`, 'B | https://rolefit.example/r/product%-owner/', poLink].join('\n'),
  );

  const table = await screen.findByRole('table', { name: /results side by side/i });
  expect(
    within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent),
  ).toEqual(['Ana', 'Client 3']);
  const heading = screen.getByRole('heading', { name: '1 link could not be compared' });
  expect(within(heading.parentElement as HTMLElement).getByRole('listitem')).toHaveTextContent(
    'Line 2 (B): This link names a result type rolefit does not know.',
  );
});

test('a type-only link gets a row that says it carries no scores', async () => {
  await compare([pmLink, 'https://rolefit.example/r/product-owner/'].join('\n'));

  const table = await screen.findByRole('table', { name: /results side by side/i });
  const row = within(table).getByRole('row', { name: /client 2/i });
  expect(row).toHaveTextContent('Product Owner fit');
  expect(row).toHaveTextContent('type only: this link carries no scores');
  expect(within(row).getAllByText('no score')).toHaveLength(3);
  // Only the link with scores is on the map.
  expect(screen.getByRole('img', { name: /map of 1 result /i })).toBeInTheDocument();
});

test.each([
  { name: 'one link', text: pmLink },
  { name: 'nothing', text: '   ' },
])('fewer than 2 links ($name) gets a message instead of a comparison', async ({ text }) => {
  await compare(text);

  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Paste at least 2 result links, one per line.',
  );
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

test('duplicates and non-links are flagged one by one while the rest still compare', async () => {
  await compare([pmLink, 'hello', poLink, pmLink].join('\n'));

  const table = await screen.findByRole('table', { name: /results side by side/i });
  expect(within(table).getAllByRole('row')).toHaveLength(3);
  const heading = screen.getByRole('heading', { name: '2 links could not be compared' });
  const items = within(heading.parentElement as HTMLElement).getAllByRole('listitem');
  expect(items.map((i) => i.textContent)).toEqual([
    expect.stringContaining('Line 2 (Client 2): This is not a rolefit result link.'),
    expect.stringContaining('Line 4 (Client 4): This is the same result link as line 1'),
  ]);
});

test('labels are editable and update the table, the map and the URL fragment', async () => {
  const { user, currentLocation } = await compare([pmLink, poLink].join('\n'));

  const input = await screen.findByRole('textbox', { name: 'Label for link 1' });
  await user.clear(input);
  await user.type(input, 'Dana, "DK" ~ Kim');

  const table = screen.getByRole('table', { name: /results side by side/i });
  expect(within(table).getByRole('rowheader', { name: 'Dana, "DK" ~ Kim' })).toBeVisible();
  expect(screen.getByRole('img', { name: /Dana, "DK" ~ Kim, strategic/ })).toBeInTheDocument();
  expect(currentLocation().hash).toMatch(/^#l=Dana%2C%20%22DK%22%20%7E%20Kim~product-/);
  expect(decodeCompareHash(currentLocation().hash)).toEqual([
    { label: 'Dana, "DK" ~ Kim', type: pmLeaning.result.type, code: codeOf(pmLink) },
    { label: 'Client 2', type: poLeaning.result.type, code: codeOf(poLink) },
  ]);
});

test('a saved list in the fragment is restored, labels included', async () => {
  const { origin } = window.location;
  const hash = `#l=Ana~${pmLeaning.result.type}~${codeOf(pmLink)},~product-owner~`;
  renderRoute(`/compare${hash}`);

  const table = await screen.findByRole('table', { name: /results side by side/i });
  expect(
    within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent),
  ).toEqual(['Ana', 'Client 2']);
  expect(screen.getByRole('textbox', { name: 'Result links' })).toHaveValue(
    `Ana | ${origin}${pmLink.slice('https://rolefit.example'.length)}\n${origin}/r/product-owner/`,
  );
});

test('answer-level links get an answer grid aligned by question id', async () => {
  const full = v2Payload([0, 1, 2, 3], 'answers');
  const short = v2Payload([3, 2, 1, 0], 'answers', 'short');
  await compare([`Full | ${linkOf(full)}`, `Short | ${linkOf(short, 'short')}`].join('\n'));

  const grid = await screen.findByRole('table', { name: 'Answers by question' });
  const fullOnly = r1.scenarios.find((s) => !s.short);
  const shared = r1.scenarios.find((s) => s.short);
  if (!fullOnly || !shared) throw new Error('r1 has full-only and short scenarios');
  const sharedRow = within(grid).getByRole('row', { name: new RegExp(escape(shared.prompt)) });
  const sharedAnswer = shared.options.find(
    (o) => o.key === (full.level === 'answers' ? full.answers : {})[shared.id],
  );
  expect(sharedRow).toHaveTextContent(sharedAnswer?.text ?? 'missing');
  const fullOnlyRow = within(grid).getByRole('row', { name: new RegExp(escape(fullOnly.prompt)) });
  expect(within(fullOnlyRow).getAllByRole('cell')[1]).toHaveTextContent(
    'not asked in this version',
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
