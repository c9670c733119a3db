import { useEffect, useId, useRef } from 'react';

export interface ChoiceOption {
  id: string;
  label: string;
}

export interface QuestionViewProps {
  /** "Question 7 of 37" */
  position: number;
  total: number;
  legend: string;
  hint?: string;
  options: readonly ChoiceOption[];
  selected: string | undefined;
  showMissing: boolean;
  onSelect: (optionId: string) => void;
  onBack: (() => void) | null;
  onNext: () => void;
  nextLabel: string;
  /**
   * Inside an embed: move focus to the new question only while focus is already in the frame, and
   * without scrolling, so the host page never jumps or loses focus on load.
   */
  isEmbedded?: boolean;
}

/** One quiz question: a real radio group with a visible legend, progress, Back and Next. */
export function QuestionView(props: QuestionViewProps) {
  const {
    position,
    total,
    legend,
    hint,
    options,
    selected,
    showMissing,
    onSelect,
    onBack,
    onNext,
    nextLabel,
    isEmbedded = false,
  } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const groupName = useId();
  const hintId = useId();
  const errorId = useId();

  // Focus moves to the new question so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (isEmbedded && !document.hasFocus()) return;
    headingRef.current?.focus({ preventScroll: isEmbedded });
  }, [legend, isEmbedded]);

  // Number keys pick an option (1 = first shown).
  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable ||
          target.tagName === 'TEXTAREA' ||
          (target instanceof HTMLInputElement && target.type === 'text'))
      )
        return;
      const n = Number(event.key);
      const option = Number.isInteger(n) && n >= 1 ? options[n - 1] : undefined;
      if (!option) return;
      event.preventDefault();
      onSelect(option.id);
      const input = document.getElementById(`${groupName}-${option.id}`);
      if (input instanceof HTMLInputElement) input.focus();
    };
    document.addEventListener('keydown', handleKey);
    return () => {
      document.removeEventListener('keydown', handleKey);
    };
  }, [options, onSelect, groupName]);

  const percent = Math.round(((position - 1) / total) * 100);
  const describedBy =
    [hint ? hintId : null, showMissing ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <section className="question" aria-labelledby={`${groupName}-heading`}>
      <h1 id={`${groupName}-heading`} ref={headingRef} tabIndex={-1} className="question-count">
        Question {position} of {total}
      </h1>
      <div className="progress-track" aria-hidden="true">
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onNext();
        }}
      >
        <fieldset className="choices" aria-describedby={describedBy}>
          <legend className="question-prompt">{legend}</legend>
          {hint ? (
            <p id={hintId} className="muted question-hint">
              {hint}
            </p>
          ) : null}
          {options.map((option, index) => (
            <div className="choice" key={option.id}>
              <input
                type="radio"
                id={`${groupName}-${option.id}`}
                name={groupName}
                value={option.id}
                checked={selected === option.id}
                onChange={() => {
                  onSelect(option.id);
                }}
              />
              <label htmlFor={`${groupName}-${option.id}`}>
                <span className="choice-key" aria-hidden="true">
                  {index + 1}
                </span>
                <span>{option.label}</span>
              </label>
            </div>
          ))}
          {showMissing ? (
            <p id={errorId} className="field-error" role="alert">
              Choose one option to continue.
            </p>
          ) : null}
        </fieldset>
        <div className="button-row quiz-nav">
          {onBack ? (
            <button type="button" className="button" onClick={onBack}>
              Back
            </button>
          ) : null}
          <button type="submit" className="button primary">
            {nextLabel}
          </button>
        </div>
        <p className="muted keyboard-hint">Tip: press 1 to {options.length} to choose an option.</p>
      </form>
    </section>
  );
}
