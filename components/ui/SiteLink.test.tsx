// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { NavLink } from "./NavLink";
import { SiteLink } from "./SiteLink";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

describe("SiteLink", () => {
  it("writes the page from the one shown, so that it holds in any folder", () => {
    window.history.replaceState(null, "", "/quiz/facturation/");
    render(
      <SiteLink href="/glossaire/#outstanding" className="term">
        Encours
      </SiteLink>,
    );
    const link = screen.getByRole("link", { name: "Encours" });
    expect(link).toHaveAttribute("href", "../../glossaire/#outstanding");
    expect(link).toHaveClass("term");
  });
});

describe("NavLink", () => {
  it("says which section the page belongs to, and which link is the page itself", () => {
    window.history.replaceState(null, "", "/quiz/facturation/");
    render(
      <nav>
        <NavLink href="/">Accueil</NavLink>
        <NavLink href="/quiz/">Quiz</NavLink>
        <NavLink href="/quiz/facturation/">Facturation</NavLink>
        <NavLink href="/glossaire/">Glossaire</NavLink>
      </nav>,
    );
    const current = (name: string) => screen.getByRole("link", { name }).getAttribute("aria-current");
    expect([current("Accueil"), current("Quiz"), current("Facturation"), current("Glossaire")]).toEqual([null, "true", "page", null]);
    expect(screen.getByRole("link", { name: "Accueil" })).toHaveAttribute("href", "../../");
  });
});
