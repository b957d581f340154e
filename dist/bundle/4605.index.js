"use strict";
exports.id = 4605;
exports.ids = [4605];
exports.modules = {

/***/ 24605:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.builtInModels = builtInModels;
/**
 * The precompiled validators of the `kubernetes-models` package, one group module per API group
 * Kubernetes serves. Most of the bundle's weight: schema.ts loads this module with import(), so
 * the bundle keeps it in a chunk of its own that only runs with manifests read.
 */
const admissionregistrationV1 = __importStar(__webpack_require__(82522));
const apiextensionsV1 = __importStar(__webpack_require__(30884));
const apiregistrationV1 = __importStar(__webpack_require__(3175));
const appsV1 = __importStar(__webpack_require__(85234));
const autoscalingV1 = __importStar(__webpack_require__(29782));
const autoscalingV2 = __importStar(__webpack_require__(87291));
const batchV1 = __importStar(__webpack_require__(3274));
const certificatesV1 = __importStar(__webpack_require__(49090));
const coordinationV1 = __importStar(__webpack_require__(65833));
const discoveryV1 = __importStar(__webpack_require__(34244));
const eventsV1 = __importStar(__webpack_require__(78767));
const flowcontrolV1 = __importStar(__webpack_require__(67778));
const networkingV1 = __importStar(__webpack_require__(52376));
const nodeV1 = __importStar(__webpack_require__(60454));
const policyV1 = __importStar(__webpack_require__(14176));
const rbacV1 = __importStar(__webpack_require__(45525));
const schedulingV1 = __importStar(__webpack_require__(84576));
const storageV1 = __importStar(__webpack_require__(65007));
const coreV1 = __importStar(__webpack_require__(77167));
const GROUP_MODULES = [
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
let modelIndex;
/** Built once per process, on first use. */
function builtInModels() {
    if (modelIndex)
        return modelIndex;
    modelIndex = new Map();
    for (const mod of GROUP_MODULES) {
        for (const exported of Object.values(mod)) {
            if (typeof exported !== 'function')
                continue;
            const cls = exported;
            // Only top-level resources carry a static apiVersion and kind; nested types (DeploymentSpec) do not.
            if (typeof cls.apiVersion === 'string' && typeof cls.kind === 'string')
                modelIndex.set(`${cls.apiVersion}/${cls.kind}`, cls);
        }
    }
    return modelIndex;
}


/***/ })

};
;