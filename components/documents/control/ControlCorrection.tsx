"use client";
import { useId } from "react";
import type { ControlReport, TraceEntry } from "@/domain";
import { ControlDocument } from "./ControlDocument";
import { ControlMentionList } from "./ControlMentionList";
import { ControlResults } from "./ControlResults";
import { correctedMarking, resultLists } from "./controlReport";

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
      <h3 id={titleId}>Contrôle de la facture : copie corrigée</h3>
      <ControlDocument level={4} document={report.document} printed={report.targets.printed} marking={marking} />
      <ControlMentionList level={4} mentions={report.targets.mentions} list={report.list} marking={marking} />
      <ControlResults level={4} {...resultLists(report, trace)} />
    </section>
  );
}
