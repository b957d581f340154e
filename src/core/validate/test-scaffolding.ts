/**
 * Test fixtures and scaffolding, which are not deployments: validate reports hardening findings there
 * at info. The `testPaths` globs, and files the repository itself calls scaffolding:
 * - A file whose opening comment says it is not for production: "for the development setup",
 *   "for local development", "for integration tests", "not for production", "do not use in production".
 * - A Compose file that only tests start: the repository's workflows start it in jobs that deploy
 *   to no environment, and its root Makefile only in targets named for tests, development or CI
 *   (test, e2e, integration, dev, local, ci). The default Compose file at the root, which users run,
 *   counts only when none of its services has a restart policy, which a stack that serves keeps.
 * - A Compose file in a development or test directory beside a production one (`docker/development/`
 *   next to `docker/production/`), or below a directory whose own Compose file is the deployed one
 *   (`dev/docker-compose.yml` under a root `docker-compose.yml`).
 * - Kubernetes manifests CI applies (`kubectl apply -f`) to a cluster it creates for the job (kind,
 *   k3d, minikube) in jobs that deploy to no environment: test fixtures such as a chart's samples.
 */
import path from 'node:path';
import { isBaseComposeFile } from '../compose/project';
import { isProductionName } from '../config/environments';
import type { StackgateConfig } from '../config/schema';
import { isTestPath } from '../config/test-paths';
import { isRecord } from '../is-record';
import { rootMakefile } from '../checks/ci/_makefile';
import { listWorkflows, type Workflow, type WorkflowJob } from '../checks/ci/_workflows';
import type { RepositoryContext } from '../checks/types';
import { toPlain, type MapNode } from '../source/yaml-tree';

type Repository = Pick<RepositoryContext<string, unknown>, 'paths' | 'read' | 'yaml'>;

/** The subjects a comment may say a file is for, when it is not a deployment. */
const NOT_DEPLOYED = String.raw`(?:local\s+)?(?:development|dev|testing|tests?|ci|integration(?:[- ]tests?)?|e2e(?:[- ]tests?)?|end-to-end\s+tests?)`;
/** "This file is for the **development** setup", "Services for integration tests", "for local development only". */
const FOR_NOT_DEPLOYED = new RegExp(
  String.raw`\b(?:for|is)\s+(?:the\s+|a\s+)?[*_]{0,2}${NOT_DEPLOYED}[*_]{0,2}(?=\s*(?:$|[.,:;!)]|\s(?:setup|environment|env|purposes?|only|use|usage|stack|services?|and)\b))`,
  'im',
);
const NOT_FOR_PRODUCTION =
  /\bnot\s+(?:(?:meant|intended|suitable|designed|recommended|ready)\s+)?(?:for|to\s+be\s+used\s+in)\s+production\b|\b(?:do\s+not|don'?t|never)\s+use\s+(?:this\s+(?:file\s+)?|it\s+)?in\s+production\b/i;

/** Whether a file's opening comment block (`#` lines before anything else) says it is not deployed. */
export function declaresNotDeployed(text: string): boolean {
  const comment: string[] = [];
  for (const line of text.split(/\r?\n/, 40)) {
    const trimmed = line.trim();
    if (!trimmed && !comment.length) continue;
    if (!trimmed.startsWith('#')) break;
    comment.push(trimmed.replace(/^#+\s?/, ''));
  }
  const said = comment.join('\n');
  return FOR_NOT_DEPLOYED.test(said) || NOT_FOR_PRODUCTION.test(said);
}

/** The files `docker compose` reads without `-f`, in its order of precedence. */
const DEFAULT_COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
/** A Makefile target started for tests, development or CI. */
const TEST_TARGET = /(?:^|[-_.])(?:test|tests|e2e|integration|it|dev|develop|local|ci|check)(?:$|[-_.])/i;
const COMPOSE_COMMAND = /\bdocker[- ]compose\b([^\n;&|]*)/g;

/** Where a Compose file is started from: a workflow job, or a Makefile target. */
type Starter = { kind: 'workflow'; workflow: Workflow; job: WorkflowJob } | { kind: 'make'; target: string };

/**
 * Whether a file of the repository is a test fixture or scaffolding, not a deployment: under the
 * config's `testPaths`, or (unless `testPaths: []` turns all of it off) scaffolding by what the
 * repository says of it. Built once per run; each file is read at most once, when asked about.
 */
export function testFileTest(config: StackgateConfig, repo: Repository, composeFiles: readonly string[]): (file: string) => boolean {
  const compose = new Set(composeFiles);
  const answers = new Map<string, boolean>();
  let testStacks: Set<string> | undefined;
  let applied: string[] | undefined;
  const isScaffolding = (file: string): boolean => {
    testStacks ??= startedOnlyByTests(repo, composeFiles);
    applied ??= appliedToThrowawayClusters(repo);
    const text = repo.read(file);
    return (
      testStacks.has(file) ||
      (compose.has(file) && isDevelopmentStack(file, repo.paths, composeFiles)) ||
      applied.some((target) => file === target || file.startsWith(`${target}/`)) ||
      (text !== undefined && declaresNotDeployed(text))
    );
  };
  return (file) => {
    if (isTestPath(config, file)) return true;
    if (!config.testPaths.length) return false;
    let answer = answers.get(file);
    if (answer === undefined) answers.set(file, (answer = isScaffolding(file)));
    return answer;
  };
}

/** The Compose files only tests start (the root's default file only when none of its services restarts). */
function startedOnlyByTests(repo: Repository, composeFiles: readonly string[]): Set<string> {
  const out = new Set<string>();
  const starters = composeStarters(repo, composeFiles);
  for (const file of composeFiles) {
    const started = starters.get(file) ?? [];
    // The default file at the root is what users run; tests may start it too. It counts as a test
    // stack only when nothing in it is kept running.
    if (!started.length || (isBaseComposeFile(file) && path.posix.dirname(file) === '.' && hasRestartPolicy(repo, file))) continue;
    if (started.every((s) => (s.kind === 'make' ? TEST_TARGET.test(s.target) : s.job.environment === undefined))) out.add(file);
  }
  return out;
}

/** Stage names of what is not deployed to production: development and test setups. */
const NON_PRODUCTION_DIR = /^(dev|devel|develop|development|local|sandbox|test|testing|e2e|ci)$/i;

/**
 * A Compose file in a development or test directory (`dev/`, `development/`, `testing/`) beside a
 * production one (`docker/development/` next to `docker/production/`), or below a directory whose own
 * Compose file is the one deployed (`dev/docker-compose.yml` under a root `docker-compose.yml`): the
 * developers' and the tests' stacks. stackgate's own layout, overrides beside a `common/` base, is an
 * environment model instead (compose/project.ts) and is left to it.
 */
function isDevelopmentStack(file: string, paths: readonly string[], composeFiles: readonly string[]): boolean {
  const dir = path.posix.dirname(file);
  if (!NON_PRODUCTION_DIR.test(path.posix.basename(dir))) return false;
  const parent = path.posix.dirname(dir);
  const prefix = parent === '.' ? '' : `${parent}/`;
  const siblings = new Set(paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).split('/')[0]));
  if (siblings.has('common')) return false;
  if ([...siblings].some((name) => isProductionName(name) && paths.some((p) => p.startsWith(`${prefix}${name}/`)))) return true;
  for (let up = parent; ; up = path.posix.dirname(up)) {
    if (composeFiles.some((f) => path.posix.dirname(f) === up)) return true;
    if (up === '.' || up === '/') return false;
  }
}

/** Actions and commands that create a cluster for the length of a CI job. */
const THROWAWAY_CLUSTER_ACTION =
  /^(?:helm\/kind-action|engineerd\/setup-kind|container-tools\/kind-action|AbsaOSS\/k3d-action|nolar\/setup-k3d-k3s|medyagh\/setup-minikube|manusa\/actions-setup-minikube)(?:@|$)/i;
const THROWAWAY_CLUSTER_COMMAND = /\b(?:kind\s+create\s+cluster|k3d\s+cluster\s+create|minikube\s+start|ctlptl\s+create)\b/;
const KUBECTL_APPLY = /\bkubectl\s+(?:[^\n;&|]*\s)?(?:apply|create)\s+(?:[^\n;&|]*\s)?(?:-f|--filename)(?:\s+|=)["']?([^\s"';&|]+)/g;

/**
 * The manifests (files or directories) CI applies to a cluster it creates for the job (kind, k3d,
 * minikube) in jobs that deploy to no environment: fixtures for testing, such as a chart's samples.
 */
function appliedToThrowawayClusters(repo: Repository): string[] {
  const out: string[] = [];
  for (const workflow of listWorkflows(repo)) {
    for (const job of workflow.jobs) {
      if (job.environment !== undefined) continue;
      const throwaway = job.steps.some(
        (s) => (s.uses !== undefined && THROWAWAY_CLUSTER_ACTION.test(s.uses.trim())) || THROWAWAY_CLUSTER_COMMAND.test(s.run ?? ''),
      );
      if (!throwaway) continue;
      for (const step of job.steps) {
        for (const m of (step.run ?? '').matchAll(KUBECTL_APPLY)) {
          if (/^(?:https?:|-$)/.test(m[1])) continue;
          out.push(path.posix.normalize(m[1].replace(/^\.\//, '')).replace(/\/$/, ''));
        }
      }
    }
  }
  return out;
}

/** Who starts each Compose file: `docker compose [-f file]` in workflow steps and Makefile recipes, `compose-file:` inputs, COMPOSE_FILE. */
function composeStarters(repo: Repository, composeFiles: readonly string[]): Map<string, Starter[]> {
  const known = new Set(composeFiles);
  const out = new Map<string, Starter[]>();
  const add = (file: string, starter: Starter): void => {
    const normal = path.posix.normalize(file.replace(/^\.\//, ''));
    if (known.has(normal)) out.set(normal, [...(out.get(normal) ?? []), starter]);
  };
  for (const workflow of listWorkflows(repo)) {
    for (const job of workflow.jobs) {
      const starter: Starter = { kind: 'workflow', workflow, job };
      for (const file of composeFileEnv(workflow.root, job.node)) add(file, starter);
      for (const step of job.steps) {
        const workingDirectory = toPlain(step.node.entries.get('working-directory'));
        const dir = typeof workingDirectory === 'string' && !workingDirectory.includes('${{') ? workingDirectory : '.';
        for (const [key, value] of Object.entries(step.with)) {
          if (!/^compose[-_]?files?$|^file$/i.test(key) || typeof value !== 'string') continue;
          for (const file of value.split(/[\n,]/).map((f) => f.trim().replace(/^["']|["']$/g, ''))) if (file) add(path.posix.join(dir, file), starter);
        }
        for (const file of composeFileEnv(step.node)) add(file, starter);
        for (const file of composeCommandFiles(step.run, dir, known)) add(file, starter);
      }
    }
  }
  const makefile = rootMakefile(repo.read);
  for (const [target, rule] of makefile?.rules ?? []) {
    for (const file of composeCommandFiles(rule.recipe.join('\n'), '.', known)) add(file, { kind: 'make', target });
  }
  return out;
}

/** The files of `COMPOSE_FILE` in the `env:` of the given nodes (`:`-separated). */
function composeFileEnv(...nodes: MapNode[]): string[] {
  return nodes.flatMap((node) => {
    const env = toPlain(node.entries.get('env'));
    const value = isRecord(env) ? env.COMPOSE_FILE : undefined;
    return typeof value === 'string' && !value.includes('${{') ? value.split(':').filter(Boolean) : [];
  });
}

/** The files `docker compose` commands of a script start: each `-f`/`--file`, else the default file of the directory. */
function composeCommandFiles(script: string | undefined, dir: string, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of (script ?? '').matchAll(COMPOSE_COMMAND)) {
    const args = m[1];
    if (!/\b(?:up|run|start|create)\b/.test(args)) continue;
    const files = [...args.matchAll(/(?:^|\s)(?:-f|--file)(?:\s+|=)["']?([^\s"']+)/g)].map((f) => f[1]);
    if (files.length) out.push(...files.map((f) => path.posix.join(dir, f)));
    else {
      const fallback = DEFAULT_COMPOSE_FILES.map((f) => path.posix.join(dir, f)).find((f) => known.has(f));
      if (fallback) out.push(fallback);
    }
  }
  return out;
}

/** Whether any service of a Compose file sets `restart:` (or `deploy.restart_policy`). */
function hasRestartPolicy(repo: Repository, file: string): boolean {
  const services = toPlain(repo.yaml(file)?.documents[0]?.root);
  if (!isRecord(services) || !isRecord(services.services)) return false;
  return Object.values(services.services).some(
    (s) => isRecord(s) && (s.restart !== undefined || (isRecord(s.deploy) && s.deploy.restart_policy !== undefined)),
  );
}
