import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { absoluteAddresses, relativeAddresses, relativePage, relativeSite, rootPrefix, withChunkBasePath } from "./relativeSite";

// Snippets of out/quiz/facturation/index.html as next build 16.4.6 wrote it.
const HEAD =
  '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/chunks/2qdx3y-vm-kqs.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/><script src="/_next/static/chunks/1wnov70f88xjy.js" async=""></script>';
const ICON = '<link rel="icon" href="/icon.svg?icon.1mh_okuzhun92.svg" sizes="any" type="image/svg+xml"/>';
const FLIGHT_CHUNKS =
  'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:\\"/_next/static/chunks/3g838mhy1a1sk.js\\"\\n3:\\"/_next/static/chunks/3y7juh30m-dj7.js\\"\\n5:I[22016,[\\"$2\\",\\"$3\\"],\\"\\"]\\n"])';
const FLIGHT_STYLE_AND_ICON =
  '[\\"$\\",\\"link\\",\\"0\\",{\\"rel\\":\\"stylesheet\\",\\"href\\":\\"/_next/static/chunks/2qdx3y-vm-kqs.css\\",\\"precedence\\":\\"next\\"}],[\\"$\\",\\"link\\",\\"2\\",{\\"rel\\":\\"icon\\",\\"href\\":\\"/icon.svg?icon.1mh_okuzhun92.svg\\",\\"sizes\\":\\"any\\"}]';
// A link's props in the flight data: the link computes its own address from them.
const FLIGHT_LINK = '[\\"$\\",\\"$L6\\",null,{\\"href\\":\\"/quiz/\\",\\"children\\":\\"Quiz\\"}]';
const ROOT_FILES = ["icon.svg", "index.txt"];

describe("rootPrefix", () => {
  it("climbs one folder per level of the page", () => {
    expect(rootPrefix("index.html")).toBe("./");
    expect(rootPrefix("404.html")).toBe("./");
    expect(rootPrefix("glossaire/index.html")).toBe("../");
    expect(rootPrefix("quiz/facturation/index.html")).toBe("../../");
  });
});

describe("relativeAddresses", () => {
  it("writes the bundler's files and the icon from the page's folder, in the attributes", () => {
    expect(relativeAddresses(HEAD + ICON, "../../", ROOT_FILES)).toBe(
      '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="../../_next/static/chunks/2qdx3y-vm-kqs.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="../../_next/static/chunks/310vm2bl3xxpt.js"/><script src="../../_next/static/chunks/1wnov70f88xjy.js" async=""></script>' +
        '<link rel="icon" href="../../icon.svg?icon.1mh_okuzhun92.svg" sizes="any" type="image/svg+xml"/>',
    );
  });

  it("writes the same strings in the flight data, so that React and the bundler find what the HTML loaded", () => {
    expect(relativeAddresses(FLIGHT_CHUNKS, "../../", ROOT_FILES)).toBe(
      'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:\\"../../_next/static/chunks/3g838mhy1a1sk.js\\"\\n3:\\"../../_next/static/chunks/3y7juh30m-dj7.js\\"\\n5:I[22016,[\\"$2\\",\\"$3\\"],\\"\\"]\\n"])',
    );
    expect(relativeAddresses(FLIGHT_STYLE_AND_ICON, "./", ROOT_FILES)).toBe(
      '[\\"$\\",\\"link\\",\\"0\\",{\\"rel\\":\\"stylesheet\\",\\"href\\":\\"./_next/static/chunks/2qdx3y-vm-kqs.css\\",\\"precedence\\":\\"next\\"}],[\\"$\\",\\"link\\",\\"2\\",{\\"rel\\":\\"icon\\",\\"href\\":\\"./icon.svg?icon.1mh_okuzhun92.svg\\",\\"sizes\\":\\"any\\"}]',
    );
  });

  it("leaves page addresses, in-page anchors and names that only start like a root file", () => {
    const untouched = `${FLIGHT_LINK}<a href="#contenu">Aller au contenu</a><a href="/icon.svgz">x</a>`;
    expect(relativeAddresses(untouched, "../", ROOT_FILES)).toBe(untouched);
  });
});

describe("withChunkBasePath", () => {
  it("tells the bundler's runtime its folder right after the charset, before any script", () => {
    expect(withChunkBasePath('<html lang="fr"><head><meta charSet="utf-8"/><script src="../_next/a.js"></script>', "../")).toBe(
      '<html lang="fr"><head><meta charSet="utf-8"/><script>self.TURBOPACK_CHUNK_BASE_PATH="../_next/"</script><script src="../_next/a.js"></script>',
    );
  });

  it("refuses a page without a head", () => {
    expect(() => withChunkBasePath("<p>vide</p>", "./")).toThrow("balise <head> introuvable : la page n'a pas la forme qu'écrit next build.");
  });
});

describe("absoluteAddresses", () => {
  it("finds what still points at the domain's root, and only that", () => {
    expect(absoluteAddresses(`${HEAD}<a class="brand" href="/">Atelier</a><a href="//cdn.example/x.js">cdn</a><a href="#contenu">x</a>${FLIGHT_CHUNKS}${FLIGHT_LINK}`)).toEqual([
      "/_next/static/chunks/2qdx3y-vm-kqs.css",
      "/_next/static/chunks/310vm2bl3xxpt.js",
      "/_next/static/chunks/1wnov70f88xjy.js",
      "/",
      "/_next/static/chunks/3g838mhy1a1sk.js",
      "/_next/static/chunks/3y7juh30m-dj7.js",
    ]);
  });
});

describe("relativePage", () => {
  it("rewrites a page entirely", () => {
    const page = relativePage(HEAD + ICON + FLIGHT_CHUNKS, "glossaire/index.html", ROOT_FILES);
    expect(absoluteAddresses(page)).toEqual([]);
    expect(page).toContain('<head><meta charSet="utf-8"/><script>self.TURBOPACK_CHUNK_BASE_PATH="../_next/"</script><meta name="viewport"');
  });

  it("refuses, naming the page and the address, a link written from the domain's root", () => {
    expect(() => relativePage(`${HEAD}<a href="/quiz/">Quiz</a>`, "glossaire/index.html", ROOT_FILES)).toThrow(
      "glossaire/index.html : adresse écrite depuis la racine du domaine, qui ne marchera pas dans un sous-dossier ni depuis un fichier : /quiz/ (un lien vers une page de l'atelier s'écrit avec SiteLink, components/ui/SiteLink.tsx).",
    );
  });
});

describe("relativeSite", () => {
  let out = "";
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it("rewrites every page of out/ from its own folder, and leaves the bundler's files", () => {
    out = mkdtempSync(join(tmpdir(), "relative-site-"));
    mkdirSync(join(out, "quiz", "facturation"), { recursive: true });
    mkdirSync(join(out, "_next", "static"), { recursive: true });
    writeFileSync(join(out, "icon.svg"), "<svg/>");
    writeFileSync(join(out, "index.html"), HEAD + ICON);
    writeFileSync(join(out, "quiz", "facturation", "index.html"), HEAD + ICON);
    writeFileSync(join(out, "_next", "static", "page.html"), HEAD);

    relativeSite(out);

    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<script>self.TURBOPACK_CHUNK_BASE_PATH="./_next/"</script>');
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<link rel="icon" href="./icon.svg?icon.1mh_okuzhun92.svg"');
    expect(readFileSync(join(out, "quiz", "facturation", "index.html"), "utf8")).toContain('<script src="../../_next/static/chunks/1wnov70f88xjy.js" async="">');
    expect(readFileSync(join(out, "_next", "static", "page.html"), "utf8")).toBe(HEAD);
  });
});
