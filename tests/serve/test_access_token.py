"""Nothing under the server answers without the printed address's token: not the page, not the websocket that drives
the app, not the page's files. The token stays the same for the data dir until --new-token, and is kept private."""

from __future__ import annotations

import hmac
import stat
import urllib.error
import urllib.request

import aiohttp
import pytest
from aiohttp import web

from tui.cli import EXIT_DATA_PROBLEM, main
from tui.serve.access_token import TOKEN_FILE, access_token
from tui.serve.web import make_web_app

pytestmark = pytest.mark.slow

# Straight to 127.0.0.1, whatever proxy the environment names.
_direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def get(url: str) -> tuple[int, bytes]:
    try:
        with _direct.open(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read()


def wrong(token: str) -> list[str]:
    """Tokens an attacker might try: another of the same length, the right one cut short or with a letter changed."""
    flipped = ("A" if token[-1] != "A" else "B")
    return ["x" * len(token), token[:-1], token[:-1] + flipped, token + "x", token.upper()]


def test_the_printed_address_opens_the_page_and_its_files(serve):
    served = serve()
    assert served.url.startswith("http://127.0.0.1:")
    status, page = get(served.url)
    assert status == 200
    assert b"static/js/textual.js" in page
    for name in ("js/textual.js", "css/xterm.css", "fonts/RobotoMono-VariableFont_wght.ttf"):
        status, body = get(f"{served.url}static/{name}")
        assert status == 200 and body, name


def test_without_the_token_everything_is_a_plain_403(serve):
    served = serve()
    paths = ["/", "", "/ws", "/static/js/textual.js", "/static/css/xterm.css", "/favicon.ico", "/download/x",
             "/robots.txt"]
    for token in wrong(served.token):
        paths += [f"/{token}/", f"/{token}", f"/{token}/ws", f"/{token}/static/js/textual.js"]
    for path in paths:
        status, body = get(served.base + path)
        assert (status, body) == (403, b"403: Forbidden"), path


async def test_the_app_s_websocket_answers_only_with_the_token(serve):
    served = serve()
    async with aiohttp.ClientSession() as session:
        for token in [*wrong(served.token), ""]:
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(f"{served.base}/{token}/ws?width=80&height=24")
            assert refused.value.status == 403
        with pytest.raises(aiohttp.WSServerHandshakeError):
            await session.ws_connect(f"{served.base}/ws?width=80&height=24")

        async with session.ws_connect(f"{served.url}ws?width=100&height=30") as tab:
            drawn = b""
            while b"Routines" not in drawn:  # the app draws its first screen (ended by the receive timeout)
                message = await tab.receive(timeout=30)
                assert message.type == aiohttp.WSMsgType.BINARY, message
                drawn += message.data


def test_the_app_s_connection_opened_as_a_page_is_a_plain_400_not_a_traceback(serve):
    """GET of /TOKEN/ws without a websocket upgrade: an empty reply, and two tracebacks in the server's output."""
    served = serve()
    status, body = get(served.url + "ws")
    assert status == 400 and b"open the page" in body
    status, _ = get(served.url)  # the server is still up
    assert status == 200
    served.stop()
    assert "Traceback" not in "\n".join(served.printed)


def test_the_token_is_kept_private_and_stays_until_a_new_one_is_asked_for(serve, tmp_path):
    first = serve()
    kept = tmp_path / "data" / TOKEN_FILE
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert kept.read_text().strip() == first.token
    assert len(first.token) >= 22  # token_urlsafe: 6 bits a character, so at least 128 bits
    first.stop()

    again = serve()  # a bookmark of the first address still opens the app
    assert again.token == first.token
    again.stop()

    renewed = serve("--new-token")
    assert renewed.token != first.token
    assert get(f"{renewed.base}/{first.token}/")[0] == 403
    assert get(renewed.url)[0] == 200


def test_a_token_file_others_could_write_is_refused_not_trusted(serve, tmp_path, capsys):
    # Whoever can write the file could choose the token.
    serve().stop()
    (tmp_path / "data" / TOKEN_FILE).chmod(0o666)
    assert main(["serve", "--port", "0", "--data-dir", str(tmp_path / "data")]) == EXIT_DATA_PROBLEM
    assert "can be changed by other users" in capsys.readouterr().err


async def test_the_check_compares_in_constant_time(tmp_path, monkeypatch):
    compared = []
    real = hmac.compare_digest

    def spy(given, expected):
        compared.append((given, expected))
        return real(given, expected)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    token = access_token(tmp_path)
    runner = web.AppRunner(make_web_app(tmp_path, token))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = runner.addresses[0][1]
        async with aiohttp.ClientSession() as session:
            for given in (token, "x" * len(token)):
                async with session.get(f"http://127.0.0.1:{port}/{given}/") as response:
                    assert response.status == (200 if given == token else 403)
    finally:
        await runner.cleanup()
    assert compared == [(token.encode(), token.encode()), (b"x" * len(token), token.encode())]
