// @vitest-environment jsdom
import { cleanup, fireEvent, getDefaultNormalizer, render, screen, within } from "@testing-library/react";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { glossaryEntry } from "@/domain";
import { GlossaryLinks } from "./GlossaryLinks";
import { loadGlossaryDefinitions } from "./glossaryDefinitions";

const route = vi.hoisted(() => ({ pathname: "/" }));
vi.mock(import("next/navigation"), async (original) => ({ ...(await original()), usePathname: () => route.pathname }));

const OUTSTANDING = glossaryEntry("outstanding");

beforeEach(() => {
  route.pathname = "/";
});
afterEach(cleanup);

describe("GlossaryLinks", () => {
  // First of the file: the definitions' chunk (glossaryDefinitions.ts) is not fetched yet.
  it("on the site, opens the definition in place from a link to its entry, with the way to the whole glossary; the definition says it is coming until its chunk is there", async () => {
    render(<GlossaryLinks ids={["outstanding"]} />);
    const term = screen.getByRole("link", { name: OUTSTANDING?.term });
    // Without script, or for a new tab, the link still leads to the entry of the glossary page.
    expect(term).toHaveAttribute("href", "./glossaire/#outstanding");
    expect(term).toHaveAttribute("aria-haspopup", "dialog");
    expect(fireEvent.click(term)).toBe(false);
    const dialog = screen.getByRole("dialog", { name: OUTSTANDING?.term });
    expect(within(dialog).getByRole("status")).toHaveTextContent("Chargement…");
    expect(await within(dialog).findByText(OUTSTANDING?.definition ?? "définition absente", { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) })).toBeInTheDocument();
    expect(within(dialog).queryByRole("status")).toBeNull();
    expect(within(dialog).getByRole("link", { name: "Voir tout le glossaire" })).toHaveAttribute("href", "./glossaire/#outstanding");
    fireEvent.click(within(dialog).getByRole("button", { name: "Fermer" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("leaves a click that asks for a new tab to the browser", () => {
    render(<GlossaryLinks ids={["outstanding"]} />);
    // Seen after the term's own handler, then stopped: the test page cannot navigate.
    let leftToBrowser = false;
    const seeDefault = (event: Event) => {
      leftToBrowser = !event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener("click", seeDefault);
    fireEvent.click(screen.getByRole("link", { name: OUTSTANDING?.term }), { ctrlKey: true });
    document.removeEventListener("click", seeDefault);
    expect(leftToBrowser).toBe(true);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("in an LMS package, where there is no glossary page, opens the definition in place with no link out, and closes it", async () => {
    await loadGlossaryDefinitions();
    route.pathname = "/~prof/paquet/activite/";
    render(<GlossaryLinks ids={["outstanding"]} />);
    expect(screen.queryByRole("link")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: OUTSTANDING?.term }));
    const dialog = screen.getByRole("dialog", { name: OUTSTANDING?.term });
    // Fetched before: the definition shows at once.
    expect(dialog.textContent).toContain(OUTSTANDING?.definition ?? "définition absente");
    expect(within(dialog).queryByRole("link")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Fermer" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});

/** The non-test source files of a folder, with their text. */
function sources(folder: string, extensions: readonly string[]): { file: string; text: string }[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => extensions.some((extension) => file.endsWith(extension)) && !/\.test\.tsx?$/u.test(file))
    .map((file) => ({ file: join(folder, file), text: readFileSync(join(folder, file), "utf8") }));
}

/** The quoted identifiers of a literal: `["outstanding", "creditLimit"]` or `"reminder"`. */
const quoted = (literal: string) => [...literal.matchAll(/"([^"]+)"/gu)].map((match) => match[1] ?? "");

/**
 * Every glossary id written in the code and in the bundled content: `<Term id="…">`, the
 * `glossary` lists of the judgements and of the quiz questions, a fine's `glossaryId`, the
 * vocabularies' `…_GLOSSARY` tables and the control's glossary by area.
 */
function glossaryIdsInSources(): { file: string; id: string }[] {
  const files = [...["components", "domain", "machines", "app"].flatMap((folder) => sources(folder, [".ts", ".tsx"])), ...["scenarios", "quizzes"].flatMap((folder) => sources(folder, [".json"]))];
  return files.flatMap(({ file, text }) => {
    const literals = [
      ...[...text.matchAll(/<Term id="([^"]+)"/gu)].map((match) => `"${match[1] ?? ""}"`),
      ...[...text.matchAll(/"?glossary(?:Id)?"?\??\s*:\s*(\[[^\]]*\]|"[^"]*")/gu)].map((match) => match[1] ?? ""),
      ...[...text.matchAll(/_GLOSSARY\b[^=]*=\s*\{([\s\S]*?)\n\};/gu)].flatMap((table) => [...(table[1] ?? "").matchAll(/:\s*(\[[^\]]*\]|"[^"]*")/gu)].map((match) => match[1] ?? "")),
      ...[...text.matchAll(/function controlGlossary[\s\S]*?\n\}/gu)].flatMap((body) => [...body[0].matchAll(/return (\[[^\]]*\])/gu)].map((match) => match[1] ?? "")),
    ];
    return literals.flatMap(quoted).map((id) => ({ file, id }));
  });
}

describe("every glossary id", () => {
  it("written in the interface, the engine, the scenarios and the quizzes names an entry the glossary has", () => {
    const used = glossaryIdsInSources();
    expect(used.filter(({ file }) => file.startsWith("components")).length).toBeGreaterThan(20);
    expect(used.filter(({ file }) => file.startsWith("domain")).length).toBeGreaterThan(40);
    expect(used.filter(({ file }) => file.startsWith("quizzes")).length).toBeGreaterThan(20);
    expect(used.filter(({ id }) => glossaryEntry(id) === undefined)).toEqual([]);
  });
});
