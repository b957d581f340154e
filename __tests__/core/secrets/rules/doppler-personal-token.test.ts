import rule from '../../../../src/core/secrets/rules/doppler-personal-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('doppler-personal-token');
const token = ['dp', 'pt', t.alnum(43)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `DOPPLER_TOKEN=${token}`, secret: token },
    { text: `doppler configure set token ${token} --scope /`, secret: token, file: 'setup.sh' },
  ],
  ignores: [
    { text: `DOPPLER_TOKEN=dp.pt.${'x'.repeat(43)}`, why: 'placeholder' },
    { text: `DOPPLER_TOKEN=dp.pt.${t.alnum(20)}`, why: 'too short' },
  ],
});
