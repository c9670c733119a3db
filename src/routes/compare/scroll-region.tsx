import type { ReactNode } from 'react';

/** A wide table's scrolling box, named by the table's caption and reachable by keyboard. */
export function ScrollRegion({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    <div
      className="compare-scroll"
      role="region"
      aria-labelledby={captionId}
      // A scrolling region must take focus so keyboard users can scroll it (axe).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {children}
    </div>
  );
}
