"""The security headers of every page we serve: by the aiohttp web server (`make run`) and by
nginx (`make stack`, production). One list, so the two can never drift apart.

The CSP allows only this site's own files, plus connections to the Rasa socket.io server.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def origins(url: str) -> tuple[str, str]:
    """The http(s) and ws(s) origins of a server URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"the URL must be http(s)://host[:port], got {url!r}")
    ws_scheme = "wss" if parts.scheme == "https" else "ws"
    return f"{parts.scheme}://{parts.netloc}", f"{ws_scheme}://{parts.netloc}"


def content_security_policy(connect: str) -> str:
    """`connect`: what the page may connect to besides itself (space separated origins)."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            f"connect-src 'self' {connect}".rstrip(),
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
        ]
    )


def security_headers(connect: str, https: bool = False) -> dict[str, str]:
    headers = {
        "Content-Security-Policy": content_security_policy(connect),
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    }
    if https:
        headers["Strict-Transport-Security"] = "max-age=31536000"
    return headers
