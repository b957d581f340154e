import rule from '../../../../src/core/secrets/rules/readme-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('readme-api-key');
const key = ['rdme_', t.lower(70)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `README_API_KEY=${key}`, secret: key },
    { text: `npx rdme openapi openapi.yaml --key=${key} --id=123`, secret: key, file: 'publish-docs.sh' },
  ],
  ignores: [
    { text: `README_API_KEY=rdme_${'x'.repeat(70)}`, why: 'placeholder' },
    { text: `README_API_KEY=rdme_${t.lower(40)}`, why: 'too short' },
  ],
});
