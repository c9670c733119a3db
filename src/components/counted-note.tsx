import type { Ref } from 'react';

export interface CountedNoteProps {
  id: string;
  label: string;
  hint: string;
  /** The field's error, or undefined. */
  error: string | undefined;
  value: string;
  /** The visible count, e.g. "256 of 280 characters left". */
  count: string;
  /** What screen readers hear (politely): empty until the note is near its limit. */
  announcement: string;
  /** Shown when a paste was cut to the longest note the form accepts. */
  cutMessage: string | null;
  textareaRef: Ref<HTMLTextAreaElement>;
  onChange: (value: string) => void;
}

/** A note textarea with its hint, a live character count and its error, all tied by aria-describedby. */
export function CountedNote({
  id,
  label,
  hint,
  error,
  value,
  count,
  announcement,
  cutMessage,
  textareaRef,
  onChange,
}: CountedNoteProps) {
  const ids = { hint: `${id}-hint`, count: `${id}-count`, error: `${id}-error`, cut: `${id}-cut` };
  const describedBy = [error && ids.error, cutMessage !== null && ids.cut, ids.hint, ids.count]
    .filter((x): x is string => typeof x === 'string')
    .join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <p id={ids.hint} className="muted">
        {hint}
      </p>
      {error ? (
        <p id={ids.error} className="field-error">
          {error}
        </p>
      ) : null}
      {cutMessage === null ? null : (
        <p id={ids.cut} className="notice">
          {cutMessage}
        </p>
      )}
      <textarea
        id={id}
        ref={textareaRef}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <p id={ids.count} className="muted">
        {count}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
