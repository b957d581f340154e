import rule from '../../../../src/core/secrets/rules/grafana-service-account-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('grafana-service-account-token');
const token = ['glsa', t.alnum(32), t.hex(8)].join('_');

describeSecretRule(rule, {
  matches: [
    { text: `GRAFANA_TOKEN=${token}`, secret: token },
    { text: `  auth: { type: bearer, token: "${token}" }`, secret: token, file: 'grafana-operator.yaml' },
    { text: `curl -H "Authorization: Bearer ${token}" http://grafana:3000/api/search`, secret: token, file: 'backup.sh' },
  ],
  ignores: [
    { text: `GRAFANA_TOKEN=glsa_${'x'.repeat(32)}_${'0'.repeat(8)}`, why: 'placeholder' },
    { text: `GRAFANA_TOKEN=glsa_${t.alnum(32)}_${'g'.repeat(8)}`, why: 'tail is not hex' },
    { text: `GRAFANA_TOKEN=glsa_${t.alnum(20)}_${t.hex(8)}`, why: 'too short' },
  ],
});
