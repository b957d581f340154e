/**
 * The precompiled validators of the `kubernetes-models` package, one group module per API group
 * Kubernetes serves. Most of the bundle's weight: schema.ts loads this module with import(), so
 * the bundle keeps it in a chunk of its own that only runs with manifests read.
 */
import * as admissionregistrationV1 from 'kubernetes-models/admissionregistration.k8s.io/v1';
import * as apiextensionsV1 from 'kubernetes-models/apiextensions.k8s.io/v1';
import * as apiregistrationV1 from 'kubernetes-models/apiregistration.k8s.io/v1';
import * as appsV1 from 'kubernetes-models/apps/v1';
import * as autoscalingV1 from 'kubernetes-models/autoscaling/v1';
import * as autoscalingV2 from 'kubernetes-models/autoscaling/v2';
import * as batchV1 from 'kubernetes-models/batch/v1';
import * as certificatesV1 from 'kubernetes-models/certificates.k8s.io/v1';
import * as coordinationV1 from 'kubernetes-models/coordination.k8s.io/v1';
import * as discoveryV1 from 'kubernetes-models/discovery.k8s.io/v1';
import * as eventsV1 from 'kubernetes-models/events.k8s.io/v1';
import * as flowcontrolV1 from 'kubernetes-models/flowcontrol.apiserver.k8s.io/v1';
import * as networkingV1 from 'kubernetes-models/networking.k8s.io/v1';
import * as nodeV1 from 'kubernetes-models/node.k8s.io/v1';
import * as policyV1 from 'kubernetes-models/policy/v1';
import * as rbacV1 from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import * as schedulingV1 from 'kubernetes-models/scheduling.k8s.io/v1';
import * as storageV1 from 'kubernetes-models/storage.k8s.io/v1';
import * as coreV1 from 'kubernetes-models/v1';

export type ModelClass = (new (data: unknown) => { validate(): void }) & { apiVersion?: unknown; kind?: unknown };

const GROUP_MODULES: readonly Record<string, unknown>[] = [
  coreV1,
  appsV1,
  batchV1,
  autoscalingV1,
  autoscalingV2,
  networkingV1,
  policyV1,
  rbacV1,
  storageV1,
  schedulingV1,
  admissionregistrationV1,
  apiextensionsV1,
  apiregistrationV1,
  coordinationV1,
  discoveryV1,
  eventsV1,
  flowcontrolV1,
  nodeV1,
  certificatesV1,
];

/** The model class of every built-in top-level kind, by `apiVersion/kind`. */
export type BuiltInModels = ReadonlyMap<string, ModelClass>;

let modelIndex: Map<string, ModelClass> | undefined;

/** Built once per process, on first use. */
export function builtInModels(): BuiltInModels {
  if (modelIndex) return modelIndex;
  modelIndex = new Map();
  for (const mod of GROUP_MODULES) {
    for (const exported of Object.values(mod)) {
      if (typeof exported !== 'function') continue;
      const cls = exported as ModelClass;
      // Only top-level resources carry a static apiVersion and kind; nested types (DeploymentSpec) do not.
      if (typeof cls.apiVersion === 'string' && typeof cls.kind === 'string') modelIndex.set(`${cls.apiVersion}/${cls.kind}`, cls);
    }
  }
  return modelIndex;
}
