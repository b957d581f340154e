/**
 * The loaded repository: every candidate file read once, YAML/JSON parsed once, and each document
 * recognised by name and by content (a document with apiVersion + kind is a Kubernetes manifest
 * wherever it lives; a top-level `services:` map of services is a Compose file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from './decode-text';
import { discoverFiles, type DiscoveredFile, type DiscoveryProblem } from './discover';
import { findHelmCharts, findKustomizePatches, helmChartOfTemplate, isAnsibleRoleTemplate, isKustomizationFile, type RepositoryLayout } from './layout';
import { parseYaml, getNode, toPlain, type MapNode, type ParsedYaml, type TreeNode, type TreePath, type YamlProblem } from './yaml-tree';
import composeSpec from '../../../schema/vendor/compose-spec.schema.json';
import { scalarText } from '../display-value';
import { incompleteManifest } from '../kubernetes/incomplete-manifest';
import type { KubernetesObject } from '../kubernetes/objects';

export type FileKind = 'compose' | 'kubernetes' | 'dockerfile' | 'prometheus-rules' | 'prometheus-config' | 'grafana-dashboard' | 'env' | 'other';

export interface TreeDocument {
  file: string;
  root: TreeNode;
  basePath: TreePath;
}

export interface FileProblem {
  file: string;
  line: number;
  column: number;
  /** Binary files are skipped without a problem (discovery notes them; loadWorkspace drops the note). */
  code: YamlProblem['code'] | Exclude<DiscoveryProblem['code'], 'binary'> | 'empty' | 'incomplete-manifest';
  message: string;
}

export interface Workspace {
  root: string;
  files: Map<string, DiscoveredFile>;
  /** Every file not ignored by .gitignore (names only; see readText for the others' contents). */
  paths: string[];
  parsed: Map<string, ParsedYaml>;
  kinds: Map<string, Set<FileKind>>;
  composeFiles: string[];
  dockerfiles: string[];
  kubernetes: KubernetesObject[];
  prometheusRules: TreeDocument[];
  prometheusConfigs: TreeDocument[];
  dashboards: TreeDocument[];
  problems: FileProblem[];
  /** Helm charts (their templates are never parsed as YAML) and Kustomize patch files (fragments, not objects). */
  layout: RepositoryLayout;
}

export interface LoadWorkspaceOptions {
  root: string;
  include?: string[];
  exclude?: string[];
  maxFileBytes?: number;
  /** Limit on nodes that aliases may add to one YAML document. */
  maxAliasNodes?: number;
}

const COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i;
const DOCKERFILE_NAME = /^(dockerfile|containerfile)([.-][\w.-]+)?$|\.(dockerfile|containerfile)$/i;
const RULES_NAME = /(^|[._-])(rules?|alerts?|alerting|recording)([._-][\w.-]*)?\.ya?ml$|\.rules(\.ya?ml)?$/i;
const PROM_CONFIG_NAME = /^prometheus([.-][\w.-]+)?\.ya?ml$/i;

/** A repository's files, listed and read, before they are parsed and recognised (loadWorkspace's first half). */
export interface WorkspaceFiles {
  root: string;
  files: DiscoveredFile[];
  paths: string[];
  problems: DiscoveryProblem[];
  layout: RepositoryLayout;
}

export function loadWorkspace(options: LoadWorkspaceOptions): Workspace {
  return buildWorkspace(listWorkspaceFiles(options), options);
}

/** Lists and reads the files under the options' include, exclude and size limit, and finds the Helm charts and Kustomize patches among them. */
export function listWorkspaceFiles(options: LoadWorkspaceOptions): WorkspaceFiles {
  const { files, problems, paths } = discoverFiles({ ...options, skipVendoredDependencies: true });
  const layout: RepositoryLayout = {
    helmCharts: findHelmCharts(paths),
    kustomizePatches: findKustomizePatches(files.filter((f) => isKustomizationFile(f.path))),
  };
  return { root: options.root, files, paths, problems, layout };
}

/** What recognising one file adds to a workspace: buildWorkspace of that file alone gives it. */
export type ClassifiedFile = Pick<
  Workspace,
  'parsed' | 'kinds' | 'composeFiles' | 'dockerfiles' | 'kubernetes' | 'prometheusRules' | 'prometheusConfigs' | 'dashboards' | 'problems'
>;

export interface BuildWorkspaceOptions {
  /** Limit on nodes that aliases may add to one YAML document. */
  maxAliasNodes?: number;
  /** Files parsed already (by worker threads): parseYaml's result for the file's text, which is then not parsed again. */
  parsed?: ReadonlyMap<string, ParsedYaml>;
  /** Files recognised already, each alone (validate/prepare-files.ts): added as they are. */
  classified?: ReadonlyMap<string, ClassifiedFile>;
}

/** Parses the files (those not parsed already) and recognises each document, file by file in order. */
export function buildWorkspace(listed: WorkspaceFiles, options: BuildWorkspaceOptions = {}): Workspace {
  const ws: Workspace = {
    root: path.resolve(listed.root),
    files: new Map(listed.files.map((f) => [f.path, f])),
    paths: listed.paths,
    parsed: new Map(),
    kinds: new Map(),
    composeFiles: [],
    dockerfiles: [],
    kubernetes: [],
    prometheusRules: [],
    prometheusConfigs: [],
    dashboards: [],
    problems: listed.problems.flatMap((p): FileProblem[] =>
      p.code === 'binary' ? [] : [{ file: p.path, line: 1, column: 1, code: p.code, message: p.message }],
    ),
    layout: listed.layout,
  };
  const parse = (file: DiscoveredFile): ParsedYaml =>
    options.parsed?.get(file.path) ?? parseYaml(file.path, file.text, { maxAliasNodes: options.maxAliasNodes });
  for (const file of listed.files) {
    const alone = options.classified?.get(file.path);
    if (alone) addClassified(ws, alone);
    else classifyFile(ws, file, parse);
  }
  return ws;
}

/** Adds a file recognised alone: the same as recognising it here, since recognising a file adds to the workspace for that file only. */
function addClassified(ws: Workspace, one: ClassifiedFile): void {
  for (const [file, parsed] of one.parsed) ws.parsed.set(file, parsed);
  for (const [file, kinds] of one.kinds) ws.kinds.set(file, kinds);
  ws.composeFiles.push(...one.composeFiles);
  ws.dockerfiles.push(...one.dockerfiles);
  ws.kubernetes.push(...one.kubernetes);
  ws.prometheusRules.push(...one.prometheusRules);
  ws.prometheusConfigs.push(...one.prometheusConfigs);
  ws.dashboards.push(...one.dashboards);
  ws.problems.push(...one.problems);
}

const MAX_OTHER_FILE_BYTES = 1024 * 1024;
const otherTexts = new WeakMap<Workspace, { paths: Set<string>; texts: Map<string, string | undefined> }>();

/**
 * The text of any repository file (README, runbooks, workflows, scripts): validated files come
 * from memory, others are read once on demand. Undefined for files that are missing, ignored,
 * binary or over 1 MiB.
 */
export function readText(ws: Workspace, file: string): string | undefined {
  const known = ws.files.get(file);
  if (known) return known.text;
  let cache = otherTexts.get(ws);
  if (!cache) otherTexts.set(ws, (cache = { paths: new Set(ws.paths), texts: new Map() }));
  if (cache.texts.has(file)) return cache.texts.get(file);
  let text: string | undefined;
  if (cache.paths.has(file)) {
    try {
      const abs = path.join(ws.root, file);
      if (fs.statSync(abs).size <= MAX_OTHER_FILE_BYTES) {
        text = decodeText(fs.readFileSync(abs));
      }
    } catch {
      text = undefined;
    }
  }
  cache.texts.set(file, text);
  return text;
}

/** A repository YAML or JSON file parsed with positions: the validated ones are already, others are parsed once. */
export function parsedYaml(ws: Workspace, file: string): ParsedYaml | undefined {
  const known = ws.parsed.get(file);
  if (known) return known;
  const text = readText(ws, file);
  if (text === undefined) return undefined;
  const parsed = parseYaml(file, text);
  ws.parsed.set(file, parsed);
  return parsed;
}

/** A Go template action at the start of a line: `{{- if`, `{{ range`, `{{ include`, `{{ .Values`, `{{ $x :=`, a template comment; or an unquoted value `key: {{ .Values.x }}`. */
const GO_TEMPLATE_ACTION = /^[ \t-]*\{\{-?\s*(?:if|range|with|include|define|template|end|else|tpl|toYaml|\/\*|\.|\$)|:[ \t]+\{\{-?\s*[.$]/m;

/** Whether a YAML file inside a Helm chart (not its Chart.yaml or values files) holds Go template actions. */
function isChartFileTemplate(ws: Workspace, file: DiscoveredFile): boolean {
  if (!/\.ya?ml$/i.test(file.path) || /(^|\/)(Chart|values[\w.-]*)\.ya?ml$/i.test(file.path)) return false;
  if (!ws.layout.helmCharts.some((c) => c.dir === '' || file.path.startsWith(`${c.dir}/`))) return false;
  return GO_TEMPLATE_ACTION.test(file.text);
}

function mark(ws: Workspace, file: string, kind: FileKind): void {
  let set = ws.kinds.get(file);
  if (!set) ws.kinds.set(file, (set = new Set()));
  set.add(kind);
}

function classifyFile(ws: Workspace, file: DiscoveredFile, parse: (file: DiscoveredFile) => ParsedYaml): void {
  // A Helm template is Go template text, not YAML: validate renders its chart with helm when it can.
  if (helmChartOfTemplate(ws.layout.helmCharts, file.path)) return;
  // So is an Ansible role's template (Jinja2), rendered by Ansible on the host it configures.
  if (isAnsibleRoleTemplate(file.path)) return;
  const base = path.posix.basename(file.path);
  const lower = base.toLowerCase();
  // Dockerfile.dockerignore is BuildKit's ignore file for that Dockerfile: neither a Dockerfile nor YAML.
  if (/\.(dockerignore|containerignore)$/i.test(base)) return;
  if (DOCKERFILE_NAME.test(base)) {
    ws.dockerfiles.push(file.path);
    mark(ws, file.path, 'dockerfile');
    return;
  }
  // A chart's other files with Go template actions (CRDs or configs it loads through .Files.Get and tpl) are templates too.
  if (isChartFileTemplate(ws, file)) return;
  if (lower === '.env' || lower.endsWith('.env')) {
    mark(ws, file.path, 'env');
    return;
  }
  const isJson = lower.endsWith('.json');
  // A workflow or any file under .github/ is never a Compose file, whatever its name (compose-smoke.yml).
  const byComposeName = COMPOSE_NAME.test(base) && !file.path.startsWith('.github/');
  // JSON files are read only when they look like dashboards; avoid parsing package.json and friends.
  if (isJson && !/"panels"\s*:/.test(file.text)) return;
  const parsed = parse(file);
  ws.parsed.set(file.path, parsed);
  for (const p of parsed.problems) ws.problems.push({ file: file.path, line: p.line, column: p.column, code: p.code, message: p.message });

  const docs = parsed.documents.filter((d) => d.root);
  if (byComposeName) {
    ws.composeFiles.push(file.path);
    mark(ws, file.path, 'compose');
    if (!docs.length && !parsed.problems.length) {
      ws.problems.push({ file: file.path, line: 1, column: 1, code: 'empty', message: 'Compose file is empty' });
    }
    return;
  }
  if (!docs.length) {
    if (!parsed.problems.length && !file.text.trim() && /\.ya?ml$/.test(lower) && RULES_NAME.test(base)) {
      ws.problems.push({ file: file.path, line: 1, column: 1, code: 'empty', message: 'file is empty' });
    }
    return;
  }
  for (const doc of parsed.documents) {
    const root = doc.root;
    if (!root || root.kind !== 'map') continue;
    const value = toPlain(root) as Record<string, unknown>;
    if (isJson) {
      const dash = getNode(root, ['dashboard']);
      if (Array.isArray(value.panels) || (dash?.kind === 'map' && Array.isArray((value.dashboard as Record<string, unknown>).panels))) {
        const basePath: TreePath = Array.isArray(value.panels) ? [] : ['dashboard'];
        ws.dashboards.push({ file: file.path, root: basePath.length ? dash! : root, basePath });
        mark(ws, file.path, 'grafana-dashboard');
      }
      continue;
    }
    const incomplete = incompleteManifest(root);
    if (incomplete) {
      ws.problems.push({ file: file.path, line: incomplete.loc.line, column: incomplete.loc.column, code: 'incomplete-manifest', message: incomplete.message });
      continue;
    }
    if (typeof value.apiVersion === 'string' && typeof value.kind === 'string') {
      // A Kustomize patch is a fragment merged into a resource, not an object of its own.
      if (ws.layout.kustomizePatches.has(file.path)) continue;
      // `kind: List` (and `*List`, as `kubectl get -o yaml` writes) carries its objects in items.
      const items = getNode(root, ['items']);
      if (value.kind.endsWith('List') && items?.kind === 'seq') {
        items.items.forEach((item) => {
          const itemValue = toPlain(item) as Record<string, unknown>;
          if (item.kind === 'map' && typeof itemValue.apiVersion === 'string' && typeof itemValue.kind === 'string') {
            ws.kubernetes.push(toKubernetesObject(file.path, doc.index, item, itemValue));
          }
        });
        mark(ws, file.path, 'kubernetes');
        continue;
      }
      const obj = toKubernetesObject(file.path, doc.index, root, value);
      ws.kubernetes.push(obj);
      mark(ws, file.path, 'kubernetes');
      if (obj.kind === 'PrometheusRule') {
        const spec = getNode(root, ['spec']);
        if (spec) {
          ws.prometheusRules.push({ file: file.path, root: spec, basePath: ['spec'] });
          mark(ws, file.path, 'prometheus-rules');
        }
      }
      continue;
    }
    if (isServicesMap(value.services) && hasComposeServices(value.services as Record<string, unknown>)) {
      if (!ws.composeFiles.includes(file.path)) ws.composeFiles.push(file.path);
      mark(ws, file.path, 'compose');
      continue;
    }
    // Rule files by content, or by name (alerts.yml, *.rules.yml) when `groups` is there but malformed.
    // Grafana's alerting provisioning files also hold `groups` of `rules`; their top-level `apiVersion`
    // (and each group's orgId/folder) tells them apart: a Prometheus rule file has neither.
    if (isGrafanaProvisioning(value)) continue;
    if ((Array.isArray(value.groups) && value.groups.some((g) => g && typeof g === 'object' && 'rules' in g)) || (RULES_NAME.test(base) && 'groups' in value)) {
      ws.prometheusRules.push({ file: file.path, root, basePath: [] });
      mark(ws, file.path, 'prometheus-rules');
      continue;
    }
    // Promtail and the Grafana agent also have scrape_configs; their clients/positions/server keys tell them apart.
    const isPromtail = 'clients' in value || 'positions' in value || 'server' in value;
    if (!isPromtail && ('scrape_configs' in value || (PROM_CONFIG_NAME.test(base) && ('global' in value || 'rule_files' in value)))) {
      ws.prometheusConfigs.push({ file: file.path, root, basePath: [] });
      mark(ws, file.path, 'prometheus-config');
    }
  }
}

/** A Grafana provisioning file (alerting, datasources, dashboards): `apiVersion: 1` at the top, alert rule groups with `orgId` or `folder`. */
function isGrafanaProvisioning(value: Record<string, unknown>): boolean {
  if ('apiVersion' in value && !('kind' in value)) return true;
  return Array.isArray(value.groups) && value.groups.some((g) => g !== null && typeof g === 'object' && ('folder' in g || 'orgId' in g));
}

/** The service attributes of the Compose Specification (the schema compose/schema checks files against). */
const COMPOSE_SERVICE_KEYS = new Set(Object.keys(composeSpec.definitions.service.properties));

/**
 * Whether a `services:` map holds Compose services: one of them has an attribute of the Compose
 * specification. The Azure Developer CLI's azure.yaml also has `services:` of maps, with `project`,
 * `language` and `host`, and is not Compose.
 */
function hasComposeServices(services: Record<string, unknown>): boolean {
  const entries = Object.values(services);
  return entries.some((s) => s === null || (typeof s === 'object' && Object.keys(s as object).some((k) => COMPOSE_SERVICE_KEYS.has(k) || k.startsWith('x-'))));
}

function isServicesMap(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const entries = Object.values(v as Record<string, unknown>);
  return entries.length > 0 && entries.every((s) => s === null || (typeof s === 'object' && !Array.isArray(s)));
}

export function toKubernetesObject(file: string, docIndex: number, root: MapNode, value: Record<string, unknown>): KubernetesObject {
  const meta = (value.metadata && typeof value.metadata === 'object' ? value.metadata : {}) as Record<string, unknown>;
  return {
    file,
    docIndex,
    apiVersion: String(value.apiVersion),
    kind: String(value.kind),
    name: scalarText(meta.name) ?? (typeof meta.generateName === 'string' ? `${meta.generateName}*` : '(unnamed)'),
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    root,
    value,
    loc: root.loc,
  };
}
