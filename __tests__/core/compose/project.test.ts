import { buildComposeProject, discoverStacks, environmentsOf, layoutEnvironments } from '../../../src/core/compose/project';
import { configSchema } from '../../../src/core/config/schema';
import { loadWorkspace } from '../../../src/core/source/workspace';
import { locate } from '../../../src/core/source/yaml-tree';
import { tempRepo } from '../../helpers/temp-repo';

function project(files: Record<string, string>, config: Record<string, unknown> = {}) {
  const repo = tempRepo(files);
  try {
    return buildComposeProject(loadWorkspace({ root: repo.root }), configSchema.parse(config));
  } finally {
    repo.cleanup();
  }
}

const ENVS = ['dev', 'staging', 'prod'];

describe('discoverStacks', () => {
  test('stacks/common + stacks/<env> overrides, a separate monitoring stack', () => {
    const stacks = discoverStacks(
      ['stacks/common/docker-compose.yml', 'stacks/dev/docker-compose.yml', 'stacks/prod/docker-compose.yml', 'stacks/monitoring/docker-compose.yml'],
      ENVS,
    );
    expect(stacks).toEqual([
      {
        name: 'common',
        files: ['stacks/common/docker-compose.yml'],
        environments: { dev: ['stacks/dev/docker-compose.yml'], prod: ['stacks/prod/docker-compose.yml'] },
        envFiles: [],
      },
      { name: 'monitoring', files: ['stacks/monitoring/docker-compose.yml'], environments: {}, envFiles: [] },
    ]);
  });

  test('several stacks in common are matched to same-named overrides', () => {
    const stacks = discoverStacks(['stacks/common/fetch.yml', 'stacks/common/memory.yml', 'stacks/prod/memory.yml'], ENVS);
    expect(stacks.map((s) => [s.name, s.environments])).toEqual([
      ['fetch', {}],
      ['memory', { prod: ['stacks/prod/memory.yml'] }],
    ]);
  });

  test('docker-compose.override.yml always applies; docker-compose.<env>.yml per environment', () => {
    const stacks = discoverStacks(['app/docker-compose.yml', 'app/docker-compose.override.yml', 'app/docker-compose.prod.yml'], ENVS);
    expect(stacks).toEqual([
      {
        name: 'app',
        files: ['app/docker-compose.yml'],
        environments: {
          dev: ['app/docker-compose.override.yml'],
          staging: ['app/docker-compose.override.yml'],
          prod: ['app/docker-compose.override.yml', 'app/docker-compose.prod.yml'],
        },
        envFiles: [],
      },
    ]);
  });
});

describe('override files that cannot run alone', () => {
  const BASE = 'services:\n  app:\n    image: example/app:1\n    volumes: [data:/data]\n  db:\n    image: postgres:16\nvolumes:\n  data: {}\n';

  test('a file whose services lack image and build is layered on the nearest base that defines them', () => {
    const p = project({
      'docker-compose.yml': BASE,
      'reverse-proxy/docker-compose.caddy.yml':
        'services:\n  caddy:\n    image: caddy:2\n    depends_on: [app]\n  app:\n    labels:\n      virtual.host: example.com\n',
      'docker-compose.lite.yml': 'services:\n  app:\n    deploy:\n      resources:\n        limits: { memory: 256M }\n',
    });
    const stacks = p.effective.get('')!;
    const byFiles = stacks.map((s) => s.files.join(' + ')).sort();
    expect(byFiles).toEqual([
      'docker-compose.yml',
      'docker-compose.yml + docker-compose.lite.yml',
      'docker-compose.yml + reverse-proxy/docker-compose.caddy.yml',
    ]);
    const caddy = stacks.find((s) => s.files.includes('reverse-proxy/docker-compose.caddy.yml'))!;
    const app = caddy.services.find((s) => s.name === 'app')!;
    expect(app.value).toMatchObject({ image: 'example/app:1', labels: { 'virtual.host': 'example.com' } });
    expect(p.problems).toEqual([]);
  });

  test('a file whose services use a network or volume only the base declares is layered on it', () => {
    const p = project({
      'docker-compose.yml': BASE.replace('volumes:\n  data: {}\n', 'volumes:\n  data: {}\nnetworks:\n  mcpnet: {}\n'),
      'compose.upgrade.yml':
        'services:\n  pg-upgrade:\n    image: tianon/postgres-upgrade:17-to-18\n    volumes: [data:/var/lib/postgresql, data18:/new]\n    networks: [mcpnet]\n',
      'tools/compose.tools.yml': 'services:\n  adminer:\n    image: adminer:4\n    networks: [toolsnet]\n',
    });
    expect(
      p.effective
        .get('')!
        .map((s) => s.files.join(' + '))
        .sort(),
    ).toEqual(['docker-compose.yml', 'docker-compose.yml + compose.upgrade.yml', 'tools/compose.tools.yml']);
    // data18 is declared by neither: reported on the merged stack.
    expect(
      p.effective
        .get('')!
        .find((s) => s.files.length === 2)!
        .services.map((s) => s.name),
    ).toContain('pg-upgrade');
  });

  test('a file that runs alone, or whose fragment names a service no base defines, stays a stack of its own', () => {
    const p = project({
      'docker-compose.yml': BASE,
      'tools/compose.tools.yml': 'services:\n  adminer:\n    image: adminer:4\n',
      'other/docker-compose.extra.yml': 'services:\n  cache:\n    labels: { team: x }\n',
    });
    expect(
      p.effective
        .get('')!
        .map((s) => s.files.join(' + '))
        .sort(),
    ).toEqual(['docker-compose.yml', 'other/docker-compose.extra.yml', 'tools/compose.tools.yml']);
  });
});

describe('effective stacks', () => {
  test('each environment sees its own layers; values keep the position of the layer that set them', () => {
    const p = project(
      {
        'stacks/common/docker-compose.yml': 'services:\n  fetch:\n    image: mcp/fetch:${TAG:-1.0}\n    restart: unless-stopped\n',
        'stacks/common/.env': 'TAG=1.2\n',
        'stacks/prod/docker-compose.yml': 'services:\n  fetch:\n    restart: "no"\n',
      },
      { environments: { dev: {}, prod: {} } },
    );
    const dev = p.effective.get('dev')![0];
    const prod = p.effective.get('prod')![0];
    expect(dev.services[0].value).toEqual({ image: 'mcp/fetch:1.2', restart: 'unless-stopped' });
    expect(prod.services[0].value).toEqual({ image: 'mcp/fetch:1.2', restart: 'no' });
    expect(prod.files).toEqual(['stacks/common/docker-compose.yml', 'stacks/prod/docker-compose.yml']);
    expect(locate(prod.services[0].node, ['restart'], prod.loc)).toMatchObject({ file: 'stacks/prod/docker-compose.yml', line: 3 });
    expect(locate(prod.services[0].node, ['image'], prod.loc)).toMatchObject({ file: 'stacks/common/docker-compose.yml', line: 3 });
    expect(p.problems).toEqual([]);
  });

  test('environment variables and env files from stackgate.yml win over .env', () => {
    const p = project(
      {
        'compose.yml': 'services:\n  a:\n    image: x:${TAG}\n    environment:\n      LEVEL: ${LEVEL}\n',
        '.env': 'TAG=1\nLEVEL=info\n',
        'env/prod.env': 'LEVEL=warn\n',
      },
      { environments: { dev: {}, prod: { envFiles: ['env/prod.env'], variables: { TAG: '9' } } } },
    );
    expect(p.effective.get('dev')![0].services[0].value).toMatchObject({ image: 'x:1', environment: { LEVEL: 'info' } });
    expect(p.effective.get('prod')![0].services[0].value).toMatchObject({ image: 'x:9', environment: { LEVEL: 'warn' } });
  });

  test('unset and required variables are problems at the line that uses them, per environment', () => {
    const p = project(
      { 'compose.yml': 'services:\n  a:\n    image: x:${TAG}\n    environment:\n      TOKEN: ${TOKEN:?set it}\n' },
      { environments: { prod: {} } },
    );
    expect(p.problems.map((x) => [x.kind, x.loc.line, x.environment])).toEqual([
      ['undefined-variable', 3, 'prod'],
      ['required-variable', 5, 'prod'],
    ]);
  });

  test('extends within a file and from another file; cycles and missing targets are problems', () => {
    const p = project(
      {
        'compose.yml': [
          'services:',
          '  base:',
          '    image: mcp/base:1',
          '    restart: always',
          '  child:',
          '    extends: base',
          '    environment: { A: "1" }',
          '  remote:',
          '    extends: { file: shared/defaults.yml, service: hardened }',
          '    image: mcp/remote:2',
          '  loop1:',
          '    extends: loop2',
          '  loop2:',
          '    extends: loop1',
          '  missing:',
          '    extends: nowhere',
          '',
        ].join('\n'),
        'shared/defaults.yml': 'services:\n  hardened:\n    read_only: true\n    user: "1000"\n',
      },
      { environments: { dev: {} } },
    );
    const services = Object.fromEntries(
      p.effective
        .get('dev')!
        .find((s) => s.files[0] === 'compose.yml')!
        .services.map((s) => [s.name, s.value]),
    );
    expect(services.child).toEqual({ image: 'mcp/base:1', restart: 'always', environment: { A: '1' } });
    expect(services.remote).toEqual({ read_only: true, user: '1000', image: 'mcp/remote:2' });
    expect(p.problems.map((x) => [x.kind, x.loc.line])).toEqual([
      ['extends', 12],
      ['extends', 14],
      ['extends', 16],
    ]);
    expect(p.problems[2].message).toContain('"nowhere"');
  });

  test('profiles: a service behind a profile is active only where the profile is enabled', () => {
    const p = project(
      { 'compose.yml': 'services:\n  app:\n    image: a:1\n  inspector:\n    image: i:1\n    profiles: [debug]\n' },
      { environments: { dev: { profiles: ['debug'] }, prod: {} } },
    );
    expect(p.effective.get('dev')![0].services.map((s) => s.name)).toEqual(['app', 'inspector']);
    expect(p.effective.get('prod')![0].services.map((s) => s.name)).toEqual(['app']);
  });

  test('stacks from stackgate.yml; a missing layer file is a problem', () => {
    const p = project(
      { 'a.yml': 'services:\n  x:\n    image: x:1\n' },
      { environments: { prod: {} }, stacks: { main: { files: ['a.yml'], environments: { prod: ['prod.yml'] } } } },
    );
    expect(p.stacks.map((s) => s.name)).toEqual(['main']);
    expect(p.problems).toEqual([expect.objectContaining({ kind: 'missing-file', message: expect.stringContaining('"prod.yml"') })]);
  });
});

describe('environments: configured, from the layout, or none', () => {
  test('the stacks/<env> layout names the environments beside stacks/common, in promotion order; other directories are stacks', () => {
    expect(
      layoutEnvironments([
        'stacks/common/docker-compose.yml',
        'stacks/prod/docker-compose.yml',
        'stacks/dev/docker-compose.yml',
        'stacks/staging/docker-compose.yml',
        'stacks/monitoring/docker-compose.yml',
      ]),
    ).toEqual(['dev', 'staging', 'prod']);
  });

  test('compose.<env>.yml beside a base file names its environment; docker-compose.override.yml and other files name none', () => {
    expect(layoutEnvironments(['app/docker-compose.yml', 'app/docker-compose.override.yml', 'app/docker-compose.production.yml'])).toEqual(['production']);
    expect(layoutEnvironments(['app/docker-compose.yml', 'app/docker-compose.override.yml', 'app/docker-compose.gpu.yml'])).toEqual([]);
    // Without a base file beside it, compose.prod.yml is a stack of its own.
    expect(layoutEnvironments(['app/compose.prod.yml'])).toEqual([]);
  });

  test('stackgate.yml wins over the layout: its environments, or those its stacks map', () => {
    const files = ['stacks/common/docker-compose.yml', 'stacks/dev/docker-compose.yml'];
    expect(environmentsOf(configSchema.parse({ environments: { lab: {}, live: {} } }), files).map((e) => e.name)).toEqual(['lab', 'live']);
    const stacks = { stacks: { mcp: { files: ['base.yml'], environments: { live: ['live.yml'], test: ['test.yml'] } } } };
    expect(environmentsOf(configSchema.parse(stacks), files).map((e) => e.name)).toEqual(['test', 'live']);
  });

  test('a repository without environments gets none invented: its stacks are built once, under the unnamed environment', () => {
    const p = project({
      'docker-compose.yml': 'services:\n  web:\n    image: nginx:${TAG}\n',
      'docker-compose.override.yml': 'services:\n  web:\n    restart: always\n',
    });
    expect(p.environments).toEqual([{ name: '', isProduction: true }]);
    expect([...p.effective.keys()]).toEqual(['']);
    // docker-compose.override.yml applies, as `docker compose up` applies it.
    expect(p.effective.get('')![0].services[0].value).toEqual({ image: 'nginx:', restart: 'always' });
    expect(p.problems.map((x) => [x.kind, x.loc.line, x.environment])).toEqual([['undefined-variable', 3, '']]);
  });

  test('.env.example, .env.sample and .env.dist at or above a stack document its variables; a required one stays a problem', () => {
    const p = project({
      'stacks/app/docker-compose.yml': 'services:\n  web:\n    image: nginx:${TAG}\n    environment:\n      A: ${A}\n      B: ${B}\n      TOKEN: ${TOKEN:?}\n',
      'stacks/app/.env.sample': 'TAG=1.27\n',
      '.env.example': '# A=documented but commented out\nTOKEN=\n',
      'other/.env.dist': 'B=1\n',
    });
    expect(p.problems.map((x) => [x.kind, x.loc.line, x.message])).toEqual([
      ['undefined-variable', 6, 'variable "B" is not set; it defaults to an empty string'],
      ['required-variable', 7, 'required variable "TOKEN" is missing a value'],
    ]);
    // An unset documented variable stands for its example value in the effective stack.
    expect(p.effective.get('')![0].services[0].value).toMatchObject({ image: 'nginx:1.27', environment: { A: '', B: '', TOKEN: '' } });
  });

  test('a required variable is a complete-environment problem where environments.<env>.variablesComplete is set', () => {
    const p = project({ 'compose.yml': 'services:\n  a:\n    image: x:${TAG:?}\n' }, { environments: { dev: {}, prod: { variablesComplete: true } } });
    expect(p.problems.map((x) => [x.kind, x.environment])).toEqual([
      ['required-variable', 'dev'],
      ['required-variable-complete', 'prod'],
    ]);
  });
});
