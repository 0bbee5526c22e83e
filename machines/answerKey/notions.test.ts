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

  it("follow the decisions the key takes: a partial payment and a dispute add the objectives and the disputes to the ladder", () => {
    expect(notionsPractisedBy(bundled("08-reglement-partiel-et-litige.json"))).toEqual(["followUpObjectives", "dueDate", "reminders", "disputes"]);
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
      "creditNote",
      "documentChain",
      "electronicInvoicing",
      "invoiceCascade",
      "vatRates",
    ]);
  });

  it("name only the mentions the law adds when every missing mention is beyond the course's seven", () => {
    expect(notionsPractisedBy(bundled("07-controle-facture-reforme-grande-entreprise.json"))).toEqual(["legalMentions"]);
  });
});
