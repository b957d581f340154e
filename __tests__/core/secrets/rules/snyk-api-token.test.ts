import rule from '../../../../src/core/secrets/rules/snyk-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('snyk-api-token');
const token = t.uuid();

describeSecretRule(rule, {
  matches: [
    { text: `SNYK_TOKEN=${token}`, secret: token },
    { text: `          SNYK_TOKEN: ${token}`, secret: token, file: '.github/workflows/snyk.yml' },
    { text: `{"snyk_api_key": "${token}"}`, secret: token, file: 'settings.json' },
  ],
  ignores: [
    { text: `SNYK_ORG_ID=${token}`, why: 'an organization id' },
    { text: 'SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}', why: 'reference' },
  ],
});
