"use client";

/** After submission, what a target turned out to be. */
export type ControlOutcome = "hit" | "missed" | "falseAlarm";

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
  onToggle: () => void;
  className?: string;
}

/**
 * One mention or figure of the invoice to control, as a toggle: pressed = reported as missing or
 * wrong. The state is said in words ("✗ signalé"), not by colour alone; the label is read first.
 */
export function ControlTargetButton({ label, value, marked, disabled, outcome, onToggle, className }: Props) {
  const classes = ["control-target", marked ? "is-marked" : "", outcome ? `is-${outcome}` : "", className ?? ""].filter(Boolean).join(" ");
  return (
    <button type="button" className={classes} aria-pressed={marked} disabled={disabled} onClick={onToggle}>
      <span className="visually-hidden">{label} :</span>{" "}
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
    </button>
  );
}
