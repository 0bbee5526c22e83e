import type { HTMLInputTypeAttribute, ReactNode } from "react";

export interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Shown at the field, in French, and announced with it (aria-describedby). */
  error?: string | undefined;
  hint?: ReactNode;
  type?: HTMLInputTypeAttribute;
  inputMode?: "decimal" | "numeric" | "text" | "email" | "tel";
  autoComplete?: string;
  hideLabel?: boolean;
  required?: boolean;
  /** A unit printed after the field (« € », « % »); the label says it in words for screen readers. */
  suffix?: string;
  readOnly?: boolean;
  className?: string;
}

/** A labelled input with its hint and its error message, tied to it for screen readers. */
export function TextField({ id, label, value, onChange, error, hint, type = "text", inputMode, autoComplete = "off", hideLabel, required, suffix, readOnly, className }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const input = (
    <input
      id={id}
      type={type}
      value={value}
      inputMode={inputMode}
      autoComplete={autoComplete}
      readOnly={readOnly}
      aria-required={required ? true : undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="muted field-hint">
          {hint}
        </p>
      ) : null}
      {suffix === undefined ? input : (
        <span className="field-with-suffix">
          {input}
          <span className="field-suffix" aria-hidden="true">
            {suffix}
          </span>
        </span>
      )}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
