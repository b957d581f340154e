import rule from '../../../../src/core/secrets/rules/box-developer-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('box-developer-token');
const token = t.alnum(32);

describeSecretRule(rule, {
  matches: [
    { text: `BOX_DEVELOPER_TOKEN=${token}`, secret: token },
    { text: `  "box_client_secret": "${token}"`, secret: token, file: 'box-config.json' },
  ],
  ignores: [
    { text: `BOX_CLIENT_ID=${t.alnum(32)}`, why: 'the client id' },
    { text: `BOX_DEVELOPER_TOKEN=${'x'.repeat(32)}`, why: 'placeholder' },
  ],
});
