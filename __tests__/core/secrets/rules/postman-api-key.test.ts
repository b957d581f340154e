import rule from '../../../../src/core/secrets/rules/postman-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('postman-api-key');
const key = ['PMAK', t.hex(24), t.hex(34)].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `POSTMAN_API_KEY=${key}`, secret: key },
    { text: `newman run "https://api.getpostman.com/collections/123?apikey=${key}"`, secret: key, file: 'ci.sh' },
    { text: `  postman-api-key: ${key}`, secret: key, file: '.github/workflows/api-tests.yml' },
  ],
  ignores: [
    { text: `POSTMAN_API_KEY=PMAK-${'0'.repeat(24)}-${'0'.repeat(34)}`, why: 'placeholder' },
    { text: `POSTMAN_API_KEY=PMAK-${t.hex(24)}`, why: 'missing the second part' },
  ],
});
