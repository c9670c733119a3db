// Loaded only when a taker presses "Use the new version" (src/app/root-layout.tsx), so the landing
// page does not carry it.

/** A worker that has installed and waits, or null. Waits for one that is still installing. */
async function findWaitingWorker(): Promise<ServiceWorker | null> {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) return null;
  if (!registration.waiting && !registration.installing) {
    // This tab may not have checked for an update since the newer version was published.
    await registration.update().catch(() => undefined);
  }
  const installing = registration.installing;
  if (installing) {
    await new Promise<void>((resolve) => {
      const settle = () => {
        if (installing.state !== 'installing') resolve();
      };
      installing.addEventListener('statechange', settle);
      settle();
    });
  }
  return registration.waiting;
}

/**
 * "Use the new version": a new worker waits while any tab runs the version before it
 * (docs/performance.md, "Updates"), so a reload alone brings back the old version. This asks the
 * waiting worker to take over now and reloads this tab once it has. Progress is in localStorage and
 * nothing is written by the switch, so none is lost; other open tabs keep running, and their next
 * page that needs a file only the old version had offers a reload, which then gets the new version.
 * Without a waiting worker (none published, no worker at all) it is a plain reload.
 */
export async function switchToNewVersion(): Promise<void> {
  const waiting = 'serviceWorker' in navigator ? await findWaitingWorker().catch(() => null) : null;
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      window.location.reload();
    },
    { once: true },
  );
  waiting.postMessage('skip-waiting');
}
