// What every command shares: the exit codes and the terminal-and-clock the CLI is given,
// kept apart from the commands themselves so that no command module imports another.

/** 0 all inputs reported; 1 some input could not be read or used; 2 the command was wrong. */
export const EXIT = { ok: 0, inputProblems: 1, usage: 2 } as const;

/** The terminal and the clock: `main` takes them so tests run the CLI in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  /** Standard error when it is a terminal (for the progress bar); absent otherwise and in tests. */
  terminal?: NodeJS.WriteStream;
}
