import rule from '../../../../src/core/secrets/rules/openai-project-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['sk-proj-', fake(BASE64URL, 74, 'openai-project-key-1'), 'T3BlbkFJ', fake(BASE64URL, 74, 'openai-project-key-2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `OPENAI_API_KEY=${token}`, secret: token },
    { text: `  openaiApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `client = OpenAI(api_key="${token}")`, secret: token, file: 'llm.py' },
  ],
  ignores: [
    { text: `OPENAI_API_KEY=sk-proj-${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `OPENAI_API_KEY=\${OPENAI_API_KEY}`, why: 'reference' },
    { text: `OPENAI_API_KEY=sk-proj-${fake(BASE64URL, 160, 'no-marker')}`, why: 'no T3BlbkFJ marker' },
  ],
});
