import { describe, expect, it } from "vitest";
import { DomainError } from "./money";
import { ALREADY_PAID_NOTICE, buildDunningLetter, buildPaymentOrderSummary, LETTER_SIGNATURE, REGISTERED_MAIL_MENTION, type DunningLetter } from "./letters";
import { LETTER_CUSTOMER, LETTER_SELLER, letterInput, paymentOrderInput } from "./letters.fixtures";
import { TEST_STATED_RATES } from "./rates.fixtures";

/** The same customer, a private individual: no L441-10 penalty, no 40 € (docs/decisions/0082). */
const CONSUMER = { ...LETTER_CUSTOMER, professional: false };

/** Intl writes U+202F / U+00A0 in amounts: compare with plain spaces. */
const plain = (text: string): string => text.replace(/[\u202f\u00a0]/gu, " ");
const allText = (letter: DunningLetter): string =>
  plain(
    [
      letter.placeAndDate,
      letter.registeredMail ?? "",
      letter.subject,
      ...letter.paragraphs,
      ...letter.invoiceReferences.map((r) => `${r.label} ${r.value}`),
      ...letter.amounts.map((r) => `${r.label} ${r.value}`),
      ...letter.closingParagraphs,
      ...letter.paymentDetails,
      letter.alreadyPaidNotice ?? "",
    ].join("\n"),
  );
const rows = (list: { label: string; value: string }[]): [string, string][] => list.map((r) => [plain(r.label), plain(r.value)]);

describe("buildDunningLetter — the worked example (2 400,00 € due 15/10/2026, 12,15 %)", () => {
  it("reminder 1 (25/10/2026) is courteous: maybe an oversight, the balance, a new deadline, no LRAR", () => {
    const letter = buildDunningLetter(letterInput("reminder1"));
    expect(letter.placeAndDate).toBe("Lyon, le 25 octobre 2026");
    expect(letter.registeredMail).toBeNull();
    expect(letter.sender).toEqual({ name: "Lumière & Cie", lines: ["12 rue de la République", "69002 Lyon", "Tél. 04 78 00 00 00", "compta@lumiere-cie.fr"] });
    expect(letter.recipient).toEqual({ name: "Librairie du Parc (SARL)", lines: ["À l'attention de Mme Claire Martin", "3 place du Parc", "38000 Grenoble"] });
    expect(letter.subject).toBe("Objet\u00a0: rappel — facture n° FA-2026-00042 impayée");
    expect(rows(letter.invoiceReferences)).toEqual([
      ["Facture n°", "FA-2026-00042"],
      ["Date de la facture", "15/09/2026"],
      ["Montant TTC", "2 400,00 €"],
      ["Échéance", "15/10/2026"],
    ]);
    expect(rows(letter.amounts)).toEqual([["Solde restant dû", "2 400,00 €"]]);
    const text = allText(letter);
    expect(text).toContain("simple oubli");
    expect(text).toContain("avant le 4 novembre 2026");
    expect(text).toContain("12,15 %");
    expect(text).toContain("indemnité forfaitaire pour frais de recouvrement de 40 €");
    expect(text).toContain("IBAN FR76 3000 4000 0100 0000 1234 567");
    expect(letter.alreadyPaidNotice).toBe(ALREADY_PAID_NOTICE);
    expect(letter.figures).toEqual({ balanceCents: 240_000, paidCents: 0, creditedCents: 0, penaltyCents: 799, indemnityCents: 4000, penaltiesAndIndemnityCents: 4799, totalCents: 244_799, daysLate: 10, deadline: "2026-11-04" });
  });

  it("reminder 2 (11/11/2026) is firmer: cites reminder 1, penalties 21,57 € (27 days) and the 40 € indemnity, total 61,57 €", () => {
    const letter = buildDunningLetter(letterInput("reminder2"));
    expect(letter.placeAndDate).toBe("Lyon, le 11 novembre 2026");
    expect(letter.registeredMail).toBeNull();
    expect(rows(letter.amounts)).toEqual([
      ["Solde restant dû", "2 400,00 €"],
      ["Pénalités de retard au 11/11/2026 (27 jours)", "21,57 €"],
      ["Indemnité forfaitaire pour frais de recouvrement", "40,00 €"],
      ["Total à régler", "2 461,57 €"],
    ]);
    expect(letter.figures.penaltiesAndIndemnityCents).toBe(6157);
    const text = allText(letter);
    expect(text).toContain("Malgré notre relance du 25 octobre 2026, votre facture n° FA-2026-00042 du 15/09/2026");
    expect(text).toContain("régler la somme de 2 461,57 € au plus tard le 21 novembre 2026");
    expect(letter.alreadyPaidNotice).toBe(ALREADY_PAID_NOTICE);
  });

  it("reminder 3 (21/11/2026) goes by LRAR, cites both reminders, 8-day deadline: Sunday 29/11 moves to Monday 30/11", () => {
    const letter = buildDunningLetter(letterInput("registeredLetter"));
    expect(letter.registeredMail).toBe(REGISTERED_MAIL_MENTION);
    expect(letter.subject).toBe("Objet\u00a0: dernière relance avant mise en demeure — facture n° FA-2026-00042 impayée");
    expect(letter.figures).toMatchObject({ penaltyCents: 2956, totalCents: 246_956, daysLate: 37, deadline: "2026-11-30" });
    const text = allText(letter);
    expect(text).toContain("Malgré notre relance du 25 octobre 2026 et notre deuxième relance du 11 novembre 2026");
    expect(text).toContain("dans un délai de 8 jours, soit au plus tard le 30 novembre 2026, le 29 novembre 2026 étant un dimanche.");
    expect(letter.alreadyPaidNotice).toBe(ALREADY_PAID_NOTICE);
  });

  it("the formal notice (29/11/2026) says « vaut mise en demeure », penalties that keep running, legal action, 8 days → 7 décembre 2026", () => {
    const letter = buildDunningLetter(letterInput("formalNotice"));
    expect(letter.registeredMail).toBe("Lettre recommandée avec accusé de réception");
    expect(letter.subject).toBe("Objet\u00a0: mise en demeure de payer — facture n° FA-2026-00042");
    expect(letter.figures).toMatchObject({ penaltyCents: 3595, indemnityCents: 4000, totalCents: 247_595, deadline: "2026-12-07" });
    const text = allText(letter);
    expect(text).toContain("nous vous mettons en demeure de nous régler la somme de 2 475,95 €");
    expect(text).toContain("soit au plus tard le 7 décembre 2026");
    expect(letter.closingParagraphs).toEqual([
      "Le présent courrier vaut mise en demeure au sens des articles 1344 et 1344-1 du Code civil. Les pénalités de retard au taux annuel de 12,15\u00a0%, dues depuis le lendemain de l'échéance (article L441-10 du Code de commerce), continuent de courir sur le solde jusqu'à complet paiement\u00a0: entre professionnels, elles tiennent lieu d'intérêts de retard.",
      "À défaut de règlement dans ce délai, nous engagerons sans autre avis une action en justice pour obtenir le paiement de notre créance (requête en injonction de payer auprès du tribunal compétent), les frais de procédure restant à votre charge.",
    ]);
    // Between professionals, legal interest on top of the penalties would claim twice.
    expect(text).not.toContain("taux légal");
    expect(text).not.toContain("sans préjudice");
    expect(text).toContain("notre lettre recommandée avec accusé de réception du 21 novembre 2026");
    expect(letter.alreadyPaidNotice).toBeNull();
  });

  it("the formal notice names the court when the scenario does, and signs with a name and a title", () => {
    const letter = buildDunningLetter(letterInput("formalNotice", { customer: { ...LETTER_CUSTOMER, competentCourt: "Tribunal de commerce de Grenoble" } }));
    expect(letter.closingParagraphs[1]).toContain("(requête en injonction de payer auprès du tribunal compétent\u00a0: Tribunal de commerce de Grenoble)");
    expect(letter.signature).toEqual(["Camille Roux", "Responsable du recouvrement"]);
  });

  it("a consumer's formal notice claims legal interest from its date (Code civil 1231-6), not penalties that run on", () => {
    const letter = buildDunningLetter(letterInput("formalNotice", { customer: { ...LETTER_CUSTOMER, professional: false } }));
    expect(letter.closingParagraphs[0]).toBe(
      "Le présent courrier vaut mise en demeure au sens des articles 1344 et 1344-1 du Code civil. À compter de sa date, les sommes dues porteront intérêts au taux légal (article 1231-6 du Code civil).",
    );
  });

  it("without a signatory, the department signs", () => {
    const { signatory: _signatory, ...input } = letterInput("reminder1");
    expect(buildDunningLetter(input).signature).toEqual([LETTER_SIGNATURE]);
  });

  it("a deadline on Sunday 01/11/2026 (Toussaint) moves to Monday 02/11/2026", () => {
    const letter = buildDunningLetter(letterInput("reminder1", { today: "2026-10-22" }));
    expect(letter.figures.deadline).toBe("2026-11-02");
    expect(allText(letter)).toContain("avant le 2 novembre 2026, le 1er novembre 2026 étant un dimanche et un jour férié (Toussaint).");
  });

  it("a 15-day formal notice gives 14 décembre 2026", () => {
    const letter = buildDunningLetter(letterInput("formalNotice", { deadlineDays: 15 }));
    expect(letter.figures.deadline).toBe("2026-12-14");
    expect(allText(letter)).toContain("dans un délai de 15 jours, soit au plus tard le 14 décembre 2026");
  });

  it("the company policy sets the default deadline", () => {
    expect(buildDunningLetter(letterInput("reminder1", { policy: { reminder2AfterReminder1Days: 15 } })).figures.deadline).toBe("2026-11-09");
  });

  it("a partial payment: balance 1 400,00 €, penalties per period (5,66 € + 20,97 €)", () => {
    const letter = buildDunningLetter(letterInput("formalNotice", { payments: [{ date: "2026-11-01", amountCents: 100_000 }] }));
    // 1 000,00 € × 12,15 % × 17 / 365 = 5,66 € ; 1 400,00 € × 12,15 % × 45 / 365 = 20,97 €.
    expect(letter.figures).toMatchObject({ balanceCents: 140_000, paidCents: 100_000, penaltyCents: 2663, totalCents: 146_663 });
    expect(rows(letter.amounts)).toEqual([
      ["Règlements reçus", "− 1 000,00 €"],
      ["Solde restant dû", "1 400,00 €"],
      ["Pénalités de retard au 29/11/2026 (45 jours)", "26,63 €"],
      ["Indemnité forfaitaire pour frais de recouvrement", "40,00 €"],
      ["Total à régler", "1 466,63 €"],
    ]);
  });

  it("reminder 2 after a partial payment states the balance, and that penalties keep running on it", () => {
    const letter = buildDunningLetter(letterInput("reminder2", { payments: [{ date: "2026-11-01", amountCents: 100_000 }] }));
    // 1 000,00 € × 12,15 % × 17 / 365 = 5,66 € ; 1 400,00 € × 12,15 % × 27 / 365 = 12,58 €.
    expect(rows(letter.amounts)).toEqual([
      ["Règlements reçus", "− 1 000,00 €"],
      ["Solde restant dû", "1 400,00 €"],
      ["Pénalités de retard au 11/11/2026 (27 jours)", "18,24 €"],
      ["Indemnité forfaitaire pour frais de recouvrement", "40,00 €"],
      ["Total à régler", "1 458,24 €"],
    ]);
    expect(plain(letter.paragraphs[0] ?? "")).toBe(
      "Malgré notre relance du 25 octobre 2026, votre facture n° FA-2026-00042 du 15/09/2026, d'un montant de 2 400,00 € TTC, échue le 15/10/2026, n'est que partiellement réglée : après les règlements reçus (1 000,00 €), il reste dû 1 400,00 €.",
    );
    expect(plain(letter.paragraphs[1] ?? "")).toContain("; votre règlement partiel ne les arrête pas : elles continuent de courir sur le solde de 1 400,00 € jusqu'à complet paiement.");
    expect(allText(letter)).not.toContain("reste impayée");
  });

  it.each(["reminder1", "reminder2", "registeredLetter", "formalNotice"] as const)("a consumer's %s carries no 40 € and no L441-10 penalty: only the balance, before the formal notice", (step) => {
    const letter = buildDunningLetter(letterInput(step, { customer: CONSUMER, statedRates: TEST_STATED_RATES }));
    expect(letter.figures).toMatchObject({ penaltyCents: 0, indemnityCents: 0, penaltiesAndIndemnityCents: 0, totalCents: 240_000 });
    const text = allText(letter);
    expect(text).not.toMatch(/40 €|40,00 €|L441-10|D441-5|pénalités|12,15/iu);
    expect(letter.amounts.map((r) => r.label)).not.toContain("Indemnité forfaitaire pour frais de recouvrement");
  });

  it("a consumer's formal notice announces legal interest under the Code civil, not contractual penalties", () => {
    const text = allText(buildDunningLetter(letterInput("formalNotice", { customer: CONSUMER, statedRates: TEST_STATED_RATES })));
    expect(text).toContain("À compter de sa date, les sommes dues porteront intérêts au taux légal (article 1231-6 du Code civil).");
  });

  it("after the formal notice of 29/11/2026, a consumer owes legal interest: 2 400,00 € × 2,62 % × 9 / 365 = 1,55 €, no 40 €", () => {
    // 240 000 × 2,62 % × 9 / 365 = 155,05 cents → 1,55 € (from 30/11 to 08/12 included).
    const summary = buildPaymentOrderSummary(paymentOrderInput({ customer: CONSUMER, statedRates: TEST_STATED_RATES }));
    expect(summary.figures).toEqual({ principalCents: 240_000, penaltyCents: 155, indemnityCents: 0, totalCents: 240_155 });
    expect(summary.claim.map((r) => [plain(r.label), plain(r.value)])).toEqual([
      ["Principal (solde de la facture)", "2 400,00 €"],
      ["Intérêts au taux légal au 08/12/2026 (2,62 %, 9 jours)", "1,55 €"],
      ["Total de la créance", "2 401,55 €"],
    ]);
  });

  it("without an IBAN, payment by cheque only", () => {
    const { iban: _iban, ...seller } = LETTER_SELLER;
    const letter = buildDunningLetter(letterInput("reminder1", { seller }));
    expect(letter.paymentDetails).toEqual(["Par chèque à l'ordre de Lumière & Cie, adressé au 12 rue de la République, 69002 Lyon."]);
  });

  it("prints the seller's legal identity in the footer", () => {
    expect(plain(buildDunningLetter(letterInput("reminder1")).legalFooter)).toBe(
      "Lumière & Cie — SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon — SIRET 84215763800017 — TVA FR62842157638",
    );
  });

  it("refuses a deadline that is not a positive whole number of days", () => {
    expect(() => buildDunningLetter(letterInput("formalNotice", { deadlineDays: 0 }))).toThrow(DomainError);
    expect(() => buildDunningLetter(letterInput("formalNotice", { deadlineDays: 2.5 }))).toThrow(/deadlineDays/u);
  });
});

describe("buildPaymentOrderSummary", () => {
  it("a trader (SARL) without a court named: the rule, never an invented town; Cerfa 12946; claim 2 400,00 + 43,14 + 40,00 = 2 483,14 €", () => {
    const summary = buildPaymentOrderSummary(paymentOrderInput());
    expect(summary.court).toBe("Tribunal de commerce dont dépend le siège du débiteur");
    expect(summary.form).toBe("Cerfa n° 12946");
    expect(summary.courtNote).toBe(
      "Créance entre commerçants\u00a0: juridiction commerciale du siège du débiteur (tribunal des activités économiques dans les 12 villes de l'expérimentation 2025-2028\u00a0; en Alsace-Moselle, chambre commerciale du tribunal judiciaire).",
    );
    expect(summary.signature).toEqual(["Camille Roux", "Responsable du recouvrement"]);
    expect(summary.placeAndDate).toBe("Lyon, le 8 décembre 2026");
    expect(summary.debtor).toEqual({ name: "Librairie du Parc (SARL)", lines: ["3 place du Parc", "38000 Grenoble", "SIREN 910 382 746"] });
    expect(summary.creditor.lines.map(plain)).toContain("SAS au capital de 50 000,00 € — SIREN 842 157 638 — RCS Lyon");
    // 2 400,00 € × 12,15 % × 54 / 365 = 43,14 €.
    expect(rows(summary.claim)).toEqual([
      ["Principal (solde de la facture)", "2 400,00 €"],
      ["Pénalités de retard au 08/12/2026 (12,15 %, 54 jours)", "43,14 €"],
      ["Indemnité forfaitaire pour frais de recouvrement", "40,00 €"],
      ["Total de la créance", "2 483,14 €"],
    ]);
    expect(summary.figures).toEqual({ principalCents: 240_000, penaltyCents: 4314, indemnityCents: 4000, totalCents: 248_314 });
    expect(summary.documents).toEqual([
      "Facture n° FA-2026-00042 du 15/09/2026",
      "Lettre de relance 1 du 25/10/2026",
      "Lettre de relance 2 du 11/11/2026",
      "Lettre recommandée de relance (relance 3) et son avis de réception du 21/11/2026",
      "Mise en demeure par lettre recommandée et son avis de réception du 29/11/2026",
    ]);
    expect(summary.grounds.join(" ")).toContain("certaine");
    expect(summary.nextSteps).toEqual([
      "Faire signifier l'ordonnance par un commissaire de justice dans les six mois de sa date, sinon elle est non avenue (CPC 1411).",
      "Le débiteur dispose d'un mois après la signification pour former opposition (CPC 1416).",
      "Sans opposition, demander au greffe la formule exécutoire (CPC 1422)\u00a0: l'ordonnance vaut alors jugement.",
    ]);
  });

  it("the court the scenario names, for a trader: Cerfa 12946", () => {
    const summary = buildPaymentOrderSummary(paymentOrderInput({ customer: { ...LETTER_CUSTOMER, competentCourt: "Tribunal de commerce de Grenoble" } }));
    expect([summary.court, summary.form]).toEqual(["Tribunal de commerce de Grenoble", "Cerfa n° 12946"]);
  });

  it("a debtor who is not a trader goes to the tribunal judiciaire, Cerfa 12948: a consumer, a SCP, a named court", () => {
    const consumer = buildPaymentOrderSummary(paymentOrderInput({ customer: { ...LETTER_CUSTOMER, legalForm: undefined, professional: false }, statedRates: TEST_STATED_RATES }));
    expect([consumer.court, consumer.form]).toEqual(["Tribunal judiciaire dont dépend le domicile du débiteur", "Cerfa n° 12948"]);
    expect(consumer.courtNote).toBe("Le débiteur n'est pas commerçant\u00a0: la requête va au tribunal judiciaire dont dépend son siège ou son domicile.");
    const scp = buildPaymentOrderSummary(paymentOrderInput({ customer: { ...LETTER_CUSTOMER, legalForm: "SCP" } }));
    expect([scp.court, scp.form]).toEqual(["Tribunal judiciaire dont dépend le siège du débiteur", "Cerfa n° 12948"]);
    const named = buildPaymentOrderSummary(paymentOrderInput({ customer: { ...LETTER_CUSTOMER, legalForm: "SCP", competentCourt: "Tribunal judiciaire de Grenoble" } }));
    expect([named.court, named.form]).toEqual(["Tribunal judiciaire de Grenoble", "Cerfa n° 12948"]);
  });
});
