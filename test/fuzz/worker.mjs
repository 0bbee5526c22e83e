// A worker thread does not inherit the TypeScript loader: tsx compiles worker.ts (and resolves "@/").
import { tsImport } from "tsx/esm/api";

await tsImport("./worker.ts", import.meta.url);
