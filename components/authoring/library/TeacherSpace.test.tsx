// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { IDBFactory } from "fake-indexeddb";
import { createStore, set } from "idb-keyval";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CATALOG } from "@/components/catalog/catalog";
import { LIBRARY_DATABASE, LIBRARY_STORE, LIBRARY_VERSION, openTeacherLibrary } from "@/store/teacherLibrary";
import { unzipSync } from "fflate";
import { decodeShareLink } from "../shareLink";
import { bundledScenarioTexts } from "./bundled";
import { TeacherSpace } from "./TeacherSpace";

/** What the page handed to the browser's download. */
const saved: { blob: Blob; fileName: string }[] = [];
vi.mock(import("@/components/ui/saveFile"), async (original) => ({ ...(await original()), saveBlob: (blob: Blob, fileName: string) => saved.push({ blob, fileName }) }));

const scenarioText = readFileSync("scenarios/02-depassement-d-encours.json", "utf8");
const quizText = readFileSync("quizzes/controle-des-commandes.json", "utf8");
const BUNDLED = CATALOG.map(({ scenario }) => ({ id: scenario.id, title: scenario.title, stages: scenario.stages }));
/** The full check plays the engine's key: a few seconds for a batch under a loaded machine. */
const PATIENCE = { timeout: 20_000 };

/** A file as the input gives it; `read` counts the reads, to prove a huge file is never read. */
function pickedFile(name: string, text: string) {
  return new File([text], name, { type: "application/json" });
}

function hugeFile(name: string) {
  const read = vi.fn(() => Promise.reject(new Error("lu")));
  return { file: { name, size: 50_000_000, type: "application/json", arrayBuffer: read } as unknown as File, read };
}

/** As toHaveTextContent reads it: the narrow no-break space of French numbers becomes a space. */
const frenchCount = (n: number) => new Intl.NumberFormat("fr-FR").format(n).replace(/\s/gu, " ");

/** « Partager « Encours » » : the accessible name may lose the space before hidden context. */
function named(action: string, context: string): RegExp {
  return new RegExp(`^${action} ?${context.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}$`, "u");
}

function record(title: string) {
  return screen.getByRole("article", { name: title });
}

async function renderSpace() {
  render(<TeacherSpace bundled={BUNDLED} />);
  await screen.findByRole("heading", { name: "Ma bibliothèque" });
  await waitFor(() => expect(screen.queryByText("Lecture de votre bibliothèque…")).toBeNull());
}

async function addRecord(kind: "scenario" | "quiz", title: string, text: string) {
  const library = await openTeacherLibrary();
  const saved = await library.add({ kind, title, text });
  if (!saved.ok) throw new Error(saved.message);
  return saved.record;
}

beforeEach(() => {
  saved.length = 0;
  vi.stubGlobal("indexedDB", new IDBFactory());
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the teacher's library list", () => {
  it("shows each document's title, kind, date and check, and names a damaged entry", async () => {
    await addRecord("scenario", "Une commande de papier d'une cliente fidèle", scenarioText);
    await addRecord("scenario", "Brouillon cassé", '{"schemaVersion": 1, "id": "x"}');
    await set("abime", { version: LIBRARY_VERSION + 1, record: {} }, createStore(LIBRARY_DATABASE, LIBRARY_STORE));
    await renderSpace();

    const valid = record("Une commande de papier d'une cliente fidèle");
    expect(within(valid).getByText("Scénario")).toBeInTheDocument();
    expect(within(valid).getByText(/^\d{1,2} \S+ 20\d\d à \d\d:\d\d$/u)).toBeInTheDocument();
    await within(valid).findByText("Valide", undefined, PATIENCE);

    const broken = record("Brouillon cassé");
    const badge = await within(broken).findByText("À corriger : 9 problèmes", undefined, PATIENCE);
    expect(badge).toHaveAttribute("data-status", "invalid");
    // The card names the document: its messages start with the field, in the editor's words.
    expect(within(broken).getAllByRole("listitem")[0]).toHaveTextContent(/^Titre : champ obligatoire absent \(un texte entre guillemets attendu\)$/u);

    expect(within(screen.getByRole("list", { name: "Documents illisibles" })).getByRole("listitem")).toHaveTextContent(
      `Un document de votre bibliothèque a été enregistré par une version plus récente de l'atelier (version ${LIBRARY_VERSION + 1}) : il est gardé tel quel, ouvrez-le avec cette version. (identifiant abime)`,
    );
  }, 30_000);

  it("links each document to its editor, preview and answer key, by its id", async () => {
    const saved = await addRecord("scenario", "Encours", scenarioText);
    const quiz = await addRecord("quiz", "Questions", quizText);
    await renderSpace();
    const card = record("Encours");
    expect(within(card).getByRole("link", { name: named("Modifier", "«\u00a0Encours\u00a0»") })).toHaveAttribute("href", `./enseignant/scenario/?id=${saved.id}`);
    expect(within(card).getByRole("link", { name: named("Aperçu", "de «\u00a0Encours\u00a0»") })).toHaveAttribute("href", `./enseignant/apercu/?id=${saved.id}`);
    expect(within(card).getByRole("link", { name: named("Corrigé", "de «\u00a0Encours\u00a0»") })).toHaveAttribute("href", `./enseignant/corrige/?id=${saved.id}`);
    const quizCard = record("Questions");
    expect(within(quizCard).getByRole("link", { name: named("Modifier", "«\u00a0Questions\u00a0»") })).toHaveAttribute("href", `./enseignant/quiz/?id=${quiz.id}`);
    expect(within(quizCard).queryByRole("link", { name: /^Corrigé/u })).toBeNull();
    expect(screen.getByRole("link", { name: named("Corrigé", ": Une commande de papier d'une cliente fidèle") })).toHaveAttribute("href", "./enseignant/corrige/?scenario=depassement-d-encours");
  });

  it("duplicates, then deletes after a confirmation that Escape cancels", async () => {
    await addRecord("scenario", "Encours", scenarioText);
    await renderSpace();
    fireEvent.click(within(record("Encours")).getByRole("button", { name: named("Dupliquer", "«\u00a0Encours\u00a0»") }));
    await screen.findByRole("article", { name: "Encours (copie)" });
    expect(screen.getByText("Copie créée : « Encours (copie) ».")).toBeInTheDocument();

    const copy = record("Encours (copie)");
    fireEvent.click(within(copy).getByRole("button", { name: named("Supprimer", "«\u00a0Encours (copie)\u00a0»") }));
    const question = within(copy).getByRole("group", { name: /^Supprimer «\u00a0Encours \(copie\)\u00a0» de votre bibliothèque\u00a0\?/u });
    expect(within(question).getByRole("button", { name: "Annuler" })).toHaveFocus();
    fireEvent.keyDown(question, { key: "Escape" });
    expect(within(copy).getByRole("button", { name: named("Supprimer", "«\u00a0Encours (copie)\u00a0»") })).toHaveFocus();

    fireEvent.click(within(copy).getByRole("button", { name: named("Supprimer", "«\u00a0Encours (copie)\u00a0»") }));
    fireEvent.click(within(copy).getByRole("button", { name: named("Supprimer", "définitivement") }));
    await waitFor(() => expect(screen.queryByRole("article", { name: "Encours (copie)" })).toBeNull());
    expect(screen.getByText("« Encours (copie) » est supprimé de votre bibliothèque.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Ma bibliothèque" })).toHaveFocus();
    expect((await (await openTeacherLibrary()).list()).records.map((r) => r.title)).toEqual(["Encours"]);
  });

  it("says the library lives only in this tab when the browser refuses IndexedDB", async () => {
    vi.stubGlobal("indexedDB", undefined);
    await renderSpace();
    expect(screen.getByRole("status", { name: "Enregistrement de la bibliothèque" })).toHaveTextContent(
      "Ce navigateur refuse l'enregistrement (navigation privée ou profil verrouillé) : votre bibliothèque ne vit que dans cet onglet et disparaîtra à sa fermeture.",
    );
  });
});

describe("creating a document", () => {
  it("creates a blank quiz, and a scenario from a template whose text is fetched only then", async () => {
    const fetched = vi.fn(async () => Response.json(bundledScenarioTexts(CATALOG)));
    vi.stubGlobal("fetch", fetched);
    await renderSpace();
    fireEvent.click(screen.getByRole("button", { name: "Questionnaire vide" }));
    await screen.findByRole("article", { name: "Nouveau questionnaire" });
    expect(fetched).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Plafond d'encours dépassé à la prise de commande" }));
    const title = "Mon scénario\u00a0: plafond d'encours dépassé à la prise de commande";
    const created = await screen.findByRole("article", { name: title });
    expect(fetched).toHaveBeenCalledWith(`${window.location.origin}/enseignant/scenarios-livres.json`);
    const [saved] = (await (await openTeacherLibrary()).list()).records.filter((r) => r.title === title);
    expect(screen.getByRole("link", { name: "L'ouvrir dans l'éditeur" })).toHaveAttribute("href", `./enseignant/scenario/?id=${saved?.id}`);
    await within(created).findByText("Valide", undefined, PATIENCE);
  }, 30_000);

  it("says so when the bundled scenarios cannot be fetched, and creates nothing", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("", { status: 404 })));
    await renderSpace();
    fireEvent.click(screen.getByRole("button", { name: named("Copier dans ma bibliothèque", ": Choisir l'étape de relance d'une facture impayée") }));
    expect(await screen.findByText("Les scénarios livrés n'ont pas pu être chargés (réponse 404) : vérifiez la connexion au site puis réessayez.")).toBeInTheDocument();
    expect((await (await openTeacherLibrary()).list()).records).toEqual([]);
  });
});

describe("importing files", () => {
  it("imports the valid files of a batch and explains each refused one, a 50 Mo file refused without being read", async () => {
    await renderSpace();
    const huge = hugeFile("enorme.json");
    const wrongSchema = JSON.stringify({ ...JSON.parse(scenarioText), level: "licence" });
    const hostileTitle = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const hostile = JSON.stringify({ ...JSON.parse(scenarioText), title: hostileTitle });
    fireEvent.change(screen.getByLabelText("Fichiers à importer (plusieurs à la fois possible)"), {
      target: { files: [pickedFile("credit.json", scenarioText), pickedFile("niveau.json", wrongSchema), huge.file, pickedFile("piege.json", hostile)] },
    });
    await screen.findByText("2 fichiers importés sur 4.", undefined, PATIENCE);
    expect(huge.read).not.toHaveBeenCalled();

    const reports = screen.getByText("2 fichiers importés sur 4.").nextElementSibling as HTMLElement;
    const items = within(reports).getAllByRole("listitem").filter((item) => item.parentElement === reports);
    expect(items.map((item) => item.firstChild?.nextSibling?.textContent)).toEqual(["credit.json", "niveau.json", "enorme.json", "piege.json"]);
    expect(items[0]).toHaveTextContent("✓ credit.json : importé sous le titre « Une commande de papier d'une cliente fidèle ».");
    expect(items[1]).toHaveTextContent(/^✗ niveau\.json : refusé, rien n'est importé\.niveau\.json : Niveau : /u);
    expect(items[2]).toHaveTextContent(
      "✗ enorme.json : refusé, rien n'est importé.enorme.json : fichier trop volumineux (plus de 2 Mo) : un scénario ou un questionnaire en fait quelques ko ; est-ce bien un scénario ou un questionnaire ?",
    );
    // HTML in a title is text: shown as typed, never run.
    expect(items[3]).toHaveTextContent(`✓ piege.json : importé sous le titre « ${hostileTitle} ».`);
    expect(document.querySelector("img, script")).toBeNull();
    expect(await screen.findByRole("article", { name: hostileTitle })).toBeInTheDocument();
    expect((await (await openTeacherLibrary()).list()).records).toHaveLength(2);
  }, 30_000);

  it("refuses a file that is not UTF-8 with its line, and imports a dropped quiz", async () => {
    await renderSpace();
    const latin1 = new File([new Uint8Array([0x7b, 0x0a, 0x22, 0xe9, 0x22, 0x7d])], "ansi.json");
    const zone = screen.getByText("Déposez ici des scénarios ou des questionnaires (.json), ou choisissez-les :").parentElement as HTMLElement;
    await act(async () => {
      fireEvent.drop(zone, { dataTransfer: { files: [latin1, pickedFile("quiz.json", quizText)] } });
    });
    await screen.findByText("1 fichier importé sur 2.", undefined, PATIENCE);
    expect(screen.getByText(/^ansi\.json : le fichier n'est pas en UTF-8 \(octet invalide ligne 2\)/u)).toBeInTheDocument();
    expect(await screen.findByRole("article", { name: "Contrôle et suivi des commandes clients" })).toBeInTheDocument();
  }, 30_000);
});

describe("the share link", () => {
  it("shows the link, its length against the limit, and copies it", async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
    await addRecord("scenario", "Encours", scenarioText);
    await renderSpace();
    fireEvent.click(within(record("Encours")).getByRole("button", { name: named("Partager", "«\u00a0Encours\u00a0»") }));
    // The link's compressor comes by import() when the panel opens.
    const field = await screen.findByLabelText<HTMLInputElement>("Lien de partage (l'élève qui l'ouvre joue directement)");
    expect(field).toHaveAttribute("readonly");
    expect(field.value.startsWith(`${window.location.origin}/partage/#v1.scenario.`)).toBe(true);
    expect(decodeShareLink(new URL(field.value).hash)).toEqual({ ok: true, kind: "scenario", text: scenarioText });
    expect(screen.getByRole("region", { name: named("Partager", "«\u00a0Encours\u00a0»") })).toHaveTextContent(`${frenchCount(field.value.length)} caractères sur ${frenchCount(8000)} au plus.`);

    fireEvent.click(screen.getByRole("button", { name: "Copier le lien" }));
    await screen.findByText("Lien copié : collez-le dans un message, l'ENT ou Moodle.");
    expect(writeText).toHaveBeenCalledWith(field.value);
  });

  it("past the limit, says so and offers the file instead", async () => {
    await addRecord("quiz", "Banque de questions", quizText);
    await renderSpace();
    fireEvent.click(within(record("Banque de questions")).getByRole("button", { name: named("Partager", "«\u00a0Banque de questions\u00a0»") }));
    const panel = await screen.findByRole("region", { name: named("Partager", "«\u00a0Banque de questions\u00a0»") });
    expect(panel).toHaveTextContent(/Le lien ferait 2\d \d{3} caractères, au-delà de la limite de 8 000 : une messagerie ou l'ENT risquerait de le couper\./u);
    expect(within(panel).queryByRole("textbox")).toBeNull();
    expect(within(panel).getByRole("button", { name: "Télécharger le fichier (.json)" })).toBeInTheDocument();
  });
});

describe("the Moodle (SCORM) package", () => {
  /** The exported site as the build leaves it, reduced to what a package reads, served by the stubbed fetch. */
  const SITE: Record<string, string> = {
    "activite/fichiers.json": JSON.stringify({ format: 1, page: "activite/index.html", files: ["_next/static/chunks/page.js", "icon.svg"] }),
    "activite/index.html": '<!DOCTYPE html><script src="../_next/static/chunks/page.js"></script>',
    "_next/static/chunks/page.js": "console.log('atelier');",
    "icon.svg": "<svg/>",
  };

  function servedSite(missing?: string) {
    return vi.fn(async (url: string) => {
      const path = url.replace(`${window.location.origin}/`, "");
      const text = path === missing ? undefined : SITE[path];
      return text === undefined ? new Response("", { status: 404 }) : new Response(text);
    });
  }

  it("fetches the files the build listed only on the click, and downloads the zip with the document's text", async () => {
    const fetched = servedSite();
    vi.stubGlobal("fetch", fetched);
    await addRecord("scenario", "Encours à l'oral", scenarioText);
    await renderSpace();
    const card = record("Encours à l'oral");
    await within(card).findByText("Valide", undefined, PATIENCE);
    expect(fetched).not.toHaveBeenCalled();

    fireEvent.click(within(card).getByRole("button", { name: named("Paquet Moodle \\(SCORM\\)", "de «\u00a0Encours à l'oral\u00a0»") }));
    // The matcher reads the no-break space before « ko » as a space.
    await screen.findByText(/^Le paquet Moodle de « Encours à l'oral » est téléchargé sous le nom encours-a-l-oral\.zip \(\d+ ko\) : dans Moodle, Ajouter une activité → Paquetage SCORM\.$/u, undefined, PATIENCE);
    expect(fetched.mock.calls.map(([url]) => url)).toEqual(["activite/fichiers.json", "activite/index.html", "_next/static/chunks/page.js", "icon.svg"].map((path) => `${window.location.origin}/${path}`));
    expect(saved.map((file) => file.fileName)).toEqual(["encours-a-l-oral.zip"]);
    const files = unzipSync(new Uint8Array(await (saved[0] as { blob: Blob }).blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(["_next/static/chunks/page.js", "activite/activite.js", "activite/index.html", "icon.svg", "imsmanifest.xml"]);
    const script = new TextDecoder().decode(files["activite/activite.js"]);
    const window_: { ATELIER_ACTIVITE?: { kind: string; id: string; title: string; text: string } } = {};
    new Function("window", script)(window_);
    expect(window_.ATELIER_ACTIVITE).toEqual({ format: 1, kind: "scenario", id: "depassement-d-encours", title: "Une commande de papier d'une cliente fidèle", text: scenarioText });
    expect(new TextDecoder().decode(files["imsmanifest.xml"])).toContain("<title>Une commande de papier d&apos;une cliente fidèle</title>");
    expect(within(card).queryByRole("progressbar")).toBeNull();
    expect(within(card).getByRole("button", { name: /^Paquet Moodle/u })).toHaveAttribute("aria-disabled", "false");
  }, 30_000);

  it("names the file the site did not give, and downloads nothing", async () => {
    vi.stubGlobal("fetch", servedSite("icon.svg"));
    await addRecord("quiz", "Questions", quizText);
    await renderSpace();
    const card = record("Questions");
    await within(card).findByText("Valide", undefined, PATIENCE);
    fireEvent.click(within(card).getByRole("button", { name: /^Paquet Moodle/u }));
    expect(await screen.findByText("Le fichier icon.svg du site n'a pas pu être chargé (réponse 404) : vérifiez la connexion au site puis refaites le paquet.")).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it("refuses a document that fails the check, before fetching anything", async () => {
    const fetched = servedSite();
    vi.stubGlobal("fetch", fetched);
    await addRecord("scenario", "Brouillon cassé", '{"schemaVersion": 1, "id": "x"}');
    await renderSpace();
    const card = record("Brouillon cassé");
    await within(card).findByText(/^À corriger/u, undefined, PATIENCE);
    fireEvent.click(within(card).getByRole("button", { name: /^Paquet Moodle/u }));
    expect(
      await screen.findByText("« Brouillon cassé » ne passe pas la vérification : corrigez-le dans l'éditeur avant d'en faire un paquet Moodle, sinon l'élève verrait les erreurs au lieu de l'exercice."),
    ).toBeInTheDocument();
    expect(fetched).not.toHaveBeenCalled();
  });
});
