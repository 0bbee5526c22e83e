import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { CATALOG_SUMMARIES } from "@/components/catalog/catalog";
import { OfflineSupport } from "@/components/ui/OfflineSupport";
import { SiteHeader } from "@/components/ui/SiteHeader";
import { StorageNotices } from "@/components/ui/StorageNotices";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Atelier GRC", template: "%s — Atelier GRC" },
  description:
    "Simulateur de PGI pour apprendre la gestion de la relation client\u00a0: commandes, factures, contrôle, relances.",
};

/** Scenario titles by id, for the storage notices that name a game (a few hundred bytes on each page). */
const SCENARIO_TITLES = Object.fromEntries(CATALOG_SUMMARIES.map((scenario) => [scenario.id, scenario.title]));

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <a className="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <SiteHeader />
        <main id="contenu" tabIndex={-1}>
          <OfflineSupport />
          <StorageNotices titles={SCENARIO_TITLES} />
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Atelier GRC — logiciel libre de formation. Les entreprises des exercices sont fictives&nbsp;; les règles suivent le
            cours C6 «&nbsp;La relation avec les clients&nbsp;» et le Code de commerce.
          </p>
        </footer>
      </body>
    </html>
  );
}
