#!/usr/bin/env python3
"""Runs one command inside a pseudo-terminal and relays it over pipes, for test/e2e/pty.ts.

    python3 pty_driver.py --cols 100 --rows 30 --timeout 30 -- node bin/crm.js file acme 25

What arrives on stdin is typed into the terminal, byte for byte; everything the program writes to
the terminal (its stdout and stderr alike, as on a real screen) comes out on stdout, byte for byte.
When the program has exited and the terminal is drained, the driver prints one status line to
stderr and exits:

    pty_driver: exit {"code": 130, "signal": null, "timedOut": false}

The program never outlives the driver: it is killed (its whole process group) when the driver gets
SIGTERM, SIGINT or SIGHUP, when the process that started the driver dies, or when --timeout
seconds have passed. Closing stdin only means nothing more will be typed. Standard
library only, so CI needs nothing but python3; POSIX only (Linux, macOS).
"""

import argparse
import errno
import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

STATUS_PREFIX = "pty_driver: exit "
# After the program exits, output still in the terminal's buffer is drained for at most this long
# (a grandchild holding the terminal open must not hang the driver).
DRAIN_SECONDS = 1.0
# Between asking the program to stop (SIGHUP, then SIGTERM) and killing it outright.
GRACE_SECONDS = 1.0


class Stop(Exception):
    """Raised by the signal handlers: the test runner wants the program gone."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cols", type=int, default=100)
    parser.add_argument("--rows", type=int, default=30)
    parser.add_argument("--timeout", type=float, default=60.0, help="kill the program after this many seconds")
    parser.add_argument("argv", nargs="+", help="the program and its arguments (after --)")
    args = parser.parse_args()

    def stop(_signum, _frame):
        raise Stop()

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, stop)

    pid, master = pty.fork()
    if pid == 0:
        child(args)  # never returns

    timed_out = False
    status = None
    try:
        status, timed_out = relay(pid, master, time.monotonic() + args.timeout)
    except Stop:
        pass
    finally:
        if status is None:
            status = kill(pid)
        try:
            os.close(master)
        except OSError:
            pass

    code, signame = describe(status)
    sys.stderr.write(STATUS_PREFIX + json.dumps({"code": code, "signal": signame, "timedOut": timed_out}) + "\n")
    sys.stderr.flush()
    if signame is not None:
        return 128 + signal.Signals[signame].value
    return code


def child(args) -> None:
    """In the forked child: the pty's slave side is already our controlling terminal on fds 0-2."""
    try:
        # The size is set before exec, so the program's first look at the terminal sees it.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", args.rows, args.cols, 0, 0))
        # The driver's own dispositions must not leak into the program (Python ignores SIGPIPE and
        # SIGXFSZ, and an ignored signal stays ignored across exec).
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGPIPE, signal.SIGXFSZ):
            signal.signal(signum, signal.SIG_DFL)
        os.execvp(args.argv[0], args.argv)
    except BaseException as error:  # noqa: BLE001 - report anything, then leave without cleanup
        os.write(2, f"pty_driver: cannot run {args.argv[0]}: {error}\n".encode())
    os._exit(127)


def relay(pid: int, master: int, deadline: float):
    """Relays stdin -> terminal and terminal -> stdout until the program exits and its output is
    drained. Returns (wait status, timed out). Raises Stop when told to stop."""
    os.set_blocking(master, False)
    stdin = sys.stdin.fileno()
    stdout = sys.stdout.fileno()
    pending = b""  # typed but not yet accepted by the terminal
    stdin_open = True
    status = None
    drain_until = None
    parent = os.getppid()

    while True:
        now = time.monotonic()
        if status is None and now >= deadline:
            return kill(pid), True
        if status is None and os.getppid() != parent:
            # The test runner died without stopping us: nobody is left to read the screen.
            return kill(pid), False
        if status is None:
            done, wait_status = os.waitpid(pid, os.WNOHANG)
            if done:
                status = wait_status
                sweep(pid)
                drain_until = now + DRAIN_SECONDS
        if drain_until is not None and now >= drain_until:
            return status, False

        readers = [master] + ([stdin] if stdin_open and status is None else [])
        writers = [master] if pending and status is None else []
        limit = min(deadline if status is None else drain_until, now + 0.05) - now
        readable, writable, _ = select.select(readers, writers, [], max(limit, 0))

        if master in readable:
            try:
                data = os.read(master, 65536)
            except OSError as error:
                # EIO: every holder of the slave side has closed it; the program is gone.
                if error.errno not in (errno.EIO, errno.EAGAIN):
                    raise
                data = b"" if error.errno == errno.EIO else None
            if data:
                write_all(stdout, data)
            elif data == b"":
                if status is None:
                    _, status = os.waitpid(pid, 0)
                    sweep(pid)
                return status, False

        if stdin in readable:
            data = os.read(stdin, 65536)
            if data:
                pending += data
            else:
                stdin_open = False  # nothing more to type; the program runs on

        if master in writable and pending:
            try:
                written = os.write(master, pending)
                pending = pending[written:]
            except BlockingIOError:
                pass


def write_all(fd: int, data: bytes) -> None:
    while data:
        data = data[os.write(fd, data):]


def kill(pid: int):
    """Stops the program and everything it started (its process group, which pty.fork made a new
    session), politely first, then for good. Returns its wait status."""
    for signum in (signal.SIGHUP, signal.SIGTERM):
        try:
            os.killpg(pid, signum)
        except ProcessLookupError:
            break
        end = time.monotonic() + GRACE_SECONDS / 2
        while time.monotonic() < end:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                sweep(pid)
                return status
            time.sleep(0.02)
    sweep(pid)
    _, status = os.waitpid(pid, 0)
    return status


def sweep(pgid: int) -> None:
    """Kills whatever is left of the program's process group."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def describe(status: int):
    if os.WIFSIGNALED(status):
        return None, signal.Signals(os.WTERMSIG(status)).name
    return os.WEXITSTATUS(status), None


if __name__ == "__main__":
    sys.exit(main())
