import rule from '../../../../src/core/secrets/rules/firebase-cloud-messaging-server-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const key = ['AAAA', fake(BASE64URL, 7, 'fcm1'), ':APA91b', fake(BASE64URL, 134, 'fcm2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `FCM_SERVER_KEY=${key}`, secret: key },
    { text: `headers = {"Authorization": "key=${key}"}`, secret: key, file: 'push.py' },
    { text: `  serverKey: ${key}`, secret: key, file: 'push.yaml' },
  ],
  ignores: [
    { text: `FCM_SERVER_KEY=AAAAxxxxxxx:APA91b${'x'.repeat(134)}`, why: 'placeholder' },
    { text: `FCM_SERVER_KEY=${key.slice(0, 100)}`, why: 'truncated' },
  ],
});
