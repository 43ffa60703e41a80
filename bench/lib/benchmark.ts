// What every benchmark in `npm run bench` looks like to the runner (bench/run.ts).

export interface BenchContext {
  /** A short smoke run: fewer sizes, shorter windows. */
  quick: boolean;
  /** Repository root (absolute). */
  rootDir: string;
  /** Where results files go (bench/results). */
  resultsDir: string;
  /** Scratch space, git-ignored (bench/.tmp). */
  tmpDir: string;
  /** This benchmark's own options, `--name value` or `--name` (true). */
  options: ReadonlyMap<string, string | true>;
  /** Progress output (stderr), so that stdout keeps only the results. */
  progress(message: string): void;
}

export interface Benchmark {
  name: string;
  description: string;
  /** Options this benchmark takes, name (without `--`) to help text. Values follow the name. */
  options: Readonly<Record<string, { help: string; takesValue: boolean }>>;
  /** Resolves when done; rejects (or resolves `false`) when a run broke. */
  run(context: BenchContext): Promise<boolean>;
}
