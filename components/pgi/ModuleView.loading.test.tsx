// @vitest-environment jsdom
/**
 * A screen of the PGI whose chunk has not arrived yet (docs/decisions/0148): its own file, so that
 * no other test has fetched the screens before (each test file has its own modules).
 */
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { openingLedger } from "@/domain";
import { courseControlScenario } from "@/machines/testing/controlFixtures";
import { ModuleView } from "./ModuleView";

afterEach(cleanup);

describe("a PGI screen fetched when it opens", () => {
  it("keeps its heading, says « Chargement… » until its chunk is there, then shows the screen; the mail comes with the page", async () => {
    const scenario = courseControlScenario();
    const data = { scenario, ledger: openingLedger(scenario), today: scenario.clock.start, carried: {}, stage: scenario.stages[0] };
    const { rerender } = render(<ModuleView module="customers" data={data} />);
    expect(screen.getByRole("heading", { level: 2, name: "Clients" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Chargement…");
    expect(await screen.findByRole("searchbox")).toBeInTheDocument();
    expect(screen.queryByText("Chargement…")).toBeNull();
    rerender(<ModuleView module="mail" data={data} />);
    expect(screen.getByRole("heading", { level: 2, name: "Courrier reçu" })).toBeInTheDocument();
    expect(screen.queryByText("Chargement…")).toBeNull();
  });
});
