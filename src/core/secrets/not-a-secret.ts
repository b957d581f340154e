/**
 * The judgement of a candidate value the generic detectors found next to a secret-sounding key:
 * whether it is, beyond doubt, not a secret. Each family is one predicate: references to a secret
 * manager or vault, masked values, test values, code, paths and URLs, identifiers public by design,
 * ciphertexts, and base64 that decodes to something harmless. Pure string logic, no context beyond
 * the value and the characters that follow it.
 */

export interface Candidate {
  value: string;
  /** Whether the value was inside quotes (a string literal, not an expression). */
  quoted: boolean;
  /** The characters right after the value on its line (`(` of a call, `{` of a literal, ` + x`). */
  after: string;
}

/** Why a candidate is not a secret, or undefined when it may be one. */
export function notASecret(c: Candidate): string | undefined {
  const v = c.value.trim();
  if (isSecretReference(v)) return 'reference';
  if (isMasked(v)) return 'masked';
  if (isCodeExpression(v, c)) return 'code';
  if (isPathOrUrl(v)) return 'path';
  if (isPublicByDesign(v)) return 'public';
  if (isCiphertext(v)) return 'ciphertext';
  if (isPasswordHash(v)) return 'password hash';
  if (isTestValue(v)) return 'test value';
  if (decodesToHarmless(v)) return 'harmless encoding';
  return undefined;
}

/**
 * Secret managers, vaults and templating that fetch the secret at run time: 1Password, HashiCorp
 * Vault, vals, AWS Secrets Manager and SSM, GCP Secret Manager, Azure Key Vault, Doppler, Bitwarden,
 * Infisical, Helm/Go templates, GitHub Actions expressions, SOPS and Ansible Vault ciphertexts.
 */
const SECRET_REFERENCE =
  /^(?:op:\/\/|vault:|ref\+[a-z0-9]+:\/\/|arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):|sm:\/\/|gcp:secretmanager:|gcpsm:\/\/|secretmanager:\/\/|azurekeyvault:\/\/|akv:\/\/|keyvault:\/\/|doppler:\/\/|bws:\/\/|infisical:\/\/|awssm:|ssm:\/|\{\{|\$\{\{|ENC\[[A-Z0-9_]+,|\$ANSIBLE_VAULT;|!vault\b|@Microsoft\.KeyVault\()/i;

export function isSecretReference(v: string): boolean {
  return SECRET_REFERENCE.test(v);
}

/** `abcd...wxyz`, `ghp_…abcd`, `sk-****1234`, `sk_live_xxxxxxxx`, `••••`: shown, not stored. */
export function isMasked(v: string): boolean {
  return /\.\.\.|…|\*{3,}|•{2,}|[xX]{6,}|#{4,}/.test(v);
}

const IDENTIFIER_CHAIN = /^[&*]?[A-Za-z_$@][\w$@]*(?:(?:\.|::|\?\.|!\.|->)[A-Za-z_$][\w$]*)*(?:<[\w.,<> ]*>)?[!?]?$/;

/**
 * An expression, not a literal: a call (`secretmanager_v1.SecretManagerServiceClient()`,
 * `std.extVar('x')`, `base64decode(…)`), a struct or object literal (`&api.Secret{}`), an index
 * (`Configuration["ApiKey"]`), member access made of words (`random_password.db.result`),
 * concatenation with an identifier, a CUE definition or JSON pointer (`#Secret`, `#/definitions/X`).
 */
export function isCodeExpression(v: string, c: Pick<Candidate, 'quoted' | 'after'>): boolean {
  if (/^#[A-Za-z_/]/.test(v)) return true;
  if (c.quoted) return false;
  if (!IDENTIFIER_CHAIN.test(v)) return false;
  if (/^[&*]/.test(v) || /[!?]\./.test(v)) return true;
  if (/^\s*(?:[({[<]|\+\s*[A-Za-z_$]|\?\?|\|\|)/.test(c.after)) return true;
  // Member access: every part a word, as code names things (`cfg.db.password_v2`); a token's parts are random.
  return /\.|::|->/.test(v) && isWordy(v);
}

/** Absolute, home, relative and Windows paths, file names, and URLs without credentials. */
export function isPathOrUrl(v: string): boolean {
  if (/^@?(?:\/|\.{1,2}[/\\]|~\/|file:|[A-Za-z]:\\|\\\\)/.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/@?#]+(?:[/?#][^\s@]*)?$/i.test(v))
    return !/[?&](?:[\w-]*(?:key|token|secret|sig|signature|password|pass|pwd|auth)[\w-]*)=/i.test(v);
  if (/^@?[\w.-]+(?:\/[\w.-]+)+\/?$/.test(v) && isWordy(v)) return true;
  return (
    /^[\w.-]+\.(?:json|ya?ml|txt|pem|key|crt|cer|csr|p12|pfx|jks|keystore|env|ini|conf|cfg|toml|xml|properties|gpg|asc|der|pub)$/i.test(v) &&
    isWordy(v.replace(/\.[a-z0-9]+$/i, ''))
  );
}

/** Client-side keys their providers publish to browsers: Mapbox `pk.`, Stripe publishable keys, PostHog project keys. */
export function isPublicByDesign(v: string): boolean {
  return /^(?:pk\.eyJ|pk_(?:live|test)_|phc_)/.test(v);
}

/**
 * Sealed Secrets (`kubeseal`) ciphertext: base64 of a 2-byte length of the RSA-encrypted session key
 * (256, 384, 512 or 1024 bytes), that key and the AES-GCM payload. Only the cluster can open it.
 */
export function isCiphertext(v: string): boolean {
  if (v.length < 340 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return false;
  const head = Buffer.from(v.slice(0, 8), 'base64');
  const keyLength = head.readUInt16BE(0);
  // The payload's length is not checked: a scan window may cut a long value short.
  return [256, 384, 512, 1024].includes(keyLength);
}

/**
 * A password hash in crypt(3) form: bcrypt (`$2b$12$` and 53 characters), sha-crypt (`$5$`, `$6$`),
 * Apache's `$apr1$` and argon2 (`$argon2id$v=19$m=…`). Configs hold them where a login is checked
 * (Traefik and nginx basic auth, Alertmanager and Prometheus web configs): they verify a password,
 * they do not grant access.
 */
export function isPasswordHash(v: string): boolean {
  return (
    /^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/.test(v) ||
    /^\$(?:5|6)\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}$/.test(v) ||
    /^\$apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}$/.test(v) ||
    /^\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/.test(v)
  );
}

/**
 * Values people type in tests and examples: lowercase words with short or sequential numbers
 * (`token-123`, `password123`, `test-token-1`), and runs such as `abcdef123456` or `1234567890`.
 */
export function isTestValue(v: string): boolean {
  if (isSequential(v) || TEST_MARKER.test(v)) return true;
  if (/[A-Z]/.test(v) || !/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/.test(v)) return false;
  const parts = v.split(/[-_.]|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/);
  if (parts.length > 5) return false;
  return parts.every((p) => (/^\d+$/.test(p) ? p.length <= 3 || isDigitRun(p) : isTestWord(p)));
}

/** What only a made-up value holds: `abc123`, `123456`, `your_secret_here`, `actual_secret_key`, `mypass`. */
const TEST_MARKER =
  /abc123|123456|qwerty|letmein|foobar|your[_-]?(?:salt|key|token|secret|pass|api)|actual[_-]|mypass|[_-]here(?![a-z])|example|dummy|sample|fake[_-]|placeholder/i;

/** `1234`, `9876`, `0000`: digits counting up, down or repeating. */
function isDigitRun(p: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < p.length; i++) steps.add(p.charCodeAt(i) - p.charCodeAt(i - 1));
  return steps.size === 1 && [1, -1, 0].includes([...steps][0]);
}

/** A word people type (`password`, `token`, `mysecret`): pronounceable, unlike random lowercase letters. */
function isTestWord(p: string): boolean {
  if (p.length <= 3) return /[aeiouy]/.test(p); // my, key, abc
  return isWordy(p) && (p.match(/[aeiouy]/g) ?? []).length / p.length >= 0.25 && !/[^aeiouy]{4}/.test(p);
}

/** Mostly steps of one (`abcdef`, `123456`, `987654`) or one repeated character. */
function isSequential(v: string): boolean {
  if (v.length < 6) return false;
  let steps = 0;
  for (let i = 1; i < v.length; i++) {
    const d = v.charCodeAt(i) - v.charCodeAt(i - 1);
    if (d === 1 || d === -1 || d === 0) steps++;
  }
  return steps / (v.length - 1) >= 0.8;
}

/**
 * Whether a name reads as words (`SecretManagerServiceClient`, `secretmanager_v1`, `cfg.db.password`):
 * split at case changes, digits and separators, its parts of four or more letters have vowels and
 * no long consonant runs, and short parts (`db`, `cfg`, `v`) are at most half its letters. Random
 * tokens (`eyJhbGciOiJIUzI1NiJ9`, `x7qzkf2mwp`) split into short or unpronounceable parts.
 */
export function isWordy(name: string): boolean {
  const parts = name.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean);
  let letters = 0;
  let short = 0;
  for (const p of parts) {
    letters += p.length;
    if (p.length <= 3) {
      short += p.length;
      continue;
    }
    const lower = p.toLowerCase();
    const vowels = (lower.match(/[aeiouy]/g) ?? []).length;
    if (vowels / p.length < 0.12 || /[^aeiouy]{5}/.test(lower)) return false;
  }
  // Digits count against a name only when they outnumber its letters (`v1`, `b64` are fine).
  const digits = (name.match(/\d/g) ?? []).length;
  return letters > short && short / letters <= 0.5 && digits <= letters / 2;
}

/**
 * Base64 that decodes to something that is not a secret: a JWT or JOSE header, a URL without
 * credentials, a path, or words. Random bytes and `user:password` are not harmless.
 */
export function decodesToHarmless(v: string): boolean {
  if (v.length < 12 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(v)) return false;
  const decoded = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded) || decoded.length < 6) return false;
  const d = decoded.trim();
  if (/^\{\s*"(?:alg|typ|kid|enc|cty|jku|x5t)"\s*:/.test(d) && !/"(?:sub|exp|iat|iss|aud)"/.test(d)) return true;
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/@:]+(?::\d+)?(?:[/?#]\S*)?$/i.test(d)) return true;
  if (/^(?:\/|\.{1,2}\/|~\/)[\w./-]*$/.test(d)) return true;
  // Prose: several words separated by spaces, each reading as a word.
  const words = d.split(/\s+/);
  const plain = words.filter((w) => /^[("']?[A-Za-z][A-Za-z'-]*[.,!?:;)"']{0,2}$/.test(w));
  return words.length >= 2 && plain.length / words.length >= 0.8 && isWordy(plain.join(' '));
}
