"""frontmap's map as a folium element, for notebook users who build their maps with folium.

folium writes a page from Jinja templates and renders popups as raw HTML, which is why frontmap's own
page is written by hand (see maps/page.py). The element here keeps frontmap's rules inside a folium
map: the data is the same escaped document (``page.map_data``, escaped for a <script> context by
``payload.script_json``) in a ``<script type="application/json">`` element, which the browser never
runs; frontmap's own script (``assets.frontmap_js``) draws it with ``textContent``; and the only
JavaScript this module writes is the call that hands folium's map to that script, made of folium's
variable names and nothing from the events. Leaflet comes from folium (its CDN links), so a folium
map, unlike frontmap's own page, needs the network for Leaflet and tiles.
"""

from __future__ import annotations

from branca.element import Element, Figure, MacroElement
from folium import Map
from jinja2 import Template

from . import assets
from .page import map_data

# Where a map made here starts; frontmap's script then fits the view to the events.
DEFAULT_LOCATION = (48.5, 31.5)  # (lat, lon): Ukraine, as folium wants it
DEFAULT_ZOOM = 6


class Verbatim(Element):
    """Text placed in a folium page exactly as given.

    A plain ``branca.element.Element(text)`` compiles its text as a Jinja template, and so does
    ``MacroElement.render`` with what its macros return: article text holding ``{{ ... }}`` or
    ``{% ... %}`` would be evaluated in Python (or stop the page with a template error). The data
    and frontmap's script go into the page through this element instead, which is never a template.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Verbatim"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class FrontmapLayer(MacroElement):
    """frontmap's events (and places, base outlines, estimated front) drawn on the folium map it is added to.

    Its layer control, legend, time slider and popups are frontmap's own. Add it to a ``folium.Map``
    (not to a feature group): it draws on the map as a whole.
    """

    # Only folium's variable names and a boolean reach this template; the data never does.
    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function (map) {
                var root = map.getContainer();
                root.classList.add("frontmap");
                frontmapRender(root, {
                    map: map,
                    data: document.getElementById("{{ this.get_name() }}-data"),
                    fit: {{ this.fit|tojson }}
                });
            })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, data: str, *, fit: bool = True) -> None:
        super().__init__()
        self._name = "FrontmapLayer"
        self.data = data  # escaped by payload.script_json: no "<", ">" or "&" left in it
        self.fit = fit

    def render(self, **kwargs) -> None:
        """Add frontmap's styles and script to the page's head (once however many layers it has), the
        data to its body, then the call that draws (the macro) to its script."""
        figure = self.get_root()
        if not isinstance(figure, Figure) or not isinstance(self._parent, Map):
            raise TypeError("a FrontmapLayer draws on a whole folium.Map: add it to the map itself")
        figure.header.add_child(Verbatim(f"<style>{assets.frontmap_css()}</style>"), name="frontmap_css")
        figure.header.add_child(Verbatim(f"<script>{assets.frontmap_js()}</script>"), name="frontmap_js")
        island = f'<script type="application/json" id="{self.get_name()}-data">{self.data}</script>'
        figure.html.add_child(Verbatim(island), name=f"{self.get_name()}_data")
        super().render(**kwargs)


def to_folium(events, places=None, m: Map | None = None, front=None, *, title: str = "frontmap") -> Map:
    """Return a folium map carrying frontmap's layer of ``events``: ``m`` if given, else a new one.

    Parameters
    ----------
    events : GeoDataFrame
        The event table (``geo.events_frame``'s columns), EPSG:4326; its text is shown as text.
    places : GeoDataFrame, optional
        Places named in the articles (name, kind, mention_count, point geometry).
    m : folium.Map, optional
        The map to add the layer to, keeping its own view and tiles. A new map (OpenStreetMap tiles)
        is made and fitted to the events when it is None.
    front : GeoDataFrame, optional
        The estimated front, every snapshot stacked (see ``maps.build_map``).
    title : str
        The title box's text.

    In a notebook the returned map displays itself (folium's ``_repr_html_``: the page in an iframe);
    ``m.save("map.html")`` writes it as a page.
    """
    fit = m is None
    if m is None:
        m = Map(location=DEFAULT_LOCATION, zoom_start=DEFAULT_ZOOM, tiles="OpenStreetMap")
    FrontmapLayer(map_data(events, places, title, tiles=False, front=front), fit=fit).add_to(m)
    return m
