import { useEffect, useState } from 'react';
import { decodeResultCode } from '../../content/decode-result';
import type { DecodeOutcome } from '../../domain/bit-codec';
import type { SharePayload } from '../../domain/share-code';

/**
 * Decodes result codes (an answers-level code loads its revision lazily) and keeps every outcome by
 * code, so a list that changes only its labels decodes nothing again. Not yet decoded: absent.
 */
export function useDecodedCodes(
  codes: readonly string[],
): ReadonlyMap<string, DecodeOutcome<SharePayload>> {
  const [decoded, setDecoded] = useState<ReadonlyMap<string, DecodeOutcome<SharePayload>>>(
    () => new Map(),
  );
  // Codes are made of [A-Za-z0-9_-], so a comma joins them into one dependency.
  const pendingKey = [...new Set(codes.filter((code) => !decoded.has(code)))].sort().join(',');
  useEffect(() => {
    if (pendingKey === '') return;
    // Results are cached by code, so a late answer for an older list is still correct; the flag
    // only stops updates after the list moved on or the page left.
    let isCurrent = true;
    void Promise.all(
      pendingKey.split(',').map(async (code) => [code, await decodeResultCode(code)] as const),
    ).then((results) => {
      if (!isCurrent) return;
      setDecoded((previous) => new Map([...previous, ...results]));
    });
    return () => {
      isCurrent = false;
    };
  }, [pendingKey]);
  return decoded;
}
