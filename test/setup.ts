import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  // Pages load their code on first visit (src/app/routes.tsx); on a busy machine transforming a page
  // module for the first time can take longer than findBy*'s default second.
  configure({ asyncUtilTimeout: 5000 });
  afterEach(() => {
    cleanup();
  });
}
