import rule from '../../../../src/core/secrets/rules/flyio-macaroon-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('flyio-macaroon-token');
const token = [`fm2_${t.base64(180)}==`, `fm2_${t.base64(120)}`].join(',');

describeSecretRule(rule, {
  matches: [
    { text: `FLY_API_TOKEN="FlyV1 ${token}"`, secret: token },
    { text: `      FLY_API_TOKEN: FlyV1 ${token}`, secret: token, file: '.github/workflows/fly-deploy.yml' },
  ],
  ignores: [
    { text: `FLY_API_TOKEN="FlyV1 fm2_${'A'.repeat(120)}"`, why: 'placeholder' },
    { text: `FLY_API_TOKEN="FlyV1 fm2_${t.base64(40)}"`, why: 'too short' },
  ],
});
