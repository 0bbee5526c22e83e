// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { GLOSSARY, NOTIONS, NOTION_IDS } from "@/domain";
import { GlossaryList } from "./GlossaryList";

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

describe("the glossary page's list", () => {
  it("gives every entry its anchor, under the entry's own id, which the terms' links and the dialogs' « Voir tout le glossaire » name", () => {
    const { container } = render(<GlossaryList />);
    const anchors = [...container.querySelectorAll("dt")].map((term) => term.id);
    expect(anchors.toSorted()).toEqual(GLOSSARY.map((entry) => entry.id).toSorted());
    const outstanding = container.querySelector("#outstanding");
    expect(outstanding?.textContent).toBe("Encours client");
  });

  it("links each « Voir aussi » to an anchor of the page", () => {
    const { container } = render(<GlossaryList />);
    const targets = [...container.querySelectorAll<HTMLAnchorElement>("dd p.muted a")].map((link) => link.getAttribute("href") ?? "");
    expect(targets.length).toBeGreaterThan(20);
    expect(targets.filter((href) => !href.startsWith("#") || container.querySelector(`[id="${href.slice(1)}"]`) === null)).toEqual([]);
  });

  it("links each entry to the course sections of the notions that cite it, on their stage's page", () => {
    window.history.replaceState(null, "", "/glossaire/");
    const { container } = render(<GlossaryList />);
    const courseLinks = (id: string) => [...(container.querySelector(`[id="${id}"] + dd .glossary-course`)?.querySelectorAll("a") ?? [])].map((link) => [link.textContent, link.getAttribute("href")]);
    expect(courseLinks("outstanding")).toEqual([["Contrôle 3 : l’encours et le plafond", "../cours/controle-des-commandes/#creditLimit"]]);
    expect(courseLinks("erp")).toEqual([
      ["Le PGI, une base de données unique", "../cours/#erp"],
      ["Le logiciel de GRC (CRM)", "../cours/#crm"],
      ["Enregistrer la commande", "../cours/traitement-des-commandes/#orderRecording"],
    ]);
    // Every entry a notion cites says « Voir le cours », and only those.
    const cited = new Set(NOTION_IDS.flatMap((notion) => NOTIONS[notion].glossary as readonly string[]));
    const withLinks = [...container.querySelectorAll(".glossary-course")].map((paragraph) => paragraph.closest("dd")?.previousElementSibling?.id);
    expect(withLinks.toSorted()).toEqual(GLOSSARY.map((entry) => entry.id).filter((id) => cited.has(id)).toSorted());
  });
});
