import rule from '../../../../src/core/secrets/rules/mapbox-secret-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken, base64UrlOf } from '../../../helpers/fake-secret';

const t = seededToken('mapbox-secret-token');
const token = ['sk', base64UrlOf(JSON.stringify({ u: 'acme-maps', a: t.alnum(25) })), t.base64url(22)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `MAPBOX_DOWNLOADS_TOKEN=${token}`, secret: token },
    { text: `MAPBOX_SECRET_TOKEN: "${token}"`, secret: token, file: 'ci.yaml' },
  ],
  ignores: [
    { text: `MAPBOX_TOKEN=sk.eyJ1Ijoi${'A'.repeat(40)}.${t.base64url(22)}`, why: 'does not decode to the user JSON' },
    { text: `MAPBOX_TOKEN=sk.eyJ1IjoiYWNtZSJ9.${t.base64url(10)}`, why: 'signature part too short' },
  ],
});
