import rule from '../../../../src/core/secrets/rules/launchdarkly-sdk-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('launchdarkly-sdk-key');
const key = ['sdk', t.uuid()].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `LAUNCHDARKLY_SDK_KEY=${key}`, secret: key },
    { text: `      LD_SDK_KEY: "${key}"`, secret: key, file: 'docker-compose.yml' },
    { text: `const client = LaunchDarkly.init('${key}');`, secret: key, file: 'flags.js' },
  ],
  ignores: [
    { text: `SDK_KEY=${key}`, why: 'no mention of LaunchDarkly' },
    { text: 'LAUNCHDARKLY_SDK_KEY=sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
  ],
});
