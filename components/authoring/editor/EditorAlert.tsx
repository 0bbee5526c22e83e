import { SiteLink } from "@/components/ui/SiteLink";

/** What keeps an editor from opening, said with the way back to the library. */
export function EditorAlert({ message }: { message: string }) {
  return (
    <div className="alert error" role="alert">
      <p>{message}</p>
      <p>
        <SiteLink href="/enseignant/">Retour à la bibliothèque</SiteLink>
      </p>
    </div>
  );
}
