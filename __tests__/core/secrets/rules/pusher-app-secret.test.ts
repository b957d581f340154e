import rule from '../../../../src/core/secrets/rules/pusher-app-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const secret = fake(HEX, 20, 'pusher');

describeSecretRule(rule, {
  matches: [
    { text: `PUSHER_APP_SECRET=${secret}`, secret },
    { text: `  pusherSecret: "${secret}"`, secret, file: 'config.yaml' },
    { text: `pusher_secret = '${secret}'`, secret, file: 'realtime.py' },
  ],
  ignores: [
    { text: `PUSHER_APP_SECRET=${'0'.repeat(20)}`, why: 'placeholder' },
    { text: `PUSHER_APP_SECRET=\${PUSHER_APP_SECRET}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
    { text: `PUSHER_APP_KEY=${fake(HEX, 20, 'key')}`, why: 'app key (public)' },
  ],
});
