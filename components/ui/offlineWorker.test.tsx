// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OfflineSupport } from "./OfflineSupport";
import { mayInstallWorker, UpdateBanner, watchForUpdates } from "./offlineWorker";

describe("where the offline worker is installed", () => {
  const place = { secure: true, hasWorkers: true, activityUrl: "https://lycee.example/atelier/activite/" };

  it("on a site served over https, from a sub-folder too, and on http://localhost", () => {
    expect(mayInstallWorker({ ...place, url: "https://lycee.example/atelier/scenarios/" })).toBe(true);
    expect(mayInstallWorker({ ...place, url: "http://localhost:3000/", activityUrl: "http://localhost:3000/activite/" })).toBe(true);
  });

  it("never on a local file, an insecure page, a browser without workers, nor the LMS launch page", () => {
    expect(mayInstallWorker({ ...place, url: "file:///media/cle/atelier/index.html", activityUrl: "file:///media/cle/atelier/activite/" })).toBe(false);
    expect(mayInstallWorker({ ...place, secure: false, url: "http://lycee.example/atelier/" })).toBe(false);
    expect(mayInstallWorker({ ...place, hasWorkers: false, url: "https://lycee.example/atelier/" })).toBe(false);
    expect(mayInstallWorker({ ...place, url: "https://lycee.example/atelier/activite/?sco=depassement-d-encours" })).toBe(false);
    expect(mayInstallWorker({ ...place, url: "https://lycee.example/atelier/activite/index.html" })).toBe(false);
  });
});

/** A worker and its registration as the browser reports them, driven by the test. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = "installing";
  postMessage = vi.fn();
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}

function browserWorkers(controlled: boolean) {
  const registration = Object.assign(new EventTarget(), { waiting: null as FakeWorker | null, installing: null as FakeWorker | null });
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? new FakeWorker() : null,
    register: vi.fn(async () => registration),
  });
  const installNewVersion = () => {
    const worker = new FakeWorker();
    registration.installing = worker;
    registration.dispatchEvent(new Event("updatefound"));
    worker.moveTo("installed");
    return worker;
  };
  return { registration, container: container as unknown as ServiceWorkerContainer, installNewVersion, changeController: () => container.dispatchEvent(new Event("controllerchange")) };
}

describe("a new version of the worker", () => {
  it("is offered to a page that runs an older one; applied, it takes over, then the page reloads", async () => {
    const { container, installNewVersion, changeController } = browserWorkers(true);
    const offer = vi.fn<(apply: () => void) => void>();
    const reload = vi.fn();
    await watchForUpdates(container, "https://lycee.example/atelier/sw.js", offer, reload);
    expect(container.register).toHaveBeenCalledWith("https://lycee.example/atelier/sw.js");
    const worker = installNewVersion();
    expect(offer).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();
    offer.mock.calls[0]![0]();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: "skipWaiting" });
    expect(reload).not.toHaveBeenCalled();
    changeController();
    expect(reload).toHaveBeenCalledOnce();
  });

  it("already waiting when the page opens is offered too; another tab applying it reloads nothing here", async () => {
    const { container, registration, changeController } = browserWorkers(true);
    const waiting = new FakeWorker();
    waiting.state = "installed";
    registration.waiting = waiting;
    const offer = vi.fn<(apply: () => void) => void>();
    const reload = vi.fn();
    await watchForUpdates(container, "sw.js", offer, reload);
    expect(offer).toHaveBeenCalledOnce();
    waiting.state = "activated";
    changeController();
    expect(reload).not.toHaveBeenCalled();
    // This page's learner applies it later: the new version already runs, a reload is all it takes.
    offer.mock.calls[0]![0]();
    expect(waiting.postMessage).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledOnce();
  });

  it("is not offered at the first install (nothing to update), and taking the page over then does not reload it", async () => {
    const { container, installNewVersion, changeController } = browserWorkers(false);
    const offer = vi.fn();
    const reload = vi.fn();
    await watchForUpdates(container, "sw.js", offer, reload);
    installNewVersion();
    changeController();
    expect(offer).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });
});

describe("the update banner", () => {
  afterEach(cleanup);

  it("says so in French, as a status; « Mettre à jour » applies, « Plus tard » does not", () => {
    const onUpdate = vi.fn();
    const onLater = vi.fn();
    render(<UpdateBanner onUpdate={onUpdate} onLater={onLater} />);
    expect(screen.getByRole("status", { name: "Nouvelle version" }).textContent).toContain("Une nouvelle version de l'atelier est disponible.");
    act(() => screen.getByRole("button", { name: "Mettre à jour" }).click());
    expect(onUpdate).toHaveBeenCalledOnce();
    act(() => screen.getByRole("button", { name: "Plus tard" }).click());
    expect(onLater).toHaveBeenCalledOnce();
  });

  it("is not shown, and nothing is installed, outside a production build", async () => {
    const { container } = render(<OfflineSupport />);
    await act(async () => new Promise((done) => setTimeout(done, 50)));
    expect(container.innerHTML).toBe("");
  });
});
