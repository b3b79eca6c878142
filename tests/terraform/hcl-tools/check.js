// Parses an exported Terraform file with HashiCorp's HCL parser and formats it with
// hclwrite.Format, then prints one JSON object: {"parsed": <hcl2json>, "formatted": "<text>"}.
// On a parse error it prints {"error": "..."} and exits with status 1.
"use strict";

const fs = require("fs");
const { parse } = require("@cdktf/hcl2json");
const { format } = require("@cdktf/hcl-tools");

async function main() {
    const file = process.argv[2];
    if (!file) {
        process.stderr.write("usage: node check.js FILE.tf\n");
        process.exit(2);
    }
    const text = fs.readFileSync(file, "utf8");
    let parsed;
    try {
        parsed = await parse(file, text);
    } catch (err) {
        process.stdout.write(JSON.stringify({ error: String(err) }));
        process.exit(1);
    }
    let formatted;
    try {
        formatted = await format(text);
    } catch (err) {
        process.stdout.write(JSON.stringify({ error: "format: " + String(err) }));
        process.exit(1);
    }
    process.stdout.write(JSON.stringify({ parsed, formatted }));
}

main();
