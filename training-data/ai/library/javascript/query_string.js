"use strict";

// Query string utilities with support for arrays and nested objects
// Example: "user[name]=Ann&tags[]=a&tags[]=b" <-> { user: { name: "Ann" }, tags: ["a", "b"] }

// Function to decode a URI component safely
function safeDecode(value) {
    if (value === undefined || value === null) {
        return "";
    }
    try {
        return decodeURIComponent(value.replace(/\+/g, " "));
    } catch (e) {
        // Return the raw value if it is not valid percent-encoding
        return value;
    }
}

// Function to split a key like "a[b][c]" into ["a", "b", "c"]
function splitKey(key) {
    const parts = [];
    const match = key.match(/^[^[\]]+/);
    if (match) {
        parts.push(match[0]);
    }
    const bracketRegex = /\[([^[\]]*)\]/g;
    let m;
    while ((m = bracketRegex.exec(key)) !== null) {
        parts.push(m[1]);
    }
    if (parts.length === 0) {
        parts.push(key);
    }
    return parts;
}

// Function to assign a value into a nested object using a list of key parts
function assignPath(obj, parts, value) {
    let current = obj;
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const isLast = i === parts.length - 1;

        // Skip dangerous keys to avoid prototype pollution
        if (part === "__proto__" || part === "constructor" || part === "prototype") {
            return;
        }

        if (isLast) {
            if (part === "") {
                if (Array.isArray(current)) {
                    current.push(value);
                }
            } else if (Object.prototype.hasOwnProperty.call(current, part)) {
                // Convert repeated keys into an array
                if (Array.isArray(current[part])) {
                    current[part].push(value);
                } else {
                    current[part] = [current[part], value];
                }
            } else {
                current[part] = value;
            }
        } else {
            const nextPart = parts[i + 1];
            if (part === "") {
                // "[]" in the middle of a key is not supported, stop here
                return;
            }
            if (current[part] === undefined || typeof current[part] !== "object") {
                current[part] = nextPart === "" ? [] : {};
            }
            current = current[part];
        }
    }
}

// Function to parse a query string into an object
function parse(queryString) {
    const result = {};
    if (typeof queryString !== "string" || queryString.length === 0) {
        return result;
    }

    // Remove leading "?" if present
    const input = queryString.charAt(0) === "?" ? queryString.slice(1) : queryString;

    const pairs = input.split("&");
    for (const pair of pairs) {
        if (pair === "") {
            continue;
        }
        const eqIndex = pair.indexOf("=");
        const rawKey = eqIndex === -1 ? pair : pair.slice(0, eqIndex);
        const rawValue = eqIndex === -1 ? "" : pair.slice(eqIndex + 1);

        const key = safeDecode(rawKey);
        const value = safeDecode(rawValue);
        if (key === "") {
            continue;
        }
        assignPath(result, splitKey(key), value);
    }
    return result;
}

// Function to build the list of encoded "key=value" pairs recursively
function buildPairs(prefix, value, pairs) {
    if (value === undefined) {
        return;
    }
    if (value === null) {
        pairs.push(encodeURIComponent(prefix) + "=");
    } else if (Array.isArray(value)) {
        for (const item of value) {
            buildPairs(prefix + "[]", item, pairs);
        }
    } else if (typeof value === "object" && !(value instanceof Date)) {
        for (const key of Object.keys(value)) {
            buildPairs(prefix + "[" + key + "]", value[key], pairs);
        }
    } else {
        const str = value instanceof Date ? value.toISOString() : String(value);
        pairs.push(encodeURIComponent(prefix) + "=" + encodeURIComponent(str));
    }
}

// Function to convert an object into a query string
function stringify(obj, options) {
    const opts = options || {};
    const pairs = [];
    if (obj === null || typeof obj !== "object") {
        return "";
    }
    let keys = Object.keys(obj);
    if (opts.sort === true) {
        keys = keys.sort();
    }
    for (const key of keys) {
        buildPairs(key, obj[key], pairs);
    }
    const qs = pairs.join("&");
    if (opts.addQueryPrefix === true && qs.length > 0) {
        return "?" + qs;
    }
    return qs;
}

module.exports = { parse: parse, stringify: stringify };
