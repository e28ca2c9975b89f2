// A small, dependency-free helper for comparing semantic versions and checking
// whether a version satisfies a range such as "^1.2.0", "~2.3", ">=1.0.0 <2.0.0"
// or "1.x || >=3.1.0".

// Regular expression for "MAJOR.MINOR.PATCH[-prerelease][+build]".
// The leading "v" is optional so "v1.2.3" is accepted as well.
const VERSION_PATTERN =
  /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * Parse a version string into its numeric parts and prerelease identifiers.
 * Returns null when the string is not a valid semantic version.
 */
export function parseVersion(input) {
  const match = VERSION_PATTERN.exec(String(input).trim());
  if (!match) {
    return null;
  }
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    // Prerelease identifiers like "beta.2" become ["beta", 2]
    prerelease: match[4]
      ? match[4].split(".").map((id) => (/^\d+$/.test(id) ? Number(id) : id))
      : [],
  };
}

/**
 * Compare two versions. Returns -1, 0 or 1 like a normal sort comparator.
 */
export function compareVersions(a, b) {
  const va = typeof a === "string" ? parseVersion(a) : a;
  const vb = typeof b === "string" ? parseVersion(b) : b;
  if (!va || !vb) throw new Error(`Invalid version: ${!va ? a : b}`);

  // Compare major, minor and patch numerically first.
  for (const key of ["major", "minor", "patch"]) {
    if (va[key] !== vb[key]) {
      return va[key] < vb[key] ? -1 : 1;
    }
  }

  // A version without a prerelease tag ranks higher than one with it:
  // 1.0.0-rc.1 < 1.0.0
  if (va.prerelease.length === 0 || vb.prerelease.length === 0) {
    return Math.sign(vb.prerelease.length - va.prerelease.length);
  }

  // Otherwise compare identifiers one by one.
  const length = Math.max(va.prerelease.length, vb.prerelease.length);
  for (let i = 0; i < length; i++) {
    const x = va.prerelease[i];
    const y = vb.prerelease[i];
    if (x === y) continue;
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1; // shorter list is lower
    // Numeric identifiers always have lower precedence than alphanumeric ones.
    if (typeof x === "number" && typeof y === "string") return -1;
    if (typeof x === "string" && typeof y === "number") return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

// Turn a partial version like "1", "1.2" or "1.x" into a lower bound plus
// information about how many parts were actually given.
function parsePartial(text) {
  const parts = text.replace(/^v/, "").split(".");
  const nums = [];
  for (const part of parts.slice(0, 3)) {
    if (part === "x" || part === "X" || part === "*") break;
    nums.push(Number(part));
  }
  while (nums.length < 3) nums.push(0);
  const given = parts.filter((p) => /^\d+$/.test(p)).length;
  return { version: { major: nums[0], minor: nums[1], patch: nums[2], prerelease: [] }, given };
}

// Expand a single comparator ("^1.2.3", "~1.2", ">=2.0.0", "1.x") into a
// list of [operator, version] pairs that must all hold.
function expandComparator(token) {
  const match = /^(\^|~|>=|<=|>|<|=)?\s*(.+)$/.exec(token);
  const operator = match[1] || "";
  const { version: v, given } = parsePartial(match[2]);
  const exact = parseVersion(match[2]);

  if (operator === "^") {
    // Caret: allow changes that do not modify the left-most non-zero part.
    let upper;
    if (v.major > 0 || given === 1) upper = { ...v, major: v.major + 1, minor: 0, patch: 0 };
    else if (v.minor > 0 || given === 2) upper = { ...v, minor: v.minor + 1, patch: 0 };
    else upper = { ...v, patch: v.patch + 1 };
    return [[">=", exact || v], ["<", { ...upper, prerelease: [] }]];
  }
  if (operator === "~" || (operator === "" && given < 3)) {
    // Tilde (or a partial version like "1.2"): allow patch-level changes,
    // or minor-level changes when only the major version was given.
    if (given === 0) return [[">=", v]];
    const upper = given === 1 ? { ...v, major: v.major + 1, minor: 0 } : { ...v, minor: v.minor + 1, patch: 0 };
    return [[">=", exact || v], ["<", { ...upper, patch: 0, prerelease: [] }]];
  }
  return [[operator || "=", exact || v]];
}

/**
 * Check whether `version` satisfies `range`.
 * Space-separated comparators are ANDed, "||" separates alternatives.
 */
export function satisfies(version, range) {
  const v = parseVersion(version);
  if (!v) return false;

  return range.split("||").some((alternative) => {
    const tokens = alternative.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, "$1").split(/\s+/).filter(Boolean);
    if (tokens.length === 0) return true; // an empty range matches everything
    return tokens.flatMap(expandComparator).every(([op, bound]) => {
      const cmp = compareVersions(v, bound);
      switch (op) {
        case ">": return cmp > 0;
        case ">=": return cmp >= 0;
        case "<": return cmp < 0;
        case "<=": return cmp <= 0;
        default: return cmp === 0;
      }
    });
  });
}

/**
 * Return the highest version from `versions` that satisfies `range`, or null.
 */
export function maxSatisfying(versions, range) {
  const matching = versions.filter((v) => satisfies(v, range)).sort(compareVersions);
  return matching.length > 0 ? matching[matching.length - 1] : null;
}

// --- Example usage -----------------------------------------------------------
// Run with: node version_range.mjs
if (import.meta.url === `file://${process.argv[1]}`) {
  const available = ["0.9.0", "1.0.0-beta.2", "1.0.0", "1.4.2", "1.9.9", "2.0.0", "2.1.0"];

  console.log(compareVersions("1.0.0-alpha", "1.0.0")); // -1
  console.log(satisfies("1.4.2", "^1.2.0")); // true
  console.log(satisfies("2.0.0", "^1.2.0")); // false
  console.log(satisfies("1.2.9", "~1.2")); // true
  console.log(maxSatisfying(available, ">=1.0.0 <2.0.0")); // "1.9.9"
  console.log(maxSatisfying(available, "0.x || ^2.0.0")); // "2.1.0"
}
