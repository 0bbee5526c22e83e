import { CATALOG_SUMMARIES } from "@/components/catalog/catalog";
import { QUIZ_SUMMARIES } from "@/components/catalog/quizBank";
import { SiteLink } from "@/components/ui/SiteLink";
import { LearningPath } from "@/components/home/LearningPath";
import { ResumeBanner } from "@/components/home/ResumeBanner";

export default function HomePage() {
  return (
    <>
      <h1>Atelier GRC&nbsp;: la relation client dans un PGI, de la commande au règlement</h1>
      <p className="lead">
        Un atelier pour les élèves de Bac Pro AGOrA et de BTS&nbsp;: on y apprend, en le faisant, le travail de
        l&apos;administration des ventes dans un progiciel de gestion intégré. Tout fonctionne dans le navigateur, sans
        compte ni serveur.
      </p>
      <p>
        <SiteLink className="button" href="/scenarios/">
          Voir tous les scénarios
        </SiteLink>
      </p>

      <ResumeBanner scenarios={CATALOG_SUMMARIES} />

      <h2>Votre parcours&nbsp;: les cinq étapes du cours</h2>
      <p>
        Chaque étape propose ses scénarios&nbsp;; un scénario qui enchaîne plusieurs étapes compte pour chacune d&apos;elles.
        Votre progression est enregistrée dans ce navigateur.
      </p>
      <LearningPath scenarios={CATALOG_SUMMARIES} quizzes={QUIZ_SUMMARIES} />

      <h2>Les outils de l&apos;atelier</h2>
      <div className="grid">
        <section className="card" aria-labelledby="calculette-titre">
          <h3 id="calculette-titre">Calculer une facture</h3>
          <p>
            Saisissez des lignes, des remises, un escompte, du port et un acompte&nbsp;: la calculette déroule la cascade du
            cours (net commercial, net financier, TVA par taux, net à payer), arrondie au centime à chaque étape comme sur
            votre copie.
          </p>
          <SiteLink className="button" href="/calculette/">
            Ouvrir la calculette
          </SiteLink>
        </section>
        <section className="card" aria-labelledby="glossaire-titre">
          <h3 id="glossaire-titre">Revoir le vocabulaire</h3>
          <p>
            Remise, rabais, ristourne, escompte, encours, plafond, acompte, avoir, LRAR, mise en demeure, injonction de
            payer&nbsp;: chaque terme du cours avec sa définition.
          </p>
          <SiteLink className="button secondary" href="/glossaire/">
            Ouvrir le glossaire
          </SiteLink>
        </section>
      </div>

      <h2>Pour l&apos;élève et pour l&apos;enseignant</h2>
      <div className="grid">
        <section className="card">
          <h3>L&apos;élève</h3>
          <p>
            tient le poste de l&apos;assistant commercial&nbsp;: il contrôle les commandes, établit les documents, vérifie les
            factures et relance les clients. Chaque calcul suit la méthode du cours, au centime près.
          </p>
        </section>
        <section className="card">
          <h3>L&apos;enseignant</h3>
          <p>
            décrit des situations (une entreprise, ses clients, une commande, une facture, des impayés)&nbsp;; le moteur de
            l&apos;atelier en déduit les bonnes décisions et les chiffres exacts, si bien qu&apos;un exercice ne peut pas
            contredire son corrigé.
          </p>
        </section>
      </div>
    </>
  );
}
