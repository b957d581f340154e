import rule from '../../../../src/core/secrets/rules/azure-cosmosdb-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 76, 'acdb'), 'ACDb', fake(BASE64, 5, 'acdb-2'), 'Q=='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `COSMOS_KEY=${key}`, secret: key },
    { text: `  cosmosKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `new CosmosClient({ endpoint: "https://shop.documents.azure.com", key: "${key}" });`, secret: key, file: 'src/db.ts' },
  ],
  ignores: [
    { text: `COSMOS_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `COSMOS_KEY=${'A'.repeat(76)}ACDb${'A'.repeat(6)}A==`, why: 'placeholder' },
    { text: `COSMOS_KEY=${key.replace('ACDb', 'Zzzz')}`, why: 'no signature' },
  ],
});
