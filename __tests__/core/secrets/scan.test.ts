import { SECRET_RULES } from '../../../src/core/secrets/rules/index';
import { scanText, toPublicFinding } from '../../../src/core/secrets/scan';
import { fakeBase64Bytes } from '../../helpers/fake-secret';
import { awsAccessKeyId, githubToken, strongPassword } from '../../helpers/fake-secret';

const scan = (text: string, file = 'x.txt', lines?: number[]) => scanText(file, text, { rules: SECRET_RULES, lines: lines ? new Set(lines) : undefined });
const ids = (text: string, file?: string) => scan(text, file).map((f) => `${f.line}:${f.ruleId}`);

const GH = githubToken(7);
const PW = strongPassword(3);

describe('scanText', () => {
  test('finds provider tokens with line and column, several per line', () => {
    const text = `# config\nTOKENS="${GH} ${awsAccessKeyId(2)}"\n`;
    expect(scan(text).map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['github-pat-classic', 2, 9],
      ['aws-access-key-id', 2, 50],
    ]);
  });

  test.each([
    ['env file', 'DB_PASSWORD=__PW__', '.env'],
    ['YAML', 'database:\n  password: "__PW__"', 'config.yaml'],
    ['JSON', '{ "apiKey": "__PW__" }', 'config.json'],
    ['properties', 'spring.datasource.password=__PW__', 'application.properties'],
    ['shell', "export API_TOKEN='__PW__'", 'deploy.sh'],
    ['Python', 'client_secret = "__PW__"', 'app.py'],
    ['JavaScript', 'const authToken = `__PW__`;', 'app.js'],
    ['Go', 'secretKey := "__PW__"', 'main.go'],
  ])('generic: a high-entropy literal assigned to a secret-like key (%s)', (_name, template, file) => {
    const text = template.replace('__PW__', PW);
    const found = scan(text, file);
    expect(found.map((f) => [f.ruleId, f.value])).toEqual([['generic-secret-assignment', PW]]);
    const line = text.split('\n')[found[0].line - 1];
    expect(line.slice(found[0].column - 1, found[0].endColumn - 1)).toBe(PW);
  });

  test.each([
    ['RABBITMQ_DEFAULT_PASS=__PW__'],
    ['command: redis-server --requirepass __PW__ --appendonly yes'],
    ['SESSION_SECRET=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  ])('generic: %s', (template) => {
    const text = template.replace('__PW__', PW);
    expect(scan(text).map((f) => f.ruleId)).toEqual(['generic-secret-assignment']);
  });

  test('generic: credentials inside URLs', () => {
    const found = scan(`DATABASE_URL=postgres://mcp:${PW}@db.internal:5432/memory`);
    expect(found.map((f) => [f.ruleId, f.value])).toEqual([['generic-url-credentials', PW]]);
  });

  test.each([
    'DB_PASSWORD=${DB_PASSWORD}',
    'DB_PASSWORD=<your-password>',
    'password: changeme',
    'API_TOKEN=xxxxxxxxxxxxxxxx',
    'API_TOKEN=****************',
    'token: process.env.GITHUB_TOKEN',
    'token: ${{ secrets.GITHUB_TOKEN }}',
    'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
    'api_key = "2f5e9c1a-8d3b-4e7f-9a6c-1b2d3e4f5a6b"',
    '"integrity": "sha512-Ld7Ut1cJfvmq4IYZnQr8Kw2wl3vZT7Ixy1bKQ8nfx0v7TuGSQvq+fhyUTc2gX6wqqdBXe1i4KzT+ZQ3/Pw1kAw=="',
    'image_digest_token: sha256:4a2c8f3b9d7e6a1c5f0b3e8d2a7c6b1f9e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b',
    'password_file: /run/secrets/db_password',
    'url: postgres://user:${DB_PASSWORD}@db:5432/app',
    `GITHUB_TOKEN=${GH.slice(0, -1)}${GH.endsWith('A') ? 'B' : 'A'}`,
    'passwordFrom: secretKeyRef',
    'existingSecret: mcp-credentials',
    'password = var.db_password',
    'api_token = data.vault_generic_secret.mcp.data["token"]',
    'DB_PASSWORD=${DB_PASSWORD:?set DB_PASSWORD in the stack environment}',
    'client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))',
    '"apiKey": "env:OPENAI_API_KEY"',
    'image_sha256 = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    'const url = `postgres://app:\\${PGPASSWORD}@db:5432/app`;',
    'const pass = m.groups!.pass;',
    'const secret = match.groups?.secret;',
    'password: cGFzc3dvcmQ=',
  ])('quiet on %s', (line) => {
    expect(scan(line)).toEqual([]);
  });

  test('secrets behind base64, hex and percent encoding are found at the encoded value', () => {
    const b64 = Buffer.from(`token=${GH}`).toString('base64');
    const hex = Buffer.from(`DB_PASSWORD=${PW}`).toString('hex');
    const pct = Buffer.from(`password=${PW}`).toString('hex').replace(/../g, '%$&');
    const text = `a: ${b64}\nb: ${hex}\nc: ${pct}\n`;
    const found = scan(text);
    expect(found.map((f) => [f.line, f.ruleId, f.encoding])).toEqual([
      [1, 'github-pat-classic', 'base64'],
      [2, 'generic-secret-assignment', 'hex'],
      [3, 'generic-secret-assignment', 'percent'],
    ]);
  });

  test('decoding depth is bounded', () => {
    let v = `token=${GH}`;
    for (let i = 0; i < 4; i++) v = Buffer.from(v).toString('base64');
    expect(scan(`x: ${v}`)).toEqual([]);
    expect(scanText('x', `x: ${v}`, { rules: SECRET_RULES, maxDecodeDepth: 4 }).map((f) => f.ruleId)).toEqual(['github-pat-classic']);
  });

  test('a huge minified line is scanned in windows around keyword hits', () => {
    const filler = 'var a=function(b){return b*2};'.repeat(40_000);
    const text = `${filler}const t="${GH}";${filler}`;
    const found = scan(text, 'bundle.min.js');
    expect(found.map((f) => [f.line, f.column])).toEqual([[1, filler.length + 10]]);
  });

  describe('hostile files: a multi-megabyte line never stops the scan', () => {
    const MB = 1024 * 1024;
    // 6 MB of base64, as an inline SVG or a data URI in a bundle carries it.
    const base64 = fakeBase64Bytes(4.5 * MB, 'data-uri');
    const keywords = [...new Set(SECRET_RULES.flatMap((r) => r.keywords))].join(' ');
    test.each([
      ['a 6 MB base64 data URI in an inline SVG', `<svg><image href="data:image/png;base64,${base64}"/></svg>`],
      ['a 6 MB hex run', Buffer.from(base64.slice(0, 3 * MB)).toString('hex')],
      ['a 6 MB percent-encoded run', '%41'.repeat(2 * MB)],
      ['a 6 MB JWT-shaped line', `eyJ${base64.replace(/[+/=]/g, 'x')}.eyJ${base64.slice(0, 1000).replace(/[+/=]/g, 'x')} eyJ`],
      ['a 6 MB line with every rule keyword at both ends', `${keywords} ${base64} ${keywords}`],
      ['a 6 MB value assigned to a secret-like key', `token: ${base64.replace(/[+/=]/g, 'x')} token`],
    ])('%s; the token on the next line is still found', (_name, hostileLine) => {
      const found = scan(`${hostileLine}\nGITHUB_TOKEN=${GH}\n`, 'hostile.svg');
      expect(found.filter((f) => f.line === 2).map((f) => [f.line, f.ruleId, f.value])).toEqual([[2, 'github-pat-classic', GH]]);
    });
  });

  test('diff mode: only the given lines count', () => {
    const text = `A=${GH}\nB=${githubToken(8)}\n`;
    expect(scan(text, 'x', [2]).map((f) => f.line)).toEqual([2]);
  });

  test('the public form of a finding never carries the value', () => {
    const [raw] = scan(`T=${GH}`);
    const pub = toPublicFinding(raw);
    expect(JSON.stringify(pub)).not.toContain(GH.slice(4, 12));
    expect(pub.redacted).toBe('ghp_…(40 chars)');
  });

  test('provider rules win over the generic detector for the same value', () => {
    expect(ids(`GITHUB_TOKEN=${GH}`)).toEqual(['1:github-pat-classic']);
  });
});
