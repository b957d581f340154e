import rule from '../../../../src/core/secrets/rules/azure-search-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const key = [fake(ALNUM, 42, 'azse'), 'AzSe', 'B', fake(ALNUM, 5, 'azse-2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_SEARCH_KEY=${key}`, secret: key },
    { text: `  searchApiKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `curl -H "api-key: ${key}" https://shop.search.windows.net/indexes`, secret: key, file: 'search.sh' },
  ],
  ignores: [
    { text: `AZURE_SEARCH_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `AZURE_SEARCH_KEY=${'A'.repeat(42)}AzSe${'A'.repeat(6)}`, why: 'placeholder' },
    { text: `AZURE_SEARCH_KEY=${key.replace('AzSe', 'Zzzz')}`, why: 'no signature' },
  ],
});
