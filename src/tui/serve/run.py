"""Running the server until SIGINT or SIGTERM, after printing the one address to open."""

from __future__ import annotations

import asyncio
import signal
import socket
from pathlib import Path

from aiohttp import web

from tui.complaint import complain
from tui.serve.access_token import access_token
from tui.serve.web import make_web_app
from tui.store.open import open_store

EVERY_ADDRESS = {"0.0.0.0", "::", ""}


EXIT_CANNOT_LISTEN = 1
# SIGHUP too: the terminal serve runs in may go (a dropped SSH session); its tabs' apps end with it, cleanly.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class CannotListen(Exception):
    pass


def run_serve(directory: Path, host: str, port: int, new_token: bool) -> int:
    open_store(directory)  # a data problem is told once, here, rather than in every browser tab
    token = access_token(directory, new=new_token)
    try:
        asyncio.run(serve_until_stopped(make_web_app(directory, token), host, port, token))
    except CannotListen as error:
        complain(f"cannot listen on {host} port {port}: {error}")
        return EXIT_CANNOT_LISTEN
    return 0


async def serve_until_stopped(app: web.Application, host: str, port: int, token: str) -> None:
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in STOP_SIGNALS:
        loop.add_signal_handler(number, stopped.set)
    # No access log: every line of it would carry the token.
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except OSError as error:  # the port is taken, or the address is not this machine's
            raise CannotListen(error.strerror or str(error)) from None
        bound_port = runner.addresses[0][1]  # port 0 asks the system for a free one
        print(f"runstrength is served at {host}, port {bound_port}. Open this address (it holds the access "
              f"token: whoever has it can see and change your training log):", flush=True)
        print(f"    {address_to_open(host, bound_port, token)}", flush=True)
        print("Stop with Ctrl+C; every tab's app ends with it, and everything logged is saved.", flush=True)
        await stopped.wait()
    finally:
        await runner.cleanup()  # ends every tab's app first (see OpenTabs.close_all)


def address_to_open(host: str, port: int, token: str) -> str:
    if host in EVERY_ADDRESS:
        host = socket.gethostname()  # served on every address: name this machine rather than 0.0.0.0
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    return f"http://{host}:{port}/{token}/"
