/**
 * The rolefit embed loader, published as `/embed/v1/embed.js` (≤ 3 KB gzip, no dependencies).
 * It defines `<rolefit-quiz>` and `window.Rolefit`, and talks to the embed page only through a private
 * MessageChannel whose far end is handed to the exact quiz origin (the origin of this script's own URL).
 * It never navigates, never writes HTML, never creates scripts, and only ever changes its own iframe's
 * height, its own shadow root and its own events. Built by scripts/embed-loader-plugin.ts.
 */
import {
  buildFrameUrl,
  checkPortMessage,
  listOptionAttributes,
  readOptions,
  siteOf,
  type HostEvent,
  type MessageContext,
} from './loader-checks';
import { ELEMENT_NAME, HELLO, LOADER_VERSION, NS, PROTOCOL_VERSION } from './protocol';

type ReadyDetail = Extract<HostEvent, { type: 'ready' }>['detail'];
type ErrorDetail = Extract<HostEvent, { type: 'error' }>['detail'];
type Listener = (event: CustomEvent) => void;

/** The `<rolefit-quiz>` element's API. */
export interface RolefitQuizElement extends HTMLElement {
  readonly embedId: string;
  /** Resolves with the `rolefit:ready` detail; rejects with the `rolefit:error` detail. */
  readonly ready: Promise<ReadyDetail>;
  on(type: string, fn: Listener): void;
  off(type: string, fn: Listener): void;
  reset(): void;
  destroy(): void;
}

export interface RolefitApi {
  readonly version: string;
  /** Appends a `<rolefit-quiz>` to `target` and returns it. Options are the attributes in camelCase. */
  embed(target: string | Element, options?: EmbedOptions): RolefitQuizElement;
}
/** Listeners by short event name (`ready`, `complete`, …). */
export type EmbedListeners = Record<string, Listener>;
/** The attributes in camelCase (`shareScores`, `ctaHref`, …), plus `on`. */
export interface EmbedOptions {
  [attribute: string]: string | number | boolean | undefined | EmbedListeners;
  on?: EmbedListeners;
}

declare global {
  interface Window {
    Rolefit?: RolefitApi;
  }
}

/** A host → frame message in the protocol's envelope. */
const envelope = (type: string, embedId: string, data: object) => ({
  ns: NS,
  v: PROTOCOL_VERSION,
  type,
  embedId,
  data,
});

function define(origin: string): void {
  let sheet: CSSStyleSheet | null = null;

  class RolefitQuiz extends HTMLElement implements RolefitQuizElement {
    // 128 random bits as 32 hex digits: 256 + b is "1" and b's two digits.
    readonly embedId = crypto
      .getRandomValues(new Uint8Array(16))
      .reduce((id, b) => id + (256 + b).toString(16).slice(1), '');
    // Set by the promise below, which runs its executor at once.
    #settle!: [(detail: ReadyDetail) => void, (detail: ErrorDetail) => void];
    readonly ready = new Promise<ReadyDetail>((resolve, reject) => {
      this.#settle = [resolve, reject];
    });
    #port: MessagePort | undefined;
    #added: [string, EventListener][] = [];
    #unmount: (() => void) | undefined;

    // The browser pairs these: every connect but the first follows a disconnect. Unmounting twice is
    // harmless (no timers, no ports, the frame already gone).
    connectedCallback(): void {
      this.#unmount = this.#mount();
    }

    disconnectedCallback(): void {
      this.#unmount?.();
    }

    /** Same as addEventListener (`type` is e.g. 'rolefit:complete'), but destroy() removes it again. */
    on(type: string, fn: Listener): void {
      this.#added.push([type, fn as EventListener]);
      this.addEventListener(type, fn as EventListener);
    }

    off(type: string, fn: Listener): void {
      this.#added = this.#added.filter(([t, f]) => t !== type || f !== fn);
      this.removeEventListener(type, fn as EventListener);
    }

    /** Clears the taker's progress inside the frame. */
    reset(): void {
      this.#port?.postMessage(envelope('reset', this.embedId, {}));
    }

    /** Removes the element, its iframe, its port and every listener added with on(). */
    destroy(): void {
      // off() drops each from the list (a new array; this loop reads the old one).
      for (const [name, fn] of this.#added) this.off(name, fn as Listener);
      this.remove();
    }

    /** Dispatches `rolefit:<type>` and returns its detail. */
    #emit<T extends object>(type: string, detail: T): T {
      this.dispatchEvent(
        new CustomEvent(`rolefit:${type}`, { detail, bubbles: true, composed: true }),
      );
      return detail;
    }

    #mount(): () => void {
      const { options, problems } = readOptions((name) => this.getAttribute(name));
      const embedId = this.embedId;
      const site = siteOf(origin, options.lang);
      const context: MessageContext = { ...options, embedId, site };
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const frame = document.createElement('iframe');
      // A constructed sheet: no <style> element, nothing a strict style-src has to allow.
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(':host,iframe{display:block}iframe{width:100%;border:0}');
      }
      root.adoptedStyleSheets = [sheet];
      frame.title = options.frameTitle;
      // Attributes rather than properties: every browser reads these, even where a property is missing.
      frame.setAttribute('loading', options.loading);
      frame.setAttribute('referrerpolicy', 'no-referrer');
      frame.setAttribute('allow', 'clipboard-write; web-share');
      frame.setAttribute('part', 'frame');
      let height = options.minHeight;
      frame.style.height = `${height}px`;
      frame.src = buildFrameUrl(site, embedId, options);
      // The shadow root holds no <slot>, so the fallback link stays hidden until a failure.
      root.replaceChildren(frame);

      let timers: ReturnType<typeof setTimeout>[] = [];
      let pending: MessagePort[] = [];
      // Ends the handshake's timers and closes every port (the chosen one too).
      const stop = () => {
        timers.forEach(clearTimeout);
        timers = [];
        for (const port of pending) port.close();
        pending = [];
        this.#port?.close();
        this.#port = undefined;
      };

      const receive = (port: MessagePort, message: unknown) => {
        const event = checkPortMessage(message, context);
        if (!event) return;
        if (event.type === 'ready') {
          if (this.#port) return;
          // Every other hello's port is closed; this one is kept.
          pending = pending.filter((other) => other !== port);
          stop();
          this.#port = port;
          this.#settle[0](event.detail);
        } else if (port !== this.#port) return;
        if (event.type === 'resize') {
          if (event.detail.height === height) return;
          height = event.detail.height;
          frame.style.height = `${height}px`;
        }
        if ((event.type === 'progress' || event.type === 'complete') && options.scroll !== 'none') {
          // Keep the frame in view when more than a quarter of it has scrolled above the viewport.
          // An instant jump, never an animation: safe with reduced motion, and small (the 3 KB
          // budget). No argument is `{ block: 'start', inline: 'nearest' }`.
          const box = frame.getBoundingClientRect();
          if (box.top < -box.height / 4) frame.scrollIntoView();
        }
        this.#emit(event.type, event.detail);
      };

      const hello = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => {
          receive(channel.port1, event.data);
        };
        pending.push(channel.port1);
        // Exact target origin: if the frame has navigated elsewhere, the browser drops the message.
        frame.contentWindow?.postMessage(
          envelope(HELLO, embedId, {
            proto: [PROTOCOL_VERSION],
            shareScores: options.shareScores,
            ...(options.cta && { cta: options.cta }),
          }),
          origin,
          [channel.port2],
        );
      };

      const fail = () => {
        stop();
        frame.remove();
        root.append(document.createElement('slot'));
        // A host that never awaits `ready` should not see an unhandled rejection.
        this.ready.catch(() => {});
        this.#settle[1](
          this.#emit<ErrorDetail>('error', {
            embedId,
            code: 'handshake_timeout',
            message: 'No answer from the quiz',
          }),
        );
      };

      // Every load (the first, or a reload of the frame) starts a fresh handshake.
      const handleLoad = () => {
        stop();
        // One timer list: clearTimeout also clears an interval (HTML, "timers"). The hello is sent
        // again with a new channel every 300 ms until the page answers (it listens only once its app
        // has started, which can take seconds on a slow phone); after 10 s the loader gives up.
        hello();
        timers = [setInterval(hello, 300), setTimeout(fail, 10_000)];
      };
      frame.addEventListener('load', handleLoad);

      // Reported after the current task, so listeners added right after the element still hear it.
      setTimeout(() => {
        for (const name of problems)
          this.#emit('error', {
            embedId,
            code: 'bad_option',
            message: `Invalid ${name}`,
          });
      });

      return () => {
        stop();
        frame.removeEventListener('load', handleLoad);
        frame.remove();
      };
    }
  }

  customElements.define(ELEMENT_NAME, RolefitQuiz);

  const embed = (target: string | Element, options: EmbedOptions = {}): RolefitQuizElement => {
    const parent = typeof target === 'string' ? document.querySelector(target) : target;
    if (!parent) throw new Error('rolefit: no such target');
    const element = new RolefitQuiz();
    for (const [key, value] of Object.entries(options)) {
      const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      // Only documented options become attributes; anything else (`onclick`, `style`…) is ignored.
      if (
        !listOptionAttributes().includes(name) ||
        value === false ||
        value == null ||
        typeof value == 'object'
      )
        continue;
      element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const [type, fn] of Object.entries(options.on ?? {})) element.on(`rolefit:${type}`, fn);
    const link = document.createElement('a');
    link.href = `${origin}/`;
    link.textContent = 'Take the rolefit quiz';
    element.append(link);
    parent.append(element);
    return element;
  };

  window.Rolefit = { version: LOADER_VERSION, embed };
}

// The quiz origin is this script's own origin. Loading the script twice is harmless: the element
// and the API are defined once.
const script = document.currentScript ?? document.querySelector('script[src$="/embed.js"]');
if (script instanceof HTMLScriptElement && script.src && !customElements.get(ELEMENT_NAME))
  define(new URL(script.src).origin);
