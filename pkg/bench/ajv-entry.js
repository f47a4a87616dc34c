// The peer for the browser benchmark: ajv 8 (draft 2020-12, ajv-formats, allErrors)
// with rcs-kit's own JSON Schema, compiled when the module loads. Bundled by esbuild
// (pkg/bench/run.mjs) into target/bench/ajv.js; its size is reported next to rcs-kit's.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import schema from "../../schema/send-request.schema.json";

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);

/** ajv's compiled validator: `validate(object)` is true or false, errors on `.errors`. */
export const validate = ajv.compile(schema);
