import rule from '../../../../src/core/secrets/rules/portainer-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('portainer-access-token');
const token = ['ptr_', t.base64(43), '='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `PORTAINER_API_KEY=${token}`, secret: token },
    { text: `    key: ${token}`, secret: token, file: 'homepage/services.yaml' },
    { text: `curl -H "X-API-Key: ${token}" https://portainer.local:9443/api/endpoints`, secret: token, file: 'scripts/redeploy.sh' },
  ],
  ignores: [
    { text: `PORTAINER_API_KEY=ptr_${'x'.repeat(43)}=`, why: 'placeholder' },
    { text: 'const name = PTR_hash_table_8f00a1c2;', why: 'a decompiler label, not a token', file: 'dump.c' },
    { text: `PORTAINER_API_KEY=ptr_${t.base64(20)}=`, why: 'too short' },
  ],
});
