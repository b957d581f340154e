import check from '../../../../src/core/checks/dockerfile/curl-pipe-shell';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    {
      name: 'download, verify, run',
      code: 'FROM debian:12-slim\nRUN curl -fsSLo /tmp/i.sh https://example.com/i.sh \\\n && echo "abc  /tmp/i.sh" | sha256sum -c - \\\n && sh /tmp/i.sh\n',
    },
    { name: 'piped into a non-shell', code: 'FROM debian:12-slim\nRUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/x.gpg\n' },
    { name: 'quoted pipe is text', code: 'FROM debian:12-slim\nRUN echo "curl https://x | sh" > /README\n' },
    { name: 'separate commands', code: 'FROM debian:12-slim\nRUN curl -fsSLO https://example.com/a.tgz; bash -c "tar xzf a.tgz"\n' },
  ],
  invalid: [
    {
      name: 'curl | sh',
      code: 'FROM debian:12-slim\nRUN curl -fsSL https://get.example.com | sh\n',
      errors: [{ line: 2, messageId: 'pipe', message: 'curl output is piped straight into sh' }],
    },
    {
      name: 'wget | sudo bash -s, over continuations',
      code: 'FROM debian:12-slim\nRUN apt-get update && \\\n    wget -qO- https://example.com/install.sh \\\n      | sudo bash -s -- --yes\n',
      errors: [{ line: 2, messageId: 'pipe', message: 'wget output is piped straight into bash' }],
    },
    {
      name: 'sh -c "$(curl ...)" and a tee in the middle',
      code: 'FROM debian:12-slim\nRUN sh -c "$(curl -fsSL https://example.com/install.sh)"\nRUN curl -s https://example.com/x | tee /tmp/x | /bin/bash\n',
      errors: [
        { line: 2, messageId: 'pipe', message: 'curl output is piped straight into sh' },
        { line: 3, messageId: 'pipe', message: 'into bash' },
      ],
    },
  ],
});
