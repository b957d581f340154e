import rule from '../../../../src/core/secrets/rules/docker-hub-pat';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['dckr_pat_', fake(BASE64URL, 27, 'dckr')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `DOCKERHUB_TOKEN=${token}`, secret: token },
    { text: `  password: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `echo "${token}" | docker login -u acme --password-stdin`, secret: token, file: 'login.sh' },
  ],
  ignores: [
    { text: `DOCKERHUB_TOKEN=dckr_pat_${'x'.repeat(27)}`, why: 'placeholder' },
    { text: `DOCKERHUB_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `DOCKERHUB_TOKEN=\${DOCKERHUB_TOKEN}`, why: 'reference' },
  ],
});
