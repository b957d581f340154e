import rule from '../../../../src/core/secrets/rules/azure-cosmosdb-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 86, 'cosmos'), '=='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `COSMOS_KEY=${key}`, secret: key },
    { text: `  "CosmosDbKey": "${key}",`, secret: key, file: 'appsettings.json' },
    { text: `cosmos_master_key = "${key}"`, secret: key, file: 'settings.py' },
  ],
  ignores: [
    { text: `COSMOS_KEY=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==`, why: 'Cosmos DB emulator well-known key' },
    { text: `COSMOS_KEY=${'A'.repeat(86)}==`, why: 'placeholder' },
    { text: `COSMOS_KEY=${key.slice(3)}`, why: 'too short' },
  ],
});
