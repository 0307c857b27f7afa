"""The web application: textual-serve's app-per-tab websocket and its page files, every one of them behind the token.

textual-serve's own Server builds an application with no way to add a check in front of it, so this one is built
here from its public parts instead: its websocket handler (one app process per browser tab) and the files it ships
(the terminal's script, style and font). Nothing private of textual-serve is used.
"""

from __future__ import annotations

import asyncio
import shlex
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import jinja2
from aiohttp import web
from textual_serve.server import Server

from tui.serve.access_token import token_matches

PAGE_DIR = Path(__file__).parent / "page"
TITLE = "runstrength"
DEFAULT_FONT_SIZE = 16
# Whatever reaches the server without the token gets this and nothing else: no page, no hint of what runs here.
FORBIDDEN = "403: Forbidden"
# The page loads nothing from elsewhere (it works offline), and a browser is told to hold it to that.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'"
)
PRIVATE_HEADERS = {
    "Cache-Control": "no-store",  # the page and the token in its address stay out of caches
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
}

QUIT_WITHIN_S = 10.0  # an app asked to quit ends in well under a second; a stuck one must not hold the server

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def app_command(directory: Path) -> str:
    """What each browser tab runs: the app on the served data dir (exec: the tab's process is the app itself)."""
    return "exec " + shlex.join([sys.executable, "-m", "tui.serve.tab_app", "--data-dir", str(directory.resolve())])


def make_web_app(directory: Path, token: str) -> web.Application:
    """The aiohttp application serving the app on directory to whoever has the token."""
    server = Server(app_command(directory), title=TITLE)
    tabs = OpenTabs(server)
    page = jinja2.Environment(loader=jinja2.FileSystemLoader(PAGE_DIR), autoescape=True).get_template("index.html")
    files = shipped_files(Path(server.statics_path))

    async def show_page(request: web.Request) -> web.Response:
        font_size = _int(request.query.get("fontsize"), DEFAULT_FONT_SIZE, low=6, high=48)
        return web.Response(text=page.render(title=TITLE, font_size=font_size), content_type="text/html")

    async def add_slash(request: web.Request) -> web.Response:
        # The page's addresses are relative to its folder: /TOKEN must become /TOKEN/ to find them.
        raise web.HTTPFound(f"/{request.match_info['token']}/")

    async def page_file(request: web.Request) -> web.FileResponse:
        path = files.get(request.match_info["name"])  # only files named here: no way out of the folder
        if path is None:
            raise web.HTTPNotFound()
        return web.FileResponse(path)

    app = web.Application(middlewares=[token_required(token)])
    app.add_routes([
        web.get("/{token}", add_slash),
        web.get("/{token}/", show_page),
        web.get("/{token}/ws", tabs.open),
        web.get("/{token}/static/{name:.+}", page_file),
    ])
    app.on_shutdown.append(tabs.close_all)
    return app


def token_required(token: str):
    """Middleware: the first part of every address must be the token; else a plain 403, whatever was asked for."""

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        given = request.match_info.get("token")  # None for an address no route knows: refused just the same
        if given is None or not token_matches(given, token):
            return web.Response(status=403, text=FORBIDDEN, headers=PRIVATE_HEADERS)
        try:
            response = await handler(request)
        except web.HTTPException as answer:  # a redirect or a missing file is an answer too
            answer.headers.update(PRIVATE_HEADERS)
            raise
        response.headers.update(PRIVATE_HEADERS)
        return response

    return check


class OpenTabs:
    """The browser tabs connected now, each driving its own app process through textual-serve's websocket handler.

    On shutdown each tab is ended the way a closed tab is: textual-serve asks its app to quit and waits for it, so
    stopping the server leaves no app process behind.
    """

    def __init__(self, server: Server) -> None:
        self.server = server
        self.handlers: set[asyncio.Task] = set()

    async def open(self, request: web.Request) -> web.StreamResponse:
        if not web.WebSocketResponse().can_prepare(request):
            # The address opened as a page (or by curl): textual-serve's handler logged two tracebacks for it and
            # the browser got an empty reply.
            raise web.HTTPBadRequest(text="400: this address is the app's connection; open the page above it")
        handler = asyncio.current_task()
        assert handler is not None
        self.handlers.add(handler)
        try:
            return await self.server.handle_websocket(request)
        finally:
            self.handlers.discard(handler)

    async def close_all(self, _app: web.Application) -> None:
        handlers = list(self.handlers)
        for handler in handlers:
            handler.cancel()  # textual-serve answers a cancel by stopping its app and closing the socket
        if handlers:
            await asyncio.wait(handlers, timeout=QUIT_WITHIN_S)


def shipped_files(folder: Path) -> dict[str, Path]:
    """The terminal's page files textual-serve ships, by their address under static/."""
    return {path.relative_to(folder).as_posix(): path for path in folder.rglob("*") if path.is_file()}


def _int(text: str | None, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(text or default), low), high)
    except ValueError:
        return default
