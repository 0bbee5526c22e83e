import {
  DUNNING_WORKING_DAY_RULE,
  dunningSchedule,
  formatEuros,
  getDocument,
  latePenaltyRateBasisOf,
  RECOVERY_INDEMNITY_CENTS,
  type Scenario,
} from "@/domain";
import type { PaymentFollowUpContext } from "@/machines/paymentFollowUp";
import { Term } from "@/components/ui/GlossaryLinks";
import { PolicyList } from "./PolicyList";

/** Each rate basis of the followed invoices owed by professionals, with the invoices it applies to (several half-years: several rates). */
function penaltyBases(scenario: Scenario, context: PaymentFollowUpContext): { text: string; invoices: string[] }[] {
  const bases = new Map<string, string[]>();
  for (const invoice of context.invoices.filter((i) => i.professional)) {
    const { text } = latePenaltyRateBasisOf(scenario, getDocument(context.ledger, invoice.id).date);
    bases.set(text, [...(bases.get(text) ?? []), invoice.number]);
  }
  return [...bases].map(([text, invoices]) => ({ text, invoices }));
}

/**
 * Stage 5's policy, on screen before every decision: the company's dunning schedule (the delays the
 * ladder judges against) and what a late payer owes. Every figure is the domain's.
 */
export function FollowUpPolicies({ scenario, context, headingId }: { scenario: Scenario; context: PaymentFollowUpContext; headingId: string }) {
  const bases = penaltyBases(scenario, context);
  const consumers = context.invoices.filter((i) => !i.professional).map((i) => i.number);
  return (
    <PolicyList headingId={headingId}>
      <li>
        Calendrier des <Term id="reminder">relances</Term> (chaque délai court depuis l&apos;étape précédente, à sa date réelle)&nbsp;:
        <ol className="dunning-schedule">
          {dunningSchedule(context.policy).map((step) => (
            <li key={step.step}>{step.text}.</li>
          ))}
        </ol>
        <span className="muted">{DUNNING_WORKING_DAY_RULE}</span>
      </li>
      {bases.map((basis) => (
        <li key={basis.text}>
          <Term id="latePenalty">Pénalités de retard</Term>
          {bases.length > 1 ? ` (facture${basis.invoices.length > 1 ? "s" : ""} ${basis.invoices.join(", ")})` : ""}&nbsp;: {basis.text}, dès le lendemain de l&apos;échéance.
        </li>
      ))}
      {bases.length > 0 ? (
        <li>
          <Term id="recoveryIndemnity">Indemnité forfaitaire pour frais de recouvrement</Term>&nbsp;: {formatEuros(RECOVERY_INDEMNITY_CENTS)} par facture payée en retard.
        </li>
      ) : null}
      {consumers.length > 0 ? (
        <li>
          Client particulier (facture{consumers.length > 1 ? "s" : ""} {consumers.join(", ")})&nbsp;: ni pénalités de retard ni indemnité de{" "}
          {formatEuros(RECOVERY_INDEMNITY_CENTS)}&nbsp;; des <Term id="legalInterestRate">intérêts au taux légal</Term> à compter de la mise en demeure.
        </li>
      ) : null}
    </PolicyList>
  );
}
