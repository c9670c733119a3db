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
export type EmbedListeners = Partial<Record<string, Listener>>;
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

/**
 * After each frame load, hello is (re)sent with a new channel every RETRY ms until the page answers
 * (it listens only once its app has started, which can take seconds on a slow phone), then gives up.
 */
const RETRY = 300;
const TIMEOUT = 10_000;
const CSS = ':host,iframe{display:block}iframe{width:100%;border:0}';

function define(origin: string): void {
  let sheet: CSSStyleSheet | null = null;

  class RolefitQuiz extends HTMLElement implements RolefitQuizElement {
    // 128 random bits as 32 hex digits: 256 + b is "1" and b's two digits.
    readonly embedId = crypto
      .getRandomValues(new Uint8Array(16))
      .reduce((id, b) => id + (256 + b).toString(16).slice(1), '');
    readonly ready: Promise<ReadyDetail>;
    #settle: [(detail: ReadyDetail) => void, (detail: ErrorDetail) => void] | null = null;
    #port: MessagePort | null = null;
    #added: [string, EventListener][] = [];
    #unmount: (() => void) | null = null;

    constructor() {
      super();
      this.ready = new Promise((resolve, reject) => {
        this.#settle = [resolve, reject];
      });
      // A host that never awaits `ready` should not see an unhandled rejection.
      this.ready.catch(() => {});
    }

    connectedCallback(): void {
      this.#unmount?.();
      this.#unmount = this.#mount();
    }

    disconnectedCallback(): void {
      this.#unmount?.();
      this.#unmount = null;
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
      this.#port?.postMessage({
        ns: NS,
        v: PROTOCOL_VERSION,
        type: 'reset',
        embedId: this.embedId,
        data: {},
      });
    }

    /** Removes the element, its iframe, its port and every listener added with on(). */
    destroy(): void {
      // off() drops each from the list (a new array; this loop reads the old one).
      for (const [name, fn] of this.#added) this.off(name, fn as Listener);
      this.remove();
    }

    #emit(type: string, detail: object): void {
      this.dispatchEvent(
        new CustomEvent(`rolefit:${type}`, { detail, bubbles: true, composed: true }),
      );
    }

    #mount(): () => void {
      const { options, problems } = readOptions((name) => this.getAttribute(name));
      const embedId = this.embedId;
      const context: MessageContext = { ...options, embedId, origin };
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const frame = document.createElement('iframe');
      // A constructed sheet: no <style> element, nothing a strict style-src has to allow.
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
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
      frame.src = buildFrameUrl(origin, embedId, options);
      // The shadow root holds no <slot>, so the fallback link stays hidden until a failure.
      root.replaceChildren(frame);

      let timers: ReturnType<typeof setTimeout>[] = [];
      let pending: MessagePort[] = [];
      const stop = () => {
        timers.forEach(clearTimeout);
        timers = [];
      };
      const closePorts = () => {
        for (const port of pending) port.close();
        pending = [];
        this.#port?.close();
        this.#port = null;
      };

      const receive = (port: MessagePort, message: unknown) => {
        const event = checkPortMessage(message, context);
        if (!event) return;
        if (event.type === 'ready') {
          if (this.#port) return;
          stop();
          for (const other of pending) if (other !== port) other.close();
          pending = [];
          this.#port = port;
          this.#settle?.[0](event.detail);
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
          {
            ns: NS,
            v: PROTOCOL_VERSION,
            type: HELLO,
            embedId,
            data: {
              proto: [PROTOCOL_VERSION],
              shareScores: options.shareScores,
              ...(options.cta && { cta: options.cta }),
            },
          },
          origin,
          [channel.port2],
        );
      };

      const fail = () => {
        stop();
        closePorts();
        frame.remove();
        root.append(document.createElement('slot'));
        const detail: ErrorDetail = {
          embedId,
          code: 'handshake_timeout',
          message: 'No answer from the quiz',
        };
        this.#emit('error', detail);
        this.#settle?.[1](detail);
      };

      // Every load (the first, or a reload of the frame) starts a fresh handshake.
      const handleLoad = () => {
        stop();
        closePorts();
        // One timer list: clearTimeout also clears an interval (HTML, "timers").
        hello();
        timers = [setInterval(hello, RETRY), setTimeout(fail, TIMEOUT)];
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
        closePorts();
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
    for (const [type, fn] of Object.entries(options.on ?? {}))
      if (fn) element.on(`rolefit:${type}`, fn);
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
