/**
 * The shape of a check, in the spirit of ESLint rules: one module per check, with metadata,
 * message templates, optional options (a zod schema that becomes part of stackgate.yml's schema)
 * and a `check(ctx)` that reports on documents that were already parsed, with positions.
 */
import type { Dockerfile } from 'dockerfile-ast';
import type { ZodType } from 'zod';
import type { Severity } from '../findings';
import type { EffectiveService, EffectiveStack } from '../compose/types';
import type { CustomResourceSchema } from '../kubernetes/custom-resources';
import type { KubernetesObject } from '../kubernetes/objects';
import type { BuiltInModels } from '../kubernetes/built-in-models';
import type { ComposeProject } from '../compose/project';
import type { EnvironmentInfo } from '../config/environments';
import type { StackgateConfig } from '../config/schema';
import type { ReadinessCategory } from '../readiness/categories';
import type { TreeDocument } from '../source/workspace';
import type { RepositoryFileState } from '../source/file-state';
import type { Loc, ParsedYaml, TreeNode, TreePath, YamlDocument } from '../source/yaml-tree';

export const CATEGORIES = ['correctness', 'security', 'reliability', 'resources', 'observability', 'supply-chain', 'operations'] as const;
export type Category = (typeof CATEGORIES)[number];

export const DOMAINS = ['core', 'compose', 'kubernetes', 'dockerfile', 'monitoring', 'secrets', 'environments', 'ci', 'docs', 'mcp'] as const;
export type Domain = (typeof DOMAINS)[number];

/** The readiness categories (defined by the score, named by checks' `meta.readiness`). */
export { READINESS_CATEGORIES, type ReadinessCategory } from '../readiness/categories';

/** What a check looks at. */
export type Target =
  | 'compose-file' // one raw Compose file as written (schema validity, file-level style)
  | 'compose-service' // one service of an effective stack (after layering) in one environment
  | 'compose-stack' // one effective stack in one environment
  | 'compose-project' // all effective stacks of one environment (cross-stack conflicts)
  | 'kubernetes-object' // one manifest document
  | 'kubernetes-set' // all manifests together (selectors, PDBs, NetworkPolicies)
  | 'dockerfile'
  | 'prometheus-rules' // a rule file, or the spec of a PrometheusRule resource
  | 'prometheus-config'
  | 'grafana-dashboard'
  | 'repository'; // the repository as a whole (workflows, docs, coverage across files); run by `stackgate score`

/**
 * What reports an engine check's findings. An engine check has no `check(ctx)`: the engine finds the
 * problem while it loads and builds (validate/engine-findings.ts maps each problem kind to its check).
 */
export type EngineSource =
  | 'file-problem' // loading a file: syntax, duplicate keys, alias limit, size, unreadable, symlink, empty (source/workspace.ts)
  | 'compose-problem' // building the effective Compose stacks: variables, interpolation, extends, env files (compose/project.ts)
  | 'promtool' // the promtool runner's results (ExternalTools)
  | 'helm' // rendering Helm charts with the helm runner (ExternalTools; validate/helm-charts.ts)
  | 'kustomize' // building Kustomize overlays with the kustomize runner (ExternalTools; validate/kustomize-overlays.ts)
  | 'suppression' // an invalid `# stackgate-ignore` comment (validate/run.ts)
  | 'secret-scan'; // the secret scanner's findings, counted by the readiness score (readiness/score.ts)

export interface CheckMeta<M extends string> {
  /** One line, sentence case, no full stop. */
  title: string;
  category: Category;
  severity: Severity;
  /** Why it matters in production. */
  rationale: string;
  /** How to fix it. */
  remediation: string;
  /** messageId -> template with `{{name}}` placeholders. */
  messages: Record<M, string>;
  /** Only evaluated for environments marked `production` (Compose) / production manifests (Kubernetes). */
  productionOnly?: boolean;
  /** Only evaluated where the repository deploys MCP servers (detected, or listed in stackgate.yml `mcp.services`); elsewhere not applicable. */
  mcpOnly?: boolean;
  /**
   * Only evaluated where the repository is operated (services/operated.ts: environments named by
   * stackgate.yml, the Compose layout or manifest paths, or GitOps objects); in a library, tool or
   * example repository not applicable.
   */
  operatedOnly?: boolean;
  /** The readiness category the check counts in, when not the default of its domain. */
  readiness?: ReadinessCategory;
}

export type ReportData = Record<string, string | number>;

export interface ReportDescriptor<M extends string> {
  messageId: M;
  data?: ReportData;
  /** A path inside the target's root node, or an explicit location. */
  at?: TreePath | Loc;
  /**
   * A weaker form of the finding (what makes it a concern is not known from the repository: no
   * environment names the object as production, no policy of the repository's own is near): reported
   * at info, unless stackgate.yml sets the check's severity. Checks of sets and files only (the
   * per-object checks' reports cross threads without it).
   */
  atInfo?: boolean;
}

/** The environment a Compose check looks at (config/environments.ts). */
export type { EnvironmentInfo };

interface BaseContext<M extends string, O> {
  options: O;
  report(descriptor: ReportDescriptor<M>): void;
}

export interface ComposeFileContext<M extends string, O> extends BaseContext<M, O> {
  file: string;
  document: YamlDocument;
  root: TreeNode;
  /** Whether a repository-relative file is there, ignored by .gitignore (kept on the deploy host) or missing. */
  fileState(file: string): RepositoryFileState;
}

export interface ComposeServiceContext<M extends string, O> extends BaseContext<M, O> {
  environment: EnvironmentInfo;
  stack: EffectiveStack;
  service: EffectiveService;
}

export interface ComposeStackContext<M extends string, O> extends BaseContext<M, O> {
  environment: EnvironmentInfo;
  stack: EffectiveStack;
}

export interface ComposeProjectContext<M extends string, O> extends BaseContext<M, O> {
  environment: EnvironmentInfo;
  stacks: EffectiveStack[];
}

export interface KubernetesObjectContext<M extends string, O> extends BaseContext<M, O> {
  object: KubernetesObject;
  /** The schemas of the built-in kinds (kubernetes/built-in-models.ts). */
  builtInModels: BuiltInModels;
  /** True when the manifest belongs to a production environment (config paths/namespaces), or none is known. */
  isProduction: boolean;
}

export interface KubernetesSetContext<M extends string, O> extends BaseContext<M, O> {
  objects: KubernetesObject[];
  /** Production unless an environment says otherwise (as KubernetesObjectContext.isProduction). */
  isProduction(object: KubernetesObject): boolean;
  /**
   * Whether the repository says the object serves production: an environment stackgate.yml, its path
   * or its namespace names is a production one, or, where none is named, it is an MCP server.
   */
  isKnownProduction(object: KubernetesObject): boolean;
  /** Schemas of custom resources from stackgate.yml `kubernetes.schemas`, keyed `group/version/Kind`. */
  customSchemas: ReadonlyMap<string, CustomResourceSchema>;
}

export interface DockerfileContext<M extends string, O> extends BaseContext<M, O> {
  file: string;
  text: string;
  dockerfile: Dockerfile;
  /** Whether a `.dockerignore` exists next to the Dockerfile or at the build context root. */
  hasDockerignore: boolean;
  /**
   * What runs the image, as far as the repository shows: `compose` when a Compose service builds
   * this Dockerfile, else `kubernetes` when the repository has Kubernetes workloads, else unknown.
   */
  runtime?: 'compose' | 'kubernetes';
}

/** A document (or a sub-tree of one, such as a PrometheusRule's `spec`) with its base path. */
export interface TreeContext<M extends string, O> extends BaseContext<M, O> {
  file: string;
  root: TreeNode;
  /** Where `root` sits inside the document; report paths are relative to `root`. */
  basePath: TreePath;
}

/** The repository as a whole: every file (not only those validate reads), the config and what was loaded. */
export interface RepositoryContext<M extends string, O> extends BaseContext<M, O> {
  /** Every file not ignored by .gitignore, repository-relative with forward slashes, sorted. */
  paths: readonly string[];
  /** Text of a repository file; undefined when missing, binary or over 1 MiB. */
  read(file: string): string | undefined;
  /** A YAML or JSON file parsed with positions (cached); undefined when it cannot be read. */
  yaml(file: string): ParsedYaml | undefined;
  config: StackgateConfig;
  /** Repository-relative path of stackgate.yml when there is one. */
  configFile?: string;
  compose: ComposeProject;
  kubernetes: readonly KubernetesObject[];
  prometheusRules: readonly TreeDocument[];
  prometheusConfigs: readonly TreeDocument[];
  dashboards: readonly TreeDocument[];
  /**
   * Declares that the check has nothing to look at in this repository (no MCP services, no
   * alert rules, ...): it then neither passes nor fails and does not count in the score.
   */
  notApplicable(): void;
}

export interface ContextByTarget<M extends string, O> {
  'compose-file': ComposeFileContext<M, O>;
  'compose-service': ComposeServiceContext<M, O>;
  'compose-stack': ComposeStackContext<M, O>;
  'compose-project': ComposeProjectContext<M, O>;
  'kubernetes-object': KubernetesObjectContext<M, O>;
  'kubernetes-set': KubernetesSetContext<M, O>;
  dockerfile: DockerfileContext<M, O>;
  'prometheus-rules': TreeContext<M, O>;
  'prometheus-config': TreeContext<M, O>;
  'grafana-dashboard': TreeContext<M, O>;
  repository: RepositoryContext<M, O>;
}

export interface Check<T extends Target = Target, M extends string = string, O = unknown> {
  id: string;
  target: T;
  meta: CheckMeta<M>;
  /** Options schema; its parsed value is passed as `ctx.options`. Defaults come from the schema. */
  options?: ZodType<O>;
  check(ctx: ContextByTarget<M, O>[T]): void;
  /** Only engine checks (EngineCheck) name an engine source. */
  engine?: never;
}

/** A check whose findings the engine reports itself: metadata and messages, no target, options or `check`. */
export interface EngineCheck<M extends string = string, S extends EngineSource = EngineSource> {
  id: string;
  engine: S;
  meta: CheckMeta<M>;
  target?: never;
  options?: never;
  check?: never;
}

/** Identity helper that infers message ids and option types. */
export function defineCheck<T extends Target, M extends string, O = undefined>(check: Check<T, M, O>): Check<T, M, O> {
  return check;
}

/** Identity helper for engine checks: infers message ids and the engine source. */
export function defineEngineCheck<M extends string, S extends EngineSource>(check: EngineCheck<M, S>): EngineCheck<M, S> {
  return check;
}

// The registry holds checks of every target; variance makes a precise element type impractical.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RunnableCheck = Check<Target, string, any>;
/** Any registered check: one the engine runs on its targets, or one the engine reports itself. */
export type AnyCheck = RunnableCheck | EngineCheck;

export function isEngineCheck(check: AnyCheck): check is EngineCheck {
  return check.engine !== undefined;
}

export function domainOf(id: string): Domain {
  return id.split('/')[0] as Domain;
}

/** `Hello {{name}}` with `{name: 'x'}` -> `Hello x`. Unknown placeholders stay visible. */
export function formatMessage(template: string, data: ReportData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

export function isLoc(at: TreePath | Loc | undefined): at is Loc {
  return !!at && !Array.isArray(at) && typeof (at as Loc).line === 'number';
}
