import type { ReactNode } from "react";

/** Why a content cannot be played, each message as the check wrote it (what is wrong, and where), then what to do. */
export function ContentProblems({ title, messages, children }: { title: string; messages: readonly string[]; children: ReactNode }) {
  return (
    <section className="alert error content-problems" role="alert">
      <h2>{title}</h2>
      <ul>
        {messages.map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}
