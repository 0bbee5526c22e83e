// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { glossaryEntry } from "@/domain";
import { GlossaryLinks } from "./GlossaryLinks";

const route = vi.hoisted(() => ({ pathname: "/" }));
vi.mock(import("next/navigation"), async (original) => ({ ...(await original()), usePathname: () => route.pathname }));

const OUTSTANDING = glossaryEntry("outstanding");

beforeEach(() => {
  route.pathname = "/";
});
afterEach(cleanup);

describe("GlossaryLinks", () => {
  it("links each term to its entry of the glossary page on the site", () => {
    render(<GlossaryLinks ids={["outstanding"]} />);
    expect(screen.getByRole("link", { name: OUTSTANDING?.term })).toHaveAttribute("href", "./glossaire/#outstanding");
  });

  it("in an LMS package, where there is no glossary page, opens the definition in place and closes it", () => {
    route.pathname = "/~prof/paquet/activite/";
    render(<GlossaryLinks ids={["outstanding"]} />);
    expect(screen.queryByRole("link")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: OUTSTANDING?.term }));
    const dialog = screen.getByRole("dialog", { name: OUTSTANDING?.term });
    expect(dialog).toHaveTextContent(OUTSTANDING?.definition ?? "définition absente");
    fireEvent.click(screen.getByRole("button", { name: "Fermer" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});

/** Every `<Term id="…">` written in the interface's code, with its file. */
function termsInCode(): { file: string; id: string }[] {
  const files = readdirSync("components", { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".tsx") && !file.endsWith(".test.tsx"));
  return files.flatMap((file) => [...readFileSync(join("components", file), "utf8").matchAll(/<Term id="([^"]+)"/gu)].map((match) => ({ file, id: match[1] ?? "" })));
}

describe("Term", () => {
  it("names only entries the glossary has, so that every glossary link of the interface lands on its entry", () => {
    const terms = termsInCode();
    expect(terms.length).toBeGreaterThan(20);
    expect(terms.filter(({ id }) => glossaryEntry(id) === undefined)).toEqual([]);
  });
});
