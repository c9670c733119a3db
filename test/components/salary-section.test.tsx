/** @vitest-environment jsdom */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { SalarySection } from '../../src/components/salary-section';
import { loadSalaries } from '../../src/content/load-salaries';
import { COUNTRY_IDS, EXPERIENCE_IDS } from '../../src/domain/guide-ids';
import { compareSalaries } from '../../src/domain/salary-comparison';
import type { SalaryData, SalaryFigure } from '../../src/domain/salary-schema';

const figure = (
  f: Pick<SalaryFigure, 'id' | 'role' | 'min' | 'source'> & Partial<SalaryFigure>,
): SalaryFigure => ({
  country: 'de',
  seniority: 'all',
  payType: 'median',
  pay: 'base',
  period: 'year',
  currency: 'EUR',
  year: '2025',
  max: f.min,
  ...f,
});

const data: SalaryData = {
  checkedOn: '2026-11-30',
  notes: ['Figures are indicative.'],
  researchNotes: ['Check the national data before use.'],
  sources: [
    { key: 'SURVEY', name: 'Big salary survey', url: 'https://example.org/survey', grade: 'B' },
    { key: 'BLOG', name: 'A blog', url: null, grade: 'C' },
  ],
  figures: [
    figure({ id: 'pm', role: 'product-manager', min: 5_600, period: 'month', source: 'SURVEY' }),
    figure({ id: 'po', role: 'product-owner', min: 60_000, source: 'SURVEY' }),
    figure({
      id: 'po-range',
      role: 'product-owner',
      min: 50_000,
      max: 70_000,
      payType: 'range',
      pay: 'unstated',
      year: 'June 2024',
      source: 'BLOG',
      researchNote: 'Ask the blog where this comes from before use.',
    }),
    figure({ id: 'pm-undated', role: 'product-manager', min: 1, year: 'n.d.', source: 'BLOG' }),
  ],
  gaps: [],
};

test('the answer sentence comes first, then one line per role with figure, basis, year and source', async () => {
  const user = userEvent.setup();
  render(
    <section aria-label="Pay">
      <SalarySection view={compareSalaries(data, { country: 'de', experience: '2-5' })} />
    </section>,
  );
  const section = screen.getByRole('region', { name: 'Pay' });
  expect(
    within(section).getByText(
      'In Germany, Product Managers earn about 12% more than Product Owners (median base pay, all levels, 2025).',
    ),
  ).toBeVisible();

  const lines = within(section).getByRole('list', { name: 'Pay in Germany, compared' });
  const [pmLine, poLine] = within(lines).getAllByRole('listitem');
  expect(pmLine).toHaveTextContent('Product Manager');
  expect(pmLine).toHaveTextContent('€67,200 a year');
  expect(pmLine).toHaveTextContent('median base pay · all levels · 2025 · €5,600 a month × 12');
  expect(within(pmLine!).getByRole('link', { name: 'Big salary survey' })).toHaveAttribute(
    'href',
    'https://example.org/survey',
  );
  expect(poLine).toHaveTextContent('Product Owner');
  expect(poLine).toHaveTextContent('€60,000 a year');
  expect(poLine).not.toHaveTextContent('× 12');
  expect(
    within(section).getByText(
      'No figures for both roles at your experience level, so this compares all levels.',
    ),
  ).toBeVisible();

  // "More sources" is folded until opened; the undated figure is only counted.
  const more = within(section).getByText('More sources for Germany (1)');
  expect(within(section).getByText(/€50,000–€70,000 a year/)).not.toBeVisible();
  await user.click(more);
  expect(within(section).getByText(/€50,000–€70,000 a year/)).toBeVisible();
  expect(within(section).getByText(/range · base or total not stated · June 2024/)).toBeVisible();
  expect(
    within(section).getByText('One figure is left out because its source gives no year.'),
  ).toBeVisible();
  expect(section).not.toHaveTextContent(/before use/i);
});

test('without a comparison the section says why, in one sentence, and shows no compared lines', () => {
  const onlyPm = { ...data, figures: data.figures.filter((f) => f.role === 'product-manager') };
  render(
    <section aria-label="Pay">
      <SalarySection view={compareSalaries(onlyPm, { country: 'de' })} />
    </section>,
  );
  expect(
    screen.getByText(
      'We cannot compare pay in Germany yet: we found no published Product Owner pay figure there.',
    ),
  ).toBeVisible();
  expect(screen.queryByRole('list', { name: /compared/ })).toBeNull();
});

test('no research note from questions/salaries.json reaches the page, for any country or experience', () => {
  const salaries = loadSalaries();
  const notes = [
    ...(salaries.researchNotes ?? []),
    ...salaries.figures.flatMap((f) => (f.researchNote === undefined ? [] : [f.researchNote])),
    ...salaries.gaps.flatMap((g) => (g.researchNote === undefined ? [] : [g.researchNote])),
  ];
  expect(notes.length).toBeGreaterThan(0);
  for (const country of [...COUNTRY_IDS, undefined]) {
    for (const experience of [...EXPERIENCE_IDS, undefined]) {
      const { container } = render(
        <SalarySection view={compareSalaries(salaries, { country, experience })} />,
      );
      const text = container.textContent ?? '';
      expect(text.length).toBeGreaterThan(0);
      for (const note of notes) expect(text).not.toContain(note);
      expect(text).not.toMatch(/before use|OEWS|n\.d\./i);
      cleanup();
    }
  }
});
