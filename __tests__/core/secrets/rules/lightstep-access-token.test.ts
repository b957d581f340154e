import rule from '../../../../src/core/secrets/rules/lightstep-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('lightstep-access-token');
const token = t.base64(84);

describeSecretRule(rule, {
  matches: [
    { text: `LS_ACCESS_TOKEN=${token}`, secret: token },
    { text: `      lightstep-access-token: "${token}"`, secret: token, file: 'otel-collector.yaml' },
  ],
  ignores: [
    { text: `LIGHTSTEP_ACCESS_TOKEN=${'x'.repeat(84)}`, why: 'placeholder' },
    { text: 'LIGHTSTEP_ACCESS_TOKEN=${LS_TOKEN}', why: 'reference' },
  ],
});
