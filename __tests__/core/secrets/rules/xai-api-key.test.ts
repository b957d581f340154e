import rule from '../../../../src/core/secrets/rules/xai-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['xai-', fake(ALNUM, 80, 'xai')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `XAI_API_KEY=${token}`, secret: token },
    { text: `  xaiApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `client = OpenAI(base_url="https://api.x.ai/v1", api_key="${token}")`, secret: token, file: 'grok.py' },
  ],
  ignores: [
    { text: `XAI_API_KEY=xai-${'x'.repeat(80)}`, why: 'placeholder' },
    { text: `XAI_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `XAI_API_KEY=\${XAI_API_KEY}`, why: 'reference' },
  ],
});
