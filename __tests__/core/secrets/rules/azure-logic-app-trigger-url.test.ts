import rule from '../../../../src/core/secrets/rules/azure-logic-app-trigger-url';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, HEX, fake } from '../../../helpers/fake-secret';

const url = `https://prod-27.westeurope.logic.azure.com:443/workflows/${fake(HEX, 32, 'wf')}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${fake(BASE64URL, 43, 'wf-sig')}`;

describeSecretRule(rule, {
  matches: [
    { text: `TEAMS_WEBHOOK_URL=${url}`, secret: url },
    { text: `    webhook_url: "${url}"`, secret: url, file: 'alertmanager.yml' },
  ],
  ignores: [
    { text: `TEAMS_WEBHOOK_URL=https://prod-27.westeurope.logic.azure.com:443/workflows/<id>/triggers/manual/paths/invoke?sig=<sig>`, why: 'placeholder' },
    { text: `See https://learn.microsoft.com/azure/logic-apps/ for logic.azure.com triggers`, why: 'prose' },
  ],
});
