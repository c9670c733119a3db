import { useEffect, useId, useRef, useState } from 'react';
import { result as w } from '../words/en/result';

export interface RetakeButtonProps {
  /**
   * Whether the result on screen is kept in "Your earlier results" on this device. The confirmation
   * says so; when it is not (deleted, or storage blocked or full) it says the result will be replaced.
   */
  isResultKept: boolean;
  /** Starts the new quiz (reset and navigate): called only after the taker confirms. */
  onRetake: () => void;
}

/**
 * "Retake the quiz", which asks first: an inline confirmation (focus moves to it; Escape or
 * "Cancel" closes it and returns focus to the button) saying what happens to the current result.
 * It renders a block when open, so put it in a `div`, not a `p`.
 */
export function RetakeButton({ isResultKept, onRetake }: RetakeButtonProps) {
  // null: never opened, so focus stays where it is on the first render.
  const [isConfirming, setIsConfirming] = useState<boolean | null>(null);
  const titleId = useId();
  const textId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (isConfirming === true) titleRef.current?.focus();
    if (isConfirming === false) buttonRef.current?.focus();
  }, [isConfirming]);

  // Escape closes the question wherever focus is, as it would close a dialog.
  useEffect(() => {
    if (isConfirming !== true) return;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setIsConfirming(false);
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => {
      document.removeEventListener('keydown', handleKeyDown);
    };
  }, [isConfirming]);

  if (isConfirming !== true) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className="button"
        onClick={() => {
          setIsConfirming(true);
        }}
      >
        {w.retakeButton.retake}
      </button>
    );
  }
  return (
    <div
      className="retake-confirm card"
      role="group"
      aria-labelledby={titleId}
      aria-describedby={textId}
    >
      <p id={titleId} ref={titleRef} className="retake-confirm-title" tabIndex={-1}>
        {w.retakeButton.title}
      </p>
      <p id={textId}>{isResultKept ? w.retakeButton.kept : w.retakeButton.notKept}</p>
      <p className="button-row">
        <button type="button" className="button primary" onClick={onRetake}>
          {w.retakeButton.start}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setIsConfirming(false);
          }}
        >
          {w.retakeButton.cancel}
        </button>
      </p>
    </div>
  );
}
