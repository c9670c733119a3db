import { useId, useRef, useState } from 'react';
import { links } from '../words/en/links';

export interface CopyLinkProps {
  /** Visible label of the read-only field, e.g. "Invite link". */
  label: string;
  /** The text to copy (an absolute link). */
  value: string;
  /** The button's text; "Copy link" unless given (e.g. "Copy snippet"). */
  buttonLabel?: string;
  /** What the status says after copying; "Link copied." unless given. */
  copiedMessage?: string;
  /** Show a multi-line text (e.g. an HTML snippet) in a read-only text area. */
  isMultiline?: boolean;
}

type CopyOutcome = 'copied' | 'manual';

/**
 * A read-only link with a Copy button. Where the Clipboard API is missing or refuses, the field is
 * selected and the taker is told to press Ctrl+C or Cmd+C.
 */
export function CopyLink({
  label,
  value,
  buttonLabel = links.copy.button,
  copiedMessage = links.copy.copied,
  isMultiline = false,
}: CopyLinkProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  // The outcome belongs to the value it was for, so a new link never shows an old "Copied".
  const [result, setResult] = useState<{ value: string; outcome: CopyOutcome } | null>(null);
  const outcome = result?.value === value ? result.outcome : null;

  const selectField = () => {
    const field = inputRef.current ?? areaRef.current;
    field?.focus();
    field?.select();
  };

  const handleCopy = async () => {
    try {
      // Older browsers and insecure origins have no navigator.clipboard at all.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setResult({ value, outcome: 'copied' });
    } catch {
      selectField();
      setResult({ value, outcome: 'manual' });
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {isMultiline ? (
          <textarea
            id={id}
            ref={areaRef}
            readOnly
            value={value}
            rows={value.split('\n').length}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        ) : (
          <input
            id={id}
            ref={inputRef}
            type="text"
            readOnly
            value={value}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            void handleCopy();
          }}
        >
          {buttonLabel}
        </button>
      </div>
      <p className="muted copy-status" role="status">
        {outcome === 'copied' ? copiedMessage : outcome === 'manual' ? links.copy.manual : ''}
      </p>
    </div>
  );
}
