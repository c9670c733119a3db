/** @vitest-environment jsdom */
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import type { RolefitQuizElement } from '../../src/embed-loader/loader';

const ORIGIN = 'https://quiz.example';
const open: MessagePort[] = [];

beforeAll(async () => {
  // The loader takes the quiz origin from its own <script src>.
  const script = document.createElement('script');
  script.src = `${ORIGIN}/embed/v1/embed.js`;
  document.head.append(script);
  await import('../../src/embed-loader/loader');
});

afterEach(() => {
  vi.useRealTimers();
  for (const port of open.splice(0)) port.close();
  document.body.replaceChildren();
});

function create(attributes: Record<string, string> = {}): RolefitQuizElement {
  const element = document.createElement('rolefit-quiz');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const link = document.createElement('a');
  link.href = `${ORIGIN}/`;
  link.textContent = 'Take the quiz';
  element.append(link);
  document.body.append(element);
  if (!isQuiz(element)) throw new Error('not upgraded');
  return element;
}

function isQuiz(element: Element): element is RolefitQuizElement {
  return typeof Reflect.get(element, 'destroy') === 'function';
}

function frameOf(element: Element): HTMLIFrameElement {
  const frame = element.shadowRoot?.querySelector('iframe');
  if (!frame) throw new Error('no iframe');
  return frame;
}

interface Captured {
  message: Record<string, unknown>;
  targetOrigin: string;
  port: MessagePort;
}

/**
 * jsdom gives an iframe in a shadow root no window of its own, so each test hands the frame a stand-in
 * whose postMessage records what the loader sends.
 */
function fakeContentWindow(
  frame: HTMLIFrameElement,
  postMessage: (message: unknown, targetOrigin: unknown, transfer?: unknown) => void,
) {
  const spy = vi.fn(postMessage);
  Object.defineProperty(frame, 'contentWindow', { value: { postMessage: spy } });
  return spy;
}

/** Fires the iframe's load and returns the hello the loader posts, with the port it transfers. */
async function handshake(element: Element): Promise<Captured> {
  const frame = frameOf(element);
  const sent: Captured[] = [];
  fakeContentWindow(frame, (message: unknown, targetOrigin: unknown, transfer?: unknown) => {
    const ports = Array.isArray(transfer) ? transfer : [];
    const port: unknown = ports[0];
    if (typeof targetOrigin !== 'string' || !(port instanceof MessagePort))
      throw new Error('unexpected postMessage call');
    open.push(port);
    sent.push({ message: message as Record<string, unknown>, targetOrigin, port });
  });
  frame.dispatchEvent(new Event('load'));
  await vi.waitFor(() => {
    expect(sent.length).toBeGreaterThan(0);
  });
  const first = sent[0];
  if (!first) throw new Error('no hello');
  return first;
}

function record(element: Element): { type: string; detail: unknown }[] {
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ['ready', 'start', 'progress', 'resize', 'complete', 'error'])
    element.addEventListener(`rolefit:${type}`, (event) => {
      if (event instanceof CustomEvent) events.push({ type, detail: event.detail });
    });
  return events;
}

const envelope = (embedId: string, type: string, data: unknown) => ({
  ns: 'rolefit',
  v: 1,
  type,
  embedId,
  data,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test('loading defines the element and the API once; a second copy is harmless', async () => {
  expect(customElements.get('rolefit-quiz')).toBeDefined();
  const api = window.Rolefit;
  expect(api?.version).toBe('1.1.0');
  vi.resetModules();
  await import('../../src/embed-loader/loader');
  expect(window.Rolefit).toBe(api);
});

test('the element makes one lazy iframe with a narrow allow list, and hides the fallback link', () => {
  const element = create({ length: 'short', accent: '#0A7D5A', 'frame-title': 'Careers quiz' });
  const frame = frameOf(element);
  const url = new URL(frame.src);
  expect(url.origin + url.pathname).toBe(`${ORIGIN}/embed/`);
  expect(url.searchParams.get('id')).toBe(element.embedId);
  expect(element.embedId).toMatch(/^[0-9a-f]{32}$/);
  expect(url.searchParams.get('length')).toBe('short');
  expect(url.searchParams.get('accent')).toBe('0a7d5a');
  expect(frame.getAttribute('allow')).toBe('clipboard-write; web-share');
  expect(frame.getAttribute('loading')).toBe('lazy');
  expect(frame.getAttribute('referrerpolicy')).toBe('no-referrer');
  expect(frame.getAttribute('sandbox')).toBeNull();
  expect(frame.title).toBe('Careers quiz');
  expect(frame.style.height).toBe('420px');
  // No <slot>: the light-DOM fallback link is not rendered while the embed works.
  expect(element.shadowRoot?.querySelector('slot')).toBeNull();
});

test('lang="de" and the API’s lang option open the German embed page; other values stay English', async () => {
  const german = create({ lang: 'de' });
  const url = new URL(frameOf(german).src);
  expect(url.origin + url.pathname).toBe(`${ORIGIN}/de/embed/`);
  expect(frameOf(german).title).toBe('Fragebogen: Product Manager oder Product Owner?');

  const slot = document.createElement('div');
  document.body.append(slot);
  const fromApi = window.Rolefit?.embed(slot, { lang: 'de' });
  if (!fromApi) throw new Error('no element');
  expect(new URL(frameOf(fromApi).src).pathname).toBe('/de/embed/');

  const odd = document.createElement('rolefit-quiz');
  odd.setAttribute('lang', '../../evil.example/x');
  const events = record(odd);
  document.body.append(odd);
  await settle();
  const oddUrl = new URL(frameOf(odd).src);
  expect(oddUrl.origin + oddUrl.pathname).toBe(`${ORIGIN}/embed/`);
  expect(frameOf(odd).title).toBe('Product Manager or Product Owner fit quiz');
  expect(events).toMatchObject([
    { type: 'error', detail: { code: 'bad_option', message: 'Invalid lang' } },
  ]);

  // A German frame's result link is the German result page.
  const received = record(german);
  const { port } = await handshake(german);
  const id = german.embedId;
  port.postMessage(envelope(id, 'ready', { version: '1.1.0', bankRev: 1, locale: 'de' }));
  port.postMessage(
    envelope(id, 'complete', {
      resultType: 'balanced',
      resultUrl: `${ORIGIN}/r/balanced/`,
      consent: 'not-requested',
    }),
  );
  port.postMessage(
    envelope(id, 'complete', {
      resultType: 'balanced',
      resultUrl: `${ORIGIN}/de/r/balanced/`,
      consent: 'not-requested',
    }),
  );
  await vi.waitFor(() => {
    expect(received.map((e) => e.type)).toEqual(['ready', 'complete']);
  });
  expect(received[1]?.detail).toMatchObject({ resultUrl: `${ORIGIN}/de/r/balanced/` });
});

test('each element gets its own embed id', () => {
  const a = create();
  const b = create();
  expect(a.embedId).not.toBe(b.embedId);
});

test('invalid options are reported as bad_option errors and replaced by defaults', async () => {
  const element = document.createElement('rolefit-quiz');
  element.setAttribute('accent', 'red');
  element.setAttribute('cta-href', 'javascript:alert(1)');
  const events = record(element);
  document.body.append(element);
  await settle();
  expect(events).toHaveLength(2);
  expect(events).toMatchObject([
    { type: 'error', detail: { code: 'bad_option', message: 'Invalid accent' } },
    { type: 'error', detail: { code: 'bad_option', message: 'Invalid cta-href' } },
  ]);
  expect(new URL(frameOf(element).src).searchParams.has('accent')).toBe(false);
});

test('the hello goes to the exact quiz origin with one port, and events follow the handshake', async () => {
  const element = create({
    'share-scores': '',
    'cta-href': 'https://acme.example/jobs',
    'cta-label': 'Open roles',
  });
  const events = record(element);
  const { message, targetOrigin, port } = await handshake(element);
  expect(targetOrigin).toBe(ORIGIN);
  expect(message).toEqual({
    ns: 'rolefit',
    v: 1,
    type: 'hello',
    embedId: element.embedId,
    data: {
      proto: [1],
      shareScores: true,
      cta: { href: 'https://acme.example/jobs', label: 'Open roles' },
    },
  });

  const id = element.embedId;
  port.postMessage(envelope(id, 'progress', { index: 0, total: 14 })); // before ready: ignored
  port.postMessage(envelope(id, 'ready', { version: '1.0.0', bankRev: 1, locale: 'en' }));
  port.postMessage(envelope(id, 'resize', { height: 612.3 }));
  port.postMessage(envelope(id, 'resize', { height: 612.3 })); // same height: no second event
  port.postMessage(envelope(id, 'navigate', { url: 'https://evil.example' }));
  port.postMessage('{"ns":"rolefit"}');
  port.postMessage(envelope(id, 'start', { resumed: false }));
  port.postMessage(
    envelope(id, 'complete', {
      resultType: 'customer-facing',
      resultUrl: `${ORIGIN}/r/customer-facing/`,
      consent: 'granted',
      scores: { strategic: -0.5, outside: 0.75, pmFit: 0.125 },
    }),
  );
  await vi.waitFor(() => {
    expect(events.map((e) => e.type)).toEqual(['ready', 'resize', 'start', 'complete']);
  });
  await expect(element.ready).resolves.toEqual({
    embedId: id,
    version: '1.0.0',
    bankRev: 1,
    locale: 'en',
    mode: 'inline',
  });
  expect(frameOf(element).style.height).toBe('613px');
  expect(events[1]?.detail).toEqual({ embedId: id, height: 613 });
  expect(events[3]?.detail).toEqual({
    embedId: id,
    resultType: 'customer-facing',
    resultUrl: `${ORIGIN}/r/customer-facing/`,
    consent: 'granted',
    scores: { strategic: -0.5, outside: 0.75, pmFit: 0.13 },
  });
  expect(window.location.href).toBe('http://localhost:3000/');
});

test('reset() is sent over the port, never to the window', async () => {
  const element = create();
  const { port } = await handshake(element);
  const received: unknown[] = [];
  port.onmessage = (event) => {
    received.push(event.data);
  };
  port.postMessage(
    envelope(element.embedId, 'ready', { version: '1.0.0', bankRev: 1, locale: 'en' }),
  );
  await element.ready;
  element.reset();
  await vi.waitFor(() => {
    expect(received).toEqual([envelope(element.embedId, 'reset', {})]);
  });
});

test('without an answer the handshake times out: error event, rejected ready, fallback link shown', async () => {
  vi.useFakeTimers();
  const element = create();
  const events = record(element);
  const frame = frameOf(element);
  const hellos: unknown[] = [];
  fakeContentWindow(frame, (message) => {
    hellos.push(message);
  });
  frame.dispatchEvent(new Event('load'));
  await vi.advanceTimersByTimeAsync(9_999);
  expect(hellos.length).toBe(34); // every 300 ms, each time with a new channel
  expect(events).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  expect(events).toEqual([
    {
      type: 'error',
      detail: {
        embedId: element.embedId,
        code: 'handshake_timeout',
        message: 'No answer from the quiz',
      },
    },
  ]);
  await expect(element.ready).rejects.toMatchObject({ code: 'handshake_timeout' });
  expect(element.shadowRoot?.querySelector('iframe')).toBeNull();
  expect(element.shadowRoot?.querySelector('slot')).not.toBeNull();
});

test('Rolefit.embed maps camelCase options to attributes, adds a fallback link and listeners', async () => {
  const slot = document.createElement('div');
  slot.id = 'slot';
  document.body.append(slot);
  const onError = vi.fn();
  const element = window.Rolefit?.embed('#slot', {
    length: 'short',
    shareScores: true,
    hideMe: false,
    frameTitle: 'Quiz',
    minHeight: 500,
    accent: 'nope',
    on: { error: onError },
  });
  if (!element) throw new Error('no element');
  expect(element.parentElement).toBe(slot);
  expect(element.getAttribute('length')).toBe('short');
  expect(element.getAttribute('share-scores')).toBe('');
  expect(element.hasAttribute('hide-me')).toBe(false);
  expect(element.getAttribute('frame-title')).toBe('Quiz');
  expect(frameOf(element).style.height).toBe('500px');
  expect(element.querySelector('a')?.href).toBe(`${ORIGIN}/`);
  await settle();
  expect(onError).toHaveBeenCalledTimes(1);

  // destroy() removes the element, its iframe and the listeners added through the API.
  element.destroy();
  expect(slot.children).toHaveLength(0);
  element.dispatchEvent(new CustomEvent('rolefit:error'));
  expect(onError).toHaveBeenCalledTimes(1);
  expect(() => window.Rolefit?.embed('#missing')).toThrow();
});

test('Rolefit.embed sets only documented options: event handlers and other attributes are ignored', () => {
  const slot = document.createElement('div');
  document.body.append(slot);
  const element = window.Rolefit?.embed(slot, {
    onclick: 'alert(1)',
    onMouseover: 'alert(2)',
    style: 'opacity:0',
    srcdoc: '<script>alert(3)</script>',
    id: 'spoof',
    ctaHref: 'https://acme.example/jobs',
    maxHeight: 900,
  });
  if (!element) throw new Error('no element');
  expect(element.getAttributeNames().sort()).toEqual(['cta-href', 'max-height']);
  expect(element.getAttribute('cta-href')).toBe('https://acme.example/jobs');
  expect(element.getAttribute('max-height')).toBe('900');
});

test('removing the element closes its port and stops the handshake', async () => {
  vi.useFakeTimers();
  const element = create();
  const frame = frameOf(element);
  const spy = fakeContentWindow(frame, () => {});
  frame.dispatchEvent(new Event('load'));
  await vi.advanceTimersByTimeAsync(0);
  element.remove();
  const calls = spy.mock.calls.length;
  await vi.advanceTimersByTimeAsync(20_000);
  expect(spy.mock.calls.length).toBe(calls);
  expect(element.shadowRoot?.querySelector('iframe')).toBeNull();
});
