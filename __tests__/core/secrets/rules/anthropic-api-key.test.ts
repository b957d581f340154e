import rule from '../../../../src/core/secrets/rules/anthropic-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['sk-ant-api03-', fake(BASE64URL, 93, 'anthropic'), 'AA'].join('');

describeSecretRule(rule, {
  matches: [
    { text: `ANTHROPIC_API_KEY=${token}`, secret: token },
    { text: `  anthropicApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `client = anthropic.Anthropic(api_key="${token}")`, secret: token, file: 'llm.py' },
  ],
  ignores: [
    { text: `ANTHROPIC_API_KEY=sk-ant-api03-${'x'.repeat(93)}AA`, why: 'placeholder' },
    { text: `ANTHROPIC_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `ANTHROPIC_API_KEY=\${ANTHROPIC_API_KEY}`, why: 'reference' },
    { text: `ANTHROPIC_API_KEY=sk-ant-api03-${fake(BASE64URL, 93, 'anthropic')}ZZ`, why: 'missing the AA tail' },
  ],
});
