// Broadcasts: audience (audience.ts), content rules (content.ts), life cycle and reports
// (broadcasts.ts). Times typed for scheduling are read by the events editor's parser
// (src/domain/events-editor/datetime.ts).
export * from "./audience.ts";
export * from "./content.ts";
export * from "./broadcasts.ts";
