"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { NOTIONS, NOTIONS_QUIZ_SIZE, type QuizFile } from "@/domain";
import { notionsOfQuery } from "@/components/ui/quizLinks";
import { QUIZ_KEYS, questionsText } from "./questionSource";
import { QuizPlayer } from "./QuizPlayer";

/** A quiz on the notions a scenario's decisions missed, read from the address on the client (the site is static). */
export function NotionsQuiz({ bank }: { bank: readonly QuizFile[] }) {
  const query = useSearchParams().get("n");
  const notions = useMemo(() => notionsOfQuery(query), [query]);
  if (notions.length === 0) {
    return (
      <p className="alert notice">
        Aucune notion du cours n&apos;est indiquée dans l&apos;adresse de cette page. <SiteLink href="/quiz/">Choisir un quiz</SiteLink>
      </p>
    );
  }
  return (
    <>
      <section aria-labelledby="notions-title">
        <h2 id="notions-title">Les notions travaillées</h2>
        <ul>
          {notions.map((notion) => (
            <li key={notion}>{NOTIONS[notion].label}</li>
          ))}
        </ul>
      </section>
      <QuizPlayer
        quizKey={QUIZ_KEYS.notions(notions)}
        title="Quiz sur les notions manquées"
        size={`Jusqu'à ${questionsText(NOTIONS_QUIZ_SIZE)} sur ces notions.`}
        bank={bank}
        request={() => ({ kind: "notions", notions })}
        emptyMessage="La banque n'a pas encore de question sur ces notions."
      />
    </>
  );
}
