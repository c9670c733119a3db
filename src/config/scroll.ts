/**
 * Where a tab keeps its place on each page it visited (sessionStorage), so Back, Forward and a
 * reload return there (src/app/scroll-manager.tsx). The privacy page names it.
 */
export const SCROLL_POSITIONS_KEY = 'rolefit-scroll';
