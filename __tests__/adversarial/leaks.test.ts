/**
 * Adversarial: data leaks. Credentials planted in every kind of file the checks quote never reach
 * an output of the shipped CLI and actions: stdout, stderr, SARIF, JSON, JUnit, Markdown, the job
 * summary, GITHUB_OUTPUT, annotations, the readiness artifact and the PR comment body.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { MALLORY, pullRequestEvent } from '../helpers/github-payloads';
import { githubToken } from '../helpers/fake-secret';
import { plantedRepo, type PlantedRepo } from '../helpers/planted-repo';
import { action, adversarial, expectHandled, stackgate } from './harness';

let repo: PlantedRepo;
beforeAll(() => {
  repo = plantedRepo('adversarial-leaks');
});
afterAll(() => repo.cleanup());

for (const format of ['text', 'json', 'sarif', 'junit', 'markdown']) {
  adversarial(
    'leaks',
    `validate -f ${format} on credentials in a Dockerfile, Compose interpolation, .env, a scrape URL, a YAML error and a manifest`,
    'exit 1, values shown only as previews',
    async (record) => {
      const out = path.join(repo.root, `out-${format}.txt`);
      const r = await stackgate(['validate', '.', '-f', format, '-o', `${format}=${out}`], repo.root, { files: [out] });
      record(r);
      expectHandled(r, [1], repo.values);
      expect(r.stdout).toContain('ghp_…(40 chars)');
    },
  );
}

for (const format of ['text', 'json', 'markdown']) {
  adversarial('leaks', `score -f ${format} on the same repository`, 'exit 0 or 1, no value', async (record) => {
    const r = await stackgate(['score', '.', '-f', format], repo.root);
    record(r);
    expectHandled(r, [0, 1], repo.values);
  });
}

for (const format of ['text', 'json', 'sarif']) {
  adversarial('leaks', `secrets --mode tree -f ${format} on the same repository`, 'exit 1, previews only', async (record) => {
    const r = await stackgate(['secrets', '.', '--mode', 'tree', '-f', format], repo.root);
    record(r);
    expectHandled(r, [1], repo.values);
  });
}

adversarial(
  'leaks',
  'a stackgate.yml key that is a token (quoted back by the config error)',
  'exit 2 naming stackgate.yml:2:3, token as a preview',
  async (record) => {
    // A nested stackgate.yml governs its subtree in every later run over the repository: this one
    // lives only as long as the case.
    const dir = path.join(repo.root, 'configured');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'stackgate.yml'), `checks:\n  ${repo.values[0]}: off\n`);
    let r;
    try {
      r = await stackgate(['validate', '.'], dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    record(r);
    expectHandled(r, [2], repo.values);
    expect(r.stderr).toMatch(/^stackgate: stackgate\.yml:2:3: /);
  },
);

adversarial(
  'leaks',
  'actions/validate on the planted repository (log, annotations, summary, outputs, SARIF)',
  'step fails on the errors, no value anywhere, values masked',
  async (record) => {
    const r = await action(
      'validate',
      repo.root,
      { path: '.', 'fail-on': 'error', 'sarif-file': 'leak.sarif', 'changed-only': 'false' },
      { files: [path.join(repo.root, 'leak.sarif')] },
    );
    record(r);
    // Everything but the ::add-mask:: commands (which tell the runner what to hide) is free of the values.
    const shown = r.everything
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expectHandled({ ...r, everything: shown }, [1], repo.values);
    for (const v of repo.values) expect(r.stdout).toContain(`::add-mask::${v}`);
    expect(r.runner.summary()).toContain('dockerfile/sudo');
  },
);

adversarial('leaks', 'actions/secrets on the planted repository', 'step fails, previews only, values masked first', async (record) => {
  const r = await action('secrets', repo.root, { mode: 'tree', 'sarif-file': 'secrets.sarif' }, { files: [path.join(repo.root, 'secrets.sarif')] });
  record(r);
  const shown = r.everything
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expectHandled({ ...r, everything: shown }, [1], repo.values);
  const firstMask = r.stdout.indexOf('::add-mask::');
  expect(firstMask).toBeGreaterThanOrEqual(0);
  expect(firstMask).toBeLessThan(r.stdout.indexOf('ghp_…'));
});

describe('the readiness action and its PR comment', () => {
  const TOKEN = githubToken(71, 'ghs_');
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFakeGitHub({ token: TOKEN });
  });
  afterAll(async () => {
    await fake.close();
  });

  adversarial(
    'leaks',
    'actions/readiness on a pull request of the planted repository (comment body, summary, artifact, outputs, log)',
    'comment posted, no value in any of them',
    async (record) => {
      const head = repo.git('rev-parse', 'HEAD');
      const pr = fake.state.seedPullRequest({ owner: 'octo-org', repo: 'fleet', number: 3, headSha: head, baseSha: head });
      const r = await action(
        'readiness',
        repo.root,
        { path: '.', 'github-token': TOKEN, base: 'none', comment: 'update' },
        {
          env: { GITHUB_REPOSITORY: 'octo-org/fleet', GITHUB_API_URL: fake.url, GITHUB_SHA: head },
          event: { name: 'pull_request', payload: pullRequestEvent(pr) },
        },
      );
      record(r);
      const comments = fake.state.comments('octo-org', 'fleet', 3);
      expect(comments).toHaveLength(1);
      const shown = [
        r.everything
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        ...comments.map((c) => String(c.body)),
      ].join('\n');
      expectHandled({ ...r, everything: shown }, [1], repo.values);
      expect(String(comments[0].body)).toContain('stackgate');
      expect(fake.violations).toEqual([]);
    },
  );

  adversarial('leaks', 'a comment by another user that starts with the marker (update mode)', 'left untouched; ours posted beside it', async (record) => {
    const head = repo.git('rev-parse', 'HEAD');
    const pr = fake.state.seedPullRequest({ owner: 'octo-org', repo: 'forged', number: 4, headSha: head, baseSha: head });
    const forged = fake.state.seedComment({
      owner: 'octo-org',
      repo: 'forged',
      issueNumber: 4,
      user: MALLORY,
      body: '<!-- stackgate:readiness -->\n### 🟢 stackgate readiness 100% · grade A',
    });
    const r = await action(
      'readiness',
      repo.root,
      { path: '.', 'github-token': TOKEN, base: 'none', comment: 'update', secrets: 'false' },
      {
        env: { GITHUB_REPOSITORY: 'octo-org/forged', GITHUB_API_URL: fake.url, GITHUB_SHA: head },
        event: { name: 'pull_request', payload: pullRequestEvent(pr) },
      },
    );
    record(r);
    expectHandled(r, [0, 1]);
    const comments = fake.state.comments('octo-org', 'forged', 4);
    expect(comments.find((c) => c.id === forged.id)?.body).toBe(forged.body);
    expect(comments).toHaveLength(2);
    expect(
      fake.requests.filter((q) => q.operationId === 'issues/update-comment' || q.operationId === 'issues/delete-comment').map((q) => q.path),
    ).not.toContainEqual(expect.stringContaining(String(forged.id)));
  });
});
