"use client";
import { capitalize, CREDIT_VERDICT_LABELS, INTAKE_DECISION_LABELS, parsePercent, parsePercentList, SOLVENCY_VERDICT_LABELS, type CreditVerdict, type IntakeDecision, type SolvencyVerdict } from "@/domain";
import type { OrderIntakeEvent } from "@/machines/orderIntake";
import { AmountField, amountProblem, readAmount, type AmountProblemWords } from "../parts/AmountField";
import { ChoiceGroup } from "../parts/ChoiceGroup";
import { MoveForm } from "../parts/MoveForm";
import { oneOf, oneOfKeys, orNull, useDraftField, useDraftedSend } from "../parts/formDrafts";
import { Term } from "@/components/ui/GlossaryLinks";
import { RequiredFieldsNote } from "@/components/ui/RequiredFieldsNote";
import { TextField } from "@/components/ui/TextField";
import type { CheckFormProps } from "./types";



/** Check 2: the customer's solvency, from its file (BODACC proceedings, payment incidents). */
export function SolvencyForm({ idPrefix, can, send: sendMove }: CheckFormProps) {
  const send = useDraftedSend("intake.solvency", sendMove);
  const [verdict, setVerdict] = useDraftField<SolvencyVerdict | null>("intake.solvency", "verdict", null, orNull(oneOfKeys(SOLVENCY_VERDICT_LABELS)));
  const event: OrderIntakeEvent | null = verdict !== null ? { type: "learner.solvencyChecked", verdict } : null;
  return (
    <MoveForm event={event} can={can} send={send} label="Valider la solvabilité" blockedReason="Choisissez une réponse.">
      <p className="muted">Consultez la fiche du client (module «&nbsp;Clients&nbsp;»)&nbsp;: procédures publiées au BODACC, historique des incidents de paiement.</p>
      <ChoiceGroup<SolvencyVerdict>
        name={`${idPrefix}-solvency`}
        legend={
          <>
            <Term id="solvency">Solvabilité</Term> du client
          </>
        }
        value={verdict}
        onChange={setVerdict}
        choices={[
          { value: "sound", label: capitalize(SOLVENCY_VERDICT_LABELS.sound), hint: "aucune procédure, aucun incident" },
          { value: "incidents", label: capitalize(SOLVENCY_VERDICT_LABELS.incidents), hint: "chèque rejeté, retards répétés, ou procédure de sauvegarde" },
          { value: "insolvent", label: `${capitalize(SOLVENCY_VERDICT_LABELS.insolvent)} (procédure collective)`, hint: "redressement ou liquidation judiciaire" },
        ]}
      />
    </MoveForm>
  );
}

const OUTSTANDING_PROBLEM: AmountProblemWords = { empty: "Indiquez l'encours du client (0 s'il n'en a pas).", unreadable: "Corrigez l'encours signalé." };
const ORDER_TOTAL_PROBLEM: AmountProblemWords = { empty: "Indiquez le montant TTC de la commande.", unreadable: "Corrigez le montant TTC signalé." };
const DEPOSIT_PROBLEM: AmountProblemWords = { empty: "Indiquez le montant de l'acompte.", unreadable: "Corrigez le montant de l'acompte signalé." };

/** Why the credit form cannot be sent yet, in French: the first problem in the form's order, the verdict, then each figure (all required, 0094). */
function creditBlockedReason(verdict: CreditVerdict | null, outstanding: string, orderTotal: string): string | undefined {
  if (verdict === null) return "Choisissez une réponse.";
  return amountProblem(outstanding, OUTSTANDING_PROBLEM) ?? amountProblem(orderTotal, ORDER_TOTAL_PROBLEM);
}

/** Check 3: outstanding + order TTC against the credit limit; the verdict and both figures are required, each scored. */
export function CreditForm({ idPrefix, can, send: sendMove }: CheckFormProps) {
  const send = useDraftedSend("intake.credit", sendMove);
  const [verdict, setVerdict] = useDraftField<CreditVerdict | null>("intake.credit", "verdict", null, orNull(oneOfKeys(CREDIT_VERDICT_LABELS)));
  const [outstanding, setOutstanding] = useDraftField("intake.credit", "outstanding", "");
  const [orderTotal, setOrderTotal] = useDraftField("intake.credit", "orderTotal", "");
  const outstandingReading = readAmount(outstanding);
  const orderReading = readAmount(orderTotal);
  const event: OrderIntakeEvent | null =
    verdict !== null && outstandingReading.ok && outstandingReading.cents !== undefined && orderReading.ok && orderReading.cents !== undefined
      ? { type: "learner.creditChecked", verdict, outstandingCents: outstandingReading.cents, orderTotalCents: orderReading.cents }
      : null;
  return (
    <MoveForm event={event} can={can} send={send} label="Valider le contrôle de l'encours" blockedReason={creditBlockedReason(verdict, outstanding, orderTotal)}>
      <p className="muted">
        <Term id="outstanding">Encours</Term> = factures non réglées + commandes acceptées non encore facturées. Comparez encours + montant TTC de la commande au{" "}
        <Term id="creditLimit">plafond</Term> du compte.
      </p>
      <RequiredFieldsNote />
      <ChoiceGroup<CreditVerdict>
        name={`${idPrefix}-credit`}
        legend="Avec cette commande, le plafond d'encours est…"
        value={verdict}
        onChange={setVerdict}
        choices={[
          { value: "withinLimit", label: capitalize(CREDIT_VERDICT_LABELS.withinLimit), hint: "encours + commande ≤ plafond" },
          { value: "overLimit", label: capitalize(CREDIT_VERDICT_LABELS.overLimit), hint: "encours + commande > plafond" },
        ]}
      />
      <div className="form-grid">
        <AmountField id={`${idPrefix}-outstanding`} label="Encours du client" value={outstanding} onChange={setOutstanding} reading={outstandingReading} required />
        <AmountField id={`${idPrefix}-orderTotal`} label="Montant TTC de la commande" value={orderTotal} onChange={setOrderTotal} reading={orderReading} required />
      </div>
    </MoveForm>
  );
}

/** Check 4: the negotiated conditions of the account (successive remises, escompte). */
export function ConditionsForm({ idPrefix, can, send: sendMove }: CheckFormProps) {
  const send = useDraftedSend("intake.conditions", sendMove);
  const [discounts, setDiscounts] = useDraftField("intake.conditions", "discounts", "");
  const [cash, setCash] = useDraftField("intake.conditions", "cash", "");
  const discountsReading = parsePercentList(discounts);
  const cashReading = cash.trim() === "" ? ({ ok: true, percent: undefined } as const) : parsePercent(cash);
  const event: OrderIntakeEvent | null =
    discountsReading.ok && cashReading.ok
      ? {
          type: "learner.conditionsApplied",
          tradeDiscounts: discountsReading.percents,
          ...(cashReading.percent !== undefined ? { cashDiscount: cashReading.percent } : {}),
        }
      : null;
  return (
    <MoveForm event={event} can={can} send={send} label="Appliquer les conditions" blockedReason="Corrigez le taux signalé.">
      <p className="muted">Reprenez les conditions négociées inscrites sur le compte du client (module «&nbsp;Clients&nbsp;»)&nbsp;: ni moins, ni plus.</p>
      <TextField
        id={`${idPrefix}-discounts`}
        label={
          <>
            <Term id="tradeDiscount">Remises</Term> successives (%)
          </>
        }
        hint={"Dans l'ordre, séparées par un point-virgule, par exemple 10\u00a0; 5. Vide s'il n'y en a pas."}
        value={discounts}
        onChange={setDiscounts}
        inputMode="decimal"
        error={discountsReading.ok ? undefined : discountsReading.reason}
      />
      <TextField
        id={`${idPrefix}-cash`}
        label={
          <>
            <Term id="cashDiscount">Escompte</Term> (%)
          </>
        }
        hint="Par exemple 2. Vide s'il n'y en a pas."
        value={cash}
        onChange={setCash}
        inputMode="decimal"
        error={cashReading.ok ? undefined : cashReading.reason}
      />
    </MoveForm>
  );
}

/** Check 7: a deposit (acompte) required by the company's policy, and its amount TTC. */
export function DepositForm({ idPrefix, can, send: sendMove }: CheckFormProps) {
  const send = useDraftedSend("intake.deposit", sendMove);
  const [required, setRequired] = useDraftField<"yes" | "no" | null>("intake.deposit", "required", null, orNull(oneOf(["yes", "no"])));
  const [amount, setAmount] = useDraftField("intake.deposit", "amount", "");
  const reading = readAmount(amount);
  const event: OrderIntakeEvent | null =
    required === "no" ? { type: "learner.depositChecked", required: false } : required === "yes" && reading.ok ? { type: "learner.depositChecked", required: true, amountCents: reading.cents } : null;
  return (
    <MoveForm
      event={event}
      can={can}
      send={send}
      label="Valider l'acompte"
      blockedReason={required === null ? "Choisissez une réponse." : amountProblem(amount, DEPOSIT_PROBLEM)}
    >
      <p className="muted">Relisez la politique d&apos;acompte de l&apos;entreprise (ci-dessous) au regard de vos contrôles précédents.</p>
      <ChoiceGroup<"yes" | "no">
        name={`${idPrefix}-deposit`}
        legend={
          <>
            Un <Term id="deposit">acompte</Term> est-il exigé&nbsp;?
          </>
        }
        value={required}
        onChange={setRequired}
        choices={[
          { value: "yes", label: "Oui, un acompte est exigé" },
          { value: "no", label: "Non, pas d'acompte" },
        ]}
      />
      {required === "yes" ? (
        <>
          <RequiredFieldsNote />
          <AmountField id={`${idPrefix}-amount`} label="Montant de l'acompte TTC" value={amount} onChange={setAmount} reading={reading} required />
        </>
      ) : null}
    </MoveForm>
  );
}

const DECISION_BUTTON: Readonly<Record<IntakeDecision, string>> = {
  accept: "Accepter la commande",
  acceptWithConditions: "Accepter sous conditions",
  hold: "Mettre en attente",
  refuse: "Refuser la commande",
};

/** The decision after the seven checks; hold and refuse are written to the customer with their reason. */
export function DecisionForm({ idPrefix, can, send: sendMove }: CheckFormProps) {
  const send = useDraftedSend("intake.decision", sendMove);
  const [decision, setDecision] = useDraftField<IntakeDecision | null>("intake.decision", "decision", null, orNull(oneOfKeys(INTAKE_DECISION_LABELS)));
  const [reason, setReason] = useDraftField("intake.decision", "reason", "");
  const event: OrderIntakeEvent | null = decision !== null ? { type: "learner.decided", decision, ...(reason.trim() !== "" ? { reason: reason.trim() } : {}) } : null;
  const reasonId = `${idPrefix}-reason`;
  const needsReason = decision === "hold" || decision === "refuse";
  return (
    <MoveForm
      event={event}
      can={can}
      send={send}
      label={decision !== null ? DECISION_BUTTON[decision] : "Valider la décision"}
      blockedReason="Choisissez une décision."
      refusedReason={needsReason ? "Indiquez le motif\u00a0: une commande mise en attente ou refusée est écrite au client avec son motif." : undefined}
    >
      <ChoiceGroup<IntakeDecision>
        name={`${idPrefix}-decision`}
        legend="Votre décision"
        value={decision}
        onChange={setDecision}
        choices={(["accept", "acceptWithConditions", "hold", "refuse"] as const).map((value) => ({ value, label: capitalize(INTAKE_DECISION_LABELS[value]) }))}
      />
      <div className="field">
        <label htmlFor={reasonId}>
          Motif communiqué au client{needsReason ? <span aria-hidden="true"> *</span> : " (facultatif)"}
        </label>
        <p id={`${reasonId}-hint`} className="muted field-hint">
          Obligatoire pour une mise en attente ou un refus&nbsp;: le client est informé par écrit du motif.
        </p>
        <textarea id={reasonId} rows={3} value={reason} aria-required={needsReason ? true : undefined} aria-describedby={`${reasonId}-hint`} onChange={(e) => setReason(e.target.value)} />
      </div>
    </MoveForm>
  );
}
