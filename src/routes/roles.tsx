import type { RouteHandle } from '../app/head';

export const rolesHandle: RouteHandle = {
  head: () => ({
    title: 'Product Manager vs Product Owner · rolefit',
    description: 'How the two roles differ and overlap.',
  }),
};

/** Placeholder until the page is built. */
export function RolesPage() {
  return (
    <article>
      <h1>Product Manager vs Product Owner</h1>
      <p>This page is on its way.</p>
    </article>
  );
}
