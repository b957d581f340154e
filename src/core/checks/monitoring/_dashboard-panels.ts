/** Panels of a Grafana dashboard, including those nested in (collapsed) rows, with their tree paths. */
import type { TreePath } from '../../source/yaml-tree';
import { isRecord } from './_rules';

export interface PanelRef {
  path: TreePath;
  panel: Record<string, unknown>;
  title: string;
}

export function dashboardPanels(dashboard: Record<string, unknown>): PanelRef[] {
  const out: PanelRef[] = [];
  const walk = (panels: unknown, path: TreePath): void => {
    if (!Array.isArray(panels)) return;
    panels.forEach((p, i) => {
      if (!isRecord(p)) return;
      const here = [...path, i];
      const title = typeof p.title === 'string' && p.title.trim() ? p.title : `#${typeof p.id === 'number' ? p.id : i + 1}`;
      out.push({ path: here, panel: p, title });
      walk(p.panels, [...here, 'panels']);
    });
  };
  walk(dashboard.panels, ['panels']);
  return out;
}
