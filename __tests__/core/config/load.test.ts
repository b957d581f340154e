import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, parseConfigText } from '../../../src/core/config/load';
import { UserError } from '../../../src/core/errors';
import { tempRepo } from '../../helpers/temp-repo';
import { thrown } from '../../helpers/user-error';

function errorOf(text: string): UserError {
  try {
    parseConfigText('stackgate.yml', text);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('stackgate.yml', () => {
  test('no config at all: defaults', () => {
    const repo = tempRepo();
    try {
      const { config, file } = loadConfig(repo.root);
      expect(file).toBeUndefined();
      expect(config.failOn).toBe('error');
      expect(config.checks).toEqual({});
    } finally {
      repo.cleanup();
    }
  });

  test('found under .github/ too', () => {
    const repo = tempRepo({ '.github/stackgate.yml': 'failOn: warning\n' });
    try {
      expect(loadConfig(repo.root)).toMatchObject({ file: '.github/stackgate.yml', config: { failOn: 'warning' } });
    } finally {
      repo.cleanup();
    }
  });

  test('unknown keys name file:line:column with a did-you-mean', () => {
    const e = errorOf('version: 1\nenvironments:\n  prod:\n    productoin: true\n');
    expect(e.format()).toBe('stackgate.yml:4:5: environments.prod.productoin: unknown key "productoin"; did you mean "production"?');
  });

  test('environments.<env>.variablesComplete is a boolean, false by default; anything else is an error on its line', () => {
    expect(parseConfigText('stackgate.yml', 'environments:\n  prod: {}\n').environments.prod.variablesComplete).toBe(false);
    expect(parseConfigText('stackgate.yml', 'environments:\n  prod: { variablesComplete: true }\n').environments.prod.variablesComplete).toBe(true);
    expect(errorOf('environments:\n  prod:\n    variablesComplete: yes please\n').format()).toMatch(
      /^stackgate\.yml:3:24: environments\.prod\.variablesComplete: expected boolean/,
    );
  });

  test('without the catalogue, any check id is taken as written: the engine checks ids and options (validate/config.ts)', () => {
    const config = parseConfigText(
      'stackgate.yml',
      'checks:\n  compose/healthcheck-mising: off\n  compose/cap-add-dangerous: { options: { alowed: [NET_ADMIN] } }\n',
    );
    expect(config.checks).toEqual({ 'compose/healthcheck-mising': 'off', 'compose/cap-add-dangerous': { options: { alowed: ['NET_ADMIN'] } } });
  });

  test('wrong types point at the value', () => {
    const e = errorOf('failOn: sometimes\nmaxFileSizeKb: "big"\n');
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/^failOn: .*"error"/);
    expect(e.message).toContain('stackgate.yml:2:');
    expect(e.message).toContain('maxFileSizeKb: expected number');
  });

  test('invalid check setting', () => {
    const e = errorOf('checks:\n  compose/healthcheck-missing: loud\n');
    expect(e.format()).toMatch(/^stackgate\.yml:2:32: checks\.compose\/healthcheck-missing: expected "off", "error"/);
  });

  test('invalid YAML and duplicate keys are UserErrors with the line', () => {
    expect(errorOf('a: [1\n').format()).toMatch(/^stackgate\.yml:\d+:\d+: invalid YAML/);
    expect(errorOf('failOn: error\nfailOn: warning\n').format()).toMatch(/^stackgate\.yml:2:1: invalid YAML: Map keys must be unique/);
  });

  test('a scalar document is rejected clearly', () => {
    expect(errorOf('just text\n').format()).toBe('stackgate.yml:1:1: expected a mapping of settings at the top level');
  });

  test('--config that does not exist', () => {
    const repo = tempRepo();
    try {
      expect(() => loadConfig(repo.root, 'nope.yml')).toThrow('config file not found: nope.yml');
    } finally {
      repo.cleanup();
    }
  });
});

describe('a hostile stackgate.yml is never followed out of the repository', () => {
  test.each(['/proc/self/environ', '/dev/zero', '../../../../../../etc/hostname'])(
    'stackgate.yml -> %s is a config error that prints nothing of it',
    (target) => {
      const repo = tempRepo();
      try {
        fs.symlinkSync(target, path.join(repo.root, 'stackgate.yml'));
        const e = thrown(() => loadConfig(repo.root));
        expect(e.format()).toBe('stackgate.yml: cannot use this config: it is outside the repository (a symbolic link or a path leading out of it); not read');
      } finally {
        repo.cleanup();
      }
    },
  );

  test('a FIFO named stackgate.yml is refused without waiting for a writer', () => {
    const repo = tempRepo();
    try {
      execFileSync('mkfifo', [path.join(repo.root, 'stackgate.yml')]);
      expect(thrown(() => loadConfig(repo.root)).format()).toBe('stackgate.yml: cannot use this config: it is not a regular file (a FIFO); not read');
    } finally {
      repo.cleanup();
    }
  });

  test('a config over 1 MiB is refused', () => {
    const repo = tempRepo({ 'stackgate.yml': `# ${'x'.repeat(1024 * 1024)}\n` });
    try {
      expect(thrown(() => loadConfig(repo.root)).message).toMatch(/over the 1048576-byte limit/);
    } finally {
      repo.cleanup();
    }
  });
});

test.each([
  ['environments:\n  prod:\n    envFiles: [../../etc/passwd]\n', 3, 'environments.prod.envFiles[0]'],
  ['stacks:\n  mcp:\n    files: [/etc/compose.yml]\n', 3, 'stacks.mcp.files[0]'],
  ['stacks:\n  mcp:\n    files: [a.yml]\n    environments: { prod: [C:/deploy/prod.yml] }\n', 4, 'stacks.mcp.environments.prod[0]'],
  ['kubernetes:\n  schemas:\n    acme.io/v1/Widget: ../../../crd.yaml\n', 3, 'kubernetes.schemas.acme.io/v1/Widget'],
  ['secrets:\n  baseline: /tmp/baseline.json\n', 2, 'secrets.baseline'],
])('a path in stackgate.yml that leaves the repository is a config error on its line (%#)', (text, line, key) => {
  const e = errorOf(text);
  expect(e.line).toBe(line);
  expect(e.message).toContain(`${key}: expected a path inside the repository`);
});
