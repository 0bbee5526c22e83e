"use client";
import type { ControlOutcome } from "@/domain";

export type { ControlOutcome };

const OUTCOME_TEXTS: Readonly<Record<ControlOutcome, string>> = {
  hit: "✓ anomalie relevée",
  missed: "⚠ anomalie manquée",
  falseAlarm: "✗ fausse alerte",
};

interface Props {
  label: string;
  /** What is printed; "" for an empty cell. */
  value: string;
  marked: boolean;
  disabled: boolean;
  outcome?: ControlOutcome | undefined;
  /** Absent on a corrected copy: the target is then printed, not a button. */
  onToggle?: (() => void) | undefined;
  className?: string;
}

/**
 * One mention or figure of the invoice to control, as a toggle: pressed = reported as missing or
 * wrong. The state is said in words ("✗ signalé"), not by colour alone; the label is read first.
 * On a corrected copy (no `onToggle`) the same words are printed: nothing is left to press.
 */
export function ControlTargetButton({ label, value, marked, disabled, outcome, onToggle, className }: Props) {
  const classes = ["control-target", marked ? "is-marked" : "", outcome ? `is-${outcome}` : "", className ?? ""].filter(Boolean).join(" ");
  const content = <TargetContent label={label} value={value} marked={marked} outcome={outcome} />;
  if (onToggle === undefined) return <span className={`${classes} is-read-only`}>{content}</span>;
  return (
    <button type="button" className={classes} aria-pressed={marked} disabled={disabled} onClick={onToggle}>
      {content}
    </button>
  );
}

/** The label (read first), the value as printed, then the mark and the outcome in words. */
function TargetContent({ label, value, marked, outcome }: Pick<Props, "label" | "value" | "marked" | "outcome">) {
  return (
    <>
      <span className="visually-hidden">{label}&nbsp;:</span>{" "}
      {value === "" ? (
        <>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">(case vide)</span>
        </>
      ) : (
        <span className="control-value">{value}</span>
      )}
      {marked ? (
        <>
          {" "}
          <span className="control-flag">✗ signalé</span>
        </>
      ) : null}
      {outcome ? (
        <>
          {" "}
          <span className={`control-outcome is-${outcome}`}>{OUTCOME_TEXTS[outcome]}</span>
        </>
      ) : null}
    </>
  );
}
