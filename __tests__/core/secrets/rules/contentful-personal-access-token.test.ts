import rule from '../../../../src/core/secrets/rules/contentful-personal-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('contentful-personal-access-token');
const token = ['CFPAT', t.base64url(43)].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `CONTENTFUL_MANAGEMENT_TOKEN=${token}`, secret: token },
    { text: `contentful space import --management-token ${token} --content-file export.json`, secret: token, file: 'migrate.sh' },
  ],
  ignores: [
    { text: `CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${'x'.repeat(43)}`, why: 'placeholder' },
    { text: `CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${t.base64url(20)}`, why: 'too short' },
  ],
});
