// The texts of a content file as a tree keyed like the file: the English side of a language file
// (questions/lang/<language>/roles.json, growth.json). No schema here, so pages can use it.
import { canonicalJson, hashString } from './hash';

/** Texts keyed by the source's ids and field names; a list where the source has a list. */
export type TextTree = string | readonly TextTree[] | { readonly [key: string]: TextTree };

/** The fingerprint of a file's texts: changes whenever one English text changes. */
export function hashTextTree(tree: TextTree): string {
  return hashString(canonicalJson(tree));
}

/** The text for an id; throws for an id a checked language file cannot lack. */
export function textFor<T>(texts: Readonly<Record<string, T>>, id: string, what: string): T {
  const found = Object.hasOwn(texts, id) ? texts[id] : undefined;
  // Unreachable for a file that passed its check against this source.
  if (found === undefined) throw new Error(`The language file has no text for ${what} "${id}"`);
  return found;
}

/** The list of texts, which must be as long as the source's; throws otherwise. */
export function textsFor(texts: readonly string[], length: number, what: string): string[] {
  if (texts.length !== length)
    throw new Error(`The language file has ${texts.length} texts for ${what}, not ${length}`);
  return [...texts];
}
