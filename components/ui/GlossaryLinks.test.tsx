// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
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
