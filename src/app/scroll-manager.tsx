import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { SCROLL_POSITIONS_KEY } from '../config/scroll';

function readPositions(): Map<string, number> {
  try {
    const raw: unknown = JSON.parse(window.sessionStorage.getItem(SCROLL_POSITIONS_KEY) ?? '{}');
    if (raw === null || typeof raw !== 'object') return new Map();
    return new Map(
      Object.entries(raw).filter((e): e is [string, number] => typeof e[1] === 'number'),
    );
  } catch {
    return new Map();
  }
}

function writePositions(positions: Map<string, number>): void {
  try {
    // The last 30 entries are plenty for back and forward.
    const recent = [...positions].slice(-30);
    window.sessionStorage.setItem(SCROLL_POSITIONS_KEY, JSON.stringify(Object.fromEntries(recent)));
  } catch {
    // Blocked or full storage: back and forward then start at the top, nothing else changes.
  }
}

function isReloadOrBackForward(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/**
 * Scroll like a multi-page site: a new page starts at the top (or at its #fragment), back and
 * forward return to where the taker was, and a replace on the same page (a quiz mode in the query, a
 * compare list in the fragment) leaves the scroll alone. Renders nothing.
 */
export function ScrollManager() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const positions = useRef<Map<string, number> | null>(null);
  const previousPath = useRef<string | null>(null);
  // The entry scroll events belong to. Set in the layout effect, before the browser fires the scroll
  // event that the new page's own scrolling causes, so that event is never booked to the old entry.
  const currentKey = useRef(location.key);

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    positions.current ??= readPositions();
    const record = () => positions.current?.set(currentKey.current, window.scrollY);
    const save = () => {
      if (positions.current) writePositions(positions.current);
    };
    window.addEventListener('scroll', record, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      save();
      window.removeEventListener('scroll', record);
      window.removeEventListener('pagehide', save);
    };
  }, []);

  useLayoutEffect(() => {
    currentKey.current = location.key;
    const isFirstRender = previousPath.current === null;
    const isSamePage = previousPath.current === location.pathname;
    previousPath.current = location.pathname;
    if (navigationType === NavigationType.Pop) {
      // A fresh load is a "pop" too, and every fresh load's entry has the key "default": only a
      // reload or back/forward returns to a kept position, or a typed address would open at the
      // place another page of this tab was left.
      if (isFirstRender && !isReloadOrBackForward()) return;
      positions.current ??= readPositions();
      const saved = positions.current.get(location.key);
      if (saved !== undefined) window.scrollTo(0, saved);
      return;
    }
    if (isFirstRender || (isSamePage && navigationType === NavigationType.Replace)) return;
    const target =
      location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [location.key, location.pathname, location.hash, navigationType]);

  return null;
}
