import fc from 'fast-check';
import { expect, test } from 'vitest';
import { hostileText } from '../domain/hostile-text';
import {
  acceptHello,
  buildFrameMessage,
  parseHello,
  parseHostPortMessage,
  readEmbedParams,
} from '../../src/embed/frame-messages';
import { checkPortMessage } from '../../src/embed-loader/loader-checks';

const ID = '0123456789abcdef0123456789abcdef';
const OTHER = 'fedcba9876543210fedcba9876543210';

const hello = (data: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}) => ({
  ns: 'rolefit',
  v: 1,
  type: 'hello',
  embedId: ID,
  data: { proto: [1], shareScores: false, ...data },
  ...overrides,
});

test('a well-formed hello for this frame is accepted, with unknown fields stripped', () => {
  expect(
    parseHello(
      hello({
        shareScores: true,
        cta: { href: 'https://acme.example/jobs', label: ' Jobs ' },
        x: 1,
      }),
      ID,
    ),
  ).toEqual({
    ns: 'rolefit',
    v: 1,
    type: 'hello',
    embedId: ID,
    data: {
      proto: [1],
      shareScores: true,
      cta: { href: 'https://acme.example/jobs', label: 'Jobs' },
    },
  });
});

test('shareScores defaults to false; a later loader offering more versions is still answered', () => {
  const parsed = parseHello(
    { ns: 'rolefit', v: 1, type: 'hello', embedId: ID, data: { proto: [1, 2] } },
    ID,
  );
  expect(parsed?.data.shareScores).toBe(false);
});

test.each([
  ['another embed id', hello({}, { embedId: OTHER })],
  ['a malformed embed id', hello({}, { embedId: 'abc' })],
  ['another namespace', hello({}, { ns: 'typeform' })],
  ['another envelope version', hello({}, { v: 2 })],
  ['another type', hello({}, { type: 'ready' })],
  ['no protocol version it speaks', hello({ proto: [2] })],
  ['an empty protocol list', hello({ proto: [] })],
  ['shareScores that is not a boolean', hello({ shareScores: 'yes' })],
  ['no data', { ns: 'rolefit', v: 1, type: 'hello', embedId: ID }],
  ['a JSON string', JSON.stringify(hello())],
  ['null', null],
])('a hello with %s is ignored', (_, message) => {
  expect(parseHello(message, ID)).toBeNull();
});

test.each([
  ['an http link', { href: 'http://acme.example/jobs', label: 'Jobs' }],
  ['a javascript: link', { href: 'javascript:alert(1)', label: 'Jobs' }],
  ['a relative link', { href: '/jobs', label: 'Jobs' }],
  ['no link', { label: 'Jobs' }],
])('a call to action with %s is dropped, the rest of the hello still counts', (_, cta) => {
  const parsed = parseHello(hello({ shareScores: true, cta }), ID);
  expect(parsed?.data).toEqual({ proto: [1], shareScores: true });
});

test('a call-to-action label that is too long or empty is dropped (the page has a default)', () => {
  for (const label of ['x'.repeat(61), '   ', 42]) {
    const parsed = parseHello(hello({ cta: { href: 'https://acme.example/', label } }), ID);
    expect(parsed?.data.cta).toEqual({ href: 'https://acme.example/' });
  }
});

test('only the parent window, with exactly one port, can open the channel', () => {
  const parent = { name: 'parent' };
  const sibling = { name: 'sibling' };
  const { port1, port2 } = new MessageChannel();
  try {
    expect(acceptHello({ data: hello(), source: parent, ports: [port1] }, parent, ID)).toEqual({
      hello: parseHello(hello(), ID),
      port: port1,
    });
    expect(acceptHello({ data: hello(), source: sibling, ports: [port1] }, parent, ID)).toBeNull();
    expect(acceptHello({ data: hello(), source: null, ports: [port1] }, parent, ID)).toBeNull();
    expect(acceptHello({ data: hello(), source: parent, ports: [] }, parent, ID)).toBeNull();
    expect(
      acceptHello({ data: hello(), source: parent, ports: [port1, port2] }, parent, ID),
    ).toBeNull();
    expect(
      acceptHello(
        { data: hello({}, { embedId: OTHER }), source: parent, ports: [port1] },
        parent,
        ID,
      ),
    ).toBeNull();
  } finally {
    port1.close();
    port2.close();
  }
});

test('port messages: reset for this frame is accepted; anything else is ignored', () => {
  const reset = { ns: 'rolefit', v: 1, type: 'reset', embedId: ID, data: {} };
  expect(parseHostPortMessage(reset, ID)).toEqual(reset);
  expect(parseHostPortMessage({ ...reset, embedId: OTHER }, ID)).toBeNull();
  expect(parseHostPortMessage({ ...reset, type: 'navigate' }, ID)).toBeNull();
  expect(parseHostPortMessage({ ...reset, type: 'eval', data: { code: 'x' } }, ID)).toBeNull();
  expect(parseHostPortMessage({ ...reset, data: null }, ID)).toBeNull();
  expect(parseHostPortMessage('reset', ID)).toBeNull();
});

test('every message the frame sends passes the loader’s own checks (one protocol, two sides)', () => {
  const origin = 'https://quiz.example';
  const context = {
    embedId: ID,
    site: origin,
    shareScores: true,
    minHeight: 0,
    maxHeight: Infinity,
  };
  const sent = [
    buildFrameMessage('ready', ID, { version: '1.0.0', bankRev: 1, locale: 'en' }),
    buildFrameMessage('start', ID, { resumed: false }),
    buildFrameMessage('progress', ID, { index: 0, total: 14 }),
    buildFrameMessage('resize', ID, { height: 640 }),
    buildFrameMessage('complete', ID, {
      resultType: 'balanced',
      resultUrl: `${origin}/r/balanced/`,
      consent: 'granted',
      scores: { strategic: 0.1, outside: -0.05, pmFit: 0.03 },
    }),
  ];
  for (const message of sent) {
    expect(message).toMatchObject({ ns: 'rolefit', v: 1, embedId: ID });
    expect(checkPortMessage(message, context)?.type).toBe(message.type);
  }
});

test('the frame URL options: defaults for anything missing or unknown', () => {
  expect(readEmbedParams('')).toEqual({
    id: null,
    length: 'full',
    salaries: 'hide',
    guide: 'show',
    persist: 'on',
    jobProfile: null,
    accent: null,
  });
  expect(
    readEmbedParams(
      '?id=NOT-AN-ID&length=long&salaries=0&guide=&persist=maybe&accent=%23123456&job-profile=boss',
    ),
  ).toEqual(readEmbedParams(''));
  expect(
    readEmbedParams(
      `?id=${ID}&length=short&salaries=show&guide=hide&persist=off&accent=1F4E8C&job-profile=product-owner`,
    ),
  ).toEqual({
    id: ID,
    length: 'short',
    salaries: 'show',
    guide: 'hide',
    persist: 'off',
    jobProfile: 'product-owner',
    accent: '#1f4e8c',
  });
});

test('a light accent is darkened until white text on it reads at 4.5:1', () => {
  const { accent } = readEmbedParams('?accent=ffcc00');
  expect(accent).toMatch(/^#[0-9a-f]{6}$/);
  expect(accent).not.toBe('#ffcc00');
});

test('property: readEmbedParams never throws on hostile query strings', () => {
  fc.assert(
    fc.property(hostileText, hostileText, (key, value) => {
      for (const search of [value, `?${value}`, `?id=${value}&accent=${value}&${key}=${value}`]) {
        expect(() => readEmbedParams(search)).not.toThrow();
      }
    }),
    { numRuns: 1500 },
  );
});
