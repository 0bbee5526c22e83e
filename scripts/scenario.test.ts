/**
 * The teachers' command line, called through `main` with an in-memory file system (fast), and once
 * as the real process to check its exit status.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DomainError, formatEuros, variantsBlockOf } from "@/domain";
import { solveScenario } from "@/machines/answerKey";
import { checkScenarioText, engineFailure } from "@/machines/scenarioCheck";
import { runCli } from "./cli.fixtures";
import { countFr, generatedSchemaText, main, nodeIo, readActions, SCHEMA_FILE, type ScenarioCliIo } from "./scenario";

const root = fileURLToPath(new URL("../", import.meta.url));
const bundled = (name: string) => readFileSync(join(root, "scenarios", name), "utf8");
/** The bundled scenario files, by name, as `validate` lists a folder. */
const bundledNames = () =>
  readdirSync(join(root, "scenarios"))
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json") && !name.endsWith(".actions.json"))
    .sort();

type JsonObject = Record<string, unknown>;

/** The object at `path` inside parsed JSON, to edit it in place. */
function at(data: unknown, ...path: (string | number)[]): JsonObject {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data) as JsonObject;
}

/** A scenario file of the bundle, changed by `edit`, as a teacher might have broken it. */
function edited(name: string, edit: (data: JsonObject) => void): string {
  const data = JSON.parse(bundled(name)) as JsonObject;
  edit(data);
  return JSON.stringify(data, null, 2);
}

/** Runs main on files held in memory (names are paths; a folder is every path under it). */
const run = (argv: string[], files: Record<string, string | Uint8Array>) => runCli(main, argv, files);

describe("validate: a teacher's mistakes, in French, with the file and the path of the field", () => {
  it("a JSON syntax error gives its line and column", async () => {
    const result = await run(["validate", "cours/casse.json"], { "cours/casse.json": '{\n  "schemaVersion": 1,\n  "title": \n}\n' });
    expect(result.status).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/^cours\/casse\.json\u00a0: JSON invalide \(ligne 4, colonne 1\)\u00a0: une valeur est attendue/)]);
    expect(result.out).toEqual(["✗ cours/casse.json", "0 scénario valide, 1 scénario invalide, 1 erreur"]);
  });

  it("a wrong type names the field: an amount written as a number", async () => {
    const text = edited("02-depassement-d-encours.json", (d) => {
      at(d, "customers", 0).creditLimit = 7000;
    });
    const result = await run(["validate", "type.json"], { "type.json": text });
    expect(result.status).toBe(1);
    expect(result.err).toEqual(['type.json\u00a0: customers[0].creditLimit\u00a0: montant à écrire entre guillemets, avec deux décimales\u00a0: écrivez "7000.00" (et non 7000)']);
  });

  it("a misspelt field is named at its own path, with the field it probably meant", async () => {
    const text = edited("02-depassement-d-encours.json", (d) => {
      const order = at(d, "order");
      order.recievedOn = order.receivedOn;
      delete order.receivedOn;
    });
    const result = await run(["validate", "faute.json"], { "faute.json": text });
    expect(result.status).toBe(1);
    expect(result.err).toContain("faute.json\u00a0: order.receivedOn\u00a0: champ obligatoire absent (un texte entre guillemets attendu)");
    expect(result.err).toContainEqual(expect.stringMatching(/^faute\.json\u00a0: order\.recievedOn\u00a0: champ inconnu\u00a0: vouliez-vous écrire «\u00a0receivedOn\u00a0»\u00a0\?/));
  });

  it("a dangling reference names the customer id or the invoice number", async () => {
    const customer = edited("02-depassement-d-encours.json", (d) => {
      at(d, "order", "customer").existingId = "C9999";
    });
    const invoice = edited("04-choisir-l-etape-de-relance.json", (d) => {
      at(d, "followUp").invoices = ["FA-2026-00999"];
    });
    const result = await run(["validate", "client.json", "facture.json"], { "client.json": customer, "facture.json": invoice });
    expect(result.status).toBe(1);
    expect(result.err).toEqual([
      "client.json\u00a0: order.customer.existingId\u00a0: le compte client «\u00a0C9999\u00a0» n'existe pas dans customers",
      "facture.json\u00a0: followUp.invoices[0]\u00a0: la facture «\u00a0FA-2026-00999\u00a0» n'existe pas dans ledger.openInvoices",
    ]);
    expect(result.out.at(-1)).toBe("0 scénario valide, 2 scénarios invalides, 2 erreurs");
  });

  it("a stage without its data is named by its place in stages", async () => {
    const text = edited("04-choisir-l-etape-de-relance.json", (d) => {
      d.stages = ["invoiceControl", "paymentFollowUp"];
    });
    const result = await run(["validate", "etape.json"], { "etape.json": text });
    expect(result.status).toBe(1);
    expect(result.err).toEqual([
      "etape.json\u00a0: stages[0]\u00a0: l'étape «\u00a0invoiceControl\u00a0» demande la facture à contrôler (invoiceControl), absente du fichier, et aucune étape de facturation ne la fournit",
    ]);
  });

  it("the engine's rules: a stage the answer key cannot reach is refused, with the reason", async () => {
    const text = edited("09-client-insolvable-refuse.json", (d) => {
      d.stages = ["orderIntake", "orderProcessing"];
    });
    const result = await run(["validate", "refus.json"], { "refus.json": text });
    expect(result.status).toBe(1);
    expect(result.err).toEqual([
      expect.stringMatching(/^refus\.json\u00a0: stages\[1\]\u00a0: l'étape «\u00a0Traitement de la commande\u00a0» n'est pas atteinte par le corrigé du moteur\u00a0: la commande a été refusée/),
    ]);
  });

  it("the engine's rules: a new customer the order does not describe well enough to open the account", async () => {
    const text = edited("01-nouveau-client-par-telephone.json", (d) => {
      delete at(d, "order", "customer", "newCustomer").contact;
    });
    const result = await run(["validate", "compte.json"], { "compte.json": text });
    expect(result.status).toBe(1);
    expect(result.err).toEqual([
      expect.stringMatching(/^compte\.json\u00a0: order\.customer\.newCustomer\u00a0: le moteur ne parvient pas à jouer ce scénario\u00a0: la commande ne donne pas de quoi créer le compte \(contact\.name\u00a0: le nom de l'interlocuteur est obligatoire/),
    ]);
  });

  it("the engine's rules: a teacher's note keyed on a decision point the scenario does not have", async () => {
    const text = edited("02-depassement-d-encours.json", (d) => {
      at(d, "notes", "explanations")["intake.credt"] = "Explication égarée.";
    });
    const result = await run(["validate", "note.json"], { "note.json": text });
    expect(result.status).toBe(1);
    expect(result.err).toEqual(["note.json\u00a0: notes.explanations.intake.credt\u00a0: aucun point de décision «\u00a0intake.credt\u00a0» dans ce scénario\u00a0: ceux de cette étape sont «\u00a0intake.account\u00a0», «\u00a0intake.solvency\u00a0», «\u00a0intake.credit\u00a0», «\u00a0intake.conditions\u00a0», «\u00a0intake.elements\u00a0», «\u00a0intake.stock\u00a0», «\u00a0intake.deposit\u00a0», «\u00a0intake.decision\u00a0»"]);
  });

  it("a valid file exits 0; a folder contributes its scenarios, not their schema or recorded actions", async () => {
    const result = await run(["validate", "lot"], {
      "lot/02-depassement-d-encours.json": bundled("02-depassement-d-encours.json"),
      "lot/02-depassement-d-encours.actions.json": "[]",
      "lot/scenario.schema.json": "{}",
      "lot/notes.txt": "rien",
    });
    expect(result.err).toEqual([]);
    expect(result.out).toEqual(["✓ lot/02-depassement-d-encours.json", "1 scénario valide, 0 erreur"]);
    expect(result.status).toBe(0);
  });

  it("a warning is printed as «\u00a0avertissement\u00a0» and does not fail the file", async () => {
    const text = edited("04-choisir-l-etape-de-relance.json", (d) => {
      at(d, "company", "policies").defaultPaymentTerms = { kind: "daysFromInvoice", days: 90 };
    });
    const result = await run(["validate", "delai.json"], { "delai.json": text });
    expect(result.err).toEqual([
      "delai.json\u00a0: company.policies.defaultPaymentTerms\u00a0: avertissement\u00a0: 90 jours date de facture\u00a0: non conforme, 30 jours de plus que le maximum légal de 60 jours à compter de la date de facture (C. com. L441-10). Ramener le délai à 60 jours date de facture au plus, ou à 45 jours fin de mois si le contrat le stipule expressément. Si le scénario l'enseigne, gardez-le\u00a0: l'élève doit le relever.",
    ]);
    expect(result.out).toEqual(["✓ delai.json", "1 scénario valide, 0 erreur, 1 avertissement"]);
    expect(result.status).toBe(0);
  });

  it("an unreadable file is reported and the others are still checked", async () => {
    const result = await run(["validate", "absent.json", "ok.json"], { "ok.json": bundled("04-choisir-l-etape-de-relance.json") });
    expect(result.status).toBe(1);
    expect(result.err).toEqual(["absent.json\u00a0: fichier illisible (introuvable)"]);
    expect(result.out.at(-1)).toBe("1 scénario valide, 1 scénario invalide, 1 erreur");
  });

  // The one place of the suite where each bundled block of variants plays its 200 seeds (27 blocks: 5 400 plays);
  // scripts/variants.test.ts holds the blocks to their other promises.
  it("every bundled scenario validates (the real folder), each block of variants on its 200 seeds", { timeout: 120_000 }, async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { ...nodeIo(root), out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
    const status = await main(["validate", join(root, "scenarios")], io);
    expect(err).toEqual([]);
    const names = bundledNames();
    const varying = names.filter((name) => variantsBlockOf(JSON.parse(bundled(name))) !== undefined);
    expect(varying.length).toBeGreaterThan(20);
    expect(out).toEqual([
      ...names.map((name) => `✓ ${join(root, "scenarios", name)}${varying.includes(name) ? " (200 variantes vérifiées)" : ""}`),
      `${names.length} scénarios valides, 0 erreur`,
    ]);
    expect(status).toBe(0);
  });
});

/** "90 071 992 547 409,91 €": the largest amount the engine computes with, as the messages print it. */
const LARGEST = formatEuros(Number.MAX_SAFE_INTEGER);

describe("validate: figures the engine cannot compute with are refused at their field, with the limit (issue 10)", () => {
  async function issuesOf(name: string, edit: (data: JsonObject) => void): Promise<string[]> {
    const result = await run(["validate", "limite.json"], { "limite.json": edited(name, edit) });
    expect(result.status).toBe(1);
    expect(result.out).toEqual(["✗ limite.json", expect.stringMatching(/^0 scénario valide, 1 scénario invalide, \d+ erreurs?$/)]);
    return result.err;
  }

  it("an opening invoice line whose total overflows: the line, its figures and the largest amount", async () => {
    const err = await issuesOf("04-choisir-l-etape-de-relance.json", (d) => {
      Object.assign(at(d, "ledger", "openInvoices", 0, "lines", 1), { unitPrice: "9007199254740.99", quantity: 1000 });
    });
    expect(err).toEqual([`limite.json\u00a0: ledger.openInvoices[0].lines[1]\u00a0: le total de la ligne (1\u202f000 × 9\u202f007\u202f199\u202f254\u202f740,99\u00a0€) dépasse ${LARGEST}, le plus grand montant que le moteur calcule`]);
  });

  it("an opening invoice already paid, whose total overflows: refused at its line, not an internal error", async () => {
    const err = await issuesOf("04-choisir-l-etape-de-relance.json", (d) => {
      Object.assign(at(d, "ledger", "openInvoices", 0), { paid: "100.00" });
      Object.assign(at(d, "ledger", "openInvoices", 0, "lines", 0), { unitPrice: "9007199254740.99", quantity: 1000 });
    });
    expect(err).toEqual([expect.stringMatching(/^limite\.json\u00a0: ledger\.openInvoices\[0\]\.lines\[0\]\u00a0: le total de la ligne \(1\u202f000 × /)]);
  });

  it("an accepted order, the incoming order at the catalogue's price, its shipping: each named", async () => {
    const accepted = await issuesOf("02-depassement-d-encours.json", (d) => {
      Object.assign(at(d, "ledger", "acceptedOrders", 0, "lines", 0), { unitPrice: "9007199254740.99", quantity: 1000 });
    });
    expect(accepted).toEqual([expect.stringMatching(/^limite\.json\u00a0: ledger\.acceptedOrders\[0\]\.lines\[0\]\u00a0: le total de la ligne \(1\u202f000 × 9\u202f007/)]);
    const catalogue = await issuesOf("02-depassement-d-encours.json", (d) => {
      const reference = at(d, "order", "lines", 1).reference;
      Object.assign((d.products as JsonObject[]).find((p) => p.reference === reference) ?? {}, { unitPrice: "90071992547409.91" });
    });
    expect(catalogue).toEqual([`limite.json\u00a0: order.lines[1]\u00a0: le total de la ligne (10 × ${LARGEST}) dépasse ${LARGEST}, le plus grand montant que le moteur calcule`]);
    const shipping = await issuesOf("05-chaine-complete-livraison-partielle-acompte.json", (d) => {
      at(d, "order").shipping = "90071992547409.91";
    });
    expect(shipping).toEqual([`limite.json\u00a0: order.shipping\u00a0: avec le port, le total TTC de la commande reçue dépasse ${LARGEST}, le plus grand montant que le moteur calcule`]);
  });

  it("documents each within the limit whose sum, the outstanding, is not: named at the one that crosses it", async () => {
    const err = await issuesOf("02-depassement-d-encours.json", (d) => {
      Object.assign(at(d, "ledger", "openInvoices", 0, "lines", 0), { unitPrice: "50000000000000.00", quantity: 1 });
      Object.assign(at(d, "ledger", "acceptedOrders", 0, "lines", 0), { unitPrice: "50000000000000.00", quantity: 1 });
    });
    expect(err).toEqual([expect.stringMatching(/^limite\.json\u00a0: ledger\.acceptedOrders\[0\]\.lines\u00a0: avec les documents qui le précèdent dans le fichier, le total TTC de la commande .* porte l'encours au-delà de /)]);
  });

  it("a rate with five decimals: the engine counts rates to four", async () => {
    const err = await issuesOf("04-choisir-l-etape-de-relance.json", (d) => {
      at(d, "company", "policies").latePenaltyRate = 12.12345;
    });
    expect(err).toEqual(["limite.json\u00a0: company.policies.latePenaltyRate\u00a0: un taux a au plus quatre décimales, par exemple 12.1234"]);
  });

  it("a day count of a billion: terms, delays and lead times go up to ten years", async () => {
    const err = await issuesOf("05-chaine-complete-livraison-partielle-acompte.json", (d) => {
      at(d, "customers", 0).paymentTerms = { kind: "daysFromInvoice", days: 1e9 };
      at(d, "products", 0).leadTimeDays = 1e9;
      at(d, "company", "policies").dunning = { reminder1AfterDueDays: 3651 };
    });
    expect(err).toEqual([
      "limite.json\u00a0: company.policies.dunning.reminder1AfterDueDays\u00a0: au plus 3 650 jours (dix ans)",
      "limite.json\u00a0: customers[0].paymentTerms.days\u00a0: au plus 3 650 jours (dix ans)",
      "limite.json\u00a0: products[0].leadTimeDays\u00a0: au plus 3 650 jours (dix ans)",
    ]);
  });

  it("a payment of 0,00\u00a0€ is refused at its field, not left for the follow-up to stall on", async () => {
    const err = await issuesOf("12-mise-en-demeure-et-injonction-de-payer.json", (d) => {
      at(d, "events", 0).amount = "0.00";
    });
    expect(err).toEqual(["limite.json\u00a0: events[0].amount\u00a0: montant strictement positif attendu\u00a0: un règlement ou un avoir de 0,00\u00a0€ n'en est pas un"]);
  });

  it("the figures printed on an invoice to control may be wrong, but stay within what the engine counts", async () => {
    const err = await issuesOf("03-mentions-manquantes.json", (d) => {
      at(d, "invoiceControl", "invoice", "lines", 0).quantity = 1e15;
      at(d, "invoiceControl", "invoice", "lines", 0).vatRate = 196;
    });
    expect(err).toEqual([
      "limite.json\u00a0: invoiceControl.invoice.lines[0].quantity\u00a0: au plus 1 000 000 unités par ligne",
      "limite.json\u00a0: invoiceControl.invoice.lines[0].vatRate\u00a0: un taux ne peut pas dépasser 100",
    ]);
  });

  it("a date in year 9999 or 0001: dates go from 2000 to 2100", async () => {
    const err = await issuesOf("05-chaine-complete-livraison-partielle-acompte.json", (d) => {
      at(d, "order").requestedDeliveryDate = "9999-12-31";
      at(d, "clock").start = "0001-01-01";
    });
    const outside = "date hors de la période permise\u00a0: entre 2000-01-01 et 2100-12-31, le moteur y calcule échéances, relances et taux";
    expect(err).toEqual([`limite.json\u00a0: clock.start\u00a0: ${outside}`, `limite.json\u00a0: order.requestedDeliveryDate\u00a0: ${outside}`]);
  });
});

describe("validate: one file the engine fails on never stops the others (issue 10)", () => {
  it("checks every file, each with its mark and issues, then prints the summary and exits 1", async () => {
    const failing = edited("01-nouveau-client-par-telephone.json", (d) => {
      delete at(d, "order", "customer", "newCustomer").contact;
    });
    const result = await run(["validate", "a.json", "b.json"], { "a.json": failing, "b.json": bundled("02-depassement-d-encours.json") });
    expect(result.status).toBe(1);
    expect(result.out).toEqual(["✗ a.json", "✓ b.json", "1 scénario valide, 1 scénario invalide, 1 erreur"]);
    expect(result.err).toEqual([expect.stringMatching(/^a\.json\u00a0: order\.customer\.newCustomer\u00a0: le moteur ne parvient pas à jouer ce scénario\u00a0: /)]);
  });

  it("an error that is not a rule of the engine is an internal error of that file, counted, and the next file is checked", async () => {
    const files: Record<string, string> = { "b.json": bundled("02-depassement-d-encours.json") };
    const out: string[] = [];
    const err: string[] = [];
    const io: ScenarioCliIo = {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      readFile: async (path) => files[path] ?? "",
      readBytes: async (path) => {
        if (path === "a.json") throw new TypeError("lecture impossible");
        return new TextEncoder().encode(files[path] ?? "");
      },
      writeFile: async () => undefined,
      listFiles: async () => [],
      isDirectory: async () => false,
      root: "/projet",
    };
    expect(await main(["validate", "a.json", "b.json"], io)).toBe(1);
    expect(out).toEqual(["✗ a.json", "✓ b.json", "1 scénario valide, 1 scénario invalide, 1 erreur"]);
    expect(err).toEqual(["a.json\u00a0: erreur interne du moteur sur ce fichier\u00a0: lecture impossible"]);
  });

  it("an engine failure on a field of the engine's own documents does not pass it off as the file's field", () => {
    const internal = new DomainError("money.overflow", "lines[0]\u00a0: ligne 1, montant hors limites.", "lines[0]");
    expect(engineFailure(internal, "a.json")).toEqual({ file: "a.json", path: "", message: "le moteur ne parvient pas à jouer ce scénario (calcul de «\u00a0lines[0]\u00a0»)\u00a0: ligne 1, montant hors limites." });
    const ofTheFile = new DomainError("customer.incomplete", "order.customer.newCustomer\u00a0: il manque le contact.", "order.customer.newCustomer");
    expect(engineFailure(ofTheFile, "a.json")).toEqual({ file: "a.json", path: "order.customer.newCustomer", message: "le moteur ne parvient pas à jouer ce scénario\u00a0: il manque le contact." });
  });
});

describe("solve: the answer key, readable by a teacher", () => {
  it("prints each decision point with the expected answer, the figures and the score", async () => {
    const result = await run(["solve", "02.json"], { "02.json": bundled("02-depassement-d-encours.json") });
    expect(result.status).toBe(0);
    const text = result.out.join("\n");
    expect(result.out[0]).toBe("Corrigé du moteur — Une commande de papier d'une cliente fidèle (02.json)");
    expect(text).toContain("== Étape 1 — Contrôle de la commande ==");
    expect(text).toContain("▸ 3. Encours et plafond [intake.credit] — 09/03/2026");
    expect(text).toContain(`Réponse attendue : Plafond dépassé (encours ${formatEuros(420000)}, commande ${formatEuros(114000)})`);
    expect(text).toContain(`+ commande ${formatEuros(114000)} = ${formatEuros(534000)} > plafond ${formatEuros(500000)}\u00a0: dépassement de ${formatEuros(34000)}.`);
    expect(text).toContain(`Réponse attendue : Acompte de ${formatEuros(34000)} TTC exigé`);
    expect(text).toContain("Réponse attendue : Accepter sous conditions");
    expect(text).toContain("Commentaire de l'enseignant : Le piège\u00a0: les factures non réglées");
    expect(result.out.at(-1)).toBe("Score total : 16 / 16 points (100 %)");
  });

  it("refuses an invalid scenario with its issues", async () => {
    const result = await run(["solve", "casse.json"], { "casse.json": "{" });
    expect(result.status).toBe(1);
    expect(result.err[0]).toMatch(/^casse\.json\u00a0: JSON invalide \(ligne 1, colonne 2\)/);
  });
});

describe("replay: a learner's recorded events, their trace and their score", () => {
  const scenario = bundled("02-depassement-d-encours.json");
  const actions = bundled("02-depassement-d-encours.actions.json");

  it("prints each decision with the answer, the expected one, ✓/✗, the explanation and the points; reports a refused event", async () => {
    const result = await run(["replay", "02.json", "copie.actions.json"], { "02.json": scenario, "copie.actions.json": actions });
    const text = result.out.join("\n");
    expect(text).toContain("#1 ✓ 09/03/2026 — 1. Compte client\u00a0: le trouver ou le créer [intake.account]");
    expect(text).toContain("#3 ✗ 09/03/2026 — 3. Encours et plafond [intake.credit]");
    expect(text).toContain(`   Réponse : Plafond respecté (encours ${formatEuros(240000)}, commande ${formatEuros(114000)})`);
    expect(text).toContain(`   Attendu : Plafond dépassé (encours ${formatEuros(420000)}, commande ${formatEuros(114000)})`);
    expect(text).toContain("les commandes acceptées non facturées");
    expect(text).toContain("   Points : 0 / 2 (1 indice)");
    // Scored in parts (0094): the order TTC was right (0,5), but the hint costs 1 point.
    expect(text).toContain("   Détail : ✗ Verdict 0 / 1 ; ✗ Encours du client 0 / 0,5 ; ✓ Montant TTC de la commande 0,5 / 0,5");
    expect(text).toContain("Score de l'étape : 10 / 16 points (63 %, 1 indice)");
    expect(result.out.at(-1)).toBe("Score total : 10 / 16 points (63 %, 1 indice)");
    expect(result.err).toEqual(["copie.actions.json : events[6] : événement « learner.decided » refusé : action «\u00a0learner.decided\u00a0» impossible à ce moment de l'étape «\u00a0orderIntake\u00a0»."]);
    expect(result.status).toBe(1);
  });

  it("a recording of the answer key replays with full marks and exits 0", async () => {
    const checked = checkScenarioText(scenario, "02.json");
    if (!checked.ok) throw new Error("scénario invalide");
    const events = solveScenario(checked.scenario).events;
    const result = await run(["replay", "02.json", "cle.actions.json"], { "02.json": scenario, "cle.actions.json": JSON.stringify(events) });
    expect(result.err).toEqual([]);
    expect(result.out.at(-1)).toBe("Score total : 16 / 16 points (100 %)");
    expect(result.status).toBe(0);
  });

  it("a recording stopped halfway shows the decisions of the unfinished stage and says so", async () => {
    const firstThree = JSON.stringify((JSON.parse(actions) as { events: unknown[] }).events.slice(0, 4));
    const result = await run(["replay", "02.json", "debut.actions.json"], { "02.json": scenario, "debut.actions.json": firstThree });
    const text = result.out.join("\n");
    expect(text).toContain("#3 ✗ 09/03/2026 — 3. Encours et plafond [intake.credit]");
    expect(text).toContain("Score de l'étape : 4 / 6 points (67 %, 1 indice)");
    expect(result.out.at(-1)).toBe("Parcours inachevé : l'étape «\u00a0orderIntake\u00a0» n'est pas terminée.");
    expect(result.status).toBe(0);
  });

  it("says what is wrong with a malformed recording", async () => {
    const result = await run(["replay", "02.json", "x.actions.json"], { "02.json": scenario, "x.actions.json": '{"events": [{"typ": "learner.decided"}]}' });
    expect(result.status).toBe(1);
    expect(result.err).toEqual(["x.actions.json : events[0] : un événement est un objet avec un champ « type » (par exemple « learner.creditChecked »)"]);
    expect(readActions("[1,").ok).toBe(false);
  });
});

describe("schema: the JSON Schema for editors", () => {
  it("the committed scenarios/scenario.schema.json is the one generated from domain/scenario.ts", () => {
    expect(readFileSync(join(root, SCHEMA_FILE), "utf8")).toBe(generatedSchemaText());
  });

  it("writes the schema, and --check fails on a stale one", async () => {
    const written = await run(["schema"], {});
    expect(written.status).toBe(0);
    expect(written.written.get(join("/projet", SCHEMA_FILE))).toBe(generatedSchemaText());
    const stale = await run(["schema", "--check"], { [join("/projet", SCHEMA_FILE)]: "{}\n" });
    expect(stale.status).toBe(1);
    expect(stale.err[0]).toMatch(/n'est plus à jour : lancez « npm run scenario -- schema »/);
  });
});

describe("the command line itself", () => {
  it("prints its usage: exit 2 without a command or with an unknown one", async () => {
    expect((await run([], {})).status).toBe(2);
    const unknown = await run(["valider", "x.json"], {});
    expect(unknown.status).toBe(2);
    expect(unknown.err[0]).toBe("Erreur : commande « valider » inconnue.");
  });

  it("writes French counts: zero and one in the singular", () => {
    expect([countFr(0, "erreur"), countFr(1, "erreur"), countFr(2, "erreur")]).toEqual(["0 erreur", "1 erreur", "2 erreurs"]);
  });

  it("as a real process: validate on a broken file exits 1 with the message on stderr", () => {
    const folder = mkdtempSync(join(tmpdir(), "scenario-"));
    const file = join(folder, "casse.json");
    writeFileSync(file, edited("02-depassement-d-encours.json", (d) => (at(d, "customers", 0).creditLimt = "1.00")));
    const child = spawnSync("npx", ["tsx", "scripts/scenario.ts", "validate", file], { cwd: root, encoding: "utf8" });
    expect(child.stderr).toContain(`${file}\u00a0: customers[0].creditLimt\u00a0: champ inconnu\u00a0: vouliez-vous écrire «\u00a0creditLimit\u00a0»\u00a0?`);
    expect(child.stdout).toContain("0 scénario valide, 1 scénario invalide, 1 erreur");
    expect(child.status).toBe(1);
  }, 30_000);
});

describe("encoding and characters: the command line reads bytes (issue 10)", () => {
  /** A text saved in Windows-1252: one byte per character, « é » is E9 (every character here is below U+0100). */
  const windows1252 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
  const latin = windows1252('{\n  "schemaVersion": 1,\n  "title": "Relance d\'une facture échue"\n}\n');
  const notUtf8 = "latin.json\u00a0: le fichier n'est pas en UTF-8 (octet invalide ligne 3)\u00a0: enregistrez-le en UTF-8 (dans l'éditeur\u00a0: «\u00a0Enregistrer sous… › Encodage\u00a0: UTF-8\u00a0»)";

  it("validate refuses a file that is not UTF-8, with the line and how to save it, and checks the next file", async () => {
    const result = await run(["validate", "latin.json", "ok.json"], { "latin.json": latin, "ok.json": bundled("04-choisir-l-etape-de-relance.json") });
    expect(result.status).toBe(1);
    expect(result.err).toEqual([notUtf8]);
    expect(result.out).toEqual(["✗ latin.json", "✓ ok.json", "1 scénario valide, 1 scénario invalide, 1 erreur"]);
  });

  it("replay refuses it too, before reading the actions", async () => {
    const result = await run(["replay", "latin.json", "absent.actions.json"], { "latin.json": latin });
    expect(result.status).toBe(1);
    expect(result.err).toEqual([notUtf8]);
  });

  it("solve never prints a control character: the scenario is refused at its field", async () => {
    const text = edited("02-depassement-d-encours.json", (d) => (d.title = "Dépassement\u001b[2J"));
    const result = await run(["solve", "ctrl.json"], { "ctrl.json": text });
    expect(result.status).toBe(1);
    expect(result.err).toEqual(["ctrl.json\u00a0: title\u00a0: caractère de contrôle U+001B interdit dans un texte"]);
    expect(result.out).toEqual([]);
  });

  it("as a real process: a Windows-1252 file is refused, not loaded with «\u00a0�\u00a0»", () => {
    const folder = mkdtempSync(join(tmpdir(), "scenario-"));
    const file = join(folder, "latin.json");
    writeFileSync(file, latin);
    const child = spawnSync("npx", ["tsx", "scripts/scenario.ts", "validate", file], { cwd: root, encoding: "utf8" });
    expect(child.stderr).toBe(`${notUtf8.replace("latin.json", file)}\n`);
    expect(child.status).toBe(1);
  }, 30_000);
});
