import rule from '../../../../src/core/secrets/rules/bitbucket-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, HEX_UPPER, fake } from '../../../helpers/fake-secret';

const token = ['ATCTT3xFfGN0', fake(BASE64URL, 171, 'atctt'), '=', fake(HEX_UPPER, 8, 'atctt-crc')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `BITBUCKET_ACCESS_TOKEN=${token}`, secret: token },
    { text: `curl -H "Authorization: Bearer ${token}" https://api.bitbucket.org/2.0/repositories/acme`, secret: token, file: 'ci.sh' },
  ],
  ignores: [
    { text: `BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0${'x'.repeat(180)}`, why: 'placeholder' },
    { text: `BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0...`, why: 'elided' },
  ],
});
