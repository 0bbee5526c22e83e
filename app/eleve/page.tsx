import type { Metadata } from "next";
import { ProfilePicker } from "@/components/profiles/ProfilePicker";

export const metadata: Metadata = { title: "Choisir l'élève" };

export default function ProfilesPage() {
  return (
    <>
      <h1>Choisir l&apos;élève</h1>
      <ProfilePicker />
    </>
  );
}
