/** @vitest-environment jsdom */
import { expect, test, vi } from 'vitest';
import { Suspense, use } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createLoader, LoadBoundary } from '../../src/components/load-on-demand';

/**
 * Runs `step` inside an awaited act(). React 19 resumes a tree that suspended (here: while a chunk
 * loads) only there; Testing Library's render and user-event use a synchronous act().
 */
function actAndSettle(step: () => unknown): Promise<void> {
  return act(async () => {
    await step();
  });
}

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
  const firstLoad = new Promise<{ text: string }>((_, reject) => {
    failFirstLoad = reject;
  });
  const loader = createLoader(
    vi
      .fn<() => Promise<{ text: string }>>()
      .mockReturnValueOnce(firstLoad)
      .mockResolvedValueOnce({ text: 'The loaded part' }),
  );
  function Part() {
    return <p>{use(loader.load()).text}</p>;
  }
  // React reports the caught error on the console; the boundary is what is under test.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  await actAndSettle(() =>
    render(
      <main>
        <h1>The page</h1>
        <LoadBoundary
          onRetry={loader.forgetFailure}
          fallback={(retry) => (
            <button type="button" onClick={retry}>
              Try again
            </button>
          )}
        >
          <Suspense fallback={<p aria-busy="true">Loading…</p>}>
            <Part />
          </Suspense>
        </LoadBoundary>
      </main>,
    ),
  );
  expect(screen.getByText('Loading…')).toBeVisible();

  await actAndSettle(() => {
    failFirstLoad(new TypeError('Failed to fetch dynamically imported module'));
    return firstLoad.catch(() => {});
  });
  expect(screen.queryByText('Loading…')).toBeNull();
  expect(screen.getByRole('heading', { name: 'The page' })).toBeVisible();

  await actAndSettle(() => user.click(screen.getByRole('button', { name: 'Try again' })));
  expect(await screen.findByText('The loaded part')).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  consoleError.mockRestore();
});
