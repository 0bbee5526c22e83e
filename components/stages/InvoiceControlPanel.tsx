"use client";
import type { InvoiceControlContext, InvoiceControlEvent } from "@/machines/invoiceControl";
import type { StageOutput } from "@/machines/contract";
import type { StagePanelProps } from "@/components/player/types";
import type { ControlMarking } from "./parts/ControlDocument";
import { ControlDocument } from "./parts/ControlDocument";
import { downloadInvoicePdf } from "@/components/documents/download";
import { PdfDownloadButtons } from "@/components/documents/PdfDownloadButtons";
import { ControlMentionList } from "./parts/ControlMentionList";
import { ControlResults } from "./parts/ControlResults";
import { outcomesByTarget, resultLists } from "./parts/controlReport";
import { InvoiceTerm } from "./parts/InvoiceTerm";

interface ControlSnapshot {
  context: InvoiceControlContext;
  status: string;
  /** Once submitted, the machine's output: its corrected copy tells each outcome. */
  output?: StageOutput;
  can: (event: InvoiceControlEvent) => boolean;
}

/** Stage 4: the learner reads the invoice, reports what is missing or wrong, then submits the control. */
export function InvoiceControlPanel({ stageActor, snapshot }: StagePanelProps) {
  const snap = snapshot as unknown as ControlSnapshot;
  const context = snap.context;
  const send = (event: InvoiceControlEvent) => stageActor.send(event);
  const report = snap.status === "done" ? snap.output?.controlReport : undefined;
  const outcomeMap = report ? outcomesByTarget(report) : undefined;
  const eventFor = (target: string): InvoiceControlEvent =>
    context.marks.includes(target) ? { type: "learner.findingUnmarked", field: target } : { type: "learner.findingMarked", field: target };
  const marking: ControlMarking = {
    isMarked: (target) => context.marks.includes(target),
    canToggle: (target) => snap.can(eventFor(target)),
    toggle: (target) => {
      const event = eventFor(target);
      if (snap.can(event)) send(event);
    },
    outcomeOf: (target) => outcomeMap?.get(target),
  };
  const submit: InvoiceControlEvent = { type: "learner.controlSubmitted" };
  const count = context.marks.length;

  return (
    <div className="stage-panel control-panel">
      <p>
        Contrôlez la <InvoiceTerm id="invoice">facture</InvoiceTerm> au regard de la liste {context.answerKey.list === "course" ? "du cours" : "légale"} des{" "}
        <InvoiceTerm id="mandatoryMentions">mentions obligatoires</InvoiceTerm>, et refaites chaque calcul. Activez une mention ou un montant pour le signaler comme
        absent ou faux ; activez-le de nouveau pour retirer le signalement. Rien n&apos;est jugé avant la validation.
      </p>
      <PdfDownloadButtons
        label="PDF de la facture à contrôler"
        downloads={[{ label: "Télécharger la facture à contrôler (PDF)", download: () => downloadInvoicePdf(context.document, "original") }]}
      />
      <ControlDocument document={context.document} printed={context.answerKey.targets.printed} marking={marking} />
      <ControlMentionList mentions={context.answerKey.targets.mentions} list={context.answerKey.list} marking={marking} />
      <div className="control-submit">
        <p role="status" className="muted">
          {count === 0 ? "Aucun signalement pour l'instant (une facture conforme se valide sans rien signaler)." : `${count} signalement${count > 1 ? "s" : ""}.`}
        </p>
        <button type="button" className="button" disabled={!snap.can(submit)} onClick={() => send(submit)}>
          Valider mon contrôle
        </button>
      </div>
      {report ? <ControlResults {...resultLists(report, context.trace)} /> : null}
    </div>
  );
}
