import rule from '../../../../src/core/secrets/rules/groq-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['gsk_', fake(ALNUM, 52, 'groq')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GROQ_API_KEY=${token}`, secret: token },
    { text: `  groqApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `const groq = new Groq({ apiKey: '${token}' });`, secret: token, file: 'src/llm.ts' },
  ],
  ignores: [
    { text: `GROQ_API_KEY=gsk_${'x'.repeat(52)}`, why: 'placeholder' },
    { text: `GROQ_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `GROQ_API_KEY=\${GROQ_API_KEY}`, why: 'reference' },
  ],
});
