import { defineSecretRule } from '../rule';

/**
 * `https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<owner>[/<signature>]`,
 * or the older `outlook.office.com/webhook/…` form.
 */
export default defineSecretRule({
  id: 'microsoft-teams-webhook-url',
  provider: 'Microsoft',
  description: 'Microsoft Teams incoming webhook URL (Office 365 connector)',
  keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
  pattern:
    /(?<secret>https:\/\/(?:[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[A-Za-z0-9_-]{20,4096})?)(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
