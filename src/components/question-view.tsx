import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { keyboardTip, QUESTION_WORDS } from '../domain/question-screen';

/**
 * How long a choice made with a pointer waits before the next question opens: long enough to see the
 * choice land and to tap another option or Back instead, short enough to keep the quiz moving
 * (docs/quiz-flow.md). The same pause under reduced motion, without the moving cue.
 */
export const AUTO_ADVANCE_MS = 600;

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
  /**
   * A choice made with a pointer (click or tap) moves on after AUTO_ADVANCE_MS, with a visible cue on
   * Next; choosing again restarts the pause, Back or any key cancels it. Keyboard choices (arrow or
   * number keys, Space) never move on: Enter or Next confirms them.
   */
  autoAdvance?: boolean;
  /** Shown in the top row before and after "Question N of M" (the site's brand and exit link). */
  leading?: ReactNode;
  trailing?: ReactNode;
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
    autoAdvance = false,
    leading,
    trailing,
  } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const groupName = useId();
  const hintId = useId();
  const errorId = useId();
  const { pending, notePointer, wasPointer, start, cancel } = useAutoAdvance(onNext);

  // Focus moves to the new question so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (isEmbedded && !document.hasFocus()) return;
    headingRef.current?.focus({ preventScroll: isEmbedded });
  }, [legend, isEmbedded]);

  // Number keys pick an option (1 = first shown).
  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      // Any key takes over from a pending pointer advance: keyboard users move on with Enter or Next.
      cancel();
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
  }, [options, onSelect, groupName, cancel]);

  const percent = Math.round(((position - 1) / total) * 100);
  const describedBy =
    [hint ? hintId : null, showMissing ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <section className="question" aria-labelledby={`${groupName}-heading`}>
      <div className="question-top">
        {leading}
        <div className="question-progress">
          <h1 id={`${groupName}-heading`} ref={headingRef} tabIndex={-1} className="question-count">
            <span className="question-word">{QUESTION_WORDS.question}</span>{' '}
            {QUESTION_WORDS.position(position, total)}
          </h1>
          <div className="progress-track" aria-hidden="true">
            <div className="progress-fill" style={{ width: `${percent}%` }} />
          </div>
        </div>
        {trailing}
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          cancel();
          onNext();
        }}
      >
        <fieldset
          className="choices"
          aria-describedby={describedBy}
          onPointerDown={() => {
            notePointer();
          }}
        >
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
                onClick={() => {
                  // Also a tap on the option already chosen (after Back): that confirms it.
                  if (autoAdvance && wasPointer()) start();
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
              {QUESTION_WORDS.missing}
            </p>
          ) : null}
        </fieldset>
        <p className="muted keyboard-hint">{keyboardTip(options.length)}</p>
        <div className="button-row quiz-nav">
          {onBack ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                cancel();
                onBack();
              }}
            >
              {QUESTION_WORDS.back}
            </button>
          ) : null}
          <button
            type="submit"
            className="button primary"
            data-advancing={pending === null ? undefined : 'true'}
          >
            {nextLabel}
            {pending === null ? null : (
              // A new key restarts the cue's animation when the choice changes during the pause.
              <span key={pending} className="advance-cue" aria-hidden="true" />
            )}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * The pause between a pointer choice and the next question. `notePointer` marks the next choice as
 * made with a pointer (any key clears the mark); `start` (re)starts the pause; `cancel` stops it.
 * The pause calls the latest `onNext`, so it moves on with the answer just chosen.
 */
function useAutoAdvance(onNext: () => void) {
  const [pending, setPending] = useState<number | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const isPointer = useRef(false);
  const latestNext = useRef(onNext);
  useEffect(() => {
    latestNext.current = onNext;
  });
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );
  const [controls] = useState(() => ({
    notePointer: () => {
      isPointer.current = true;
    },
    wasPointer: () => {
      const was = isPointer.current;
      isPointer.current = false;
      return was;
    },
    start: () => {
      window.clearTimeout(timer.current);
      setPending((n) => (n ?? 0) + 1);
      timer.current = window.setTimeout(() => {
        timer.current = undefined;
        setPending(null);
        latestNext.current();
      }, AUTO_ADVANCE_MS);
    },
    cancel: () => {
      isPointer.current = false;
      if (timer.current === undefined) return;
      window.clearTimeout(timer.current);
      timer.current = undefined;
      setPending(null);
    },
  }));
  return { ...controls, pending };
}
