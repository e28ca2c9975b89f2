#!/usr/bin/env python3
import argparse
import socket
import sys
import time


def parse_target(s):
    host, sep, port = s.rpartition(':')
    if not sep or not port.isdigit():
        raise argparse.ArgumentTypeError('expected HOST:PORT, got %r' % s)
    return (host.strip('[]') or 'localhost', int(port))


def is_open(host, port, timeout):
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_all(targets, timeout, interval, quiet):
    deadline = time.monotonic() + timeout
    pending = list(targets)
    while pending:
        pending = [t for t in pending if not is_open(t[0], t[1], interval)]
        if not pending:
            break
        if time.monotonic() >= deadline:
            return pending
        if not quiet:
            names = ', '.join('%s:%d' % t for t in pending)
            print('waiting for ' + names, file=sys.stderr)
        time.sleep(interval)
    return []


def main(argv=None):
    p = argparse.ArgumentParser(description='Wait until TCP ports accept connections.')
    p.add_argument('targets', nargs='+', type=parse_target, metavar='HOST:PORT')
    p.add_argument('-t', '--timeout', type=float, default=30.0)
    p.add_argument('-i', '--interval', type=float, default=1.0)
    p.add_argument('-q', '--quiet', action='store_true')
    p.add_argument('cmd', nargs=argparse.REMAINDER, help='command to exec after --')
    args = p.parse_args(argv)

    failed = wait_all(args.targets, args.timeout, args.interval, args.quiet)
    if failed:
        for host, port in failed:
            print('timed out: %s:%d' % (host, port), file=sys.stderr)
        return 1
    if not args.quiet:
        print('all ports open', file=sys.stderr)

    cmd = args.cmd[1:] if args.cmd[:1] == ['--'] else args.cmd
    if cmd:
        import os
        os.execvp(cmd[0], cmd)
    return 0


if __name__ == '__main__':
    sys.exit(main())
