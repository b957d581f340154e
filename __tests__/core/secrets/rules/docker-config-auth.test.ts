import rule from '../../../../src/core/secrets/rules/docker-config-auth';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { base64Of, strongPassword } from '../../../helpers/fake-secret';

const login = base64Of(`deploy-bot:${strongPassword(91)}`);
const tokenLogin = base64Of(`_json_key_base64:${strongPassword(92)}${strongPassword(93)}`);

describeSecretRule(rule, {
  matches: [
    { text: `      "auth": "${login}"`, secret: login, file: '.docker/config.json' },
    { text: `{"auths":{"ghcr.io":{"auth":"${login}"}}}`, secret: login, file: 'dockerconfig.json' },
    { text: `  .dockerconfigjson: '{"auths":{"registry.example.com":{"auth":"${tokenLogin}"}}}'`, secret: tokenLogin, file: 'deploy/pull-secret.yaml' },
    { text: `DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.gitlab.com\\":{\\"auth\\":\\"${login}\\"}}}`, secret: login, file: '.gitlab-ci.env' },
  ],
  ignores: [
    { text: `"auth": "${base64Of('user:password')}"`, file: 'config.json', why: 'documentation placeholder user:password' },
    { text: `"auth": "${base64Of('${REGISTRY_USER}:${REGISTRY_PASSWORD}')}"`, file: 'config.json', why: 'template of environment references' },
    { text: `"auth": "${base64Of('no colon in this value at all')}"`, file: 'config.json', why: 'does not decode to user:password' },
    { text: `"auth": "basic"`, file: 'settings.json', why: 'an auth scheme, not a login' },
  ],
});
