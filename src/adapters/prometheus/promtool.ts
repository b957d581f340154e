/**
 * Runs the real `promtool check rules|config` and turns its output into per-file results for
 * validate()'s `externalTools.promtool`. promtool prints `Checking <file>` on stdout for every file,
 * followed by `SUCCESS: ...` when it passed; failures go to stderr as one `FAILED:` block per failed
 * file, in the same order. Messages are rewritten to start with `line N, column M:` whenever the
 * position is known (from promtool itself or by finding the rule or value it names in the file), so
 * the engine can point at the line.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { PromtoolResult } from '../../core/validate/run';

export interface PromtoolRunnerOptions {
  /** The promtool executable (default `promtool` on PATH). */
  binary?: string;
  /** Kill promtool after this long (default 60 s). */
  timeoutMs?: number;
}

export type PromtoolMode = 'rules' | 'config';
export type PromtoolRunner = (mode: PromtoolMode, absFiles: string[]) => PromtoolResult[] | undefined;

const DEFAULT_TIMEOUT_MS = 60_000;

export function createPromtoolRunner(options: PromtoolRunnerOptions = {}): PromtoolRunner {
  const binary = options.binary ?? 'promtool';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let supportsLintFlag = true;

  const spawn = (mode: PromtoolMode, files: string[]): SpawnSyncReturns<string> => {
    // --syntax-only: referenced rule files are checked on their own, and credential or TLS files
    // named in the config usually exist only where Prometheus runs.
    // --lint=none: duplicate rules are reported by monitoring/duplicate-rule, and lint output has no file prefix.
    const args = mode === 'rules' ? ['check', 'rules', ...(supportsLintFlag ? ['--lint=none'] : []), ...files] : ['check', 'config', '--syntax-only', ...files];
    return spawnSync(binary, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, windowsHide: true });
  };

  const runBatch = (mode: PromtoolMode, files: string[]): PromtoolResult[] | undefined => {
    let res = spawn(mode, files);
    if (!res.error && mode === 'rules' && supportsLintFlag && /unknown long flag '--lint'/.test(res.stderr ?? '')) {
      // promtool before 2.34 has no --lint; it does not lint either.
      supportsLintFlag = false;
      res = spawn(mode, files);
    }
    if (res.error) {
      const code = (res.error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      const detail = code === 'ETIMEDOUT' ? `promtool did not finish within ${timeoutMs} ms` : `could not run ${binary}: ${res.error.message}`;
      return files.map((file) => ({ file, ok: false, messages: [detail] }));
    }
    const stdout = res.stdout ?? '';
    const stderr = res.stderr ?? '';
    const parsed = parseOutput(stdout, stderr, files);
    if (parsed) return parsed.map((r) => ({ ...r, messages: r.ok ? r.messages : locateMessages(r.file, r.messages) }));
    // Output we cannot attribute (a usage error such as a missing file aborts the whole run).
    if (files.length > 1) {
      const out: PromtoolResult[] = [];
      for (const f of files) {
        const one = runBatch(mode, [f]);
        if (!one) return undefined;
        out.push(...one);
      }
      return out;
    }
    const text = `${stderr}\n${stdout}`
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^Checking /.test(l) && !/^FAILED:?$/.test(l));
    const ok = res.status === 0;
    return [
      {
        file: files[0],
        ok,
        messages: ok ? [] : text.length ? text.map((l) => stripPrefixes(l, files[0])) : [`promtool exited with status ${res.status ?? res.signal}`],
      },
    ];
  };

  return (mode, absFiles) => (absFiles.length ? runBatch(mode, absFiles) : []);
}

interface Checked {
  file: string;
  ok: boolean;
}

/** Results per file, or undefined when the output cannot be attributed to the files reliably. */
export function parseOutput(stdout: string, stderr: string, files: readonly string[]): PromtoolResult[] | undefined {
  const checked: Checked[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^Checking (.+)$/.exec(line);
    if (m) checked.push({ file: m[1], ok: false });
    else if (/^\s*SUCCESS\b/.test(line) && checked.length) checked[checked.length - 1].ok = true;
  }
  if (checked.length !== files.length || checked.some((c, i) => c.file !== files[i])) return undefined;
  const blocks: string[][] = [];
  for (const line of stderr.split(/\r?\n/)) {
    const m = /^\s*FAILED:\s*(.*)$/.exec(line);
    if (m) {
      blocks.push(m[1] ? [m[1]] : []);
      continue;
    }
    if (!line.trim()) continue;
    if (!blocks.length) return undefined;
    blocks[blocks.length - 1].push(line);
  }
  const failed = checked.filter((c) => !c.ok);
  if (failed.length !== blocks.length) return undefined;
  let b = 0;
  return checked.map((c) => (c.ok ? { file: c.file, ok: true, messages: [] } : { file: c.file, ok: false, messages: normalizeBlock(blocks[b++], c.file) }));
}

/** One message per problem: file prefixes removed, `5:15: ...` turned into `line 5, column 15: ...`, unmarshal lists split. */
export function normalizeBlock(lines: readonly string[], file: string): string[] {
  const out: string[] = [];
  let header: string | undefined;
  for (const raw of lines) {
    const indented = /^\s/.test(raw);
    const text = stripPrefixes(raw.trim(), file);
    if (indented && header !== undefined) {
      // "yaml: unmarshal errors:" followed by "  line 6: field x not found ...".
      if (out[out.length - 1] === header) out.pop();
      out.push(`${header} ${text}`);
      continue;
    }
    header = text.endsWith(':') ? text : undefined;
    out.push(text);
  }
  const messages = [...new Set(out.filter(Boolean))];
  return messages.length ? messages : ['promtool reported a failure without details'];
}

function stripPrefixes(text: string, file: string): string {
  let t = text;
  if (t.startsWith(`${file}: `)) t = t.slice(file.length + 2);
  const parsing = `parsing YAML file ${file}: `;
  if (t.startsWith(parsing)) t = t.slice(parsing.length);
  const pos = /^(\d+):(\d+): (.*)$/.exec(t);
  if (pos) t = `line ${pos[1]}, column ${pos[2]}: ${pos[3]}`;
  return t;
}

/** Adds `line N:` to messages without a position when the rule or value they name can be found in the file. */
function locateMessages(file: string, messages: string[]): string[] {
  if (messages.every((m) => /\bline \d+/.test(m))) return messages;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    // The file vanished or is unreadable: keep promtool's words, the engine reports line 1.
    return messages;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  return messages.map((m) => {
    if (/\bline \d+/.test(m)) return m;
    const offset = findOffset(doc.contents as YamlNode | null, m);
    return offset === undefined ? m : `line ${lineCounter.linePos(offset).line}: ${m}`;
  });
}

function findOffset(root: YamlNode | null, message: string): number | undefined {
  if (!root) return undefined;
  const ruleRef = /group "((?:[^"\\]|\\.)*)", rule (\d+)/.exec(message);
  if (ruleRef) {
    const rule = findRule(root, JSON.parse(`"${ruleRef[1]}"`) as string, Number(ruleRef[2]) - 1);
    if (rule) {
      const annotation = /annotation "([^"]+)"/.exec(message)?.[1];
      const label = /invalid label name: (\S+)/.exec(message)?.[1] ?? /label "([^"]+)"/.exec(message)?.[1];
      const inner = (annotation && keyOffset(rule, 'annotations', annotation)) ?? (label && keyOffset(rule, 'labels', label));
      return typeof inner === 'number' ? inner : rule.range?.[0];
    }
  }
  const quoted = [...message.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  const value = quoted[quoted.length - 1];
  if (value === undefined) return undefined;
  const hits: number[] = [];
  visit(root, {
    Scalar(_key, node) {
      if (String(node.value) === value && node.range) hits.push(node.range[0]);
    },
  });
  // "found multiple scrape configs with job name "a"", "groupname: "g" is repeated": the second one is the problem.
  if (/multiple|repeated|duplicate/.test(message) && hits.length > 1) return hits[1];
  return hits[0];
}

function findRule(root: YamlNode, groupName: string, index: number): YamlNode | undefined {
  if (!isMap(root)) return undefined;
  const groups = root.get('groups', true);
  if (!isSeq(groups)) return undefined;
  for (const g of groups.items) {
    if (!isMap(g)) continue;
    const name = g.get('name', true);
    if (!isScalar(name) || String(name.value) !== groupName) continue;
    const rules = g.get('rules', true);
    const rule = isSeq(rules) ? rules.items[index] : undefined;
    return rule ? (rule as YamlNode) : undefined;
  }
  return undefined;
}

function keyOffset(rule: YamlNode, section: string, key: string): number | undefined {
  if (!isMap(rule)) return undefined;
  const map = rule.get(section, true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair.key.range?.[0];
  }
  return undefined;
}
