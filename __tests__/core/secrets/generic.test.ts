/**
 * The generic detectors' judgement on realistic lines: what points at a secret, masks one, computes
 * one or is public by design is not reported; a literal secret next to them still is.
 */
import { isSelector } from '../../../src/core/secrets/not-a-secret';
import { scanSource } from '../../../src/core/secrets/scan-source';
import { ALNUM, BASE64, base64Of, base64UrlOf, fake, fakeBase64Bytes, HEX, strongPassword } from '../../helpers/fake-secret';

const PW = strongPassword(71);
const KEY = fake(ALNUM, 32, 'generic-key');
/** 32 random bytes whose first is `!`: its base64 must not read as a reference once decoded. */
const BANG_KEY = Buffer.concat([Buffer.from([0x21, 0xfe]), Buffer.from(fakeBase64Bytes(30, 'bang'), 'base64')]).toString('base64');

/** base64 that starts with `+`, as a quoted literal in code: not a concatenation. */
const PLUS_KEY = `+${fake(BASE64, 42, 'plus-key')}=`;

const found = (file: string, text: string) => scanSource({ file, text }).findings.map((f) => [f.line, f.ruleId, f.value]);

const SALT = fake('./' + ALNUM, 22, 'bcrypt-salt');
const BCRYPT = `$2b$12$${SALT}${fake('./' + ALNUM, 31, 'bcrypt-hash')}`;
const SHA512_CRYPT = `$6$${fake('./' + ALNUM, 16, 'sha-salt')}$${fake('./' + ALNUM, 86, 'sha-hash')}`;

/** [family, file, text]: nothing may be reported. */
const NEGATIVES: [string, string, string][] = [
  // Password hashes verify a login; they grant nothing.
  ['bcrypt hash', 'web-config.yml', `basic_auth:\n  password_hash: ${BCRYPT}\n`],
  ['bcrypt hash (quoted)', 'values.yaml', `grafana:\n  adminPasswordHash: "${BCRYPT}"\n`],
  ['sha512-crypt hash', 'users.yml', `users:\n  - name: deploy\n    password: '${SHA512_CRYPT}'\n`],
  // Selectors that filter Secrets (the Prometheus Operator's secretFieldSelector), not secrets.
  [
    'a field selector',
    'values.yaml',
    '  secretFieldSelector: "type!=kubernetes.io/dockercfg,type!=kubernetes.io/service-account-token,type!=helm.sh/release.v1"\n',
  ],
  ['a label selector', 'values.yaml', 'secretLabelSelector: "app.kubernetes.io/part-of=monitoring,tier!=cache"\n'],
  // UI translations of the word: scripts that write vowels as combining marks, and phrases with spaces.
  ['a Bengali label', 'public/intl/messages/bn-BD.json', '{\n  "label.password": "পাসওয়ার্ড"\n}\n'],
  ['a Khmer phrase', 'public/intl/messages/km-KH.json', '{\n  "message.incorrect-username-password": "ឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ"\n}\n'],
  ['a Khmer phrase with a zero-width space between words', 'locales/km.json', '{"new-password": "ពាក្យសម្ងាត់\u200bថ្មី"}\n'],
  ['a Thai label', 'locales/th.json', '{"current-password": "รหัสผ่านปัจจุบัน"}\n'],
  // Placeholders that tell the user to replace them.
  ['replace-me-with-…', 'docker-compose.yml', 'services:\n  app:\n    environment:\n      APP_SECRET: replace-me-with-a-random-string\n'],
  ['REPLACE_WITH_…', '.env.example', 'ENCRYPTION_KEY=REPLACE_WITH_32_CHAR_KEY\n'],
  ['a dummy made of abc, def and 123', 'test_headers.py', 'monkeypatch.setenv("TEST_HEADERS", "X-Token=abc=def=123")\n'],
  // YAML anchors and aliases: the value is written elsewhere.
  [
    'an anchor and its alias',
    'docker-compose.yml',
    'x-db-credentials: &db-credentials\n  POSTGRES_USER: app\nservices:\n  app:\n    environment:\n      DB_PASSWORD: *db-password\n',
  ],
  // A hash of the rendered Secret (Helm's checksum/secret annotation) and a token's expiry time.
  ['checksum/secret', 'deployment.yaml', `metadata:\n  annotations:\n    checksum/secret: ${'a1b2c3d4'.repeat(8)}\n`],
  ['an expiry timestamp', 'token.json', '{"tokenExpiryDateTime": "2025-06-09T01:52:27Z", "refresh_token_expires": "2025-06-09"}\n'],
  // Braced names substituted at run time (Frigate's {FRIGATE_*}) or by code (a Python f-string).
  ['a braced placeholder in a URL', 'frigate.yaml', 'cameras:\n  door:\n    path: rtsp://view:{FRIGATE_RTSP_PASSWORD}@10.0.0.5:554/live\n'],
  ['an f-string interpolating a password', 'query_runner.py', 'url = f"databend://{username}:{password}@{host}:{port}/{database}"\n'],
  // Names of secrets and files, not secrets: an ExternalSecret's target key, a pattern of names.
  [
    'a key file name with a hash in it',
    'externalsecret.yaml',
    'data:\n  - secretKey: home-assistant-7c48d-e078848c9fb0.json\n    remoteRef:\n      key: gcp-sa\n',
  ],
  ['a pattern of secret names', 'regex_test.go', 'annotations := map[string]string{\n\tutils.AnnotationSecretReload: "app-secret-.*",\n}\n'],
  // Secret managers and vaults: a reference names where the secret lives.
  ['1Password', '.env', 'DB_PASSWORD=op://Production/Postgres/password\n'],
  ['1Password', 'compose.yml', 'environment:\n  API_TOKEN: "op://ci-cd/github/token"\n'],
  ['Vault (vault:)', 'app.yml', 'db:\n  password: vault:secret/data/prod/db#password\n'],
  ['Vault (vault://)', '.env', 'REDIS_PASSWORD=vault://kv/prod/redis#password\n'],
  ['vals ref+', 'values.yaml', 'postgres:\n  password: ref+vault://secret/app#/db_password\n  apiKey: ref+awssecrets://prod/app#/api_key\n'],
  [
    'AWS Secrets Manager ARN',
    'task.json',
    '{"name": "DB_PASSWORD", "valueFrom": "x", "secret": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-Ab12Cd"}\n',
  ],
  ['AWS SSM parameter ARN', 'serverless.yml', 'environment:\n  API_TOKEN: arn:aws:ssm:eu-west-1:123456789012:parameter/prod/api/token\n'],
  ['GCP sm://', 'app.yaml', 'env:\n  password: sm://my-project/db-password\n'],
  ['GCP gcp:secretmanager:', '.env', 'API_TOKEN=gcp:secretmanager:projects/123456789/secrets/api-token/versions/3\n'],
  ['Azure azurekeyvault://', 'appsettings.yml', 'client_secret: azurekeyvault://kv-prod-01/secrets/client-secret\n'],
  ['Azure akv://', '.env', 'SERVICE_TOKEN=akv://kv-prod-01/service-token\n'],
  ['Doppler', '.env', 'STRIPE_SECRET=doppler://prod/backend/STRIPE_SECRET_2\n'],
  ['Helm values', 'templates/secret.yaml', 'stringData:\n  password: {{ .Values.postgres.auth.password | quote }}\n  token: "{{ .Values.api.token2 }}"\n'],
  ['GitHub Actions secret', '.github/workflows/ci.yml', 'env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN_2 }}\n'],
  [
    'SOPS',
    'secrets.enc.yaml',
    `db:\n  password: ENC[AES256_GCM,data:${fake(BASE64, 24, 'sops-data')},iv:${fake(BASE64, 43, 'sops-iv')}=,tag:${fake(BASE64, 22, 'sops-tag')}==,type:str]\n`,
  ],
  ['SOPS (JSON)', 'secrets.enc.json', `{"api_token": "ENC[AES256_GCM,data:${fake(BASE64, 40, 'sops-json')},iv:${fake(BASE64, 43, 'sops-iv2')}=,type:str]"}\n`],
  [
    'Ansible Vault',
    'group_vars/all/vault.yml',
    `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${fake(HEX, 64, 'ansible-1')}\n  ${fake(HEX, 64, 'ansible-2')}\n`,
  ],
  ['Ansible Vault inline', 'vars.yml', 'api_token: "$ANSIBLE_VAULT;1.2;AES256;prod"\n'],
  [
    'SealedSecret',
    'sealed.yaml',
    `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgB${fake(BASE64, 720, 'sealed-1')}==\n    api_token: AgB${fake(BASE64, 800, 'sealed-2')}=\n`,
  ],
  [
    'SealedSecret sealed with a 3072-bit key',
    'sealed-3072.yaml',
    `kind: SealedSecret\nspec:\n  encryptedData:\n    password: ${Buffer.concat([Buffer.from([1, 0x80]), Buffer.from(fakeBase64Bytes(420, 'sealed-3072'), 'base64')]).toString('base64')}\n`,
  ],
  // Masked and test values.
  ['masked with dots', '.env', 'API_KEY=sk-a...wxyz\nGITHUB_TOKEN=ghp_…abcd\n'],
  ['masked with stars', 'README.md', 'OPENAI_API_KEY=sk-****************************1234\napi_token: "abcd********wxyz"\n'],
  ['masked with x', 'config.yml', 'password: xxxxxxxxxxxx\napi_key: "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"\n'],
  ['sequential test token', 'server.test.ts', "const params = { progressToken: 'token-123', cursor: 'abc' };\n"],
  ['test password', 'fixtures.py', 'USER = {"password": "password123", "token": "test-token-1"}\nsecret = "abcdef123456"\n'],
  [
    'documentation placeholders',
    'README.md',
    'API_KEY=myapp-api-key-123456\nexport STRIPE_KEY=sk_live_abc123def456ghi\nSECRET_KEY=actual_secret_key_value\nGITHUB_TOKEN=alice-github-token-abc123\n',
  ],
  [
    'demo credentials in URLs',
    'docs/dotenvx.md',
    'DOTENV_KEY="dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=production"\nurl: https://myacct:mypass@collector.example.com\n',
  ],
  ['curl data file', 'README.md', 'curl --token @path/to/creds.json https://api.example.com\ncredentials = @path/to/creds.json\n'],
  ['base64 of a sentence', 'tests/check.sh', `NOTE_TOKEN=${base64Of('Dear security researcher: this is not a credential, just a note (really).')}\n`],
  // Code in several languages.
  ['Go struct literal', 'main.go', 'secret := &api.Secret{Name: name, Data: data}\ntoken := &oauth2.Token{AccessToken: tok}\n'],
  ['Go call', 'client.go', 'secretClient, err := secretmanager.NewClient(ctx)\ntoken, err := auth0v2.NewToken(ctx, cfg)\n'],
  ['Python call', 'app.py', 'secret_client = secretmanager_v1.SecretManagerServiceClient()\ntoken = base64.b64encode(raw).decode()\n'],
  ['Python member access', 'settings.py', 'SECRET_KEY = settings.django_secret_key2\npassword = cfg.db.password_v2\n'],
  ['JavaScript', 'auth.js', "const token = req.headers.authorization?.split(' ')[1];\nconst secret = crypto.randomBytes(32).toString('hex');\n"],
  ['concatenation', 'client.ts', "const authToken = 'Bearer ' + accessToken;\nconst apiKey = prefix2 + keyParts[0];\n"],
  ['Java', 'Config.java', 'String password = config.getPassword2();\nString apiKey = System.getProperty("api.key");\n'],
  ['C#', 'Startup.cs', 'var apiKey = Configuration["Stripe:ApiKey"];\nvar clientSecret = builder.Configuration.GetValue<string>("Auth0:ClientSecret");\n'],
  [
    'C# SDK calls',
    'Example.cs',
    'Secret<SecretData> kv2Secret = await vaultClient.V1.Secrets.KeyValue.V2.ReadSecretAsync(path: "creds");\nvar password = kv2Secret.Data.Data["password"];\nvar token = result.Payload.Data.ToStringUtf8();\n',
  ],
  [
    'C++',
    'VaultClient.cpp',
    'std::string token = *cached_token_;\nauto secret = std::getenv("VAULT_SECRET");\nconst auto& secretKey = *cache_->secret_key_v2;\n',
  ],
  [
    'instance-metadata URL',
    'Example.cs',
    'const string tokenUrl2 = "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net";\nvar token = "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01";\n',
  ],
  ['Rust', 'main.rs', 'let token = env::var("GITHUB_TOKEN")?;\nlet secret = SecretString::new(raw2);\n'],
  [
    'Terraform',
    'main.tf',
    'master_password = random_password.db2.result\npassword = data.aws_secretsmanager_secret_version.db2.secret_string\ntoken = base64decode(var.token_b64)\n',
  ],
  ['Jsonnet', 'app.jsonnet', "  password: std.extVar('db_password2'),\n  token: std.base64(importstr 'token.txt'),\n"],
  ['CUE', 'schema.cue', 'password: #Secret2 & {min: 12}\ntoken: *"" | string\n'],
  ['JSON schema', 'schema.json', '{"token": {"$ref": "#/definitions/Token2"}, "password": {"type": "string", "format": "password"}}\n'],
  // Strings built from parts, versions and type names (the neutral corpus of the benchmark: every finding there is false).
  ['template literal with interpolation', 'cache.ts', "const passwordKey = `password-reset:${userId}:${options.revision ?? 'r2'}`;\n"],
  ['template literal in minified code', 'bundle.min.js', 'function k(t,o={}){const secretKey=`secret:${t}:${o.rev??"r1"}`;return cache.get(secretKey)}\n'],
  ['Kotlin string template', 'Keys.kt', 'val tokenKey = "session-token:$userId:${version}"\n'],
  ['shell interpolation', 'deploy.sh', 'API_TOKEN="staging-token-${BUILD_NUMBER}"\n'],
  ['Ruby interpolation', 'keys.rb', 'api_token = "account-token-#{account.id}"\n'],
  ['printf format string', 'cache.py', 'cache_secret_key = "secret:%s:%d" % (user_id, version)\n'],
  [
    'dependency versions',
    'package.json',
    '{\n  "dependencies": {\n    "@acme/password-policy": "^2.14.0",\n    "token-bucket": "~0.9.12",\n    "secret-sauce": ">=1.0.0-beta.3"\n  }\n}\n',
  ],
  [
    'TypeScript parameter and generic types',
    'rotate.ts',
    'function rotate(token: RefreshToken2, opts: Options): void {}\nconst secret: Secret<string> = await store.read(path);\n',
  ],
  ['TypeScript union type', 'aws.ts', 'let credentials: AwsCredentials2 | undefined;\n'],
  ['C++ make_shared with a namespaced type', 'TokenCache.cc', '    cached_token_ = std::make_shared<oauth::TokenSet>(fresh_token);\n'],
  // Expressions in minified and generated code (an `=` of a comparison, conditions, arrows, concatenation).
  ['comparison read as an assignment', 'checker.min.js', 'if(n.operatorToken.kind===57&&isTrue(n.left))return n.right;\n'],
  ['conditions and defaults', 'factory.min.js', 'q.questionToken=R&&isQuestionToken(R)?R:void 0;q.colonToken=$??createToken(59);\n'],
  ['ternary before a call', 'verify.mjs', 'fail({details:{reason:"expired",token:e?e.substring(0,8)+"…":"missing"}});\n'],
  ['arrow function', 'nodes.cjs', 'const f={kind:1,createTokenNode:P=>makeSynthetic(P)};\n'],
  ['concatenation after a string', 'lexer.min.js', 'throw new SyntaxError("Unexpected token: "+t.type+" at "+t.pos);\n'],
  ['script named by its interpreter line', 'bin/verify', '#!/usr/bin/env node\nconst o={kind:1,token:e?e.slice(0,6):"none"};\n'],
  [
    'TypeScript declarations',
    'types.d.ts',
    'export declare const isCommaToken: IsPunctuatorTokenWithValue<",">;\n  sessionToken: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;\nexport declare function defineRule<O extends SecretRuleOptions = SecretRuleOptions>(rule: Rule<O>): Rule<O>;\n',
  ],
  ['GraphQL schema', 'schema.graphql', 'type Viewer {\n  hasVerifiedToken: Boolean!\n}\n'],
  [
    'source map: a value ends at an escaped line break',
    'client.js.map',
    '{"sourcesContent":["class Client {\\n  #withCredentials: boolean\\n\\n  constructor() {}\\n}"]}\n',
  ],
  ['translated messages', 'messages.json', '{"token_expired_4011": "Žeton je potekel", "token_missing_4012": "トークンがありません"}\n'],
  [
    'Codecov graphing token in a badge',
    'README.md',
    '[![codecov](https://codecov.io/gh/acme/widget/branch/main/graph/badge.svg?token=Q7xZ4vN1pL)](https://codecov.io/gh/acme/widget)\n',
  ],
  ['names of keys, digits included', 'external-secret.yaml', '  data:\n    - secretKey: backup_s3_access_key\n      remoteRef:\n        key: backup\n'],
  ['a token a pipeline replaces', 'controller_test.go', '\t\t\t"password":   "##rotatedPassword##",\n'],
  // References by name: argocd-image-updater registry credentials, a token file's user/group.
  [
    'image-updater credentials (commented)',
    'values.yaml',
    '  registries: []\n  #   credentials: pullsecret:registries/quay-pull\n  #   credentials: secret:argocd/ghcr-creds#token\n  #   credentials: ext:/opt/auth/ecr-login.sh\n  #   credentials: env:QUAY_CREDS\n',
  ],
  ['token file user/group in docs', 'README.md', '$ kubectl --server=https://localhost:6443 --token=alice/system:authenticated get pods\n'],
  // Placeholders inside a value.
  ['named hole in a value', '.envrc.example', '#   custom field "api_token": deploy@pve!ci=<uuid>\n'],
  ['bracketed password in a URL format', 'README.md', '| `cacheURL` | `string` | Redis URL as `redis://:[password]@host:6379` |\n'],
  ['keyboard-row digits', 'seed.sh', '  token="carol-gitlab-token-67890" \\\n'],
  ['keyboard-row digits in a dotenv URL', 'docs/vault.md', 'DOTENV_KEY="dotenv://:key_567890@dotenvx.com/vault/.env.vault?environment=staging"\n'],
  // Base64 judged by its content.
  ['base64 of a test value', 'ci/values.yaml', `data:\n  api-key: ${base64Of('test-webhook-secret\n')} # test value\n`],
  ['base64 of low-entropy text', 'values.yaml', `token: ${base64Of('1a1a1a1a-1a1a1a1a')}\n`],
  // Test doubles named as such.
  ['unit-test dummies', 'src/mask.test.ts', 'const testPasswordValue = "Hunter2@9!";\nconst mockApiToken = "Zx8#Tok3n!q";\n'],
  // A password after mysql -p: placeholders and references.
  [
    'mysql -p placeholders',
    'README.md',
    'mysql -u root -p app\nmysql -uroot -p"$MYSQL_ROOT_PASSWORD" app\nmysql -u USER -pPASSWORD db\nmysql -u root -p<password> db\nmysql -h db -P 3306 -u root app\ndocker run -d --name mysql -p3306:3306 mysql:8\n',
  ],
  [
    'mysqladmin with a Compose variable',
    'compose.yml',
    'services:\n  db:\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping", "-p$$MYSQL_ROOT_PASSWORD"]\n',
  ],
  // Paths and URLs.
  [
    'paths',
    'config.yml',
    'credentials: config/gcp-credentials2.json\nprivate_key: certs/server2.key\ntoken: /var/run/secrets/eks.amazonaws.com/serviceaccount/token\n',
  ],
  ['Windows path', 'settings.ini', 'password=C:\\ProgramData\\app2\\password.txt\n'],
  [
    'connection strings without a password',
    '.env',
    'DATABASE_URL=postgres://app@db:5432/app\nREDIS_URL=redis://redis:6379/0\nMONGO_URL=mongodb+srv://${MONGO_USER}:${MONGO_PASSWORD}@cluster0.example.net/app\n',
  ],
  ['connection string with a vault reference', 'values.yaml', 'url: postgres://app:op://prod/db/password@db:5432/app\n'],
  ['URLs without credentials', 'oauth.yml', 'token: https://oauth2.googleapis.com/token\nauth_key: https://login.example.com/v2/keys\n'],
  // Public by design.
  ['Sentry DSN (public key only)', 'sentry.properties', `SENTRY_DSN=https://${fake(HEX, 32, 'sentry-pub')}@o123456.ingest.sentry.io/4505\n`],
  ['publishable keys', 'web.env', `NEXT_PUBLIC_MAPBOX_TOKEN=pk.${fake(ALNUM, 60, 'mapbox-pk')}\nPOSTHOG_API_KEY=phc_${fake(ALNUM, 43, 'posthog')}\n`],
  [
    'prose quoting a public token',
    'docs/setup.md',
    `The browser needs only the public token: \`MAPBOX_ACCESS_TOKEN=pk.${base64UrlOf('{"u":"acme","a":"cl0abc"}')}.${fake(ALNUM, 22, 'mapbox-sig')}\`.\n`,
  ],
  // Base64 judged by what it decodes to.
  ['base64 of a JWT header', 'client.ts', `const token = "${base64Of('{"alg":"HS256","typ":"JWT"}').replace(/=+$/, '')}";\n`],
  ['base64 of a URL', '.env', `AUTH_TOKEN=${base64Of('https://auth.example.com/callback?state=1')}\n`],
  ['base64 of words', 'config.yml', `secret: ${base64Of('the quick brown fox jumps')}\n`],
];

/** [family, file, text, the values to find]: each must still be reported. */
const POSITIVES: [string, string, string, string[]][] = [
  ['password literal in YAML', 'config.yml', `db:\n  password: ${PW}\n`, [PW]],
  ['API key in .env next to a reference', '.env', `DB_PASSWORD=op://prod/db/password\nAPI_KEY=${KEY}\n`, [KEY]],
  ['literal beside code', 'app.py', `token = base64.b64encode(raw)\nAPI_TOKEN = "${KEY}"\n`, [KEY]],
  ['Go literal', 'main.go', `const apiKey = "${KEY}"\n`, [KEY]],
  ['Terraform literal', 'main.tf', `  password = "${PW}"\n`, [PW]],
  [
    'legacy Sentry DSN with its secret',
    '.env',
    `SENTRY_DSN=https://${fake(HEX, 32, 'sentry-pub2')}:${fake(HEX, 32, 'sentry-sec')}@o1.ingest.sentry.io/2\n`,
    [fake(HEX, 32, 'sentry-sec')],
  ],
  ['base64 of user:password', 'config.yml', `secret: ${base64Of(`deploy:${PW}`)}\n`, [base64Of(`deploy:${PW}`)]],
  ['random base64', '.env', `AUTH_TOKEN=${fake(BASE64, 40, 'random-b64')}\n`, [fake(BASE64, 40, 'random-b64')]],
  ['base64 of random bytes that start with "!"', '.env', `export WEBHOOK_SIGNING_SECRET=${BANG_KEY}\n`, [BANG_KEY]],
  ['--requirepass with & and ; inside quotes', 'compose.yml', `    command: ["redis-server", "--requirepass", "1Gc&q;${PW}"]\n`, [`1Gc&q;${PW}`]],
  ['prose quoting a secret assignment', 'README.md', `Set the token: \`API_TOKEN=${KEY}\`\n`, [KEY]],
  ['encryption key (hex)', '.env', `ENCRYPTION_KEY=${fake(HEX, 64, 'enc-key')}\n`, [fake(HEX, 64, 'enc-key')]],
  ['signing key in YAML', 'app.yml', `jwt:\n  signingKey: "${KEY}"\n`, [KEY]],
  ['redis --requirepass in an exec-form command', 'compose.yml', `    command: ["redis-server", "--requirepass", "${PW}"]\n`, [PW]],
  // A password joined to mysql -p (the MySQL and MariaDB clients).
  ['mysql -p with a quoted password', 'scripts/deploy.sh', "mysql -h db -u root -p'S3cr3tPassw0rd' -e 'SELECT 1'\n", ['S3cr3tPassw0rd']],
  ['mysql -p with a word', 'README.md', 'mysql -u root -psecret app < dump.sql\n', ['secret']],
  ['mysqldump -p with & and ; inside quotes', 'backup.sh', `mysqldump -u backup -p'a&b;${PW}' shop > shop.sql\n`, [`a&b;${PW}`]],
  [
    'mysqladmin -p in an exec-form healthcheck',
    'compose.yml',
    `services:\n  db:\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping", "-uroot", "-p${KEY}"]\n`,
    [KEY],
  ],
  ["a Secret's base64 password ending in == (not a selector)", 'README.md', '```yaml\nkind: Secret\ndata:\n  password: c2NAbDNJMA==\n```\n', ['c2NAbDNJMA==']],
  ['mariadb -p', 'restore.sh', `mariadb --user=app -p${KEY} app\n`, [KEY]],
  ['a random value with one accented letter is still a secret', '.env', `API_TOKEN=${KEY}é\n`, [`${KEY}é`]],
  ['a random value joined with = is still a secret', 'app.yml', `token: "${KEY}=${KEY}"\n`, [`${KEY}=${KEY}`]],
  ['a random hex secret under a key that is no checksum', 'app.yml', `api_secret: ${'a1b2c3d4'.repeat(8)}\n`, ['a1b2c3d4'.repeat(8)]],
  ['a YAML value after an anchor is still reported', 'compose.yml', `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: &pw ${PW}\n`, [PW]],
  ['a URL password that only looks braced', '.env', `DATABASE_URL=postgres://app:{${PW}}@db:5432/app\n`, [`{${PW}}`]],
  ['a random key with a .json suffix in its value', 'config.yml', `api_key: ${KEY}.json\n`, [`${KEY}.json`]],
  ['a regex-looking secret that is random', 'app.yml', `client_secret: "${KEY}.*"\n`, [`${KEY}.*`]],
  // Literals next to code: a random value is still one.
  ['a token in a comment of source code', 'client.py', `# rotated: API_TOKEN=${KEY}\n`, [KEY]],
  ['a word with digits as a YAML value is a literal', 'config.yml', 'admin_password: Springfield1984\n', ['Springfield1984']],
  ['base64 starting with + in source code', 'client.go', `const defaultAPIKey = "${PLUS_KEY}"\n`, [PLUS_KEY]],
  ['a shell script named by its interpreter line', 'bin/setup', `#!/bin/sh\nAPI_TOKEN=${KEY}\n`, [KEY]],
  ['a value before an escaped line break', 'config.json', `{"env": "API_TOKEN=${KEY}\\nDEBUG=1"}\n`, [KEY]],
  // Connection strings of every common scheme, in .env, JSON and YAML.
  ['postgres URL (.env)', '.env', `DATABASE_URL=postgres://app:${PW}@db.internal:5432/app?sslmode=require\n`, [PW]],
  ['postgresql URL (YAML)', 'values.yaml', `database:\n  url: "postgresql://app:${PW}@pg:5432/app"\n`, [PW]],
  ['mysql URL (JSON)', 'config.json', `{"db": {"url": "mysql://root:${PW}@mysql:3306/shop"}}\n`, [PW]],
  ['mongodb+srv URL (.env)', '.env', `MONGODB_URI=mongodb+srv://svc:${KEY}@cluster0.ab1cd.mongodb.net/app?retryWrites=true\n`, [KEY]],
  ['redis URL with an empty user (YAML)', 'compose.yml', `      REDIS_URL: redis://:${PW}@redis:6379/0\n`, [PW]],
  ['rediss URL (JSON)', 'settings.json', `{"cache": "rediss://default:${KEY}@cache.example.com:6380"}\n`, [KEY]],
  ['amqp URL (YAML)', 'app.yaml', `broker: amqp://guest2:${PW}@rabbitmq:5672/vhost\n`, [PW]],
  ['amqps URL (.env)', '.env', `CELERY_BROKER_URL=amqps://worker:${KEY}@mq.example.com:5671\n`, [KEY]],
];

describe('generic detectors stay quiet on what is not a secret', () => {
  test.each(NEGATIVES)('%s (%s)', (_family, file, text) => {
    expect(found(file, text)).toEqual([]);
  });
});

describe('generic detectors still find the secret', () => {
  test.each(POSITIVES)('%s (%s)', (_family, file, text, values) => {
    expect(found(file, text).map(([, , value]) => value)).toEqual(values);
  });
});

describe('isSelector', () => {
  test.each([
    'type!=kubernetes.io/dockercfg,type!=helm.sh/release.v1',
    'app=web,tier!=cache',
    'app.kubernetes.io/part-of=monitoring',
    'environment==production',
  ])('%s is a selector', (v) => expect(isSelector(v)).toBe(true));
  test.each([`user=admin,password=${KEY}`, 'token!=x,app=web', `app=${KEY}`, 'password=hunter2', 'a=b', 'c2NAbDNJMA==', 'dXNlcg=='])('%s is not', (v) =>
    expect(isSelector(v)).toBe(false),
  );
});
