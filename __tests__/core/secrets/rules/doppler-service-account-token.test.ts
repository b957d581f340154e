import rule from '../../../../src/core/secrets/rules/doppler-service-account-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('doppler-service-account-token');
const token = ['dp', 'sa', t.alnum(43)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `DOPPLER_TOKEN=${token}`, secret: token },
    { text: `provider "doppler" { doppler_token = "${token}" }`, secret: token, file: 'doppler.tf' },
  ],
  ignores: [
    { text: `DOPPLER_TOKEN=dp.sa.${'0'.repeat(43)}`, why: 'placeholder' },
    { text: `DOPPLER_TOKEN=dp.sa.${t.alnum(43)}abc`, why: 'longer than the format' },
  ],
});
