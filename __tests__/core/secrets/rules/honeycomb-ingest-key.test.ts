import rule from '../../../../src/core/secrets/rules/honeycomb-ingest-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('honeycomb-ingest-key');
const key = ['hcaik_', t.lower(58)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `HONEYCOMB_API_KEY=${key}`, secret: key },
    { text: `      x-honeycomb-team: "${key}"`, secret: key, file: 'otel-collector.yaml' },
    { text: `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${key}"`, secret: key },
  ],
  ignores: [
    { text: `HONEYCOMB_API_KEY=hcaik_${'x'.repeat(58)}`, why: 'placeholder' },
    { text: `HONEYCOMB_API_KEY=hcaik_${t.lower(30)}`, why: 'too short' },
  ],
});
