#!/usr/bin/env bash
# The test command: installs what the end-to-end tests need (tmux, moto in .venv), then runs every test target.
# Idempotent and fast on reruns. Extra arguments go to `cargo test`, e.g. `scripts/test.sh --test e2e e2e_moto::`.
set -euo pipefail

MOTO_VERSION="5.2.5"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"

step() { printf '==> %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "need root to run: $*" >&2
        return 1
    fi
}

# tmux drives the TUI end-to-end tests; Xvfb and xclip give the clipboard test an X11 display of its own.
missing=()
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xclip >/dev/null 2>&1 || missing+=(xclip)
if [ "${#missing[@]}" -gt 0 ]; then
    step "installing ${missing[*]}"
    if command -v apt-get >/dev/null 2>&1; then
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "missing ${missing[*]} and apt-get is not available: install them and rerun" >&2
        exit 1
    fi
fi

VENV="$ROOT/.venv"
MARKER="$VENV/.moto-$MOTO_VERSION"
if [ ! -f "$MARKER" ] || [ ! -x "$VENV/bin/moto_server" ] || [ ! -x "$VENV/bin/python" ]; then
    step "installing moto[server]==$MOTO_VERSION into .venv"
    PYTHON="${PYTHON:-python3}"
    if [ ! -x "$VENV/bin/python" ]; then
        if ! "$PYTHON" -m venv "$VENV"; then
            # Debian's python3 ships venv without ensurepip until python3-venv is installed.
            rm -rf "$VENV"
            if command -v apt-get >/dev/null 2>&1; then
                step "installing python3-venv"
                as_root apt-get update -qq
                as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
                "$PYTHON" -m venv "$VENV"
            else
                echo "cannot create a Python venv: install python3-venv (or virtualenv) and rerun" >&2
                exit 1
            fi
        fi
    fi
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check "moto[server]==$MOTO_VERSION"
    touch "$MARKER"
else
    step "moto $MOTO_VERSION already in .venv"
fi

export GLUE_TUI_MOTO_SERVER="$VENV/bin/moto_server"
export GLUE_TUI_PYTHON="$VENV/bin/python"

step "cargo test --all-targets --no-fail-fast $*"
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
set +e
cargo test --all-targets --no-fail-fast "$@" 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run: the bench targets (run once each as smoke tests) print after the last
# "test result" line.
passed=$(sed -n 's/^test result: .* \([0-9][0-9]*\) passed; \([0-9][0-9]*\) failed.*/\1/p' "$LOG" | awk '{s+=$1} END {print s+0}')
failed=$(sed -n 's/^test result: .* \([0-9][0-9]*\) passed; \([0-9][0-9]*\) failed.*/\2/p' "$LOG" | awk '{s+=$1} END {print s+0}')
echo
echo "tests: $passed passed, $failed failed"
exit "$status"
