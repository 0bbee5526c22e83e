import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDraft, formSchema } from "./draftCheck";
import { fieldTrail, trailText } from "./fieldTrail";
import { quizFieldLabel } from "./quizLabels";
import { emptyValue, fieldKind, variantIndex } from "./schemaNode";

const scenario = formSchema("scenario");

describe("fieldTrail: a check's path read as the teacher's words", () => {
  it("names a list's item by its noun and number", () => {
    expect(fieldTrail(scenario, "customers[1].creditLimit")).toEqual({
      root: "customers",
      words: ["Clients", "Client 2", "Plafond d'encours"],
      paths: ["customers[1].creditLimit", "customers[1]", "customers", ""],
      unresolved: "",
    });
  });

  it("reads a note's key with its dots, then the hint's number", () => {
    expect(fieldTrail(scenario, "notes.hints.intake.credit[0]").words).toEqual(["Explications et indices de l'enseignant", "Indices", "intake.credit", "Indice 1"]);
  });

  it("goes through a union to the variant's field", () => {
    expect(fieldTrail(scenario, "order.customer.newCustomer.siren").words).toEqual(["La commande reçue", "Client qui commande", "Nouveau client (l'élève crée son compte)", "SIREN"]);
  });

  it("goes into the variant whose field holds the rest of the path (a multiple choice's answers), and keeps a field the format lacks as written", () => {
    const quiz = formSchema("quiz");
    expect(trailText(fieldTrail(quiz, "questions[0].correct[0]", quizFieldLabel))).toBe("Questions écrites › Question 1 › Bonne réponse › Élément 1");
    expect(trailText(fieldTrail(quiz, "questions[1].correct", quizFieldLabel))).toBe("Questions écrites › Question 2 › Bonne réponse");
    const misspelt = fieldTrail(scenario, "customers[0].creditLimt");
    expect([misspelt.words, misspelt.unresolved, trailText(misspelt)]).toEqual([["Clients", "Client 1"], "creditLimt", "Clients › Client 1 › creditLimt"]);
  });

  it("leads a path the form does not draw to its closest drawn parent", () => {
    const trail = fieldTrail(scenario, "company.signatory.name");
    expect(trail.paths).toEqual(["company.signatory.name", "company.signatory", "company", ""]);
    expect(fieldTrail(scenario, "").words).toEqual([]);
  });
});

describe("schemaNode", () => {
  it("a new item has its required fields only, choices on their default", () => {
    const customer = fieldKind(scenario).kind === "object" ? scenario.properties?.customers?.items : undefined;
    expect(emptyValue(customer ?? {})).toEqual({ id: "", name: "", billingAddress: { street: "", postalCode: "", city: "" }, paymentTerms: { kind: "daysFromInvoice", days: 0 }, creditLimit: "0.00" });
  });

  it("finds an order's sender variant by the field it carries", () => {
    const sender = scenario.properties?.order?.properties?.customer;
    const field = fieldKind(sender ?? {});
    expect(field.kind === "union" && [variantIndex(field.variants, field.discriminator, { existingId: "C0207" }), variantIndex(field.variants, field.discriminator, { newCustomer: {} })]).toEqual([0, 1]);
  });

  it("an amount written wrong is said as the form is used, and the key's reason names the field in words", () => {
    const scenario02 = JSON.parse(readFileSync("scenarios/02-depassement-d-encours.json", "utf8")) as { customers: { creditLimit: string }[] };
    scenario02.customers[0]!.creditLimit = "5000,00";
    const checked = checkDraft("scenario", JSON.stringify(scenario02));
    const wording = "montant attendu, en chiffres, avec au plus deux décimales après la virgule, par exemple 1234,50";
    expect(checked.issues).toEqual([{ path: "customers[0].creditLimit", message: wording }]);
    expect(checked.answerKey).toEqual({ ok: false, reasons: [`Clients › Client 1 › Plafond d'encours\u00a0: ${wording}`] });
  });

  it("an empty amount is required, a negative one said so; a date the calendar lacks does not exist, one of another shape is asked as the form takes it", () => {
    const messagesOf = (change: (data: { customers: { creditLimit: string }[]; order: { receivedOn: string } }) => void) => {
      const data = JSON.parse(readFileSync("scenarios/02-depassement-d-encours.json", "utf8")) as { customers: { creditLimit: string }[]; order: { receivedOn: string } };
      change(data);
      return checkDraft("scenario", JSON.stringify(data)).issues.map((issue) => issue.message);
    };
    expect(messagesOf((data) => (data.customers[0]!.creditLimit = ""))).toEqual(["montant obligatoire"]);
    expect(messagesOf((data) => (data.customers[0]!.creditLimit = "-100"))).toEqual(["montant négatif\u00a0: un montant est positif ou nul (0 ou plus), écrit sans signe moins"]);
    expect(messagesOf((data) => (data.order.receivedOn = "2026-02-31"))).toEqual(["le 31 février 2026 n'existe pas\u00a0: février 2026 a 28 jours"]);
    expect(messagesOf((data) => (data.order.receivedOn = ""))).toEqual(["date obligatoire"]);
    expect(messagesOf((data) => (data.order.receivedOn = "31/02/26"))).toEqual(["date attendue sous la forme JJ/MM/AAAA, par exemple 28/11/2026"]);
  });
});
