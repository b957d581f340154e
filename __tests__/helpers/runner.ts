/** Plays the GitHub Actions runner: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunnerFiles {
  dir: string;
  env: Record<string, string>;
  outputs(): Record<string, string>;
  summary(): string;
  cleanup(): void;
}

export function runnerEnv(workspace: string, inputs: Record<string, string>, extra: Record<string, string> = {}): RunnerFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-runner-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    ...extra,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return {
    dir,
    env,
    outputs: () => parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    summary: () => fs.readFileSync(summaryFile, 'utf8'),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Parses the `name<<DELIMITER\nvalue\nDELIMITER` records of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const [, name, delim] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return out;
}

/** Workflow commands (`::error file=..,line=..::message`) printed on stdout. */
export interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const at = kv.indexOf('=');
      props[kv.slice(0, at)] = decodeURIComponent(kv.slice(at + 1).replace(/%2C/g, ','));
    }
    out.push({ level: m[1], props, message: m[3] });
  }
  return out;
}
