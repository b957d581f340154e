/**
 * Helm charts in validate: each chart (not a subchart, which its parent renders) is rendered by the
 * helm runner the entry point supplies (`kubernetes.helm: auto | always | never`), and the rendered
 * objects join the workspace's manifests under the template file that wrote them, on the template's
 * lines. A chart that is not rendered is reported once; its templates are never read as YAML.
 */
import path from 'node:path';
import { mapRenderedLines, splitHelmOutput, type TemplateCursor } from '../kubernetes/helm-output';
import type { HelmChart } from '../source/layout';
import { toKubernetesObject, type Workspace } from '../source/workspace';
import { getNode, parseYaml, toPlain, type Loc, type TreeNode } from '../source/yaml-tree';

/** `helm template` on one chart: its stdout, or why it failed. */
export type HelmTemplateResult = { ok: true; stdout: string } | { ok: false; message: string };
/** Renders the chart in an absolute directory; undefined when helm is not installed. */
export type HelmRenderer = (absChartDir: string) => HelmTemplateResult | undefined;
export type HelmMode = 'auto' | 'always' | 'never';

/**
 * The namespace charts are rendered into (`helm template --namespace`): the release's namespace is
 * chosen at install time, so objects that take it (`{{ .Release.Namespace }}`) get no namespace
 * once rendered, rather than helm's `default`.
 */
export const RELEASE_NAMESPACE_PLACEHOLDER = 'stackgate-release-namespace';

export type HelmProblem =
  | { kind: 'not-rendered'; chart: HelmChart; reason: string }
  | { kind: 'unavailable'; chart: HelmChart }
  | { kind: 'failed'; chart: HelmChart; detail: string; loc: Loc }
  | { kind: 'invalid-chart'; chart: HelmChart; detail: string; loc: Loc };

const rendered = new WeakMap<Workspace, HelmProblem[]>();

/**
 * Renders every chart of the workspace once (later calls return the first call's problems) and adds
 * the rendered objects to `ws.kubernetes`.
 */
export function renderHelmCharts(ws: Workspace, mode: HelmMode, renderer: HelmRenderer | undefined): HelmProblem[] {
  const done = rendered.get(ws);
  if (done) return done;
  const problems: HelmProblem[] = [];
  for (const chart of ws.layout.helmCharts) {
    // A chart under stackgate.yml's exclude (or outside include) is not validated.
    if (!ws.files.has(chart.chartFile)) continue;
    // helm refuses a chart whose Chart.yaml lacks what it requires; that is checked with or without helm.
    const invalid = chartFileProblems(ws, chart);
    if (invalid === 'unparsed' || invalid.length) {
      if (invalid !== 'unparsed') problems.push(...invalid);
      continue;
    }
    // A subchart is rendered by its parent; a library chart only holds helpers for other charts' templates.
    if (chart.isSubchart || isLibraryChart(ws, chart)) continue;
    if (mode === 'never') {
      problems.push({ kind: 'not-rendered', chart, reason: 'kubernetes.helm is "never"' });
      continue;
    }
    const result = renderer?.(path.join(ws.root, chart.dir));
    if (!result) {
      problems.push(mode === 'always' ? { kind: 'unavailable', chart } : { kind: 'not-rendered', chart, reason: 'helm is not installed' });
      continue;
    }
    if (!result.ok) {
      // Dependencies fetched at deploy time are not the repository's fault; the chart is just not rendered.
      if (/missing in charts\/ directory|dependency build|dependencies are not/i.test(result.message)) {
        problems.push({ kind: 'not-rendered', chart, reason: 'its dependencies are not in charts/ (run "helm dependency build")' });
      } else if (/execution error at \(|don't meet the specifications of the schema/i.test(result.message)) {
        // `required`, `fail` or values.schema.json asking for values the installer supplies: the chart is fine, its defaults do not render.
        problems.push({ kind: 'not-rendered', chart, reason: `its default values do not render: ${result.message}` });
      } else {
        problems.push({ kind: 'failed', chart, detail: result.message, loc: failureLocation(ws, chart, result.message) });
      }
      continue;
    }
    problems.push(...addRenderedObjects(ws, chart, result.stdout));
  }
  rendered.set(ws, problems);
  return problems;
}

const CHART_API_VERSIONS = ['v1', 'v2'];
const CHART_TYPES = ['application', 'library'];
// SemVer 2, as helm reads it (a leading v and a missing minor or patch are accepted).
const CHART_VERSION = /^v?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** What helm requires of Chart.yaml: apiVersion v1 or v2, a name, a SemVer version, a known type. 'unparsed' when it does not parse (core/parse-error says so). */
function chartFileProblems(ws: Workspace, chart: HelmChart): HelmProblem[] | 'unparsed' {
  const parsed = ws.parsed.get(chart.chartFile);
  const root = parsed?.documents[0]?.root;
  if (!parsed || parsed.problems.length) return 'unparsed';
  const file: Loc = { file: chart.chartFile, line: 1, column: 1 };
  if (!root || root.kind !== 'map') return [{ kind: 'invalid-chart', chart, detail: 'Chart.yaml must be a map with apiVersion, name and version', loc: file }];
  const problems: HelmProblem[] = [];
  const field = (key: string, isValid: (v: unknown) => boolean, expected: string): void => {
    const node = root.entries.get(key);
    const value = node?.kind === 'scalar' ? node.value : node ? toPlain(node) : undefined;
    if (isValid(value)) return;
    const detail = node ? `${key}: expected ${expected}, got ${JSON.stringify(value)}` : `${key} is required (${expected})`;
    problems.push({ kind: 'invalid-chart', chart, detail, loc: node ? (node.keyLoc ?? node.loc) : file });
  };
  field('apiVersion', (v) => typeof v === 'string' && CHART_API_VERSIONS.includes(v), 'v2, or v1 for Helm 2 charts');
  field('name', (v) => typeof v === 'string' && v.trim() !== '', 'the chart name');
  field('version', (v) => (typeof v === 'string' || typeof v === 'number') && CHART_VERSION.test(String(v)), 'a SemVer version such as 0.1.0');
  if (root.entries.has('type')) field('type', (v) => typeof v === 'string' && CHART_TYPES.includes(v), 'application or library');
  return problems;
}

function isLibraryChart(ws: Workspace, chart: HelmChart): boolean {
  const root = ws.parsed.get(chart.chartFile)?.documents[0]?.root;
  const type = root?.kind === 'map' ? root.entries.get('type') : undefined;
  return type?.kind === 'scalar' && type.value === 'library';
}

/** The chart's name from Chart.yaml, else its directory's. */
export function chartName(ws: Workspace, chart: HelmChart): string {
  const name = /^name:\s*["']?([^"'\s#]+)/m.exec(ws.files.get(chart.chartFile)?.text ?? '')?.[1];
  return name ?? (path.posix.basename(chart.dir) || '.');
}

function addRenderedObjects(ws: Workspace, chart: HelmChart, stdout: string): HelmProblem[] {
  const problems: HelmProblem[] = [];
  const cursors = new Map<string, TemplateCursor>();
  const docCounts = new Map<string, number>();
  for (const doc of splitHelmOutput(stdout)) {
    const candidate = chart.dir ? `${chart.dir}/${doc.source}` : doc.source;
    // A template of a packaged subchart (charts/*.tgz) has no file in the repository: the chart stands for it.
    const file = ws.files.has(candidate) ? candidate : chart.chartFile;
    let cursor = cursors.get(file);
    if (!cursor) cursors.set(file, (cursor = { line: 0 }));
    const lines = file === candidate ? mapRenderedLines(doc.text, ws.files.get(file)!.text, cursor) : [];
    const templateLines = file === candidate ? ws.files.get(file)!.text.split(/\r?\n/) : [];
    const parsed = parseYaml(file, doc.text);
    const first = parsed.problems[0];
    if (first) {
      const line = lines[first.line - 1] ?? 1;
      problems.push({ kind: 'failed', chart, detail: `${doc.source} renders invalid YAML: ${first.message}`, loc: { file, line, column: 1 } });
      continue;
    }
    for (const d of parsed.documents) {
      if (!d.root || d.root.kind !== 'map') continue;
      relocate(d.root, lines, templateLines);
      dropReleaseNamespace(d.root);
      const value = toPlain(d.root) as Record<string, unknown>;
      if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') continue;
      const index = docCounts.get(file) ?? 0;
      docCounts.set(file, index + 1);
      const items = getNode(d.root, ['items']);
      const roots = value.kind.endsWith('List') && items?.kind === 'seq' ? items.items : [d.root];
      for (const root of roots) {
        const v = toPlain(root) as Record<string, unknown>;
        if (root.kind !== 'map' || typeof v.apiVersion !== 'string' || typeof v.kind !== 'string') continue;
        const obj = toKubernetesObject(file, index, root, v);
        ws.kubernetes.push(obj);
        const spec = obj.kind === 'PrometheusRule' ? getNode(root, ['spec']) : undefined;
        if (spec) ws.prometheusRules.push({ file, root: spec, basePath: ['spec'] });
      }
      const kinds = ws.kinds.get(file) ?? new Set();
      kinds.add('kubernetes');
      ws.kinds.set(file, kinds);
    }
  }
  return problems;
}

function dropReleaseNamespace(root: TreeNode): void {
  const metadata = getNode(root, ['metadata']);
  const namespace = metadata?.kind === 'map' ? metadata.entries.get('namespace') : undefined;
  if (metadata?.kind === 'map' && namespace?.kind === 'scalar' && namespace.value === RELEASE_NAMESPACE_PLACEHOLDER) metadata.entries.delete('namespace');
}

/** Moves every position of a rendered tree to the template line that wrote it (column: where that line's text starts). */
function relocate(root: TreeNode, lines: readonly number[], templateLines: readonly string[]): void {
  const seen = new Set<Loc>();
  const move = (loc: Loc | undefined): void => {
    if (!loc || seen.has(loc)) return;
    seen.add(loc);
    const line = lines[loc.line - 1] ?? 1;
    loc.line = line;
    loc.column = (/^\s*/.exec(templateLines[line - 1] ?? '')?.[0].length ?? 0) + 1;
    delete loc.endLine;
    delete loc.endColumn;
  };
  const walk = (node: TreeNode): void => {
    move(node.loc);
    move(node.keyLoc);
    if (node.kind === 'map') for (const child of node.entries.values()) walk(child);
    else if (node.kind === 'seq') for (const child of node.items) walk(child);
  };
  walk(root);
}

/** helm's errors name the template and line (`template: web/templates/x.yaml:12:3: ...`); else the chart's Chart.yaml. */
function failureLocation(ws: Workspace, chart: HelmChart, message: string): Loc {
  const m = /[\w.-]+\/((?:charts\/[^/:\s]+\/)?templates\/[^:\s]+):(\d+)/.exec(message);
  if (m) {
    const file = chart.dir ? `${chart.dir}/${m[1]}` : m[1];
    if (ws.files.has(file)) return { file, line: Number(m[2]), column: 1 };
  }
  return { file: chart.chartFile, line: 1, column: 1 };
}
