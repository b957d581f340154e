/**
 * Tool-surface drift: the tools (names and input schemas) a service exposes here, compared with
 * what it exposed in the previous environment's report, so staging and prod are known to serve
 * the same surface.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import type { SmokeCheck, SmokeReport, TargetReport, ToolSurface } from './report-schema';

/** sha256 of JSON with object keys sorted: the same schema always hashes the same. */
export function schemaHash(schema: unknown): string {
  return createHash('sha256').update(canonicalJson(schema)).digest('hex').slice(0, 16);
}

export function toolSurface(tools: readonly { name: string; inputSchema?: unknown }[]): ToolSurface[] {
  return tools
    .map((t) => ({ name: t.name, schemaHash: schemaHash(t.inputSchema ?? null), inputSchema: t.inputSchema }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function compareSurface(target: Pick<TargetReport, 'service' | 'tools'>, previous: SmokeReport, mode: 'fail' | 'warn'): SmokeCheck {
  const where = previous.environment ?? 'the previous report';
  const before = previous.targets.find((t) => t.service === target.service);
  if (!before?.tools) return { id: 'tool-surface', status: 'skipped', message: `${target.service} has no tool list in ${where}'s report` };
  if (!target.tools) return { id: 'tool-surface', status: 'skipped', message: 'no tool list here (tools/list did not run)' };
  const old = new Map(before.tools.map((t) => [t.name, t]));
  const now = new Map(target.tools.map((t) => [t.name, t]));
  const added = [...now.keys()].filter((n) => !old.has(n));
  const removed = [...old.keys()].filter((n) => !now.has(n));
  const changed = [...now.values()]
    .filter((t) => old.has(t.name) && old.get(t.name)!.schemaHash !== t.schemaHash)
    .map((t) => `${t.name} (${schemaChange(old.get(t.name)!.inputSchema, t.inputSchema)})`);
  if (!added.length && !removed.length && !changed.length)
    return { id: 'tool-surface', status: 'pass', message: `same ${now.size} tools and input schemas as ${where}` };
  const parts = [
    added.length ? `added ${added.join(', ')}` : '',
    removed.length ? `missing ${removed.join(', ')}` : '',
    changed.length ? `input schema changed: ${changed.join(', ')}` : '',
  ].filter(Boolean);
  return { id: 'tool-surface', status: mode, message: `tool surface differs from ${where}: ${parts.join('; ')}` };
}

/** Which properties an input schema gained, lost or made required. */
function schemaChange(before: unknown, after: unknown): string {
  const props = (s: unknown) => new Set(Object.keys(((s as { properties?: object } | undefined)?.properties ?? {}) as object));
  const required = (s: unknown) => {
    const r = (s as { required?: unknown } | undefined)?.required;
    return new Set(Array.isArray(r) ? (r as string[]) : []);
  };
  const [pb, pa, rb, ra] = [props(before), props(after), required(before), required(after)];
  const out = [
    ...[...pa].filter((p) => !pb.has(p)).map((p) => `+${p}`),
    ...[...pb].filter((p) => !pa.has(p)).map((p) => `-${p}`),
    ...[...ra].filter((p) => !rb.has(p) && pb.has(p)).map((p) => `${p} now required`),
  ];
  return out.length ? out.join(' ') : 'types or descriptions';
}
