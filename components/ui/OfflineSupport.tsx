"use client";
import { useEffect, useState, type ComponentType } from "react";

type Offer = { Banner: ComponentType<{ onUpdate: () => void; onLater: () => void }>; apply: () => void };

/** Runs `task` once the page has loaded, so that what it fetches never competes with the page itself. */
function afterPageLoad(task: () => void): () => void {
  if (document.readyState === "complete") {
    task();
    return () => undefined;
  }
  window.addEventListener("load", task, { once: true });
  return () => window.removeEventListener("load", task);
}

/**
 * Offline use on every page (docs/decisions/0128): the worker and its banner are fetched after the
 * page has loaded (offlineWorker.tsx), so that only these few lines are in each page's first load.
 */
export function OfflineSupport() {
  const [offer, setOffer] = useState<Offer | null>(null);
  useEffect(
    () =>
      afterPageLoad(() => {
        void import("./offlineWorker").then(({ startOfflineSupport, UpdateBanner }) => startOfflineSupport((apply) => setOffer({ Banner: UpdateBanner, apply })));
      }),
    [],
  );
  if (!offer) return null;
  return <offer.Banner onUpdate={offer.apply} onLater={() => setOffer(null)} />;
}
