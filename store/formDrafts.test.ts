import { describe, expect, it } from "vitest";
import { safeStorage } from "./browserStorage";
import { createDraftBook, draftsText, parseDrafts } from "./formDrafts";

/** A storage in memory, and the writes left for the browser's idle time, run by the test when it says so. */
function bookOver(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage = safeStorage(() => ({
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  }));
  const scheduled: (() => void)[] = [];
  const book = createDraftBook(storage, "atelier-grc.brouillons", (work) => scheduled.push(work));
  const idle = () => scheduled.splice(0).forEach((work) => work());
  return { book, data, scheduled, idle };
}

describe("the drafts of the stage forms", () => {
  it("gathers the keystrokes and writes them once, when the browser is idle", () => {
    const { book, data, scheduled, idle } = bookOver();
    book.write("depassement-d-encours", "intake.credit", "outstanding", "12");
    book.write("depassement-d-encours", "intake.credit", "outstanding", "12 8");
    book.write("depassement-d-encours", "intake.credit", "outstanding", "12 800,00");
    expect(scheduled).toHaveLength(1);
    expect(data.size).toBe(0);
    idle();
    expect(parseDrafts(data.get("atelier-grc.brouillons") ?? null)).toEqual({ "depassement-d-encours": { "intake.credit": { outstanding: "12 800,00" } } });
  });

  it("reads back what another page wrote, per game, form and field", () => {
    const text = draftsText({ "facture-et-avoir": { "invoicing.cascade.inv-1": { amounts: { netCommercial: "1 158,00" } } } });
    const { book } = bookOver({ "atelier-grc.brouillons": text });
    expect(book.read("facture-et-avoir", "invoicing.cascade.inv-1", "amounts")).toEqual({ netCommercial: "1 158,00" });
    expect(book.read("depassement-d-encours", "invoicing.cascade.inv-1", "amounts")).toBeUndefined();
  });

  it("forgets a form once its answer is sent, and the whole game when it starts again", () => {
    const { book, data, idle } = bookOver();
    book.write("g", "intake.credit", "outstanding", "100");
    book.write("g", "intake.deposit", "amount", "50");
    book.write("other", "intake.credit", "outstanding", "7");
    book.clearForm("g", "intake.credit");
    expect(book.read("g", "intake.credit", "outstanding")).toBeUndefined();
    expect(book.read("g", "intake.deposit", "amount")).toBe("50");
    book.clearGame("g");
    idle();
    expect(parseDrafts(data.get("atelier-grc.brouillons") ?? null)).toEqual({ other: { "intake.credit": { outstanding: "7" } } });
    book.clearGame("other");
    idle();
    expect(data.has("atelier-grc.brouillons")).toBe(false);
  });

  it("writes at once what is pending when the page is left", () => {
    const { book, data } = bookOver();
    book.write("g", "intake.decision", "reason", "Plafond dépassé");
    book.flush();
    expect(data.get("atelier-grc.brouillons")).toContain("Plafond dépassé");
  });

  it.each([
    ["du texte qui n'est pas du JSON", "{brouillon"],
    ["une autre version", JSON.stringify({ version: 99, games: { g: { f: { a: "1" } } } })],
    ["un tableau", "[1, 2]"],
    ["null", "null"],
  ])("ignores a stored book that is %s, without throwing", (_, text) => {
    const { book } = bookOver({ "atelier-grc.brouillons": text });
    expect(book.read("g", "f", "a")).toBeUndefined();
  });

  it("drops a damaged game alone and keeps the others", () => {
    const text = JSON.stringify({ version: 1, games: { broken: "texte", alsoBroken: { f: 3 }, kept: { f: { a: "1" } } } });
    expect(parseDrafts(text)).toEqual({ kept: { f: { a: "1" } } });
  });
});
