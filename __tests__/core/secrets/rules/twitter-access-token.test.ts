import rule from '../../../../src/core/secrets/rules/twitter-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('twitter-access-token');
const token = [t.digits(19), t.alnum(31)].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `TWITTER_ACCESS_TOKEN=${token}`, secret: token },
    { text: `  twitter_access_token: "${token}"`, secret: token, file: 'bot.yaml' },
  ],
  ignores: [
    { text: `ACCESS_TOKEN=${token}`, why: 'no mention of Twitter' },
    { text: `TWITTER_ACCESS_TOKEN=${'1'.repeat(19)}-${'x'.repeat(31)}`, why: 'placeholder' },
  ],
});
