// When a "share my scores" click inside the embed may count (docs/embed.md, "Consent cannot be
// clickjacked"). A host page can style its frame (`::part(frame)`), make it nearly transparent and lay
// a decoy over it, so the frame accepts consent only when a person had time to read it and, where the
// browser can tell, the frame was fully visible and uncovered all along.

/** How long each consent step must be on screen, and the frame visibly uncovered, before it counts. */
export const CONSENT_GUARD = {
  /** A step's accept button is disabled for this long after the step appears. */
  minShownMs: 1000,
  /** Where visibility is known, the frame must have been visible without a break for this long. */
  minVisibleMs: 800,
} as const;

/**
 * What the browser says about the frame's visibility. `unknown` where it cannot tell (no
 * IntersectionObserver v2); otherwise since when the frame has been visible without a break, or
 * null while it is hidden, covered, transformed or faded.
 */
export type FrameVisibility = { kind: 'unknown' } | { kind: 'known'; visibleSince: number | null };

/** Whether an accept button may be used now, or why not. */
export type ConsentReadiness = 'ready' | 'too-soon' | 'hidden';

/**
 * Whether a consent step's accept button may be used at `now`: shown long enough, and (where the
 * browser can tell) visible and uncovered long enough. Declining is always allowed and never asks.
 * @example judgeConsent({ now: 2000, shownAt: 0, visibility: { kind: 'unknown' } }) // 'ready'
 */
export function judgeConsent(input: {
  now: number;
  shownAt: number;
  visibility: FrameVisibility;
}): ConsentReadiness {
  const { now, shownAt, visibility } = input;
  if (visibility.kind === 'known') {
    if (visibility.visibleSince === null) return 'hidden';
    if (now - visibility.visibleSince < CONSENT_GUARD.minVisibleMs) return 'too-soon';
  }
  return now - shownAt < CONSENT_GUARD.minShownMs ? 'too-soon' : 'ready';
}

/** The next moment `judgeConsent` could change its answer without a new visibility report, or null. */
export function nextConsentCheck(input: {
  now: number;
  shownAt: number;
  visibility: FrameVisibility;
}): number | null {
  const { now, shownAt, visibility } = input;
  if (visibility.kind === 'known' && visibility.visibleSince === null) return null;
  const times = [shownAt + CONSENT_GUARD.minShownMs];
  if (visibility.kind === 'known' && visibility.visibleSince !== null)
    times.push(visibility.visibleSince + CONSENT_GUARD.minVisibleMs);
  const later = times.filter((t) => t > now);
  return later.length === 0 ? null : Math.max(...later);
}
