// @ts-check
// Fake credentials for the secret-scanner benchmark, built at run time from a seeded PRNG: the same
// seed gives the same values, no complete credential literal sits in this repository, and none of
// them is (or was) a live credential. Each factory follows the provider's published format; the
// look-alikes (`negative`) are the values a scanner must stay quiet about. The PRNG, the draws and
// the CRC32 tail of GitHub and npm tokens are the tests' (__tests__/helpers/fake-secret.ts) and
// src/core/secrets/checksum.ts's own.
import { base62, crc32 } from '../src/core/secrets/checksum.ts';
import { BECH32_CHARSET, bech32Checksum } from '../src/core/secrets/rules/_bech32.ts';
import { draw, withCrc32Tail } from '../__tests__/helpers/fake-secret.ts';

/** @typedef {import('../__tests__/helpers/fake-secret.ts').Random} Random */

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const URLSAFE = `${ALNUM}_-`;
const B64 = `${ALNUM}+/`;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const PASSWORD_CHARS = `${ALNUM}!#%^&*_-+=.~`;

/**
 * `n` characters drawn from `alphabet`.
 * @param {Random} rnd
 * @param {string} alphabet
 * @param {number} n
 */
export function str(rnd, alphabet, n) {
  return draw(rnd, alphabet, n);
}

/** Random bytes (for base64 bodies, binary files). */
export function bytes(rnd, n) {
  const buf = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i += 4) {
    const v = Math.floor(rnd.next() * 4294967296);
    buf[i] = v & 0xff;
    if (i + 1 < n) buf[i + 1] = (v >>> 8) & 0xff;
    if (i + 2 < n) buf[i + 2] = (v >>> 16) & 0xff;
    if (i + 3 < n) buf[i + 3] = v >>> 24;
  }
  return buf;
}

const b64url = (buf) => buf.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const join = (...parts) => parts.join('');

/** A body of `n` characters that mixes upper, lower and digits (as random tokens do). */
function mixed(rnd, alphabet, n) {
  for (;;) {
    const s = str(rnd, alphabet, n);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s)) return s;
  }
}

function githubToken(rnd, prefix) {
  return withCrc32Tail(prefix, mixed(rnd, ALNUM, 30));
}

/** `hrp` + `1` + `n` data characters + the bech32 checksum (age keys and recipients). */
function bech32(rnd, hrp, n) {
  const data = [...str(rnd, BECH32_CHARSET, n)].map((c) => BECH32_CHARSET.indexOf(c));
  return `${hrp}1${data.map((v) => BECH32_CHARSET[v]).join('')}${bech32Checksum(hrp, data)}`;
}

/** A Discord bot token: base64url of the bot's numeric ID, a timestamp and an HMAC (27 characters before 2022, 38 since). */
function discordBotToken(rnd) {
  const id = `${rnd.int(1, 9)}${str(rnd, '0123456789', rnd.pick([16, 17, 18]))}`;
  return [b64url(Buffer.from(id)), mixed(rnd, URLSAFE, 6), mixed(rnd, URLSAFE, rnd.pick([27, 38]))].join('.');
}

/** A HashiCorp Vault token: a service (`hvs.`), batch (`hvb.`) or legacy (`s.`, 24 characters) one. */
function vaultToken(rnd) {
  const kind = rnd.pick(['hvs', 'hvs', 'hvb', 's']);
  if (kind === 's') return join('s.', mixed(rnd, ALNUM, 24));
  return join(kind, '.', 'CAES', mixed(rnd, URLSAFE, kind === 'hvs' ? 91 : 150));
}

/** A strong password as a password manager generates one (no quotes, `$`, `@`, `/` or `:`). */
export function password(rnd, min = 18, max = 32) {
  for (;;) {
    const s = str(rnd, PASSWORD_CHARS, rnd.int(min, max));
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s) && /^[A-Za-z0-9]/.test(s)) return s;
  }
}

/** What a PEM private key looks like: its DER prefix, then 64-column base64 of random bytes. */
function pemBody(rnd, kind) {
  const der = {
    rsa: 'MIIEowIBAAKCAQEA',
    pkcs8: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
    ec: 'MHcCAQEEI',
    openssh: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  }[kind];
  const total = { rsa: 1588, pkcs8: 1620, ec: 160, openssh: 320 }[kind];
  const b = (der + bytes(rnd, Math.ceil((total * 3) / 4)).toString('base64')).slice(0, total);
  const lines = [];
  for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
  const last = lines.length - 1;
  if (kind !== 'openssh' && lines[last].length % 4) lines[last] += '='.repeat(4 - (lines[last].length % 4));
  return lines;
}

const PEM_LABEL = { rsa: 'RSA PRIVATE KEY', pkcs8: 'PRIVATE KEY', ec: 'EC PRIVATE KEY', openssh: 'OPENSSH PRIVATE KEY' };

/** PEM lines of a private key of `kind` (rsa, pkcs8, ec, openssh). */
export function privateKeyPem(rnd, kind = rnd.pick(['rsa', 'pkcs8', 'ec', 'openssh'])) {
  return [`-----BEGIN ${PEM_LABEL[kind]}-----`, ...pemBody(rnd, kind), `-----END ${PEM_LABEL[kind]}-----`];
}

/** Public material in PEM form: a certificate or a public key (not secret). */
export function publicPem(rnd, label = rnd.pick(['CERTIFICATE', 'PUBLIC KEY'])) {
  const body = bytes(rnd, label === 'CERTIFICATE' ? 900 : 294).toString('base64');
  const lines = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`];
}

/**
 * True credentials, by kind. Each returns the value as it would be committed. Kinds are the
 * `kind` field of labels.json (counts per kind are reported, values never).
 */
export const SECRET_FACTORIES = {
  'github-pat-classic': (rnd) => githubToken(rnd, 'ghp_'),
  'github-oauth': (rnd) => githubToken(rnd, 'gho_'),
  'github-app-token': (rnd) => githubToken(rnd, rnd.pick(['ghs_', 'ghu_'])),
  'github-refresh-token': (rnd) => githubToken(rnd, 'ghr_'),
  'github-pat-fine-grained': (rnd) => join('github', '_pat_', mixed(rnd, ALNUM, 22), '_', mixed(rnd, ALNUM, 59)),
  'aws-access-key-id': (rnd) => join(rnd.pick(['AKIA', 'AKIA', 'ASIA']), str(rnd, UPPER_B32, 16)),
  'aws-secret-access-key': (rnd) => mixed(rnd, B64, 40),
  'slack-bot-token': (rnd) => join('xoxb-', str(rnd, '0123456789', 12), '-', str(rnd, '0123456789', 13), '-', mixed(rnd, ALNUM, 24)),
  'slack-user-token': (rnd) =>
    join('xoxp-', str(rnd, '0123456789', 12), '-', str(rnd, '0123456789', 12), '-', str(rnd, '0123456789', 13), '-', str(rnd, '0123456789abcdef', 32)),
  'slack-webhook': (rnd) => join('https://hooks.slack.com', '/services/T', str(rnd, UPPER_B32, 10), '/B', str(rnd, UPPER_B32, 10), '/', mixed(rnd, ALNUM, 24)),
  'stripe-secret-key': (rnd) => join(rnd.pick(['sk_live_', 'sk_live_', 'rk_live_']), mixed(rnd, ALNUM, rnd.pick([24, 99]))),
  'openai-api-key': (rnd) =>
    rnd.chance(0.3)
      ? join('sk-', mixed(rnd, ALNUM, 20), 'T3Blbk', 'FJ', mixed(rnd, ALNUM, 20))
      : join('sk-', rnd.pick(['proj', 'proj', 'svcacct']), '-', mixed(rnd, URLSAFE, 74), 'T3Blbk', 'FJ', mixed(rnd, URLSAFE, 74)),
  'anthropic-api-key': (rnd) => join('sk-', 'ant-', rnd.chance(0.85) ? 'api03-' : 'admin01-', mixed(rnd, URLSAFE, 93), 'AA'),
  'gitlab-pat': (rnd) => join('gl', 'pat-', mixed(rnd, URLSAFE.slice(0, 63), 20)),
  'npm-token': (rnd) => withCrc32Tail('npm_', mixed(rnd, ALNUM, 30)),
  'tailscale-auth-key': (rnd) =>
    join('tskey-', rnd.pick(['auth', 'auth', 'api', 'client']), '-k', mixed(rnd, ALNUM, rnd.int(7, 11)), 'CNTRL-', mixed(rnd, ALNUM, 33)),
  'portainer-api-key': (rnd) => join('ptr_', bytes(rnd, 32).toString('base64')),
  'sendgrid-api-key': (rnd) => join('SG', '.', mixed(rnd, URLSAFE, 22), '.', mixed(rnd, URLSAFE, 43)),
  'google-api-key': (rnd) => join('AI', 'za', 'Sy', mixed(rnd, URLSAFE, 33)),
  'dockerhub-pat': (rnd) => join('dckr', '_pat_', mixed(rnd, URLSAFE, 27)),
  'huggingface-token': (rnd) => join('hf', '_', str(rnd, LETTERS, 34)),
  jwt: (rnd) => {
    const header = b64url(Buffer.from(JSON.stringify({ alg: rnd.pick(['HS256', 'RS256']), typ: 'JWT' })));
    const iat = 1_700_000_000 + rnd.int(0, 40_000_000);
    const claims = {
      iss: rnd.pick(['supabase', 'https://auth.internal', 'mcp-gateway']),
      sub: str(rnd, '0123456789abcdef', 24),
      role: rnd.pick(['service_role', 'admin', 'deployer']),
      iat,
      exp: iat + rnd.pick([3600 * 24 * 365, 3600 * 24 * 3650]),
    };
    return [header, b64url(Buffer.from(JSON.stringify(claims))), b64url(bytes(rnd, 32))].join('.');
  },
  password: (rnd) => password(rnd),
  'age-secret-key': (rnd) => bech32(rnd, 'age-secret-key-', 52).toUpperCase(),
  'pagerduty-key': (rnd) => {
    for (;;) {
      const key = str(rnd, '0123456789abcdef', 32);
      if (/[0-9]/.test(key) && /[a-f]/.test(key)) return key;
    }
  },
  'discord-bot-token': (rnd) => discordBotToken(rnd),
  'docker-config-auth': (rnd) =>
    Buffer.from(`${rnd.pick(['deploy', 'ci-bot', 'robot$puller', '_json_key_base64', 'AWS'])}:${password(rnd, 20, 40)}`).toString('base64'),
  'vault-token': (rnd) => vaultToken(rnd),
  'database-url': (rnd) => {
    const pw = password(rnd, 16, 28);
    const [scheme, user, host, port, db] = rnd.pick([
      ['postgres', 'app', 'db.internal', 5432, '/app'],
      ['postgresql', 'mcp', 'postgres', 5432, '/mcp_prod'],
      ['mysql', 'root', 'mysql', 3306, '/shop'],
      ['mongodb+srv', 'svc-writer', `cluster0.${str(rnd, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net`, 0, '/prod?retryWrites=true'],
      ['redis', 'default', 'cache', 6379, '/0'],
      ['amqp', 'rabbit', 'mq', 5672, '/'],
      ['amqps', 'worker', 'mq.example.com', 5671, '/prod'],
      ['rediss', '', 'cache.example.com', 6380, '/0'],
      ['mysql', 'shop', 'mariadb', 3306, '/orders?ssl-mode=REQUIRED'],
    ]);
    return `${scheme}://${user}:${pw}@${host}${port ? `:${port}` : ''}${db}`;
  },
};

/** Values scanners should ignore. Each is a (value) generator; `key` hints at where they appear. */
export const NEGATIVE_VALUES = {
  envReference: (rnd, name) => rnd.pick([`\${${name}}`, `$${name}`, `\${${name}:?required}`, `\${${name}:-}`]),
  placeholder: (rnd) =>
    rnd.pick([
      'changeme',
      'change_me',
      'xxxxxxxxxxxxxxxx',
      '********',
      '<your-token>',
      '<your-api-key>',
      'your-api-key-here',
      'REPLACE_ME',
      'TODO',
      '<redacted>',
      'placeholder',
      'dummy',
      'secret',
      'password',
      '""',
      'null',
    ]),
  documentedAwsKey: () => ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join(''),
  documentedAwsSecret: () => ['wJalrXUtnFEMI', '/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY'].join(''),
  sha256Digest: (rnd) => `sha256:${rnd.hex(64)}`,
  uuid: (rnd) => `${rnd.hex(8)}-${rnd.hex(4)}-4${rnd.hex(3)}-${rnd.pick(['8', '9', 'a', 'b'])}${rnd.hex(3)}-${rnd.hex(12)}`,
  gitSha: (rnd) => rnd.hex(40),
  integrity: (rnd) => `sha512-${bytes(rnd, 64).toString('base64')}`,
  traceId: (rnd) => rnd.hex(32),
  nanoid: (rnd) => str(rnd, URLSAFE, 21),
  stripeCustomerId: (rnd) => `cus_${mixed(rnd, ALNUM, 14)}`,
  stripePublishableKey: (rnd) => join('pk_live_', mixed(rnd, ALNUM, 99)),
  /** `ghp_` + 36 characters whose CRC32 tail does not match. */
  githubWrongChecksum: (rnd) => {
    const body = mixed(rnd, ALNUM, 30);
    const good = base62(crc32(body), 6);
    let tail = mixed(rnd, ALNUM, 6);
    if (tail === good) tail = tail.slice(1) + (tail[0] === 'A' ? 'B' : 'A');
    return join(rnd.pick(['ghp_', 'gho_', 'ghs_']), body, tail);
  },
  npmWrongChecksum: (rnd) => join('npm_', mixed(rnd, ALNUM, 30), mixed(rnd, ALNUM, 6)),
  githubPlaceholder: (rnd) => join(rnd.pick(['ghp_', 'github_pat_']), rnd.pick(['x', 'X', '*', '0']).repeat(36)),
  base64OfWord: (rnd) =>
    Buffer.from(
      rnd.pick(['admin', 'postgres', 'production', 'mcp-server', '5432', 'app', 'default', 'us-east-1', 'info', 'true', 'redis.default.svc.cluster.local']),
    ).toString('base64'),
  sshPublicKey: (rnd) => `ssh-ed25519 ${Buffer.concat([Buffer.from('\0\0\0\x0bssh-ed25519\0\0\0 ', 'binary'), bytes(rnd, 32)]).toString('base64')} deploy@ci`,
  /** A public age recipient (`age1…`): safe to publish, it only encrypts. */
  ageRecipient: (rnd) => bech32(rnd, 'age', 52),
  /** Where a secret manager or vault keeps a secret: fetched at run time, never a secret. */
  secretReference: (rnd, name) =>
    rnd.pick([
      `op://Production/${name.toLowerCase()}/credential`,
      `vault:secret/data/prod/app#${name.toLowerCase()}`,
      `vault://kv/prod/app#${name.toLowerCase()}`,
      `ref+vault://secret/app#/${name.toLowerCase()}`,
      `ref+awssecrets://prod/app#/${name.toLowerCase()}`,
      `arn:aws:secretsmanager:eu-west-1:${str(rnd, '0123456789', 12)}:secret:prod/${name.toLowerCase()}-${mixed(rnd, ALNUM, 6)}`,
      `arn:aws:ssm:us-east-1:${str(rnd, '0123456789', 12)}:parameter/prod/${name.toLowerCase()}`,
      `sm://prod-project/${name.toLowerCase().replace(/_/g, '-')}`,
      `gcp:secretmanager:projects/${str(rnd, '0123456789', 12)}/secrets/${name.toLowerCase().replace(/_/g, '-')}/versions/latest`,
      `azurekeyvault://kv-prod-01/secrets/${name.toLowerCase().replace(/_/g, '-')}`,
      `akv://kv-prod-01/${name.toLowerCase().replace(/_/g, '-')}`,
      `doppler://prod/backend/${name}`,
    ]),
  /** A SOPS-encrypted value (`ENC[AES256_GCM,…]`): ciphertext only the key holder can open. */
  sopsValue: (rnd) =>
    `ENC[AES256_GCM,data:${bytes(rnd, rnd.int(12, 48)).toString('base64')},iv:${bytes(rnd, 32).toString('base64')},tag:${bytes(rnd, 16).toString('base64')},type:str]`,
  /** A Sealed Secrets ciphertext: a 2-byte length (512), the RSA-encrypted session key and the sealed data. */
  sealedValue: (rnd) => Buffer.concat([Buffer.from([2, 0]), bytes(rnd, 512 + rnd.int(40, 120))]).toString('base64'),
  /** Values people show instead of a secret in docs and logs. */
  maskedValue: (rnd) =>
    rnd.pick([
      `sk-${'*'.repeat(20)}${str(rnd, ALNUM, 4)}`,
      `${str(rnd, ALNUM, 4)}...${str(rnd, ALNUM, 4)}`,
      `ghp_…${str(rnd, ALNUM, 4)}`,
      `sk_live_${'x'.repeat(24)}`,
    ]),
  /** Test values: sequential, lowercase words with small numbers. */
  testValue: (rnd) => rnd.pick(['token-123', 'test-token-1', 'password123', 'abcdef123456', 'secret-42', 'my-test-key-2', '1234567890']),
  dataUri: (rnd) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${bytes(rnd, 60).toString('base64')}`,
};
