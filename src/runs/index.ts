// Runs over a store: what the CLI's `events` and the server share (see README.md).
export { reportFromStore, ReportCache, type ComputeReport, type CurrentReport, type ReportCacheOptions, type StoredReportOptions, type StoredReportResult } from "./stored.ts";
export { ReportWorker, workerCanOpen } from "./off-thread.ts";
export { changedSentences, changesBetween, changesOfRun, changesSince, type Change } from "./changes.ts";
export { followOnce, type FollowOptions, type FollowResult } from "./follow.ts";
export { SENTENCES_CHANGED, versionedPut, versionVerdict } from "./versions.ts";
