import rule from '../../../../src/core/secrets/rules/huggingface-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { LETTERS, LOWER, fake } from '../../../helpers/fake-secret';

const token = ['hf_', fake(LETTERS, 34, 'hf')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `HF_TOKEN=${token}`, secret: token },
    { text: `  hfToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `login(token="${token}")`, secret: token, file: 'train.py' },
  ],
  ignores: [
    { text: `HF_TOKEN=hf_${'x'.repeat(34)}`, why: 'placeholder' },
    { text: `HF_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `HF_TOKEN=\${HF_TOKEN}`, why: 'reference' },
    { text: `HF_TOKEN=hf_${fake(LOWER, 34, 'lower')}`, why: 'single case (an identifier, not a token)' },
  ],
});
