"""Quebec's administrative regions, by their official number; names are proper nouns."""

from __future__ import annotations

from mentorat_desktop.i18n import N_, _

OUTSIDE_QUEBEC = "99"

REGIONS: dict[str, str] = {
    "01": "Bas-Saint-Laurent",
    "02": "Saguenay–Lac-Saint-Jean",
    "03": "Capitale-Nationale",
    "04": "Mauricie",
    "05": "Estrie",
    "06": "Montréal",
    "07": "Outaouais",
    "08": "Abitibi-Témiscamingue",
    "09": "Côte-Nord",
    "10": "Nord-du-Québec",
    "11": "Gaspésie–Îles-de-la-Madeleine",
    "12": "Chaudière-Appalaches",
    "13": "Laval",
    "14": "Lanaudière",
    "15": "Laurentides",
    "16": "Montérégie",
    "17": "Centre-du-Québec",
    OUTSIDE_QUEBEC: N_("Outside Quebec"),
}


def region_label(code: str) -> str:
    """The region's name; only "outside Quebec" needs translating."""
    name = REGIONS.get(code)
    if name is None:
        return code
    return _(name) if code == OUTSIDE_QUEBEC else name
