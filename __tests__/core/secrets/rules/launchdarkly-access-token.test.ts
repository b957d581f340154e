import rule from '../../../../src/core/secrets/rules/launchdarkly-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('launchdarkly-access-token');
const token = ['api', t.uuid()].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `LAUNCHDARKLY_ACCESS_TOKEN=${token}`, secret: token },
    { text: `provider "launchdarkly" { access_token = "${token}" }`, secret: token, file: 'flags.tf' },
    { text: `curl -H "Authorization: ${token}" https://app.launchdarkly.com/api/v2/flags/default`, secret: token, file: 'flags.sh' },
  ],
  ignores: [
    { text: `ACCESS_TOKEN=${token}`, why: 'no mention of LaunchDarkly' },
    { text: 'LAUNCHDARKLY_ACCESS_TOKEN=api-00000000-0000-0000-0000-00000000', why: 'not a complete UUID' },
  ],
});
