/**
 * The loader's checks, as pure functions: reading the element's options and validating every port
 * message. Hand-written (no schema library) so `embed.js` stays within its 3 KB budget. Each check
 * builds a fresh object from validated fields; nothing from a message is passed through.
 */
import {
  ACCENT_PATTERN,
  CONSENT_VALUES,
  DEFAULT_MIN_HEIGHT,
  EMBED_LANGUAGES,
  FRAME_TITLES,
  JOB_PROFILES,
  LABEL_MAX,
  NS,
  PROTOCOL_VERSION,
  RESULT_TYPE_PATTERN,
  type Consent,
  type EmbedLanguage,
  type ErrorCode,
  type JobProfile,
  type SharedScores,
} from './protocol';

/** The element's options after validation. Attributes are read once, on connect. */
export interface LoaderOptions {
  length: 'full' | 'short';
  salaries: 'hide' | 'show';
  guide: 'show' | 'hide';
  /** `#rrggbb`, lower case, or null for the default. */
  accent: string | null;
  minHeight: number;
  /** Infinity when unset. */
  maxHeight: number;
  loading: 'lazy' | 'eager';
  scroll: 'keep-in-view' | 'none';
  persist: 'on' | 'off';
  shareScores: boolean;
  frameTitle: string;
  /** The result screen's link (e.g. open roles); the embed page supplies a default label. */
  cta: { href: string; label?: string } | null;
  /** A role the result screen compares the taker with in words (docs/embed.md), or null. */
  jobProfile: JobProfile | null;
  /** The embed page's language; only a language of the list ever reaches the frame's address. */
  lang: EmbedLanguage;
}

/**
 * Reads and validates the options. `get` returns an attribute's value or null. A bad value is replaced
 * by its default and named in `problems` (the element reports each as `rolefit:error` `bad_option`).
 */
export function readOptions(get: (name: string) => string | null): {
  options: LoaderOptions;
  problems: string[];
} {
  const problems: string[] = [];
  // One check for every attribute: absent is null; a value `read` refuses is named in `problems`.
  const check = <T>(name: string, read: (value: string) => T | null | undefined): T | null => {
    const value = get(name);
    if (value === null) return null;
    const result = read(value) ?? null;
    if (result === null) problems.push(name);
    return result;
  };
  // The first allowed value is the default.
  const pick = <T extends string>(name: string, allowed: readonly [T, ...T[]]): T =>
    check(name, (value) => allowed.find((a) => a === value)) ?? allowed[0];
  const size = (name: string, fallback: number): number =>
    check(name, (value) => (/^\d{1,5}$/.test(value) ? Number(value) : null)) ?? fallback;
  const text = (name: string): string =>
    (get(name) ?? '').replace(/\s+/g, ' ').trim().slice(0, LABEL_MAX);

  pick('mode', ['inline']);
  const accent = check('accent', (value) =>
    ACCENT_PATTERN.test(value) ? value.toLowerCase() : null,
  );

  const minHeight = size('min-height', DEFAULT_MIN_HEIGHT);
  let maxHeight = size('max-height', Infinity);
  if (maxHeight < minHeight) {
    problems.push('max-height');
    maxHeight = Infinity;
  }

  const ctaLabel = text('cta-label');
  const ctaHref = check('cta-href', toHttpsUrl);
  const lang = pick('lang', EMBED_LANGUAGES);

  return {
    options: {
      length: pick('length', ['full', 'short']),
      salaries: pick('salaries', ['hide', 'show']),
      guide: pick('guide', ['show', 'hide']),
      accent,
      minHeight,
      maxHeight,
      loading: pick('loading', ['lazy', 'eager']),
      scroll: pick('scroll', ['keep-in-view', 'none']),
      persist: pick('persist', ['on', 'off']),
      // Present, with any value but "false".
      shareScores: (get('share-scores') ?? 'false') !== 'false',
      frameTitle: text('frame-title') || FRAME_TITLES[lang],
      cta: ctaHref === null ? null : { href: ctaHref, ...(ctaLabel && { label: ctaLabel }) },
      jobProfile: check('job-profile', (value) => JOB_PROFILES.find((p) => p === value)),
      lang,
    },
    problems,
  };
}

/** An absolute `https:` URL (normalised), or null. */
export function toHttpsUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && value.length <= 2000 ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Where the quiz's pages are in `lang`: the loader's origin, plus the language's folder for every
 * language but English (`https://rolefit.example/de`). `lang` is always one of EMBED_LANGUAGES.
 */
export function siteOf(origin: string, lang: EmbedLanguage): string {
  return lang === 'en' ? origin : `${origin}/${lang}`;
}

/** The iframe's URL (`site` from `siteOf`): only non-personal display options go in the query. */
export function buildFrameUrl(site: string, embedId: string, options: LoaderOptions): string {
  const query = new URLSearchParams({
    id: embedId,
    length: options.length,
    salaries: options.salaries,
    guide: options.guide,
    persist: options.persist,
  });
  if (options.accent) query.set('accent', options.accent.slice(1));
  if (options.jobProfile) query.set('job-profile', options.jobProfile);
  return `${site}/embed/?${query}`;
}

/** What the element needs to judge a message. */
export interface MessageContext {
  embedId: string;
  /** The quiz's pages in the embed's language (`siteOf`): the result link must point there. */
  site: string;
  shareScores: boolean;
  minHeight: number;
  maxHeight: number;
}

/** A validated message, ready to become a `rolefit:<type>` event (`detail` is a fresh object). */
export type HostEvent =
  | {
      type: 'ready';
      detail: { embedId: string; version: string; bankRev: number; locale: string; mode: 'inline' };
    }
  | { type: 'start'; detail: { embedId: string; resumed: boolean } }
  | { type: 'progress'; detail: { embedId: string; index: number; total: number } }
  | { type: 'resize'; detail: { embedId: string; height: number } }
  | {
      type: 'complete';
      detail: {
        embedId: string;
        resultType: string;
        types?: [string, string];
        resultUrl: string;
        consent: Consent;
        scores?: SharedScores;
      };
    }
  | { type: 'error'; detail: { embedId: string; code: ErrorCode; message: string } };

// Arrays pass this check but then fail every field check.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Number.isInteger is false for anything that is not a number.
const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10_000;

const isShortText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** A score in −1…+1, rounded to two decimals; null for anything else. */
function toScore(value: unknown): number | null {
  return typeof value === 'number' && value >= -1 && value <= 1
    ? Math.round(value * 100) / 100
    : null;
}

/**
 * Checks one port message. Returns null for anything that is not a well-formed message of a known type
 * for this embed: the caller ignores it. `scores` are dropped unless the host asked for them and the
 * taker agreed.
 */
export function checkPortMessage(message: unknown, context: MessageContext): HostEvent | null {
  if (
    !isRecord(message) ||
    message.ns !== NS ||
    message.v !== PROTOCOL_VERSION ||
    message.embedId !== context.embedId ||
    !isRecord(message.data)
  )
    return null;
  const { embedId } = context;
  const { type, data } = message;
  // The event of this message's type, or null when its checks failed (`detail` is false). `T` is
  // the case that calls it, which TypeScript cannot tie to `type`; every detail names its embed.
  const event = <T extends HostEvent['type']>(
    detail: Omit<Extract<HostEvent, { type: T }>['detail'], 'embedId'> | false,
  ) => (detail ? { type: type as T, detail: { embedId, ...detail } } : null);
  switch (type) {
    case 'ready':
      return event<'ready'>(
        isShortText(data.version, 20) &&
          isCount(data.bankRev) &&
          isShortText(data.locale, 35) && {
            version: data.version,
            bankRev: data.bankRev,
            locale: data.locale,
            mode: 'inline',
          },
      );
    case 'start':
      return event<'start'>(typeof data.resumed === 'boolean' && { resumed: data.resumed });
    case 'progress':
      return event<'progress'>(
        isCount(data.index) &&
          isCount(data.total) &&
          data.index < data.total && { index: data.index, total: data.total },
      );
    case 'resize': {
      const { height } = data;
      // Number.isFinite is false for anything that is not a number.
      return event<'resize'>(
        Number.isFinite(height) &&
          (height as number) >= 0 && {
            height: Math.min(
              Math.max(Math.ceil(height as number), context.minHeight),
              context.maxHeight,
            ),
          },
      );
    }
    case 'complete': {
      const { resultType, resultUrl, types } = data;
      const consent = CONSENT_VALUES.find((c) => c === data.consent);
      // "between" names two types; its link describes the more probable one (docs/embed.md).
      const named: unknown = resultType === 'between' ? types : [resultType];
      if (
        !Array.isArray(named) ||
        named.length > 2 ||
        !named.every((t): t is string => typeof t === 'string' && RESULT_TYPE_PATTERN.test(t)) ||
        resultUrl !== `${context.site}/r/${named[0]}/` ||
        !consent
      )
        return null;
      const agreed = context.shareScores && consent === 'granted';
      const detail: Omit<Extract<HostEvent, { type: 'complete' }>['detail'], 'embedId'> = {
        resultType: resultType as string,
        ...(named.length > 1 && { types: named as [string, string] }),
        resultUrl,
        consent: context.shareScores ? consent : 'not-requested',
      };
      if (agreed) {
        // Missing or malformed scores drop the whole message.
        const scores = isRecord(data.scores) ? data.scores : {};
        const strategic = toScore(scores.strategic);
        const outside = toScore(scores.outside);
        const pmFit = toScore(scores.pmFit);
        if (strategic === null || outside === null || pmFit === null) return null;
        detail.scores = { strategic, outside, pmFit };
      }
      return event<'complete'>(detail);
    }
    default:
      return null;
  }
}

/**
 * Every attribute `<rolefit-quiz>` reads (docs/embed.md): exactly the names `readOptions` asks for.
 * `Rolefit.embed()` sets only these on the host's element, so an option key can never become
 * `onclick`, `style` or any other attribute.
 */
export function listOptionAttributes(): string[] {
  const names: string[] = [];
  readOptions((name) => {
    names.push(name);
    return null;
  });
  return names;
}
