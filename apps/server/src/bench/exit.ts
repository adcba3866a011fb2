/** An error as a bench prints it: its stack where it has one. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Runs a bench's `main` and ends the process explicitly, so a stray handle (a pool, the embedded
 * server's hooks) cannot hang it: 1 when it throws or reports a failure (returns true), else 0.
 */
export function runBench(main: () => Promise<boolean | void>): void {
  main().then(
    (failed) => process.exit(failed ? 1 : 0),
    (error: unknown) => {
      console.error(`bench failed: ${describeError(error)}`);
      process.exit(1);
    },
  );
}
