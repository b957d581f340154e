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
  // Every repetition is bounded: an unbounded host or path made the pattern quadratic on long lines.
  pattern:
    /(?<secret>https:\/\/[A-Za-z0-9.-]{1,253}\.(?:logic\.azure\.com|environment\.api\.powerplatform\.com)(?::443)?\/(?:[^\s"'<>?]{0,512}\/)?workflows\/[0-9a-f]{32}\/triggers\/[A-Za-z0-9_-]{1,128}\/paths\/invoke\/?\?[^\s"'<>]{0,512}?sig=[A-Za-z0-9_%-]{43,64})/,
});
