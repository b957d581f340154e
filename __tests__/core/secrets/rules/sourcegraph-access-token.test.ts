import rule from '../../../../src/core/secrets/rules/sourcegraph-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('sourcegraph-access-token');
const token = ['sgp', t.hex(16), t.hex(40)].join('_');
const local = ['sgp', 'local', t.hex(40)].join('_');

describeSecretRule(rule, {
  matches: [
    { text: `SRC_ACCESS_TOKEN=${token}`, secret: token },
    { text: `  "sourcegraph.accessToken": "${local}"`, secret: local, file: '.vscode/settings.json' },
  ],
  ignores: [
    { text: `SRC_ACCESS_TOKEN=sgp_${'0'.repeat(16)}_${'0'.repeat(40)}`, why: 'placeholder' },
    { text: `SRC_ACCESS_TOKEN=sgp_${t.hex(16)}_${t.hex(20)}`, why: 'too short' },
  ],
});
