import rule from '../../../../src/core/secrets/rules/jwt';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken, base64UrlOf } from '../../../helpers/fake-secret';

const t = seededToken('jwt');
const jwt = (header: object, payload: object, signature: string) =>
  [base64UrlOf(JSON.stringify(header)), base64UrlOf(JSON.stringify(payload)), signature].join('.');
const hs256 = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: 'svc-deployer', iat: 1717171717, role: 'service_role' }, t.base64url(43));
const rs256 = jwt({ alg: 'RS256', kid: t.hex(8) }, { iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:ci:deployer' }, t.base64url(342));
const unsigned = jwt({ alg: 'none', typ: 'JWT' }, { sub: 'anyone' }, t.base64url(20));
const noAlg = jwt({ typ: 'JWT' }, { sub: 'x' }, t.base64url(43));
const notJson = ['eyJ' + t.base64url(30), 'eyJ' + t.base64url(30), t.base64url(43)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `SUPABASE_SERVICE_ROLE_KEY=${hs256}`, secret: hs256 },
    { text: `    token: ${rs256}`, secret: rs256, file: 'kubeconfig.yaml' },
    { text: `fetch(url, { headers: { Authorization: "Bearer ${hs256}" } });`, secret: hs256, file: 'client.ts' },
    { text: `{"id_token": "${rs256}"}`, secret: rs256, file: 'fixture.json' },
  ],
  ignores: [
    { text: `TOKEN=${unsigned}`, why: 'alg none: an unsigned token is not a credential' },
    { text: `TOKEN=${noAlg}`, why: 'header without alg' },
    { text: `TOKEN=${notJson}`, why: 'segments do not decode to JSON' },
    {
      text: 'TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      why: 'the jwt.io documentation example',
    },
    { text: `TOKEN=${hs256.split('.').slice(0, 2).join('.')}.`, why: 'no signature' },
  ],
});
