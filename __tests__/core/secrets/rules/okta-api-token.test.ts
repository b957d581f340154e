import rule from '../../../../src/core/secrets/rules/okta-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('okta-api-token');
const token = ['00', t.base64url(40)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `OKTA_API_TOKEN=${token}`, secret: token },
    { text: `curl -H "Authorization: SSWS ${token}" https://acme.okta.com/api/v1/users`, secret: token, file: 'users.sh' },
    { text: `  okta_api_token: "${token}"`, secret: token, file: 'terraform.tfvars.yaml' },
  ],
  ignores: [
    { text: `OKTA_API_TOKEN=00${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `API_TOKEN=${token}`, why: 'no mention of Okta and no SSWS scheme' },
    { text: `OKTA_API_TOKEN=00${t.base64url(30)}`, why: 'too short' },
  ],
});
