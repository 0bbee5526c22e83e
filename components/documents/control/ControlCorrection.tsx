"use client";
import { useId } from "react";
import type { ControlReport, TraceEntry } from "@/domain";
import { ControlDocument } from "./ControlDocument";
import { ControlMentionList } from "./ControlMentionList";
import { ControlResults } from "./ControlResults";
import { correctedMarking, resultLists } from "./controlReport";
import type { ControlMarking } from "./ControlDocument";
import { MainAreaToggle, useMainAreaDocument, useOpenAtFirst } from "../MainAreaDocument";

/**
 * The corrected invoice: in the main area where there is one (the pause after the control stage,
 * docs/decisions/0132), opened at once; in place otherwise (the review).
 */
function CorrectedInvoice({ report, marking }: { report: ControlReport; marking: ControlMarking }) {
  const handle = useMainAreaDocument();
  useOpenAtFirst(handle, true);
  if (handle === null) return <ControlDocument level={4} document={report.document} printed={report.targets.printed} marking={marking} />;
  const view = () => <ControlDocument level={3} document={report.document} printed={report.targets.printed} marking={marking} />;
  return <MainAreaToggle handle={handle} title={"Facture contrôlée\u00a0: copie corrigée"} noun="la copie corrigée" width="invoice" view={view} />;
}

/**
 * An invoice control handed back as a teacher corrects a paper: the invoice with each outcome
 * written on its target, the list of mentions likewise, then the anomalies found, missed and
 * the false alarms with their explanations. Read-only; `trace` is the control stage's trace.
 */
export function ControlCorrection({ report, trace }: { report: ControlReport; trace: readonly TraceEntry[] }) {
  const titleId = useId();
  const marking = correctedMarking(report);
  return (
    <section className="control-correction" aria-labelledby={titleId}>
      <h3 id={titleId}>Contrôle de la facture&nbsp;: copie corrigée</h3>
      <CorrectedInvoice report={report} marking={marking} />
      <ControlMentionList level={4} mentions={report.targets.mentions} list={report.list} marking={marking} />
      <ControlResults level={4} {...resultLists(report, trace)} />
    </section>
  );
}
