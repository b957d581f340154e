import check from '../../../../src/core/checks/dockerfile/add-instead-of-copy';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'archive to extract', code: 'FROM alpine:3.20\nADD rootfs.tar.xz /\nADD vendor.tgz /opt/\n' },
    { name: 'URL (dockerfile/add-url)', code: 'FROM alpine:3.20\nADD https://example.com/tool /opt/tool\n' },
    { name: 'git source', code: 'FROM alpine:3.20\nADD https://github.com/example/repo.git#v1.2.0 /src\n' },
    { name: 'COPY', code: 'FROM alpine:3.20\nCOPY app.js /app/\n' },
    { name: 'heredoc', code: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nADD <<EOF /etc/app.conf\nkey=value\nEOF\n' },
  ],
  invalid: [
    { name: 'local file', code: 'FROM node:20-slim\nADD server.js /app/\n', errors: [{ line: 2, messageId: 'useCopy', message: 'ADD server.js' }] },
    {
      name: 'JSON form with several sources; the archive is left out',
      code: 'FROM node:20-slim\nWORKDIR /app\nADD ["package.json", "deps.tar.gz", "/app/"]\n',
      errors: [{ line: 3, messageId: 'useCopy', message: 'ADD package.json copies' }],
    },
    { name: 'directory with flags', code: 'FROM node:20-slim\nADD --chown=node:node . /app\n', errors: [{ line: 2, messageId: 'useCopy' }] },
  ],
});
