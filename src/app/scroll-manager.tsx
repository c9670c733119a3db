import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

const STORAGE_KEY = 'rolefit.scroll';

function readPositions(): Map<string, number> {
  try {
    const raw: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}');
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
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(recent)));
  } catch {
    // Blocked or full storage: back and forward then start at the top, nothing else changes.
  }
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

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    positions.current = readPositions();
    const save = () => {
      if (positions.current) writePositions(positions.current);
    };
    window.addEventListener('pagehide', save);
    return () => {
      save();
      window.removeEventListener('pagehide', save);
    };
  }, []);

  useEffect(() => {
    const record = () => positions.current?.set(location.key, window.scrollY);
    window.addEventListener('scroll', record, { passive: true });
    return () => window.removeEventListener('scroll', record);
  }, [location.key]);

  useLayoutEffect(() => {
    const isFirstRender = previousPath.current === null;
    const isSamePage = previousPath.current === location.pathname;
    previousPath.current = location.pathname;
    if (navigationType === NavigationType.Pop) {
      const saved = (positions.current ?? readPositions()).get(location.key);
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
