import { SiteLink } from "./SiteLink";
import { NavLink } from "./NavLink";
import { OutsideKiosk } from "./OutsideKiosk";
import { ProfileBadge } from "./ProfileBadge";

const NAVIGATION = [
  { href: "/", label: "Accueil" },
  { href: "/scenarios/", label: "Scénarios" },
  { href: "/cours/", label: "Cours" },
  { href: "/quiz/", label: "Quiz" },
  { href: "/calculette/", label: "Calculette de facture" },
  { href: "/glossaire/", label: "Glossaire" },
  { href: "/enseignant/", label: "Espace enseignant" },
] as const;

export function SiteHeader() {
  return (
    <OutsideKiosk>
    <header className="site-header">
      <SiteLink href="/" className="brand">
        <span aria-hidden="true" className="brand-mark">
          GRC
        </span>
        Atelier GRC
      </SiteLink>
      <nav aria-label="Navigation principale">
        <ul>
          {NAVIGATION.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href}>
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
