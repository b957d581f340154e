import check from '../../../../src/core/checks/dockerfile/sudo';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: 'root steps then USER', code: 'FROM debian:12-slim\nRUN apt-get update\nUSER app\n' },
    {
      name: 'installing sudo is not using it',
      code: 'FROM debian:12-slim\nRUN apt-get install -y sudo && echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\n',
    },
    { name: 'the word in a string', code: 'FROM debian:12-slim\nRUN echo "never use sudo"\n' },
  ],
  invalid: [
    {
      name: 'sudo',
      code: 'FROM debian:12-slim\nUSER app\nRUN sudo apt-get update\n',
      errors: [{ line: 3, messageId: 'sudo', message: 'sudo apt-get update' }],
    },
    {
      name: 'after an assignment, later in a chain',
      code: 'FROM debian:12-slim\nRUN mkdir -p /x && \\\n    DEBIAN_FRONTEND=noninteractive /usr/bin/sudo -E apt-get install -y curl\n',
      errors: [{ line: 2, messageId: 'sudo' }],
    },
  ],
});
