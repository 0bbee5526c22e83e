// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { GLOSSARY } from "@/domain";
import { GlossaryList } from "./GlossaryList";

afterEach(cleanup);

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
    const targets = [...container.querySelectorAll<HTMLAnchorElement>("dd a")].map((link) => link.getAttribute("href") ?? "");
    expect(targets.length).toBeGreaterThan(20);
    expect(targets.filter((href) => !href.startsWith("#") || container.querySelector(`[id="${href.slice(1)}"]`) === null)).toEqual([]);
  });
});
