/**
 * The embed page's side of the wire protocol: zod schemas for everything it receives (the hello on
 * the window, then port messages) and the one builder for everything it sends.
 */
import '../domain/zod-setup';
import { z } from 'zod';
import { toReadableAccent } from '../domain/accent';
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

const EmbedIdSchema = z.string().regex(EMBED_ID_PATTERN);

const HttpsUrlSchema = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  });

/** Host labels are plain text: whitespace collapsed, 1 to 60 characters. */
const LabelSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1).max(LABEL_MAX));

export const CtaSchema = z.object({
  href: HttpsUrlSchema,
  label: LabelSchema.optional().catch(undefined),
});
export type Cta = z.infer<typeof CtaSchema>;

/** The hello a loader posts to the frame's window, with exactly one port attached. */
export const HelloSchema = z.object({
  ns: z.literal(NS),
  v: z.literal(PROTOCOL_VERSION),
  type: z.literal(HELLO),
  embedId: EmbedIdSchema,
  data: z.object({
    proto: z.array(z.number().int()).min(1).max(16),
    shareScores: z.boolean().default(false),
    // A bad link is dropped on its own; the rest of the hello still counts.
    cta: CtaSchema.optional().catch(undefined),
  }),
});
export type Hello = z.infer<typeof HelloSchema>;

/** Host → frame messages on the port after the handshake. */
export const HostPortMessageSchema = z.object({
  ns: z.literal(NS),
  v: z.literal(PROTOCOL_VERSION),
  type: z.enum(HOST_PORT_TYPES),
  embedId: EmbedIdSchema,
  data: z.object({}),
});
export type HostPortMessage = z.infer<typeof HostPortMessageSchema>;

/**
 * The hello for this frame, or null: the envelope must be well formed, name this frame's embed id and
 * offer a protocol version the page speaks. The caller also checks the sender and the port.
 */
export function parseHello(message: unknown, embedId: string): Hello | null {
  const parsed = HelloSchema.safeParse(message);
  if (!parsed.success || parsed.data.embedId !== embedId) return null;
  return parsed.data.data.proto.includes(PROTOCOL_VERSION) ? parsed.data : null;
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
  const parsed = HostPortMessageSchema.safeParse(message);
  return parsed.success && parsed.data.embedId === embedId ? parsed.data : null;
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
export const EmbedParamsSchema = z.object({
  id: EmbedIdSchema.nullable().catch(null),
  length: z.enum(['full', 'short']).catch('full'),
  salaries: z.enum(['show', 'hide']).catch('show'),
  guide: z.enum(['show', 'hide']).catch('show'),
  persist: z.enum(['on', 'off']).catch('on'),
  accent: z
    .string()
    .regex(/^[0-9a-fA-F]{6}$/)
    .transform((hex) => toReadableAccent(`#${hex}`))
    .nullable()
    .catch(null),
});
export type EmbedParams = z.infer<typeof EmbedParamsSchema>;

/** Reads the embed options from a query string such as `?id=…&length=short`. Never throws. */
export function readEmbedParams(search: string): EmbedParams {
  const query = new URLSearchParams(search);
  return EmbedParamsSchema.parse({
    id: query.get('id'),
    length: query.get('length'),
    salaries: query.get('salaries'),
    guide: query.get('guide'),
    persist: query.get('persist'),
    accent: query.get('accent'),
  });
}
