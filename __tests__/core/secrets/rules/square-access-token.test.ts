import rule from '../../../../src/core/secrets/rules/square-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['EAAA', fake(BASE64URL, 60, 'square')].join('');
const legacy = ['sq0atp-', fake(BASE64URL, 22, 'square-legacy')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SQUARE_ACCESS_TOKEN=${token}`, secret: token },
    { text: `  squareAccessToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `const client = new Client({ accessToken: '${token}', environment: Environment.Production });`, secret: token, file: 'src/pay.ts' },
    { text: `SQUARE_ACCESS_TOKEN=${legacy}`, secret: legacy },
  ],
  ignores: [
    { text: `SQUARE_ACCESS_TOKEN=EAAA${'x'.repeat(60)}`, why: 'placeholder' },
    { text: `SQUARE_ACCESS_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `SQUARE_ACCESS_TOKEN=\${SQUARE_ACCESS_TOKEN}`, why: 'reference' },
  ],
});
