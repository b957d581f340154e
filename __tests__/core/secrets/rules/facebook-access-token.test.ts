import rule from '../../../../src/core/secrets/rules/facebook-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('facebook-access-token');
const token = ['EAAG', t.alnum(180)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `FACEBOOK_ACCESS_TOKEN=${token}`, secret: token },
    { text: `FB_PAGE_TOKEN: "${token}"`, secret: token, file: 'social.yaml' },
    { text: `requests.get("https://graph.facebook.com/v19.0/me", params={"access_token": "${token}"})`, secret: token, file: 'insights.py' },
  ],
  ignores: [
    { text: `ACCESS_TOKEN=${token}`, why: 'no mention of Facebook' },
    { text: `FACEBOOK_ACCESS_TOKEN=EAAG${'x'.repeat(120)}`, why: 'placeholder' },
    { text: `FACEBOOK_ACCESS_TOKEN=EAAA${t.alnum(100)}`, why: 'the EAAA prefix is Square, not Meta' },
  ],
});
