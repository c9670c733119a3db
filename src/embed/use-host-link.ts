import { useEffect, useRef, useState, type RefObject } from 'react';
import { acceptHello, buildFrameMessage, parseHostPortMessage, type Cta } from './frame-messages';
import { LOADER_VERSION, type FrameData, type FrameMessageType } from '../embed-loader/protocol';
import { locale } from '../words/en/locale';

/** The host page, as the handshake verified it. */
export interface HostLink {
  /** The host's origin from the hello event (`"null"` for file: and sandboxed pages). */
  origin: string;
  /** The embedder asked for scores (the taker is still asked). */
  shareScores: boolean;
  cta: Cta | null;
  /** Sends one message to the host page over the private port. */
  send: <T extends FrameMessageType>(type: T, data: FrameData[T]) => void;
}

export interface HostLinkInit {
  /** This frame's embed id (from its URL), or null when the page was not opened by the loader. */
  embedId: string | null;
  bankRev: number;
  /** The host asked to clear progress (`el.reset()`). */
  onReset: () => void;
}

/**
 * The handshake, frame side: accepts the first hello from the parent window for this embed id with
 * exactly one port, answers `ready` on that port and stops listening to the window. From then on
 * every message travels over the private port only. Returns null until (or unless) that happens.
 */
export function useHostLink({ embedId, bankRev, onReset }: HostLinkInit): HostLink | null {
  const [link, setLink] = useState<HostLink | null>(null);
  const onResetRef = useRef(onReset);
  useEffect(() => {
    onResetRef.current = onReset;
  });

  useEffect(() => {
    if (embedId === null || window.parent === window) return;
    let port: MessagePort | null = null;
    const handleMessage = (event: MessageEvent) => {
      const found = acceptHello(event, window.parent, embedId);
      if (!found) return;
      const { hello, port: accepted } = found;
      window.removeEventListener('message', handleMessage);
      port = accepted;
      const send = <T extends FrameMessageType>(type: T, data: FrameData[T]) => {
        accepted.postMessage(buildFrameMessage(type, embedId, data));
      };
      accepted.onmessage = (portEvent) => {
        const message = parseHostPortMessage(portEvent.data, embedId);
        if (message?.type === 'reset') onResetRef.current();
      };
      send('ready', { version: LOADER_VERSION, bankRev, locale: locale.code });
      setLink({
        origin: event.origin,
        shareScores: hello.data.shareScores,
        cta: hello.data.cta ?? null,
        send,
      });
    };
    window.addEventListener('message', handleMessage);
    return () => {
      window.removeEventListener('message', handleMessage);
      port?.close();
    };
  }, [embedId, bankRev]);

  return link;
}

/**
 * Reports the height of `ref` to the host whenever it changes, in whole pixels rounded up, so the
 * loader can size the iframe to its content and no inner scrollbar appears.
 */
export function useAutoHeight(ref: RefObject<HTMLElement | null>, link: HostLink | null): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || !link) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      link.send('resize', { height });
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => {
      observer.disconnect();
    };
  }, [ref, link]);
}
