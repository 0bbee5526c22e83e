import type { ReactNode } from "react";
import { parseAmount } from "@/domain";
import { TextField } from "@/components/ui/TextField";

export type AmountReading = { ok: true; cents: number | undefined } | { ok: false; error: string };

/**
 * What a typed amount means: cents, nothing (an optional field left empty), or the reason in
 * French why it cannot be read. A form never sends an event while a reading is not ok.
 */
export function readAmount(text: string, { optional = false }: { optional?: boolean } = {}): AmountReading {
  if (text.trim() === "") return optional ? { ok: true, cents: undefined } : { ok: false, error: "Indiquez le montant." };
  const parsed = parseAmount(text);
  return parsed.ok ? { ok: true, cents: parsed.cents } : { ok: false, error: parsed.reason };
}

/** What a disabled button says of an amount that keeps its form from being sent: « Indiquez … » when empty, « Corrigez … signalé. » when unreadable. */
export interface AmountProblemWords {
  empty: string;
  unreadable: string;
}

/**
 * Why the required amount typed as `text` keeps its form from being sent, or undefined when it is
 * read. An empty field is asked for; a field typed but unreadable is pointed at, its error beside
 * it saying why (as « Corrigez le taux signalé. » of the conditions form): asking for it would send
 * the learner to a field already filled.
 */
export function amountProblem(text: string, words: AmountProblemWords): string | undefined {
  if (readAmount(text).ok) return undefined;
  return text.trim() === "" ? words.empty : words.unreadable;
}

export interface AmountFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The reading of `value`; its error is shown once the learner has typed something. */
  reading: AmountReading;
  hint?: ReactNode;
  hideLabel?: boolean;
  required?: boolean;
}

/** An amount in euros as a learner types it ("1 234,50"), read with parseAmount, errors at the field. */
export function AmountField({ id, label, value, onChange, reading, hint, hideLabel, required }: AmountFieldProps) {
  const error = !reading.ok && value.trim() !== "" ? reading.error : undefined;
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      hint={hint ?? "En euros, par exemple 1\u00a0234,50"}
      inputMode="decimal"
      hideLabel={hideLabel}
      required={required}
      className="amount-field"
    />
  );
}
