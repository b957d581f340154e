import { mapRenderedLines, splitHelmOutput } from '../../../src/core/kubernetes/helm-output';
import { WEB_CHART } from '../../helpers/helm-chart';

describe('splitHelmOutput', () => {
  test('one document per # Source: block, the chart name dropped; empty documents skipped', () => {
    const docs = splitHelmOutput(
      [
        '---',
        '# Source: web/templates/service.yaml',
        'apiVersion: v1',
        'kind: Service',
        '---',
        '# Source: web/templates/empty.yaml',
        '---',
        '# Source: web/charts/redis/templates/sts.yaml',
        'kind: StatefulSet',
        '',
      ].join('\n'),
    );
    expect(docs).toEqual([
      { source: 'templates/service.yaml', text: '# Source: web/templates/service.yaml\napiVersion: v1\nkind: Service\n' },
      { source: 'charts/redis/templates/sts.yaml', text: '# Source: web/charts/redis/templates/sts.yaml\nkind: StatefulSet\n' },
    ]);
  });
});

describe('mapRenderedLines', () => {
  // Lines 1-8: apiVersion, kind, metadata, name, labels, the labels helper, spec, replicas.
  const template = `${WEB_CHART['templates/deployment.yaml'].split('\n').slice(0, 8).join('\n')}\n`;

  test('equal lines map to their line, templated values to the line with their key, inserted lines to the line before', () => {
    const rendered = [
      '# Source: web/templates/d.yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: rel-web',
      '  labels:',
      '    app: rel-web',
      'spec:',
      '  replicas: 2',
    ].join('\n');
    expect(mapRenderedLines(rendered, template, { line: 0 })).toEqual([1, 1, 2, 3, 4, 5, 5, 7, 8]);
  });

  test('a second document of the same template continues after the first; one that does not fit starts again at the top', () => {
    const two = `${template}---\napiVersion: v1\nkind: Service\n`;
    const cursor = { line: 0 };
    expect(mapRenderedLines('apiVersion: apps/v1\nkind: Deployment', two, cursor)).toEqual([1, 2]);
    expect(mapRenderedLines('apiVersion: v1\nkind: Service', two, cursor)).toEqual([10, 11]);
    expect(mapRenderedLines('apiVersion: apps/v1\nkind: Deployment', two, cursor)).toEqual([1, 2]);
  });
});
