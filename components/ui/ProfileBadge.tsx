"use client";
import { SiteLink } from "./SiteLink";
import { currentProfile } from "@/store/profiles";
import { useProfiles } from "@/store/useProfiles";

/** Where the learner's choice of pseudonym is made (app/eleve). */
export const PROFILES_HREF = "/eleve/";

/**
 * « Élève : Camille · Changer » in the site header, on every page: who the progress is saved for.
 * Light on purpose (the registry only, never the store): it weighs on each page's first load.
 */
export function ProfileBadge() {
  const registry = useProfiles();
  const profile = registry ? currentProfile(registry) : undefined;
  return (
    <p className="profile-badge">
      {profile ? (
        <>
          <span>
            Élève&nbsp;: <strong>{profile.pseudonym}</strong>
          </span>
          <span aria-hidden="true"> · </span>
          <SiteLink href={PROFILES_HREF}>
            Changer<span className="visually-hidden"> d&apos;élève</span>
          </SiteLink>
        </>
      ) : (
        <SiteLink href={PROFILES_HREF}>{registry ? "Choisir mon pseudonyme" : "Élève"}</SiteLink>
      )}
    </p>
  );
}
