import rule from '../../../../src/core/secrets/rules/gcp-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const key = ['AIza', fake(BASE64URL, 35, 'gcp-api-key')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GOOGLE_API_KEY=${key}`, secret: key },
    { text: `  apiKey: "${key}",`, secret: key, file: 'src/firebase.ts' },
    { text: `    maps_api_key: ${key}`, secret: key, file: 'config.yml' },
    { text: `<script src="https://maps.googleapis.com/maps/api/js?key=${key}"></script>`, secret: key, file: 'index.html' },
  ],
  ignores: [
    { text: `GOOGLE_API_KEY=AIza${'x'.repeat(35)}`, why: 'placeholder' },
    { text: `GOOGLE_API_KEY=${key.slice(0, -2)}`, why: 'too short' },
    { text: `GOOGLE_API_KEY=${key}ab`, why: 'too long' },
  ],
});
