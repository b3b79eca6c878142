// Parses exported Terraform files with HashiCorp's HCL parser (@cdktf/hcl2json) and formats them
// with hclwrite.Format (@cdktf/hcl-tools). Prints one JSON array, one entry per file:
//   {"file": ..., "parsed": <hcl2json output>, "formatted": "<text>"}  or  {"file": ..., "error": ...}
// hcl2json leaves expressions as "${...}" strings; a value that is exactly jsonencode(X) is
// evaluated by parsing X on its own and shown as {"__jsonencode__": <value of X>}, so tests can
// compare nested values instead of expression text.
"use strict";

const fs = require("fs");
const { parse } = require("@cdktf/hcl2json");
const { format } = require("@cdktf/hcl-tools");

const jsonencodeCall = /^\$\{jsonencode\(([\s\S]*)\)\}$/;

async function evaluateJsonencode(value) {
    if (typeof value === "string") {
        const match = jsonencodeCall.exec(value);
        if (!match)
            return value;
        const inner = await parse("jsonencode-argument.tf", "v = " + match[1] + "\n");
        return { __jsonencode__: inner.v };
    }
    if (Array.isArray(value))
        return Promise.all(value.map(evaluateJsonencode));
    if (value !== null && typeof value === "object") {
        const out = {};
        for (const key of Object.keys(value))
            out[key] = await evaluateJsonencode(value[key]);
        return out;
    }
    return value;
}

async function check(file) {
    const text = fs.readFileSync(file, "utf8");
    try {
        const parsed = await evaluateJsonencode(await parse(file, text));
        const formatted = await format(text);
        return { file, parsed, formatted };
    } catch (err) {
        return { file, error: String(err) };
    }
}

async function main() {
    const files = process.argv.slice(2);
    if (files.length === 0) {
        process.stderr.write("usage: node check.js FILE.tf...\n");
        process.exit(2);
    }
    const results = [];
    for (const file of files)
        results.push(await check(file));
    process.stdout.write(JSON.stringify(results));
}

main();
