import type { RouteHandle } from '../app/head';

export const privacyHandle: RouteHandle = {
  head: () => ({ title: 'Privacy · rolefit', description: 'What rolefit stores and where.' }),
};

/** Placeholder until the page is built. */
export function PrivacyPage() {
  return (
    <article>
      <h1>Privacy</h1>
      <p>This page is on its way.</p>
    </article>
  );
}
