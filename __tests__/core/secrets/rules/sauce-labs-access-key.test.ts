import rule from '../../../../src/core/secrets/rules/sauce-labs-access-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('sauce-labs-access-key');
const key = t.uuid();

describeSecretRule(rule, {
  matches: [
    { text: `SAUCE_ACCESS_KEY=${key}`, secret: key },
    { text: `      sauceKey: '${key}',`, secret: key, file: 'wdio.conf.js' },
  ],
  ignores: [
    { text: `SAUCE_TUNNEL_ID=${key}`, why: 'a tunnel id' },
    { text: 'SAUCE_ACCESS_KEY=${SAUCE_ACCESS_KEY}', why: 'reference' },
  ],
});
