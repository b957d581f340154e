/**
 * A GitHub App on the fake GitHub (fake-github.ts), with what the stackgate bot needs from GitHub:
 * - the App: an id, a client id and an RSA key pair made for the test (`privateKey` is the PEM
 *   GitHub lets you download); installations on accounts with their repositories;
 * - App authentication: `GET /app`, `GET /app/installations[/{id}]`, `GET /repos/{o}/{r}/installation`
 *   and `POST /app/installations/{id}/access_tokens` take `Authorization: Bearer <JWT>`, checked as
 *   GitHub does (RS256 with the App's key, `iss` the app id or client id, `iat` not in the future,
 *   `exp` in the future and at most 10 minutes after `iat`), answering GitHub's 401 messages;
 * - every other request needs an installation token the App issued (`ghs_…`, valid one hour by
 *   the injectable clock): else 401 `Bad credentials`, or 404 for a repository the installation
 *   cannot see, as GitHub hides it;
 * - the repository at a commit (github-contents.ts: contents API and tarball) and the custom
 *   deployment protection rule callback (github-protection-rules.ts).
 */
import crypto from 'node:crypto';
import type { FakeGitHub, FakeReply, FakeRequest } from './fake-github';
import { FakeContents, type SeededCommit } from './github-contents';
import { basicError, simpleUser, type FakeUser } from './github-payloads';
import { FakeProtectionRules, type RecordedReview } from './github-protection-rules';
import { deploymentProtectionRuleEvent, type DeploymentProtectionRuleInput } from './webhook-deliveries';

type Json = Record<string, unknown>;

export interface FakeInstallation {
  id: number;
  /** The user or organization the App is installed on. */
  account: FakeUser;
  /** Repository names of the account it may see, or `all`. */
  repositories: string[] | 'all';
  /** Default: what the stackgate App asks for (deployments and pull requests write, contents and actions read). */
  permissions?: Record<string, string>;
}

export interface FakeGitHubAppOptions {
  appId?: number;
  slug?: string;
  installations?: FakeInstallation[];
  /** The clock tokens are checked and issued by; default the real time. */
  now?: () => Date;
}

export interface IssuedToken {
  token: string;
  installationId: number;
  expiresAt: Date;
  permissions: Record<string, string>;
  /** The repositories the token may see (`all`: the installation's). */
  repositories: string[] | 'all';
}

export const STACKGATE_APP_PERMISSIONS: Record<string, string> = {
  actions: 'read',
  contents: 'read',
  deployments: 'write',
  issues: 'write',
  metadata: 'read',
  pull_requests: 'write',
};

const TOKEN_LIFETIME_MS = 60 * 60 * 1000;
const JWT_MAX_LIFETIME_S = 600;
const JWT_OPERATIONS = new Set([
  'apps/get-authenticated',
  'apps/list-installations',
  'apps/get-installation',
  'apps/get-repo-installation',
  'apps/create-installation-access-token',
]);
const DOCS = {
  jwt: 'https://docs.github.com/rest',
  token: 'https://docs.github.com/rest/apps/apps#create-an-installation-access-token-for-an-app',
};

export class FakeGitHubApp {
  readonly appId: number;
  readonly slug: string;
  readonly clientId: string;
  /** PKCS#1 PEM (`-----BEGIN RSA PRIVATE KEY-----`), as GitHub's download. */
  readonly privateKey: string;
  readonly publicKey: string;
  /** Every installation token issued, oldest first. */
  readonly tokens: IssuedToken[] = [];
  readonly contents: FakeContents;
  readonly protectionRules: FakeProtectionRules;
  private readonly installations = new Map<number, FakeInstallation>();
  private readonly now: () => Date;

  constructor(
    private readonly fake: FakeGitHub,
    options: FakeGitHubAppOptions = {},
  ) {
    this.appId = options.appId ?? 424242;
    this.slug = options.slug ?? 'stackgate-app';
    this.clientId = `Iv23li${crypto.createHash('sha1').update(String(this.appId)).digest('hex').slice(0, 14)}`;
    this.now = options.now ?? ((): Date => new Date());
    const keys = crypto.generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    this.privateKey = keys.privateKey;
    this.publicKey = keys.publicKey;
    for (const installation of options.installations ?? []) this.addInstallation(installation);
    this.contents = new FakeContents(fake);
    this.protectionRules = new FakeProtectionRules(fake);
    fake.authorize((r) => this.authorizeRequest(r));
    fake.handle('apps/get-authenticated', () => ({ status: 200, body: this.integration() }));
    fake.handle('apps/list-installations', () => ({ status: 200, body: [...this.installations.values()].map((i) => this.installationBody(i)) }));
    fake.handle('apps/get-installation', (r) => this.getInstallation(r));
    fake.handle('apps/get-repo-installation', (r) => this.getRepoInstallation(r));
    fake.handle('apps/create-installation-access-token', (r) => this.createToken(r));
  }

  addInstallation(installation: FakeInstallation): void {
    this.installations.set(installation.id, installation);
  }

  /** The repository's files at a commit (see github-contents.ts). */
  seedCommit(owner: string, repo: string, sha: string, files: Record<string, string>, branches: string[] = []): SeededCommit {
    return this.contents.seedCommit(owner, repo, sha, files, branches);
  }

  /** GitHub asks the App for a verdict on a run's environment: awaits the review and returns the webhook payload it sends. */
  requestProtectionRule(input: Omit<DeploymentProtectionRuleInput, 'apiUrl'>): Json {
    this.protectionRules.expect({ owner: input.owner, repo: input.repo, runId: input.runId, environment: input.environment });
    return deploymentProtectionRuleEvent({ ...input, apiUrl: this.fake.url });
  }

  /** Reviews the App sent through the protection-rule callback, with the installation of their token. */
  get reviews(): (RecordedReview & { installationId?: number })[] {
    return this.protectionRules.reviews.map((r) => ({ ...r, installationId: this.tokens.find((t) => t.token === r.token)?.installationId }));
  }

  /** A JWT signed with `privateKey` (or another key), with claims as given: for tests of what the fake rejects. */
  signJwt(claims: Json, privateKey: string = this.privateKey): string {
    const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}`;
    return `${unsigned}.${crypto.sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
  }

  /** Issues an installation token without the JWT exchange (for tests that are not about authentication). */
  issueToken(installationId: number): IssuedToken {
    const installation = this.installations.get(installationId);
    if (!installation) throw new Error(`issueToken: no installation ${installationId}`);
    return this.issue(installation, installation.permissions ?? STACKGATE_APP_PERMISSIONS, installation.repositories);
  }

  private issue(installation: FakeInstallation, permissions: Record<string, string>, repositories: string[] | 'all'): IssuedToken {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const random = [...crypto.randomBytes(36)].map((b) => alphabet[b % alphabet.length]).join('');
    const issued: IssuedToken = {
      token: `ghs_${random}`,
      installationId: installation.id,
      expiresAt: new Date(this.now().getTime() + TOKEN_LIFETIME_MS),
      permissions,
      repositories,
    };
    this.tokens.push(issued);
    return issued;
  }

  private authorizeRequest(r: FakeRequest): true | FakeReply {
    const header = /^(bearer|token)\s+(\S+)$/i.exec(String(r.headers.authorization ?? ''));
    if (JWT_OPERATIONS.has(r.operationId)) {
      const problem = header ? this.jwtProblem(header[2]) : 'A JSON web token could not be decoded';
      return problem ? { status: 401, body: basicError(401, problem, DOCS.jwt) } : true;
    }
    if (!header) return { status: 401, body: basicError(401, 'Requires authentication') };
    const issued = this.tokens.find((t) => t.token === header[2]);
    if (!issued || issued.expiresAt.getTime() <= this.now().getTime()) return { status: 401, body: basicError(401, 'Bad credentials') };
    const { owner, repo } = r.params;
    if (typeof owner === 'string' && typeof repo === 'string' && !this.canSee(issued, owner, repo)) {
      return { status: 404, body: basicError(404, 'Not Found') };
    }
    return true;
  }

  private canSee(token: IssuedToken, owner: string, repo: string): boolean {
    const installation = this.installations.get(token.installationId);
    if (!installation || installation.account.login.toLowerCase() !== owner.toLowerCase()) return false;
    const allowed = token.repositories === 'all' ? installation.repositories : token.repositories;
    return allowed === 'all' || allowed.some((name) => name.toLowerCase() === repo.toLowerCase());
  }

  /** GitHub's 401 message for a JWT it refuses, or undefined when it accepts it. */
  private jwtProblem(jwt: string): string | undefined {
    const undecodable = 'A JSON web token could not be decoded';
    const [header, payload, signature] = jwt.split('.');
    if (signature === undefined) return undecodable;
    let claims: Json;
    try {
      if ((JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Json).alg !== 'RS256') return undecodable;
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Json;
    } catch {
      return undecodable;
    }
    if (!crypto.verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), this.publicKey, Buffer.from(signature, 'base64url'))) return undecodable;
    if (claims.iss === undefined) return "Missing 'issuer' claim ('iss') in assertion";
    // GitHub takes the app id as a number or a string, or the client id; another App's id cannot match this key.
    if (String(claims.iss) !== String(this.appId) && claims.iss !== this.clientId) return undecodable;
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    const { iat, exp } = claims;
    if (!Number.isInteger(iat) || (iat as number) > nowSeconds)
      return "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued";
    if (typeof exp !== 'number' || exp <= nowSeconds) {
      return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
    }
    if (exp - (iat as number) > JWT_MAX_LIFETIME_S) return "'Expiration time' claim ('exp') is too far in the future";
    return undefined;
  }

  private createToken(r: FakeRequest): FakeReply {
    const installation = this.installations.get(Number(r.params.installation_id));
    if (!installation) return { status: 404, body: basicError(404, 'Not Found', DOCS.token) };
    const body = (r.body ?? {}) as { repositories?: string[]; repository_ids?: number[]; permissions?: Record<string, string> };
    if (body.repository_ids) throw new Error('the fake App does not know repository ids: ask for repositories by name');
    const granted = installation.permissions ?? STACKGATE_APP_PERMISSIONS;
    const asked = body.permissions ?? granted;
    const rank = (level: string | undefined): number => ['read', 'write', 'admin'].indexOf(level ?? '');
    if (Object.entries(asked).some(([name, level]) => rank(level) > rank(granted[name]))) {
      return { status: 422, body: basicError(422, 'The permissions requested are not granted to this installation.', DOCS.token) };
    }
    const names = body.repositories;
    if (names && installation.repositories !== 'all') {
      const visible = installation.repositories.map((n) => n.toLowerCase());
      if (names.some((n) => !visible.includes(n.toLowerCase()))) {
        return {
          status: 422,
          body: basicError(422, 'There is at least one repository that does not exist or is not accessible to the parent installation.', DOCS.token),
        };
      }
    }
    const issued = this.issue(installation, asked, names ?? 'all');
    return {
      status: 201,
      body: {
        token: issued.token,
        expires_at: issued.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        permissions: issued.permissions,
        repository_selection: names || installation.repositories !== 'all' ? 'selected' : 'all',
      },
    };
  }

  private getInstallation(r: FakeRequest): FakeReply {
    const installation = this.installations.get(Number(r.params.installation_id));
    return installation ? { status: 200, body: this.installationBody(installation) } : { status: 404, body: basicError(404, 'Not Found') };
  }

  private getRepoInstallation(r: FakeRequest): FakeReply {
    const owner = String(r.params.owner).toLowerCase();
    const repo = String(r.params.repo).toLowerCase();
    const installation = [...this.installations.values()].find(
      (i) => i.account.login.toLowerCase() === owner && (i.repositories === 'all' || i.repositories.some((n) => n.toLowerCase() === repo)),
    );
    return installation ? { status: 200, body: this.installationBody(installation) } : { status: 404, body: basicError(404, 'Not Found') };
  }

  /** An `integration` (what `GET /app` answers). */
  private integration(): Json {
    return {
      id: this.appId,
      slug: this.slug,
      client_id: this.clientId,
      node_id: Buffer.from(`03:Integration${this.appId}`).toString('base64'),
      owner: simpleUser({ login: 'stackgate', id: 190000001, type: 'Organization' }, this.fake.url),
      name: 'stackgate',
      description: 'Production-readiness gates for MCP-server deployments',
      external_url: 'https://example.com/stackgate',
      html_url: `https://github.com/apps/${this.slug}`,
      created_at: '2026-11-01T09:00:00Z',
      updated_at: '2026-11-01T09:00:00Z',
      permissions: STACKGATE_APP_PERMISSIONS,
      events: ['deployment_protection_rule', 'pull_request'],
    };
  }

  /** An `installation`. */
  private installationBody(i: FakeInstallation): Json {
    const api = this.fake.url;
    const isOrganization = i.account.type === 'Organization';
    return {
      id: i.id,
      account: simpleUser(i.account, api),
      repository_selection: i.repositories === 'all' ? 'all' : 'selected',
      access_tokens_url: `${api}/app/installations/${i.id}/access_tokens`,
      repositories_url: `${api}/installation/repositories`,
      html_url: isOrganization
        ? `https://github.com/organizations/${i.account.login}/settings/installations/${i.id}`
        : `https://github.com/settings/installations/${i.id}`,
      app_id: this.appId,
      client_id: this.clientId,
      target_id: i.account.id,
      target_type: isOrganization ? 'Organization' : 'User',
      permissions: i.permissions ?? STACKGATE_APP_PERMISSIONS,
      events: ['deployment_protection_rule', 'pull_request'],
      created_at: '2026-11-01T09:00:00Z',
      updated_at: '2026-11-01T09:00:00Z',
      single_file_name: null,
      app_slug: this.slug,
      suspended_at: null,
      suspended_by: null,
    };
  }
}
