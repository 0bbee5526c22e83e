/** What the preview page loads by import() once it shows: the full check and the game moved by the engine's key. */
export { checkContent } from "../library";
export { startPreviewGame } from "./previewGame";
