import type { ReactNode } from "react";
import { DEFAULT_DEPOSIT_PERCENT, describePaymentTerms, formatEuros, formatPercent, INTAKE_STEP_POLICIES, type IntakePolicy, type IntakeStep, type ScenarioPolicies } from "@/domain";
import { Term } from "@/components/ui/GlossaryLinks";
import { PolicyList } from "../parts/PolicyList";

const CREDIT_EXCEEDED: Readonly<Record<ScenarioPolicies["creditLimitExceeded"], string>> = {
  refuse: "refuser la commande",
  hold: "mettre la commande en attente de l'accord du responsable",
  deposit: "accepter contre un acompte au moins égal au dépassement",
};

const INSOLVENCY: Readonly<Record<ScenarioPolicies["insolvency"], string>> = {
  refuse: "refuser la commande",
  prepayment: "n'accepter que contre paiement intégral à la commande",
};

/** Who must pay a deposit under the company's deposit policy, in words. */
function depositCases(deposit: NonNullable<ScenarioPolicies["deposit"]>): string[] {
  return [
    ...(deposit.newCustomers ? ["nouveau client"] : []),
    ...(deposit.aboveAmount !== undefined ? [`commande de plus de ${formatEuros(deposit.aboveAmount)} TTC`] : []),
    ...(deposit.madeToOrder ? ["article fabriqué sur commande"] : []),
  ];
}

/** The company's rules that apply to the current check, stated in full: the learner is never judged against a hidden rule. */
export function CompanyPolicies({ policies, step, headingId }: { policies: ScenarioPolicies; step: IntakeStep; headingId: string }) {
  const percent = policies.deposit?.percent ?? DEFAULT_DEPOSIT_PERCENT;
  const cases = policies.deposit ? depositCases(policies.deposit) : [];
  const texts: Readonly<Record<IntakePolicy, ReactNode>> = {
    newCustomer: (
      <>
        Nouveau client&nbsp;: <Term id="creditLimit">plafond d&apos;encours</Term> de {formatEuros(policies.newCustomerCreditLimit)}, conditions de paiement «&nbsp;
        {describePaymentTerms(policies.defaultPaymentTerms).toLowerCase()}&nbsp;».
      </>
    ),
    creditExceeded: (
      <>
        <Term id="creditLimit">Plafond d&apos;encours</Term> dépassé&nbsp;: {CREDIT_EXCEEDED[policies.creditLimitExceeded]}.
      </>
    ),
    insolvency: <>Client insolvable (redressement ou liquidation judiciaire)&nbsp;: {INSOLVENCY[policies.insolvency]}.</>,
    incidents: (
      <>
        Incidents de paiement&nbsp;:{" "}
        {policies.paymentIncidents === "hold" ? (
          "mettre la commande en attente de l'accord du responsable."
        ) : (
          <>
            exiger un <Term id="deposit">acompte</Term> de {formatPercent(percent)} de la commande TTC.
          </>
        )}
      </>
    ),
    deposit:
      cases.length > 0 ? (
        <>
          <Term id="deposit">Acompte</Term> de {formatPercent(percent)} de la commande TTC exigé pour&nbsp;: {cases.join("\u00a0; ")}.
        </>
      ) : null,
    severalDeposits: <>Plusieurs motifs d&apos;acompte&nbsp;: on retient le montant le plus élevé.</>,
  };
  const shown = INTAKE_STEP_POLICIES[step].filter((id) => texts[id] !== null);
  if (shown.length === 0) return null;
  return (
    <PolicyList headingId={headingId}>
      {shown.map((id) => (
        <li key={id}>{texts[id]}</li>
      ))}
    </PolicyList>
  );
}
