"""A browser tab without the browser: the page's websocket protocol spoken from the test, the app's output played
into a terminal emulator (pyte) so the test reads what the tab would show."""

from __future__ import annotations

import asyncio
import codecs
import json
import time

import aiohttp
import pyte


class Tab:
    def __init__(self, socket: aiohttp.ClientWebSocketResponse, columns: int, lines: int) -> None:
        self.socket = socket
        self.screen = pyte.Screen(columns, lines)
        self._stream = pyte.Stream(self.screen)
        self._decode = codecs.getincrementaldecoder("utf-8")(errors="replace").decode

    @classmethod
    async def open(cls, session: aiohttp.ClientSession, url: str, columns: int = 100, lines: int = 30) -> Tab:
        socket = await session.ws_connect(f"{url}ws?width={columns}&height={lines}")
        return cls(socket, columns, lines)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    async def press(self, *keys: str) -> None:
        for key in keys:  # as the page sends what is typed: one ["stdin", text] message a key
            await self.socket.send_str(json.dumps(["stdin", key]))

    async def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """Read what the app draws until text is on the tab's screen."""
        deadline = time.monotonic() + timeout
        while text not in self.text():
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{text!r} did not appear in the tab; it shows:\n{self.text()}")
            try:
                # Short waits: the server's heartbeat pings (every 15 s) restart a receive's own timeout.
                message = await self.socket.receive(timeout=min(left, 1.0))
            except asyncio.TimeoutError:
                continue
            if message.type != aiohttp.WSMsgType.BINARY:
                raise AssertionError(f"the tab was closed ({message}) before {text!r} appeared:\n{self.text()}")
            self._stream.feed(self._decode(message.data))
        return self.text()

    async def close(self) -> None:
        await self.socket.close()
