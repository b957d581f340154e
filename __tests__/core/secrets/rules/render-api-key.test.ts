import rule from '../../../../src/core/secrets/rules/render-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('render-api-key');
const key = ['rnd_', t.alnum(32)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `RENDER_API_KEY=${key}`, secret: key },
    { text: `curl -H "Authorization: Bearer ${key}" https://api.render.com/v1/services`, secret: key, file: 'deploy.sh' },
  ],
  ignores: [
    { text: `RENDER_API_KEY=rnd_${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `RENDER_API_KEY=rnd_${t.alnum(16)}`, why: 'too short' },
  ],
});
