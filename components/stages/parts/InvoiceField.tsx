"use client";
import { parseAmount, type Cents } from "@/domain";

export interface InvoiceFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  inputMode?: "decimal" | "text" | "numeric";
  type?: "text" | "date";
  onChange: (value: string) => void;
}

/** A labelled text field whose error, in French, is announced at the field (stages 3 to 5). */
export function InvoiceField({ id, label, value, error, hint, inputMode = "decimal", type = "text", onChange }: InvoiceFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="muted field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type={type}
        value={value}
        inputMode={type === "date" ? undefined : inputMode}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export type ReadAmounts<K extends string> = { ok: true; cents: Record<K, Cents> } | { ok: false; errors: Partial<Record<K, string>> };

/** Reads typed amounts with parseAmount: every value in cents, or the French reason per field. */
export function readAmounts<K extends string>(values: Record<K, string>): ReadAmounts<K> {
  const cents = {} as Record<K, Cents>;
  const errors: Partial<Record<K, string>> = {};
  for (const key of Object.keys(values) as K[]) {
    const parsed = parseAmount(values[key]);
    if (parsed.ok) cents[key] = parsed.cents;
    else errors[key] = parsed.reason;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, cents };
}

/** Puts the keyboard focus on the first field in error, after React has drawn the messages. */
export function focusFirstError(ids: readonly string[]): void {
  queueMicrotask(() => {
    const first = ids.map((id) => document.getElementById(id)).find((el) => el !== null);
    first?.focus();
  });
}
