/** The newest modification time of the files under `dir` that go into dist/ (tests do not). */
export function newestSource(dir: string): number;
/** True when dist/ holds a build at least as new as src/ and the tsconfig files of `root`. */
export function builtAndCurrent(root: string): boolean;
