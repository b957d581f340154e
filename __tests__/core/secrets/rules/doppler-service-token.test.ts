import rule from '../../../../src/core/secrets/rules/doppler-service-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('doppler-service-token');
const token = ['dp', 'st', 'prd', t.alnum(43)].join('.');
const unscoped = ['dp', 'st', t.alnum(43)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `DOPPLER_TOKEN=${token}`, secret: token },
    { text: `      - DOPPLER_TOKEN=${unscoped}`, secret: unscoped, file: 'docker-compose.yml' },
    { text: `  doppler-token: "${token}"`, secret: token, file: 'k8s/doppler-secret.yaml' },
  ],
  ignores: [
    { text: `DOPPLER_TOKEN=dp.st.prd.${'x'.repeat(43)}`, why: 'placeholder' },
    { text: 'DOPPLER_TOKEN=dp.st.dev.${DOPPLER_SUFFIX}', why: 'reference' },
  ],
});
