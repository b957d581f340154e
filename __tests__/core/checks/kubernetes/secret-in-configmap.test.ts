import check from '../../../../src/core/checks/kubernetes/secret-in-configmap';
import { describeCheck, runCase } from '../../../helpers/check-cases';
import { githubToken } from '../../../helpers/fake-secret';

const configMap = (...data: string[]): string =>
  ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: mcp-config', '  namespace: tools', 'data:', ...data.map((l) => `  ${l}`), ''].join('\n');

const TOKEN = githubToken(7);
const PASSWORD = 'Zq8#vLp2!xW9rT4m';

describeCheck(check, {
  defaultFile: 'configmap.yaml',
  valid: [
    {
      name: 'settings, references and placeholders',
      code: configMap(
        'LOG_LEVEL: info',
        'GITHUB_HOST: github.com',
        'DB_PASSWORD_FILE: /run/secrets/db_password',
        'API_TOKEN: changeme',
        'config.yaml: |',
        '  server:',
        '    port: 8080',
        '    token: ${MCP_TOKEN}',
      ),
    },
    {
      name: 'a JavaScript settings file that reads its secret from the environment',
      code: configMap(
        'settings.js: |',
        '  module.exports = {',
        '    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,',
        '    uiPort: process.env.PORT || 1880,',
        '  };',
      ),
    },
    {
      name: 'a Secret is where secrets go',
      code: configMap('x: y').replace('kind: ConfigMap', 'kind: Secret').replace('data:\n  x: y', `stringData:\n  DB_PASSWORD: "${PASSWORD}"`),
    },
  ],
  invalid: [
    {
      name: 'a password under its own key',
      code: configMap('LOG_LEVEL: info', `DB_PASSWORD: "${PASSWORD}"`),
      errors: [
        {
          line: 8,
          messageId: 'value',
          message: 'ConfigMap/tools/mcp-config: data key "DB_PASSWORD" holds a literal secret value (Zq8#…(16 chars)); move it into a Secret',
        },
      ],
    },
    {
      name: 'a token inside an embedded env file, and one in a properties file under an innocent key',
      code: configMap('app.env: |', '  LOG_LEVEL=debug', `  GITHUB_TOKEN=${TOKEN}`, 'upstream.properties: |', `  upstream.auth=${TOKEN}`),
      errors: [
        { line: 7, messageId: 'embedded', message: /line 2 of data key "app.env" holds a literal GitHub .* \(ghp_…\(40 chars\)\)/ },
        { line: 10, messageId: 'embedded', message: 'line 1 of data key "upstream.properties"' },
      ],
    },
  ],
});

test('kubernetes/secret-in-configmap never puts the value in the message', () => {
  const findings = runCase(check, { code: configMap(`DB_PASSWORD: "${PASSWORD}"`, 'app.env: |', `  GITHUB_TOKEN=${TOKEN}`) }, 'configmap.yaml');
  expect(findings).toHaveLength(2);
  for (const f of findings) {
    expect(f.message).not.toContain(PASSWORD);
    expect(f.message).not.toContain(TOKEN.slice(4, 12));
  }
});
