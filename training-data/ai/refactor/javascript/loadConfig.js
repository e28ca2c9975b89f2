"use strict";

const fs = require("fs/promises");
const path = require("path");
const os = require("os");

const APP = "mytool";

const DEFAULTS = {
  port: 3000,
  logLevel: "info",
  cacheDir: path.join(os.tmpdir(), APP),
  retries: 3,
  features: {},
};

const ENV_MAP = {
  MYTOOL_PORT: ["port", Number],
  MYTOOL_LOG_LEVEL: ["logLevel", String],
  MYTOOL_CACHE_DIR: ["cacheDir", String],
  MYTOOL_RETRIES: ["retries", Number],
};

function candidatePaths(cwd) {
  const xdg = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config");
  return [
    path.join(xdg, APP, "config.json"),
    path.join(os.homedir(), `.${APP}rc`),
    path.join(cwd, `.${APP}rc`),
    path.join(cwd, `${APP}.config.json`),
  ];
}

function readJsonIfExists(file) {
  return fs
    .readFile(file, "utf8")
    .then((text) => {
      try {
        return JSON.parse(text);
      } catch (err) {
        throw new Error(`Invalid JSON in ${file}: ${err.message}`);
      }
    })
    .catch((err) => {
      if (err.code === "ENOENT") return null;
      throw err;
    });
}

function fromEnv(env) {
  const out = {};
  for (const [name, [key, cast]] of Object.entries(ENV_MAP)) {
    if (env[name] === undefined) continue;
    const value = cast(env[name]);
    if (typeof value === "number" && Number.isNaN(value)) {
      throw new Error(`${name} must be a number, got "${env[name]}"`);
    }
    out[key] = value;
  }
  return out;
}

function merge(base, override) {
  const out = { ...base };
  for (const [k, v] of Object.entries(override || {})) {
    out[k] = v && typeof v === "object" && !Array.isArray(v) ? merge(base[k] || {}, v) : v;
  }
  return out;
}

function validate(config) {
  const errors = [];
  if (!Number.isInteger(config.port) || config.port < 1 || config.port > 65535) errors.push("port must be 1-65535");
  if (!["debug", "info", "warn", "error"].includes(config.logLevel)) errors.push(`unknown logLevel "${config.logLevel}"`);
  if (!Number.isInteger(config.retries) || config.retries < 0) errors.push("retries must be a non-negative integer");
  if (errors.length) throw new Error(`Invalid configuration:\n  - ${errors.join("\n  - ")}`);
  return config;
}

function loadConfig({ cwd = process.cwd(), env = process.env, overrides = {} } = {}) {
  const files = candidatePaths(cwd);
  return Promise.all(files.map(readJsonIfExists))
    .then((layers) => {
      const sources = files.filter((_, i) => layers[i] !== null);
      const merged = [...layers, fromEnv(env), overrides].reduce(merge, DEFAULTS);
      return { config: Object.freeze(validate(merged)), sources };
    });
}

module.exports = { loadConfig, DEFAULTS };
