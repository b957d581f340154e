import rule from '../../../../src/core/secrets/rules/docker-hub-oat';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['dckr_oat_', fake(BASE64URL, 32, 'dckr-oat')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `DOCKERHUB_ORG_TOKEN=${token}`, secret: token },
    { text: `  password: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `docker login -u acme -p ${token}`, secret: token, file: 'login.sh' },
  ],
  ignores: [
    { text: `DOCKERHUB_ORG_TOKEN=dckr_oat_${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `DOCKERHUB_ORG_TOKEN=${token.slice(0, -8)}`, why: 'too short' },
    { text: `DOCKERHUB_ORG_TOKEN=\${DOCKERHUB_ORG_TOKEN}`, why: 'reference' },
  ],
});
