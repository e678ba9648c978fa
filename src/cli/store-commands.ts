// The store's commands (ingest, serve, ...): registered here so the CLI's entry stays short.
import type { Command } from "commander";
import type { Io } from "./index.ts";

export function addStoreCommands(_cli: Command, _io: Io, _setExit: (code: number) => void): void {}
