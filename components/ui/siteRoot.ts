/**
 * Where the site lives, read in the browser: the atelier may be served from a domain's root, a
 * school server's sub-folder, an LMS package or a local file, so no address may start with "/".
 * The framework's scripts sit in `<root>_next/`: their resolved address gives the root whatever
 * form the page's HTML wrote them in. Call it in effects and handlers only (there is no document
 * when the page is built).
 */
export function siteRootUrl(doc: Document = document): string {
  for (const script of Array.from(doc.scripts)) {
    const at = script.src.indexOf("/_next/");
    if (at !== -1) return script.src.slice(0, at + 1);
  }
  return new URL("/", doc.baseURI).href;
}

/** The absolute address of a page or file of the site, given from its root ("partage/", "enseignant/scenarios-livres.json"). */
export function siteUrl(pathFromRoot: string, doc: Document = document): string {
  return new URL(pathFromRoot.replace(/^\/+/u, ""), siteRootUrl(doc)).href;
}
