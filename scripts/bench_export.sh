#!/usr/bin/env bash
# Times `glue-tui export` against `aws glue get-connections` on the same moto server holding 2,000 connections.
#
#   scripts/bench_export.sh [RUNS]      (default 5 runs of each)
#   GLUE_TUI_BIN=target/debug/glue-tui scripts/bench_export.sh   (any other binary; default target/release)
#
# Needs .venv from scripts/test.sh (moto). Installs the AWS CLI into its own venv under .venv/ (so its pinned
# botocore cannot disturb the one moto runs on), hyperfine through apt-get when it can, and builds the release
# binary if target/release/glue-tui is missing. moto listens on 127.0.0.1 only and is stopped on exit.
set -euo pipefail

RUNS="${1:-5}"
COUNT=2000

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
step() { printf '==> %s\n' "$*"; }

VENV="$ROOT/.venv"
if [ ! -x "$VENV/bin/moto_server" ]; then
    echo "moto is not installed in .venv: run scripts/test.sh once first" >&2
    exit 1
fi
PY="$VENV/bin/python"

AWS_VENV="$VENV/awscli"
if [ ! -x "$AWS_VENV/bin/aws" ]; then
    step "installing the AWS CLI into .venv/awscli"
    "$PY" -m venv "$AWS_VENV"
    "$AWS_VENV/bin/python" -m pip install -q --disable-pip-version-check awscli
fi
AWS="$AWS_VENV/bin/aws"

if ! command -v hyperfine >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    step "installing hyperfine"
    if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); else SUDO=(false); fi
    { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null; } \
        || echo "    (no hyperfine: timing with a shell loop instead)"
fi

# GLUE_TUI_BIN overrides the binary (e.g. target/debug/glue-tui to try the script without a release build).
BIN="${GLUE_TUI_BIN:-$ROOT/target/release/glue-tui}"
if [ ! -x "$BIN" ]; then
    step "cargo build --release"
    cargo build --release
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/glue-tui-bench.XXXXXX")"
MOTO_PID=""
cleanup() {
    if [ -n "$MOTO_PID" ]; then
        kill "$MOTO_PID" 2>/dev/null || true
        wait "$MOTO_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PORT="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
ENDPOINT="http://127.0.0.1:$PORT"
step "starting moto on $ENDPOINT"
"$VENV/bin/moto_server" -H 127.0.0.1 -p "$PORT" >"$WORK/moto.log" 2>&1 &
MOTO_PID=$!
"$PY" - "$ENDPOINT" <<'EOF'
import sys, time, urllib.request
url = sys.argv[1] + "/moto-api/data.json"
for _ in range(300):
    try:
        urllib.request.urlopen(url, timeout=1).read()
        sys.exit(0)
    except Exception:
        time.sleep(0.1)
sys.exit("moto did not come up")
EOF

# moto accepts any credentials; keep every real profile and config out of the measurement.
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE="$WORK/no-config" AWS_SHARED_CREDENTIALS_FILE="$WORK/no-credentials"

step "seeding $COUNT connections"
"$PY" "$ROOT/scripts/moto_seed.py" --endpoint "$ENDPOINT" --count "$COUNT" --prefix bench

# Both list every page with moto's default page of 100 and without passwords.
GLUE_CMD="$BIN export --endpoint-url $ENDPOINT"
AWS_CMD="$AWS glue get-connections --hide-password --endpoint-url $ENDPOINT --output json"

step "checking both return $COUNT connections"
$GLUE_CMD >"$WORK/glue.json"
$AWS_CMD >"$WORK/aws.json"
"$PY" - "$WORK/glue.json" "$WORK/aws.json" "$COUNT" <<'EOF'
import json, sys
want = int(sys.argv[3])
for path, who in ((sys.argv[1], "glue-tui export"), (sys.argv[2], "aws glue get-connections")):
    names = [c["Name"] for c in json.load(open(path))["ConnectionList"]]
    if len(names) != want or len(set(names)) != want:
        sys.exit(f"{who}: {len(names)} connections ({len(set(names))} distinct), expected {want}")
    print(f"    {who}: {len(names)} connections")
EOF

step "timing $RUNS runs of each"
if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
        -n "glue-tui export" "$GLUE_CMD >/dev/null" \
        -n "aws glue get-connections" "$AWS_CMD >/dev/null"
    read -r GLUE_MEAN AWS_MEAN < <("$PY" -c '
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
print(r["glue-tui export"], r["aws glue get-connections"])' "$WORK/hyperfine.json")
else
    now() { date +%s.%N; }
    glue_total=0
    aws_total=0
    for ((i = 1; i <= RUNS; i++)); do
        t0=$(now); $GLUE_CMD >/dev/null; t1=$(now)
        $AWS_CMD >/dev/null; t2=$(now)
        glue_total=$(awk -v a="$glue_total" -v s="$t0" -v e="$t1" 'BEGIN { printf "%.6f", a + e - s }')
        aws_total=$(awk -v a="$aws_total" -v s="$t1" -v e="$t2" 'BEGIN { printf "%.6f", a + e - s }')
    done
    GLUE_MEAN=$(awk -v t="$glue_total" -v n="$RUNS" 'BEGIN { printf "%.6f", t / n }')
    AWS_MEAN=$(awk -v t="$aws_total" -v n="$RUNS" 'BEGIN { printf "%.6f", t / n }')
fi

awk -v g="$GLUE_MEAN" -v a="$AWS_MEAN" -v n="$COUNT" 'BEGIN {
    printf "glue-tui export           mean %.3f s\n", g
    printf "aws glue get-connections  mean %.3f s\n", a
    printf "ratio (aws / glue-tui)    %.2fx  (%d connections, same moto server)\n", a / g, n
}'
