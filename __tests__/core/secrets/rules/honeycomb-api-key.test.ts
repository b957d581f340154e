import rule from '../../../../src/core/secrets/rules/honeycomb-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('honeycomb-api-key');
const key = t.alnum(22);
const classic = t.hex(32);

describeSecretRule(rule, {
  matches: [
    { text: `HONEYCOMB_API_KEY=${key}`, secret: key },
    { text: `      x-honeycomb-team: ${classic}`, secret: classic, file: 'otel-collector.yaml' },
  ],
  ignores: [
    { text: 'HONEYCOMB_DATASET=productionfrontendsvc', why: 'a dataset name' },
    { text: `HONEYCOMB_API_KEY=${'x'.repeat(22)}`, why: 'placeholder' },
  ],
});
