// Runs over a store: what the CLI's `events` and the server share (see README.md).
export { reportFromStore, ReportCache, type CurrentReport, type StoredReportOptions, type StoredReportResult } from "./stored.ts";
export { changedSentences, changesBetween, changesSince, type Change } from "./changes.ts";
export { followOnce, type FollowOptions, type FollowResult } from "./follow.ts";
