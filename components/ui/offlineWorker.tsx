/**
 * The offline worker seen from the page (issue 14, docs/decisions/0128): where it may be installed,
 * how a new version is offered, and the banner that offers it. Loaded by import() once the page has
 * loaded (OfflineSupport.tsx), so that no page's first load carries it.
 */
import { siteUrl } from "./siteRoot";

/** What decides whether a page installs the worker. */
export interface WorkerPlace {
  url: string;
  /** `window.isSecureContext`: https, or http on localhost. */
  secure: boolean;
  /** Whether the browser has service workers at all. */
  hasWorkers: boolean;
  /** The LMS launch page's address: the platform serves the package, its own rules for caching. */
  activityUrl: string;
}

/** Only a site served over http(s) in a secure context; never a local file, never the LMS launch page. */
export function mayInstallWorker({ url, secure, hasWorkers, activityUrl }: WorkerPlace): boolean {
  const { protocol } = new URL(url);
  return hasWorkers && secure && (protocol === "https:" || protocol === "http:") && !url.startsWith(activityUrl);
}

/**
 * Registers the worker at `workerUrl` (its folder is its scope) and calls `offer` when a new version
 * is installed while this page runs an older one. The page reloads only once the learner applied
 * the offer and the new version took over: never by itself during a game, nor at the first install.
 */
export async function watchForUpdates(container: ServiceWorkerContainer, workerUrl: string, offer: (apply: () => void) => void, reload: () => void): Promise<void> {
  const registration = await container.register(workerUrl);
  let applied = false;
  container.addEventListener("controllerchange", () => {
    if (applied) reload();
  });
  const offerIfUpdate = (worker: ServiceWorker) => {
    if (!container.controller) return;
    offer(() => {
      applied = true;
      // Another tab may have applied it already: this page then runs under it and only needs reloading.
      if (worker.state === "activated") reload();
      else worker.postMessage({ type: "skipWaiting" });
    });
  };
  if (registration.waiting) offerIfUpdate(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed") offerIfUpdate(worker);
    });
  });
}

/** Installs the worker if this page may have one, and reports each new version to `offer`. */
export function startOfflineSupport(offer: (apply: () => void) => void): void {
  // `npm run dev` has no sw.js, and a worker from an exported copy must not serve its pages.
  if (process.env.NODE_ENV !== "production") return;
  const place: WorkerPlace = {
    url: location.href,
    secure: window.isSecureContext,
    hasWorkers: "serviceWorker" in navigator,
    activityUrl: siteUrl("activite/"),
  };
  if (!mayInstallWorker(place)) return;
  // Offline use is a bonus: a host that refuses the worker leaves the site as it was.
  watchForUpdates(navigator.serviceWorker, siteUrl("sw.js"), offer, () => location.reload()).catch(() => undefined);
}

/** « Une nouvelle version… »: the learner chooses when; « Plus tard » keeps the page as it is. */
export function UpdateBanner({ onUpdate, onLater }: { onUpdate: () => void; onLater: () => void }) {
  return (
    <section className="alert notice update-banner" role="status" aria-label="Nouvelle version">
      <p>Une nouvelle version de l&apos;atelier est disponible.</p>
      <p className="muted">Mettre à jour recharge la page&nbsp;; vos parties enregistrées dans ce navigateur sont gardées.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onUpdate}>
          Mettre à jour
        </button>
        <button type="button" className="button secondary" onClick={onLater}>
          Plus tard
        </button>
      </div>
    </section>
  );
}
