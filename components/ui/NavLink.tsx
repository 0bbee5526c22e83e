"use client";
import { SiteLink, useSiteRoute } from "./SiteLink";

/** A link of the main navigation that says where the learner is (aria-current), not by colour alone, in any folder. */
export function NavLink({ href, children }: { href: string; children: string }) {
  const route = useSiteRoute();
  const current = route === href ? "page" : href !== "/" && route.startsWith(href) ? "true" : undefined;
  return (
    <SiteLink href={href} aria-current={current}>
      {children}
    </SiteLink>
  );
}
