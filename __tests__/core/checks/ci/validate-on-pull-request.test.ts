import check from '../../../../src/core/checks/ci/validate-on-pull-request';
import { describeCheck } from '../../../helpers/check-cases';
import { DEPLOY_WORKFLOW, PR_WORKFLOW, prJob } from '../../../helpers/workflows';

describeCheck(check, {
  defaultFile: '.github/workflows/pr.yml',
  valid: [
    { name: 'the all-in-one stackgate action on pull_request', code: PR_WORKFLOW },
    { name: 'actions/validate on merge_group', code: prJob('      - uses: acme/stackgate/actions/validate@v1\n', 'merge_group') },
    { name: 'stackgate validate through npx', code: prJob('      - run: npx stackgate validate . --fail-on warning\n') },
    {
      name: 'docker compose config and kubeconform',
      code: prJob('      - run: |\n          docker compose -f stacks/common/docker-compose.yml config -q\n          kubeconform -strict k8s/\n'),
    },
    ...[
      'flate test all --allow-missing-secrets',
      'flux-local test --enable-helm --path clusters/home',
      'ct lint --config ct.yaml',
      'helm lint charts/*',
      'conftest test k8s/',
      'checkov -d k8s/',
      'trivy config --exit-code 1 .',
      'kubectl apply --dry-run=server -f k8s/',
    ].map((command) => ({ name: `a rendering or policy validator: ${command}`, code: prJob(`      - run: ${command}\n`) })),
    { name: "flux-local's test action", code: prJob('      - uses: allenporter/flux-local/action/test@v7\n        with:\n          path: clusters/prod\n') },
    {
      name: 'validators as actions: flux-schema, kube-linter, hadolint',
      code: prJob(
        '      - uses: fluxcd/flux-schema/actions/setup@main\n      - uses: fluxcd/flux-schema/actions/validate@main\n        with:\n          config: .fluxschema.yml\n',
      ),
    },
    { name: 'kube-linter action', code: prJob('      - uses: stackrox/kube-linter-action@v1\n        with:\n          directory: k8s\n') },
    { name: 'hadolint action', code: prJob('      - uses: hadolint/hadolint-action@v3.1.0\n') },
    {
      name: 'a repository script that runs kubeconform',
      files: {
        '.github/workflows/pr.yml': prJob('      - name: Validate manifests\n        run: ./scripts/validate.sh\n'),
        'scripts/validate.sh': '#!/usr/bin/env bash\nset -o errexit\nfind . -name "*.yaml" -print0 | xargs -0 kubeconform -strict -ignore-missing-schemas\n',
      },
    },
    { name: 'flux-schema on the command line', code: prJob('      - run: flux-schema validate --config .fluxschema.yml\n') },
    {
      name: 'a Makefile target that starts a script running kubeconform',
      files: {
        '.github/workflows/pr.yml': prJob('      - name: Validate manifests\n        run: make validate\n'),
        Makefile: '.ONESHELL:\n\n.PHONY: validate\nvalidate: # Validate the manifests\n\tscripts/validate.sh\n\nfleet-up:\n\tscripts/fleet-up.sh\n',
        'scripts/validate.sh': '#!/usr/bin/env bash\nkustomize build clusters/hub | kubeconform -strict -ignore-missing-schemas\n',
      },
    },
    {
      name: "a Makefile's default target, through a prerequisite",
      files: {
        '.github/workflows/pr.yml': prJob('      - run: make\n'),
        Makefile: 'all: check build\n\ncheck: lint\n\techo checked\n\nlint:\n\tkube-linter lint k8s/\n\nbuild:\n\tgo build ./...\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a Makefile target that runs no validator',
      files: {
        '.github/workflows/pr.yml': prJob('      - run: make test\n'),
        Makefile: 'test:\n\tgo test ./...\n\nvalidate:\n\tkubeconform k8s/\n',
      },
      errors: [{ file: '.github/workflows/pr.yml', line: 1, messageId: 'none' }],
    },
    {
      name: 'a render that validates nothing: flate diff, helm template, kubectl apply without a dry run',
      code: prJob('      - run: |\n          flate diff all -o diff\n          helm template charts/app\n          kubectl apply -f k8s/\n'),
      errors: [{ line: 1, messageId: 'none' }],
    },
    {
      name: 'a pull request workflow that only runs tests',
      code: prJob('      - run: npm test\n'),
      errors: [{ line: 1, messageId: 'none', message: 'none of .github/workflows/pr.yml runs stackgate validate' }],
    },
    { name: 'validation on push only', code: DEPLOY_WORKFLOW, errors: [{ line: 1, messageId: 'noPrWorkflow' }] },
    {
      name: "flux-schema's setup alone validates nothing",
      code: prJob('      - uses: fluxcd/flux-schema/actions/setup@main\n'),
      errors: [{ line: 1, messageId: 'none' }],
    },
    {
      name: 'a repository script that runs only the tests',
      files: {
        '.github/workflows/pr.yml': prJob('      - run: bash scripts/test.sh\n'),
        'scripts/test.sh': '#!/bin/sh\nnpm test\n',
      },
      errors: [{ line: 1, messageId: 'none' }],
    },
    {
      name: 'stackgate secrets is not validation',
      code: prJob('      - uses: acme/stackgate/actions/secrets@v1\n'),
      errors: [{ line: 1, messageId: 'none' }],
    },
  ],
  notApplicable: [{ name: 'no workflows', files: { 'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n' } }],
});
