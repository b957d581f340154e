import rule from '../../../../src/core/secrets/rules/langsmith-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['lsv2_pt_', fake(HEX, 32, 'ls1'), '_', fake(HEX, 10, 'ls2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `LANGSMITH_API_KEY=${token}`, secret: token },
    { text: `  langsmithApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `os.environ.setdefault("LANGCHAIN_API_KEY", "${token}")`, secret: token, file: 'tracing.py' },
  ],
  ignores: [
    { text: `LANGSMITH_API_KEY=lsv2_pt_${'0'.repeat(32)}_${'0'.repeat(10)}`, why: 'placeholder' },
    { text: `LANGSMITH_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `LANGSMITH_API_KEY=\${LANGSMITH_API_KEY}`, why: 'reference' },
  ],
});
