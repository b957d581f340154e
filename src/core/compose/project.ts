/**
 * Compose stacks and their effective model per environment: base files + environment overrides,
 * interpolated from env files, with `extends` resolved and profiles applied.
 */
import path from 'node:path';
import {
  configuredEnvironmentNames,
  isEnvironmentName,
  isProductionEnvironment,
  sortEnvironmentNames,
  UNNAMED_ENVIRONMENT,
  type EnvironmentInfo,
} from '../config/environments';
import type { StackgateConfig } from '../config/schema';
import type { Loc, MapNode, TreeNode } from '../source/yaml-tree';
import { toPlain } from '../source/yaml-tree';
import { readText, type Workspace } from '../source/workspace';
import { stringify as stringifyYaml } from 'yaml';
import { UserError } from '../errors';
import { parseEnvFile } from './env-file';
import { interpolateString } from './interpolate';
import { mergeService, mergeTopLevel } from './merge';
import type { ComposeService, EffectiveService, EffectiveStack } from './types';

export interface StackDefinition {
  name: string;
  files: string[];
  /** Override files per environment. */
  environments: Record<string, string[]>;
  envFiles: string[];
}

export interface ComposeProblem {
  /** `required-variable-complete`: a required variable unset in an environment whose variables are all in the repository (`variablesComplete`). */
  kind: 'undefined-variable' | 'required-variable' | 'required-variable-complete' | 'interpolation-syntax' | 'extends' | 'env-file' | 'missing-file';
  message: string;
  loc: Loc;
  /** '' in a repository without environments. */
  environment: string;
}

export interface ComposeProject {
  /** The configured environments, else those of the layout, else only the unnamed one (UNNAMED_ENVIRONMENT). */
  environments: EnvironmentInfo[];
  stacks: StackDefinition[];
  /** Effective stacks per environment name. */
  effective: Map<string, EffectiveStack[]>;
  problems: ComposeProblem[];
}

/**
 * The environments of the Compose stacks: those stackgate.yml names, else those of the layout
 * (layoutEnvironments), else none: then the stacks are built once, under the unnamed environment.
 */
export function environmentsOf(config: StackgateConfig, composeFiles: readonly string[] = []): EnvironmentInfo[] {
  const configured = configuredEnvironmentNames(config);
  const names = configured.length || config.stacks ? configured : layoutEnvironments(composeFiles);
  return names.length ? names.map((name) => ({ name, isProduction: isProductionEnvironment(config, name) })) : [UNNAMED_ENVIRONMENT];
}

/**
 * The environments a Compose layout names: `<dir>/<env>` directories beside a `<dir>/common` one
 * (stacks/common + stacks/prod; directoryLayoutEnvironments), and `compose.<env>.yml` /
 * `docker-compose.<env>.yml` beside a base file, where <env> is a name of an environment (dev,
 * staging, prod, ...; config/environments.ts), in promotion order.
 */
export function layoutEnvironments(composeFiles: readonly string[]): string[] {
  const names = new Set(directoryLayoutEnvironments(composeFiles));
  for (const f of composeFiles) {
    const env = /^(?:docker-)?compose[.-](.+)\.ya?ml$/i.exec(path.posix.basename(f))?.[1];
    if (env && isEnvironmentName(env) && composeFiles.some((b) => isBaseComposeFile(b) && path.posix.dirname(b) === path.posix.dirname(f))) names.add(env);
  }
  return sortEnvironmentNames([...names]);
}

/**
 * The environments of the `<dir>/common` + `<dir>/<env>` layout alone: a deployment model laid out
 * per environment, where an override file beside a base one (`docker-compose.dev.yml`) may be only a
 * developer's variant of what is deployed.
 */
export function directoryLayoutEnvironments(composeFiles: readonly string[]): string[] {
  const dirs = new Set(composeFiles.map((f) => path.posix.dirname(f)));
  const names = new Set<string>();
  for (const dir of dirs) {
    const parent = path.posix.dirname(dir);
    const name = path.posix.basename(dir);
    if (name !== 'common' && dirs.has(parent === '.' ? 'common' : `${parent}/common`) && isEnvironmentName(name)) names.add(name);
  }
  return sortEnvironmentNames([...names]);
}

export function buildComposeProject(ws: Workspace, config: StackgateConfig): ComposeProject {
  const environments = environmentsOf(config, ws.composeFiles);
  const stacks = stackDefinitions(ws, config, environments);
  const problems: ComposeProblem[] = [];
  const effective = new Map<string, EffectiveStack[]>();
  for (const env of environments) {
    const list: EffectiveStack[] = [];
    for (const stack of stacks) {
      const built = buildEffectiveStack(ws, config, stack, env.name, problems);
      if (built) list.push(built);
    }
    effective.set(env.name, list);
  }
  return { environments, stacks, effective, problems: dedupeProblems(problems) };
}

/** The stacks stackgate.yml lists, else those the layout gives (discoverStacks). */
function stackDefinitions(
  ws: Workspace,
  config: StackgateConfig,
  environments: readonly EnvironmentInfo[] = environmentsOf(config, ws.composeFiles),
): StackDefinition[] {
  return config.stacks
    ? Object.entries(config.stacks).map(([name, s]) => ({ name, files: s.files, environments: s.environments, envFiles: s.envFiles }))
    : withBases(
        ws,
        discoverStacks(
          ws.composeFiles,
          environments.map((e) => e.name).filter((name) => name !== ''),
        ),
      );
}

/** Whether a file is a base Compose file by its name (`compose.yaml`, `docker-compose.yml`), the one `docker compose` reads without `-f`. */
export function isBaseComposeFile(file: string): boolean {
  return /^(docker-)?compose\.ya?ml$/i.test(path.posix.basename(file));
}

/** Every file a stack definition layers: its base files and every environment's overrides. */
export function stackFiles(stack: Pick<StackDefinition, 'files' | 'environments'>): string[] {
  return [...stack.files, ...Object.values(stack.environments).flat()];
}

/** The top-level networks and volumes a Compose file declares. */
function topLevelNames(ws: Workspace, file: string): { networks: Set<string>; volumes: Set<string> } {
  const root = composeRoot(ws, file);
  const keys = (key: string): Set<string> => {
    const node = root && root !== 'missing' ? root.entries.get(key) : undefined;
    return new Set(node?.kind === 'map' ? node.entries.keys() : []);
  };
  return { networks: keys('networks'), volumes: keys('volumes') };
}

/** Networks and named volumes a Compose file's services use without declaring them at its top level (`default` aside). */
function undeclaredReferences(ws: Workspace, file: string): { networks: string[]; volumes: string[] } {
  const root = composeRoot(ws, file);
  const services = root && root !== 'missing' ? toPlain(root.entries.get('services')) : undefined;
  const declared = topLevelNames(ws, file);
  const networks = new Set<string>();
  const volumes = new Set<string>();
  if (services && typeof services === 'object' && !Array.isArray(services)) {
    for (const service of Object.values(services as Record<string, unknown>)) {
      if (!service || typeof service !== 'object') continue;
      const s = service as Record<string, unknown>;
      const used = Array.isArray(s.networks) ? s.networks : s.networks && typeof s.networks === 'object' ? Object.keys(s.networks) : [];
      for (const n of used) if (typeof n === 'string' && n !== 'default' && !declared.networks.has(n)) networks.add(n);
      for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
        const source = typeof v === 'string' ? v.split(':')[0] : v && typeof v === 'object' ? (v as Record<string, unknown>).source : undefined;
        if (typeof source === 'string' && /^[A-Za-z0-9][\w.-]*$/.test(source) && !declared.volumes.has(source)) volumes.add(source);
      }
    }
  }
  return { networks: [...networks], volumes: [...volumes] };
}

/**
 * Override files that cannot run alone, layered on the base they extend. A Compose file of its own
 * whose services include one without `image`, `build` or `extends` (a fragment: labels for a reverse
 * proxy, lower limits), or use networks or named volumes it does not declare, is used as
 * `docker compose -f <base> -f <file>`: its stack is the nearest base file (its directory or one
 * above) that defines every such service and declares one of those networks and volumes, then the file.
 */
function withBases(ws: Workspace, stacks: StackDefinition[]): StackDefinition[] {
  const servicesOf = (file: string): Map<string, TreeNode> => {
    const root = composeRoot(ws, file);
    const services = root && root !== 'missing' ? root.entries.get('services') : undefined;
    return services?.kind === 'map' ? services.entries : new Map();
  };
  const bases = stacks.filter((s) => isBaseComposeFile(s.files[0]));
  return stacks.map((stack) => {
    const [file] = stack.files;
    if (stack.files.length !== 1 || Object.keys(stack.environments).length || isBaseComposeFile(file)) return stack;
    const fragments = [...servicesOf(file)]
      .filter(([, node]) => node.kind !== 'map' || !['image', 'build', 'extends'].some((key) => node.entries.has(key)))
      .map(([name]) => name);
    const borrowed = undeclaredReferences(ws, file);
    if (!fragments.length && !borrowed.networks.length && !borrowed.volumes.length) return stack;
    const completes = (baseFile: string): boolean => {
      const declared = topLevelNames(ws, baseFile);
      // What it borrows from the base shows it is that base's override: one name the base declares is
      // enough, and whatever neither declares is reported on the merged stack.
      const lends = borrowed.networks.some((n) => declared.networks.has(n)) || borrowed.volumes.some((v) => declared.volumes.has(v));
      return fragments.every((name) => servicesOf(baseFile).has(name)) && (lends || (!borrowed.networks.length && !borrowed.volumes.length));
    };
    for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
      const base = bases.find((b) => path.posix.dirname(b.files[0]) === dir && completes(b.files[0]));
      if (base) return { ...stack, files: [...base.files, file] };
      if (dir === '.' || dir === '/') return stack;
    }
  });
}

/**
 * Stacks by convention: `<dir>/common/<file>` is a base layer with `<dir>/<env>/<same file>` (or the
 * Compose files there) as its overrides; elsewhere `compose.yml`/`docker-compose.yml` is a base with
 * `*.override.yml` always applied and `*.<env>.yml` per environment; any other Compose file is a
 * stack of its own.
 */
export function discoverStacks(composeFiles: readonly string[], envNames: readonly string[]): StackDefinition[] {
  const envSet = new Set(envNames);
  const byDir = new Map<string, string[]>();
  for (const f of composeFiles) {
    const dir = path.posix.dirname(f);
    byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
  }
  const consumed = new Set<string>();
  const stacks: StackDefinition[] = [];
  for (const [dir, files] of byDir) {
    if (path.posix.basename(dir) !== 'common') continue;
    const parent = path.posix.dirname(dir);
    for (const base of files) {
      const baseName = path.posix.basename(base);
      const environments: Record<string, string[]> = {};
      for (const env of envNames) {
        const envDir = parent === '.' ? env : `${parent}/${env}`;
        const envFiles = byDir.get(envDir) ?? [];
        const same = envFiles.filter((f) => path.posix.basename(f) === baseName);
        const chosen = same.length ? same : files.length === 1 ? envFiles : [];
        if (chosen.length) environments[env] = chosen;
        chosen.forEach((f) => consumed.add(f));
      }
      consumed.add(base);
      const stem = stemOf(baseName);
      stacks.push({ name: files.length === 1 || stem === 'docker-compose' || stem === 'compose' ? 'common' : stem, files: [base], environments, envFiles: [] });
    }
  }
  for (const [dir, files] of byDir) {
    const remaining = files.filter((f) => !consumed.has(f));
    if (!remaining.length) continue;
    // Files in an environment directory next to a `common` directory are overrides already consumed.
    if (envSet.has(path.posix.basename(dir)) && byDir.has(`${path.posix.dirname(dir) === '.' ? '' : `${path.posix.dirname(dir)}/`}common`)) continue;
    const bases = remaining.filter(isBaseComposeFile);
    const dirName = dir === '.' ? 'root' : path.posix.basename(dir);
    if (bases.length) {
      const always = remaining.filter((f) => /\.override\.ya?ml$/i.test(f));
      const environments: Record<string, string[]> = {};
      for (const env of envNames) {
        const perEnv = remaining.filter((f) => new RegExp(`[.-]${escapeRegExp(env)}\\.ya?ml$`, 'i').test(f));
        if (perEnv.length || always.length) environments[env] = [...always, ...perEnv];
        perEnv.forEach((f) => consumed.add(f));
      }
      always.forEach((f) => consumed.add(f));
      bases.forEach((f) => consumed.add(f));
      // Without environments, docker-compose.override.yml applies as `docker compose up` applies it.
      stacks.push({ name: dirName, files: envNames.length ? bases.slice(0, 1) : [bases[0], ...always], environments, envFiles: [] });
      bases.slice(1).forEach((f) => stacks.push({ name: `${dirName}/${stemOf(path.posix.basename(f))}`, files: [f], environments: {}, envFiles: [] }));
    }
    for (const f of remaining.filter((x) => !consumed.has(x))) {
      consumed.add(f);
      const stem = stemOf(path.posix.basename(f)).replace(/^(docker-)?compose[.-]?/i, '');
      stacks.push({ name: stem ? `${dirName}/${stem}` : dirName, files: [f], environments: {}, envFiles: [] });
    }
  }
  // Unique names: a clash gets the directory path.
  const counts = new Map<string, number>();
  stacks.forEach((s) => counts.set(s.name, (counts.get(s.name) ?? 0) + 1));
  return stacks.map((s) =>
    counts.get(s.name)! > 1 ? { ...s, name: path.posix.dirname(s.files[0]) + (s.name.includes('/') ? `/${s.name.split('/').pop()}` : '') } : s,
  );
}

function stemOf(name: string): string {
  return name.replace(/\.ya?ml$/i, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Variables the shell that runs `docker compose` always sets (POSIX requires PWD; a login sets HOME,
 * USER, LOGNAME, PATH and SHELL): never undefined. PWD is where Compose runs, the project directory
 * in practice, so `${PWD}/data` is `./data`; HOME is the user's home, `~`. The others stand for
 * values the repository cannot know.
 */
const SHELL_VARIABLES: Readonly<Record<string, string>> = Object.freeze({
  PWD: '.',
  HOME: '~',
  USER: 'user',
  LOGNAME: 'user',
  PATH: '/usr/bin:/bin',
  SHELL: '/bin/sh',
});

function buildEffectiveStack(
  ws: Workspace,
  config: StackgateConfig,
  stack: StackDefinition,
  envName: string,
  problems: ComposeProblem[],
): EffectiveStack | undefined {
  const layers = [...stack.files, ...(stack.environments[envName] ?? [])];
  const envConfig = config.environments[envName];
  const firstLoc: Loc = { file: layers[0], line: 1, column: 1 };
  const scope: InterpolationScope = {
    vars: { ...SHELL_VARIABLES, ...variablesFor(ws, stack, envName, envConfig?.envFiles ?? [], envConfig?.variables ?? {}, problems) },
    environment: envName,
    ...documentedVariables(ws, layers),
    isComplete: envConfig?.variablesComplete ?? false,
  };
  let merged: MapNode | undefined;
  for (const file of layers) {
    const root = composeRoot(ws, file);
    if (root === 'missing') {
      problems.push({
        kind: 'missing-file',
        message: `Compose file "${file}" of stack "${stack.name}" does not exist or was not loaded`,
        loc: { file: stack.files[0], line: 1, column: 1 },
        environment: envName,
      });
      continue;
    }
    if (!root) continue;
    const interpolated = interpolateTree(root, scope, problems) as MapNode;
    const resolved = resolveExtends(ws, file, interpolated, scope, problems);
    merged = merged ? mergeTopLevel(merged, resolved) : resolved;
  }
  if (!merged) return undefined;
  const profiles = new Set(envConfig?.profiles ?? []);
  const servicesNode = merged.entries.get('services');
  const services: EffectiveService[] = [];
  if (servicesNode?.kind === 'map') {
    for (const [name, node] of servicesNode.entries) {
      if (node.kind !== 'map') continue;
      const value = toPlain(node) as ComposeService;
      const svcProfiles = Array.isArray(value.profiles) ? value.profiles.map(String) : [];
      if (svcProfiles.length && !svcProfiles.some((p) => profiles.has(p))) continue;
      services.push({ name, node, value, loc: node.keyLoc ?? node.loc });
    }
  }
  return { name: stack.name, environment: envName, files: layers, node: merged, services, loc: firstLoc };
}

function composeRoot(ws: Workspace, file: string): MapNode | null | 'missing' {
  const parsed = ws.parsed.get(file);
  if (!parsed) return ws.files.has(file) ? null : 'missing';
  const root = parsed.documents.find((d) => d.root)?.root;
  return root?.kind === 'map' ? root : null;
}

function variablesFor(
  ws: Workspace,
  stack: StackDefinition,
  envName: string,
  envFiles: string[],
  variables: Record<string, string>,
  problems: ComposeProblem[],
): Record<string, string> {
  const projectDir = path.posix.dirname(stack.files[0]);
  const files = stack.envFiles.length ? stack.envFiles : [projectDir === '.' ? '.env' : `${projectDir}/.env`];
  let vars: Record<string, string> = {};
  for (const file of [...files, ...envFiles]) {
    const f = ws.files.get(file);
    if (!f) continue;
    const parsed = parseEnvFile(f.text, vars);
    for (const p of parsed.problems) problems.push({ kind: 'env-file', message: p.message, loc: { file, line: p.line, column: 1 }, environment: envName });
    vars = { ...vars, ...parsed.vars };
  }
  return { ...vars, ...variables };
}

/** What interpolation of one stack in one environment knows. */
interface InterpolationScope {
  vars: Record<string, string>;
  environment: string;
  /** Variables an .env.example (.env.sample, .env.dist) lists: documented, so not undefined. */
  documented: ReadonlySet<string>;
  /** The values those files give them: what an unset documented variable stands for in the effective stack. */
  exampleValues: Readonly<Record<string, string>>;
  /** The environment's variables are all in the repository (`variablesComplete`). */
  isComplete: boolean;
}

/** The files that document a stack's variables without setting them (their values are placeholders). */
const EXAMPLE_ENV_FILES = ['.env.example', '.env.sample', '.env.dist'];

/**
 * Variables listed (or listed commented out, `# TOKEN=`) in an .env.example, .env.sample or .env.dist
 * in the directory of a layer of the stack or any directory above it, and the values listed (the
 * nearest file's first).
 */
function documentedVariables(ws: Workspace, layers: readonly string[]): Pick<InterpolationScope, 'documented' | 'exampleValues'> {
  const dirs = new Set<string>();
  for (const file of layers) {
    for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
      dirs.add(dir);
      if (dir === '.' || dir === '/') break;
    }
  }
  const documented = new Set<string>();
  const exampleValues: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const dir of dirs) {
    for (const name of EXAMPLE_ENV_FILES) {
      const text = readText(ws, dir === '.' ? name : `${dir}/${name}`);
      if (text === undefined) continue;
      for (const [variable, value] of Object.entries(parseEnvFile(text).vars)) {
        documented.add(variable);
        if (value !== '' && !Object.hasOwn(exampleValues, variable)) exampleValues[variable] = value;
      }
      for (const m of text.matchAll(/^[ \t]*#[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=/gm)) documented.add(m[1]);
    }
  }
  return { documented, exampleValues };
}

function interpolateTree(node: TreeNode, scope: InterpolationScope, problems: ComposeProblem[]): TreeNode {
  switch (node.kind) {
    case 'scalar': {
      if (typeof node.value !== 'string' || !node.value.includes('$')) return node;
      const { value, issues } = interpolateString(node.value, scope.vars);
      // A documented variable the repository does not set stands for its example value (a tag, a port), not for nothing.
      const usesExample = issues.some((i) => (i.kind === 'undefined' || i.kind === 'required') && Object.hasOwn(scope.exampleValues, i.variable));
      const effective = usesExample ? interpolateString(node.value, { ...scope.exampleValues, ...scope.vars }).value : value;
      for (const issue of issues) {
        if (issue.kind === 'undefined' && scope.documented.has(issue.variable)) continue;
        const kind =
          issue.kind === 'undefined'
            ? 'undefined-variable'
            : issue.kind === 'required'
              ? scope.isComplete
                ? 'required-variable-complete'
                : 'required-variable'
              : 'interpolation-syntax';
        problems.push({ kind, message: issue.message, loc: node.loc, environment: scope.environment });
      }
      return { ...node, value: effective };
    }
    case 'seq':
      return { ...node, items: node.items.map((i) => interpolateTree(i, scope, problems)) };
    case 'map': {
      const entries = new Map<string, TreeNode>();
      for (const [k, v] of node.entries) entries.set(k, k.startsWith('x-') ? v : interpolateTree(v, scope, problems));
      return { ...node, entries };
    }
  }
}

/** Resolves `extends` (same file or another file) for every service of one layer. */
function resolveExtends(ws: Workspace, file: string, root: MapNode, scope: InterpolationScope, problems: ComposeProblem[]): MapNode {
  const services = root.entries.get('services');
  if (services?.kind !== 'map') return root;
  const out = new Map<string, TreeNode>();
  for (const [name, svc] of services.entries) {
    out.set(name, svc.kind === 'map' ? resolveService(ws, file, services, name, svc, scope, problems, []) : svc);
  }
  return { ...root, entries: new Map(root.entries).set('services', { ...services, entries: out }) };
}

function resolveService(
  ws: Workspace,
  file: string,
  services: MapNode,
  _name: string,
  svc: MapNode,
  scope: InterpolationScope,
  problems: ComposeProblem[],
  chain: string[],
): MapNode {
  const ext = svc.entries.get('extends');
  if (!ext) return svc;
  const own: MapNode = { ...svc, entries: new Map([...svc.entries].filter(([k]) => k !== 'extends')) };
  const spec = toPlain(ext);
  const target = typeof spec === 'string' ? { service: spec } : (spec as { service?: unknown; file?: unknown } | null);
  const report = (message: string): MapNode => {
    problems.push({ kind: 'extends', message, loc: ext.keyLoc ?? ext.loc, environment: scope.environment });
    return own;
  };
  if (!target || typeof target.service !== 'string') return report('"extends" needs a "service" name');
  let baseFile = file;
  let baseServices = services;
  if (typeof target.file === 'string') {
    baseFile = path.posix.normalize(path.posix.join(path.posix.dirname(file), target.file));
    const root = composeRoot(ws, baseFile);
    if (!root || root === 'missing') return report(`"extends" file "${target.file}" was not found (resolved to ${baseFile})`);
    const interpolated = interpolateTree(root, scope, problems) as MapNode;
    const s = interpolated.entries.get('services');
    if (s?.kind !== 'map') return report(`"extends" file "${target.file}" has no services`);
    baseServices = s;
  }
  const key = `${baseFile}#${target.service}`;
  if (chain.includes(key)) return report(`"extends" cycle: ${[...chain, key].join(' -> ')}`);
  const base = baseServices.entries.get(target.service);
  if (base?.kind !== 'map') return report(`"extends" names service "${target.service}", which ${baseFile === file ? 'this file' : baseFile} does not define`);
  const resolvedBase = resolveService(ws, baseFile, baseServices, target.service, base, scope, problems, [...chain, key]);
  const merged = mergeService({ ...resolvedBase, keyLoc: svc.keyLoc }, own);
  return { ...merged, keyLoc: svc.keyLoc, loc: svc.loc };
}

function dedupeProblems(problems: ComposeProblem[]): ComposeProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.kind}|${p.loc.file}|${p.loc.line}|${p.loc.column}|${p.message}|${p.environment}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One environment's Compose stack as a deploy ships it: the layers merged into one file, `${VAR}` left for the target. */
export interface StackFile {
  stack: string;
  /** The layers, base first (repository-relative). */
  files: string[];
  /** The merged file as YAML. */
  text: string;
  /** Repository-relative directory of the base file: where relative paths in the file point from. */
  projectDirectory: string;
  /** What the repository sets for `${VAR}`: the stack's .env and env files, then the environment's `variables`. */
  variables: Record<string, string>;
}

/**
 * The merged Compose file of one stack in one environment, for deploy: the same layers and merge
 * rules as validate, without interpolation (Portainer and `docker compose` substitute `${VAR}` from
 * the target's own variables, which hold the secrets). `stackName` picks a stack when the
 * repository has several; with one stack it may be omitted. Bad input is a UserError.
 */
export function stackFileFor(ws: Workspace, config: StackgateConfig, environment: string, stackName?: string): StackFile {
  // Only the stack definitions: the effective stacks validate builds (interpolated, every environment) are not needed.
  const stacks = stackDefinitions(ws, config);
  const names = stacks.map((s) => s.name);
  if (!stacks.length) throw new UserError(`environment "${environment}" deploys a Compose stack, but the repository has no Compose file`);
  const stack = stackName ? stacks.find((s) => s.name === stackName) : stacks.length === 1 ? stacks[0] : undefined;
  if (!stack)
    throw new UserError(
      stackName
        ? `environment "${environment}" deploys Compose stack "${stackName}", which the repository does not have (stacks: ${names.join(', ')})`
        : `environment "${environment}": the repository has ${names.length} Compose stacks (${names.join(', ')}); name the one to deploy with deploy.<driver>.source`,
    );
  const layers = [...stack.files, ...(stack.environments[environment] ?? [])];
  let merged: MapNode | undefined;
  for (const file of layers) {
    const root = composeRoot(ws, file);
    if (root === 'missing') throw new UserError(`Compose file "${file}" of stack "${stack.name}" does not exist`, { file });
    if (root === null) throw new UserError(`Compose file "${file}" of stack "${stack.name}" is not a YAML mapping`, { file, line: 1 });
    merged = merged ? mergeTopLevel(merged, root) : root;
  }
  const envConfig = config.environments[environment];
  const problems: ComposeProblem[] = [];
  const variables = variablesFor(ws, stack, environment, envConfig?.envFiles ?? [], envConfig?.variables ?? {}, problems);
  const bad = problems[0];
  if (bad) throw new UserError(bad.message, { file: bad.loc.file, line: bad.loc.line });
  return {
    stack: stack.name,
    files: layers,
    text: stringifyYaml(toPlain(merged!), { lineWidth: 0 }),
    projectDirectory: path.posix.dirname(stack.files[0]),
    variables,
  };
}
