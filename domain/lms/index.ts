/** SCORM 1.2 and the LMS package, the pure part (docs/decisions/0126, 0127): the browser's adapter is in components/lms/. */
export * from "./activity";
export * from "./scorm12";
export * from "./interactions";
export * from "./suspendData";
export * from "./scormPackage";
