/**
 * Reading a corrected copy (ControlCorrection) in component tests: its targets are printed, not
 * buttons, so they are found by what they say, label first, as a screen reader reads them.
 */
import { within } from "@testing-library/react";

/** The corrected copy within a view (the pause between stages, the review). */
export function correctedCopy(view: HTMLElement): HTMLElement {
  return within(view).getByRole("region", { name: "Contrôle de la facture\u00a0: copie corrigée" });
}

/** What one target of the copy says ("Ligne 2 : montant HT : 82,00 € ✗ signalé ✓ anomalie relevée"), spaces made plain. */
export function annotationOf(copy: HTMLElement, name: RegExp): string {
  const texts = [...copy.querySelectorAll(".control-target")].map((target) => (target.textContent ?? "").replace(/\s+/gu, " ").trim()).filter((text) => name.test(text));
  if (texts.length !== 1) throw new Error(`${texts.length} cibles pour ${String(name)} dans la copie corrigée`);
  return texts[0]!;
}

/** The text of one of the three result lists, by its exact heading (« ✓ Anomalies relevées (2) »). */
export function resultGroup(copy: HTMLElement, title: string): string {
  return (within(copy).getByRole("region", { name: title }).textContent ?? "").replace(/\s+/gu, " ");
}
