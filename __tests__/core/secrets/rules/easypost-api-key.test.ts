import rule from '../../../../src/core/secrets/rules/easypost-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['EZAK', fake(ALNUM, 54, 'easypost')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `EASYPOST_API_KEY=${token}`, secret: token },
    { text: `  easypostKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `client = easypost.EasyPostClient("${token}")`, secret: token, file: 'ship.py' },
  ],
  ignores: [
    { text: `EASYPOST_API_KEY=EZAK${'x'.repeat(54)}`, why: 'placeholder' },
    { text: `EASYPOST_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `EASYPOST_API_KEY=\${EASYPOST_API_KEY}`, why: 'reference' },
  ],
});
