import check from '../../../../src/core/checks/kubernetes/secret-in-env';
import { describeCheck, runCase } from '../../../helpers/check-cases';
import { githubToken } from '../../../helpers/fake-secret';

const pod = (...env: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: app:1',
    '      env:',
    ...env.map((l) => `        ${l}`),
    '',
  ].join('\n');

const TOKEN = githubToken(61);
const PASSWORD = 'Zq8#vLp2!xW9rT4m';

describeCheck(check, {
  defaultFile: 'pod.yaml',
  valid: [
    {
      name: 'secretKeyRef, placeholders, non-secret names',
      code: pod(
        '- name: DB_PASSWORD',
        '  valueFrom: { secretKeyRef: { name: db, key: password } }',
        '- name: API_TOKEN',
        '  value: changeme',
        '- name: TOKEN_FILE',
        '  value: /run/secrets/token',
        '- name: LOG_LEVEL',
        '  value: debug',
      ),
    },
    {
      name: 'a slot a script fills in, named after the variable (GOOGLE_API_KEY_VAL)',
      code: pod('- name: GOOGLE_API_KEY', '  value: GOOGLE_API_KEY_VAL', '- name: db.password', '  value: DB_PASSWORD_PLACEHOLDER_2'),
    },
  ],
  invalid: [
    {
      name: 'password literal and a token under an innocent name',
      code: pod('- name: DB_PASSWORD', `  value: "${PASSWORD}"`, '- name: UPSTREAM', `  value: ${TOKEN}`),
      errors: [
        { line: 11, messageId: 'literal', message: 'container "app" sets DB_PASSWORD to a literal secret value (Zq8#…(16 chars)); use valueFrom.secretKeyRef' },
        { line: 13, messageId: 'literal', message: /sets UPSTREAM to a literal GitHub .*token.* \(ghp_…\(40 chars\)\); use valueFrom/ },
      ],
    },
  ],
});

test('kubernetes/secret-in-env never puts the value in the message', () => {
  const findings = runCase(check, { code: pod('- name: DB_PASSWORD', `  value: "${PASSWORD}"`, '- name: UPSTREAM', `  value: ${TOKEN}`) }, 'pod.yaml');
  expect(findings).toHaveLength(2);
  for (const f of findings) {
    expect(f.message).not.toContain(PASSWORD);
    expect(f.message).not.toContain(TOKEN.slice(4, 12));
  }
});

test('a capitalised value that is not built on the key name is still a secret', () => {
  const found = runCase(check, { code: pod('- name: GOOGLE_API_KEY', '  value: AIZA_SY_B2X9_KQ4_ZP7_VAL') }, 'pod.yaml');
  expect(found.map((f) => f.messageId)).toEqual(['literal']);
});
