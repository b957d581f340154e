/**
 * stackgate.yml as the engine reads it: config's schema with every registered check under `checks:`
 * and `overrides[].checks`, each with its own options. Its errors are config errors on their line,
 * reported together with every other problem of the file, as config's own are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defineCheck } from '../../../src/core/checks/types';
import { configJsonSchema, configSchemaFor, loadCheckedConfig, parseCheckedConfigText } from '../../../src/core/validate/config';
import { runCli } from '../../helpers/cli';
import { tempRepo } from '../../helpers/temp-repo';
import { thrown } from '../../helpers/user-error';

const errorOf = (text: string) => thrown(() => parseCheckedConfigText('stackgate.yml', text));

test('unknown check ids get a did-you-mean from the catalogue', () => {
  const e = errorOf('checks:\n  compose/healthcheck-mising: off\n');
  expect(e.format()).toContain('stackgate.yml:2:3: checks.compose/healthcheck-mising: unknown key');
  expect(e.format()).toContain('did you mean "compose/healthcheck-missing"?');
});

test('invalid check setting', () => {
  const e = errorOf('checks:\n  compose/healthcheck-missing: loud\n');
  expect(e.format()).toMatch(/^stackgate\.yml:2:32: checks\.compose\/healthcheck-missing: expected "off", "error"/);
});

test("options that fail the check's own schema point at the option", () => {
  expect(errorOf('checks:\n  compose/cap-add-dangerous:\n    options:\n      alowed: [NET_ADMIN]\n').format()).toBe(
    'stackgate.yml:4:7: checks.compose/cap-add-dangerous.options.alowed: unknown key "alowed"',
  );
  expect(errorOf('checks:\n  compose/healthcheck-missing:\n    severity: warning\n    options: {}\n').format()).toBe(
    'stackgate.yml:4:5: checks.compose/healthcheck-missing.options: unknown key "options"',
  );
});

test('overrides name registered checks only', () => {
  expect(errorOf('overrides:\n  - files: ["a/**"]\n    checks:\n      compose/memory-limt: info\n').format()).toBe(
    'stackgate.yml:4:7: overrides[0].checks.compose/memory-limt: unknown key "compose/memory-limt"; did you mean "compose/memory-limit"?',
  );
});

test("problems with checks come in one message with the rest of the file's, by line", () => {
  const e = errorOf('failOn: sometimes\nchecks:\n  compose/healthcheck-mising: off\nenvironments:\n  prod:\n    productoin: true\n');
  expect(e.format()).toBe(
    [
      'stackgate.yml:1:9: failOn: Invalid option: expected one of "error"|"warning"|"info"|"never"',
      'stackgate.yml:3:3: checks.compose/healthcheck-mising: unknown key "compose/healthcheck-mising"; did you mean "compose/healthcheck-missing"?',
      'stackgate.yml:6:5: environments.prod.productoin: unknown key "productoin"; did you mean "production"?',
    ].join('\n'),
  );
});

test('valid settings come back with the options as the check parsed them', () => {
  const config = parseCheckedConfigText(
    'stackgate.yml',
    'checks:\n  compose/cap-add-dangerous: { severity: info, options: {} }\n  compose/healthcheck-missing: off\n',
  );
  expect(config.checks).toEqual({ 'compose/cap-add-dangerous': { severity: 'info', options: { allowed: [] } }, 'compose/healthcheck-missing': 'off' });
});

test('loadCheckedConfig finds the file as loadConfig does, and returns its tree', () => {
  const repo = tempRepo({ '.github/stackgate.yml': 'checks:\n  compose/healthcheck-missing: warning\n' });
  try {
    const loaded = loadCheckedConfig(repo.root);
    expect(loaded).toMatchObject({ file: '.github/stackgate.yml', config: { checks: { 'compose/healthcheck-missing': 'warning' } } });
    expect(loaded.tree?.loc.line).toBe(1);
  } finally {
    repo.cleanup();
  }
});

test('the checks of the schema are the ones it is given', () => {
  const only = defineCheck({
    id: 'compose/only',
    target: 'compose-service',
    meta: { title: 'Only', category: 'reliability', severity: 'warning', rationale: 'r', remediation: 'f', messages: { m: 'm' } },
    options: z.strictObject({ limit: z.number().default(1) }),
    check() {},
  });
  const schema = configSchemaFor([only]);
  expect(schema.parse({ checks: { 'compose/only': { options: {} } } }).checks).toEqual({ 'compose/only': { options: { limit: 1 } } });
  expect(schema.safeParse({ checks: { 'compose/healthcheck-missing': 'off' } }).success).toBe(false);
  expect(schema.safeParse({ checks: { 'compose/only': { options: { limit: 'x' } } } }).success).toBe(false);
});

test('schema/stackgate.schema.json is generated from the zod schema and up to date', async () => {
  const file = path.join(__dirname, '../../../schema/stackgate.schema.json');
  const text = fs.readFileSync(file, 'utf8');
  const committed = JSON.parse(text);
  expect(committed).toEqual(configJsonSchema());
  const props = (committed as { properties: { checks: { properties: Record<string, unknown> } } }).properties.checks.properties;
  expect(Object.keys(props)).toContain('compose/healthcheck-missing');
  // Byte for byte what `stackgate schema config` prints (scripts/build.mjs writes the file from it).
  const printed = await runCli(['schema', 'config'], __dirname);
  expect(printed.exitCode).toBe(0);
  expect(printed.stdout).toBe(text);
});
