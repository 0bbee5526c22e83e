"use client";
import { capitalize, DOCUMENT_KINDS, isAssessment, saleFileFacts, type InvoiceCheckExpectations, type InvoiceDocument } from "@/domain";
import type { InvoiceControlEvent } from "@/machines/invoiceControl";
import type { StagePanelProps } from "./types";
import type { ControlMarking } from "@/components/documents/control/ControlDocument";
import { ControlDocument } from "@/components/documents/control/ControlDocument";
import { downloadInvoicePdf } from "@/components/documents/download";
import { DocumentBlock } from "@/components/documents/DocumentBlock";
import { ControlMentionList } from "@/components/documents/control/ControlMentionList";
import { ControlResults } from "@/components/documents/control/ControlResults";
import { outcomesByTarget, resultLists } from "@/components/documents/control/controlReport";
import { Term } from "@/components/ui/GlossaryLinks";

/** « Facture FA-2026-04127 à contrôler »: the title of the document opened in the main area. */
function controlTitle(document: InvoiceDocument): string {
  return [capitalize(DOCUMENT_KINDS[document.kind].label), document.number, "à contrôler"].filter(Boolean).join(" ");
}

/** What the controller knows of the sale besides the invoice: what the check compares it with (domain/control/saleFile.ts). */
function SaleFile({ expected }: { expected: InvoiceCheckExpectations | undefined }) {
  const facts = expected === undefined ? [] : saleFileFacts(expected);
  if (facts.length === 0) return null;
  return (
    <section className="sale-file" aria-labelledby="dossier-de-la-vente">
      <h3 id="dossier-de-la-vente">Le dossier de la vente</h3>
      <p className="muted">Ce que le service commercial sait de cette vente&nbsp;: la facture doit s&apos;y accorder.</p>
      <dl>
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Stage 4: the learner reads the invoice, reports what is missing or wrong, then submits the control. */
export function InvoiceControlPanel({ scenario, stageActor, snapshot: snap }: StagePanelProps<"invoiceControl">) {
  const context = snap.context;
  const send = (event: InvoiceControlEvent) => stageActor.send(event);
  // An assessment hands the corrected copy back in the review only.
  const report = snap.status === "done" && !isAssessment(scenario) ? snap.output?.controlReport : undefined;
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
        Contrôlez la <Term id="invoice">facture</Term> au regard de la liste {context.answerKey.list === "course" ? "du cours" : "légale"} des{" "}
        <Term id="mandatoryMentions">mentions obligatoires</Term>, et refaites chaque calcul. Activez une mention ou un montant pour le signaler comme
        absent ou faux&nbsp;; activez-le de nouveau pour retirer le signalement. Rien n&apos;est jugé avant la validation.
      </p>
      {/* The invoice is the work itself: it opens in the main area, where it has its printed width (docs/decisions/0132). */}
      <DocumentBlock
        label={controlTitle(context.document)}
        pdfLabel="PDF de la facture à contrôler"
        noun="la facture"
        shownAtFirst
        view={() => <ControlDocument document={context.document} printed={context.answerKey.targets.printed} marking={marking} />}
        downloads={[{ label: "Télécharger la facture à contrôler (PDF)", download: () => downloadInvoicePdf(context.document, "original") }]}
      />
      <SaleFile expected={context.options.expected} />
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
