import rule from '../../../../src/core/secrets/rules/azure-devops-pat';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const pat = [fake(ALNUM, 52, 'ado'), 'JQQJ99', 'x', 'B', fake(ALNUM, 16, 'ado-2'), 'AZDO', fake(ALNUM, 4, 'ado-3')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_DEVOPS_EXT_PAT=${pat}`, secret: pat },
    { text: `git clone https://build:${pat}@dev.azure.com/acme/shop/_git/shop`, secret: pat, file: 'clone.sh' },
    { text: `  token: "${pat}"`, secret: pat, file: 'azure-pipelines.yml' },
  ],
  ignores: [
    { text: `AZURE_DEVOPS_EXT_PAT=${'a'.repeat(52)}JQQJ99xB${'a'.repeat(16)}AZDOaaaa`, why: 'placeholder' },
    { text: `AZURE_DEVOPS_EXT_PAT=${pat.slice(1)}`, why: 'too short' },
  ],
});
