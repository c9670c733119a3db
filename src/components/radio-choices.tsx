import { useId } from 'react';

export interface RadioChoice<T extends string> {
  value: T;
  title: string;
  hint: string;
}

/**
 * A group of radio cards, each with a title (its name) and a hint (its description), both inside
 * the card so the whole card is the target.
 */
export function RadioChoices<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly RadioChoice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {options.map((option) => {
        const inputId = `${name}-${option.value}`;
        return (
          <div key={option.value} className="choice">
            <input
              id={inputId}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-labelledby={`${inputId}-title`}
              aria-describedby={`${inputId}-hint`}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <label htmlFor={inputId}>
              <span>
                <span id={`${inputId}-title`}>{option.title}</span>{' '}
                <span id={`${inputId}-hint`} className="muted">
                  {option.hint}
                </span>
              </span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
