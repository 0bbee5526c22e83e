import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Scenario } from "@/domain";
import { parseScenario } from "@/domain/scenarioLoad";
import { notionsPractisedBy } from "./notions";

function bundled(name: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), "utf8")), name);
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => `${issue.path} : ${issue.message}`).join("\n"));
  return parsed.scenario;
}

describe("the notions a scenario practises", () => {
  it("are the seven checks of the order intake and the decision, for a scenario of stage 1 alone", () => {
    expect(notionsPractisedBy(bundled("02-depassement-d-encours.json"))).toEqual([
      "intakeOrder",
      "customerAccount",
      "solvency",
      "creditLimit",
      "specialConditions",
      "orderElements",
      "stockOrLeadTime",
      "deposit",
    ]);
  });

  it("follow the decisions the key takes and the situations it meets: a partial payment, a dispute, the registered letter and its penalties", () => {
    expect(notionsPractisedBy(bundled("08-reglement-partiel-et-litige.json"))).toEqual(["followUpObjectives", "dueDate", "reminders", "registeredLetter", "latePenalties", "disputes"]);
  });

  it("come in the course's order, each once, across the stages of a chained scenario", () => {
    expect(notionsPractisedBy(bundled("06-facture-et-avoir.json"))).toEqual([
      "intakeOrder",
      "customerAccount",
      "solvency",
      "creditLimit",
      "specialConditions",
      "orderElements",
      "stockOrLeadTime",
      "deposit",
      "orderRecording",
      "orderAcknowledgement",
      "salesDocuments",
      "orderFollowUp",
      "invoiceObligation",
      "invoiceNumber",
      "invoiceIntangible",
      "creditNote",
      "invoiceCopies",
      "documentChain",
      "electronicInvoicing",
      "invoiceCascade",
      "vatRates",
    ]);
  });

  it("name the mentions the law adds when the missing mentions are beyond the course's seven, and the mentions read to find them", () => {
    expect(notionsPractisedBy(bundled("07-controle-facture-reforme-grande-entreprise.json"))).toEqual(["mandatoryMentions", "legalMentions"]);
  });
});
