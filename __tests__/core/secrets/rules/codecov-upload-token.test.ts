import rule from '../../../../src/core/secrets/rules/codecov-upload-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('codecov-upload-token');
const token = t.uuid();

describeSecretRule(rule, {
  matches: [
    { text: `CODECOV_TOKEN=${token}`, secret: token },
    { text: `          CODECOV_TOKEN: ${token}`, secret: token, file: '.github/workflows/coverage.yml' },
  ],
  ignores: [
    { text: `UPLOAD_TOKEN=${token}`, why: 'no mention of Codecov' },
    { text: 'CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}', why: 'reference' },
  ],
});
