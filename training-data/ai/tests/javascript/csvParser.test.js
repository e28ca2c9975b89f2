import { describe, it, expect } from "vitest";
import { parseCsv } from "../src/csvParser.js";

describe("parseCsv", () => {
    // Test basic parsing with a header row
    it("should parse simple rows into objects", () => {
        const input = "name,age\nAlice,30\nBob,25";
        const result = parseCsv(input);
        expect(result).toEqual([
            { name: "Alice", age: "30" },
            { name: "Bob", age: "25" },
        ]);
    });

    // Test that quoted fields with commas are handled
    it("should handle quoted fields containing commas", () => {
        const input = 'city,country\n"Paris, Texas",USA';
        const result = parseCsv(input);
        expect(result[0].city).toBe("Paris, Texas");
        expect(result[0].country).toBe("USA");
    });

    // Test escaped double quotes inside quoted fields
    it("should handle escaped quotes", () => {
        const input = 'quote\n"She said ""hi"""';
        const result = parseCsv(input);
        expect(result[0].quote).toBe('She said "hi"');
    });

    // Test newlines inside quoted fields
    it("should handle newlines inside quoted fields", () => {
        const input = 'id,note\n1,"line one\nline two"\n2,plain';
        const result = parseCsv(input);
        expect(result).toHaveLength(2);
        expect(result[0].note).toBe("line one\nline two");
        expect(result[1].note).toBe("plain");
    });

    // Test Windows line endings
    it("should support CRLF line endings", () => {
        const input = "a,b\r\n1,2\r\n3,4\r\n";
        const result = parseCsv(input);
        expect(result).toEqual([
            { a: "1", b: "2" },
            { a: "3", b: "4" },
        ]);
    });

    // Test that empty lines are skipped
    it("should skip empty lines", () => {
        const input = "a,b\n\n1,2\n\n";
        const result = parseCsv(input);
        expect(result).toHaveLength(1);
    });

    // Test the custom delimiter option
    it("should support a custom delimiter", () => {
        const input = "a;b\n1;2";
        const result = parseCsv(input, { delimiter: ";" });
        expect(result).toEqual([{ a: "1", b: "2" }]);
    });

    // Test the header: false option
    it("should return arrays when header is false", () => {
        const input = "1,2,3\n4,5,6";
        const result = parseCsv(input, { header: false });
        expect(result).toEqual([
            ["1", "2", "3"],
            ["4", "5", "6"],
        ]);
    });

    // Test that missing fields become empty strings
    it("should fill missing fields with empty strings", () => {
        const input = "a,b,c\n1,2";
        const result = parseCsv(input);
        expect(result[0]).toEqual({ a: "1", b: "2", c: "" });
    });

    // Test error handling for unterminated quotes
    it("should throw on an unterminated quoted field", () => {
        const input = 'a,b\n"oops,2';
        expect(() => parseCsv(input)).toThrow(/unterminated/i);
    });

    // Test empty input
    it("should return an empty array for empty input", () => {
        expect(parseCsv("")).toEqual([]);
        expect(parseCsv("a,b")).toEqual([]);
    });

    // Test that a BOM at the start is removed
    it("should strip a UTF-8 byte order mark", () => {
        const input = "\uFEFFname\nAlice";
        const result = parseCsv(input);
        expect(Object.keys(result[0])).toEqual(["name"]);
    });
});
