import rule from '../../../../src/core/secrets/rules/openai-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['sk-', fake(ALNUM, 20, 'openai-1'), 'T3BlbkFJ', fake(ALNUM, 20, 'openai-2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `OPENAI_API_KEY=${token}`, secret: token },
    { text: `  openaiApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `const openai = new OpenAI({ apiKey: '${token}' });`, secret: token, file: 'src/llm.ts' },
  ],
  ignores: [
    { text: `OPENAI_API_KEY=sk-${'x'.repeat(20)}T3BlbkFJ${'x'.repeat(20)}`, why: 'placeholder' },
    { text: `OPENAI_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `OPENAI_API_KEY=\${OPENAI_API_KEY}`, why: 'reference' },
    { text: `OPENAI_API_KEY=sk-${fake(ALNUM, 48, 'plain')}`, why: 'no T3BlbkFJ marker' },
  ],
});
