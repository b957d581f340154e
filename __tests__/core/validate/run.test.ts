import { configSchema } from '../../../src/core/config/schema';
import { validate, validateRepositoryFiles } from '../../../src/core/validate/run';
import { builtInModels } from '../../../src/core/kubernetes/built-in-models';
import { tempRepo } from '../../helpers/temp-repo';

const ID = 'compose/healthcheck-missing';

function findingsOf(files: Record<string, string>, config: Record<string, unknown> = {}, only: string[] = [ID]) {
  const repo = tempRepo(files);
  try {
    return validate({ root: repo.root, config: configSchema.parse(config), only, kubernetesModels: builtInModels() }).findings;
  } finally {
    repo.cleanup();
  }
}

const TWO_SERVICES = 'services:\n  a:\n    image: x:1\n  b:\n    image: x:1\n';

describe('validate: settings, suppressions and layering', () => {
  test('one finding per location, listing every environment that produced it', () => {
    const found = findingsOf({ 'compose.yml': 'services:\n  a:\n    image: x:1\n' }, { environments: { dev: {}, staging: {}, prod: {} } });
    expect(found).toEqual([
      expect.objectContaining({
        checkId: ID,
        messageId: 'missing',
        file: 'compose.yml',
        line: 2,
        column: 3,
        severity: 'warning',
        environments: ['dev', 'staging', 'prod'],
        subject: 'root/a',
      }),
    ]);
  });

  test('without environments (none configured, no stacks/<env> layout) a Compose file is checked once, with no environment tag', () => {
    const found = findingsOf({ 'compose.yml': 'services:\n  a:\n    image: x:1\n' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: ID, file: 'compose.yml', line: 2, subject: 'root/a' });
    expect(found[0]).not.toHaveProperty('environments');
  });

  test('an inline suppression with a reason on the line or the line above silences one finding', () => {
    const found = findingsOf({
      'compose.yml': `services:\n  # stackgate-ignore ${ID}: sidecar probed by its parent\n  a:\n    image: x:1\n  b: # stackgate-ignore ${ID}: one-shot job\n    image: x:1\n  c:\n    image: x:1\n`,
    });
    expect(found.map((f) => f.line)).toEqual([7]);
  });

  test('a suppression without a reason suppresses nothing', () => {
    const found = findingsOf({ 'compose.yml': `services:\n  a: # stackgate-ignore ${ID}\n    image: x:1\n` }, {}, [ID, 'core/invalid-suppression']);
    expect(found.map((f) => [f.checkId, f.line, f.column])).toEqual([
      [ID, 2, 3],
      ['core/invalid-suppression', 2, 6],
    ]);
  });

  test('file-wide suppression', () => {
    expect(findingsOf({ 'compose.yml': `# stackgate-ignore-file ${ID}: dev-only tooling stack\n${TWO_SERVICES}` })).toEqual([]);
  });

  test('config: off, another severity, and per-path overrides (later entries win)', () => {
    const files = { 'stacks/a/compose.yml': TWO_SERVICES, 'stacks/b/compose.yml': TWO_SERVICES, 'tools/compose.yml': TWO_SERVICES };
    expect(findingsOf(files, { checks: { [ID]: 'off' } })).toEqual([]);
    expect(new Set(findingsOf(files, { checks: { [ID]: { severity: 'error' } } }).map((f) => f.severity))).toEqual(new Set(['error']));
    const found = findingsOf(files, {
      overrides: [
        { files: ['stacks/**'], checks: { [ID]: 'info' } },
        { files: ['stacks/b/**'], checks: { [ID]: 'off' } },
      ],
    });
    expect(found.map((f) => `${f.file}:${f.line}:${f.severity}`)).toEqual([
      'stacks/a/compose.yml:2:info',
      'stacks/a/compose.yml:4:info',
      'tools/compose.yml:2:warning',
      'tools/compose.yml:4:warning',
    ]);
  });

  test('a check off globally but on for some paths', () => {
    const found = findingsOf(
      { 'a/compose.yml': TWO_SERVICES, 'b/compose.yml': TWO_SERVICES },
      { checks: { [ID]: 'off' }, overrides: [{ files: ['b/**'], checks: { [ID]: 'error' } }] },
    );
    expect(found.map((f) => `${f.file}:${f.severity}`)).toEqual(['b/compose.yml:error', 'b/compose.yml:error']);
  });

  test('changed-files mode keeps only findings in those files', () => {
    const repo = tempRepo({ 'a/compose.yml': TWO_SERVICES, 'b/compose.yml': TWO_SERVICES });
    try {
      const { findings } = validate({ root: repo.root, config: configSchema.parse({}), only: [ID], files: new Set(['b/compose.yml']) });
      expect(new Set(findings.map((f) => f.file))).toEqual(new Set(['b/compose.yml']));
    } finally {
      repo.cleanup();
    }
  });
});

describe('validate: bad input never crashes', () => {
  const BAD: Record<string, string> = {
    'compose.yml': 'services:\n  a: [unclosed\n',
    'dup.yml': 'services:\n  a:\n    image: x\n    image: y\n',
    'empty/docker-compose.yml': '',
    'k8s/wrong-types.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: 42\nspec:\n  replicas: "three"\n  template: null\n',
    'k8s/list.yaml': '- not\n- a manifest\n',
    'k8s/scalar.yaml': 'just a string\n',
    Dockerfile: 'FROM\nRUN\nUSER\n',
    'rules/alerts.yml': 'groups:\n  - name: g\n    rules:\n      - alert: 42\n        expr: [not, a, string]\n',
    'dash.json': '{"panels": "nope", "title": 1}',
    'services-null.yml': 'services:\n  a:\n  b: 3\n',
  };

  test('every check runs over malformed files and reports instead of throwing', () => {
    const repo = tempRepo(BAD);
    try {
      const { findings } = validate({ root: repo.root, config: configSchema.parse({}), kubernetesModels: builtInModels() });
      expect(findings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ checkId: 'core/parse-error', file: 'compose.yml' }),
          expect.objectContaining({ checkId: 'core/duplicate-key', file: 'dup.yml', line: 4 }),
          expect.objectContaining({ checkId: 'core/empty-file', file: 'empty/docker-compose.yml' }),
        ]),
      );
      for (const f of findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
        expect(Object.keys(BAD)).toContain(f.file);
      }
    } finally {
      repo.cleanup();
    }
  });
});

describe('validate: the Kubernetes models load only for manifests', () => {
  const BAD_DEPLOYMENT =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: three\n  selector:\n    matchLabels: { app: web }\n  template:\n    metadata:\n      labels: { app: web }\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n';

  test('validateRepositoryFiles loads them for a repository with manifests, and the schema check reports on its line', async () => {
    const repo = tempRepo({ 'deploy.yaml': BAD_DEPLOYMENT });
    try {
      const { findings } = await validateRepositoryFiles({ root: repo.root, config: configSchema.parse({}), only: ['kubernetes/schema'] });
      expect(findings).toEqual([expect.objectContaining({ checkId: 'kubernetes/schema', file: 'deploy.yaml', line: 6 })]);
    } finally {
      repo.cleanup();
    }
  });

  test('validate without them refuses a repository with manifests rather than skip the schema check, and needs none without manifests', () => {
    const repo = tempRepo({ 'deploy.yaml': BAD_DEPLOYMENT, 'docker-compose.yml': TWO_SERVICES });
    try {
      expect(() => validate({ root: repo.root, config: configSchema.parse({}), only: ['kubernetes/schema'] })).toThrow(/built-in models were not given/);
      // Another Kubernetes check alone does not need them.
      expect(() => validate({ root: repo.root, config: configSchema.parse({}), only: ['kubernetes/image-latest-tag'] })).not.toThrow();
    } finally {
      repo.cleanup();
    }
    const composeOnly = tempRepo({ 'docker-compose.yml': TWO_SERVICES });
    try {
      expect(validate({ root: composeOnly.root, config: configSchema.parse({}) }).findings.length).toBeGreaterThan(0);
    } finally {
      composeOnly.cleanup();
    }
  });
});
