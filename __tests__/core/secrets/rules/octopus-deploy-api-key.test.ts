import rule from '../../../../src/core/secrets/rules/octopus-deploy-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('octopus-deploy-api-key');
const key = ['API', t.upper(27)].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `OCTOPUS_API_KEY=${key}`, secret: key },
    { text: `octo create-release --project web --server https://octopus.acme.io --apiKey ${key}`, secret: key, file: 'release.ps1' },
  ],
  ignores: [
    { text: `OCTOPUS_API_KEY=API-${'X'.repeat(27)}`, why: 'placeholder' },
    { text: 'X-API-VERSION-HEADER-NAME-FOR-THE-GATEWAY', why: 'an identifier, not a key' },
    { text: `OCTOPUS_API_KEY=API-${t.upper(10)}`, why: 'too short' },
  ],
});
