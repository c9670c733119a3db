import { expect, test } from 'vitest';
import {
  buildFrameUrl,
  checkPortMessage,
  listOptionAttributes,
  readOptions,
  siteOf,
  toHttpsUrl,
  type MessageContext,
} from '../../src/embed-loader/loader-checks';
import { EMBED_LANGUAGES, FRAME_TITLES, JOB_PROFILES } from '../../src/embed-loader/protocol';
import { RESULT_TYPES } from '../../src/domain/result-types';
import { LANGUAGES } from '../../src/config/languages';

const ID = '0123456789abcdef0123456789abcdef';
const ORIGIN = 'https://quiz.example';

function read(attributes: Record<string, string>) {
  return readOptions((name) => attributes[name] ?? null);
}

const context: MessageContext = {
  embedId: ID,
  site: ORIGIN,
  shareScores: false,
  minHeight: 420,
  maxHeight: Infinity,
};

const message = (type: string, data: unknown, overrides: Record<string, unknown> = {}) => ({
  ns: 'rolefit',
  v: 1,
  type,
  embedId: ID,
  data,
  ...overrides,
});

test('no attributes give the documented defaults and no problems', () => {
  expect(read({})).toEqual({
    options: {
      length: 'full',
      // Salary figures stay off an employer's page unless it asks for them (issue #13).
      salaries: 'hide',
      guide: 'show',
      accent: null,
      minHeight: 420,
      maxHeight: Infinity,
      loading: 'lazy',
      scroll: 'keep-in-view',
      persist: 'on',
      shareScores: false,
      frameTitle: 'Product Manager or Product Owner fit quiz',
      cta: null,
      jobProfile: null,
      lang: 'en',
    },
    problems: [],
  });
});

test('valid attributes are read', () => {
  const { options, problems } = read({
    length: 'short',
    salaries: 'show',
    guide: 'hide',
    accent: '#0A7D5A',
    'min-height': '300',
    'max-height': '2000',
    loading: 'eager',
    scroll: 'none',
    persist: 'off',
    'share-scores': '',
    'frame-title': '  Which product role   fits you? ',
    'cta-href': 'https://acme.example/jobs?team=product',
    'cta-label': 'Open roles',
    'job-profile': 'product-owner',
    lang: 'de',
  });
  expect(problems).toEqual([]);
  expect(options).toEqual({
    length: 'short',
    salaries: 'show',
    guide: 'hide',
    accent: '#0a7d5a',
    minHeight: 300,
    maxHeight: 2000,
    loading: 'eager',
    scroll: 'none',
    persist: 'off',
    shareScores: true,
    frameTitle: 'Which product role fits you?',
    cta: { href: 'https://acme.example/jobs?team=product', label: 'Open roles' },
    jobProfile: 'product-owner',
    lang: 'de',
  });
});

test.each([
  ['length', 'medium'],
  ['salaries', 'yes'],
  ['guide', 'HIDE'],
  ['mode', 'slider'],
  ['accent', 'red'],
  ['accent', '#fff'],
  ['accent', '#12345g'],
  ['accent', 'url(javascript:alert(1))'],
  ['min-height', '-5'],
  ['min-height', '12.5'],
  ['max-height', '1e9'],
  ['loading', 'later'],
  ['cta-href', 'http://acme.example/jobs'],
  ['cta-href', 'javascript:alert(1)'],
  ['cta-href', '/jobs'],
  ['cta-href', 'data:text/html,<b>x</b>'],
  ['job-profile', 'Product-Owner'],
  ['job-profile', 'scrum-master'],
  ['job-profile', ''],
  ['job-profile', 'between'],
  ['lang', 'fr'],
])('an invalid %s (%s) falls back to its default and is reported', (name, value) => {
  const { options, problems } = read({ [name]: value });
  expect(problems).toEqual([name]);
  expect(options).toEqual(read({}).options);
});

test('a max-height below the min-height is reported and ignored', () => {
  const { options, problems } = read({ 'min-height': '600', 'max-height': '500' });
  expect(problems).toEqual(['max-height']);
  expect(options.maxHeight).toBe(Infinity);
});

test('share-scores="false" does not ask for scores; labels are cut to 60 characters', () => {
  const { options } = read({
    'share-scores': 'false',
    'cta-href': 'https://acme.example/',
    'cta-label': 'x'.repeat(80),
  });
  expect(options.shareScores).toBe(false);
  expect(options.cta?.label).toHaveLength(60);
});

test('the embed speaks every language the site has, English first (the default)', () => {
  expect(EMBED_LANGUAGES).toEqual(LANGUAGES.map((l) => l.code));
  for (const language of LANGUAGES)
    expect(siteOf(ORIGIN, language.code)).toBe(ORIGIN + language.base);
});

test('lang="de" opens the German embed page and names the frame in German', () => {
  const { options, problems } = read({ lang: 'de' });
  expect(problems).toEqual([]);
  expect(options.frameTitle).toBe(FRAME_TITLES.de);
  expect(options.frameTitle).toBe('Fragebogen: Product Manager oder Product Owner?');
  const url = new URL(buildFrameUrl(siteOf(ORIGIN, options.lang), ID, options));
  expect(url.origin + url.pathname).toBe(`${ORIGIN}/de/embed/`);
  // The host's own frame title wins in any language.
  expect(read({ lang: 'de', 'frame-title': 'Quiz' }).options.frameTitle).toBe('Quiz');
});

test.each([
  'fr',
  'de ',
  'DE',
  'de-AT',
  '',
  '../evil',
  '/de',
  'de/../../x',
  '@evil.example',
  '//evil.example',
  'de?x=1#',
  'en\\..',
])('lang=%j: the frame stays on the English embed page of the quiz origin', (lang) => {
  const { options, problems } = read({ lang });
  expect(problems).toEqual(['lang']);
  expect(options.lang).toBe('en');
  const url = new URL(buildFrameUrl(siteOf(ORIGIN, options.lang), ID, options));
  expect(url.origin + url.pathname).toBe(`${ORIGIN}/embed/`);
  expect([...url.searchParams.keys()]).not.toContain('lang');
});

test('a German embed’s result link must point to the German result page', () => {
  const german = { ...context, site: siteOf(ORIGIN, 'de') };
  const complete = (resultUrl: string) =>
    checkPortMessage(
      message('complete', { resultType: 'product-owner', resultUrl, consent: 'not-requested' }),
      german,
    );
  expect(complete(`${ORIGIN}/de/r/product-owner/`)?.detail).toMatchObject({
    resultUrl: `${ORIGIN}/de/r/product-owner/`,
  });
  expect(complete(`${ORIGIN}/r/product-owner/`)).toBeNull();
  expect(complete(`${ORIGIN}/de/r/product-manager/`)).toBeNull();
});

test('toHttpsUrl accepts only absolute https URLs', () => {
  expect(toHttpsUrl('https://acme.example/jobs')).toBe('https://acme.example/jobs');
  expect(toHttpsUrl(' https://acme.example ')).toBe('https://acme.example/');
  expect(toHttpsUrl('http://acme.example')).toBeNull();
  expect(toHttpsUrl('javascript:alert(1)')).toBeNull();
  expect(toHttpsUrl('//acme.example')).toBeNull();
  expect(toHttpsUrl(`https://acme.example/${'a'.repeat(2000)}`)).toBeNull();
});

test('the frame URL carries only the display options, and the accent without its #', () => {
  const { options } = read({ length: 'short', accent: '#0a7d5a', 'cta-href': 'https://a.example' });
  const url = new URL(buildFrameUrl(ORIGIN, ID, options));
  expect(url.origin + url.pathname).toBe(`${ORIGIN}/embed/`);
  expect(Object.fromEntries(url.searchParams)).toEqual({
    id: ID,
    length: 'short',
    salaries: 'hide',
    guide: 'show',
    persist: 'on',
    accent: '0a7d5a',
  });
});

test('job-profile: every result type is accepted and the frame URL carries it', () => {
  expect(JOB_PROFILES).toEqual(RESULT_TYPES);
  for (const type of RESULT_TYPES) {
    const { options, problems } = read({ 'job-profile': type });
    expect(problems).toEqual([]);
    expect(new URL(buildFrameUrl(ORIGIN, ID, options)).searchParams.get('job-profile')).toBe(type);
  }
  expect(new URL(buildFrameUrl(ORIGIN, ID, read({}).options)).searchParams.has('job-profile')).toBe(
    false,
  );
});

test('each known frame message becomes a fresh event detail', () => {
  expect(
    checkPortMessage(message('ready', { version: '1.0.0', bankRev: 3, locale: 'en' }), context),
  ).toEqual({
    type: 'ready',
    detail: { embedId: ID, version: '1.0.0', bankRev: 3, locale: 'en', mode: 'inline' },
  });
  expect(checkPortMessage(message('start', { resumed: true }), context)).toEqual({
    type: 'start',
    detail: { embedId: ID, resumed: true },
  });
  expect(checkPortMessage(message('progress', { index: 2, total: 14 }), context)).toEqual({
    type: 'progress',
    detail: { embedId: ID, index: 2, total: 14 },
  });
  expect(
    checkPortMessage(
      message('complete', {
        resultType: 'product-owner',
        resultUrl: `${ORIGIN}/r/product-owner/`,
        consent: 'not-requested',
        extra: 'dropped',
      }),
      context,
    ),
  ).toEqual({
    type: 'complete',
    detail: {
      embedId: ID,
      resultType: 'product-owner',
      resultUrl: `${ORIGIN}/r/product-owner/`,
      consent: 'not-requested',
    },
  });
});

test('a progress detail never carries anything but the position', () => {
  const event = checkPortMessage(
    message('progress', { index: 1, total: 14, answer: 'strategic-market', questionId: 'x' }),
    context,
  );
  expect(event?.detail).toEqual({ embedId: ID, index: 1, total: 14 });
});

test('heights are rounded up and clamped to min and max', () => {
  const clamped = { ...context, minHeight: 300, maxHeight: 900 };
  const height = (h: unknown) => {
    const event = checkPortMessage(message('resize', { height: h }), clamped);
    return event?.type === 'resize' ? event.detail.height : null;
  };
  expect(height(612.01)).toBe(613);
  expect(height(612)).toBe(612);
  expect(height(12)).toBe(300);
  expect(height(5000)).toBe(900);
  expect(height(Number.NaN)).toBeNull();
  expect(height(Infinity)).toBeNull();
  expect(height(-1)).toBeNull();
  expect(height('700')).toBeNull();
});

test.each([
  ['not an object', 'ready'],
  ['a JSON string', JSON.stringify(message('start', { resumed: false }))],
  ['null', null],
  ['an array', [message('start', { resumed: false })]],
  ['another namespace', message('start', { resumed: false }, { ns: 'typeform' })],
  ['another version', message('start', { resumed: false }, { v: 2 })],
  ['another embed', message('start', { resumed: false }, { embedId: 'f'.repeat(32) })],
  ['no data', message('start', undefined)],
  ['an unknown type', message('navigate', { url: 'https://evil.example' })],
  ['a close request', message('close-request', { reason: 'escape' })],
  ['a frame-sent error', message('error', { code: 'handshake_timeout', message: 'x' })],
  ['a malformed start', message('start', { resumed: 'yes' })],
  ['a malformed progress', message('progress', { index: 14, total: 14 })],
  ['a fractional progress', message('progress', { index: 1.5, total: 14 })],
  ['a malformed ready', message('ready', { version: 1, bankRev: 1, locale: 'en' })],
])('%s is ignored', (_, data) => {
  expect(checkPortMessage(data, context)).toBeNull();
});

test.each([
  ['HTML in the result type', { resultType: '<img src=x onerror=alert(1)>' }],
  ['a javascript: result link', { resultUrl: 'javascript:alert(1)' }],
  ['a result link on another origin', { resultUrl: 'https://evil.example/r/product-owner/' }],
  ['a result link for another type', { resultUrl: `${ORIGIN}/r/product-manager/` }],
  ['a result link with a fragment', { resultUrl: `${ORIGIN}/r/product-owner/#r=abc` }],
  ['an unknown consent', { consent: 'maybe' }],
  ['"between" without its types', { resultType: 'between' }],
  [
    '"between" with HTML as a type',
    { resultType: 'between', types: ['product-owner', '<b>x</b>'] },
  ],
  ['"between" with three types', { resultType: 'between', types: ['a', 'b', 'c'] }],
  [
    '"between" whose link is not the first type',
    { resultType: 'between', types: ['customer-facing', 'product-owner'] },
  ],
  ['types that are not a list', { resultType: 'between', types: 'product-owner' }],
])('a complete message with %s is dropped', (_, change) => {
  const data = {
    resultType: 'product-owner',
    resultUrl: `${ORIGIN}/r/product-owner/`,
    consent: 'not-requested',
    ...change,
  };
  expect(checkPortMessage(message('complete', data), context)).toBeNull();
});

test('a "between" result names its two types, the more probable first; its link is the first type', () => {
  const data = {
    resultType: 'between',
    types: ['product-owner', 'customer-facing'],
    resultUrl: `${ORIGIN}/r/product-owner/`,
    consent: 'not-requested',
  };
  expect(checkPortMessage(message('complete', data), context)?.detail).toEqual({
    embedId: ID,
    ...data,
  });
});

test('scores pass only when the host asked and the taker agreed; they are rounded to two decimals', () => {
  const data = {
    resultType: 'product-owner',
    resultUrl: `${ORIGIN}/r/product-owner/`,
    consent: 'granted',
    scores: { strategic: -0.6666, outside: -1, pmFit: -0.83333 },
  };
  const asked = { ...context, shareScores: true };
  expect(checkPortMessage(message('complete', data), asked)?.detail).toEqual({
    embedId: ID,
    resultType: 'product-owner',
    resultUrl: `${ORIGIN}/r/product-owner/`,
    consent: 'granted',
    scores: { strategic: -0.67, outside: -1, pmFit: -0.83 },
  });
  // A page that injects scores although the host never asked: they are dropped.
  expect(checkPortMessage(message('complete', data), context)?.detail).toEqual({
    embedId: ID,
    resultType: 'product-owner',
    resultUrl: `${ORIGIN}/r/product-owner/`,
    consent: 'not-requested',
  });
  // Declined: no scores even if some are attached.
  expect(
    checkPortMessage(message('complete', { ...data, consent: 'declined' }), asked)?.detail,
  ).not.toHaveProperty('scores');
  // Granted with broken scores: the whole message is dropped.
  for (const scores of [undefined, { strategic: 2, outside: 0, pmFit: 0 }, { strategic: 0 }]) {
    expect(checkPortMessage(message('complete', { ...data, scores }), asked)).toBeNull();
  }
});

test('the attributes the element reads are exactly the documented ones', () => {
  expect(listOptionAttributes().sort()).toEqual(
    [
      'accent',
      'cta-href',
      'cta-label',
      'frame-title',
      'guide',
      'job-profile',
      'lang',
      'length',
      'loading',
      'max-height',
      'min-height',
      'mode',
      'persist',
      'salaries',
      'scroll',
      'share-scores',
    ].sort(),
  );
});
