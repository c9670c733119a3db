/** @vitest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { EarlierResults, KeptResultsList } from '../../src/components/earlier-results';
import { formatDay } from '../../src/domain/format';
import { listHistory, takeIdOf, toHistoryEntry } from '../../src/domain/result-history';
import { toSharedResultV2 } from '../../src/domain/shared-result';

const result = (a: number, b: number) =>
  toSharedResultV2(
    { 'strategic-market': a, 'tactical-team': b, 'strategic-team': 0, 'tactical-market': 0 },
    'short',
    1,
  );
const PM = result(10, 0);
const PO = result(0, 10);
const DEC_2 = Date.UTC(2026, 11, 2, 10);
const DEC_3 = Date.UTC(2026, 11, 3, 10);
const read = {
  isKnownRevision: (r: number) => r === 1,
  formatDate: (ms: number) => formatDay(ms, 'UTC'),
};
const earlier = toHistoryEntry(takeIdOf(1), PM, DEC_2);
const now = toHistoryEntry(takeIdOf(2), PO, DEC_3);

test('the result on screen is compared with the previous one, which is listed with its date', () => {
  render(
    <EarlierResults
      entries={[now, earlier]}
      currentTake={now.take}
      currentResult={PO}
      notice={null}
      {...read}
    />,
  );
  const section = screen.getByRole('region', { name: 'Your earlier results' });
  expect(
    within(section).getByText(
      'More tactical (hands-on) than on 2 December 2026 (a change beyond what retaking alone explains).',
    ),
  ).toBeVisible();
  expect(
    within(section).getByText(
      'Product Owner fit now, Product Manager fit on 2 December 2026 (a change beyond what retaking alone explains).',
    ),
  ).toBeVisible();
  const list = within(section).getByRole('list');
  expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  expect(
    within(list).getByRole('link', { name: '2 December 2026: Product Manager fit' }),
  ).toHaveAttribute('href', `/r/product-manager/#r=${earlier.code}`);
  expect(
    within(section).getByRole('link', { name: 'Delete them on the privacy page' }),
  ).toHaveAttribute('href', '/privacy');
});

test('the same result twice reads "about the same" on each axis', () => {
  const again = toHistoryEntry(takeIdOf(2), PM, DEC_3);
  render(
    <EarlierResults
      entries={[again, earlier]}
      currentTake={again.take}
      currentResult={PM}
      notice={null}
      {...read}
    />,
  );
  expect(screen.getAllByText('About the same as your result of 2 December 2026.')).toHaveLength(2);
  expect(
    screen.getByText(
      'About the same as your result of 2 December 2026: nothing changed by more than retaking alone explains.',
    ),
  ).toBeVisible();
});

test('a first result shows no section at all; a storage problem is still said', () => {
  const { container, rerender } = render(
    <EarlierResults
      entries={[now]}
      currentTake={now.take}
      currentResult={PO}
      notice={null}
      {...read}
    />,
  );
  expect(container).toBeEmptyDOMElement();
  rerender(
    <EarlierResults
      entries={[now]}
      currentTake={now.take}
      currentResult={PO}
      notice="full"
      {...read}
    />,
  );
  expect(screen.getByRole('region', { name: 'Your earlier results' })).toHaveTextContent(
    /storage for rolefit is full, so this result is not being kept/,
  );
});

test('the kept results list deletes one entry or all of them', async () => {
  const user = userEvent.setup();
  const onDelete = vi.fn();
  const onDeleteAll = vi.fn();
  render(
    <KeptResultsList
      items={listHistory([now, earlier], read)}
      onDelete={onDelete}
      onDeleteAll={onDeleteAll}
    />,
  );
  const items = screen.getAllByRole('listitem');
  expect(items.map((item) => item.textContent)).toEqual([
    '3 December 2026: Product Owner fit (short quiz)Delete',
    '2 December 2026: Product Manager fit (short quiz)Delete',
  ]);
  await user.click(
    screen.getByRole('button', {
      name: 'Delete the result of 2 December 2026 (Product Manager fit)',
    }),
  );
  expect(onDelete).toHaveBeenCalledWith(earlier.take);
  await user.click(screen.getByRole('button', { name: 'Delete all kept results' }));
  expect(onDeleteAll).toHaveBeenCalledTimes(1);
});

test('with nothing kept, the list says so', () => {
  render(<KeptResultsList items={[]} onDelete={() => undefined} onDeleteAll={() => undefined} />);
  expect(screen.getByText('No results are kept in this browser.')).toBeVisible();
  expect(screen.queryByRole('button')).toBeNull();
});
