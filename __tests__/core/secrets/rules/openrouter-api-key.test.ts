import rule from '../../../../src/core/secrets/rules/openrouter-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['sk-or-v1-', fake(HEX, 64, 'openrouter')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `OPENROUTER_API_KEY=${token}`, secret: token },
    { text: `  openrouterKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `const client = new OpenAI({ baseURL: 'https://openrouter.ai/api/v1', apiKey: '${token}' });`, secret: token, file: 'src/llm.ts' },
  ],
  ignores: [
    { text: `OPENROUTER_API_KEY=sk-or-v1-${'0'.repeat(64)}`, why: 'placeholder' },
    { text: `OPENROUTER_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `OPENROUTER_API_KEY=\${OPENROUTER_API_KEY}`, why: 'reference' },
  ],
});
