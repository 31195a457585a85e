/** Captures console.error and console.warn calls while `run` runs, and restores them after. */
export async function captureConsole(run: () => unknown): Promise<{ errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return { errors, warnings };
}
