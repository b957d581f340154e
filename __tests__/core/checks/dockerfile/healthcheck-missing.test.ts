import check from '../../../../src/core/checks/dockerfile/healthcheck-missing';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'Dockerfile',
  valid: [
    {
      name: 'healthcheck in final stage',
      code: 'FROM node:20-slim\nHEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'inherited from the stage it builds on',
      code: 'FROM node:20-slim AS base\nHEALTHCHECK CMD ["/probe"]\nFROM base AS final\nCMD ["node", "server.js"]\n',
    },
    { name: 'empty Dockerfile has no stages', code: '# nothing yet\n' },
    { name: 'a CLI tool: nothing serves on the network', code: 'FROM alpine:3.20\nCOPY kubeconform /usr/local/bin/\nENTRYPOINT ["kubeconform"]\n' },
    {
      name: 'a stdio MCP server (docker run -i): nothing to probe',
      code: 'FROM node:22-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM node:22-alpine\nCOPY --from=build /app/dist /app/dist\nENTRYPOINT ["node", "/app/dist/index.js"]\n',
    },
    {
      name: 'an image for Kubernetes, which ignores HEALTHCHECK (probes are checked on the manifests)',
      files: {
        'src/frontend/Dockerfile':
          'FROM golang:1.23 AS build\nRUN go build -o /frontend\nFROM gcr.io/distroless/static\nCOPY --from=build /frontend /frontend\nEXPOSE 8080\nENTRYPOINT ["/frontend"]\n',
        'kubernetes-manifests/frontend.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: frontend\nspec:\n  selector:\n    matchLabels: { app: frontend }\n  template:\n    metadata:\n      labels: { app: frontend }\n    spec:\n      containers:\n        - name: server\n          image: frontend\n',
      },
    },
    {
      name: 'a stdio MCP server whose name has "server" in it',
      code: 'FROM python:3.12-slim\nENV LOCAL_TIMEZONE=UTC\nENTRYPOINT ["mcp-server-time", "--local-timezone", "${LOCAL_TIMEZONE}"]\n',
    },
    {
      name: 'an MCP server on stdio by default, with EXPOSE for its http mode',
      code: 'FROM golang:1.24 AS build\nRUN go build -o /bin/mcp ./cmd/mcp\nFROM gcr.io/distroless/base-debian12\nCOPY --from=build /bin/mcp /server/mcp\nEXPOSE 8082\nENTRYPOINT ["/server/mcp"]\nCMD ["stdio"]\n',
    },
    { name: 'an MCP server started with --transport stdio', code: 'FROM node:22-slim\nENV PORT=3000\nCMD ["node", "dist/index.js", "--transport", "stdio"]\n' },
    { name: 'a one-shot job image', code: 'FROM python:3.12-slim\nCOPY analyze.py /\nCMD ["python", "/analyze.py", "--since", "30d"]\n' },
  ],
  invalid: [
    { name: 'none', code: 'FROM node:20-slim\nCMD ["node", "server.js"]\n', errors: [{ line: 1, messageId: 'missing', message: 'FROM node:20-slim' }] },
    {
      name: 'only the builder has one: reported at the final FROM',
      code: 'FROM node:20 AS build\nHEALTHCHECK CMD true\nRUN npm ci\n\nFROM gcr.io/distroless/nodejs20\nCOPY --from=build /app /app\nEXPOSE 3000\n',
      errors: [{ line: 5, messageId: 'missing' }],
    },
    {
      name: 'EXPOSE in the final stage',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\nEXPOSE 8080\nENTRYPOINT ["/app"]\n',
      errors: [{ line: 3, messageId: 'missing' }],
    },
    { name: 'a PORT variable', code: 'FROM python:3.12-slim\nENV PORT=8000\nCMD ["python", "app.py"]\n', errors: [{ line: 1, messageId: 'missing' }] },
    { name: 'a server base image', code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n', errors: [{ line: 1, messageId: 'missing' }] },
    {
      name: 'an MCP server whose last CMD chooses http over the stdio of an earlier one',
      code: 'FROM golang:1.24\nEXPOSE 8082\nCMD ["stdio"]\nENTRYPOINT ["/server/mcp"]\nCMD ["http", "--port", "8082"]\n',
      errors: [{ line: 1, messageId: 'missing' }],
    },
    {
      name: 'a command that starts a server',
      code: 'FROM python:3.12-slim\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]\n',
      errors: [{ line: 1, messageId: 'missing' }],
    },
    {
      name: 'built by a Compose service, in a repository that also has Kubernetes workloads',
      files: {
        'app/Dockerfile': 'FROM node:22-slim\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
        'docker-compose.yml': 'services:\n  app:\n    build:\n      context: ./app\n',
        'k8s/app.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  selector:\n    matchLabels: { app: app }\n  template:\n    metadata:\n      labels: { app: app }\n    spec:\n      containers:\n        - name: app\n          image: app\n',
      },
      errors: [{ file: 'app/Dockerfile', line: 1, messageId: 'missing' }],
    },
    { name: 'node server.js', code: 'FROM node:22-slim\nCMD ["node", "dist/server.js"]\n', errors: [{ line: 1, messageId: 'missing' }] },
    { name: 'a listen flag', code: 'FROM alpine:3.20\nENTRYPOINT ["/usr/local/bin/gateway", "--listen=:9000"]\n', errors: [{ line: 1, messageId: 'missing' }] },
    { name: 'HEALTHCHECK NONE', code: 'FROM node:20-slim\nHEALTHCHECK NONE\n', errors: [{ line: 2, messageId: 'disabled' }] },
    {
      name: 'the later NONE wins over the inherited one',
      code: 'FROM node:20-slim AS base\nHEALTHCHECK CMD ["/probe"]\nFROM base\nhealthcheck none\n',
      errors: [{ line: 4, messageId: 'disabled' }],
    },
  ],
});
