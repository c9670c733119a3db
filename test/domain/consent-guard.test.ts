import { expect, test } from 'vitest';
import {
  CONSENT_GUARD,
  judgeConsent,
  nextConsentCheck,
  type FrameVisibility,
} from '../../src/domain/consent-guard';

const unknown: FrameVisibility = { kind: 'unknown' };
const hidden: FrameVisibility = { kind: 'known', visibleSince: null };
const visibleFrom = (t: number): FrameVisibility => ({ kind: 'known', visibleSince: t });

test.each([
  ['just shown, visibility unknown', 500, 0, unknown, 'too-soon'],
  ['shown long enough, visibility unknown', 1000, 0, unknown, 'ready'],
  ['shown long enough but hidden or covered', 5000, 0, hidden, 'hidden'],
  ['shown long enough, visible only just now', 5000, 0, visibleFrom(4900), 'too-soon'],
  ['shown long enough, visible long enough', 5000, 0, visibleFrom(4000), 'ready'],
  ['visible long enough, but the step only just appeared', 5000, 4500, visibleFrom(0), 'too-soon'],
] as const)('%s: %s', (_, now, shownAt, visibility, expected) => {
  expect(judgeConsent({ now, shownAt, visibility })).toBe(expected);
});

test('the guard wakes when its answer can change, and not while the frame is hidden', () => {
  expect(nextConsentCheck({ now: 0, shownAt: 0, visibility: unknown })).toBe(
    CONSENT_GUARD.minShownMs,
  );
  expect(nextConsentCheck({ now: 0, shownAt: 0, visibility: visibleFrom(900) })).toBe(
    900 + CONSENT_GUARD.minVisibleMs,
  );
  expect(nextConsentCheck({ now: 0, shownAt: 0, visibility: hidden })).toBeNull();
  expect(nextConsentCheck({ now: 9000, shownAt: 0, visibility: visibleFrom(0) })).toBeNull();
});
