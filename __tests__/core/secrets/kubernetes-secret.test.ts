import { scanKubernetesSecrets } from '../../../src/core/secrets/kubernetes-secret';
import { SECRET_RULES } from '../../../src/core/secrets/rules/index';
import { githubToken, strongPassword } from '../../helpers/fake-secret';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const GH = githubToken(11);
const PW = strongPassword(5);

const manifest = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: { name: c }',
  'data:',
  `  password: ${b64(PW)}`,
  '---',
  'apiVersion: v1',
  'kind: Secret',
  'metadata:',
  '  name: mcp-credentials',
  'type: Opaque',
  'data:',
  `  GITHUB_TOKEN: ${b64(GH)}`,
  `  db-password: ${b64(PW)}`,
  `  username: ${b64('mcp-service')}`,
  `  placeholder: ${b64('${DB_PASSWORD}')}`,
  '',
].join('\n');

describe('Kubernetes Secret data', () => {
  test('decodes data values and reports the Secret key line; ConfigMaps are not Secrets', () => {
    const found = scanKubernetesSecrets('k8s/secret.yaml', manifest, { rules: SECRET_RULES });
    expect(found.map((f) => [f.line, f.column, f.ruleId, f.encoding, f.value])).toEqual([
      [13, 3, 'github-pat-classic', 'base64', GH],
      [14, 3, 'kubernetes-secret-data', 'base64', PW],
    ]);
    expect(found[1].description).toBe('Kubernetes Secret value db-password');
  });

  test('diff mode: only added lines', () => {
    expect(scanKubernetesSecrets('s.yaml', manifest, { rules: SECRET_RULES, lines: new Set([14]) }).map((f) => f.line)).toEqual([14]);
  });

  test('data that decodes to a reference, a path, a URL without credentials or a test value is not a secret', () => {
    const secret = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata: { name: refs }',
      'data:',
      `  db-password: ${b64('op://Production/postgres/password')}`,
      `  api-token: ${b64('vault:secret/data/prod/app#token')}`,
      `  token-path: ${b64('/var/run/secrets/tokens/api-token')}`,
      `  auth-token: ${b64('https://auth.example.com/oauth/token')}`,
      `  client-secret: ${b64('test-token-1')}`,
      `  admin-password: ${b64(PW)}`,
      '',
    ].join('\n');
    expect(scanKubernetesSecrets('k8s/refs.yaml', secret, { rules: SECRET_RULES }).map((f) => [f.line, f.ruleId])).toEqual([[10, 'kubernetes-secret-data']]);
  });

  test('files without a Secret yield nothing', () => {
    expect(scanKubernetesSecrets('x.yaml', 'kind: Service\n', { rules: SECRET_RULES })).toEqual([]);
  });
});
