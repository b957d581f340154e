import rule from '../../../../src/core/secrets/rules/dynatrace-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('dynatrace-api-token');
const token = ['dt0c01', t.upper(24), t.upper(64)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `DT_API_TOKEN=${token}`, secret: token },
    { text: `  apiToken: ${token}`, secret: token, file: 'dynakube.yaml' },
    { text: `curl -H "Authorization: Api-Token ${token}" https://abc123.live.dynatrace.com/api/v2/metrics`, secret: token, file: 'probe.sh' },
  ],
  ignores: [
    { text: `DT_API_TOKEN=dt0c01.${'X'.repeat(24)}.${'X'.repeat(64)}`, why: 'placeholder' },
    { text: `DT_API_TOKEN=dt0c01.${t.upper(24)}.${t.upper(40)}`, why: 'secret part too short' },
  ],
});
