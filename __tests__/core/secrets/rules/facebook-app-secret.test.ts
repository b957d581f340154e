import rule from '../../../../src/core/secrets/rules/facebook-app-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('facebook-app-secret');
const secret = t.hex(32);

describeSecretRule(rule, {
  matches: [
    { text: `FACEBOOK_APP_SECRET=${secret}`, secret },
    { text: `  "fb_app_secret": "${secret}",`, secret, file: 'config.json' },
  ],
  ignores: [
    { text: `FACEBOOK_APP_ID=${t.digits(16)}`, why: 'the public app id' },
    { text: `FACEBOOK_APP_SECRET=${'0'.repeat(32)}`, why: 'placeholder' },
  ],
});
