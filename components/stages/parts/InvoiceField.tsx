"use client";
import { parseAmount, type Cents } from "@/domain";
import { TextField } from "@/components/ui/TextField";

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

/** The shared field, set for amounts by default (stages 3 to 5). */
export function InvoiceField({ inputMode = "decimal", type = "text", ...field }: InvoiceFieldProps) {
  return <TextField {...field} type={type} inputMode={type === "date" ? undefined : inputMode} />;
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
