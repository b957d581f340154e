/**
 * The fake GitHub App (github-app.ts) against @octokit/auth-app and against requests written by hand:
 * App JWTs checked as GitHub does, installation tokens required and scoped, the repository at a
 * commit (contents API and a tarball that the system tar extracts), and the protection-rule callback.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createAppAuth } from '@octokit/auth-app';
import { request as octokitRequest } from '@octokit/request';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github';
import { FakeGitHubApp } from '../helpers/github-app';
import { tempRepo } from '../helpers/temp-repo';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const OTHER_SHA = 'ffeeddccbbaa99887766554433221100ffeeddcc';
const FILES = {
  'stackgate.yml': 'version: 1\ngates:\n  prod:\n    requires: [staging]\n',
  'compose.yaml': 'services:\n  mcp:\n    image: ghcr.io/acme/mcp:1.2.3\n',
  'deploy/k8s/deployment.yaml': 'kind: Deployment\n',
  'docs/é-ünïcode.md': '# ü\n',
};

let fake: FakeGitHub;
let app: FakeGitHubApp;
let nowMs: number;

beforeEach(async () => {
  fake = await startFakeGitHub();
  nowMs = Date.now();
  app = new FakeGitHubApp(fake, {
    now: () => new Date(nowMs),
    installations: [
      { id: 7001, account: { login: 'acme', id: 9001, type: 'Organization' }, repositories: ['mcp-stack'] },
      { id: 7002, account: { login: 'other', id: 9002, type: 'Organization' }, repositories: 'all' },
    ],
  });
  app.seedCommit('acme', 'mcp-stack', SHA, FILES, ['main']);
});

afterEach(async () => {
  await fake.close();
});

const request = (): typeof octokitRequest => octokitRequest.defaults({ baseUrl: fake.url });
const seconds = (): number => Math.floor(nowMs / 1000);

async function call(method: string, route: string, authorization?: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { 'user-agent': 'selftest', accept: 'application/vnd.github+json' };
  if (authorization) headers.authorization = authorization;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${fake.url}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

test('@octokit/auth-app gets an installation token from the fake, and a request with it succeeds', async () => {
  const auth = createAppAuth({ appId: app.appId, privateKey: app.privateKey, installationId: 7001, request: request() });
  const installation = await auth({ type: 'installation' });
  expect(installation.token).toMatch(/^ghs_[A-Za-z0-9]{36}$/);
  expect(app.tokens.map((t) => t.installationId)).toEqual([7001]);

  const { data } = await request()('GET /repos/{owner}/{repo}/contents/{path}', {
    owner: 'acme',
    repo: 'mcp-stack',
    path: 'stackgate.yml',
    ref: SHA,
    request: { hook: auth.hook },
  });
  expect(Buffer.from((data as { content: string }).content, 'base64').toString('utf8')).toBe(FILES['stackgate.yml']);
  const appInfo = await request()('GET /app', { request: { hook: auth.hook } });
  expect(appInfo.data).toMatchObject({ id: app.appId, slug: 'stackgate-app' });
  const repoInstallation = await request()('GET /repos/{owner}/{repo}/installation', { owner: 'acme', repo: 'mcp-stack', request: { hook: auth.hook } });
  expect(repoInstallation.data).toMatchObject({ id: 7001, app_id: app.appId, account: { login: 'acme' } });
  expect(fake.requestsFor('apps/create-installation-access-token')[0].headers.authorization).toMatch(/^bearer ey/);
  expect(fake.violations).toEqual([]);
});

describe('the App JWT', () => {
  const exchange = (jwt: string): Promise<{ status: number; body: unknown }> => call('POST', '/app/installations/7001/access_tokens', `Bearer ${jwt}`);
  const otherKey = (): string =>
    crypto.generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }).privateKey;

  test('is accepted with iss as a number, as a string, or the client id; the answer is an installation token', async () => {
    for (const iss of [app.appId, String(app.appId), app.clientId]) {
      const reply = await exchange(app.signJwt({ iat: seconds() - 60, exp: seconds() + 540, iss }));
      expect(reply.status).toBe(201);
      expect(reply.body).toEqual({
        token: expect.stringMatching(/^ghs_/),
        expires_at: expect.any(String),
        permissions: expect.any(Object),
        repository_selection: 'selected',
      });
      expect(Date.parse((reply.body as { expires_at: string }).expires_at)).toBe(Math.floor(nowMs / 1000) * 1000 + 3600_000);
    }
    expect(app.tokens).toHaveLength(3);
    expect(fake.violations).toEqual([]);
  });

  test.each([
    ['expired', () => app.signJwt({ iat: seconds() - 700, exp: seconds() - 100, iss: app.appId }), "'Expiration time' claim ('exp') must be a numeric value"],
    [
      'signed with another key',
      () => app.signJwt({ iat: seconds() - 60, exp: seconds() + 500, iss: app.appId }, otherKey()),
      'A JSON web token could not be decoded',
    ],
    ['for another App', () => app.signJwt({ iat: seconds() - 60, exp: seconds() + 500, iss: app.appId + 1 }), 'A JSON web token could not be decoded'],
    ['without iss', () => app.signJwt({ iat: seconds() - 60, exp: seconds() + 500 }), "Missing 'issuer' claim ('iss')"],
    [
      'valid for more than 10 minutes',
      () => app.signJwt({ iat: seconds() - 60, exp: seconds() + 600, iss: app.appId }),
      "'Expiration time' claim ('exp') is too far in the future",
    ],
    ['issued in the future', () => app.signJwt({ iat: seconds() + 120, exp: seconds() + 500, iss: app.appId }), "'Issued at' claim ('iat') must be an Integer"],
    ['not a JWT', () => 'not-a-jwt', 'A JSON web token could not be decoded'],
    ['an installation token', () => app.issueToken(7001).token, 'A JSON web token could not be decoded'],
  ])('is refused when %s: 401 with GitHub message', async (_name, jwt, message) => {
    const token = jwt();
    const tokensBefore = app.tokens.length;
    const reply = await exchange(token);
    expect(reply).toEqual({ status: 401, body: expect.objectContaining({ message: expect.stringContaining(message), documentation_url: expect.any(String) }) });
    expect(app.tokens).toHaveLength(tokensBefore);
    expect(fake.violations).toEqual([]);
  });

  test('an expired JWT is refused by the injected clock too', async () => {
    const jwt = app.signJwt({ iat: seconds() - 30, exp: seconds() + 570, iss: app.appId });
    expect((await exchange(jwt)).status).toBe(201);
    nowMs += 571_000;
    expect((await exchange(jwt)).status).toBe(401);
  });

  test('an unknown installation is 404; permissions beyond the installation are 422', async () => {
    const jwt = app.signJwt({ iat: seconds() - 30, exp: seconds() + 500, iss: app.appId });
    expect((await call('POST', '/app/installations/1/access_tokens', `Bearer ${jwt}`)).status).toBe(404);
    expect(await call('POST', '/app/installations/7001/access_tokens', `Bearer ${jwt}`, { permissions: { administration: 'write' } })).toEqual({
      status: 422,
      body: expect.objectContaining({ message: 'The permissions requested are not granted to this installation.' }),
    });
    expect(fake.violations).toEqual([]);
  });
});

describe('installation tokens', () => {
  const route = `/repos/acme/mcp-stack/contents/stackgate.yml?ref=${SHA}`;

  test('are required for everything but the App endpoints', async () => {
    const jwt = app.signJwt({ iat: seconds() - 30, exp: seconds() + 500, iss: app.appId });
    expect(await call('GET', route)).toEqual({ status: 401, body: expect.objectContaining({ message: 'Requires authentication' }) });
    expect(await call('GET', route, 'token ghs_notissuedbythisappnotissuedbythisap')).toEqual({
      status: 401,
      body: expect.objectContaining({ message: 'Bad credentials' }),
    });
    expect((await call('GET', route, `Bearer ${jwt}`)).status).toBe(401);
    expect((await call('GET', route, `token ${app.issueToken(7001).token}`)).status).toBe(200);
    expect(fake.violations).toEqual([]);
  });

  test('expire after an hour by the injected clock', async () => {
    const { token } = app.issueToken(7001);
    nowMs += 3599_000;
    expect((await call('GET', route, `Bearer ${token}`)).status).toBe(200);
    nowMs += 1000;
    expect(await call('GET', route, `Bearer ${token}`)).toEqual({ status: 401, body: expect.objectContaining({ message: 'Bad credentials' }) });
  });

  test("see only their installation's repositories (others are 404), and a token asked for fewer sees fewer", async () => {
    app.seedCommit('acme', 'private-infra', OTHER_SHA, { 'a.txt': 'a' });
    app.seedCommit('other', 'anything', OTHER_SHA, { 'a.txt': 'a' });
    const acme = app.issueToken(7001).token;
    expect((await call('GET', `/repos/acme/private-infra/contents/a.txt?ref=${OTHER_SHA}`, `token ${acme}`)).status).toBe(404);
    expect((await call('GET', `/repos/other/anything/contents/a.txt?ref=${OTHER_SHA}`, `token ${acme}`)).status).toBe(404);
    expect((await call('GET', `/repos/other/anything/contents/a.txt?ref=${OTHER_SHA}`, `token ${app.issueToken(7002).token}`)).status).toBe(200);

    const jwt = app.signJwt({ iat: seconds() - 30, exp: seconds() + 500, iss: app.appId });
    const narrow = await call('POST', '/app/installations/7002/access_tokens', `Bearer ${jwt}`, { repositories: ['elsewhere'] });
    expect(narrow.status).toBe(201);
    expect((await call('GET', `/repos/other/anything/contents/a.txt?ref=${OTHER_SHA}`, `token ${(narrow.body as { token: string }).token}`)).status).toBe(404);
    expect(fake.violations).toEqual([]);
  });
});

describe('the repository at a commit', () => {
  let token: string;
  beforeEach(() => {
    token = app.issueToken(7001).token;
  });
  async function get(route: string, accept = 'application/vnd.github+json'): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${fake.url}${route}`, { headers: { 'user-agent': 'selftest', accept, authorization: `token ${token}` } });
    const text = await response.text();
    return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as unknown) : text };
  }

  test('contents: a file in base64 lines, a directory listing, the raw bytes, 404 for a missing file or an unknown ref', async () => {
    const file = (await get(`/repos/acme/mcp-stack/contents/deploy%2Fk8s%2Fdeployment.yaml?ref=${SHA}`)).body as Record<string, string>;
    expect(file).toMatchObject({ type: 'file', encoding: 'base64', path: 'deploy/k8s/deployment.yaml', name: 'deployment.yaml' });
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe(FILES['deploy/k8s/deployment.yaml']);
    expect(file.sha).toBe(spawnSync('git', ['hash-object', '--stdin'], { input: FILES['deploy/k8s/deployment.yaml'], encoding: 'utf8' }).stdout.trim());

    const dir = (await get(`/repos/acme/mcp-stack/contents/deploy?ref=${SHA.slice(0, 7)}`)).body as { name: string; type: string }[];
    expect(dir.map((e) => [e.name, e.type])).toEqual([['k8s', 'dir']]);

    expect(await get(`/repos/acme/mcp-stack/contents/stackgate.yml?ref=main`, 'application/vnd.github.raw+json')).toEqual({
      status: 200,
      body: FILES['stackgate.yml'],
    });
    expect((await get(`/repos/acme/mcp-stack/contents/missing.yml?ref=${SHA}`)).status).toBe(404);
    expect((await get(`/repos/acme/mcp-stack/contents/stackgate.yml?ref=${OTHER_SHA}`)).status).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  test('tarball: 302 to the codeload path, a .tar.gz with one top-level directory that tar extracts to the seeded files', async () => {
    const { data, status, url } = await octokitRequest('GET /repos/{owner}/{repo}/tarball/{ref}', {
      baseUrl: fake.url,
      owner: 'acme',
      repo: 'mcp-stack',
      ref: SHA,
      headers: { authorization: `token ${token}` },
    });
    expect(status).toBe(200);
    expect(url).toContain(`${fake.codeloadUrl}/acme/mcp-stack/legacy.tar.gz/${SHA}?token=`);
    const dir = tempRepo();
    try {
      fs.writeFileSync(path.join(dir.root, 'repo.tar.gz'), Buffer.from(data as ArrayBuffer));
      const tar = spawnSync('tar', ['-xzf', 'repo.tar.gz'], { cwd: dir.root, encoding: 'utf8' });
      expect(tar.stderr).toBe('');
      expect(tar.status).toBe(0);
      const top = `acme-mcp-stack-${SHA.slice(0, 7)}`;
      expect(fs.readdirSync(dir.root).sort()).toEqual([top, 'repo.tar.gz']);
      for (const [file, text] of Object.entries(FILES)) expect(fs.readFileSync(path.join(dir.root, top, file), 'utf8')).toBe(text);
    } finally {
      dir.cleanup();
    }
    expect(fake.requestsFor('repos/download-tarball-archive')).toHaveLength(1);
    expect(fake.requestsFor('codeload')).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  test('tarball: a download without the token of a redirect is 404', async () => {
    const response = await fetch(`${fake.codeloadUrl}/acme/mcp-stack/legacy.tar.gz/${SHA}?token=guess`);
    expect(response.status).toBe(404);
    const redirect = await fetch(`${fake.url}/repos/acme/mcp-stack/tarball/${OTHER_SHA}`, {
      headers: { 'user-agent': 'selftest', authorization: `token ${token}` },
      redirect: 'manual',
    });
    expect(redirect.status).toBe(404);
  });
});

describe('the protection-rule callback', () => {
  const review = (runId: number, body: unknown, token: string): Promise<{ status: number; body: unknown }> =>
    call('POST', `/repos/acme/mcp-stack/actions/runs/${runId}/deployment_protection_rule`, `token ${token}`, body);

  test('records reviews of a requested run with their installation; a decided or unknown run is 422', async () => {
    const event = app.requestProtectionRule({ owner: 'acme', repo: 'mcp-stack', sha: SHA, environment: 'production', runId: 555, installationId: 7001 });
    expect(event.deployment_callback_url).toBe(`${fake.url}/repos/acme/mcp-stack/actions/runs/555/deployment_protection_rule`);
    const { token } = app.issueToken(7001);

    expect(await review(555, { environment_name: 'production', comment: 'evaluating the gate' }, token)).toEqual({ status: 204, body: undefined });
    expect(app.protectionRules.isPending({ owner: 'acme', repo: 'mcp-stack', runId: 555, environment: 'production' })).toBe(true);
    expect(await review(555, { environment_name: 'production', state: 'rejected', comment: 'soak not over' }, token)).toEqual({ status: 204, body: undefined });
    expect(app.reviews).toEqual([
      {
        owner: 'acme',
        repo: 'mcp-stack',
        runId: 555,
        environmentName: 'production',
        state: undefined,
        comment: 'evaluating the gate',
        token,
        installationId: 7001,
      },
      { owner: 'acme', repo: 'mcp-stack', runId: 555, environmentName: 'production', state: 'rejected', comment: 'soak not over', token, installationId: 7001 },
    ]);

    expect(await review(555, { environment_name: 'production', state: 'approved' }, token)).toEqual({
      status: 422,
      body: expect.objectContaining({ message: expect.stringContaining('No pending custom deployment protection rule') }),
    });
    expect((await review(556, { environment_name: 'production', state: 'approved' }, token)).status).toBe(422);
    expect((await review(555, { environment_name: 'staging', state: 'approved' }, token)).status).toBe(422);
    expect(app.reviews).toHaveLength(2);
    expect(fake.violations).toEqual([]);
  });

  test('a review body GitHub would not accept is a violation and 422', async () => {
    app.requestProtectionRule({ owner: 'acme', repo: 'mcp-stack', sha: SHA, environment: 'production', runId: 557, installationId: 7001 });
    expect((await review(557, { environment_name: 'production', state: 'approve' }, app.issueToken(7001).token)).status).toBe(422);
    expect(fake.violations).toEqual([expect.stringContaining('actions/review-custom-gates-for-run')]);
    expect(app.reviews).toEqual([]);
  });
});
