import rule from '../../../../src/core/secrets/rules/frameio-developer-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('frameio-developer-token');
const token = ['fio-u-', t.base64url(64)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `FRAMEIO_TOKEN=${token}`, secret: token },
    { text: `client = FrameioClient("${token}")`, secret: token, file: 'upload.py' },
  ],
  ignores: [
    { text: `FRAMEIO_TOKEN=fio-u-${'x'.repeat(64)}`, why: 'placeholder' },
    { text: `FRAMEIO_TOKEN=fio-u-${t.base64url(32)}`, why: 'too short' },
  ],
});
