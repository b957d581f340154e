import rule from '../../../../src/core/secrets/rules/grafana-k6-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('grafana-k6-api-token');
const token = t.hex(64);

describeSecretRule(rule, {
  matches: [
    { text: `K6_CLOUD_TOKEN=${token}`, secret: token },
    { text: `          K6_CLOUD_TOKEN: ${token}`, secret: token, file: '.github/workflows/load-test.yml' },
  ],
  ignores: [
    { text: `K6_CLOUD_PROJECT_ID=${t.hex(64)}`, why: 'not a token name' },
    { text: `K6_CLOUD_TOKEN=${'0'.repeat(64)}`, why: 'placeholder' },
  ],
});
