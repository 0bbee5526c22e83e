"use client";
import type { ReactNode } from "react";
import { usePathname } from "next/navigation";

/** The launch page of an LMS package (`/activite/`, or a package's `activite-<id>/` folder): the LMS is the learner's navigation. */
export function isKioskPath(pathname: string): boolean {
  return /\/activite(?:-[^/]+)?(?:\/(?:index\.html)?)?$/u.test(pathname);
}

/** Its children, except on a kiosk page (docs/decisions/0126). */
export function OutsideKiosk({ children }: { children: ReactNode }) {
  const pathname = usePathname() ?? "/";
  return isKioskPath(pathname) ? null : children;
}
