/**
 * The GitHub client and token verification behind a proxy: a real CONNECT proxy on loopback records
 * what passes through it; NO_PROXY hosts are reached directly. The fake GitHub is plain http on
 * 127.0.0.1, so HTTP_PROXY is the one that applies (HTTPS_PROXY would for api.github.com).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHubClient } from '../../../src/adapters/github/client';
import { proxySettingsFromEnv, type ProxySettings } from '../../../src/adapters/github/proxy';
import { fetchTokenIdentity } from '../../../src/adapters/github/token-identity';
import { verifyGitHubToken } from '../../../src/adapters/github/verify-token';
import { startConnectProxy, type ConnectProxy } from '../../helpers/connect-proxy';
import { githubToken } from '../../helpers/fake-secret';
import { runCli } from '../../helpers/cli';
import { gitRepo } from '../../helpers/git-repo';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github';
import { RecordingLogger } from '../../helpers/recording-logger';

const TOKEN = githubToken(91, 'ghs_');
const log = new RecordingLogger();

let fake: FakeGitHub;
let proxy: ConnectProxy;
beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  proxy = await startConnectProxy();
});
afterEach(async () => {
  await proxy.close();
  await fake.close();
  expect(fake.violations).toEqual([]);
});

const host = (url: string) => new URL(url).host;
const identity = (settings?: ProxySettings) =>
  fetchTokenIdentity(createGitHubClient({ token: TOKEN, baseUrl: fake.url, log, retries: 0, paceWrites: false, proxy: settings }));

describe('proxySettingsFromEnv', () => {
  it('reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY; the lowercase name wins; empty is unset', () => {
    expect(
      proxySettingsFromEnv({ HTTPS_PROXY: 'http://proxy:3128', http_proxy: 'http://p1:8080', HTTP_PROXY: 'http://p2:8080', NO_PROXY: ' localhost,.internal ' }),
    ).toEqual({
      httpsProxy: 'http://proxy:3128',
      httpProxy: 'http://p1:8080',
      noProxy: 'localhost,.internal',
    });
    expect(proxySettingsFromEnv({ HTTPS_PROXY: '', PATH: '/usr/bin' })).toEqual({});
  });
});

describe('the GitHub client', () => {
  it('goes through HTTP_PROXY: the proxy tunnels to GitHub, GitHub answers', async () => {
    await expect(identity({ httpProxy: proxy.url })).resolves.toMatchObject({ login: 'github-actions[bot]' });
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([host(fake.url)]));
    expect(fake.requestsFor('graphql')).toHaveLength(1);
  });

  it('reaches NO_PROXY hosts directly', async () => {
    await expect(identity({ httpProxy: proxy.url, noProxy: 'example.com, 127.0.0.1' })).resolves.toMatchObject({ login: 'github-actions[bot]' });
    expect(proxy.tunnels).toEqual([]);
    expect(fake.requestsFor('graphql')).toHaveLength(1);
  });

  it('a NO_PROXY entry for another port does not bypass the proxy', async () => {
    await identity({ httpProxy: proxy.url, noProxy: '127.0.0.1:1' });
    expect(proxy.tunnels).toEqual([host(fake.url)]);
  });

  it('without proxy settings, connects directly', async () => {
    await identity(undefined);
    expect(proxy.tunnels).toEqual([]);
    expect(fake.requestsFor('graphql')).toHaveLength(1);
  });
});

describe('token verification and the CLI', () => {
  let api: http.Server;
  let apiUrl: string;
  const seen: string[] = [];
  beforeEach(async () => {
    seen.length = 0;
    api = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(req.url === '/user' ? 200 : 404, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    api.closeAllConnections();
    await new Promise<void>((resolve) => api.close(() => resolve()));
  });

  it('verifyGitHubToken goes through the proxy', async () => {
    await expect(verifyGitHubToken(TOKEN, { apiUrl, proxy: { httpProxy: proxy.url } })).resolves.toBe('valid');
    expect(proxy.tunnels).toEqual([host(apiUrl)]);
    expect(seen).toEqual(['GET /user']);
  });

  it('stackgate secrets --verify-github reads http_proxy and NO_PROXY from its environment', async () => {
    const repo = gitRepo({ '.env': `GITHUB_TOKEN=${githubToken(92)}\n`, 'stackgate.yml': `secrets:\n  verify:\n    apiUrl: ${apiUrl}\n` });
    try {
      repo.commit('base');
      const viaProxy = await runCli(['secrets', '.', '--verify-github', '-f', 'json'], repo.root, { http_proxy: proxy.url });
      expect(JSON.parse(viaProxy.stdout).findings.map((f: { verified?: string }) => f.verified)).toEqual(['valid']);
      expect(proxy.tunnels).toEqual([host(apiUrl)]);
      const direct = await runCli(['secrets', '.', '--verify-github', '-f', 'json'], repo.root, { http_proxy: proxy.url, no_proxy: '127.0.0.1' });
      expect(JSON.parse(direct.stdout).findings.map((f: { verified?: string }) => f.verified)).toEqual(['valid']);
      expect(proxy.tunnels).toEqual([host(apiUrl)]);
      expect(seen).toEqual(['GET /user', 'GET /user']);
    } finally {
      repo.cleanup();
    }
  });
});
