/**
 * Text from the repository never reaches the runner as a workflow command: the actions' log fences
 * it, and the runner (as ActionCommandManager reads output) obeys only what stackgate meant.
 */
import { fenceUntrusted } from '../../src/actions/log';
import { run as runSecrets } from '../../src/actions/secrets';
import { run as runValidate } from '../../src/actions/validate';
import { runActionInProcess } from '../helpers/run-action';
import { checksummedToken } from '../helpers/fake-secret';
import { obeyedCommands } from '../helpers/runner-commands';
import { runnerEnv } from '../helpers/runner';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const ATTACKS = [
  '::add-mask::injected',
  '::warning title=pwn::injected',
  '##[error]injected',
  'x##[stop-commands]halt',
  '%0A::error::injected',
  'a\r::error::injected',
];

describe('fenceUntrusted', () => {
  test.each(ATTACKS)('%j is printed, never obeyed', (attack) => {
    const text = `line one\n  ${attack}\nline three`;
    const fenced = fenceUntrusted(text);
    const obeyed = obeyedCommands(`${fenced}\n::error::after the fence\n`);
    expect(obeyed.map((c) => c.name)).toEqual(['stop-commands', 'error']);
    expect(obeyed[1].data).toBe('after the fence');
    expect(fenced).toContain(attack.replace('\r', '\n'));
  });

  test('plain text is printed as it is', () => {
    expect(fenceUntrusted('compose/healthcheck-missing: service "web" has no healthcheck')).toBe(
      'compose/healthcheck-missing: service "web" has no healthcheck',
    );
  });

  test('every fence has its own token', () => {
    const token = (s: string) => /::stop-commands::(\w+)/.exec(s)?.[1];
    expect(token(fenceUntrusted('::a::'))).not.toBe(token(fenceUntrusted('::a::')));
  });
});

describe('the actions print repository text fenced', () => {
  let repo: TempRepo;
  afterEach(() => repo?.cleanup());

  const hostile = (): TempRepo =>
    tempRepo({
      // A directory and a service named to be read as commands, and a file whose content says ##[...].
      '::warning title=pwn::injected/docker-compose.yml':
        'services:\n  "##[add-mask]injected":\n    image: nginx:1.27\n  "web::error::injected":\n    image: nginx\n',
      '::warning title=pwn::injected/.env': `GITHUB_TOKEN=${checksummedToken('ghp_', 'log-test')}\n`,
    });

  test.each([
    ['validate', runValidate, { 'changed-only': 'false', 'fail-on': 'never' }],
    ['secrets', runSecrets, { mode: 'tree', 'fail-on': 'never' }],
  ] as const)('%s: the runner obeys no command the repository wrote', async (_name, run, inputs) => {
    repo = hostile();
    const runner = runnerEnv(repo.root, inputs);
    try {
      const { stdout } = await runActionInProcess(run, runner.env);
      expect(stdout).toContain('injected'); // the text is shown…
      const obeyed = obeyedCommands(stdout);
      // …but nothing the repository wrote is obeyed: no mask, no annotation titled by it, no halt.
      for (const c of obeyed) {
        expect(c.props.title).not.toBe('pwn');
        if (c.name === 'add-mask') expect(c.data).not.toBe('injected');
        if (['error', 'warning', 'notice'].includes(c.name)) expect(c.data).not.toBe('injected');
      }
      const stops = obeyed.filter((c) => c.name === 'stop-commands');
      expect(stops.length).toBeGreaterThan(0);
      for (const s of stops) expect(s.data).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      runner.cleanup();
    }
  });
});
