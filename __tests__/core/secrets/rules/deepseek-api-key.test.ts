import rule from '../../../../src/core/secrets/rules/deepseek-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const secret = ['sk-', fake(HEX, 32, 'deepseek')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `DEEPSEEK_API_KEY=${secret}`, secret },
    { text: `  deepseekApiKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `deepseek_key = "${secret}"`, secret, file: 'chat.py' },
  ],
  ignores: [
    { text: `DEEPSEEK_API_KEY=sk-${'0'.repeat(32)}`, why: 'placeholder' },
    { text: `DEEPSEEK_API_KEY=\${DEEPSEEK_API_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
