import rule from '../../../../src/core/secrets/rules/buildkite-api-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('buildkite-api-access-token');
const token = ['bkua_', t.hex(40)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `BUILDKITE_API_TOKEN=${token}`, secret: token },
    { text: `provider "buildkite" { api_token = "${token}" }`, secret: token, file: 'pipelines.tf' },
  ],
  ignores: [
    { text: `BUILDKITE_API_TOKEN=bkua_${'0'.repeat(40)}`, why: 'placeholder' },
    { text: `BUILDKITE_API_TOKEN=bkua_${t.hex(24)}`, why: 'too short' },
  ],
});
