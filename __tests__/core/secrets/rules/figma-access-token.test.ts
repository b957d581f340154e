import rule from '../../../../src/core/secrets/rules/figma-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('figma-access-token');
const token = ['figd_', t.base64url(40)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `FIGMA_TOKEN=${token}`, secret: token },
    { text: `fetch(url, { headers: { 'X-Figma-Token': '${token}' } });`, secret: token, file: 'scripts/export-icons.ts' },
  ],
  ignores: [
    { text: `FIGMA_TOKEN=figd_${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `FIGMA_TOKEN=figd_${t.base64url(25)}`, why: 'too short' },
  ],
});
