import rule from '../../../../src/core/secrets/rules/algolia-admin-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('algolia-admin-api-key');
const key = t.hex(32);

describeSecretRule(rule, {
  matches: [
    { text: `ALGOLIA_ADMIN_API_KEY=${key}`, secret: key },
    { text: `  algolia_api_key: "${key}"`, secret: key, file: 'docsearch.yml' },
  ],
  ignores: [
    { text: `ALGOLIA_SEARCH_API_KEY=${key}`, why: 'a search-only key is public' },
    { text: `ALGOLIA_ADMIN_API_KEY=${'0'.repeat(32)}`, why: 'placeholder' },
    { text: `ALGOLIA_ADMIN_API_KEY=${t.hex(40)}`, why: 'wrong length' },
  ],
});
