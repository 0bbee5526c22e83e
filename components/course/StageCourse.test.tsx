// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { computeInvoice, formatAmount, latePenalty, NOTION_IDS, NOTIONS, STAGE_IDS, type NotionId } from "@/domain";
import { COURSE_STAGE_SLUGS, NOTION_TITLES } from "@/components/ui/courseLinks";
import { CourseHome } from "./CourseHome";
import { notionsOf, type NotionPractice } from "./CourseParts";
import { StageCourse } from "./StageCourse";
import { CASCADE_INPUT, LATEST_PENALTY_RATE, PENALTY_EXAMPLE } from "./workedExamples";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

/** Every notion practised by no scenario, but the credit limit by two (the page receives what the catalogue computed). */
const PRACTICE: NotionPractice = {
  ...(Object.fromEntries(NOTION_IDS.map((notion) => [notion, []])) as unknown as Record<NotionId, []>),
  creditLimit: [
    { id: "depassement-d-encours", title: "Dépassement d'encours" },
    { id: "client-insolvable-refuse", title: "Client insolvable" },
  ],
};

/** The text as read, every kind of space as one. */
const read = (element: Element | null) => (element?.textContent ?? "").replace(/\s+/gu, " ");

/** The rows of a table: each row's cells' text. */
function rows(table: HTMLElement): string[][] {
  return [...table.querySelectorAll("tbody tr")].map((row) => [...row.children].map((cell) => read(cell).trim()));
}

describe("a stage's course page", () => {
  it.each(STAGE_IDS)("for %s gives every notion of the stage its section, heading and quiz link, in the course's order", (stage) => {
    window.history.replaceState(null, "", `/cours/${COURSE_STAGE_SLUGS[stage]}/`);
    const { container } = render(<StageCourse stage={stage} practice={PRACTICE} />);
    const expected = NOTION_IDS.filter((notion) => NOTIONS[notion].stage === stage);
    expect(notionsOf(stage)).toEqual(expected);
    expect([...container.querySelectorAll("section.course-notion")].map((section) => section.id)).toEqual(expected);
    for (const notion of expected) {
      const section = container.querySelector(`section[id="${notion}"]`) as HTMLElement;
      expect(within(section).getByRole("heading", { level: 2 }).textContent).toBe(NOTION_TITLES[notion]);
      const quizName = `quiz sur « ${NOTION_TITLES[notion]} »`.replace(/\s+/gu, " ");
      expect(within(section).getByRole("link", { name: (name) => name.replace(/\s+/gu, " ") === quizName })).toHaveAttribute("href", `../../quiz/notions/?n=${notion}`);
      // More than a heading: each notion is taught.
      expect(read(section).length).toBeGreaterThan(250);
    }
  });

  it("links a notion to the scenarios that practise it, on their player's page, and to its glossary entries", () => {
    window.history.replaceState(null, "", "/cours/controle-des-commandes/");
    const { container } = render(<StageCourse stage="orderIntake" practice={PRACTICE} />);
    const section = container.querySelector("#creditLimit") as HTMLElement;
    expect(within(section).getByRole("link", { name: "Dépassement d'encours" })).toHaveAttribute("href", "../../scenarios/depassement-d-encours/");
    expect(within(section).getByRole("link", { name: "Client insolvable" })).toHaveAttribute("href", "../../scenarios/client-insolvable-refuse/");
    expect(within(section).getByRole("link", { name: "Encours client" })).toHaveAttribute("href", "../../glossaire/#outstanding");
    expect(read(container.querySelector("#solvency .course-practice"))).toMatch(/aucun scénario livré ne l’exerce encore/u);
  });

  it("computes the credit check's example: 6 900,00 € of outstanding and a 2 160,00 € order pass an 8 000,00 € limit by 1 060,00 €", () => {
    const { container } = render(<StageCourse stage="orderIntake" practice={PRACTICE} />);
    const example = read(container.querySelector("#creditLimit .course-example"));
    expect(example).toContain("Encours 6 900,00 € (factures non réglées 6 000,00 € + commandes acceptées non facturées 900,00 €) + commande 2 160,00 € = 9 060,00 € > plafond 8 000,00 € : dépassement de 1 060,00 €.");
    expect(example).toContain("un acompte de 1 060,00 €");
  });

  it("shows the cascade's worked example as the engine computes it: 10 % then 5 % of 1 200,00 € is 1 026,00 €, 1 242,58 € to pay", () => {
    const { container } = render(<StageCourse stage="invoicing" practice={PRACTICE} />);
    const table = screen.getByRole("table", { name: "La cascade de l’exemple" });
    const engine = computeInvoice(CASCADE_INPUT);
    expect(rows(table)).toEqual(engine.steps.map((step) => [step.label, formatAmount(step.amountCents)].map((text) => text.replace(/\s+/gu, " "))));
    expect(rows(table).map(([, amount]) => amount)).toEqual(["1 200,00", "-120,00", "1 080,00", "-54,00", "1 026,00", "-20,52", "1 005,48", "30,00", "1 035,48", "207,10", "207,10", "1 242,58", "1 242,58"]);
    expect(read(container.querySelector("#invoiceCascade"))).toContain("10 % puis 5 % font 14,5 % du brut, pas 15 %");
    // Two rates: the net commercial of 950,00 € split pro rata of the gross, VAT per rate.
    expect(rows(screen.getByRole("table", { name: "La TVA par taux de l’exemple" }))).toEqual([
      ["20 %", "608,00", "121,60"],
      ["5,5 %", "342,00", "18,81"],
      ["Total", "950,00", "140,41"],
    ]);
  });

  it("shows the late penalty's worked example as the engine computes it, at the latest half-year's default rate", () => {
    const { container } = render(<StageCourse stage="paymentFollowUp" practice={PRACTICE} />);
    const example = read(container.querySelector("#latePenalties .course-example"));
    const engine = latePenalty({ amountInclTaxCents: 500_000, annualRatePercent: LATEST_PENALTY_RATE.ratePercent, dueDate: PENALTY_EXAMPLE.dueDate, paymentDate: PENALTY_EXAMPLE.paymentDate });
    expect(engine.penaltyCents).toBe(PENALTY_EXAMPLE.penalty.penaltyCents);
    expect(example).toContain("5 000,00 € × 12,15 % × 30 / 365 = 49,93 €");
    expect(example).toContain("49,93 € de pénalités et 40 € d’indemnité, soit 89,93 € en plus de la facture");
    expect(read(container.querySelector("#latePenalties"))).toContain("soit 12,15 % au 1er semestre 2026 (taux BCE 2,15 %)");
    expect(read(container.querySelector("#latePenalties"))).toContain("7,86 % au 1er semestre 2026 (3 × 2,62 %)");
  });

  it("says which legal interest a consumer owes from the formal notice: the « autres cas » rate, the creditor being the company (docs/decisions/0082)", () => {
    const { container } = render(<StageCourse stage="paymentFollowUp" practice={PRACTICE} />);
    const notice = read(container.querySelector("#formalNotice"));
    expect(notice).toContain("Le taux est celui des « autres cas » (2,62 % au 1er semestre 2026) : le taux dépend du créancier, et le créancier est l’entreprise");
    expect(notice).not.toContain("celui des particuliers");
  });

  it("lists the dunning ladder with the course's default delays", () => {
    const { container } = render(<StageCourse stage="paymentFollowUp" practice={PRACTICE} />);
    expect([...container.querySelectorAll("#reminders .course-ladder li")].map((item) => read(item))).toEqual([
      "Relance 1 (courtoise) : 10 jours après l'échéance",
      "Relance 2 (plus ferme) : 10 jours après la relance 1",
      "Relance 3 par lettre recommandée avec AR : 10 jours après la relance 2",
      "Mise en demeure : 8 jours après la relance 3 par LRAR",
      "Injonction de payer : 8 jours après la mise en demeure",
    ]);
  });

  it("lists the course's seven mentions in the course's order", () => {
    const { container } = render(<StageCourse stage="invoiceControl" practice={PRACTICE} />);
    expect([...container.querySelectorAll("#mandatoryMentions ol li")].map((item) => read(item))).toHaveLength(7);
    expect(read(container.querySelector("#mandatoryMentions ol li"))).toBe("Numéro unique de la facture (série chronologique et continue)");
  });
});

describe("the course's home", () => {
  it("introduces the course (the relationship, the PGI) and links the five stages' pages", () => {
    window.history.replaceState(null, "", "/cours/");
    const { container } = render(<CourseHome practice={PRACTICE} />);
    expect([...container.querySelectorAll("section.course-notion")].map((section) => section.id)).toEqual(["customerRelationship", "erp", "crm", "customerOrientedCompany", "cashFlow"]);
    const stages = within(container.querySelector(".course-stages") as HTMLElement).getAllByRole("link");
    expect(stages.map((link) => link.getAttribute("href"))).toEqual(["../cours/controle-des-commandes/", "../cours/traitement-des-commandes/", "../cours/facturation/", "../cours/controle-de-la-facture/", "../cours/suivi-des-reglements/"]);
  });
});
