import rule from '../../../../src/core/secrets/rules/prefect-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('prefect-api-key');
const key = ['pnu_', t.alnum(36)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `PREFECT_API_KEY=${key}`, secret: key },
    { text: `prefect cloud login --key ${key} --workspace acme/prod`, secret: key, file: 'bootstrap.sh' },
  ],
  ignores: [
    { text: `PREFECT_API_KEY=pnu_${'x'.repeat(36)}`, why: 'placeholder' },
    { text: `PREFECT_API_KEY=pnu_${t.alnum(20)}`, why: 'too short' },
  ],
});
