"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

function withSlash(path: string): string {
  return path.endsWith("/") ? path : `${path}/`;
}

/** A link of the main navigation that says where the learner is (aria-current), not by colour alone. */
export function NavLink({ href, children, prefetch }: { href: string; children: string; prefetch?: false }) {
  const pathname = withSlash(usePathname() ?? "/");
  const current = pathname === href ? "page" : href !== "/" && pathname.startsWith(href) ? "true" : undefined;
  return (
    <Link href={href} aria-current={current} prefetch={prefetch}>
      {children}
    </Link>
  );
}
