/**
 * secrets/committed-secrets is the secret scanner's verdict on the tree, scored by the readiness
 * run (validate never emits it): here the real scanner runs over a repository and its findings go
 * through the score, as `stackgate score` does.
 */
import check from '../../../../src/core/checks/secrets/committed-secrets';
import { scanSecrets } from '../../../../src/app/scan-secrets';
import { configSchema } from '../../../../src/core/config/schema';
import { scoreRepository } from '../../../../src/core/readiness/run';
import { toFinding } from '../../../../src/core/secrets/report';
import { githubToken } from '../../../helpers/fake-secret';
import { tempRepo } from '../../../helpers/temp-repo';

const COMPOSE = 'services:\n  mcp-github:\n    image: ghcr.io/acme/mcp-github:1.0.0\n    environment:\n      GITHUB_TOKEN: ${GITHUB_TOKEN}\n';
const TOKEN = githubToken(73);

async function score(files: Record<string, string>, scan = true) {
  const repo = tempRepo(files);
  try {
    const config = configSchema.parse({});
    const secrets = scan ? (await scanSecrets({ root: repo.root, config, mode: 'tree' })).findings.map(toFinding) : undefined;
    const { report } = await scoreRepository({ root: repo.root, config, secrets, toolVersion: 't', now: new Date(0) });
    return { report, result: report.checks.find((c) => c.id === check.id)! };
  } finally {
    repo.cleanup();
  }
}

test('a token in a committed .env file fails the check and is a blocker, shown redacted', async () => {
  const { report, result } = await score({ 'docker-compose.yml': COMPOSE, '.env': `LOG_LEVEL=info\nGITHUB_TOKEN=${TOKEN}\n` });
  expect(result).toMatchObject({ status: 'fail', severity: 'error', findings: 1, file: '.env', line: 2 });
  expect(result.message).toContain(TOKEN.slice(0, 4));
  expect(report.blockers).toContainEqual(expect.objectContaining({ checkId: check.id, file: '.env', line: 2 }));
  expect(JSON.stringify(report)).not.toContain(TOKEN);
});

test('references and placeholders pass', async () => {
  const { result } = await score({ 'docker-compose.yml': COMPOSE, '.env.example': 'GITHUB_TOKEN=<your-token>\n' });
  expect(result.status).toBe('pass');
  expect(result.findings).toBe(0);
});

test('without the scanner (--no-secrets) the check is not applicable', async () => {
  const { report, result } = await score({ 'docker-compose.yml': COMPOSE, '.env': `GITHUB_TOKEN=${TOKEN}\n` }, false);
  expect(result.status).toBe('not-applicable');
  expect(report.secretsScanned).toBe(false);
});
