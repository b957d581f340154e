import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { scanRepository } from '../../../src/adapters/secrets/scan-repository';
import { configSchema } from '../../../src/core/config/schema';
import { renderSecretsJson } from '../../../src/core/secrets/report';
import { githubToken } from '../../helpers/fake-secrets';
import { gitRepo } from '../../helpers/git-repo';

const LIVE = githubToken(91);
const REVOKED = githubToken(92);

test('--verify-github asks the configured API about each GitHub token and records the answer, never the token', async () => {
  const seen: { path?: string; auth?: string }[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url, auth: req.headers.authorization });
    const live = req.headers.authorization === `Bearer ${LIVE}`;
    res.writeHead(live ? 200 : 401, { 'content-type': 'application/json' });
    res.end(JSON.stringify(live ? { login: 'octocat', id: 1 } : { message: 'Bad credentials' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const repo = gitRepo({ 'a.env': `LIVE_TOKEN=${LIVE}\nOLD_TOKEN=${REVOKED}\nDB_PASSWORD=Zq8#vLp2!xW9rT4mK\n` });
  try {
    repo.commit('base');
    const { port } = server.address() as AddressInfo;
    const config = configSchema.parse({ secrets: { verify: { github: true, apiUrl: `http://127.0.0.1:${port}/api/v3` } } });
    const result = await scanRepository({ root: repo.root, config, mode: 'tree' });
    expect(result.findings.map((f) => [f.line, f.ruleId, f.verified])).toEqual([
      [1, 'github-pat-classic', 'valid'],
      [2, 'github-pat-classic', 'invalid'],
      [3, 'generic-secret-assignment', undefined],
    ]);
    // Only GitHub tokens are sent, each once, to the configured API.
    expect(seen.map((s) => s.path)).toEqual(['/api/v3/user', '/api/v3/user']);
    const json = renderSecretsJson(result.findings, result.summary);
    expect(json).toContain('"verified": "valid"');
    expect(json).not.toContain(LIVE);
    expect(json).not.toContain(REVOKED);
  } finally {
    repo.cleanup();
    await new Promise((r) => server.close(r));
  }
});
