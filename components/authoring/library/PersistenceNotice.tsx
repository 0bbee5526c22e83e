import type { Persistence } from "@/store/browserStorage";

/** What the browser does with the library: nothing shown while it is saved. */
export function PersistenceNotice({ persistence }: { persistence: Persistence }) {
  if (persistence === "saved") return null;
  return (
    <section className="alert notice storage-notice" role="status" aria-label="Enregistrement de la bibliothèque">
      {persistence === "memoryOnly" ? (
        <p>
          Ce navigateur refuse l&apos;enregistrement (navigation privée ou profil verrouillé)&nbsp;: votre bibliothèque ne vit que dans cet
          onglet et disparaîtra à sa fermeture. Exportez chaque document (.json) pour le garder.
        </p>
      ) : (
        <p>
          Le dernier enregistrement dans le navigateur a échoué (espace plein&nbsp;?)&nbsp;: vos documents sont gardés dans cet onglet et
          seront réécrits au prochain enregistrement. Exportez-les (.json) avant de fermer l&apos;onglet pour ne rien perdre.
        </p>
      )}
    </section>
  );
}
