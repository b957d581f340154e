import { UUID, assignmentPrefix } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Loggly customer tokens: a UUID, assigned to a name that mentions Loggly or in a Loggly input URL.
 */
export default defineSecretRule({
  id: 'loggly-customer-token',
  provider: 'Loggly',
  description: 'Loggly customer token',
  keywords: ['loggly'],
  pattern: new RegExp(`(?:${assignmentPrefix(['loggly'])}|loggly\\.com/(?:inputs|bulk)/)(?<secret>${UUID})(?![A-Za-z0-9-])`),
});
