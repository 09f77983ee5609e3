#!/usr/bin/env python3
"""Writes fuzz/seeds/<target>/ from the inputs the test suite already uses.

The JSON documents in the tests' raw strings (r#"…"#) and in assets/demo/ are sorted by shape into the target that
reads them; the filter target gets the queries of the filter's tests over rows of the demo catalog. Rerun after the
tests gain inputs (`python3 fuzz/extract_seeds.py`); the output is committed, and scripts/fuzz.sh copies it into the
working corpus.
"""
import hashlib
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fuzz" / "seeds"
RAW = re.compile(r'r(#+)"(.*?)"\1', re.S)


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

    demo = ROOT / "assets" / "demo"
    for description in json.loads((demo / "connection_types.json").read_text()):
        write("describe_connection_type", json.dumps(description, indent=4, ensure_ascii=False))
    connections = json.loads((demo / "connections.json").read_text())["ConnectionList"]
    by_type = {}
    for c in connections:
        by_type.setdefault(c.get("ConnectionType", ""), c)
    for c in by_type.values():
        write("connections_json", json.dumps({"ConnectionList": [c]}, indent=4, ensure_ascii=False))
    write("connections_json", json.dumps({"ConnectionList": connections[:3]}, indent=4, ensure_ascii=False))
    write("connections_json", json.dumps(connections[0], indent=4, ensure_ascii=False))

    rows = [f"{c['Name']}\t{c.get('ConnectionType', '')}\t{c.get('Description', '')}".replace("\n", " ")
            for c in connections[:24]]
    rows += ["orders-postgres\tJDBC\torders database", "clickstream\tKAFKA\tweb events",
             "crm\tSALESFORCE\tsales orders sync", "vpc-only\tNETWORK\t", "moto-made\t\tno type from moto",
             "ünïcode-postgres\tJDBC\t"]
    for query in ["", "orders", "kafka", "type:jdbc,kafka", "!type:network !orders", "postgres$", "^crm$",
                  "^vpc", "jdbc$", "!postgres$", "type:KAFKA w", "'exact", "ord", "ünï", "prod type:jdbc",
                  "sales ord", r"a\ b", "!x"]:
        write("filter_query", "\n".join([query] + rows) + "\n")


if __name__ == "__main__":
    main()
