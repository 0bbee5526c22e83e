import Link from "next/link";
import { NavLink } from "./NavLink";
import { OutsideKiosk } from "./OutsideKiosk";
import { ProfileBadge } from "./ProfileBadge";

const NAVIGATION = [
  { href: "/", label: "Accueil" },
  { href: "/scenarios/", label: "Scénarios" },
  { href: "/quiz/", label: "Quiz" },
  { href: "/calculette/", label: "Calculette de facture" },
  { href: "/glossaire/", label: "Glossaire" },
  // Not prefetched: a learner's page downloads nothing of the teacher's space.
  { href: "/enseignant/", label: "Espace enseignant", prefetch: false },
] as const;

export function SiteHeader() {
  return (
    <OutsideKiosk>
    <header className="site-header">
      <Link href="/" className="brand">
        <span aria-hidden="true" className="brand-mark">
          GRC
        </span>
        Atelier GRC
      </Link>
      <nav aria-label="Navigation principale">
        <ul>
          {NAVIGATION.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href} prefetch={"prefetch" in item ? item.prefetch : undefined}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <ProfileBadge />
    </header>
    </OutsideKiosk>
  );
}
