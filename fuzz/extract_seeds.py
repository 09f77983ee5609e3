#!/usr/bin/env python3
"""Writes fuzz/seeds/<target>/ from the inputs the test suite already uses.

The JSON documents in the tests' raw strings (r#"…"#) and in assets/demo/ are sorted by shape into the target that
reads them; the filter target gets the queries of the filter's tests over rows of the demo catalog. Beside the seeds,
fuzz/dicts/<target>.dict gives libFuzzer the words of those inputs (every JSON key, the short values, the query
syntax), which it splices into what it tries. Rerun after the tests gain inputs (`python3 fuzz/extract_seeds.py`);
the output is committed, and scripts/fuzz.sh copies the seeds into the working corpus.
"""
import hashlib
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fuzz" / "seeds"
DICTS = ROOT / "fuzz" / "dicts"
WORDS = {}
RAW = re.compile(r'r(#+)"(.*?)"\1', re.S)


def words(target, doc):
    """The keys and short string values of a document, for the target's dictionary."""
    found = WORDS.setdefault(target, set())
    if isinstance(doc, dict):
        for key, value in doc.items():
            found.add(json.dumps(key, ensure_ascii=False))
            words(target, value)
    elif isinstance(doc, list):
        for value in doc:
            words(target, value)
    elif isinstance(doc, str) and len(doc) <= 40:
        found.add(json.dumps(doc, ensure_ascii=False))


def write_dict(target, tokens):
    DICTS.mkdir(parents=True, exist_ok=True)
    lines = []
    for token in sorted(tokens):
        escaped = "".join(
            c if 0x20 <= ord(c) < 0x7F and c not in '"\\' else "".join(f"\\x{b:02X}" for b in c.encode())
            for c in token
        )
        lines.append(f'"{escaped}"')
    (DICTS / f"{target}.dict").write_text("\n".join(lines) + "\n")


def write(target, text):
    out = SEEDS / target
    out.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(text.encode()).hexdigest()[:16]
    (out / f"{name}.json" if target != "filter_query" else out / f"{name}.txt").write_text(text)


def classify(doc):
    if isinstance(doc, dict):
        if "ConnectionInput" in doc:
            return "cli_input_json"
        if "ConnectionList" in doc:
            return "connections_json"
        props = doc.get("ConnectionProperties")
        described = isinstance(props, dict) and any(isinstance(v, dict) for v in props.values())
        if "Capabilities" in doc or described or "ComputeEnvironmentConfigurations" in doc:
            return "describe_connection_type"
        if "Name" in doc:
            return "connections_json"
    return None


def main():
    sources = sorted((ROOT / "tests").glob("*.rs")) + sorted((ROOT / "src").rglob("*.rs"))
    for path in sources:
        for _, text in RAW.findall(path.read_text()):
            try:
                doc = json.loads(text)
            except ValueError:
                # Broken on purpose (the tests of parse errors): still a good start for the reader.
                if "ConnectionInput" in text:
                    write("cli_input_json", text)
                continue
            target = classify(doc)
            if target:
                write(target, text)
                words(target, doc)

    demo = ROOT / "assets" / "demo"
    for description in json.loads((demo / "connection_types.json").read_text()):
        write("describe_connection_type", json.dumps(description, indent=4, ensure_ascii=False))
        words("describe_connection_type", description)
    connections = json.loads((demo / "connections.json").read_text())["ConnectionList"]
    by_type = {}
    for c in connections:
        by_type.setdefault(c.get("ConnectionType", ""), c)
    for c in by_type.values():
        write("connections_json", json.dumps({"ConnectionList": [c]}, indent=4, ensure_ascii=False))
        words("connections_json", c)
    # Times in every form the reader takes: the CLI's, RFC 3339 with nanoseconds, epoch seconds.
    write("connections_json", json.dumps({"ConnectionList": [{
        "Name": "times", "CreationTime": "2025-03-14T09:26:53.589000+00:00",
        "LastUpdatedTime": "2025-03-14T09:26:53.123456789Z", "LastConnectionValidationTime": 1741944413.589}]},
        indent=4))
    write("connections_json", json.dumps({"ConnectionList": connections[:3]}, indent=4, ensure_ascii=False))
    write("connections_json", json.dumps(connections[0], indent=4, ensure_ascii=False))

    rows = [f"{c['Name']}\t{c.get('ConnectionType', '')}\t{c.get('Description', '')}".replace("\n", " ")
            for c in connections[:24]]
    rows += ["orders-postgres\tJDBC\torders database", "clickstream\tKAFKA\tweb events",
             "crm\tSALESFORCE\tsales orders sync", "vpc-only\tNETWORK\t", "moto-made\t\tno type from moto",
             "ünïcode-postgres\tJDBC\t"]
    for query in ["", "orders", "kafka", "type:jdbc,kafka", "!type:network !orders", "postgres$", "^crm$",
                  "^vpc", "jdbc$", "!postgres$", "type:KAFKA w", "'exact", "ord", "ünï", "prod type:jdbc",
                  "sales ord", r"a\ b", "!x", "jdb", "type:", "ty"]:
        write("filter_query", "\n".join([query] + rows) + "\n")

    # Tokens are the raw text to splice in; write_dict escapes them.
    json_syntax = ["{", "}", "[", "]", ":", ",", "null", "true", "false", "0", "-1", "1e999", "\\u0000",
                   "\\ud800", "\\u2022", json.dumps("\u2022" * 8, ensure_ascii=False), "\ufeff"]
    for target, found in WORDS.items():
        write_dict(target, found | set(json_syntax))
    query_syntax = ["!", "^", "$", "'", "\\", " ", "\t", "\n", "type:", "!type:", ","]
    filter_words = {w for c in connections for w in c["Name"].split("-")}
    filter_words.update(c.get("ConnectionType", "") for c in connections)
    write_dict("filter_query", (filter_words | set(query_syntax)) - {""})


if __name__ == "__main__":
    main()
