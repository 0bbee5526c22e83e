import type { ReactNode } from "react";

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
}

/** Radio buttons in a fieldset: the legend is the question, each choice is labelled. */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
}: {
  name: string;
  legend: ReactNode;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div key={choice.value} className="choice">
            <input type="radio" id={id} name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
            <label htmlFor={id}>
              {choice.label}
              {choice.hint ? <span className="muted choice-hint"> — {choice.hint}</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
