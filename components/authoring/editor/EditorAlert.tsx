import Link from "next/link";

/** What keeps an editor from opening, said with the way back to the library. */
export function EditorAlert({ message }: { message: string }) {
  return (
    <div className="alert error" role="alert">
      <p>{message}</p>
      <p>
        <Link prefetch={false} href="/enseignant/">Retour à la bibliothèque</Link>
      </p>
    </div>
  );
}
