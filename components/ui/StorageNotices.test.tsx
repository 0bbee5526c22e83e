// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { RecoveryNotice } from "@/store/appStore";
import { appStore } from "@/store/useAppStore";
import { loadStorageNoticeList, StorageNotices } from "./StorageNotices";
import { forgetSavedGames } from "@/test/savedGames";

const TITLES = { "mentions-manquantes": "Contrôler une facture avant envoi", casse: "Un scénario abîmé" };
const JUNK = '{"state":{"calculator":\u0000\u00ffPK';

function damaged(fields: Partial<RecoveryNotice>): RecoveryNotice {
  return { message: "Votre sauvegarde dans ce navigateur était en partie endommagée\u00a0: tout ce qui était valide a été gardé.", lostScenarios: [], repairedScenarios: [], backupKept: true, discardedText: JUNK, ...fields };
}

// The notices are their own chunk (docs/decisions/0151): fetched first, they render at once.
// (awaited, not returned: a function beforeAll returns is run as its teardown)
beforeAll(async () => {
  await loadStorageNoticeList();
});
beforeEach(async () => {
  await appStore().persist.rehydrate();
});
afterEach(() => {
  cleanup();
  forgetSavedGames({ recoveryNotice: null, newerSaveNotice: null });
});

describe("the notice of a save from a newer version", () => {
  it("stays on screen with its message and a button to reload, since nothing on this page is saved", () => {
    const reload = vi.fn();
    vi.stubGlobal("location", { ...location, reload });
    appStore().setState({ newerSaveNotice: "Votre sauvegarde a été enregistrée par une version plus récente de l'atelier (version 7)." });
    render(<StorageNotices titles={TITLES} />);
    const notice = screen.getByRole("alert", { name: "Sauvegarde d'une version plus récente" });
    expect(notice.textContent).toContain("Votre sauvegarde a été enregistrée par une version plus récente de l'atelier (version 7).");
    expect(screen.queryByRole("button", { name: "J'ai compris" })).toBeNull();
    act(() => screen.getByRole("button", { name: "Recharger la page" }).click());
    expect(reload).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});

describe("the recovery notice", () => {
  it("names the lost and repaired games by title, promises the copy only when it was written, never shows the saved text", () => {
    appStore().setState({ recoveryNotice: damaged({ lostScenarios: ["casse"], repairedScenarios: ["mentions-manquantes"] }) });
    render(<StorageNotices titles={TITLES} />);
    const notice = screen.getByRole("alert", { name: "Sauvegarde récupérée" });
    expect(notice.textContent).toContain("Parties qui n'ont pas pu être relues\u00a0:«\u00a0Un scénario abîmé\u00a0»");
    expect(notice.textContent).toContain("Parties gardées, dont l'état (en cours ou terminée) a été recalculé\u00a0:«\u00a0Contrôler une facture avant envoi\u00a0»");
    expect(notice.textContent).toContain("Une copie de l'ancienne sauvegarde est conservée dans ce navigateur.");
    expect(notice.textContent).not.toContain("PK");
    expect(screen.queryByRole("button", { name: "Télécharger l'ancienne sauvegarde" })).toBeNull();
  });

  it("says the copy could not be written, and offers the old save as a file instead", () => {
    appStore().setState({ recoveryNotice: damaged({ backupKept: false }) });
    render(<StorageNotices titles={TITLES} />);
    const notice = screen.getByRole("alert", { name: "Sauvegarde récupérée" });
    expect(notice.textContent).not.toContain("Une copie de l'ancienne sauvegarde est conservée");
    expect(notice.textContent).toContain("L'ancienne sauvegarde n'a pas pu être copiée dans ce navigateur\u00a0: téléchargez-la pour la garder.");
    expect(screen.getByRole("button", { name: "Télécharger l'ancienne sauvegarde" })).toBeTruthy();
    act(() => screen.getByRole("button", { name: "J'ai compris" }).click());
    expect(screen.queryByRole("alert", { name: "Sauvegarde récupérée" })).toBeNull();
  });
});

describe("the unsaved notice", () => {
  it("shows while a write has failed, and goes away with the next write that succeeds", () => {
    render(<StorageNotices titles={TITLES} />);
    expect(screen.queryByRole("alert", { name: "Partie non enregistrée" })).toBeNull();
    const full = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    act(() => appStore().getState().saveAttempt("mentions-manquantes", { scenarioHash: "0123456789abcdef", snapshot: { status: "active" } }));
    // The store writes when the browser is idle (docs/decisions/0150): nothing is written, nor refused, in the move itself.
    expect(full).not.toHaveBeenCalled();
    expect(screen.queryByRole("alert", { name: "Partie non enregistrée" })).toBeNull();
    act(() => appStore().flushWrites());
    full.mockRestore();
    expect(screen.getByRole("alert", { name: "Partie non enregistrée" }).textContent).toContain("L'espace de ce navigateur est plein\u00a0: vos derniers coups ne sont pas enregistrés.");
    act(() => {
      appStore().getState().retrySave();
      appStore().flushWrites();
    });
    expect(appStore().getState().persistence).toBe("saved");
    expect(screen.queryByRole("alert", { name: "Partie non enregistrée" })).toBeNull();
  });
});
