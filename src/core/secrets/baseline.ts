/**
 * Accepted findings, stored as fingerprints: the rule, the file, and a salted SHA-256 of the
 * value. The value itself is never written; the salt is random per baseline, so a fingerprint
 * cannot be looked up in a table of known tokens.
 */
import { createHash, randomBytes } from 'node:crypto';
import { UserError } from '../errors';
import type { RawSecretFinding } from './scan';

export interface BaselineEntry {
  rule: string;
  file: string;
  fingerprint: string;
}

export interface Baseline {
  version: 1;
  salt: string;
  findings: BaselineEntry[];
}

export function newBaseline(): Baseline {
  return { version: 1, salt: randomBytes(16).toString('hex'), findings: [] };
}

export function fingerprintOf(salt: string, finding: Pick<RawSecretFinding, 'ruleId' | 'file' | 'value'>): string {
  return createHash('sha256').update(`${salt}\0${finding.ruleId}\0${finding.file}\0${finding.value}`).digest('hex');
}

export function parseBaseline(file: string, text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(`invalid baseline: ${(e as Error).message}`, { file, hint: 'regenerate it with stackgate secrets --update-baseline' });
  }
  const b = data as Partial<Baseline>;
  if (b?.version !== 1 || typeof b.salt !== 'string' || b.salt.length < 16 || !Array.isArray(b.findings)) {
    throw new UserError('invalid baseline: expected { "version": 1, "salt": "<hex>", "findings": [...] }', {
      file,
      hint: 'regenerate it with stackgate secrets --update-baseline',
    });
  }
  for (const [i, f] of b.findings.entries()) {
    if (!f || typeof f.rule !== 'string' || typeof f.file !== 'string' || !/^[0-9a-f]{64}$/.test(String(f.fingerprint))) {
      throw new UserError(`invalid baseline entry #${i + 1}: expected rule, file and a 64-hex fingerprint`, { file });
    }
  }
  return b as Baseline;
}

export function isInBaseline(baseline: Baseline, finding: Pick<RawSecretFinding, 'ruleId' | 'file' | 'value'>): boolean {
  return entryKeys(baseline).has(entryKey(finding.ruleId, finding.file, fingerprintOf(baseline.salt, finding)));
}

// One set of entries per baseline (read-only once parsed): a lookup per finding, not a pass over
// 100,000 entries for each of 100,000 findings.
const keysOf = new WeakMap<Baseline, Set<string>>();

function entryKeys(baseline: Baseline): Set<string> {
  let keys = keysOf.get(baseline);
  if (!keys) keysOf.set(baseline, (keys = new Set(baseline.findings.map((e) => entryKey(e.rule, e.file, e.fingerprint)))));
  return keys;
}

function entryKey(rule: string, file: string, fingerprint: string): string {
  return `${rule}\u0000${file}\u0000${fingerprint}`;
}

/** A baseline that accepts exactly these findings (keeping the salt of the previous one). */
export function baselineOf(findings: readonly Pick<RawSecretFinding, 'ruleId' | 'file' | 'value'>[], previous?: Baseline): Baseline {
  const salt = previous?.salt ?? newBaseline().salt;
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    const entry = { rule: f.ruleId, file: f.file, fingerprint: fingerprintOf(salt, f) };
    const key = entryKey(entry.rule, entry.file, entry.fingerprint);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
  return { version: 1, salt, findings: entries };
}

export function renderBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
