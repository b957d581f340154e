/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 23340:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ENTRIES = void 0;
exports.start = start;
/**
 * The entry of the one bundle, dist/bundle/index.js. Every file that the runner, bin/stackgate.js
 * or a worker thread starts is a stub written by scripts/build.mjs, dist/<name>/index.js, that calls
 * start('<name>'). Each entry is an import(), so ncc puts its modules in chunks
 * (dist/bundle/<id>.index.js) and a run reads only the chunks of the entry it starts: the comment
 * action never loads the check catalogue, `stackgate --version` loads almost nothing.
 */
const node_path_1 = __importDefault(__nccwpck_require__(76760));
const plain_environment_1 = __nccwpck_require__(28964);
/** dist/bundle/ -> dist/secrets-worker/index.js: the file a scanner thread starts from. */
const workerEntry = () => node_path_1.default.join(__dirname, '../secrets-worker/index.js');
/** dist/bundle/ -> dist/validate-worker/index.js: the file a thread of validate starts from. */
const validateWorkerEntry = () => node_path_1.default.join(__dirname, '../validate-worker/index.js');
exports.ENTRIES = {
    // The actions: actions/<name>/action.yml runs dist/<name>/index.js.
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(924), __nccwpck_require__.e(1969), __nccwpck_require__.e(2463), __nccwpck_require__.e(6752), __nccwpck_require__.e(2912), __nccwpck_require__.e(5581), __nccwpck_require__.e(367), __nccwpck_require__.e(6762), __nccwpck_require__.e(9868), __nccwpck_require__.e(2306), __nccwpck_require__.e(7967), __nccwpck_require__.e(2293), __nccwpck_require__.e(2117), __nccwpck_require__.e(522), __nccwpck_require__.e(7154), __nccwpck_require__.e(2755), __nccwpck_require__.e(4921)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 70509, 23))).run(process.env, validateWorkerEntry()),
    secrets: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(924), __nccwpck_require__.e(1969), __nccwpck_require__.e(2463), __nccwpck_require__.e(6752), __nccwpck_require__.e(2912), __nccwpck_require__.e(5581), __nccwpck_require__.e(367), __nccwpck_require__.e(6762), __nccwpck_require__.e(9868), __nccwpck_require__.e(2306), __nccwpck_require__.e(7967), __nccwpck_require__.e(2293), __nccwpck_require__.e(2117), __nccwpck_require__.e(5324), __nccwpck_require__.e(6860), __nccwpck_require__.e(7154), __nccwpck_require__.e(1941)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 69466, 23))).run(process.env, workerEntry()),
    smoke: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(924), __nccwpck_require__.e(1969), __nccwpck_require__.e(2463), __nccwpck_require__.e(6752), __nccwpck_require__.e(367), __nccwpck_require__.e(3054), __nccwpck_require__.e(6762), __nccwpck_require__.e(9868), __nccwpck_require__.e(2306), __nccwpck_require__.e(2117), __nccwpck_require__.e(7154), __nccwpck_require__.e(2313), __nccwpck_require__.e(7836)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 40146, 23))).run(process.env),
    readiness: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(924), __nccwpck_require__.e(1969), __nccwpck_require__.e(2463), __nccwpck_require__.e(6752), __nccwpck_require__.e(2912), __nccwpck_require__.e(5581), __nccwpck_require__.e(9291), __nccwpck_require__.e(367), __nccwpck_require__.e(6762), __nccwpck_require__.e(9868), __nccwpck_require__.e(2306), __nccwpck_require__.e(7967), __nccwpck_require__.e(2293), __nccwpck_require__.e(2117), __nccwpck_require__.e(5324), __nccwpck_require__.e(522), __nccwpck_require__.e(6860), __nccwpck_require__.e(7154), __nccwpck_require__.e(3836), __nccwpck_require__.e(3598)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 95047, 23))).run(process.env, { workerEntry: workerEntry() }),
    comment: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(924), __nccwpck_require__.e(6752), __nccwpck_require__.e(9291), __nccwpck_require__.e(367), __nccwpck_require__.e(2306), __nccwpck_require__.e(2117), __nccwpck_require__.e(7154), __nccwpck_require__.e(1629)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 14054, 23))).run(),
    deploy: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(924), __nccwpck_require__.e(1969), __nccwpck_require__.e(2463), __nccwpck_require__.e(6752), __nccwpck_require__.e(2912), __nccwpck_require__.e(5581), __nccwpck_require__.e(9291), __nccwpck_require__.e(367), __nccwpck_require__.e(3054), __nccwpck_require__.e(6762), __nccwpck_require__.e(9868), __nccwpck_require__.e(2306), __nccwpck_require__.e(7967), __nccwpck_require__.e(2293), __nccwpck_require__.e(2117), __nccwpck_require__.e(5324), __nccwpck_require__.e(522), __nccwpck_require__.e(6860), __nccwpck_require__.e(7154), __nccwpck_require__.e(8146), __nccwpck_require__.e(2313), __nccwpck_require__.e(4491), __nccwpck_require__.e(698)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 83800, 23))).run(process.env, workerEntry()),
    environments: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(924), __nccwpck_require__.e(1969), __nccwpck_require__.e(6752), __nccwpck_require__.e(2912), __nccwpck_require__.e(9291), __nccwpck_require__.e(367), __nccwpck_require__.e(6762), __nccwpck_require__.e(9868), __nccwpck_require__.e(2306), __nccwpck_require__.e(7967), __nccwpck_require__.e(2117), __nccwpck_require__.e(7154), __nccwpck_require__.e(5339), __nccwpck_require__.e(5755)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 26917, 23))).run(process.env),
    gate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(924), __nccwpck_require__.e(1969), __nccwpck_require__.e(6752), __nccwpck_require__.e(2912), __nccwpck_require__.e(9291), __nccwpck_require__.e(367), __nccwpck_require__.e(6762), __nccwpck_require__.e(9868), __nccwpck_require__.e(2306), __nccwpck_require__.e(7967), __nccwpck_require__.e(2117), __nccwpck_require__.e(7154), __nccwpck_require__.e(8146), __nccwpck_require__.e(9753), __nccwpck_require__.e(6416)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 97860, 23))).run(process.env),
    // The `stackgate` executable (bin/stackgate.js): every command loads its own modules when it runs.
    cli: async () => {
        const [{ main }, { runAsProcess }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(2117), __nccwpck_require__.e(2957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12957)), __nccwpck_require__.e(/* import() */ 4812).then(__nccwpck_require__.t.bind(__nccwpck_require__, 34812, 23))]);
        runAsProcess(main, __dirname);
    },
    // The secret scanner's worker threads (a thread starts from a file: dist/secrets-worker/index.js).
    'secrets-worker': async () => {
        await Promise.all(/* import() */[__nccwpck_require__.e(1969), __nccwpck_require__.e(6762), __nccwpck_require__.e(2117), __nccwpck_require__.e(5324), __nccwpck_require__.e(1224)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71582));
    },
    // validate's worker threads (dist/validate-worker/index.js): they parse and check files of large repositories.
    'validate-worker': async () => {
        await Promise.all(/* import() */[__nccwpck_require__.e(924), __nccwpck_require__.e(1969), __nccwpck_require__.e(2463), __nccwpck_require__.e(5581), __nccwpck_require__.e(6762), __nccwpck_require__.e(2293), __nccwpck_require__.e(2117), __nccwpck_require__.e(4756)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14577));
    },
};
/** Runs one entry. An action reports its own failures (failStep); this catches only a chunk that does not load. */
function start(name) {
    if (!Object.hasOwn(exports.ENTRIES, name))
        throw new Error(`no entry "${name}" in dist/bundle (run npm run build)`);
    (0, plain_environment_1.usePlainEnvironment)(process);
    exports.ENTRIES[name]().catch((e) => {
        process.stderr.write(`stackgate: internal error: ${name} did not start: ${e instanceof Error ? e.message : String(e)}, please report it\n`);
        process.exitCode = 2;
    });
}


/***/ }),

/***/ 28964:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.usePlainEnvironment = usePlainEnvironment;
/**
 * The process's environment as a plain object. `process.env` is backed by the C library: every
 * property read is a getenv(3) call through V8's interceptors, and the yaml parser reads
 * `process.env.LOG_TOKENS` once per token (yaml 2.x, `Parser#next`), a fifth of the time it takes
 * to parse a manifest. A copy made once at start-up holds the same values; child processes and
 * worker threads are started with it as before (it is what they inherit), and writes to it still
 * reach them. Windows is left alone: there `process.env` matches names case-insensitively (`Path`
 * is `PATH`), which a plain object would not.
 */
function usePlainEnvironment(proc) {
    if (proc.platform === 'win32')
        return;
    proc.env = { ...proc.env };
}


/***/ }),

/***/ 19517:
/***/ ((module) => {

module.exports = require("@electric-sql/pglite");

/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 29907:
/***/ ((module) => {

module.exports = require("cluster");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 30714:
/***/ ((module) => {

module.exports = require("node:vm");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 82987:
/***/ ((module) => {

module.exports = require("perf_hooks");

/***/ }),

/***/ 48150:
/***/ ((module) => {

module.exports = require("pg");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = require("punycode");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 11493:
/***/ ((module) => {

module.exports = require("v8");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			8792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module is referenced by other modules so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(23340);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;