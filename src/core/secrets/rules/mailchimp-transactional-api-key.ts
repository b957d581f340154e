import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Twenty-two base64url characters (optionally after `md-`) assigned to a Mandrill name.
 */
export default defineSecretRule({
  id: 'mailchimp-transactional-api-key',
  provider: 'Mailchimp',
  description: 'Mailchimp Transactional (Mandrill) API key',
  keywords: ['mandrill', 'mailchimp_transactional', 'mailchimp-transactional', 'mailchimp.transactional', 'mailchimptransactional'],
  pattern: assignedTo(['mandrill', 'mailchimp_transactional'], '(?:md-)?[A-Za-z0-9_-]{22}'),
  minEntropy: 3.5,
});
