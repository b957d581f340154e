/**
 * The validate pipeline: load the repository, build the effective Compose stacks, run every
 * enabled check on its targets, then apply severities, path overrides and inline suppressions.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { DockerfileParser } from 'dockerfile-ast';
import { CHECKS } from '../checks/index';
import invalidSuppression from '../checks/core/invalid-suppression';
import customResourceSchema from '../checks/kubernetes/custom-resource-schema';
import { domainOf, isEngineCheck, type AnyCheck, type ReportDescriptor, type RunnableCheck, type Target } from '../checks/types';
import { buildComposeProject, type ComposeProject } from '../compose/project';
import type { StackgateConfig } from '../config/schema';
import { compareFindings, type Finding, type Severity } from '../findings';
import { loadConfiguredSchemas } from '../kubernetes/custom-resources';
import { isProductionManifest, namedProduction } from '../kubernetes/environment';
import { buildWorkspace, listWorkspaceFiles, parsedYaml, readText, type Workspace, type WorkspaceFiles } from '../source/workspace';
import type { Loc, TreeNode, TreePath } from '../source/yaml-tree';
import type { KubernetesObject } from '../kubernetes/objects';
import { resolveCheckSettings, type CheckSettings } from './settings';
import { secretSuppressionIds } from '../secrets/ids';
import { isSuppressed, parseSuppressions, type Suppression } from './suppress';
import type { EmittedCheck, EngineEmitter } from './emitter';
import { emitEngineFindings, type ExternalTools } from './engine-findings';
import { SecretRedactor } from '../secrets/redactor';
import { loadBuiltInModels, type BuiltInModels } from '../kubernetes/schema';
import { learnFindingSecrets } from './redact-findings';
import { repositoryFileState } from '../source/file-state';
import { deploysMcpServers, findMcpServices } from '../services/list-services';
import { isOperatedRepository } from '../services/operated';
import { testFileTest } from './test-scaffolding';
import { dockerfilesBuiltByCompose } from '../compose/built-dockerfiles';
import { LONG_RUNNING_KINDS } from '../kubernetes/workload-kinds';
import { renderHelmCharts } from './helm-charts';
import { buildKustomizeOverlays } from './kustomize-overlays';
import { checkObject, describeReport, type ObjectCheckRun } from './object-checks';

export interface ValidateOptions {
  root: string;
  config: StackgateConfig;
  /** Run only these check ids (tests, `--check`). */
  only?: readonly string[];
  /** Restrict findings to these repository-relative files (changed-only mode). */
  files?: ReadonlySet<string>;
  /** Repository-relative path of the config file, for findings about its settings. */
  configFile?: string;
  /** Optional externally supplied runners (promtool). */
  externalTools?: ExternalTools;
  /**
   * `repository` (`stackgate validate`, score): every enabled check, the checks of the repository as
   * a whole (workflows, runbooks, coverage) too. `files` (the default; the validate action): only the
   * checks of files and stacks, unless `only` names a repository check.
   */
  scope?: 'files' | 'repository';
  /** The repository's files, when the caller has read them already (validateRepositoryFiles). */
  workspace?: Workspace;
  /**
   * The schemas of the built-in Kubernetes kinds: needed when the repository has manifests (and
   * kubernetes/schema runs). validateRepositoryFiles loads them when they are; callers of validate
   * pass them (they are most of the bundle's weight, loaded from a chunk of their own).
   */
  kubernetesModels?: BuiltInModels;
  /**
   * The runs of the kubernetes-object checks on objects of the workspace, done already (by the
   * threads that parsed their files: prepare-files.ts), with the same config and `only`. Objects
   * not in it are checked here.
   */
  objectChecks?: ReadonlyMap<KubernetesObject, ObjectCheckRun[]>;
}

/** The tools validate may run (engine-findings.ts reports what they find). */
export type { ExternalTools, PromtoolResult } from './engine-findings';

export interface ValidateResult {
  findings: Finding[];
  workspace: Workspace;
  compose: ComposeProject;
  /** Effective severity and options of every check. */
  settings: CheckSettings;
  /** Ids of the checks that looked at least at one target (a check with nothing to look at is not applicable). */
  evaluated: Set<string>;
  /** Files read and recognised, by kind. */
  stats: { files: number; compose: number; kubernetes: number; dockerfiles: number; monitoring: number; stacks: number };
  /** Secrets that findings would have quoted (their messages show them redacted): for `::add-mask::` only. */
  valuesToMask: string[];
}

interface RawReport {
  check: EmittedCheck<string>;
  messageId: string;
  message: string;
  loc: Loc;
  environment?: string;
  subject?: string;
  /** The severity the engine gave this finding, in place of the check's setting (EngineEmitter). */
  severity?: Severity;
  /** The check reported a weaker form (ReportDescriptor.atInfo): info unless stackgate.yml sets the check's severity. */
  atInfo?: boolean;
  /**
   * Found on an object a Kustomize overlay built: the overlays of one base report the same base line,
   * each naming its own object (Deployment/dev/backend, Deployment/prod/backend). They are one finding,
   * listing the overlays as its environments.
   */
  overlay?: boolean;
}

/** Production hardening of deployable files (Compose, Kubernetes, Dockerfile); correctness findings break tests too. */
function isHardeningCheck(check: EmittedCheck<string>): boolean {
  return ['compose', 'kubernetes', 'dockerfile'].includes(domainOf(check.id)) && check.meta.category !== 'correctness';
}

/** The files validate reads: the repository under `config`'s include, exclude and size limit. */
export function loadValidateWorkspace(root: string, config: StackgateConfig): Workspace {
  return buildWorkspace(listValidateFiles(root, config));
}

/** The files validate reads, listed and read, not parsed yet. */
export function listValidateFiles(root: string, config: StackgateConfig): WorkspaceFiles {
  return listWorkspaceFiles({ root, include: config.include, exclude: config.exclude, maxFileBytes: config.maxFileSizeKb * 1024 });
}

/** validate, after reading the files and loading the Kubernetes models when there are manifests. */
export async function validateRepositoryFiles(options: ValidateOptions): Promise<ValidateResult> {
  const workspace = options.workspace ?? loadValidateWorkspace(options.root, options.config);
  // Rendered Helm charts add manifests, so render before deciding whether the models are needed.
  renderHelmCharts(workspace, options.config.kubernetes.helm, options.externalTools?.helm);
  buildKustomizeOverlays(workspace, options.config, options.externalTools?.kustomize);
  const kubernetesModels = options.kubernetesModels ?? (workspace.kubernetes.length ? await loadBuiltInModels() : undefined);
  return validate({ ...options, workspace, kubernetesModels });
}

export function validate(options: ValidateOptions): ValidateResult {
  const { config } = options;
  const ws = options.workspace ?? loadValidateWorkspace(options.root, config);
  renderHelmCharts(ws, config.kubernetes.helm, options.externalTools?.helm);
  buildKustomizeOverlays(ws, config, options.externalTools?.kustomize);
  const compose = buildComposeProject(ws, config);
  const settings = resolveCheckSettings(CHECKS, config, options.only);
  const raw: RawReport[] = [];

  const makeReporter =
    (
      check: EmittedCheck<string>,
      root: TreeNode | null | undefined,
      fallback: Loc,
      extra: { environment?: string; subject?: string; basePath?: TreePath; severity?: Severity } = {},
    ) =>
    (d: ReportDescriptor<string>): void => {
      raw.push({
        check,
        ...describeReport(check, root, fallback, d),
        environment: extra.environment,
        subject: extra.subject,
        severity: extra.severity,
        ...(d.atInfo ? { atInfo: true } : {}),
      });
    };

  const byTarget = new Map<Target, RunnableCheck[]>();
  const withRepository = options.scope === 'repository' || !!options.only;
  let deploysMcp: boolean | undefined;
  const hasMcp = (): boolean => (deploysMcp ??= deploysMcpServers({ config, compose, kubernetes: ws.kubernetes }));
  let mcpNames: Set<string> | undefined;
  const mcpWorkloads = (): Set<string> =>
    (mcpNames ??= new Set(
      findMcpServices({ config, compose, kubernetes: ws.kubernetes })
        .filter((s) => s.platform === 'kubernetes')
        .map((s) => s.name),
    ));
  let operated: boolean | undefined;
  const isOperated = (): boolean => (operated ??= isOperatedRepository({ config, compose, kubernetes: ws.kubernetes }));
  for (const check of CHECKS) {
    if (!settings.get(check.id)?.enabled) continue;
    if (isEngineCheck(check)) continue; // reported below, by emitEngineFindings and finalize
    if (check.target === 'repository' && !withRepository) continue;
    if (check.meta.mcpOnly && !hasMcp()) continue; // not applicable: the repository runs no MCP server
    if (check.meta.operatedOnly && !isOperated()) continue; // not applicable: a library, tool or example repository
    byTarget.set(check.target, [...(byTarget.get(check.target) ?? []), check]);
  }
  const run = (target: Target, fn: (check: RunnableCheck) => void): void => {
    for (const check of byTarget.get(target) ?? []) fn(check);
  };
  const evaluated = new Set<string>();
  const invoke = (check: RunnableCheck, ctx: Parameters<RunnableCheck['check']>[0]): void => {
    evaluated.add(check.id);
    check.check(ctx);
  };
  const opts = (check: AnyCheck): unknown => settings.get(check.id)?.options;

  // Compose: raw files, then effective services/stacks per environment.
  for (const file of ws.composeFiles) {
    const parsed = ws.parsed.get(file);
    for (const document of parsed?.documents ?? []) {
      if (!document.root) continue;
      run('compose-file', (check) =>
        invoke(check, {
          options: opts(check),
          file,
          document,
          root: document.root!,
          fileState: (f: string) => repositoryFileState(ws, f),
          report: makeReporter(check, document.root, document.root!.loc),
        }),
      );
    }
  }
  for (const env of compose.environments) {
    const stacks = compose.effective.get(env.name) ?? [];
    for (const stack of stacks) {
      run('compose-stack', (check) => {
        if (check.meta.productionOnly && !env.isProduction) return;
        invoke(check, {
          options: opts(check),
          environment: env,
          stack,
          report: makeReporter(check, stack.node, stack.loc, { environment: env.name, subject: stack.name }),
        });
      });
      for (const service of stack.services) {
        run('compose-service', (check) => {
          if (check.meta.productionOnly && !env.isProduction) return;
          invoke(check, {
            options: opts(check),
            environment: env,
            stack,
            service,
            report: makeReporter(check, service.node, service.loc, { environment: env.name, subject: `${stack.name}/${service.name}` }),
          });
        });
      }
    }
    if (stacks.length)
      run('compose-project', (check) => {
        if (check.meta.productionOnly && !env.isProduction) return;
        invoke(check, {
          options: opts(check),
          environment: env,
          stacks,
          report: makeReporter(check, null, { file: stacks[0]?.files[0] ?? '.', line: 1, column: 1 }, { environment: env.name }),
        });
      });
  }

  // Kubernetes.
  const production = new Map(ws.kubernetes.map((obj) => [obj, isProductionManifest(obj, config)]));
  const isProd = (obj: (typeof ws.kubernetes)[number]): boolean => production.get(obj) ?? isProductionManifest(obj, config);
  const needsModels = ws.kubernetes.length > 0 && !!byTarget.get('kubernetes-object')?.some((check) => check.id === 'kubernetes/schema');
  if (needsModels && !options.kubernetesModels) {
    throw new Error('validate: the repository has Kubernetes manifests but the built-in models were not given (validateRepositoryFiles loads them)');
  }
  const builtInModels: BuiltInModels = options.kubernetesModels ?? new Map();
  const objectChecks = byTarget.get('kubernetes-object') ?? [];
  const objectCheckById = new Map(objectChecks.map((check) => [check.id, check]));
  for (const object of ws.kubernetes) {
    // Run on a worker thread (options.objectChecks), or here; of those, the checks this run applies.
    const runs = options.objectChecks?.get(object) ?? checkObject(object, objectChecks, { settings, isProduction: isProd(object), builtInModels });
    for (const { checkId, reports } of runs) {
      const check = objectCheckById.get(checkId);
      if (!check) continue;
      evaluated.add(checkId);
      const overlay = object.overlay ? { environment: path.posix.basename(object.overlay), overlay: true } : {};
      for (const r of reports) raw.push({ check, ...r, subject: `${object.kind}/${object.name}`, ...overlay });
    }
  }
  const { schemas: customSchemas, problems: schemaProblems } = loadConfiguredSchemas(config.kubernetes.schemas, (f) => ws.files.get(f)?.text);
  if (ws.kubernetes.length)
    run('kubernetes-set', (check) =>
      invoke(check, {
        options: opts(check),
        objects: ws.kubernetes,
        isProduction: isProd,
        isKnownProduction: (obj) => namedProduction(obj, config) ?? mcpWorkloads().has(obj.name),
        customSchemas,
        report: makeReporter(check, null, { file: ws.kubernetes[0]?.file ?? '.', line: 1, column: 1 }),
      }),
    );

  // Dockerfiles.
  let built: Set<string> | undefined;
  const builtByCompose = (): Set<string> => (built ??= dockerfilesBuiltByCompose(compose));
  const hasWorkloads = (): boolean => ws.kubernetes.some((o) => LONG_RUNNING_KINDS.has(o.kind));
  for (const file of ws.dockerfiles) {
    const text = ws.files.get(file)!.text;
    const dockerfile = DockerfileParser.parse(text);
    const dir = path.posix.dirname(file);
    const hasDockerignore =
      ws.files.has(dir === '.' ? '.dockerignore' : `${dir}/.dockerignore`) || ws.files.has(`${file}.dockerignore`) || ws.files.has('.dockerignore');
    const runtime = builtByCompose().has(file) ? 'compose' : hasWorkloads() ? 'kubernetes' : undefined;
    run('dockerfile', (check) =>
      invoke(check, {
        options: opts(check),
        file,
        text,
        dockerfile,
        hasDockerignore,
        runtime,
        report: makeReporter(check, null, { file, line: 1, column: 1 }),
      }),
    );
  }

  // Monitoring.
  const treeTargets: [Target, typeof ws.dashboards][] = [
    ['prometheus-rules', ws.prometheusRules],
    ['prometheus-config', ws.prometheusConfigs],
    ['grafana-dashboard', ws.dashboards],
  ];
  for (const [target, docs] of treeTargets) {
    for (const doc of docs) {
      run(target, (check) =>
        invoke(check, {
          options: opts(check),
          file: doc.file,
          root: doc.root,
          basePath: doc.basePath,
          report: makeReporter(check, doc.root, doc.root.keyLoc ?? doc.root.loc),
        }),
      );
    }
  }

  // The repository as a whole (readiness): workflows, documents, coverage across files.
  run('repository', (check) =>
    invoke(check, {
      options: opts(check),
      paths: ws.paths,
      read: (file: string) => readText(ws, file),
      yaml: (file: string) => parsedYaml(ws, file),
      config,
      configFile: options.configFile,
      compose,
      kubernetes: ws.kubernetes,
      prometheusRules: ws.prometheusRules,
      prometheusConfigs: ws.prometheusConfigs,
      dashboards: ws.dashboards,
      notApplicable: () => evaluated.delete(check.id),
      report: makeReporter(check, null, { file: options.configFile ?? '.', line: 1, column: 1 }),
    }),
  );

  // Engine-level findings (parse errors, discovery problems, interpolation, promtool, unknown kinds).
  const emit: EngineEmitter = (check, messageId, data, loc, environment, severity) => {
    if (!settings.get(check.id)?.enabled) return;
    makeReporter(check, null, loc, { environment, severity })({ messageId, data, at: loc });
  };
  emitEngineFindings(ws, compose, config, emit, options.externalTools);
  for (const p of schemaProblems) {
    emit(customResourceSchema, 'badSchema', { key: p.key, origin: p.file, detail: p.message }, configLocation(ws, options.configFile, p.key));
  }

  const redactor = new SecretRedactor();
  const findings = finalize(raw, ws, settings, config, emit, options.files, redactor);
  return {
    findings,
    valuesToMask: redactor.values,
    workspace: ws,
    compose,
    settings,
    evaluated,
    stats: {
      files: ws.kinds.size,
      compose: ws.composeFiles.length,
      kubernetes: ws.kubernetes.length,
      dockerfiles: ws.dockerfiles.length,
      monitoring: ws.prometheusRules.length + ws.prometheusConfigs.length + ws.dashboards.length,
      stacks: compose.stacks.length,
    },
  };
}

/** The line of the config file that mentions a key (config values keep no positions once parsed). */
function configLocation(ws: Workspace, configFile: string | undefined, key: string): Loc {
  const file = configFile ?? 'stackgate.yml';
  const lines = (ws.files.get(file)?.text ?? '').split('\n');
  const at = lines.findIndex((l) => l.includes(key));
  return { file, line: at >= 0 ? at + 1 : 1, column: at >= 0 ? lines[at].indexOf(key) + 1 : 1 };
}

function finalize(
  raw: RawReport[],
  ws: Workspace,
  settings: CheckSettings,
  config: StackgateConfig,
  emit: EngineEmitter,
  onlyFiles: ReadonlySet<string> | undefined,
  redactor: SecretRedactor,
): Finding[] {
  // secrets:<rule-id> suppressions belong to the secret scanner; they are valid here, and match no check.
  const knownIds = new Set([...CHECKS.map((c) => c.id), ...secretSuppressionIds()]);
  const suppressionCache = new Map<string, Suppression[]>();
  const suppressionsOf = (file: string): Suppression[] => {
    let s = suppressionCache.get(file);
    if (!s) {
      const text = ws.files.get(file)?.text ?? '';
      const parsed = parseSuppressions(text, knownIds);
      s = parsed.suppressions;
      suppressionCache.set(file, s);
      for (const bad of parsed.invalid) {
        emit(
          invalidSuppression,
          bad.problem === 'missing-reason' ? 'missingReason' : 'unknownCheck',
          { checkId: bad.checkId || '(none)' },
          { file, line: bad.line, column: bad.column },
        );
      }
    }
    return s;
  };
  // Parse every file's suppressions once so invalid ones are reported even where nothing fired.
  for (const file of ws.files.keys()) suppressionsOf(file);
  // Messages quote file content: whatever secret the lines they point at (or they themselves) hold
  // is shown redacted, in every output.
  learnFindingSecrets(redactor, ws, raw);

  // Test fixtures and scaffolding: the testPaths globs, and what the repository itself says of its files (test-scaffolding.ts).
  const isTestFile = testFileTest(config, { paths: ws.paths, read: (file) => readText(ws, file), yaml: (file) => parsedYaml(ws, file) }, ws.composeFiles);
  const overrideMatchers = config.overrides.map((o) => ({ match: picomatch(o.files, { dot: true }), checks: o.checks }));
  // Files Kustomize overlays built objects from: what a check reports there, each overlay reports again.
  const renderedFiles = new Set(ws.kubernetes.filter((o) => o.overlay).map((o) => o.file));
  const merged = new Map<string, Finding>();
  for (const r of raw) {
    const setting = settings.get(r.check.id);
    if (!setting?.enabled) continue;
    let severity: Severity | 'off' = setting.severity === 'off' ? 'off' : (r.severity ?? (r.atInfo && !setting.isSeveritySet ? 'info' : setting.severity));
    // A test fixture is not a deployment: what it lacks for production is worth knowing, not a warning.
    if (severity !== 'off' && isHardeningCheck(r.check) && isTestFile(r.loc.file)) severity = 'info';
    for (const o of overrideMatchers) {
      const s = o.checks[r.check.id];
      if (s && o.match(r.loc.file)) severity = s;
    }
    if (severity === 'off') continue;
    if (onlyFiles && !onlyFiles.has(r.loc.file)) continue;
    if (isSuppressed(suppressionsOf(r.loc.file), r.check.id, r.loc.line)) continue;
    const message = redactor.redactKnown(r.message);
    const perOverlay = r.overlay || (renderedFiles.has(r.loc.file) && domainOf(r.check.id) === 'kubernetes');
    const key = `${r.check.id}|${r.loc.file}|${r.loc.line}|${r.loc.column}|${perOverlay ? `overlay:${r.messageId}` : message}`;
    const existing = merged.get(key);
    if (existing) {
      if (r.environment && existing.environments && !existing.environments.includes(r.environment)) existing.environments.push(r.environment);
      continue;
    }
    merged.set(key, {
      checkId: r.check.id,
      messageId: r.messageId,
      severity,
      category: r.check.meta.category,
      message,
      file: r.loc.file,
      line: r.loc.line,
      column: r.loc.column,
      endLine: r.loc.endLine,
      endColumn: r.loc.endColumn,
      ...(r.environment ? { environments: [r.environment] } : {}),
      ...(r.subject ? { subject: redactor.redactKnown(r.subject) } : {}),
    });
  }
  return [...merged.values()].sort(compareFindings);
}
