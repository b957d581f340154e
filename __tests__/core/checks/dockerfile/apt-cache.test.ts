import check from '../../../../src/core/checks/dockerfile/apt-cache';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    {
      name: 'apt-get dist-clean at the end of the RUN (apt 2.7+)',
      code: 'FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get dist-clean\n',
    },
    { name: 'apt distclean', code: 'FROM debian:trixie-slim\nRUN apt update && apt install -y curl; apt distclean\n' },
    {
      name: 'lists removed in the same RUN, across continuations and a comment line',
      code: 'FROM debian:12-slim\nRUN apt-get update \\\n    # tools\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n',
    },
    { name: 'cache mount', code: 'FROM debian:12-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n' },
    {
      name: 'builder stage layers are not shipped',
      code: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /out /out\n',
    },
    { name: 'no install', code: 'FROM debian:12-slim\nRUN apt-get update\n' },
    { name: 'heredoc with cleanup', code: 'FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n' },
    { name: 'mentioned in a comment only', code: 'FROM debian:12-slim\n# RUN apt-get install -y curl\nRUN echo "apt-get install curl"\n' },
  ],
  invalid: [
    {
      name: 'apt-get clean empties the archives, not the lists',
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && apt-get clean\n',
      errors: [{ line: 2, messageId: 'listsKept' }],
    },
    {
      name: 'install without cleanup',
      code: 'FROM debian:12-slim\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl\n',
      errors: [{ line: 2, messageId: 'listsKept', message: 'apt-get install' }],
    },
    {
      name: 'cleanup in a later RUN does not shrink the layer',
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 2, messageId: 'listsKept' }],
    },
    {
      name: 'final stage built FROM a stage: both are shipped',
      code: 'FROM ubuntu:24.04 AS base\nRUN apt update && apt install -y ca-certificates\nFROM base\nRUN DEBIAN_FRONTEND=noninteractive sudo apt-get -y install tini\n',
      errors: [
        { line: 2, messageId: 'listsKept', message: 'apt install' },
        { line: 4, messageId: 'listsKept', message: 'apt-get install' },
      ],
    },
  ],
});
