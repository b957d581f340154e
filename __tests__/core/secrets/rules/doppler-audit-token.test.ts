import rule from '../../../../src/core/secrets/rules/doppler-audit-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('doppler-audit-token');
const token = ['dp', 'audit', t.alnum(43)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `DOPPLER_AUDIT_TOKEN=${token}`, secret: token },
    { text: `  audit_token: ${token}`, secret: token, file: 'siem.yaml' },
  ],
  ignores: [
    { text: `DOPPLER_AUDIT_TOKEN=dp.audit.${'0'.repeat(43)}`, why: 'placeholder' },
    { text: `DOPPLER_AUDIT_TOKEN=dp.audit.${t.alnum(30)}`, why: 'too short' },
  ],
});
