/**
 * Keeps the catalogue honest (like ESLint's checkRuleFiles): every check file is registered, ids
 * match paths, messages are used, every check has a test, and docs/checks.md is fresh.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderChecksMarkdown } from '../../../src/core/checks/catalogue';
import { CHECKS } from '../../../src/core/checks/index';
import { CATEGORIES, DOMAINS, isEngineCheck } from '../../../src/core/checks/types';
import { SEVERITIES } from '../../../src/core/findings';
import { ENGINE_TABLES } from '../../../src/core/validate/engine-findings';

const ROOT = path.join(__dirname, '../../..');
const CHECKS_DIR = path.join(ROOT, 'src/core/checks');
const files = DOMAINS.flatMap((d) =>
  fs.existsSync(path.join(CHECKS_DIR, d))
    ? fs
        .readdirSync(path.join(CHECKS_DIR, d))
        .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
        .map((f) => `${d}/${f.slice(0, -3)}`)
    : [],
);
const ENGINE_SOURCES = ['src/core/validate/engine-findings.ts', 'src/core/validate/run.ts', 'src/core/readiness/score.ts']
  .map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8'))
  .join('\n');

describe('check registry', () => {
  test('every check file is registered, sorted by id, ids unique', () => {
    const ids = CHECKS.map((c) => c.id);
    expect([...ids].sort()).toEqual([...files].sort());
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('at least 60 checks', () => {
    expect(CHECKS.length).toBeGreaterThanOrEqual(60);
  });

  test.each(CHECKS.map((c) => [c.id, c] as const))('%s: metadata, messages used, test file present', (id, check) => {
    expect(id).toMatch(new RegExp(`^(${DOMAINS.join('|')})/[a-z0-9]+(-[a-z0-9]+)*$`));
    expect(SEVERITIES).toContain(check.meta.severity);
    expect(CATEGORIES).toContain(check.meta.category);
    expect(check.meta.title.length).toBeGreaterThan(5);
    expect(check.meta.title).not.toMatch(/\.$/);
    expect(check.meta.rationale.length).toBeGreaterThan(30);
    expect(check.meta.remediation.length).toBeGreaterThan(15);
    const source = fs.readFileSync(path.join(CHECKS_DIR, `${id}.ts`), 'utf8');
    const messageIds = Object.keys(check.meta.messages);
    expect(messageIds.length).toBeGreaterThan(0);
    for (const m of messageIds) {
      const used = isEngineCheck(check)
        ? ENGINE_SOURCES.includes(`'${m}'`)
        : new RegExp(`['"\`]${m}['"\`]`).test(source.replace(/messages:\s*\{[\s\S]*?\n\s*\},/, ''));
      if (!used) throw new Error(`${id}: messageId "${m}" is never reported`);
    }
    expect(fs.existsSync(path.join(ROOT, '__tests__/core/checks', `${id}.test.ts`))).toBe(true);
  });

  test('a check either runs on its target or is reported by the engine; the engine tables report exactly the registered engine checks of their source', () => {
    for (const check of CHECKS) {
      if (isEngineCheck(check)) expect([check.target, check.check, check.options]).toEqual([undefined, undefined, undefined]);
      else expect(typeof check.check).toBe('function');
    }
    for (const [source, table] of Object.entries(ENGINE_TABLES)) {
      const reported = [...new Set(Object.values(table).map((r) => r.check))];
      for (const check of reported) expect(CHECKS).toContain(check);
      expect(reported.map((c) => c.id).sort()).toEqual(
        CHECKS.filter((c) => isEngineCheck(c) && c.engine === source)
          .map((c) => c.id)
          .sort(),
      );
    }
  });

  test('docs/checks.md is generated from the modules and up to date (npm run build)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'docs/checks.md'), 'utf8')).toBe(renderChecksMarkdown(CHECKS));
  });
});
