// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { siteRootUrl, siteUrl } from "./siteRoot";

function pageWithScript(src: string, pageUrl: string): Document {
  const doc = document.implementation.createHTMLDocument("page");
  const base = doc.createElement("base");
  base.href = pageUrl;
  doc.head.append(base);
  const script = doc.createElement("script");
  script.src = src;
  doc.head.append(script);
  return doc;
}

describe("siteRootUrl", () => {
  afterEach(() => document.head.replaceChildren());

  it("finds the root of a site served from a sub-folder, whatever form the script's address has", () => {
    const doc = pageWithScript("../../_next/static/chunks/turbopack-1.js", "https://lycee.example/~prof/atelier/quiz/facturation/");
    expect(siteRootUrl(doc)).toBe("https://lycee.example/~prof/atelier/");
    expect(siteUrl("partage/", doc)).toBe("https://lycee.example/~prof/atelier/partage/");
    expect(siteUrl("/enseignant/scenarios-livres.json", doc)).toBe("https://lycee.example/~prof/atelier/enseignant/scenarios-livres.json");
  });

  it("finds the root of a site opened as a local file", () => {
    const doc = pageWithScript("../_next/static/chunks/a.js", "file:///media/cle/atelier/scenarios/index.html");
    expect(siteRootUrl(doc)).toBe("file:///media/cle/atelier/");
  });

  it("finds the root of a site served at a domain's root with absolute script addresses", () => {
    const doc = pageWithScript("/_next/static/chunks/a.js", "http://localhost:3000/scenarios/depassement/");
    expect(siteRootUrl(doc)).toBe("http://localhost:3000/");
  });

  it("falls back to the server's root when the page has no framework script", () => {
    const doc = pageWithScript("https://cdn.example/lib.js", "https://lycee.example/atelier/eleve/");
    expect(siteRootUrl(doc)).toBe("https://lycee.example/");
  });
});
