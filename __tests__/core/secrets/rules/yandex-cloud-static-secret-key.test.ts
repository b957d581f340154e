import rule from '../../../../src/core/secrets/rules/yandex-cloud-static-secret-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('yandex-cloud-static-secret-key');
const secret = ['YC', t.base64url(38)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `YANDEX_SECRET_ACCESS_KEY=${secret}`, secret },
    { text: `  secret_key: "${secret}"  # storage.yandexcloud.net`, secret, file: 'backup.yaml' },
  ],
  ignores: [
    { text: `SECRET_ACCESS_KEY=${secret}`, why: 'no mention of Yandex' },
    { text: `YANDEX_SECRET_ACCESS_KEY=YC${'x'.repeat(38)}`, why: 'placeholder' },
  ],
});
