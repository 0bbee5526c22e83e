/** Stage 3, invoicing: its vocabulary, its answer key, its outbox, its judge and its hints. */
export * from "./vocabulary";
export * from "./key";
export * from "./outbox";
export * from "./judge";
export * from "./hints";
