import rule from '../../../../src/core/secrets/rules/yandex-cloud-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('yandex-cloud-api-key');
const key = ['AQVN', t.base64url(36)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `YC_API_KEY=${key}`, secret: key },
    { text: `curl -H "Authorization: Api-Key ${key}" https://llm.api.cloud.yandex.net/foundationModels/v1/completion`, secret: key, file: 'ask.sh' },
  ],
  ignores: [
    { text: `YC_API_KEY=AQVN${'x'.repeat(36)}`, why: 'placeholder' },
    { text: `YC_API_KEY=AQVN${t.base64url(20)}`, why: 'too short' },
  ],
});
