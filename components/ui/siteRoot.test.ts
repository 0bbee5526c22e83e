// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { hrefFrom, routeOf, siteRootUrl, siteUrl } from "./siteRoot";

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

  it("reads the root again once its script has left the page, its address changed or the page's base moved", () => {
    const doc = pageWithScript("../_next/static/chunks/a.js", "https://lycee.example/atelier/quiz/");
    expect(siteRootUrl(doc)).toBe("https://lycee.example/atelier/");
    doc.querySelector("base")?.setAttribute("href", "https://ecole.example/site/quiz/");
    expect(siteRootUrl(doc)).toBe("https://ecole.example/site/");
    doc.querySelector("script")?.setAttribute("src", "/v2/_next/static/chunks/a.js");
    expect(siteRootUrl(doc)).toBe("https://ecole.example/v2/");
    doc.querySelector("script")?.remove();
    const moved = doc.createElement("script");
    moved.src = "../../_next/static/chunks/b.js";
    doc.body.append(moved);
    expect(siteRootUrl(doc)).toBe("https://ecole.example/");
  });

  it("finds the root of a site opened as a local file", () => {
    const doc = pageWithScript("../_next/static/chunks/a.js", "file:///media/cle/atelier/scenarios/index.html");
    expect(siteRootUrl(doc)).toBe("file:///media/cle/atelier/");
    expect(siteUrl("partage/", doc)).toBe("file:///media/cle/atelier/partage/index.html");
    expect(siteUrl("enseignant/scenarios-livres.json", doc)).toBe("file:///media/cle/atelier/enseignant/scenarios-livres.json");
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

describe("routeOf", () => {
  it("gives the route the build named, from a sub-folder, a local file or a domain's root", () => {
    expect(routeOf("https://lycee.example/~prof/atelier/quiz/facturation/?x=1#y", "https://lycee.example/~prof/atelier/")).toBe("/quiz/facturation/");
    expect(routeOf("file:///media/cle/atelier/scenarios/index.html", "file:///media/cle/atelier/")).toBe("/scenarios/");
    expect(routeOf("file:///media/cle/atelier/index.html", "file:///media/cle/atelier/")).toBe("/");
    expect(routeOf("http://localhost:3000/", "http://localhost:3000/")).toBe("/");
  });

  it("falls back to the address's path when the page is outside the root found", () => {
    expect(routeOf("https://lycee.example/glossaire/", "https://cdn.example/")).toBe("/glossaire/");
  });
});

describe("hrefFrom", () => {
  it("writes a page of the site from the page shown, query and fragment kept", () => {
    expect(hrefFrom("/", "/quiz/", false)).toBe("./quiz/");
    expect(hrefFrom("/", "/", false)).toBe("./");
    expect(hrefFrom("/quiz/facturation/", "/", false)).toBe("../../");
    expect(hrefFrom("/scenarios/", "/quiz/notions/?n=creditLimit,deposit", false)).toBe("../quiz/notions/?n=creditLimit,deposit");
    expect(hrefFrom("/glossaire/", "/glossaire/#outstanding", false)).toBe("../glossaire/#outstanding");
  });

  it("names a folder's index.html on a local file, where a folder opens as a listing", () => {
    expect(hrefFrom("/", "/", true)).toBe("./index.html");
    expect(hrefFrom("/quiz/facturation/", "/quiz/", true)).toBe("../../quiz/index.html");
    expect(hrefFrom("/enseignant/", "/enseignant/apercu/?id=a%20b", true)).toBe("../enseignant/apercu/index.html?id=a%20b");
    expect(hrefFrom("/glossaire/", "/glossaire/#outstanding", true)).toBe("../glossaire/index.html#outstanding");
    expect(hrefFrom("/", "/enseignant/scenarios-livres.json", true)).toBe("./enseignant/scenarios-livres.json");
  });

  it("leaves in-page anchors and other sites as they are", () => {
    expect(hrefFrom("/quiz/", "#contenu", true)).toBe("#contenu");
    expect(hrefFrom("/quiz/", "//cdn.example/x", false)).toBe("//cdn.example/x");
    expect(hrefFrom("/quiz/", "https://eduscol.education.fr/", false)).toBe("https://eduscol.education.fr/");
  });
});
