/**
 * Adversarial: text the repository or a server controls never acts on the reader. The runner obeys
 * no workflow command it wrote (in the actions' logs and in the CLI's output in a run: step), the PR
 * comment notifies nobody it names, and a workflow that expands it into a script is a finding.
 */
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { pullRequestEvent } from '../helpers/github-payloads';
import { githubToken } from '../helpers/fake-secret';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { obeyedCommands } from '../helpers/runner-commands';
import { action, adversarial, expectHandled, ROOT, stackgate } from './harness';

const HOSTILE = {
  // A directory, a service and a value named to be read as workflow commands.
  '::warning title=pwn::injected/docker-compose.yml':
    'services:\n  "##[add-mask]injected":\n    image: nginx:1.27\n  "web::error::injected":\n    image: "nginx:latest"\n',
  // Mentions in the name of the service every finding of the file names, and an image that halts.
  'a/docker-compose.yml': 'services:\n  "@octocat-and-@acme/sre":\n    image: "ghcr.io/acme/x:latest ##[stop-commands]halt"\n',
};

/** Nothing the repository wrote was obeyed: no mask of it, no annotation with its text or title, no halt. */
function expectNothingObeyed(stdout: string): void {
  for (const c of obeyedCommands(stdout)) {
    expect(c.props.title).not.toBe('pwn');
    expect(c.data).not.toMatch(/^(injected|halt)$/);
    if (c.name === 'stop-commands') expect(c.data).toMatch(/^[0-9a-f]{32}$/);
  }
}

let repo: GitRepo;
beforeAll(() => {
  repo = gitRepo(HOSTILE);
  repo.commit('hostile');
});
afterAll(() => repo.cleanup());

for (const [name, inputs] of [
  ['validate', { 'changed-only': 'false', 'fail-on': 'never' }],
  ['secrets', { mode: 'tree', 'fail-on': 'never' }],
] as const) {
  adversarial(
    'escaping',
    `actions/${name} on directory, service and image names that are workflow commands`,
    'the text is printed, the runner obeys none of it',
    async (record) => {
      const r = await action(name, repo.root, inputs);
      record(r);
      expectHandled(r, [0]);
      expectNothingObeyed(r.stdout);
    },
  );
}

for (const format of ['text', 'json', 'sarif', 'junit', 'markdown']) {
  adversarial(
    'escaping',
    `stackgate validate -f ${format} in a run: step (GITHUB_ACTIONS=true) on the same repository`,
    'the runner obeys nothing on stdout or stderr',
    async (record) => {
      const r = await stackgate(['validate', '.', '-f', format, '--fail-on', 'never'], repo.root, { env: { GITHUB_ACTIONS: 'true' } });
      record(r);
      expectHandled(r, [0]);
      expect(obeyedCommands(r.stdout)).toEqual([]);
      expect(obeyedCommands(r.stderr)).toEqual([]);
    },
  );
}

describe('the readiness action', () => {
  const TOKEN = githubToken(91, 'ghs_');
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFakeGitHub({ token: TOKEN });
  });
  afterAll(async () => {
    await fake.close();
  });

  adversarial(
    'escaping',
    'actions/readiness on the same repository, with a comment',
    'the log obeys nothing; the comment and summary link no @mention',
    async (record) => {
      const head = repo.git('rev-parse', 'HEAD');
      const pr = fake.state.seedPullRequest({ owner: 'octo-org', repo: 'fleet', number: 5, headSha: head, baseSha: head });
      const r = await action(
        'readiness',
        repo.root,
        { path: '.', 'github-token': TOKEN, base: 'none', secrets: 'false' },
        {
          env: { GITHUB_REPOSITORY: 'octo-org/fleet', GITHUB_API_URL: fake.url, GITHUB_SHA: head },
          event: { name: 'pull_request', payload: pullRequestEvent(pr) },
        },
      );
      record(r);
      expectHandled(r, [0, 1]);
      expectNothingObeyed(r.stdout);
      const [comment] = fake.state.comments('octo-org', 'fleet', 5);
      for (const text of [String(comment.body), r.runner.summary()]) {
        expect(text).toContain('@&#8203;octocat');
        expect(text).not.toMatch(/(^|[^A-Za-z0-9_`])@(octocat|acme\/sre)/m);
      }
    },
  );
});

adversarial(
  'escaping',
  'actions/smoke on a server whose tool errors hold ##[error] and ::add-mask:: lines',
  'shown only inside stop-commands fences',
  async (record) => {
    const server = path.join(ROOT, '__tests__/helpers/hostile-stdio-server.cjs');
    const targets = `echo:\n  command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(server)}, echo]\n  env: { SG_ERROR_TEXT: "bad\\n##[error]injected\\n::add-mask::injected" }\n  calls: [{ tool: echo, arguments: { message: hi } }]\n`;
    const r = await action('smoke', ROOT, { targets, 'wait-timeout': '20s' });
    record(r);
    expectHandled(r, [1]);
    expectNothingObeyed(r.stdout);
    expect(r.stdout).toContain('injected');
  },
);

adversarial(
  'escaping',
  'a workflow that expands stack names (a matrix from stackgate validate) into run:',
  'score reports ci/script-injection on that line',
  async (record) => {
    const wf = gitRepo({
      '.github/workflows/pr.yml': [
        'on: pull_request',
        'permissions: { contents: read }',
        'jobs:',
        '  validate:',
        '    runs-on: ubuntu-latest',
        '    outputs: { stacks: "${{ steps.v.outputs.stacks }}" }',
        '    steps:',
        '      - id: v',
        '        uses: acme/stackgate/actions/validate@0123456789abcdef0123456789abcdef01234567',
        '  each:',
        '    needs: validate',
        '    runs-on: ubuntu-latest',
        '    strategy: { matrix: { stack: "${{ fromJSON(needs.validate.outputs.stacks) }}" } }',
        '    steps:',
        '      - run: ./deploy.sh ${{ matrix.stack }}',
        '',
      ].join('\n'),
    });
    try {
      wf.commit('workflow');
      const r = await stackgate(['score', '.', '-f', 'json'], wf.root);
      record(r);
      expectHandled(r, [0, 1]);
      const check = (JSON.parse(r.stdout) as { checks: { id: string; status: string; locations: { line: number; message: string }[] }[] }).checks.find(
        (c) => c.id === 'ci/script-injection',
      );
      expect(check?.status).toBe('fail');
      expect(check?.locations).toContainEqual(expect.objectContaining({ line: 15, message: expect.stringContaining('${{ matrix.stack }}') }));
    } finally {
      wf.cleanup();
    }
  },
);
