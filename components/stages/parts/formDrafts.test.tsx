// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { draftsText } from "@/store/formDrafts";
import { CreditForm } from "../intake/SimpleChecks";
import type { CheckFormProps } from "../intake/types";
import { clearGameDrafts, DraftScope } from "./formDrafts";

const KEY = "atelier-grc.brouillons";

// The order and ledger are not read by the credit form: only the fields the learner types.
const unread = {} as Pick<CheckFormProps, "order" | "ledger" | "policies">;

function showCreditForm(gameKey: string | null, send: CheckFormProps["send"] = vi.fn()) {
  return render(
    <DraftScope gameKey={gameKey}>
      <CreditForm idPrefix="credit" can={() => true} send={send} {...unread} />
    </DraftScope>,
  );
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(new RegExp(`^${label}`));
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
/** What the browser does when the learner reloads: the page is left, pending drafts are written. */
const leavePage = () => window.dispatchEvent(new Event("pagehide"));
/** A reload: the page is left, then the form is drawn again from what the browser kept. */
function reload(gameKey: string | null, send?: CheckFormProps["send"]) {
  leavePage();
  cleanup();
  return showCreditForm(gameKey, send);
}

beforeAll(() => {
  // A book written by another version of the form: a number where a text is expected, a verdict that does not exist.
  localStorage.setItem(KEY, draftsText({ abime: { "intake.credit": { outstanding: 42, verdict: "peut-être", orderTotal: "3 000,00" } } }));
});
afterEach(cleanup);

describe("the draft of a stage form", () => {
  it("ignores a kept value of the wrong shape and keeps the field empty, without crashing", () => {
    showCreditForm("abime");
    expect(field("Encours du client").value).toBe("");
    expect(screen.getByRole("radio", { name: /Plafond respecté/ })).not.toBeChecked();
    expect(field("Montant TTC de la commande").value).toBe("3 000,00");
  });

  it("gives back what was typed after a reload, and never sends it by itself", () => {
    const send = vi.fn();
    showCreditForm("depassement-d-encours", send);
    fireEvent.click(screen.getByRole("radio", { name: /Plafond dépassé/ }));
    type("Encours du client", "12 800,00");
    reload("depassement-d-encours", send);
    expect(field("Encours du client").value).toBe("12 800,00");
    expect(screen.getByRole("radio", { name: /Plafond dépassé/ })).toBeChecked();
    expect(field("Montant TTC de la commande").value).toBe("");
    expect(send).not.toHaveBeenCalled();
  });

  it("forgets the draft once the answer is sent: the fields are empty after a reload", () => {
    const send = vi.fn();
    showCreditForm("envoi", send);
    fireEvent.click(screen.getByRole("radio", { name: /Plafond dépassé/ }));
    type("Encours du client", "12 800,00");
    type("Montant TTC de la commande", "3 600,00");
    fireEvent.click(screen.getByRole("button", { name: "Valider le contrôle de l'encours" }));
    expect(send).toHaveBeenCalledWith({ type: "learner.creditChecked", verdict: "overLimit", outstandingCents: 1_280_000, orderTotalCents: 360_000 });
    reload("envoi");
    expect(field("Encours du client").value).toBe("");
    expect(localStorage.getItem(KEY)).not.toContain("envoi");
  });

  it("forgets every form of a game started again, and keeps the other games'", () => {
    showCreditForm("recommencee");
    type("Encours du client", "500,00");
    leavePage();
    clearGameDrafts("recommencee");
    reload("recommencee");
    expect(field("Encours du client").value).toBe("");
    expect(localStorage.getItem(KEY)).toContain("12 800,00");
  });

  it("keeps nothing for a game nothing saves (a teacher's preview)", () => {
    showCreditForm(null);
    type("Encours du client", "900,00");
    reload(null);
    expect(field("Encours du client").value).toBe("");
    expect(localStorage.getItem(KEY)).not.toContain("900,00");
  });
});
