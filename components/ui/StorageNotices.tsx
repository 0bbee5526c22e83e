"use client";
import { useEffect, useState, type ReactNode } from "react";
import { useAppStore, useStoreHydrated } from "@/store/useAppStore";
import type { StorageNoticeList } from "./StorageNoticeList";
import { loadOnce } from "./loadOnce";

/** Scenario titles by id, so that a notice names a game as the library does. */
type Titles = Readonly<Record<string, string>>;

type NoticeList = typeof StorageNoticeList;

let loadedList: NoticeList | undefined;

/**
 * The notices themselves, fetched once: they show only when storage fails or a save is damaged,
 * so they are not in every page's first load (docs/decisions/0151). A failed fetch is tried again
 * on the next render.
 */
export const loadStorageNoticeList = loadOnce(() =>
  import("./StorageNoticeList").then((module) => {
    loadedList = module.StorageNoticeList;
    return module.StorageNoticeList;
  }),
);

/**
 * What the browser does with the learner's work, on every page: kept in memory only, not saved
 * after a failed write, or a damaged save set aside. Nothing shows before the save was read, nor
 * while there is nothing to say; while the notices' chunk arrives, « Chargement… ».
 */
export function StorageNotices({ titles }: { titles: Titles }) {
  const hydrated = useStoreHydrated();
  const toSay = useAppStore((s) => s.persistence !== "saved" || s.newerSaveNotice !== null || s.recoveryNotice !== null);
  if (!hydrated || !toSay) return null;
  return <NoticeListOnceLoaded titles={titles} />;
}

/** The notices once their chunk is there (at once if it came before), « Chargement… » meanwhile. */
function NoticeListOnceLoaded({ titles }: { titles: Titles }): ReactNode {
  const [List, setList] = useState<NoticeList | undefined>(() => loadedList);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (List !== undefined) return;
    let live = true;
    loadStorageNoticeList().then(
      (loaded) => {
        if (live) setList(() => loaded);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [List]);
  if (List !== undefined) return <List titles={titles} />;
  return (
    <p className="alert notice storage-notice" role="status">
      {failed ? "Un avertissement sur l'enregistrement de vos parties n'a pas pu être chargé\u00a0: vérifiez la connexion, puis rechargez la page." : "Chargement…"}
    </p>
  );
}
