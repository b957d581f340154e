import check from '../../../../src/core/checks/dockerfile/maintainer-deprecated';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [{ name: 'OCI label', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="team@example.com"\n' }],
  invalid: [
    { name: 'MAINTAINER', code: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n', errors: [{ line: 2, messageId: 'deprecated' }] },
    { name: 'lower case, before FROM', code: 'maintainer ops@example.com\nFROM alpine:3.20\n', errors: [{ line: 1, messageId: 'deprecated' }] },
  ],
});
