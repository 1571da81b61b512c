"""Run the benchmarks and print how seqjit compares with Go, C and Python.

    python benchmarks/run.py [NAME...] [--runs N] [--impl seqjit,seqjit-1t,go,c,python]

A benchmark is a directory benchmarks/NAME/ holding any of NAME.seq, NAME.go,
NAME.c and NAME.py, or a named variant in VARIANTS that runs a directory's
programs with command-line arguments. Each program times its own work with a monotonic clock and
prints one line per measurement:

    LABEL = RESULT in ELAPSED UNIT        e.g.  fib(35) = 9227465 in 23456789 ns

(UNIT is ns, us, ms or s). Every implementation is run --runs times; the
table shows the best and median in-program time, the median whole-process wall
time, the start-up overhead (wall minus in-program, medians), the peak RSS, and
ratios of the median in-program time to Go's and C's. Results must agree
across implementations, or the benchmark is reported as failed. The strand
benchmarks (STRAND_BENCHMARKS) also run seqjit with SEQ_THREADS=1, the
`seqjit-1t` row, and print seqjit's speedup over it and over Go.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TIMEOUT_S = 600

LINE = re.compile(
    r"^(?P<label>\S.*?) = (?P<result>\S+) in (?P<value>\d+(?:\.\d+)?) (?P<unit>ns|us|µs|ms|s)$"
)
UNIT_NS = {"ns": 1, "us": 1_000, "µs": 1_000, "ms": 1_000_000, "s": 1_000_000_000}

# Benchmarks that run another directory's programs with arguments:
# name -> (directory under benchmarks/, arguments given to every program).
VARIANTS: dict[str, tuple[str, list[str]]] = {
    "skynet100k": ("skynet", ["100000"]),
}

# Directories whose programs run many strands: seqjit runs them a second time
# on one worker thread (SEQ_THREADS=1), the `seqjit-1t` row.
STRAND_BENCHMARKS = {"parfib", "skynet", "pingpong", "fanout"}


# -- implementations ----------------------------------------------------------


@dataclass
class Impl:
    """One language: its source suffix, and how to build and run a source."""

    name: str
    suffix: str
    missing: str | None = None  # why it cannot run here, or None
    # Environment variables set for its runs; None unsets one (so the runner's
    # own environment never changes what a row measures).
    env: dict[str, str | None] = field(default_factory=dict)
    only: set[str] | None = None  # the benchmark directories it runs, or all

    def runs(self, directory: str) -> bool:
        return self.only is None or directory in self.only

    def environ(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in self.env}
        env.update({k: v for k, v in self.env.items() if v is not None})
        return env

    def build(self, src: Path, out_dir: Path) -> list[str]:
        """Compile src if needed; return the command that runs it."""
        raise NotImplementedError


class SeqJit(Impl):
    """seqjit with its default worker threads, or with `threads` of them
    (SEQ_THREADS) for the strand benchmarks only."""

    def __init__(self, threads: int | None = None) -> None:
        self.exe = find_seqrepl()
        name = "seqjit" if threads is None else f"seqjit-{threads}t"
        super().__init__(
            name, ".seq", None if self.exe else "seqrepl not found (make bench)",
            env={"SEQ_THREADS": None if threads is None else str(threads)},
            only=None if threads is None else STRAND_BENCHMARKS,
        )

    def build(self, src: Path, out_dir: Path) -> list[str]:
        # A benchmark's FFI manifests (NAME/*.toml) are bound as seqrepl --ffi-manifest does.
        manifests = [arg for toml in sorted(src.parent.glob("*.toml"))
                     for arg in ("--ffi-manifest", str(toml))]
        return [str(self.exe), *manifests, str(src)]  # compiles in-process, counted in wall time


class C(Impl):
    def __init__(self) -> None:
        self.cc = os.environ.get("CC", "cc")
        found = shutil.which(self.cc)
        super().__init__("c", ".c", None if found else f"{self.cc} not installed")

    def build(self, src: Path, out_dir: Path) -> list[str]:
        exe = out_dir / f"{src.stem}-c"
        run_build([self.cc, "-O2", "-pthread", "-o", str(exe), str(src)], src.parent)
        return [str(exe)]


class Go(Impl):
    def __init__(self) -> None:
        found = shutil.which("go")
        note = "go not installed (e.g. apt-get install golang-go); Go ratios skipped"
        super().__init__("go", ".go", None if found else note, env={"GOMAXPROCS": None})

    def build(self, src: Path, out_dir: Path) -> list[str]:
        exe = out_dir / f"{src.stem}-go"
        env = dict(os.environ)  # `go build FILE.go` needs no go.mod
        if not any(k in env for k in ("GOCACHE", "HOME", "XDG_CACHE_HOME")):
            env["GOCACHE"] = str(out_dir / "gocache")
        run_build(["go", "build", "-o", str(exe), str(src)], src.parent, env)
        return [str(exe)]


class Python(Impl):
    def __init__(self) -> None:
        super().__init__("python", ".py")

    def build(self, src: Path, out_dir: Path) -> list[str]:
        return [sys.executable, str(src)]


def find_seqrepl() -> Path | None:
    beside = Path(sys.executable).parent / "seqrepl"  # the venv `make bench` uses
    if beside.exists():
        return beside
    found = shutil.which("seqrepl")
    return Path(found) if found else None


def run_build(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise BenchError(f"build failed: {' '.join(cmd)}\n{done.stderr.strip()}")


class BenchError(Exception):
    pass


# -- running ------------------------------------------------------------------


@dataclass
class Run:
    times_ns: dict[str, int]  # label -> in-program time
    results: dict[str, str]  # label -> result printed
    wall_ns: int
    maxrss_kb: int


def build_launcher(out_dir: Path) -> Path | None:
    """Compile launch.c (exact wall time and peak RSS of a child); None without cc."""
    cc = os.environ.get("CC", "cc")
    if not shutil.which(cc):
        return None
    exe = out_dir / "launch"
    try:
        run_build([cc, "-O2", "-o", str(exe), str(HERE / "launch.c")], HERE)
    except BenchError as e:
        print(f"note: {e}; peak RSS will include the runner's own RSS")
        return None
    return exe


def run_once(cmd: list[str], cwd: Path, env: dict[str, str], launcher: Path | None) -> Run:
    """Run cmd once: its own timings, plus whole-process wall time and peak RSS."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r") as stats,
    ):
        argv = [str(launcher), stats.name, *cmd] if launcher else cmd
        start = time.perf_counter_ns()
        proc = subprocess.Popen(
            argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
            start_new_session=True,
        )
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # the launcher and the program under it

        timer = threading.Timer(TIMEOUT_S, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall, maxrss_kb = time.perf_counter_ns() - start, usage.ru_maxrss  # KiB on Linux
        proc.returncode = os.waitstatus_to_exitcode(status)
        if timed_out.is_set():
            raise BenchError(f"timed out after {TIMEOUT_S} s")
        if launcher:
            fields = stats.read().split()
            if len(fields) == 2:
                wall, maxrss_kb = int(fields[0]), int(fields[1])
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = err.read().decode(errors="replace")
    if proc.returncode != 0:
        tail = (stderr or stdout).strip().splitlines()[-5:]
        raise BenchError(f"exit status {proc.returncode}\n" + "\n".join(tail))
    times: dict[str, int] = {}
    results: dict[str, str] = {}
    for line in stdout.splitlines():
        m = LINE.match(line.strip())
        if m:
            label = m["label"]
            times[label] = round(float(m["value"]) * UNIT_NS[m["unit"]])
            results[label] = m["result"]
    if not times:
        raise BenchError("printed no 'LABEL = RESULT in N ns' line:\n" + stdout[-500:])
    return Run(times, results, wall, maxrss_kb)


@dataclass
class Outcome:
    impl: str
    runs: list[Run] = field(default_factory=list)
    error: str | None = None

    def times(self, label: str) -> list[int]:
        return [r.times_ns[label] for r in self.runs if label in r.times_ns]

    def median(self, label: str) -> float | None:
        t = self.times(label)
        return statistics.median(t) if t else None


class Builds:
    """Each source is built at most once, however many benchmarks run it."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.done: dict[tuple[str, Path], list[str] | BenchError] = {}

    def command(self, impl: Impl, src: Path) -> list[str]:
        key = (impl.name, src)
        if key not in self.done:
            try:
                self.done[key] = impl.build(src, self.out_dir)
            except BenchError as e:
                self.done[key] = e
        built = self.done[key]
        if isinstance(built, BenchError):
            raise built
        return built


def measure(
    name: str,
    sources: list[tuple[Impl, Path]],
    args: list[str],
    builds: Builds,
    runs: int,
    launcher: Path | None,
) -> list[Outcome]:
    """Run each implementation `runs` times, round by round (one run of each
    in turn), so that a machine whose speed drifts weighs on all alike."""
    outcomes = [Outcome(impl.name) for impl, _ in sources]
    built: list[tuple[Impl, Path, list[str], Outcome]] = []
    for (impl, src), outcome in zip(sources, outcomes, strict=True):
        try:
            built.append((impl, src, builds.command(impl, src) + args, outcome))
        except BenchError as e:
            outcome.error = str(e)
    progress = sys.stderr.isatty()
    for i in range(runs):
        for impl, src, cmd, outcome in built:
            if outcome.error:  # (a run failed: no more of it)
                continue
            if progress:
                print(f"  {name}: {impl.name} run {i + 1}/{runs}  ", end="\r", file=sys.stderr)
            try:
                outcome.runs.append(run_once(cmd, src.parent, impl.environ(), launcher))
            except BenchError as e:
                outcome.error = str(e)
    if progress:
        print(" " * 50, end="\r", file=sys.stderr, flush=True)
    return outcomes


# -- reporting ----------------------------------------------------------------


def ms(ns: float | None) -> str:
    if ns is None:
        return "-"
    return f"{ns / 1e6:.1f}" if abs(ns) >= 1e6 else f"{ns / 1e6:.3f}"


def ratio(a: float | None, b: float | None) -> str:
    return "-" if a is None or not b else f"{a / b:.2f}x"


HEADER = (
    f"{'impl':<10}{'best ms':>10}{'median ms':>11}{'wall ms':>10}{'startup ms':>12}"
    f"{'RSS MB':>9}{'/go':>9}{'/c':>9}"
)


def report(name: str, outcomes: list[Outcome]) -> bool:
    """Print one benchmark's table; False when something failed or disagreed."""
    ok = True
    by_impl = {o.impl: o for o in outcomes}
    labels: list[str] = []
    for o in outcomes:
        for r in o.runs:
            labels += [lb for lb in r.times_ns if lb not in labels]
    for o in outcomes:
        if o.error:
            ok = False
            print(f"{name}: {o.impl} FAILED: {o.error}")
    for label in labels:
        print(f"\n{name}: {label}")
        print(HEADER)
        go = by_impl["go"].median(label) if "go" in by_impl else None
        c = by_impl["c"].median(label) if "c" in by_impl else None
        seen: dict[str, str] = {}
        for o in outcomes:
            times = o.times(label)
            if not times:
                continue
            results = {r.results[label] for r in o.runs if label in r.results}
            for result in results:
                seen.setdefault(result, o.impl)
            walls = [r.wall_ns for r in o.runs]
            med = statistics.median(times)
            wall = statistics.median(walls)
            rss = max(r.maxrss_kb for r in o.runs) / 1024
            print(
                f"{o.impl:<10}{ms(min(times)):>10}{ms(med):>11}{ms(wall):>10}"
                f"{ms(wall - med):>12}{rss:>9.1f}{ratio(med, go):>9}{ratio(med, c):>9}"
            )
        if len(seen) > 1:
            ok = False
            print("RESULTS DISAGREE: " + ", ".join(f"{i} printed {r}" for r, i in seen.items()))
        seq = by_impl["seqjit"].median(label) if "seqjit" in by_impl else None
        if seq is not None:
            parts = [
                f"seqjit/{other} = {ratio(seq, by_impl[other].median(label))}"
                for other in ("go", "c", "python")
                if other in by_impl and by_impl[other].median(label)
            ]
            if parts:
                print("  " + "   ".join(parts))
            speedups = [
                f"{ratio(by_impl[other].median(label), seq)} over {other}"
                for other in ("seqjit-1t", "go")
                if "seqjit-1t" in by_impl and other in by_impl and by_impl[other].median(label)
            ]
            if speedups:
                print("  speedup of seqjit: " + ", ".join(speedups))
    return ok


def describe_machine(impls: list[Impl]) -> None:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or cpu
    print(f"machine: {os.cpu_count()} CPUs, {cpu}, {platform.system()} {platform.machine()}")
    versions = [f"python {platform.python_version()}"]
    try:
        import llvmlite
        import llvmlite.binding

        llvm = ".".join(map(str, llvmlite.binding.llvm_version_info))
        versions.append(f"llvmlite {llvmlite.__version__} (LLVM {llvm})")
    except ImportError:
        pass
    for impl in impls:
        if impl.missing:
            continue
        if isinstance(impl, Go):
            versions.append(first_line(["go", "version"]).removeprefix("go version "))
        elif isinstance(impl, C):
            versions.append(first_line([impl.cc, "--version"]))
    print("tools: " + "; ".join(versions))


def first_line(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return f"{cmd[0]} ?"
    return out.strip().splitlines()[0] if out.strip() else f"{cmd[0]} ?"


# -- main ---------------------------------------------------------------------


def discover() -> list[str]:
    dirs = {
        d.name
        for d in HERE.iterdir()
        if d.is_dir() and any((d / f"{d.name}{s}").exists() for s in (".seq", ".go", ".c", ".py"))
    }
    return sorted(dirs | {name for name, (d, _) in VARIANTS.items() if d in dirs})


def resolve(name: str) -> tuple[str, list[str]]:
    """The directory a benchmark runs from and the arguments its programs get."""
    return VARIANTS.get(name, (name, []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument(
        "--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")), help="runs each"
    )
    parser.add_argument(
        "--impl", default="", help="comma-separated subset of seqjit,seqjit-1t,go,c,python"
    )
    args = parser.parse_args(argv)

    all_names = discover()
    names = args.names or all_names
    unknown = [n for n in names if n not in all_names]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; have {', '.join(all_names)}")
        return 2
    impls: list[Impl] = [SeqJit(), SeqJit(threads=1), Go(), C(), Python()]
    if args.impl:
        wanted = set(args.impl.split(","))
        impls = [i for i in impls if i.name in wanted]

    describe_machine(impls)
    print(f"runs: {args.runs} per implementation, in rounds (one run of each in turn); "
          "times are measured inside each program")
    for impl in impls:
        if impl.missing:
            print(f"note: skipping {impl.name}: {impl.missing}")

    ok = True
    with tempfile.TemporaryDirectory(prefix="seqjit-bench-") as tmp:
        launcher = build_launcher(Path(tmp))
        if launcher is None:
            print("note: no C compiler; peak RSS includes the runner's RSS at fork")
        builds = Builds(Path(tmp))
        for name in names:
            directory, prog_args = resolve(name)
            sources = []
            for impl in impls:
                src = HERE / directory / f"{directory}{impl.suffix}"
                if impl.missing or not src.exists() or not impl.runs(directory):
                    continue
                sources.append((impl, src))
            outcomes = measure(name, sources, prog_args, builds, args.runs, launcher)
            print()
            ok &= report(name, outcomes)
    print(
        "\ncolumns: best/median = in-program time; wall = whole process (median);"
        "\n  startup = wall - in-program (compile, JIT, interpreter start-up, exit);"
        "\n  RSS = peak resident set; /go, /c = median in-program time relative to Go, C"
        " (below 1x is faster)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
