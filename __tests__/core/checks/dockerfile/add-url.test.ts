import check from '../../../../src/core/checks/dockerfile/add-url';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'local file', code: 'FROM alpine:3.20\nADD app.tar.gz /opt/\n' },
    {
      name: 'checksum pinned',
      code: '# syntax=docker/dockerfile:1.7\nFROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/\n',
    },
    { name: 'COPY is not ADD', code: 'FROM alpine:3.20\nCOPY https-notes.txt /opt/\n' },
  ],
  invalid: [
    {
      name: 'https download',
      code: 'FROM alpine:3.20\nADD https://example.com/tool.tar.gz /opt/\n',
      errors: [{ line: 2, messageId: 'url', message: 'https://example.com/tool.tar.gz' }],
    },
    {
      name: 'JSON form and credentials are masked',
      code: 'FROM alpine:3.20\nADD ["http://user:hunter2@example.com/a.bin", "/a.bin"]\n',
      errors: [{ line: 2, messageId: 'url', message: 'http://***@example.com/a.bin' }],
    },
    {
      name: 'continued over lines with --chown',
      code: 'FROM alpine:3.20\nADD --chown=1000:1000 \\\n    https://example.com/a.sh \\\n    /usr/local/bin/a.sh\n',
      errors: [{ line: 2, messageId: 'url' }],
    },
  ],
});
