#!/usr/bin/env bash
# Coverage-guided fuzzing of glue-tui's readers (cargo-fuzz / libFuzzer; docs/FUZZING.md says what each target
# checks). Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 60 s, every target)
#
# Installs cargo-fuzz when missing, builds the targets (release, with debug assertions and overflow checks), copies
# the committed seeds (fuzz/seeds/<target>/, with fuzz/dicts/<target>.dict) into the working corpus (fuzz/corpus/<target>/, kept between runs, not
# committed), runs each target for the given time and prints per target the executions and crashes. A crash leaves
# its input in fuzz/artifacts/<target>/ and makes the script exit 1.
# libFuzzer needs nightly-only flags: RUSTC_BOOTSTRAP=1 lets this stable toolchain take them.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
SECONDS_PER_TARGET="${1:-60}"
shift || true
case "$SECONDS_PER_TARGET" in
'' | *[!0-9]*)
    echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]" >&2
    exit 2
    ;;
esac

step() { printf '==> %s\n' "$*"; }

export RUSTC_BOOTSTRAP=1
# Safe Rust: AddressSanitizer would only slow every run; panics, overflow checks and debug assertions are the crashes.
SANITIZER=(--sanitizer none)

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

# libfuzzer-sys compiles libFuzzer's C++ sources.
if ! command -v c++ >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        step "installing g++ (libFuzzer is C++)"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq g++ >/dev/null
    else
        echo "no C++ compiler (c++) and apt-get is not available: install g++ or clang++ and rerun" >&2
        exit 1
    fi
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    step "installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

cd "$ROOT/fuzz"
if [ "$#" -gt 0 ]; then
    TARGETS=("$@")
else
    mapfile -t TARGETS < <(cargo fuzz list)
fi

step "cargo fuzz build ${SANITIZER[*]} (${TARGETS[*]})"
for target in "${TARGETS[@]}"; do
    cargo fuzz build "${SANITIZER[@]}" "$target"
done
# The binaries are run as built: `cargo fuzz run` would rebuild first whenever a source file changed meanwhile.
HOST="$(rustc -vV | sed -n 's/^host: //p')"
BIN="$ROOT/fuzz/target/$HOST/release"

LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT
crashed=0
summary=()
for target in "${TARGETS[@]}"; do
    corpus="corpus/$target"
    mkdir -p "$corpus" "artifacts/$target"
    if [ -d "seeds/$target" ]; then
        cp -n "seeds/$target"/* "$corpus"/ 2>/dev/null || true
    fi
    (cd "artifacts/$target" && ls -A) | sort >"$LOGS/$target.before"
    step "fuzzing $target for ${SECONDS_PER_TARGET}s ($(find "$corpus" -type f | wc -l) inputs in $corpus)"
    log="$LOGS/$target.log"
    set +e
    dict=()
    if [ -f "dicts/$target.dict" ]; then
        dict=(-dict="dicts/$target.dict")
    fi
    "$BIN/$target" "$corpus" -artifact_prefix="artifacts/$target/" "${dict[@]}" \
        -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 -timeout=20 >"$log" 2>&1
    status=$?
    set -e
    # The progress lines are many; the stats, and a crash's panic and reproducer, are what to read.
    grep -E '^(stat::|thread .* panicked|SUMMARY|Failing input|artifact_prefix|Test unit written)|panicked at|^Reproduce with' \
        "$log" | grep -v '^stat::slowest' || true
    (cd "artifacts/$target" && ls -A) | sort | comm -13 "$LOGS/$target.before" - >"$LOGS/$target.new"
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    crashes=$(wc -l <"$LOGS/$target.new")
    if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        # Failed without leaving an input (it did not build, or libFuzzer itself failed): show why.
        tail -n 30 "$log"
        crashes=1
    fi
    if [ "$crashes" -gt 0 ]; then
        crashed=1
        sed "s|^|    crash input: fuzz/artifacts/$target/|" "$LOGS/$target.new"
    fi
    summary+=("$(printf '%-26s %6ss %12s executions %3s crashes' "$target" "$SECONDS_PER_TARGET" "${executions:-?}" "$crashes")")
done

echo
step "fuzz summary"
printf '%s\n' "${summary[@]}"
if [ "$crashed" -ne 0 ]; then
    echo "fuzzing found a crash: reproduce with" \
        "'cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run ${SANITIZER[*]} TARGET artifacts/TARGET/FILE'" \
        "(or run fuzz/target/$HOST/release/TARGET FILE)," \
        "then add the input to tests/rules/fuzz_regressions.rs (docs/FUZZING.md)" >&2
    exit 1
fi
