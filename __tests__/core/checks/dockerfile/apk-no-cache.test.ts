import check from '../../../../src/core/checks/dockerfile/apk-no-cache';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    { name: '--no-cache', code: 'FROM alpine:3.20\nRUN apk add --no-cache ca-certificates tini\n' },
    { name: 'cache removed in the same RUN', code: 'FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n' },
    { name: 'cache mount', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n' },
    { name: 'builder stage', code: 'FROM alpine:3.20 AS build\nRUN apk add build-base\nFROM alpine:3.20\nCOPY --from=build /out /out\n' },
  ],
  invalid: [
    { name: 'apk add', code: 'FROM alpine:3.20\nRUN apk update && apk add curl\n', errors: [{ line: 2, messageId: 'cache' }] },
    {
      name: 'continued, with a virtual package',
      code: 'FROM python:3.12-alpine\nRUN apk add --virtual .build-deps \\\n      gcc musl-dev \\\n && pip install --no-cache-dir psycopg\n',
      errors: [{ line: 2, messageId: 'cache' }],
    },
  ],
});
