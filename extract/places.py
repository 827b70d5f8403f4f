"""Where a figure is: the country its sentence names, else the one the report names most.

A gazetteer of country names (and the common short forms reports use) is enough for the
dashboard's place filter; sub-national places are left to a later, richer gazetteer.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from .patterns import _starts

COUNTRIES = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cambodia|
Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|
Côte d'Ivoire|Croatia|Cuba|Cyprus|Czechia|Democratic Republic of the Congo|Denmark|Djibouti|
Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|
Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|
Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|
Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|
Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|
Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|
South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Tajikistan|Tanzania|
Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|
Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|
Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Gaza|West Bank|Kosovo|Taiwan|Hong Kong|Puerto Rico
"""
ALIASES = {
    "DRC": "Democratic Republic of the Congo", "DR Congo": "Democratic Republic of the Congo",
    "Ivory Coast": "Côte d'Ivoire", "Burma": "Myanmar", "USA": "United States", "U.S.": "United States",
    "UK": "United Kingdom", "Britain": "United Kingdom", "Syrian Arab Republic": "Syria",
    "Occupied Palestinian Territory": "Palestine", "CAR": "Central African Republic",
    "Aleppo": "Syria", "Mosul": "Iraq", "Gaza Strip": "Gaza", "Kyiv": "Ukraine",
}
_NAMES = {n.strip(): n.strip() for n in COUNTRIES.replace("\n", "").split("|") if n.strip()}
_NAMES.update(ALIASES)
# Longest names first so "South Sudan" wins over "Sudan", "Guinea-Bissau" over "Guinea".
_PLACE_RE = re.compile(_starts(_NAMES) + r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))
                       + r")(?![\w-])")


@functools.lru_cache(maxsize=1024)
def places_in(text: str) -> list[str]:
    return [_NAMES[m.group(1)] for m in _PLACE_RE.finditer(text)]


def main_place(text: str) -> str | None:
    """The country a report names most often (first named wins a tie)."""
    found = places_in.__wrapped__(text)
    if not found:
        return None
    counts = Counter(found)
    return max(found, key=lambda p: (counts[p], -found.index(p)))
