"use client";
import { usePathname } from "next/navigation";
import { useSyncExternalStore, type AnchorHTMLAttributes, type Ref } from "react";
import { hrefFrom, isLocalFile, routeOf, siteRootUrl } from "./siteRoot";

const subscribeToNothing = () => () => {};

/**
 * The route of the page shown ("/quiz/facturation/"). When the page is built, the framework's; in
 * the browser, read from the address past the site's root, which gives the same route from a
 * domain's root, a sub-folder or a local file (the framework's own `usePathname` there returns
 * the whole path of the address, sub-folder included, and the hydrated links would differ).
 */
export function useSiteRoute(): string {
  const builtRoute = usePathname() ?? "/";
  // The development server may name the route without the final "/" that trailingSlash gives every page.
  return typeof document === "undefined" ? builtRoute.replace(/\/?$/u, "/") : routeOf(document.location.href, siteRootUrl());
}

/** The page was opened from a file: known after hydration only, so that the built HTML and the first render agree. */
function useLocalFile(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => isLocalFile(document.location.href), () => false);
}

/** `target` (given from the site's root, "/quiz/?n=a#b") as an address relative to the page shown. */
export function useSiteHref(target: string): string {
  return hrefFrom(useSiteRoute(), target, useLocalFile());
}

export type SiteLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  /** A page or file of the site given from its root ("/scenarios/", "/glossaire/#encours"). */
  href: string;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * The one link to a page of the atelier: a plain anchor (a full page load: the site is static,
 * and the framework's client navigation fetches its data by absolute addresses a sub-folder or a
 * local file does not have), with an address relative to the page shown (docs/decisions/0124).
 */
export function SiteLink({ href, ...anchor }: SiteLinkProps) {
  return <a {...anchor} href={useSiteHref(href)} />;
}
