import rule from '../../../../src/core/secrets/rules/grafana-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken, base64Of } from '../../../helpers/fake-secret';

const t = seededToken('grafana-api-key');
const key = base64Of(JSON.stringify({ k: t.alnum(32), n: 'ci-provisioner', id: 1 }));
const wrongShape = base64Of(JSON.stringify({ k: t.alnum(32), role: 'viewer' }));

describeSecretRule(rule, {
  matches: [
    { text: `GF_API_KEY=${key}`, secret: key },
    { text: `admin_client = GrafanaClient("${key}", host=grafana_host)`, secret: key, file: 'sync.py' },
    { text: `    apiKey: ${key}`, secret: key, file: 'dashboards.yaml' },
  ],
  ignores: [
    { text: `GF_API_KEY=${wrongShape}`, why: 'JSON without the API key fields' },
    { text: `GF_API_KEY=eyJrIjoi${'A'.repeat(60)}`, why: 'does not decode to JSON' },
  ],
});
