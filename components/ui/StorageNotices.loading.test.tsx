// @vitest-environment jsdom
/**
 * The storage notices before their chunk has arrived (docs/decisions/0151): their own file, so that
 * no other test has fetched them before (each test file has its own modules).
 */
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appStore } from "@/store/useAppStore";
import { StorageNotices } from "./StorageNotices";

beforeEach(async () => {
  await appStore().persist.rehydrate();
});
afterEach(() => {
  cleanup();
  appStore().setState({ newerSaveNotice: null });
});

describe("the storage notices, fetched only when there is something to say", () => {
  it("render nothing while the save is written, then say « Chargement… » until the notice's chunk is there", async () => {
    render(<StorageNotices titles={{}} />);
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    act(() => appStore().setState({ newerSaveNotice: "Votre sauvegarde a été enregistrée par une version plus récente de l'atelier (version 7)." }));
    expect(screen.getByRole("status")).toHaveTextContent("Chargement…");
    expect(await screen.findByRole("alert", { name: "Sauvegarde d'une version plus récente" })).toBeInTheDocument();
    expect(screen.queryByText("Chargement…")).toBeNull();
  });
});
