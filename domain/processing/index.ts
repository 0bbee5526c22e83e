/** Stage 2, order processing: its vocabulary, its answer key, its judge and its hints. */
export * from "./vocabulary";
export * from "./key";
export * from "./judge";
export * from "./hints";
