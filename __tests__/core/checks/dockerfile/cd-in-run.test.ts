import check from '../../../../src/core/checks/dockerfile/cd-in-run';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'WORKDIR', code: 'FROM node:20-slim\nWORKDIR /app\nRUN npm ci\n' },
    { name: 'tool options', code: 'FROM alpine:3.20\nRUN tar -C /opt -xzf x.tgz && make -C /opt/x\n' },
    { name: 'cd in a string', code: 'FROM alpine:3.20\nRUN echo "cd /tmp"\n' },
  ],
  invalid: [
    { name: 'cd && make', code: 'FROM alpine:3.20\nRUN cd /src && make install\n', errors: [{ line: 2, messageId: 'cd', message: 'cd /src' }] },
    {
      name: 'in a heredoc',
      code: 'FROM alpine:3.20\nRUN <<EOF\nset -eux\ncd /opt/app\n./configure\nEOF\n',
      errors: [{ line: 2, messageId: 'cd', message: 'cd /opt/app' }],
    },
  ],
});
