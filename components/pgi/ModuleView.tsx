"use client";
import { Suspense, type ComponentType } from "react";
import { PGI_MODULES, type PgiModuleId, type WorkspaceData } from "./workspace";
import { MailModule } from "./MailModule";

type ScreenProps = { data: WorkspaceData };
type ScreenComponent = ComponentType<ScreenProps>;

/** The screens that come in their own chunk: all but the mail, which every game opens on. */
type FetchedModule = Exclude<PgiModuleId, "mail">;

/**
 * Where each screen of the PGI but the mail is fetched from (docs/decisions/0148): the learner opens
 * them while a stage runs, never before its first decision can be made, so they are not in the
 * page's first load. The player fetches them all when idle once the first stage panel is on screen
 * (`preloadPgiScreens`), so that a screen then opens at once; until its chunk is there, the screen
 * says « Chargement… ». The three lists of sales documents share one chunk.
 */
const SCREEN_LOADERS: { readonly [M in FetchedModule]: () => Promise<ScreenComponent> } = {
  customers: () => import("./CustomersModule").then((module) => module.CustomersModule),
  products: () => import("./ProductsModule").then((module) => module.ProductsModule),
  orders: () => import("./DocumentsModule").then((module) => module.documentScreen("orders")),
  deliveries: () => import("./DocumentsModule").then((module) => module.documentScreen("deliveries")),
  invoices: () => import("./DocumentsModule").then((module) => module.documentScreen("invoices")),
  payments: () => import("./PaymentsModule").then((module) => module.PaymentsModule),
  outbox: () => import("./OutboxModule").then((module) => module.OutboxModule),
};

/** A fetch that says its result once it is over, so that a screen fetched earlier renders without waiting. */
type TrackedFetch<T> = Promise<T> & { value?: T };

const screenFetches: { [M in FetchedModule]?: TrackedFetch<ScreenComponent> } = {};

/** The one fetch of a screen; a failed fetch is forgotten, so that opening the screen again tries again. */
function fetchScreen(module: FetchedModule): TrackedFetch<ScreenComponent> {
  const started = screenFetches[module];
  if (started) return started;
  const fetching: TrackedFetch<ScreenComponent> = SCREEN_LOADERS[module]();
  fetching.then(
    (Screen) => {
      fetching.value = Screen;
    },
    () => {
      delete screenFetches[module];
    },
  );
  screenFetches[module] = fetching;
  return fetching;
}

const FETCHED_MODULES = PGI_MODULES.map((module) => module.id).filter((id): id is FetchedModule => id !== "mail");

/** Fetches every screen of the PGI (the tests, before they render one). */
export async function loadPgiScreens(): Promise<void> {
  await Promise.all(FETCHED_MODULES.map(fetchScreen));
}

/** Fetches the screen of `module`, or every screen, and ignores a failure (opening the screen tries again). */
export function preloadPgiScreens(module?: PgiModuleId): void {
  for (const id of module === undefined ? FETCHED_MODULES : FETCHED_MODULES.filter((fetched) => fetched === module)) fetchScreen(id).catch(() => undefined);
}

/** The screen of a fetched module: suspends until its chunk is there, renders at once when it already is. */
function FetchedScreen({ module, data }: { module: FetchedModule; data: WorkspaceData }) {
  // A thrown fetch, not `use`, as the stage panels do (components/stages/StagePanel.tsx).
  const Screen = screenFetches[module]?.value;
  if (Screen === undefined) throw fetchScreen(module);
  return <Screen data={data} />;
}

/** One screen of the PGI: a view over the data the learner consults to decide (it decides nothing). */
export function ModuleView({ module, data }: { module: PgiModuleId; data: WorkspaceData }) {
  const label = PGI_MODULES.find((m) => m.id === module)?.label ?? module;
  return (
    <div className="pgi-view">
      <h2 tabIndex={-1}>{label}</h2>
      {module === "mail" ? (
        <MailModule data={data} />
      ) : (
        <Suspense fallback={<p role="status">Chargement…</p>}>
          <FetchedScreen key={module} module={module} data={data} />
        </Suspense>
      )}
    </div>
  );
}
