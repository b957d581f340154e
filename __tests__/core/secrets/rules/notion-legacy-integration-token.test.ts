import rule from '../../../../src/core/secrets/rules/notion-legacy-integration-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('notion-legacy-integration-token');
const token = ['secret_', t.alnum(43)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NOTION_API_KEY=${token}`, secret: token },
    { text: `notion = Client(auth="${token}")`, secret: token, file: 'export.py' },
  ],
  ignores: [
    { text: `API_KEY=${token}`, why: 'no mention of Notion' },
    { text: `NOTION_API_KEY=secret_${'x'.repeat(43)}`, why: 'placeholder' },
    { text: `NOTION_API_KEY=secret_${t.alnum(30)}`, why: 'too short' },
  ],
});
