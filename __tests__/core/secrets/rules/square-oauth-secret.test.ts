import rule from '../../../../src/core/secrets/rules/square-oauth-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['sq0csp-', fake(BASE64URL, 43, 'square-oauth')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SQUARE_APPLICATION_SECRET=${token}`, secret: token },
    { text: `  clientSecret: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `SQUARE_APPLICATION_SECRET=sq0csp-${'x'.repeat(43)}`, why: 'placeholder' },
    { text: `SQUARE_APPLICATION_SECRET=${token.slice(0, -3)}`, why: 'too short' },
    { text: `SQUARE_APPLICATION_SECRET=\${SQUARE_APPLICATION_SECRET}`, why: 'reference' },
  ],
});
