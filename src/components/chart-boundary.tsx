import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

/** If a chart throws, say so and keep the page: the table next to every chart has the same numbers. */
export function ChartBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={() => (
        <p className="notice">
          This chart could not be drawn. The table below shows the same numbers.
        </p>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
