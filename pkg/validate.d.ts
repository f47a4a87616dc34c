// The validate-only entry, `rcs-kit/validate`: validate, limits, version and RcsKitError,
// with a smaller module than the main entry's (no billing, SMS parts, failover text,
// features or builders). Reports are the main entry's, byte for byte. The payload types
// are the main entry's (generated from the Rust schema tables into ./rcs-kit.d.ts).
export * from "./rcs-kit.js";
export { validate, limits, version, RcsKitError, renderMessage } from "./index.js";
export type { ValidateOptions, Market, Bytes } from "./index.js";
