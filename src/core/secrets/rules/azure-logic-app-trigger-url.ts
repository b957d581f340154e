import { defineSecretRule } from '../rule';

/**
 * A workflow trigger URL with its `sig=` signature: anyone holding it can start the workflow
 * (Teams "Workflows" incoming webhooks are such URLs).
 */
export default defineSecretRule({
  id: 'azure-logic-app-trigger-url',
  provider: 'Azure',
  description: 'Azure Logic Apps / Power Automate HTTP trigger URL (Teams workflow webhook)',
  keywords: ['logic.azure.com', 'powerplatform.com'],
  pattern: /(?<secret>https:\/\/[A-Za-z0-9.-]+\.(?:logic\.azure\.com|environment\.api\.powerplatform\.com)(?::443)?\/(?:[^\s"'<>?]*\/)?workflows\/[0-9a-f]{32}\/triggers\/[A-Za-z0-9_-]+\/paths\/invoke\/?\?[^\s"'<>]*?sig=[A-Za-z0-9_%-]{43,64})/,
});
