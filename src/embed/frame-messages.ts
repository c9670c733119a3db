/**
 * The embed page's side of the wire protocol: valibot schemas for everything it receives (the hello
 * on the window, then port messages) and the one builder for everything it sends.
 */
import * as v from 'valibot';
import { toReadableAccent } from '../domain/accent';
import { RESULT_TYPES } from '../domain/result-types';
import { objectOf } from '../domain/object-schemas';
import {
  EMBED_ID_PATTERN,
  HELLO,
  HOST_PORT_TYPES,
  LABEL_MAX,
  NS,
  PROTOCOL_VERSION,
  type FrameData,
  type FrameMessageType,
} from '../embed-loader/protocol';

const EmbedIdSchema = v.pipe(v.string(), v.regex(EMBED_ID_PATTERN));

const HttpsUrlSchema = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.check((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }),
);

/** Host labels are plain text: whitespace collapsed, 1 to 60 characters. */
const LabelSchema = v.pipe(
  v.string(),
  v.transform((value) => value.replace(/\s+/g, ' ').trim()),
  v.minLength(1),
  v.maxLength(LABEL_MAX),
);

export const CtaSchema = objectOf({
  href: HttpsUrlSchema,
  label: v.fallback(v.optional(LabelSchema), undefined),
});
export type Cta = v.InferOutput<typeof CtaSchema>;

/** The versioned envelope every message to this frame comes in, addressed to one embed id. */
function envelope<const TType extends v.GenericSchema, const TData extends v.GenericSchema>(
  type: TType,
  data: TData,
) {
  return objectOf({
    ns: v.literal(NS),
    v: v.literal(PROTOCOL_VERSION),
    type,
    embedId: EmbedIdSchema,
    data,
  });
}

/** The hello a loader posts to the frame's window, with exactly one port attached. */
export const HelloSchema = envelope(
  v.literal(HELLO),
  objectOf({
    proto: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(1), v.maxLength(16)),
    shareScores: v.optional(v.boolean(), false),
    // A bad link is dropped on its own; the rest of the hello still counts.
    cta: v.fallback(v.optional(CtaSchema), undefined),
  }),
);
export type Hello = v.InferOutput<typeof HelloSchema>;

/** Host → frame messages on the port after the handshake. */
export const HostPortMessageSchema = envelope(v.picklist(HOST_PORT_TYPES), objectOf({}));
export type HostPortMessage = v.InferOutput<typeof HostPortMessageSchema>;

/**
 * The hello for this frame, or null: the envelope must be well formed, name this frame's embed id and
 * offer a protocol version the page speaks. The caller also checks the sender and the port.
 */
export function parseHello(message: unknown, embedId: string): Hello | null {
  const parsed = v.safeParse(HelloSchema, message);
  if (!parsed.success || parsed.output.embedId !== embedId) return null;
  return parsed.output.data.proto.includes(PROTOCOL_VERSION) ? parsed.output : null;
}

/** What the frame needs from a window `message` event. */
export interface WindowMessage {
  data: unknown;
  source: unknown;
  ports: readonly MessagePort[];
}

/**
 * The handshake's acceptance rule: a hello for this embed id, sent by the parent window itself (never a
 * sibling or child frame), with exactly one port attached. Returns the hello and the port, or null.
 */
export function acceptHello(
  event: WindowMessage,
  parent: unknown,
  embedId: string,
): { hello: Hello; port: MessagePort } | null {
  if (event.source !== parent || event.ports.length !== 1) return null;
  const hello = parseHello(event.data, embedId);
  const [port] = event.ports;
  return hello && port ? { hello, port } : null;
}

/** A port message for this frame, or null for anything unknown or malformed. */
export function parseHostPortMessage(message: unknown, embedId: string): HostPortMessage | null {
  const parsed = v.safeParse(HostPortMessageSchema, message);
  return parsed.success && parsed.output.embedId === embedId ? parsed.output : null;
}

/** The versioned envelope of a frame → host message. */
export function buildFrameMessage<T extends FrameMessageType>(
  type: T,
  embedId: string,
  data: FrameData[T],
) {
  return { ns: NS, v: PROTOCOL_VERSION, type, embedId, data };
}

/** The display options in the frame's own URL (`/embed/?id=…&length=…`); anything unknown gets its default. */
export const EmbedParamsSchema = v.object({
  id: v.fallback(v.nullable(EmbedIdSchema), null),
  length: v.fallback(v.picklist(['full', 'short']), 'full'),
  // Hidden unless the embedder asks: on an employer's careers page, salary figures can be read as
  // what that employer pays (issue #13). The loader sends `hide` by default; anything else hides too.
  salaries: v.fallback(v.picklist(['hide', 'show']), 'hide'),
  guide: v.fallback(v.picklist(['show', 'hide']), 'show'),
  persist: v.fallback(v.picklist(['on', 'off']), 'on'),
  /** A role the result screen shows the taker beside (`job-profile` on the element), or null. */
  jobProfile: v.fallback(v.nullable(v.picklist(RESULT_TYPES)), null),
  accent: v.fallback(
    v.nullable(
      v.pipe(
        v.string(),
        v.regex(/^[0-9a-fA-F]{6}$/),
        v.transform((hex) => toReadableAccent(`#${hex}`)),
      ),
    ),
    null,
  ),
});
export type EmbedParams = v.InferOutput<typeof EmbedParamsSchema>;

/** Reads the embed options from a query string such as `?id=…&length=short`. Never throws. */
export function readEmbedParams(search: string): EmbedParams {
  const query = new URLSearchParams(search);
  return v.parse(EmbedParamsSchema, {
    id: query.get('id'),
    length: query.get('length'),
    salaries: query.get('salaries'),
    guide: query.get('guide'),
    persist: query.get('persist'),
    accent: query.get('accent'),
    jobProfile: query.get('job-profile'),
  });
}
