import rule from '../../../../src/core/secrets/rules/pypi-test-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['pypi-AgENdGVzdC5weXBpLm9yZw', fake(BASE64URL, 160, 'testpypi')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `TEST_PYPI_TOKEN=${token}`, secret: token },
    { text: `  password: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `twine upload -r testpypi -u __token__ -p ${token} dist/*`, secret: token, file: 'release.sh' },
  ],
  ignores: [
    { text: `TEST_PYPI_TOKEN=pypi-AgENdGVzdC5weXBpLm9yZw${'x'.repeat(60)}`, why: 'placeholder' },
    { text: `TEST_PYPI_TOKEN=\${TEST_PYPI_TOKEN}`, why: 'reference' },
  ],
});
