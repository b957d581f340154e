import check, { isWorldWritableMode } from '../../../../src/core/checks/dockerfile/chmod-world-writable';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'owner-only modes', code: 'FROM node:22-alpine\nRUN chmod 755 /app/entrypoint.sh && chmod -R u+w /app/data && chmod 0640 /app/config\n' },
    { name: 'sticky shared directory', code: 'FROM debian:12-slim\nRUN mkdir -p /tmp/shared && chmod 1777 /tmp/shared\n' },
    { name: 'removing write from others', code: 'FROM debian:12-slim\nRUN chmod -R o-w /srv && chmod g+w /srv/cache\n' },
    { name: 'chmod named in a string', code: 'FROM debian:12-slim\nRUN echo "do not chmod 777"\n' },
    { name: 'COPY with a safe --chmod', code: 'FROM node:22-alpine\nCOPY --chown=node:node --chmod=755 entrypoint.sh /usr/local/bin/\n' },
  ],
  invalid: [
    {
      name: 'chmod 777',
      code: 'FROM python:3.12-slim\nWORKDIR /app\nRUN pip install -r requirements.txt && chmod 777 /app\n',
      errors: [{ line: 3, messageId: 'chmod', message: 'RUN makes /app world-writable (chmod 777)' }],
    },
    {
      name: 'recursive a+w across a continuation',
      code: 'FROM debian:12-slim\nRUN mkdir -p /data \\\n && chmod -R a+w /data\n',
      errors: [{ line: 2, messageId: 'chmod', message: 'chmod a+w' }],
    },
    {
      name: 'o+w and a four-digit octal mode in one RUN',
      code: 'FROM debian:12-slim\nRUN chmod o+w /var/log/app && sudo chmod 0666 /etc/app.conf\n',
      errors: [
        { line: 2, messageId: 'chmod', message: '/etc/app.conf world-writable (chmod 0666)' },
        { line: 2, messageId: 'chmod', message: '/var/log/app world-writable (chmod o+w)' },
      ],
    },
    {
      name: 'COPY --chmod=777',
      code: 'FROM node:22-alpine\nCOPY --chmod=777 scripts/ /opt/scripts/\n',
      errors: [{ line: 2, messageId: 'copyChmod', message: 'COPY --chmod=777' }],
    },
  ],
});

test('modes', () => {
  expect(['777', '0777', '666', '2777', '772', 'a+w', 'o+rwx', 'ugo=rwx', 'u+x,o+w'].filter(isWorldWritableMode)).toHaveLength(9);
  expect(['755', '1777', '644', '770', 'u+w', 'g+w', 'o-w', '+w', 'o+wt', 'abc'].filter(isWorldWritableMode)).toEqual([]);
});
