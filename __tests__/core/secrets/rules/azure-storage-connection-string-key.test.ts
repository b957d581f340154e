import rule from '../../../../src/core/secrets/rules/azure-storage-connection-string-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 86, 'storage'), '=='].join('');

describeSecretRule(rule, {
  matches: [
    {
      text: `AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=shopprod;AccountKey=${key};EndpointSuffix=core.windows.net`,
      secret: key,
    },
    {
      text: `  "ConnectionStrings": { "Cosmos": "AccountEndpoint=https://shop.documents.azure.com:443/;AccountKey=${key};" }`,
      secret: key,
      file: 'appsettings.json',
    },
    { text: `      - STORAGE=DefaultEndpointsProtocol=https;AccountName=logs;AccountKey=${key}`, secret: key, file: 'docker-compose.yml' },
  ],
  ignores: [
    {
      text: `UseDevelopmentStorage=true;DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;`,
      why: 'Azurite well-known development key',
    },
    { text: `AccountKey=${key.slice(2)}`, why: 'too short' },
    { text: `AccountKey=\${STORAGE_KEY}`, why: 'reference' },
  ],
});
