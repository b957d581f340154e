import rule from '../../../../src/core/secrets/rules/grafana-cloud-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken, base64Of } from '../../../helpers/fake-secret';

const t = seededToken('grafana-cloud-api-token');
const token = `glc_${base64Of(JSON.stringify({ o: t.digits(6), n: 'stack-writer', k: t.alnum(32), m: { r: 'prod-eu-west-2' } }))}`;
const notJson = `glc_eyJ${t.base64(80)}`;

describeSecretRule(rule, {
  matches: [
    { text: `GRAFANA_CLOUD_TOKEN=${token}`, secret: token },
    { text: `        password: ${token}`, secret: token, file: 'alloy/remote-write.yaml' },
    { text: `{"grafanaCloudApiKey": "${token}"}`, secret: token, file: 'settings.json' },
  ],
  ignores: [
    { text: `GRAFANA_CLOUD_TOKEN=${notJson}`, why: 'does not decode to a token payload' },
    { text: 'GRAFANA_CLOUD_TOKEN=glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    { text: `GRAFANA_CLOUD_TOKEN=glc_${base64Of('{"o":"1"}')}`, why: 'too short' },
  ],
});
