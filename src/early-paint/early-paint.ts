// The early paint of /quiz (docs/architecture.md, "Early paint of the quiz question"): a classic script
// of its own (about 2 kB gzip), built by scripts/early-paint-plugin.ts and run from the head of
// /quiz's prerendered HTML without waiting for the app, so a reload shows the saved question in the
// page's first frame, before React has loaded (issue #13, part 8). It reads the snapshot of the question the React quiz last
// showed (src/domain/question-screen.ts) with the app's guarded storage, and draws an inert copy of it
// into the shell's `.quiz-early` slot with plain DOM (text only); React replaces it with the real
// question. When anything is missing, stale or unreadable it draws nothing, and the page loads as it
// always did.
import { readLinkFragment } from '../domain/link-fragment';
import {
  keyboardTip,
  QUESTION_SNAPSHOT_KEY,
  QUESTION_WORDS,
  readQuestionSnapshot,
  type QuestionScreen,
} from '../domain/question-screen';
import { QUIZ_STORAGE_KEY } from '../domain/saved-quiz';
import { createGuardedStorage } from '../store/guarded-storage';

/** An element with classes and, optionally, its text. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An inert, hidden-from-assistive-technology block: React's question is the one to use. */
function inert<T extends HTMLElement>(node: T): T {
  node.inert = true;
  node.setAttribute('aria-hidden', 'true');
  return node;
}

/**
 * The link to the start page, as the quiz bar shows it: to the shell's own brand link's address, the
 * start page in the page's language ("/" or "/de/"), which the parser has added before the slot.
 */
function homeLink(className: string, text: string): HTMLAnchorElement {
  const link = el('a', className, text);
  link.href = document.querySelector('.quiz-bar .brand')?.getAttribute('href') ?? '/';
  return link;
}

/** The same elements and classes as QuestionView (src/components/question-view.tsx) and QuizPage. */
function drawQuestion(screen: QuestionScreen): DocumentFragment {
  const section = inert(el('section', 'question'));
  const top = el('div', 'question-top');
  const progress = el('div', 'question-progress');
  const count = el('h1', 'question-count');
  count.append(
    el('span', 'question-word', QUESTION_WORDS.question),
    ` ${QUESTION_WORDS.position(screen.position, screen.total)}`,
  );
  const track = el('div', 'progress-track');
  const fill = el('div', 'progress-fill');
  fill.style.width = `${Math.round(((screen.position - 1) / screen.total) * 100)}%`;
  track.append(fill);
  progress.append(count, track);
  top.append(
    homeLink('brand', 'rolefit'),
    progress,
    homeLink('quiz-exit', QUESTION_WORDS.saveAndLeave),
  );

  const form = el('form', '');
  const fieldset = el('fieldset', 'choices');
  fieldset.append(el('legend', 'question-prompt', screen.legend));
  if (screen.hint) fieldset.append(el('p', 'muted question-hint', screen.hint));
  screen.options.forEach((option, index) => {
    const choice = el('div', 'choice');
    const input = el('input', '');
    input.type = 'radio';
    input.checked = index === screen.selected;
    const label = el('label', '');
    label.append(el('span', 'choice-key', String(index + 1)), el('span', '', option));
    choice.append(input, label);
    fieldset.append(choice);
  });
  const nav = el('div', 'button-row quiz-nav');
  if (screen.hasBack) nav.append(el('button', 'button', QUESTION_WORDS.back));
  nav.append(el('button', 'button primary', screen.nextLabel));
  form.append(fieldset, el('p', 'muted keyboard-hint', keyboardTip(screen.options.length)), nav);
  section.append(top, form);

  const elsewhere = inert(el('div', 'continue-elsewhere'));
  elsewhere.append(el('button', 'button small', QUESTION_WORDS.continueElsewhere));

  const fragment = document.createDocumentFragment();
  fragment.append(section, elsewhere);
  return fragment;
}

/**
 * Starts the app: its entry, which /quiz's HTML preloads but does not run itself. When a question was
 * drawn, only once the frame that shows it has been presented, so the first paint never waits for the
 * app's scripts; otherwise as soon as the page is parsed, as a module script in the HTML would run.
 */
function startApp(entry: string, afterPaint: boolean): void {
  const run = () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  };
  const whenParsed = (fn: () => void) => {
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', fn, { once: true });
    else fn();
  };
  if (!afterPaint || document.visibilityState === 'hidden' || !('PerformanceObserver' in window)) {
    whenParsed(run);
    return;
  }
  // After the question is on screen: the first contentful paint is reported once the frame is
  // presented (a frame's rendering steps end well before that). A browser that never reports it
  // starts the app a moment later anyway.
  let hasRun = false;
  const once = () => {
    if (hasRun) return;
    hasRun = true;
    observer.disconnect();
    whenParsed(run);
  };
  const observer = new PerformanceObserver(once);
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(once, 300);
}

/** The question to draw, or null. Never throws. */
function readScreen(): QuestionScreen | null {
  try {
    // A `#p=` link opens the import screen, not a question.
    if (readLinkFragment(window.location.hash, 'progress') !== null) return null;
    // Notices are the quiz store's to show, once React runs.
    const storage = createGuardedStorage(
      () => window.localStorage,
      () => undefined,
    );
    return readQuestionSnapshot(
      storage.getItem(QUESTION_SNAPSHOT_KEY),
      storage.getItem(QUIZ_STORAGE_KEY),
    );
  } catch {
    return null;
  }
}

/** Draws the saved question into the shell's slot, then calls `done` (true when it drew). */
function paint(screen: QuestionScreen, done: (drawn: boolean) => void): void {
  const draw = (): boolean | null => {
    try {
      const slot = document.querySelector('.quiz-early');
      if (!slot) return null;
      if (slot.hasChildNodes()) return false;
      slot.append(drawQuestion(screen));
      return true;
    } catch {
      return false;
    }
  };
  const drawn = draw();
  if (drawn !== null) {
    done(drawn);
    return;
  }
  // Run from the head, before the body is parsed: the question is drawn the moment the parser adds
  // the slot, before the browser's first frame, so the first paint is the question itself.
  let isDone = false;
  const finish = (result: boolean) => {
    if (isDone) return;
    isDone = true;
    observer.disconnect();
    done(result);
  };
  const observer = new MutationObserver(() => {
    const result = draw();
    if (result !== null) finish(result);
  });
  observer.observe(document, { childList: true, subtree: true });
  // A page without the slot (an unknown shell): nothing drawn, the app starts as usual.
  document.addEventListener('DOMContentLoaded', () => finish(draw() ?? false), { once: true });
}

// The app's entry, named by scripts/early-paint-plugin.ts on this script's own tag. Whatever happens
// here, the app starts: a question that cannot be drawn only means the loading shell shows first.
const entry = document.currentScript?.dataset.app;
if (entry) {
  const screen = readScreen();
  if (screen) paint(screen, (drawn) => startApp(entry, drawn));
  else startApp(entry, false);
}
