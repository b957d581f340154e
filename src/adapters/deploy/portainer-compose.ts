/**
 * The Portainer stack's Env (Portainer's name/value pairs) merged with stackgate's variables, how a
 * plan describes that change, and the Env as variables for substitution in the Compose file.
 */
import type { EnvPair } from './portainer-api';

export interface MergedEnv {
  env: EnvPair[];
  added: string[];
  updated: string[];
}

/** The stack's Env with `variables` set: existing entries kept in place, ours updated or appended; nothing is removed. */
export function mergeEnv(existing: readonly EnvPair[], variables: Readonly<Record<string, string>>): MergedEnv {
  const names = new Set(existing.map((p) => p.name));
  const updated = Object.keys(variables).filter((name) => names.has(name) && existing.some((p) => p.name === name && p.value !== variables[name]));
  const added = Object.keys(variables).filter((name) => !names.has(name));
  const env = [
    ...existing.map((p) => (Object.prototype.hasOwnProperty.call(variables, p.name) ? { name: p.name, value: variables[p.name] } : { ...p })),
    ...added.map((name) => ({ name, value: variables[name] })),
  ];
  return { env, added, updated };
}

/** `adds A, B; updates C; keeps 4 (values not shown)`: names only, values may be secrets. */
export function describeEnvChange(merged: MergedEnv, existingCount: number): string {
  const parts = [merged.added.length ? `adds ${merged.added.join(', ')}` : '', merged.updated.length ? `updates ${merged.updated.join(', ')}` : ''];
  const kept = existingCount - merged.updated.length;
  return `Env ${[...parts.filter(Boolean), `keeps ${kept} ${kept === 1 ? 'entry' : 'entries'}`].join('; ')} (values not shown)`;
}

/** The Env as variables (a later entry wins, as in an env file). */
export const envVars = (env: readonly EnvPair[]): Record<string, string> => Object.fromEntries(env.map((p) => [p.name, p.value]));
