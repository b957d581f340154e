import rule from '../../../../src/core/secrets/rules/doppler-cli-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('doppler-cli-token');
const token = ['dp', 'ct', t.alnum(43)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `DOPPLER_TOKEN=${token}`, secret: token },
    { text: `  '/': { token: ${token} }`, secret: token, file: '.doppler/.doppler.yaml' },
  ],
  ignores: [
    { text: `DOPPLER_TOKEN=dp.ct.${'x'.repeat(43)}`, why: 'placeholder' },
    { text: `DOPPLER_TOKEN=dp.ct.${t.alnum(12)}`, why: 'too short' },
  ],
});
