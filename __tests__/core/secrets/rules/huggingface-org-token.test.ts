import rule from '../../../../src/core/secrets/rules/huggingface-org-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { LETTERS, fake } from '../../../helpers/fake-secret';

const token = ['api_org_', fake(LETTERS, 34, 'hf-org')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `HF_ORG_TOKEN=${token}`, secret: token },
    { text: `  orgToken: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `HF_ORG_TOKEN=api_org_${'x'.repeat(34)}`, why: 'placeholder' },
    { text: `HF_ORG_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `HF_ORG_TOKEN=\${HF_ORG_TOKEN}`, why: 'reference' },
  ],
});
