/**
 * Webhook payloads and deliveries (webhook-deliveries.ts): the deployment_protection_rule payload
 * conforms to GitHub's webhook schema, pull_request payloads are retargeted examples, signatures
 * verify with @octokit/webhooks (GitHub's own algorithm) and a tampered body does not, and a delivery
 * carries the headers GitHub sends.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhooks } from '@octokit/webhooks';
import { deliver, deploymentProtectionRuleEvent, deploymentProtectionRuleProblems, pullRequestEvent, sign } from '../helpers/webhook-deliveries';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const API = 'http://127.0.0.1:9/api/v3';
const SECRET = 'test webhook secret';

const protectionRule = (): Record<string, unknown> =>
  deploymentProtectionRuleEvent({ owner: 'acme', repo: 'mcp-stack', sha: SHA, environment: 'production', runId: 4242, installationId: 7001, apiUrl: API });

describe('deployment_protection_rule', () => {
  test('the payload conforms to the webhook schema and carries the run, commit, environment and installation', () => {
    const event = protectionRule();
    expect(deploymentProtectionRuleProblems(event)).toEqual([]);
    expect(event).toMatchObject({
      action: 'requested',
      environment: 'production',
      sha: SHA,
      ref: 'refs/heads/main',
      deployment_callback_url: `${API}/repos/acme/mcp-stack/actions/runs/4242/deployment_protection_rule`,
      deployment: { sha: SHA, environment: 'production', url: `${API}/repos/acme/mcp-stack/deployments/1` },
      repository: { full_name: 'acme/mcp-stack', name: 'mcp-stack', owner: { login: 'acme' } },
      organization: { login: 'acme' },
      installation: { id: 7001 },
    });
    expect(JSON.stringify(event)).not.toContain('https://api.github.com');
  });

  test('a payload off the schema, missing a field GitHub sends, or with an unknown field has problems', () => {
    expect(deploymentProtectionRuleProblems({ ...protectionRule(), action: 'approved' })).toEqual([
      expect.stringContaining('action must be equal to one of the allowed values'),
    ]);
    expect(deploymentProtectionRuleProblems({ ...protectionRule(), installation: { id: '7001' } })).toEqual([expect.stringContaining('installation')]);
    const { sha: _sha, ...withoutSha } = protectionRule();
    expect(deploymentProtectionRuleProblems(withoutSha)).toEqual([expect.stringContaining('missing sha')]);
    expect(deploymentProtectionRuleProblems({ ...protectionRule(), run_id: 4242 })).toEqual([expect.stringContaining('unknown property run_id')]);
    expect(deploymentProtectionRuleProblems({ ...protectionRule(), deployment_callback_url: 'runs/4242' })).toEqual([expect.stringContaining('not a URL')]);
  });

  test('the builder refuses to build a payload that does not conform', () => {
    expect(() =>
      deploymentProtectionRuleEvent({ owner: 'acme', repo: 'mcp-stack', sha: SHA, environment: 'production', runId: 1, installationId: 1.5, apiUrl: API }),
    ).toThrow(/does not conform/);
  });
});

test.each(['opened', 'synchronize', 'reopened'] as const)(
  'pull_request %s: the example retargeted at the repository, head commit and installation',
  (action) => {
    const event = pullRequestEvent({ action, owner: 'acme', repo: 'mcp-stack', headSha: SHA, installationId: 7001, number: 12, apiUrl: API });
    expect(event).toMatchObject({
      action,
      number: 12,
      installation: { id: 7001 },
      repository: { full_name: 'acme/mcp-stack' },
      pull_request: {
        number: 12,
        url: `${API}/repos/acme/mcp-stack/pulls/12`,
        head: { sha: SHA, repo: { full_name: 'acme/mcp-stack' } },
        base: { repo: { full_name: 'acme/mcp-stack' } },
      },
    });
    if (action === 'synchronize') expect(event.after).toBe(SHA);
    expect(JSON.stringify(event)).not.toMatch(/Codertocat\/Hello-World|https:\/\/api\.github\.com/);
  },
);

describe('signatures', () => {
  test('verify with @octokit/webhooks; a tampered body or another secret does not', async () => {
    const body = JSON.stringify(protectionRule());
    const signature = sign(body, SECRET);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    const webhooks = new Webhooks({ secret: SECRET });
    expect(await webhooks.verify(body, signature)).toBe(true);
    expect(await webhooks.verify(body.replace('"production"', '"prod"'), signature)).toBe(false);
    expect(await new Webhooks({ secret: 'another secret' }).verify(body, signature)).toBe(false);
  });
});

describe('deliver', () => {
  let server: http.Server;
  let url: string;
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    const webhooks = new Webhooks({ secret: SECRET });
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        received.push({ headers: req.headers, body });
        void webhooks.verify(body, String(req.headers['x-hub-signature-256'] ?? '')).then(
          (isValid) => res.writeHead(isValid ? 202 : 401).end(isValid ? 'accepted' : 'bad signature'),
          () => res.writeHead(400).end('no signature'),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    received.length = 0;
  });

  test('POSTs the exact body with the headers GitHub sends, and answers what the receiver said', async () => {
    const event = protectionRule();
    const result = await deliver(url, { event: 'deployment_protection_rule', body: event, secret: SECRET, appId: 424242 });
    expect(result).toMatchObject({
      status: 202,
      body: 'accepted',
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
    const [{ headers, body }] = received;
    expect(JSON.parse(body)).toEqual(event);
    expect(headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': expect.stringMatching(/^GitHub-Hookshot\//),
      'x-github-event': 'deployment_protection_rule',
      'x-github-delivery': result.id,
      'x-hub-signature-256': sign(body, SECRET),
      'x-hub-signature': expect.stringMatching(/^sha1=[0-9a-f]{40}$/),
      'x-github-hook-installation-target-type': 'integration',
      'x-github-hook-installation-target-id': '424242',
    });
  });

  test('a redelivery repeats the id; a wrong signature, none, or a tampered body is what the receiver sees', async () => {
    const body = JSON.stringify(pullRequestEvent({ action: 'opened', owner: 'acme', repo: 'mcp-stack', headSha: SHA, installationId: 7001 }));
    const first = await deliver(url, { event: 'pull_request', body, secret: SECRET });
    expect((await deliver(url, { event: 'pull_request', body, secret: SECRET, id: first.id })).id).toBe(first.id);
    expect((await deliver(url, { event: 'pull_request', body, signature: sign(body, 'wrong') })).status).toBe(401);
    expect((await deliver(url, { event: 'pull_request', body, secret: SECRET, signature: null })).status).toBe(400);
    expect((await deliver(url, { event: 'pull_request', body: `${body} `, signature: sign(body, SECRET) })).status).toBe(401);
    expect(received.map((r) => r.headers['x-hub-signature-256'])).toEqual([
      sign(body, SECRET),
      sign(body, SECRET),
      sign(body, 'wrong'),
      undefined,
      sign(body, SECRET),
    ]);
    expect(received[3].headers['x-hub-signature']).toBeUndefined();
  });
});
