"""Loading a corpus into a real Oxigraph server: `conflictkg load` against the server's own
offline bulk loader (`oxigraph load`), on the same synthetic N-Quads, in one run.

    python benchmarks/load.py --events 100000

Prints seconds, quads per second and the ratio (the goal: within 2x of the offline loader),
and with --reload a second load of the same data (every graph replaced in place, one
transactional request each).
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))

from synth import write_corpus  # noqa: E402

from conflictkg import remote  # noqa: E402


def oxigraph() -> str:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        sys.exit("the oxigraph server is not installed (pip install '.[server]')")
    return binary


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--reload", action="store_true", help="also time a reload (every graph replaced)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        project = work / "project"
        (project / "build").mkdir(parents=True)
        shutil.copytree(ROOT / "ontology", project / "ontology")
        nquads = project / "build" / "conflict-kg.nq"
        quads = write_corpus(args.events, 7, nquads)
        print(
            f"corpus: {args.events} events, {quads} quads, {nquads.stat().st_size // 1_000_000} MB"
        )

        start = time.perf_counter()
        subprocess.run(
            [oxigraph(), "load", "--location", str(work / "offline"), "--file", str(nquads)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        offline = time.perf_counter() - start
        print(
            f"oxigraph load (offline bulk loader): {offline:7.1f} s  {quads / offline:9.0f} quads/s"
        )

        port = free_port()
        server = subprocess.Popen(
            [
                oxigraph(),
                "serve",
                "--location",
                str(work / "served"),
                "--bind",
                f"127.0.0.1:{port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    requests.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1)
                    break
                except requests.ConnectionError:
                    time.sleep(0.1)
            command = [
                str(Path(sys.executable).with_name("conflictkg")),
                "load",
                "-q",
                "--endpoint",
                url,
                "--project",
                str(project),
                "--timeout",
                "600",
            ]
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            online = time.perf_counter() - start
            print(
                f"conflictkg load (HTTP, fresh server):  {online:7.1f} s  {quads / online:9.0f} quads/s"
                f"   ratio {online / offline:.2f}x (goal: within 2x)"
            )
            if args.reload:
                start = time.perf_counter()
                subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
                reload = time.perf_counter() - start
                print(f"conflictkg load again (every graph replaced): {reload:7.1f} s")
            counts = remote.graph_counts(remote.resolve_endpoint(url, timeout=600))
            print(f"graphs in the store: {len(counts)}, triples: {sum(counts.values())}")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
