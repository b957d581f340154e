import rule from '../../../../src/core/secrets/rules/azure-devops-pat-legacy';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE32_LOWER, fake } from '../../../helpers/fake-secret';

const pat = fake(BASE32_LOWER, 52, 'ado-legacy');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_DEVOPS_EXT_PAT=${pat}`, secret: pat },
    { text: `  azdoToken: "${pat}"`, secret: pat, file: 'config.yaml' },
    { text: `export AZURE_DEVOPS_EXT_PAT="${pat}" && az devops login`, secret: pat, file: 'login.sh' },
  ],
  ignores: [
    { text: `AZURE_DEVOPS_EXT_PAT=${'a'.repeat(52)}`, why: 'placeholder' },
    { text: `AZURE_DEVOPS_EXT_PAT=${pat.toUpperCase()}`, why: 'wrong alphabet' },
    { text: `OTHER_TOKEN=${pat}`, why: 'not assigned to an Azure DevOps name' },
  ],
});
