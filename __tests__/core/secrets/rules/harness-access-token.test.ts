import rule from '../../../../src/core/secrets/rules/harness-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('harness-access-token');
const token = ['pat', t.base64url(22), t.alnum(24), t.alnum(20)].join('.');
const sat = ['sat', t.base64url(22), t.alnum(24), t.alnum(20)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `HARNESS_PLATFORM_API_KEY=${token}`, secret: token },
    { text: `  x-api-key: ${sat}`, secret: sat, file: 'harness-delegate.yaml' },
  ],
  ignores: [
    { text: `HARNESS_PLATFORM_API_KEY=pat.${'x'.repeat(22)}.${'x'.repeat(24)}.${'x'.repeat(20)}`, why: 'placeholder' },
    { text: 'import pat.utils.helpers', why: 'a dotted module path' },
  ],
});
