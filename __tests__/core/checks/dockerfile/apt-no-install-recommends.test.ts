import check from '../../../../src/core/checks/dockerfile/apt-no-install-recommends';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    {
      name: 'flag present',
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
    { name: 'apt option', code: 'FROM debian:12-slim\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n' },
    { name: 'builder stage', code: 'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM scratch\n' },
    { name: 'apt-get update only', code: 'FROM debian:12-slim\nRUN apt-get update\n' },
  ],
  invalid: [
    {
      name: 'missing',
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n',
      errors: [{ line: 2, messageId: 'recommends', message: 'apt-get install' }],
    },
    {
      name: 'two installs in one RUN, exec form elsewhere',
      code: 'FROM debian:12-slim\nRUN apt-get install -y --no-install-recommends a; apt-get install -y b\nRUN ["apt-get", "install", "-y", "c"]\n',
      errors: [
        { line: 2, messageId: 'recommends' },
        { line: 3, messageId: 'recommends' },
      ],
    },
  ],
});
