import { email as w } from '../words/en/email';

/** Scripts named in a warning; letters of any other script count as one "other" script. */
const SCRIPTS = [
  { name: 'Latin', pattern: /\p{Script=Latin}/u },
  { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u },
  { name: 'Greek', pattern: /\p{Script=Greek}/u },
  { name: 'Armenian', pattern: /\p{Script=Armenian}/u },
  { name: 'Georgian', pattern: /\p{Script=Georgian}/u },
  { name: 'Cherokee', pattern: /\p{Script=Cherokee}/u },
  { name: 'Hebrew', pattern: /\p{Script=Hebrew}/u },
  { name: 'Arabic', pattern: /\p{Script=Arabic}/u },
  { name: 'Devanagari', pattern: /\p{Script=Devanagari}/u },
  { name: 'Thai', pattern: /\p{Script=Thai}/u },
  { name: 'Hangul', pattern: /\p{Script=Hangul}/u },
  // Japanese writes Han, Hiragana and Katakana together, so they are one script here.
  {
    name: 'Japanese or Chinese',
    pattern: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  },
] as const;

/** How an email address reaches a mail program, and whether it deserves a second look. */
export interface EmailAddressView {
  /** The address as a mail program sees it: the domain in its ASCII (punycode) form where it applies. */
  address: string;
  /** Scripts of the address's letters, in order of first appearance. */
  scripts: string[];
  /**
   * `mixed-scripts`: letters from more than one script (a look-alike such as a Cyrillic "а" among
   * Latin letters); `not-ascii`: one script, but not plain ASCII; null: plain ASCII.
   */
  warning: 'mixed-scripts' | 'not-ascii' | null;
}

const isAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/** The ASCII (punycode) form of a domain, as browsers and mail programs resolve it; unchanged if ASCII. */
export function toAsciiDomain(domain: string): string {
  if (isAscii(domain)) return domain;
  try {
    const host = new URL(`http://${domain}`).hostname;
    // Anything but a plain host name (an IP address, an escape) stays as typed.
    return /^[a-z0-9.-]+$/.test(host) ? host : domain;
  } catch {
    return domain;
  }
}

function findScripts(text: string): string[] {
  const found: string[] = [];
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const name = SCRIPTS.find((s) => s.pattern.test(char))?.name ?? 'another script';
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

/** Describes an address (already validated as `local@domain`) as a mail program will see it. Never throws. */
export function describeEmailAddress(email: string): EmailAddressView {
  const at = email.lastIndexOf('@');
  const address = at === -1 ? email : `${email.slice(0, at)}@${toAsciiDomain(email.slice(at + 1))}`;
  const scripts = findScripts(email);
  const warning = scripts.length > 1 ? 'mixed-scripts' : isAscii(email) ? null : 'not-ascii';
  return { address, scripts, warning };
}

const SCRIPT_NAMES: Readonly<Partial<Record<string, string>>> = w.scripts;

/** A script's name in words ("Latin"; "Lateinisch" in German). */
function nameScript(name: string): string {
  return SCRIPT_NAMES[name] ?? name;
}

/** A plain-words warning for an address that is not plain ASCII, or null. */
export function explainEmailWarning(view: EmailAddressView): string | null {
  if (view.warning === null) return null;
  const warning =
    view.warning === 'mixed-scripts'
      ? w.mixedScripts(view.scripts.map((name) => nameScript(name)))
      : w.notAscii;
  return `${warning} ${w.seenAs(view.address)}`;
}
