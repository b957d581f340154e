/**
 * The judgement of a candidate value the generic detectors found next to a secret-sounding key:
 * whether it is, beyond doubt, not a secret. Each family is one predicate: placeholders and
 * references, references to a secret manager or vault, masked values, test values, code
 * (code-expression.ts), names, words of a human language, paths and URLs, versions, identifiers
 * public by design, ciphertexts, and base64 that decodes to something harmless. Pure string logic,
 * no context beyond the value, its key, the characters around it and whether the file is source code.
 */
import { isCodeExpression, type CodeContext } from './code-expression';
import { MIN_ENTROPY, shannonEntropy } from './key-name';
import { isWordy } from './wordy';

export interface Candidate extends CodeContext {
  value: string;
  /** The key the value is assigned to, when there is one (`testPasswordValue`, `DB_PASSWORD`). */
  key?: string;
  /** The characters right before the key on its line (the URL a query parameter belongs to). */
  before?: string;
}

export type NotASecretReason =
  | 'reference'
  | 'masked'
  | 'code'
  | 'name'
  | 'prose'
  | 'path'
  | 'version'
  | 'timestamp'
  | 'public'
  | 'ciphertext'
  | 'password hash'
  | 'digest'
  | 'test value'
  | 'harmless encoding';

/** Why a candidate is not a secret, or undefined when it may be one. */
export function notASecret(c: Candidate): NotASecretReason | undefined {
  const v = c.value.trim();
  if (isSecretReference(v)) return 'reference';
  if (isMasked(v)) return 'masked';
  if (isCodeExpression(v, c)) return 'code';
  if (isName(v)) return 'name';
  if (isNaturalLanguage(v)) return 'prose';
  if (isPathOrUrl(v)) return 'path';
  if (isSelector(v) || isNamePattern(v)) return 'code';
  if (isVersion(v)) return 'version';
  if (TIMESTAMP.test(v)) return 'timestamp';
  // A hash named so (`checksum/secret`: Helm's annotation that rolls the pods when the Secret changes).
  if (
    /(?:checksum|digest|sha\d*|hash)[\w/.-]*$/i.test(`${c.before ?? ''}${c.key ?? ''}`) &&
    /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i.test(v)
  )
    return 'digest';
  if (isPublicByDesign(v, c.before)) return 'public';
  if (isCiphertext(v)) return 'ciphertext';
  if (isPasswordHash(v)) return 'password hash';
  if (isTestValue(v) || (c.key !== undefined && isTestFixtureName(c.key))) return 'test value';
  if (decodesToHarmless(v)) return 'harmless encoding';
  return undefined;
}

/**
 * notASecret where a value can only be a literal, never a field's name (a password joined to `mysql
 * -p`, a Compose environment value): a test value there (`password123`) is still what the service
 * is given, so it counts as a secret; every other reason stands.
 */
export function notALiteralSecret(c: Candidate): boolean {
  const why = notASecret(c);
  return why !== undefined && why !== 'test value';
}

/** Values that point at a secret instead of holding one: `${VAR}`, `$$VAR` (Compose), `process.env.X`, `<…>`. */
export const REFERENCE =
  /^\\?(?:\$\{|\$\(|\$\$?[A-Za-z_{]|%[A-Za-z_]+%|\{\{|<|process\.env|os\.environ|env\.|ENV\[|System\.getenv|getenv|secrets?\.|vault:|ref\+|!)/;
/**
 * Words that, as the value of a secret-sounding key, name a field or stand for a value rather than
 * hold one (`key: password` of a secretKeyRef, `token: changeme`).
 */
export const PLACEHOLDER =
  /^(?:none|null|nil|undefined|true|false|yes|no|password|passwd|secret|token|changeme|change_me|changeit|example|sample|dummy|redacted|hidden|masked|placeholder|your[_-].*|my[_-]?(?:password|secret|token)|test|testing|admin|root|user|pass)$/i;
/** A run of one filler character: `xxxx`, `****`, `....`, `----`, `____`, `####`. */
const FILLER = /^(?:x+|\*+|\.+|-+|_+|#+)$/i;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const HEX_DIGEST = /^sha\d+[:-](?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
export const INTEGRITY = /^(?:sha(?:1|256|384|512))-[A-Za-z0-9+/]+={0,2}$/;
/**
 * A template with a named hole (`deploy@pve!ci=<uuid>`, `Bearer <token>`), a bracketed one
 * (`[password]`), a token a pipeline replaces (`##newPassword##`, `@@DB_PASS@@`), or a braced name
 * substituted at run time or by code (`{FRIGATE_RTSP_PASSWORD}`, a Python f-string's `{password}`).
 */
const TEMPLATE_HOLE = /<[A-Za-z][\w .-]{0,40}>|^\[[A-Za-z][\w .-]{0,40}\]$|^(##|__|@@|%%)[A-Za-z][\w.-]{0,40}\1$|^\{[A-Za-z_][\w.]{0,60}\}$/;

export function isPlaceholderOrReference(value: string): boolean {
  const v = value.trim();
  return isPlaceholderSyntax(v) || PLACEHOLDER.test(v) || UUID.test(v) || HEX_DIGEST.test(v) || INTEGRITY.test(v) || /^[?:]/.test(v);
}

/**
 * What says "put the value here" by its form, whatever the word: a reference, a template hole, a
 * masked run, an all-capitals name (`-pPASSWORD`, `YOUR_TOKEN`), or a request to change it. Plain
 * words (`secret`, `root`) are not: where no key can be a field name (a password after `mysql -p`),
 * they are the password.
 */
export function isPlaceholderSyntax(v: string): boolean {
  return (
    REFERENCE.test(v) ||
    // A YAML anchor or alias (`&db-password`, `*db-password`): the value is written elsewhere.
    /^[&*][A-Za-z_][\w.-]*$/.test(v) ||
    TEMPLATE_HOLE.test(v) ||
    FILLER.test(v) ||
    (/^[A-Z]+(?:_[A-Z]+)*$/.test(v) && isWordy(v)) ||
    /change[_-]?me|changeit|replace[_-]?(?:me|with)|placeholder|^your[_-]/i.test(v) ||
    isSecretReference(v) ||
    isMasked(v)
  );
}

/**
 * Secret managers, vaults and templating that fetch the secret at run time: 1Password, HashiCorp
 * Vault, vals, AWS Secrets Manager and SSM, GCP Secret Manager, Azure Key Vault, Doppler, Bitwarden,
 * Infisical, Helm/Go templates, GitHub Actions expressions, SOPS and Ansible Vault ciphertexts, and
 * argocd-image-updater's registry credentials (`pullsecret:ns/name`, `secret:ns/name#field`,
 * `env:VAR`, `ext:/script`).
 */
const SECRET_REFERENCE =
  /^(?:(?:pull)?secret:[a-z0-9.-]+\/[a-z0-9.-]+(?:#[\w.-]+)?$|env:[A-Za-z_]\w*$|ext:\/|op:\/\/|vault:|ref\+[a-z0-9]+:\/\/|arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):|sm:\/\/|gcp:secretmanager:|gcpsm:\/\/|secretmanager:\/\/|azurekeyvault:\/\/|akv:\/\/|keyvault:\/\/|doppler:\/\/|bws:\/\/|infisical:\/\/|awssm:|ssm:\/|\{\{|\$\{\{|ENC\[[A-Z0-9_]+,|\$ANSIBLE_VAULT;|!vault\b|@Microsoft\.KeyVault\()/i;

export function isSecretReference(v: string): boolean {
  return SECRET_REFERENCE.test(v);
}

/** `abcd...wxyz`, `ghp_…abcd`, `sk-****1234`, `sk_live_xxxxxxxx`, `••••`: shown, not stored. */
export function isMasked(v: string): boolean {
  return /\.\.\.|…|\*{3,}|•{2,}|[xX]{6,}|#{4,}/.test(v);
}

/**
 * Names of things in snake or kebab case with digits inside words (`backup_s3_bucket`,
 * `db-password-v2`): the key a value is stored under, not the value. A token's parts are random, not
 * words; a part that is only a number (`summer-2024-beach`) may well be a password.
 */
export function isName(v: string): boolean {
  return /^[a-z][a-z0-9]*(?:[_-][a-z0-9]*[a-z][a-z0-9]*)+$/.test(v) && /\d/.test(v) && isWordy(v);
}
/** Words of a human language beyond ASCII (`Žeton`, `トークンがありません`, `পাসওয়ার্ড`, `Mot de passe oublié`): a translated message, not a secret. */
export function isNaturalLanguage(v: string): boolean {
  if (!/[^\x00-\x7f]/.test(v) || !/^[\p{L}\p{M}\p{P}\p{Zs}\p{Cf}]+$/u.test(v)) return false;
  // Scripts such as Bengali, Khmer or Thai write vowels as combining marks: letters and marks count
  // alike; spaces and format characters (zero-width space and joiners, which break Khmer words) not at all.
  const characters = [...v].filter((c) => !/[\p{Zs}\p{Cf}]/u.test(c));
  return characters.filter((c) => /[\p{L}\p{M}]/u.test(c)).length >= characters.length * 0.7;
}

/** Absolute, home, relative and Windows paths, file names, and URLs without credentials. */
export function isPathOrUrl(v: string): boolean {
  if (/^@?(?:\/|\.{1,2}[/\\]|~\/|file:|[A-Za-z]:\\|\\\\)/.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/@?#]+(?:[/?#][^\s@]*)?$/i.test(v))
    return !/[?&](?:[\w-]*(?:key|token|secret|sig|signature|password|pass|pwd|auth)[\w-]*)=/i.test(v);
  // Names with slashes: `path/to/creds.json`, `foo/system:masters` (a token file's user/group).
  if (/^@?[\w.:-]{1,256}(?:\/{1,2}[\w.:#-]{1,256}){1,32}\/?$/.test(v) && isWordy(v)) return true;
  // A file name: a wordy stem, or one that starts with a word (`home-assistant-7c48d-e078848c9fb0.json`,
  // as GCP names a service account's key file).
  if (!/^[\w.-]+\.(?:json|ya?ml|txt|pem|key|crt|cer|csr|p12|pfx|jks|keystore|env|ini|conf|cfg|toml|xml|properties|gpg|asc|der|pub)$/i.test(v)) return false;
  const stem = v.replace(/\.[a-z0-9]+$/i, '');
  return isWordy(stem) || (/^[a-z]{3,}[-_.]/i.test(stem) && isWordy(stem.split(/[-_.]/)[0]));
}

/** A regular expression of names (`app-secret-.*`, `^db-.+$`): wildcards around words, matching secrets' names, not holding one. */
export function isNamePattern(v: string): boolean {
  if (!/\.[*+]/.test(v)) return false;
  const words = v.replace(/[\^$]|\.[*+?]|\\[dwsb]|[()|?]/g, ' ').trim();
  return words !== '' && /^[\w./ -]+$/.test(words) && isWordy(words.replace(/[ ./-]+/g, '-'));
}

// A selector term; a value after each operator: base64 padding (`c2NAbDNJMA==`) is not `key ==`.
const SELECTOR_TERM = String.raw`[A-Za-z][\w./-]*\s*(?:!=|==|=)\s*[\w./-]+`;
const SELECTOR = new RegExp(`^${SELECTOR_TERM}(?:\\s*,\\s*${SELECTOR_TERM})*$`);

/**
 * A Kubernetes label or field selector (`type!=kubernetes.io/dockercfg,type!=helm.sh/release.v1`,
 * `app=web,tier!=cache`, `app.kubernetes.io/part-of=monitoring`): terms joined by commas, each a
 * key, `=`, `==` or `!=`, and a value, all of them words. The value of the operator's
 * `secretFieldSelector` filters Secrets; it is not one.
 */
export function isSelector(v: string): boolean {
  if (!SELECTOR.test(v) || !isWordy(v)) return false;
  // One `key=value` is a selector only with a qualified key (`app.kubernetes.io/name=web`).
  if (!/!=|==|,/.test(v) && !/^[^=]*[./][^=]*=/.test(v)) return false;
  // `user=admin,password=…` is a credential list, not a selector.
  return !/(?:^|,)\s*[\w./-]*(?:pass|pwd|secret|token|key|auth|cred)[\w./-]*\s*[!=]/i.test(v);
}

/** A version or version range: `^1.2.3`, `~4.17.21`, `>=2.0.0`, `v1.2.3-rc.1`, `workspace:^1.0.0`. */
export function isVersion(v: string): boolean {
  return /^(?:workspace:|npm:[\w@./-]{1,214}@)?(?:[~^]|[<>]=?|==?)?v?\d{1,9}(?:\.(?:\d{1,9}|[xX*])){1,3}(?:-[0-9A-Za-z.-]{1,64})?(?:\+[0-9A-Za-z.-]{1,64})?$/.test(
    v,
  );
}

/**
 * Client-side keys their providers publish to browsers: Mapbox `pk.`, Stripe publishable keys,
 * PostHog project keys; and Codecov's graphing token, a query parameter of its badge and graph URLs
 * (`codecov.io/gh/org/repo/graph/badge.svg?token=…`), read-only and meant for READMEs.
 */
export function isPublicByDesign(v: string, before = ''): boolean {
  return /^(?:pk\.eyJ|pk_(?:live|test)_|phc_)/.test(v) || /codecov\.io\/[^\s"'()]*\?(?:[^\s"'()]*&)?$/.test(before);
}

/** An ISO 8601 date or date-time (`2025-06-09T01:52:27Z`): a token's expiry, not the token. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

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
  if (/[A-Z]/.test(v) || !/^[a-z0-9]+(?:[-_.=][a-z0-9]+)*$/.test(v)) return false;
  const parts = v.split(/[-_.=]|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/);
  if (parts.length > 5) return false;
  return parts.every((p) => (/^\d+$/.test(p) ? p.length <= 3 || isDigitRun(p) : isTestWord(p)));
}

/** What only a made-up value holds: `abc123`, `123456`, `your_secret_here`, `actual_secret_key`, `mypass`. */
const TEST_MARKER =
  /abc123|123456|qwerty|letmein|foobar|your[_-]?(?:salt|key|token|secret|pass|api)|actual[_-]|mypass|[_-]here(?![a-z])|example|dummy|sample|fake[_-]|placeholder/i;

/**
 * Names of test doubles in code: `testPasswordValue`, `mockToken`, `fake_password`, `dummyApiKey`. An
 * all-capitals name (`TEST_DB_PASSWORD`) configures a test environment and may hold a real secret.
 */
export function isTestFixtureName(key: string): boolean {
  return /^(?:test|mock|fake|dummy|stub|fixture)(?:[A-Z]|[_.-][a-z])/.test(key) && /[a-z]/.test(key);
}

/** `1234`, `9876`, `0000`: digits counting up, down or repeating; `7890`, along the keyboard's row. */
function isDigitRun(p: string): boolean {
  if (p.length >= 4 && ('1234567890'.includes(p) || '0987654321'.includes(p))) return true;
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
 * Base64 that decodes to something that is not a secret, judged by its content: a JWT or JOSE
 * header, a URL without credentials, a path, words or prose, a placeholder or test value
 * (`test-api-key`), or text too uniform to be a secret. Random bytes and `user:password` are not
 * harmless.
 */
export function decodesToHarmless(v: string): boolean {
  const decoded = decodeBase64Text(v);
  if (decoded === undefined) return false;
  const d = decoded.trim();
  if (!d) return true;
  if (/^\{\s*"(?:alg|typ|kid|enc|cty|jku|x5t)"\s*:/.test(d) && !/"(?:sub|exp|iat|iss|aud)"/.test(d)) return true;
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/@:]+(?::\d+)?(?:[/?#]\S*)?$/i.test(d)) return true;
  if (/^(?:\/|\.{1,2}\/|~\/)[\w./-]*$/.test(d)) return true;
  if (isPlaceholderOrReference(d) || /^[a-z]+$/i.test(d) || isTestValue(d) || shannonEntropy(d) < MIN_ENTROPY) return true;
  // Prose: several words separated by spaces, each reading as a word.
  const words = d.split(/\s+/);
  const plain = words.filter((w) => /^[("']?[A-Za-z][A-Za-z'-]*[.,!?:;)"']{0,2}$/.test(w));
  return words.length >= 2 && plain.length / words.length >= 0.8 && isWordy(plain.join(' '));
}

/**
 * The text a base64 (or base64url) value encodes, when it is one: at least 8 characters, padded to
 * a multiple of 4 if padded at all, decoding to printable ASCII. Undefined for anything else.
 */
export function decodeBase64Text(v: string): string | undefined {
  if (v.length < 8 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(v) || (v.endsWith('=') && v.length % 4 !== 0)) return undefined;
  const decoded = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return decoded.length >= 4 && /^[\x20-\x7e\t\r\n]+$/.test(decoded) ? decoded : undefined;
}
