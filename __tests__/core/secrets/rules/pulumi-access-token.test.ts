import rule from '../../../../src/core/secrets/rules/pulumi-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('pulumi-access-token');
const token = ['pul', t.hex(40)].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `PULUMI_ACCESS_TOKEN=${token}`, secret: token },
    { text: `          PULUMI_ACCESS_TOKEN: ${token}`, secret: token, file: '.github/workflows/preview.yml' },
    { text: `{"accessTokens": {"https://api.pulumi.com": "${token}"}}`, secret: token, file: '.pulumi/credentials.json' },
  ],
  ignores: [
    { text: `PULUMI_ACCESS_TOKEN=pul-${'0'.repeat(40)}`, why: 'placeholder' },
    { text: 'git pull-request create', why: 'a word that starts with pul-' },
    { text: `PULUMI_ACCESS_TOKEN=pul-${t.hex(32)}`, why: 'too short' },
  ],
});
