import { describe, it } from "node:test";
import assert from "node:assert/strict";

import { parseArgv, ArgvError, type FlagSpec } from "../src/cli/argvParser.js";

const spec: Record<string, FlagSpec> = {
  verbose: { type: "boolean", alias: "v" },
  output: { type: "string", alias: "o" },
  retries: { type: "number", default: 3 },
  tag: { type: "string", multiple: true },
};

describe("parseArgv", () => {
  it("returns defaults and no positionals for empty argv", () => {
    const r = parseArgv([], spec);
    assert.deepEqual(r.flags, { retries: 3 });
    assert.deepEqual(r.positionals, []);
  });

  it("parses long flags with separate and inline values", () => {
    const r = parseArgv(["--output", "a.txt", "--retries=5"], spec);
    assert.equal(r.flags.output, "a.txt");
    assert.equal(r.flags.retries, 5);
  });

  it("parses short aliases", () => {
    const r = parseArgv(["-v", "-o", "out.json"], spec);
    assert.equal(r.flags.verbose, true);
    assert.equal(r.flags.output, "out.json");
  });

  it("supports --no- prefix for booleans", () => {
    assert.equal(parseArgv(["--no-verbose"], spec).flags.verbose, false);
  });

  it("collects repeated flags when multiple is set", () => {
    const r = parseArgv(["--tag", "a", "--tag=b", "--tag", "c"], spec);
    assert.deepEqual(r.flags.tag, ["a", "b", "c"]);
  });

  it("keeps the last value for non-multiple flags", () => {
    assert.equal(parseArgv(["-o", "x", "-o", "y"], spec).flags.output, "y");
  });

  it("treats everything after -- as positional", () => {
    const r = parseArgv(["file1", "--", "-v", "--output"], spec);
    assert.deepEqual(r.positionals, ["file1", "-v", "--output"]);
    assert.equal(r.flags.verbose, undefined);
  });

  it("interleaves positionals and flags", () => {
    const r = parseArgv(["a", "-v", "b", "--retries", "1", "c"], spec);
    assert.deepEqual(r.positionals, ["a", "b", "c"]);
    assert.equal(r.flags.retries, 1);
  });

  it("accepts a lone dash as positional", () => {
    assert.deepEqual(parseArgv(["-"], spec).positionals, ["-"]);
  });

  describe("errors", () => {
    const cases: [string, string[], RegExp][] = [
      ["unknown long flag", ["--colour"], /unknown flag --colour/i],
      ["unknown short flag", ["-x"], /unknown flag -x/i],
      ["missing value", ["--output"], /--output requires a value/],
      ["value that looks like a flag", ["-o", "-v"], /--output requires a value/],
      ["non-numeric number", ["--retries", "many"], /--retries must be a number/],
      ["value for boolean", ["--verbose=yes"], /--verbose does not take a value/],
    ];

    for (const [name, argv, message] of cases) {
      it(name, () => {
        assert.throws(() => parseArgv(argv, spec), (err: unknown) => {
          assert.ok(err instanceof ArgvError);
          assert.match(err.message, message);
          return true;
        });
      });
    }
  });

  it("does not mutate the input array", () => {
    const argv = ["-v", "x"];
    parseArgv(argv, spec);
    assert.deepEqual(argv, ["-v", "x"]);
  });
});
