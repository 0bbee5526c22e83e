// @vitest-environment jsdom
import { strToU8, unzipSync, type UnzipFileInfo } from "fflate";
import { describe, expect, it } from "vitest";
import { activityScript, type LmsActivity } from "./activity";
import { activityFolder, buildScormPackage, formatFileSize, isPackagedSiteFile, manifestHref, scormManifest, scormPackageFiles, xmlText, type ScormPackageInput } from "./scormPackage";

const IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
const ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
/** XML's NCName, the form of an `identifier`, restricted to ASCII. */
const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/u;

const scenario: LmsActivity = {
  format: 1,
  kind: "scenario",
  id: "depassement-d-encours",
  title: "Encours & plafond\u00a0: «\u00a0<b>dépassé</b>\u00a0»",
  text: '{"id":"depassement-d-encours","title":"</script><script>alert(1)</script>"}',
  masteryScore: 80,
};
const quiz: LmsActivity = { format: 1, kind: "quiz", id: "facturation", title: "La facture dans le processus de vente", text: '{"id":"facturation"}' };

const SHARED = ["_next/static/chunks/[root-of-the-server]__0a1b._.js", "_next/static/chunks/app.css", "_next/static/media/font.woff2", "fonts/LICENSE-DejaVu.txt", "icon.svg"];
const PAGE = strToU8('<!DOCTYPE html><html><head><script src="../_next/static/chunks/app.js"></script></head><body></body></html>');

function packageInput(activities: LmsActivity[], title = activities[0]?.title ?? ""): ScormPackageInput {
  const files = new Map(SHARED.map((path) => [path, strToU8(`contenu de ${path} `.repeat(50))]));
  return { title, activities, sharedFiles: SHARED, page: PAGE, files, modified: new Date("2026-12-02T14:00:00Z") };
}

function parseManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const all = (node: Document | Element, name: string, namespace = IMSCP) => Array.from(node.getElementsByTagNameNS(namespace, name));
const text = (node: Element, name: string, namespace = IMSCP) => all(node, name, namespace).map((element) => element.textContent);

/** Every file a manifest lists, as a path in the zip. */
function listedFiles(doc: Document): string[] {
  return all(doc, "file").map((file) => decodeURIComponent(file.getAttribute("href") ?? ""));
}

describe("the SCORM 1.2 manifest", () => {
  it("declares SCORM 1.2 with one organization, an item titled as the learner reads it, and its mastery score", () => {
    const doc = parseManifest(scormManifest(packageInput([scenario])));
    const manifest = doc.documentElement;
    expect([manifest.namespaceURI, manifest.localName, manifest.getAttribute("identifier")]).toEqual([IMSCP, "manifest", "atelier-grc-depassement-d-encours"]);
    expect(text(manifest, "schema")).toEqual(["ADL SCORM"]);
    expect(text(manifest, "schemaversion")).toEqual(["1.2"]);
    const [organizations] = all(doc, "organizations");
    const organization = all(doc, "organization");
    expect(organization).toHaveLength(1);
    expect(organizations?.getAttribute("default")).toBe(organization[0]?.getAttribute("identifier"));
    const [item] = all(doc, "item");
    expect(text(item as Element, "title")).toEqual(["Encours & plafond\u00a0: «\u00a0<b>dépassé</b>\u00a0»"]);
    expect(text(item as Element, "masteryscore", ADLCP)).toEqual(["80"]);
    const [resource] = all(doc, "resource").filter((r) => r.getAttributeNS(ADLCP, "scormtype") === "sco");
    expect(resource?.getAttribute("identifier")).toBe(item?.getAttribute("identifierref"));
    expect(resource?.getAttribute("href")).toBe("activite/index.html");
    expect(resource?.getAttribute("type")).toBe("webcontent");
  });

  it("leaves the mastery score out when none is set, so that the LMS says « completed »", () => {
    const doc = parseManifest(scormManifest(packageInput([quiz])));
    expect(all(doc, "masteryscore", ADLCP)).toEqual([]);
    expect(text(all(doc, "item")[0] as Element, "title")).toEqual(["La facture dans le processus de vente"]);
  });

  it("gives several activities their own item, SCO and folder at the same depth, with valid and unique identifiers", () => {
    const doc = parseManifest(scormManifest(packageInput([scenario, quiz], "Atelier GRC\u00a0: 2 activités")));
    expect(text(all(doc, "organization")[0] as Element, "title")[0]).toBe("Atelier GRC\u00a0: 2 activités");
    const items = all(doc, "item");
    expect(items.map((item) => item.getElementsByTagNameNS(IMSCP, "title")[0]?.textContent)).toEqual([scenario.title, quiz.title]);
    const scos = all(doc, "resource").filter((r) => r.getAttributeNS(ADLCP, "scormtype") === "sco");
    expect(scos.map((sco) => sco.getAttribute("href"))).toEqual(["activite-depassement-d-encours/index.html", "activite-facturation/index.html"]);
    expect(items.map((item) => item.getAttribute("identifierref"))).toEqual(scos.map((sco) => sco.getAttribute("identifier")));
    const identifiers = [doc.documentElement, ...all(doc, "organization"), ...items, ...all(doc, "resource")].map((element) => element.getAttribute("identifier") ?? "");
    expect(identifiers.every((identifier) => NCNAME.test(identifier))).toBe(true);
    expect(new Set(identifiers).size).toBe(identifiers.length);
    // Each SCO depends on the one asset resource that lists the shared files.
    const [shared] = all(doc, "resource").filter((r) => r.getAttributeNS(ADLCP, "scormtype") === "asset");
    expect(scos.map((sco) => all(sco, "dependency")[0]?.getAttribute("identifierref"))).toEqual([shared?.getAttribute("identifier"), shared?.getAttribute("identifier")]);
    expect(all(shared as Element, "file").map((file) => decodeURIComponent(file.getAttribute("href") ?? ""))).toEqual(SHARED);
  });

  it("escapes XML and encodes file addresses", () => {
    expect(xmlText(`a & b < c > d " e ' f\u0001`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f");
    expect(manifestHref("_next/static/chunks/[root-of-the-server]__0a1b._.js")).toBe("_next/static/chunks/%5Broot-of-the-server%5D__0a1b._.js");
    expect(activityFolder({ ...quiz, id: "mon quiz/2" }, 2)).toBe("activite-mon-quiz-2");
  });
});

describe("the package's zip", () => {
  function unzipped(input: ScormPackageInput) {
    const methods = new Map<string, number>();
    const files = unzipSync(buildScormPackage(input), {
      filter: (file: UnzipFileInfo) => {
        methods.set(file.name, file.compression);
        return true;
      },
    });
    return { files, methods };
  }

  it("holds exactly the files its manifest lists, plus the manifest at its root", () => {
    for (const activities of [[scenario], [scenario, quiz]]) {
      const { files } = unzipped(packageInput(activities));
      const doc = parseManifest(new TextDecoder().decode(files["imsmanifest.xml"]));
      expect(Object.keys(files).sort()).toEqual(["imsmanifest.xml", ...listedFiles(doc)].sort());
      expect(new Set(listedFiles(doc)).size).toBe(listedFiles(doc).length);
    }
  });

  it("copies the launch page and the site files as they are, and writes each activity's script", () => {
    const { files } = unzipped(packageInput([scenario, quiz]));
    // Compared as text: jsdom's Uint8Array is not the one fflate makes.
    const page = new TextDecoder().decode(PAGE);
    expect(new TextDecoder().decode(files["activite-depassement-d-encours/index.html"])).toBe(page);
    expect(new TextDecoder().decode(files["activite-facturation/index.html"])).toBe(page);
    expect(new TextDecoder().decode(files["fonts/LICENSE-DejaVu.txt"])).toBe("contenu de fonts/LICENSE-DejaVu.txt ".repeat(50));
    const window: { ATELIER_ACTIVITE?: unknown } = {};
    new Function("window", new TextDecoder().decode(files["activite-depassement-d-encours/activite.js"]))(window);
    expect(window.ATELIER_ACTIVITE).toEqual(scenario);
  });

  it("stores what is compressed already and deflates text", () => {
    const { methods } = unzipped(packageInput([quiz]));
    expect(methods.get("_next/static/media/font.woff2")).toBe(0);
    expect(methods.get("_next/static/chunks/app.css")).toBe(8);
    expect(methods.get("imsmanifest.xml")).toBe(8);
  });

  it("gives the same bytes for the same input", () => {
    expect(buildScormPackage(packageInput([quiz]))).toEqual(buildScormPackage(packageInput([quiz])));
  });

  it("refuses two activities with one id, or a listed file it was not given", () => {
    expect(() => scormPackageFiles(packageInput([quiz, { ...quiz, title: "Copie" }]))).toThrow("Deux activités du paquet ont le même identifiant\u00a0: chacune doit avoir le sien.");
    const input = packageInput([quiz]);
    expect(() => scormPackageFiles({ ...input, sharedFiles: [...SHARED, "_next/static/chunks/absent.js"] })).toThrow("Fichiers du site absents du paquet\u00a0: _next/static/chunks/absent.js.");
  });
});

describe("what a package carries and how it is said", () => {
  it("takes the framework's static files, the fonts folder and the icon, no other page", () => {
    const paths = ["_next/static/chunks/a.js", "_next/static/media/b.woff2", "fonts/LICENSE-DejaVu.txt", "fonts/DejaVuSans.ttf", "icon.svg", "favicon.ico"];
    expect(paths.filter(isPackagedSiteFile)).toEqual(paths);
    expect(["index.html", "quiz/index.html", "activite/index.html", "activite/fichiers.json", "enseignant/scenarios-livres.json", "404.html", "_next/data/x.json", "README.md"].filter(isPackagedSiteFile)).toEqual([]);
  });

  it("writes a script that no text can close or break", () => {
    const script = activityScript({ ...quiz, title: "fin\u2028de ligne", text: "</script>" });
    expect(script).not.toContain("</script>");
    expect(script).not.toContain("\u2028");
    const window: { ATELIER_ACTIVITE?: LmsActivity } = {};
    new Function("window", script)(window);
    expect([window.ATELIER_ACTIVITE?.title, window.ATELIER_ACTIVITE?.text]).toEqual(["fin\u2028de ligne", "</script>"]);
  });

  it("says a size in ko or Mo, French style", () => {
    expect([formatFileSize(420), formatFileSize(812_345), formatFileSize(2_345_678), formatFileSize(12_000_000)]).toEqual(["1\u00a0ko", "812\u00a0ko", "2,3\u00a0Mo", "12\u00a0Mo"]);
  });
});
