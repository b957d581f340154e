import rule from '../../../../src/core/secrets/rules/pypi-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['pypi-AgEIcHlwaS5vcmc', fake(BASE64URL, 160, 'pypi')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `TWINE_PASSWORD=${token}`, secret: token },
    { text: `  password: "${token}"`, secret: token, file: '.pypirc.yaml' },
    { text: `password = ${token}`, secret: token, file: '.pypirc' },
  ],
  ignores: [
    { text: `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${'x'.repeat(60)}`, why: 'placeholder' },
    { text: `TWINE_PASSWORD=\${TWINE_PASSWORD}`, why: 'reference' },
    { text: `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc`, why: 'prefix only' },
  ],
});
