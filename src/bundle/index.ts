/**
 * The entry of the one bundle, dist/bundle/index.js. Every file that the runner, bin/stackgate.js
 * or a worker thread starts is a stub written by scripts/build.mjs, dist/<name>/index.js, that calls
 * start('<name>'). Each entry is an import(), so ncc puts its modules in chunks
 * (dist/bundle/<id>.index.js) and a run reads only the chunks of the entry it starts: the comment
 * action never loads the check catalogue, `stackgate --version` loads almost nothing.
 */
import path from 'node:path';
import { usePlainEnvironment } from './plain-environment';

/** dist/bundle/ -> dist/secrets-worker/index.js: the file a scanner thread starts from. */
const workerEntry = (): string => path.join(__dirname, '../secrets-worker/index.js');
/** dist/bundle/ -> dist/validate-worker/index.js: the file a thread of validate starts from. */
const validateWorkerEntry = (): string => path.join(__dirname, '../validate-worker/index.js');

export const ENTRIES = {
  // The actions: actions/<name>/action.yml runs dist/<name>/index.js.
  validate: async () => (await import('../actions/validate')).run(process.env, validateWorkerEntry()),
  secrets: async () => (await import('../actions/secrets')).run(process.env, workerEntry()),
  smoke: async () => (await import('../actions/smoke')).run(process.env),
  readiness: async () => (await import('../actions/readiness')).run(process.env, { workerEntry: workerEntry() }),
  comment: async () => (await import('../actions/comment')).run(),
  deploy: async () => (await import('../actions/deploy')).run(process.env, workerEntry()),
  environments: async () => (await import('../actions/environments')).run(process.env),
  gate: async () => (await import('../actions/gate')).run(process.env),
  // The `stackgate` executable (bin/stackgate.js): every command loads its own modules when it runs.
  cli: async () => {
    const [{ main }, { runAsProcess }] = await Promise.all([import('../cli/main'), import('../cli/process-io')]);
    runAsProcess(main, __dirname);
  },
  // The secret scanner's worker threads (a thread starts from a file: dist/secrets-worker/index.js).
  'secrets-worker': async () => {
    await import('../adapters/secrets/worker');
  },
  // validate's worker threads (dist/validate-worker/index.js): they parse and check files of large repositories.
  'validate-worker': async () => {
    await import('../adapters/validate/worker');
  },
} satisfies Record<string, () => Promise<unknown>>;

/** Runs one entry. An action reports its own failures (failStep); this catches only a chunk that does not load. */
export function start(name: string): void {
  if (!Object.hasOwn(ENTRIES, name)) throw new Error(`no entry "${name}" in dist/bundle (run npm run build)`);
  usePlainEnvironment(process);
  ENTRIES[name as keyof typeof ENTRIES]().catch((e: unknown) => {
    process.stderr.write(`stackgate: internal error: ${name} did not start: ${e instanceof Error ? e.message : String(e)}, please report it\n`);
    process.exitCode = 2;
  });
}
