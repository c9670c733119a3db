/** @vitest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { StorageNoticeBanner } from '../../src/components/storage-notice';

test('progress from a newer version offers "Use the new version", not a reload that cannot help', async () => {
  const user = userEvent.setup();
  const onUseNewVersion = vi.fn();
  render(
    <StorageNoticeBanner
      notice="newer-version"
      onDismiss={() => undefined}
      onUseNewVersion={onUseNewVersion}
    />,
  );
  expect(screen.getByRole('status')).not.toHaveTextContent(/reload/i);
  await user.click(screen.getByRole('button', { name: 'Use the new version' }));
  expect(onUseNewVersion).toHaveBeenCalledTimes(1);
});

test.each(['unavailable', 'corrupted'] as const)(
  'the %s notice has no "Use the new version" button',
  (notice) => {
    render(
      <StorageNoticeBanner
        notice={notice}
        onDismiss={() => undefined}
        onUseNewVersion={() => undefined}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Use the new version' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  },
);
