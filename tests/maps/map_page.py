"""A map opened in the browser tests' Chromium, with the network cut and what it asks for recorded."""

from __future__ import annotations


class OpenedMap:
    """A map file opened in a fresh page with every network request refused and recorded.

    ``frame`` picks the frame the map is drawn in (a notebook shows it in an iframe); subclasses
    answer requests differently by overriding ``_route``.
    """

    READY = "[data-ready='1']"

    def __init__(self, browser, path, frame: int = 0):
        self.context = browser.new_context(viewport={"width": 1200, "height": 800})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.frame = self.page.frames[frame]
        self.frame.wait_for_selector(self.READY, state="attached")

    def _route(self, route):
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def drawn(self, root: str = ".frontmap") -> list[dict]:
        return self.frame.eval_on_selector(root, "node => node.frontmap.drawn()")
