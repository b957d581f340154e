import rule from '../../../../src/core/secrets/rules/notion-integration-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('notion-integration-token');
const token = ['ntn_', t.digits(11), t.alnum(35)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NOTION_TOKEN=${token}`, secret: token },
    { text: `const notion = new Client({ auth: "${token}" });`, secret: token, file: 'notion.js' },
    { text: `  notion_api_key: '${token}'`, secret: token, file: 'secrets.yml' },
  ],
  ignores: [
    { text: `NOTION_TOKEN=ntn_${'0'.repeat(11)}${'x'.repeat(35)}`, why: 'placeholder' },
    { text: `NOTION_TOKEN=ntn_${t.alnum(46)}`, why: 'no 11-digit block' },
  ],
});
