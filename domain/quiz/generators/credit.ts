/**
 * The credit check at order intake (check 3): a customer's unpaid invoices (some partly paid, one
 * already settled at the top difficulty) and accepted orders not yet invoiced, a credit limit, a
 * new order. Asked: the encours, the excess over the limit, or what to do under the company's
 * policy; every figure from `checkCredit`.
 */
import { addDays, compareDates, formatDateFr, type IsoDate } from "../../dates";
import { checkCredit, type CreditCheck, type CreditCheckInput } from "../../credit";
import { allocateProRata, formatEuros, type Cents } from "../../money";
import { formatNumber } from "../../numbering";
import { CUSTOMERS, SINGLE_RATE_SELLERS, TWO_RATE_SELLERS } from "./catalogue";
import { defineGenerator, euroQuestion, singleChoiceQuestion, type Difficulty } from "./generator";
import type { Random } from "./random";

/** What the company does over the limit (a scenario's `creditLimitExceeded`). */
export type CreditPolicy = "deposit" | "hold" | "refuse";

export interface CreditInputs {
  /** Exactly what `checkCredit` is given. */
  credit: CreditCheckInput;
  policy: CreditPolicy;
  asked: "outstandingCents" | "excessCents" | "decision";
}

export const CREDIT_DECISION_OPTIONS = [
  { id: "accepter", text: "Accepter la commande" },
  { id: "acompte", text: "Accepter la commande contre un acompte au moins égal au dépassement" },
  { id: "attente", text: "Mettre la commande en attente de l'accord du responsable" },
  { id: "refuser", text: "Refuser la commande" },
] as const;

export type CreditDecision = (typeof CREDIT_DECISION_OPTIONS)[number]["id"];

/** The option a policy calls for when the limit is exceeded. */
export const POLICY_DECISION: Readonly<Record<CreditPolicy, CreditDecision>> = { deposit: "acompte", hold: "attente", refuse: "refuser" };

const POLICY_TEXT: Readonly<Record<CreditPolicy, string>> = {
  deposit: "la commande est acceptée contre un acompte au moins égal au dépassement",
  hold: "la commande est mise en attente de l'accord du responsable",
  refuse: "la commande est refusée",
};

const LIMITS_EUROS = [5_000, 8_000, 10_000, 12_000, 15_000, 20_000, 25_000];

interface Invoice {
  number: string;
  date: IsoDate;
  amountCents: Cents;
  paidCents: Cents;
}

interface Situation {
  today: IsoDate;
  limitCents: Cents;
  invoices: Invoice[];
  settled: Invoice | undefined;
  orders: { number: string; date: IsoDate; amountCents: Cents }[];
}

/** `count` amounts with cents adding up to `total`, none tiny. */
function split(random: Random, total: Cents, count: number): Cents[] {
  return allocateProRata(total, Array.from({ length: count }, () => random.int(30, 100)));
}

function drawSituation(random: Random, difficulty: Difficulty): Situation {
  const today = random.date("2025-06-01", "2026-12-31");
  const year = Number(today.slice(0, 4));
  const limitCents = random.pick(LIMITS_EUROS) * 100;
  const outstandingCents = random.int(limitCents * 0.4, limitCents * 0.8);
  const invoiceCount = difficulty === 1 ? random.int(1, 2) : random.int(2, 3);
  const orderCount = difficulty === 1 ? 1 : random.int(1, 2);
  const [unpaidTotal = 0, ordersTotal = 0] = allocateProRata(outstandingCents, [random.int(55, 75), random.int(25, 45)]);
  const dates = Array.from({ length: invoiceCount + 1 }, () => addDays(today, -random.int(5, 75))).sort(compareDates);
  let sequence = random.int(40, 400);
  const invoiceAt = (date: IsoDate, dueCents: Cents, paidCents: Cents): Invoice => ({ number: formatNumber("FA", year, sequence++), date, amountCents: dueCents + paidCents, paidCents });
  const settledFirst = difficulty === 3 ? invoiceAt(dates[0] ?? today, random.cents(400, 3_000), 0) : undefined;
  const invoices = split(random, unpaidTotal, invoiceCount).map((dueCents, i) => {
    const partlyPaid = difficulty > 1 && i === 0;
    return invoiceAt(dates[i + 1] ?? today, dueCents, partlyPaid ? random.int(2, 12) * 10_000 : 0);
  });
  const orderSequence = random.int(20, 300);
  const orders = split(random, ordersTotal, orderCount).map((amountCents, i) => ({ number: formatNumber("CM", year, orderSequence + i), date: addDays(today, -random.int(1, 4) * (orderCount - i)), amountCents }));
  return { today, limitCents, invoices, settled: settledFirst, orders };
}

/** The new order: anything at first; over the limit when the excess is asked; at the top, often over it only once the accepted orders are counted. */
function drawOrder(random: Random, difficulty: Difficulty, situation: Situation, check: Omit<CreditCheck, "explanation">): Cents {
  const available = situation.limitCents - check.outstandingCents;
  if (difficulty === 1) return random.int(30_000, Math.round(situation.limitCents * 0.4));
  if (difficulty === 2 || random.chance(0.5)) return available + random.int(1, Math.max(1, difficulty === 3 ? check.acceptedOrdersTotalCents : situation.limitCents / 5));
  return random.chance(0.15) ? available : random.int(Math.round(available * 0.3), available);
}

function creditInput(situation: Situation, orderCents: Cents): CreditCheckInput {
  return {
    unpaidInvoicesCents: situation.invoices.map((i) => i.amountCents - i.paidCents),
    acceptedOrdersNotInvoicedCents: situation.orders.map((o) => o.amountCents),
    orderTotalInclTaxCents: orderCents,
    creditLimitCents: situation.limitCents,
  };
}

function describeSituation(situation: Situation, customer: string, seller: string, orderCents: Cents): string {
  const invoices = situation.invoices.map(
    (i) => `${i.number} du ${formatDateFr(i.date)}, ${formatEuros(i.amountCents)} TTC${i.paidCents > 0 ? ` dont ${formatEuros(i.paidCents)} déjà réglés` : ""}`,
  );
  const settled = situation.settled !== undefined ? ` La facture ${situation.settled.number} du ${formatDateFr(situation.settled.date)} (${formatEuros(situation.settled.amountCents)} TTC) a été réglée intégralement.` : "";
  const orders = situation.orders.map((o) => `${o.number} du ${formatDateFr(o.date)}, ${formatEuros(o.amountCents)} TTC`);
  return (
    `${customer} a un plafond d'encours de ${formatEuros(situation.limitCents)} chez ${seller}. ` +
    `Factures non réglées\u00a0: ${invoices.join("\u00a0; ")}.${settled} Commandes acceptées, pas encore facturées\u00a0: ${orders.join("\u00a0; ")}. ` +
    `Le ${formatDateFr(situation.today)}, ${customer} passe une nouvelle commande de ${formatEuros(orderCents)} TTC.`
  );
}

/** "a + b = total", or the total alone when it is the only term. */
function sumOf(terms: readonly string[], totalCents: Cents): string {
  const total = formatEuros(totalCents);
  return terms.length === 1 && terms[0] === total ? total : `${terms.join(" + ")} = ${total}`;
}

/** How the encours is made up, before the engine's comparison. */
function outstandingLines(situation: Situation, check: CreditCheck): string[] {
  const parts = situation.invoices.map((i) => (i.paidCents > 0 ? `(${formatEuros(i.amountCents)} − ${formatEuros(i.paidCents)})` : formatEuros(i.amountCents)));
  return [
    `Factures non réglées, pour ce qui reste dû\u00a0: ${sumOf(parts, check.unpaidInvoicesTotalCents)}.`,
    ...(situation.settled !== undefined ? [`La facture ${situation.settled.number}, réglée, ne compte plus dans l'encours.`] : []),
    `Commandes acceptées non facturées\u00a0: ${sumOf(situation.orders.map((o) => formatEuros(o.amountCents)), check.acceptedOrdersTotalCents)}\u00a0; elles font partie de l'encours.`,
    `Encours = ${formatEuros(check.unpaidInvoicesTotalCents)} + ${formatEuros(check.acceptedOrdersTotalCents)} = ${formatEuros(check.outstandingCents)}.`,
  ];
}

function decisionOptions(check: CreditCheck, policy: CreditPolicy) {
  const correct: CreditDecision = check.passes ? "accepter" : POLICY_DECISION[policy];
  const forgotOrders = check.unpaidInvoicesTotalCents + (check.projectedCents - check.outstandingCents) <= check.creditLimitCents;
  const feedback = (id: CreditDecision): string => {
    if (check.passes) return `Le plafond est respecté (${formatEuros(check.projectedCents)} ≤ ${formatEuros(check.creditLimitCents)})\u00a0: la commande s'accepte sans condition.`;
    if (id === "accepter") {
      const why = forgotOrders ? "\u00a0: les commandes acceptées non facturées font partie de l'encours" : "";
      return `Le plafond est dépassé de ${formatEuros(check.excessCents)}${why}.`;
    }
    return `Le plafond est dépassé, mais la politique de l'entreprise est autre\u00a0: ${POLICY_TEXT[policy]}.`;
  };
  return { correct, options: CREDIT_DECISION_OPTIONS.map(({ id, text }) => (id === correct ? { id, text } : { id, text, feedback: feedback(id) })) };
}

export const creditLimitGenerator = defineGenerator<CreditInputs>({
  id: "encours-plafond",
  label: "Encours et plafond\u00a0: factures non réglées, commandes acceptées non facturées, dépassement et décision",
  stage: "orderIntake",
  notion: "creditLimit",
  draw(random, difficulty) {
    const seller = random.pick([...SINGLE_RATE_SELLERS, ...TWO_RATE_SELLERS]).name;
    const customer = random.pick(CUSTOMERS);
    const situation = drawSituation(random, difficulty);
    const orderCents = drawOrder(random, difficulty, situation, checkCredit(creditInput(situation, 0)));
    const credit = creditInput(situation, orderCents);
    const check = checkCredit(credit);
    const policy = random.pick<CreditPolicy>(["deposit", "deposit", "hold", "refuse"]);
    const asked = difficulty === 1 ? "outstandingCents" : difficulty === 2 ? "excessCents" : "decision";
    const facts = describeSituation(situation, customer, seller, orderCents);
    const lines = [...outstandingLines(situation, check), check.explanation];
    const inputs = { credit, policy, asked } as const;
    if (asked === "decision") {
      const { correct, options } = decisionOptions(check, policy);
      const rule = check.passes ? "Plafond respecté\u00a0: la commande est acceptée." : `Plafond dépassé\u00a0; politique de l'entreprise\u00a0: ${POLICY_TEXT[policy]}.`;
      const prompt = `${facts} Politique de l'entreprise en cas de dépassement du plafond\u00a0: ${POLICY_TEXT[policy]}. Que faites-vous de cette commande\u00a0?`;
      return { inputs, question: singleChoiceQuestion(options, correct, prompt, [...lines, rule]) };
    }
    const answerCents = check[asked];
    if (asked === "outstandingCents") {
      const prompt = `${facts} Quel est l'encours du client avant cette commande, en euros, au centime près\u00a0?`;
      return { inputs, question: euroQuestion(answerCents, prompt, [...lines.slice(0, -1), `Réponse\u00a0: l'encours est de ${formatEuros(answerCents)}.`]) };
    }
    const prompt = `${facts} De combien cette commande ferait-elle dépasser le plafond (l'acompte minimal qui ramène sous le plafond), en euros, au centime près\u00a0?`;
    return {
      inputs,
      question: euroQuestion(answerCents, prompt, [...lines, `Réponse\u00a0: le dépassement est de ${formatEuros(answerCents)}\u00a0; un acompte de ce montant ramène la commande sous le plafond.`]),
    };
  },
});
