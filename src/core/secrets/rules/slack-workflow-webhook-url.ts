import { defineSecretRule } from '../rule';

/**
 * `https://hooks.slack.com/workflows/T…/A…/<id>/<secret>` or `…/triggers/T…/<id>/<secret>`.
 */
export default defineSecretRule({
  id: 'slack-workflow-webhook-url',
  provider: 'Slack',
  description: 'Slack workflow (Workflow Builder) webhook URL',
  keywords: ['hooks.slack.com'],
  pattern: /(?<secret>https?:\/\/hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/(?:A[A-Z0-9]{8,12}\/)?\d{8,20}\/[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
  minEntropy: 3,
  validate: (url) => new Set(url.slice(url.lastIndexOf('/') + 1)).size >= 10,
});
