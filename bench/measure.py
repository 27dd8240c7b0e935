"""Run one command and measure it: wall time, CPU time and peak RSS of its process tree."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from typing import Optional

import psutil


@dataclass
class Run:
    name: str
    wall: float  # seconds
    cpu: float  # user + sys seconds, the process and every descendant it waited for
    rss: int  # bytes: the larger of the sampled tree sum and the kernel's own peak
    code: int
    base: Optional["Run"] = None  # the bare spaCy run the ratios are taken to


def _tree_rss(proc: psutil.Process) -> int:
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def measure(name: str, cmd: list[str], env: dict[str, str]) -> Run:
    start = time.perf_counter()
    popen = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        # Workers of --jobs are separate processes: their RSS adds up, which
        # the kernel's per-process ru_maxrss cannot tell.
        nonlocal peak
        proc = psutil.Process(popen.pid)
        while not stop.is_set():
            try:  # until exec, the child is a copy of this process: not its memory
                started = proc.cmdline()[1:] == cmd[1:]
            except psutil.Error:
                started = False
            if started:
                peak = max(peak, _tree_rss(proc))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = popen.stderr.read() if popen.stderr else b""
    # wait4 gives this child's own resource use, its reaped workers included. Its
    # ru_maxrss also counts this process's own peak when the child was started (Linux
    # records the pre-exec memory's high-water mark), so the bench keeps itself small.
    _, status, usage = os.wait4(popen.pid, 0)
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    popen.returncode = os.waitstatus_to_exitcode(status)
    if popen.returncode != 0:
        print(f"{name}: exit {popen.returncode}: {stderr.decode(errors='replace').strip()[-500:]}")
    return Run(name, wall, usage.ru_utime + usage.ru_stime, max(peak, usage.ru_maxrss * 1024),
               popen.returncode)
