#!/usr/bin/env node
"use strict";

const fs = require("fs");
const path = require("path");

// Define the tags we want to search for
const TAGS = ["TODO", "FIXME", "HACK", "XXX"];

// Define the file extensions to scan
const EXTENSIONS = [".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".py", ".go", ".rs", ".java", ".css"];

// Define the directories to skip
const SKIP_DIRS = ["node_modules", ".git", "dist", "build", "coverage"];

// Function to collect all source files in a directory recursively
function collectFiles(dir, files) {
    let entries;
    try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
        console.error("Could not read directory: " + dir);
        return files;
    }

    for (const entry of entries) {
        const fullPath = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.includes(entry.name)) {
                collectFiles(fullPath, files);
            }
        } else if (entry.isFile()) {
            const ext = path.extname(entry.name);
            if (EXTENSIONS.includes(ext)) {
                files.push(fullPath);
            }
        }
    }
    return files;
}

// Function to find tagged comments in a single file
function scanFile(filePath, pattern) {
    const results = [];
    const content = fs.readFileSync(filePath, "utf8");
    const lines = content.split(/\r?\n/);

    for (let i = 0; i < lines.length; i++) {
        const match = pattern.exec(lines[i]);
        if (match) {
            results.push({
                file: filePath,
                line: i + 1,
                tag: match[1].toUpperCase(),
                author: match[2] || null,
                text: (match[3] || "").trim(),
            });
        }
    }
    return results;
}

// Function to print results grouped by tag
function printGrouped(items, rootDir) {
    const groups = {};
    for (const item of items) {
        if (!groups[item.tag]) {
            groups[item.tag] = [];
        }
        groups[item.tag].push(item);
    }

    for (const tag of TAGS) {
        const group = groups[tag];
        if (!group || group.length === 0) {
            continue;
        }
        console.log("\n" + tag + " (" + group.length + ")");
        console.log("-".repeat(tag.length + 4 + String(group.length).length));
        for (const item of group) {
            const location = path.relative(rootDir, item.file) + ":" + item.line;
            const author = item.author ? " [" + item.author + "]" : "";
            console.log("  " + location + author + " " + item.text);
        }
    }
}

// Main function
function main() {
    const args = process.argv.slice(2);
    const jsonOutput = args.includes("--json");
    const rootDir = path.resolve(args.find((a) => !a.startsWith("--")) || ".");

    // Check if the root directory exists
    if (!fs.existsSync(rootDir) || !fs.statSync(rootDir).isDirectory()) {
        console.error("Error: " + rootDir + " is not a directory");
        process.exit(1);
    }

    // Build the regex: matches "// TODO(alice): text" or "# FIXME text"
    const pattern = new RegExp("(?:\\/\\/|#|\\/\\*|\\*)\\s*(" + TAGS.join("|") + ")(?:\\(([^)]+)\\))?:?\\s*(.*)", "i");

    const files = collectFiles(rootDir, []);
    let allItems = [];
    for (const file of files) {
        allItems = allItems.concat(scanFile(file, pattern));
    }

    // Output the results
    if (jsonOutput) {
        console.log(JSON.stringify(allItems, null, 2));
    } else if (allItems.length === 0) {
        console.log("No TODO comments found in " + files.length + " files.");
    } else {
        printGrouped(allItems, rootDir);
        console.log("\nTotal: " + allItems.length + " in " + files.length + " files scanned");
    }
}

main();
