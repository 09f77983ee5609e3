#!/usr/bin/env python3
"""Start-up figures for docs/PERFORMANCE.md: first frame and first rows of the real binary in a real terminal (tmux)
against a loopback moto server, beside the AWS CLI listing the first page from the same server in the same run.

    .venv/bin/python scripts/measure_startup.py [--runs 5] [--count 300] [--bin target/release/glue-tui]

The app logs its own figures ("first frame drawn", "first rows drawn", elapsed since main() began) to --log-file;
this script reads them. Needs tmux, and moto + awscli in .venv (scripts/bench_export.sh installs awscli).
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV_BIN = os.path.join(ROOT, ".venv", "bin")
ENV = dict(
    os.environ,
    AWS_ACCESS_KEY_ID="testing",
    AWS_SECRET_ACCESS_KEY="testing",
    AWS_REGION="us-east-1",
    AWS_DEFAULT_REGION="us-east-1",
    AWS_EC2_METADATA_DISABLED="true",
)
ENV.pop("AWS_PROFILE", None)
ENV.pop("DISPLAY", None)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_moto(port, deadline=30):
    end = time.time() + deadline
    while time.time() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit("moto did not start")


def first_figures(binary, url, workdir, run):
    log = os.path.join(workdir, f"run{run}.log")
    sock = f"glue-startup-{os.getpid()}-{run}"
    cmd = f"{binary} --endpoint-url {url} --log-file {log}"
    env_args = [f"{k}={v}" for k, v in ENV.items() if k.startswith("AWS_")]
    subprocess.run(
        ["tmux", "-L", sock, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "35", "env", "-u", "DISPLAY",
         *env_args, "sh", "-c", cmd],
        check=True,
    )
    try:
        end = time.time() + 30
        while time.time() < end:
            text = open(log).read() if os.path.exists(log) else ""
            frame = re.search(r"first frame drawn elapsed_ms=([\d.]+)", text)
            rows = re.search(r"first rows drawn elapsed_ms=([\d.]+)", text)
            if frame and rows:
                return float(frame.group(1)), float(rows.group(1))
            time.sleep(0.05)
        sys.exit(f"no start-up figures in {log}")
    finally:
        subprocess.run(["tmux", "-L", sock, "kill-server"], check=False)


def aws_cli_first_page(url):
    start = time.perf_counter()
    subprocess.run(
        [os.path.join(VENV_BIN, "aws"), "glue", "get-connections", "--endpoint-url", url, "--max-items", "100",
         "--output", "json"],
        env=ENV, check=True, stdout=subprocess.DEVNULL,
    )
    return (time.perf_counter() - start) * 1e3


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--count", type=int, default=300)
    p.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "glue-tui"))
    args = p.parse_args()
    for tool in ("tmux",):
        if not shutil.which(tool):
            sys.exit(f"{tool} is required")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    workdir = tempfile.mkdtemp(prefix="glue-startup-")
    moto = subprocess.Popen([os.path.join(VENV_BIN, "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_moto(port)
        subprocess.run([os.path.join(VENV_BIN, "python"), os.path.join(ROOT, "scripts", "moto_seed.py"),
                        "--endpoint", url, "--count", str(args.count)], env=ENV, check=True)
        frames, rows, cli = [], [], []
        for run in range(args.runs):
            f, r = first_figures(args.bin, url, workdir, run)
            frames.append(f)
            rows.append(r)
            cli.append(aws_cli_first_page(url))
        med = statistics.median
        print(f"runs: {args.runs}, connections on the server: {args.count}")
        print(f"first frame            median {med(frames):8.1f} ms  (min {min(frames):.1f}, max {max(frames):.1f})")
        print(f"first rows             median {med(rows):8.1f} ms  (min {min(rows):.1f}, max {max(rows):.1f})")
        print(f"aws cli first page     median {med(cli):8.1f} ms  (min {min(cli):.1f}, max {max(cli):.1f})")
        print(f"first rows / aws cli   {med(rows) / med(cli):.2f}")
    finally:
        moto.terminate()
        moto.wait(timeout=10)


if __name__ == "__main__":
    main()
