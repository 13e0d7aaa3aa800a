"""Refuse request bodies over CLAIMGRAPH_MAX_REQUEST_BYTES without reading them whole.

A pure ASGI middleware: a declared Content-Length over the limit is refused
at once; otherwise the body is read up to the limit (a chunked body is
refused as soon as it passes it) and handed to the app unchanged.
"""
from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimgraph.api.http.errors import ErrorBody

_BODILESS = {"GET", "HEAD", "OPTIONS", "DELETE"}


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in _BODILESS:
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await self._refuse(send)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        body = ErrorBody(error="too_large",
                         detail=f"the request body is larger than {self.max_bytes} bytes").model_dump_json()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body.encode()})
