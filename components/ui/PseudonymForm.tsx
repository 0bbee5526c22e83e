"use client";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { PSEUDONYM_LIMIT } from "@/store/profiles";
import { TextField } from "./TextField";

export interface PseudonymFormProps {
  label: ReactNode;
  submitLabel: string;
  initial?: string;
  /** Takes the pseudonym; returns the French reason it was refused, or null when it was taken. */
  onSubmit: (pseudonym: string) => string | null;
  onCancel?: () => void;
}

/** A pseudonym to type (a new learner, a new name, the first export): the refusal is said at the field. */
export function PseudonymForm({ label, submitLabel, initial = "", onSubmit, onCancel }: PseudonymFormProps) {
  const id = useId().replace(/:/gu, "");
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onSubmit(value);
    setError(problem ?? undefined);
    if (problem) document.getElementById(`${id}-pseudonyme`)?.focus();
  };
  return (
    <form className="pseudonym-form" onSubmit={submit} noValidate>
      <TextField
        id={`${id}-pseudonyme`}
        label={label}
        value={value}
        onChange={(next) => {
          setValue(next);
          if (error) setError(undefined);
        }}
        error={error}
        hint={`Votre prénom ou un surnom, ${PSEUDONYM_LIMIT} caractères au plus\u00a0: il figure sur vos fichiers de résultats.`}
        autoComplete="nickname"
        required
      />
      <div className="button-row">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button secondary" onClick={onCancel}>
            Annuler
          </button>
        ) : null}
      </div>
    </form>
  );
}
