export * from "./activity";
export * from "./scormPackage";
