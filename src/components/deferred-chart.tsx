import {
  startTransition,
  useCallback,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { skillChartHeight } from './chart-sizes';
import { createLoader, onDemand } from './load-on-demand';
import { startPrintLayout } from './use-drawn-width';
import type { FitMapProps } from './fit-map';
import type { SkillBar } from './skill-chart';

// The charts load and draw only when they come near the viewport (or the page is printed), so the
// first paint never waits for them. Until then a
// frame of the same size, role and summary stands in, and the table next to every chart has the same
// numbers: the page is complete without the drawing and nothing moves when it arrives
// (docs/performance.md). Only types are imported from the chart modules; the code loads on demand:
// the charts are recharts (drawn at the size src/domain/map-layout.ts and bar-layout.ts lay out),
// and recharts must never reach the landing or quiz pages (scripts/budgets.mjs).

interface StandInProps {
  /** The chart's class: it gives the stand-in the chart's size (styles.css). */
  className: string;
  /** Read out instead of the drawing, before and after it is drawn. */
  summary: string;
  /** Heights that depend on the data; CSS sizes the rest. */
  height?: number;
}

/** The frame that holds a chart's place until it is drawn; `watch` tells when it comes near. */
function StandIn({ className, summary, height, watch }: StandInProps & { watch?: WatchRef }) {
  return (
    <div
      ref={watch}
      className={`${className} chart-pending`}
      role="img"
      aria-label={summary}
      {...(height === undefined ? {} : { style: { height } })}
    />
  );
}

type SkillChartProps = { bars: readonly SkillBar[]; summary: string };
const fitMapFrame = (props: FitMapProps): StandInProps => ({
  className: 'fit-map',
  summary: props.summary,
});
const skillChartFrame = (props: SkillChartProps): StandInProps => ({
  className: 'skill-chart',
  summary: props.summary,
  height: skillChartHeight(props.bars.length),
});

const fitMapCode = createLoader(() => import('./fit-map'));
const skillChartCode = createLoader(() => import('./skill-chart'));

// While a chart's code loads, its stand-in stays (without watching: the chart is already near).
const FitMap = onDemand(
  fitMapCode,
  (m) => m.FitMap,
  (props) => <StandIn {...fitMapFrame(props)} />,
);
const SkillChart = onDemand(
  skillChartCode,
  (m) => m.SkillChart,
  (props: SkillChartProps) => <StandIn {...skillChartFrame(props)} />,
);

/**
 * Fetches a chart's code (recharts, about 100 kB gzip) once the browser is idle, without drawing it, so
 * printing from the browser's menu can draw every chart at once, even one nobody scrolled to or one
 * inside a closed section.
 */
function usePreloadedCode(code: { load: () => Promise<unknown> }) {
  useEffect(() => {
    const load = () => {
      code.load().catch(() => {
        // Not here yet: the chart loads again when it is drawn, and fails there visibly.
      });
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(load, 1000);
    return () => clearTimeout(id);
  }, [code]);
}

/** Start drawing when a chart is within this distance of the viewport, so it is usually ready in time. */
const NEAR_VIEWPORT = '50% 0px';

// "Draw every chart now", for the Print button: a tiny external store every deferred chart reads.
let isDrawAllRequested = false;
const drawAllListeners = new Set<() => void>();
function subscribeDrawAll(listener: () => void): () => void {
  drawAllListeners.add(listener);
  return () => drawAllListeners.delete(listener);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Draws every deferred chart on the page and resolves once none is still waiting (at most a few
 * seconds), so a report printed from a button has its charts even where the reader never scrolled.
 */
export async function drawAllCharts(): Promise<void> {
  isDrawAllRequested = true;
  for (const listener of drawAllListeners) listener();
  const deadline = performance.now() + 5000;
  while (document.querySelector('.chart-pending') && performance.now() < deadline) {
    await nextFrame();
  }
  // A chart measures its width after the first draw and draws again at that width.
  await nextFrame();
  await nextFrame();
}

type WatchRef = (element: HTMLElement | null) => (() => void) | undefined;

/**
 * False until the element comes near the viewport or the page is printed, then true for good.
 * Without IntersectionObserver (old browsers) the chart draws when the browser is next idle.
 */
function useIsNearViewport(): [WatchRef, boolean] {
  const [isNear, setIsNear] = useState(false);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    // Printing from the browser menu draws the chart at once (flushSync): the print is laid out
    // right after this event. Its code was fetched when the page was idle (usePreloadedCode); if it
    // is not here yet, the chart prints as its frame, with its table. The Print button uses drawAllCharts.
    const showForPrint = () => {
      startPrintLayout();
      flushSync(() => setIsNear(true));
    };
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    window.addEventListener('beforeprint', showForPrint);
    // The print media query changes at the start and at the end of printing: only the start counts.
    const showForPrintMedia = () => {
      if (print?.matches) showForPrint();
    };
    print?.addEventListener('change', showForPrintMedia);
    let stopWatching: () => void;
    if (typeof IntersectionObserver === 'function') {
      const observer = new IntersectionObserver(
        (entries) => {
          // A transition: drawing the chart yields to scrolling and input every few milliseconds.
          if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setIsNear(true));
        },
        { rootMargin: NEAR_VIEWPORT },
      );
      observer.observe(element);
      stopWatching = () => observer.disconnect();
    } else if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setIsNear(true), { timeout: 2000 });
      stopWatching = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(() => setIsNear(true), 200);
      stopWatching = () => clearTimeout(id);
    }
    return () => {
      stopWatching();
      window.removeEventListener('beforeprint', showForPrint);
      print?.removeEventListener('change', showForPrintMedia);
    };
  }, []);
  return [ref, isNear];
}

/** A chart that loads and draws once it is near the viewport; the same-size stand-in holds its place. */
function DeferredChart({ frame, children }: { frame: StandInProps; children: ReactNode }) {
  const [ref, isInView] = useIsNearViewport();
  const isDrawAll = useSyncExternalStore(
    subscribeDrawAll,
    () => isDrawAllRequested,
    () => false,
  );
  if (!isInView && !isDrawAll) return <StandIn {...frame} watch={ref} />;
  return children;
}

/** The map (fit-map.tsx), drawn when it comes near the viewport. */
export function DeferredFitMap(props: FitMapProps) {
  usePreloadedCode(fitMapCode);
  return (
    <DeferredChart frame={fitMapFrame(props)}>
      <FitMap {...props} />
    </DeferredChart>
  );
}

/** The practice bars (skill-chart.tsx), drawn when they come near the viewport. */
export function DeferredSkillChart(props: SkillChartProps) {
  usePreloadedCode(skillChartCode);
  return (
    <DeferredChart frame={skillChartFrame(props)}>
      <SkillChart {...props} />
    </DeferredChart>
  );
}
