/** @vitest-environment jsdom */
import { expect, test, vi } from 'vitest';
import type { ComponentType } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createLoader, LoadBoundary, onDemand } from '../../src/components/load-on-demand';

test('a loader runs its import once and hands back the same promise', async () => {
  const importModule = vi.fn(() => Promise.resolve({ answer: 42 }));
  const loader = createLoader(importModule);
  expect(loader.load()).toBe(loader.load());
  expect(await loader.load()).toEqual({ answer: 42 });
  loader.forgetFailure(); // nothing failed: the loaded module is kept
  expect(await loader.load()).toEqual({ answer: 42 });
  expect(importModule).toHaveBeenCalledTimes(1);
});

test('a failed load is kept until it is forgotten, then the next call tries again', async () => {
  const importModule = vi
    .fn<() => Promise<string>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValueOnce('loaded');
  const loader = createLoader(importModule);
  const failed = loader.load();
  await expect(failed).rejects.toThrow('Failed to fetch');
  expect(loader.load()).toBe(failed);
  loader.forgetFailure();
  expect(await loader.load()).toBe('loaded');
  expect(importModule).toHaveBeenCalledTimes(2);
});

test('a part shows its loading state, then the fallback when its code fails, and Try again loads it', async () => {
  const user = userEvent.setup();
  let failFirstLoad: (error: Error) => void = () => {};
  const firstLoad = new Promise<{ Part: ComponentType }>((_, reject) => {
    failFirstLoad = reject;
  });
  const loader = createLoader(
    vi
      .fn<() => Promise<{ Part: ComponentType }>>()
      .mockReturnValueOnce(firstLoad)
      .mockResolvedValueOnce({ Part: () => <p>The loaded part</p> }),
  );
  const Part = onDemand(
    loader,
    (m) => m.Part,
    () => <p aria-busy="true">Loading…</p>,
  );
  // React reports the caught error on the console; the boundary is what is under test.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  // Testing Library's own synchronous render: a part that waits in an effect (not Suspense) resumes.
  render(
    <main>
      <h1>The page</h1>
      <LoadBoundary
        fallback={(retry) => (
          <button type="button" onClick={retry}>
            Try again
          </button>
        )}
      >
        <Part />
      </LoadBoundary>
    </main>,
  );
  expect(screen.getByText('Loading…')).toBeVisible();

  failFirstLoad(new TypeError('Failed to fetch dynamically imported module'));
  await user.click(await screen.findByRole('button', { name: 'Try again' }));
  expect(screen.queryByText('Loading…')).toBeNull();
  expect(screen.getByRole('heading', { name: 'The page' })).toBeVisible();
  expect(await screen.findByText('The loaded part')).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  consoleError.mockRestore();
});

test('a part whose code is already here renders at once, without its loading state', async () => {
  const loader = createLoader(() => Promise.resolve({ Part: () => <p>Already here</p> }));
  await loader.load();
  const Part = onDemand(
    loader,
    (m) => m.Part,
    () => <p>Loading…</p>,
  );
  render(<Part />);
  expect(screen.getByText('Already here')).toBeVisible();
  expect(screen.queryByText('Loading…')).toBeNull();
});
