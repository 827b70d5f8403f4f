"""Every word list the extractor relies on, in one place.

The extractor's behaviour is mostly this data: to teach it a new trigger verb, unit or
vague number, add it here (and a row to tests/test_examples.py), not an `if` elsewhere.
References: ANNOTATION.md's categories, GDELT GKG count types, IDMC/IDETECT reporting
terms, CrisisLex, ACLED's coding of vague numbers.
"""
import re

# --- Numbers written as words -------------------------------------------------------

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Multipliers that follow a number ("1.5 million", "two thousand", "2.3m", "5.8K").
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000, "dozen": 12,
    "k": 1_000, "m": 1_000_000, "b": 1_000_000_000,
    # South Asian reports: "12.5 lakh people", "Rs 12 crore"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
# "a dozen" is an exact 12; "half a million" is handled as a word number.
DOZEN = 12
# Scales in Spanish, French and Portuguese reports ("2 mil viviendas", "1,5 millones").
ROMANCE_SCALE_WORDS = {"mil": 1_000, "mille": 1_000, "millones": 1_000_000, "millón": 1_000_000,
                       "millon": 1_000_000, "millions": 1_000_000, "milhões": 1_000_000,
                       "milliards": 1_000_000_000}
SCALE_WORDS.update(ROMANCE_SCALE_WORDS)
# Before "mil" in "siete mil 76" (7,076), as Central American newsrooms write it.
ROMANCE_UNITS_WORDS = {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
                       "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "veinte": 20, "treinta": 30,
                       "cuarenta": 40, "cincuenta": 50, "cien": 100}
# Small words that tell a report's language, for its number convention (language.py).
ENGLISH_FUNCTION_WORDS = ("the", "of", "and", "to", "in", "were", "was", "is", "are", "have",
                          "has", "with", "for", "that", "by")
ROMANCE_FUNCTION_WORDS = ("de", "la", "las", "los", "el", "del", "y", "en", "se", "al", "por",
                          "para", "con", "que", "una", "han", "fueron", "según", "les", "des",
                          "du", "et", "dans", "une", "sont", "est", "aux", "pour", "ont", "été",
                          "au", "sur", "da", "do", "dos", "das", "em", "uma", "com", "foram")

# --- Vague numbers (ACLED's conservative convention: the lowest credible value) -----

VAGUE_WORDS = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
    "millions": 1_000_000, "billions": 1_000_000_000,
}
# "several hundred", "a few thousand": vague, worth the scale word alone.
VAGUE_PREFIXES = ("several", "a few", "many")

# Shares written as words ("a third of those screened", "nearly two-thirds of sales"): every
# quantity counts them (extract_quantities), a figure does not (a share of what is often unsaid).
FRACTION_WORDS = {
    "half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}
WHOLE_PRONOUNS = {"them", "which", "whom", "us", "it", "these", "those", "you"}  # "half of them": no named whole
FRACTION_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# One-letter unit symbols that may be glued to a number ("45g", "60W", "85p"); others are names ("5G").
GLUED_ONE_LETTER_UNITS = ("g", "W", "p")
# Words after a bare number that are no noun it counts ("2.1 last year", "one more"):
# every quantity takes the next word as a singular noun unless it is one of these.
NOT_A_SINGULAR_NOUN = {"last", "next", "more", "less", "other", "another", "times", "each", "per",
                       "said", "says", "told", "will", "would", "could", "can", "may", "might", "must",
                       "should", "did", "does", "not", "also", "now", "then", "too", "yet", "out", "off",
                       "ago", "apiece", "against", "between", "behind", "via", "versus", "while", "where",
                       "when", "what", "why", "how", "whose", "whom", "plus", "minus", "after", "before",
                       # verbs of a plural subject ("about 1000 come from Asia", "300 live there")
                       "come", "go", "live", "work", "remain", "stay", "face", "need", "lack", "say",
                       "make", "take", "get", "see", "hold", "own", "earn", "pay", "attend", "join",
                       "fled", "lost", "won", "left", "gave", "got", "went", "came"}
# Statistics of sports reports, read only by quantity extraction and only as written (case
# matters: "1.2 WAR" is wins above replacement, "two war widows" no unit).
SPORTS_STATS = {"WAR": "WAR", "ppg": "points per game", "rpg": "rebounds per game", "apg": "assists per game",
                "spg": "steals per game", "bpg": "blocks per game"}
# What a rate is per ("$4.50 a month", "90,000 barrels per day", "12 cents a share"): every
# quantity keeps it in its unit ("usd per month").
RATE_DENOMINATORS = ("day", "week", "month", "year", "decade", "century", "hour", "minute", "second", "share",
                     "barrel", "game", "person", "capita", "head", "night", "tonne", "litre", "gallon",
                     "kilogram", "gram", "ounce", "mmbtu",
                     "sq m", "square metre", "square meter", "square foot", "sq ft")

# --- Qualifiers: words before a number that bound it ---------------------------------

QUALIFIERS = {
    "approx": [
        "about", "around", "roughly", "approximately", "approx.", "some", "nearly",
        "almost", "an estimated", "estimated", "close to", "just under", "just over",
        "circa", "c.", "an approximate", "almost exactly", "upward of",
    ],
    "at_least": [
        "at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
        "no less than", "not less than", "a minimum of", "above", "exceeding", "beyond",
        "well over", "nearly more than",
    ],
    "at_most": [
        "up to", "as many as", "fewer than", "less than", "under", "as high as",
        "no more than", "not more than", "a maximum of", "at most", "below", "as much as",
    ],
}
# The same in Spanish, French and Portuguese reports ("más de 2.000", "au moins 12").
ROMANCE_QUALIFIERS = {
    "approx": ["cerca de", "alrededor de", "aproximadamente", "unos", "unas", "casi", "environ",
               "près de", "presque", "quelque", "por volta de", "quase"],
    "at_least": ["más de", "mas de", "al menos", "por lo menos", "plus de", "au moins",
                 "mais de", "pelo menos"],
    "at_most": ["hasta", "menos de", "jusqu'à", "moins de", "até"],
}
for _q, _phrases in ROMANCE_QUALIFIERS.items():
    QUALIFIERS[_q] += _phrases
# Words after a number that bound it ("500 or more people").
POST_QUALIFIERS = {"or more": "at_least", "or so": "approx", "plus": "at_least", "or fewer": "at_most"}

# --- Units of measure --------------------------------------------------------------
# surface form (lower case) -> normalised unit. Matched on the word(s) right after the
# number, or glued to it ("298km/h", "70%").

MEASURE_UNITS = {
    "percent": "percent", "per cent": "percent", "%": "percent", "pct": "percent", "pc": "percent",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "basis points": "basis points", "basis point": "basis points",
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "km/h": "km/h", "kmh": "km/h", "kph": "km/h", "km/hr": "km/h",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "mph": "mph", "m.p.h.": "mph",
    "miles per hour": "mph", "knots": "knots", "mpg": "mpg", "miles per gallon": "mpg",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm",
    "mm": "mm", "millimetres": "mm", "millimeters": "mm",
    "mile": "miles", "miles": "miles", "foot": "feet", "feet": "feet", "ft": "feet",
    "inch": "inches", "inches": "inches", "yards": "yards", "yard": "yards",
    "″": "inches", "′": "feet",  # primes: "a 30.5″ screen" (not after a degree: "34°03′")
    "hectare": "hectares", "hectares": "hectares", "ha": "hectares", "acre": "acres",
    "acres": "acres", "square kilometres": "km2", "square kilometers": "km2",
    "sq km": "km2", "km2": "km2", "km²": "km2", "square miles": "square miles",
    "sq miles": "square miles", "sq mi": "square miles", "sq. miles": "square miles",
    "square feet": "square feet", "square foot": "square feet", "sq ft": "square feet", "sq. ft.": "square feet",
    "sq. ft": "square feet", "sqft": "square feet", "ft2": "square feet", "ft²": "square feet",
    "tonne": "tonnes", "tonnes": "tonnes", "ton": "tonnes", "tons": "tonnes",
    "quintal": "quintals", "quintals": "quintals",  # 100 kg, how South Asian relief is counted
    "metric tons": "tonnes", "metric tonnes": "tonnes", "mt": "tonnes",
    "cubic metres per second": "m3/s", "cubic meters per second": "m3/s", "m3/s": "m3/s",
    "m3 per second": "m3/s", "m³/s": "m3/s",
    "cubic metres": "m3", "cubic meters": "m3", "m3": "m3", "m³": "m3", "cubic feet": "cubic feet",
    "square metres": "m2", "square meters": "m2", "sq m": "m2", "sqm": "m2", "m2": "m2", "m²": "m2",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg", "kilo": "kg",
    "kilos": "kg", "mg": "mg", "milligram": "mg", "milligrams": "mg",
    "litre": "litres", "liter": "litres", "litres": "litres", "liters": "litres",
    "ml": "ml", "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
    "gallon": "gallons", "gallons": "gallons",
    "kcal": "kcal", "kilocalories": "kcal", "calories": "kcal",
    "°c": "celsius", "ºc": "celsius", "degrees celsius": "celsius", "degrees centigrade": "celsius",
    "celsius": "celsius", "degrees": "degrees", "°f": "fahrenheit", "ºf": "fahrenheit",
    "degrees fahrenheit": "fahrenheit", "fahrenheit": "fahrenheit", "degrees f": "fahrenheit",
    "degrees c": "celsius",
    # text folded to ASCII (unidecode) writes "°" as "deg": "2.14degF (1.19deg C)"
    "degf": "fahrenheit", "deg f": "fahrenheit", "degc": "celsius", "deg c": "celsius",
    "magnitude": "magnitude",
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "hour": "hours", "hours": "hours", "day": "days", "days": "days", "week": "weeks",
    "weeks": "weeks", "month": "months", "months": "months", "year": "years", "years": "years",
    "decade": "decades", "decades": "decades",
    # power, energy, pressure, concentration ("a 40 MW plant", "arsenic at 12 ppb")
    "kw": "kW", "kilowatts": "kW", "mw": "MW", "megawatts": "MW", "gw": "GW", "gigawatts": "GW",
    "kwh": "kWh", "kilowatt hours": "kWh", "mwh": "MWh", "megawatt hours": "MWh", "gwh": "GWh",
    "gigawatt hours": "GWh", "hp": "hp", "horsepower": "hp", "bhp": "bhp", "lb-ft": "lb-ft",
    "pound-feet": "lb-ft", "pound-foot": "lb-ft", "barrel-a-day": "barrels per day",
    "barrels-a-day": "barrels per day", "bpd": "barrels per day",
    "ppm": "ppm", "parts per million": "ppm", "ppb": "ppb", "parts per billion": "ppb",
    "µm": "µm", "μm": "µm", "microns": "µm", "micrometres": "µm", "micrometers": "µm",
    "psi": "psi", "ksi": "ksi", "mpa": "MPa", "gpa": "GPa", "gigapascals": "GPa",
    # Spanish, French, Portuguese
    "kilómetros": "km", "kilomètres": "km", "quilômetros": "km", "metros": "m", "mètres": "m",
    "hectáreas": "hectares", "horas": "hours", "heures": "hours",
    "días": "days", "jours": "days", "dias": "days", "semanas": "weeks", "semaines": "weeks",
    "meses": "months", "mois": "months", "años": "years", "ans": "years", "anos": "years",
}
# quantulum3 names that news text does not mean: "12 C" is a temperature, not 12 coulombs.
QUANTULUM_RENAMES = {"coulomb": "celsius"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
# Units no quantity is negative in: a dash before the number is punctuation ("Bengbu -71.8 mm").
UNSIGNED_UNITS = {"km", "m", "cm", "mm", "miles", "feet", "inches", "yards", "hectares", "acres", "km2",
                  "square miles", "square feet", "m2", "m3", "kg", "mg", "tonnes", "quintals", "litres", "ml", "gallons", "kcal",
                  "km/h", "mph", "knots", "magnitude", "seconds", "minutes", "hours", "days", "weeks",
                  "months", "years", "decades"}
DISTANCE_UNITS = {"km", "m", "cm", "miles", "feet", "inches", "yards"}
AREA_UNITS = {"hectares", "acres", "km2", "square miles", "square feet", "m2"}
MEASURE_ONLY_UNITS = {"km/h", "mph", "mpg", "m3", "m3/s", "cubic feet", "knots", "mm", "celsius", "fahrenheit",
                      "degrees", "magnitude",
                      "kg", "mg", "litres", "ml", "gallons", "kcal", "percentage points", "kW", "MW", "GW",
                      "kWh", "MWh", "GWh", "hp", "bhp", "lb-ft", "barrels per day", "ppm", "ppb", "µm", "psi", "ksi", "MPa", "GPa"}
RELIEF_UNITS = {"tonnes", "quintals"}

# Currency written before the number ("$1.27 million", "US$ 9.93m", "USD 150 million").
CURRENCY_PREFIXES = {
    "us$": "usd", "usd": "usd", "$": "usd", "us $": "usd", "€": "eur", "eur": "eur",
    "£": "gbp", "gbp": "gbp", "chf": "chf", "ksh": "kes", "kes": "kes", "kshs": "kes",
    "ca$": "cad", "c$": "cad", "cad": "cad", "a$": "aud", "$a": "aud", "aud": "aud", "¥": "cny",
    "rmb": "cny", "cny": "cny", "inr": "inr", "rs": "inr", "rs.": "inr", "₹": "inr",
    "php": "php", "₱": "php", "ngn": "ngn", "₦": "ngn", "zar": "zar", "etb": "etb",
    "htg": "htg", "thb": "thb", "sek": "sek", "nok": "nok", "jpy": "jpy", "$us": "usd",
    "hk$": "hkd", "hk $": "hkd", "hkd": "hkd", "s$": "sgd", "sgd": "sgd", "nz$": "nzd", "nzd": "nzd",
    "nz $": "nzd", "au$": "aud", "au $": "aud", "c $": "cad", "ca $": "cad", "ils": "ils", "₪": "ils",
    "nis": "ils", "dkk": "dkk",
    "rm": "myr", "myr": "myr", "₩": "krw", "krw": "krw", "₴": "uah", "uah": "uah", "₺": "try",
    "afn": "afn", "syp": "syp", "yer": "yer", "lbp": "lbp", "jod": "jod", "egp": "egp", "pkr": "pkr",
    "bdt": "bdt", "mmk": "mmk", "ssp": "ssp", "sos": "sos", "ugx": "ugx", "tzs": "tzs", "mwk": "mwk",
    "mzn": "mzn", "cdf": "cdf", "xof": "xof", "xaf": "xaf", "cop": "cop", "ves": "ves", "mxn": "mxn",
    "brl": "brl", "r$": "brl", "idr": "idr",
}
# Currency written after the number ("23 billion yuan", "millions of baht"). Plain "pounds" says
# no country: Egypt, Sudan, Syria and Lebanon count in pounds too.
CURRENCY_WORDS = {
    "dollars": "usd", "dollar": "usd", "usd": "usd", "us dollars": "usd", "euros": "eur",
    "euro": "eur", "eur": "eur", "pounds": "pounds", "pound": "pounds", "pounds sterling": "gbp", "british pounds": "gbp",
    "egyptian pounds": "egp", "sudanese pounds": "sdg", "south sudanese pounds": "ssp", "yuan": "cny",
    "renminbi": "cny", "baht": "thb", "shillings": "kes", "kenyan shillings": "kes",
    "rupees": "inr", "pesos": "php", "naira": "ngn", "rand": "zar", "birr": "etb",
    "gourdes": "htg", "yen": "jpy", "francs": "chf", "swiss francs": "chf",
    "hryvnias": "uah", "hryvnia": "uah", "afghanis": "afn", "syrian pounds": "syp", "rials": "yer",
    "riyals": "yer", "lebanese pounds": "lbp", "takas": "bdt", "taka": "bdt", "kyats": "mmk",
    "kyat": "mmk", "ringgit": "myr", "won": "krw", "lira": "try", "liras": "try",
    "australian dollars": "aud", "australian dollar": "aud", "new zealand dollars": "nzd",
    "canadian dollars": "cad", "hong kong dollars": "hkd", "singapore dollars": "sgd",
    "chinese yuan": "cny", "japanese yen": "jpy", "shekels": "ils", "shekel": "ils", "new shekels": "ils",
    "danish crowns": "dkk", "danish kroner": "dkk", "swedish crowns": "sek", "swedish kronor": "sek",
    "norwegian crowns": "nok", "norwegian kroner": "nok", "indian rupees": "inr", "pakistani rupees": "pkr",
}
# Currency symbols as text folded to ASCII (unidecode) writes them, glued to the number:
# "PS1.8m" was "£1.8m" and "Y=600 million" was "¥600 million". Case matters ("PS4" is a console).
ASCII_FOLDED_CURRENCY = {"PS": "gbp", "Y=": "jpy"}

# --- Who is counted ----------------------------------------------------------------
# Nouns that count persons (unit "people"); singular and plural.
PEOPLE_NOUNS = set("""
people peoples person persons individuals individual civilians civilian residents resident troopers trooper
inhabitants villagers children child kids boys girls babies infants minors adults adult
men man women woman elderly pupils students student teachers patients patient victims victim
seekers paramilitaries survivors survivor lives casualties fatalities deaths dead injured wounded bodies body
soldiers soldier troops fighters militants rebels insurgents combatants police policemen
officers officer personnel staff workers worker volunteers firefighters rescuers
refugees refugee migrants migrant asylum-seekers idps idp evacuees evacuee returnees
returnee displaced homeless detainees prisoners inmates hostages owners homeowners fishermen farmers pastoralists
protesters demonstrators passengers tourists pilgrims nationals citizens voters members
journalists doctors nurses health-workers beneficiaries recipients participants
cases recoveries infections injuries deaths toll others mothers fathers families'
peacekeepers aid-workers staffers employees persons-with-disabilities orphans youths youth
villagers dwellers squatters settlers nomads herders internally-displaced
assailants assailant attackers attacker gunmen gunman perpetrators perpetrator bombers bomber
militant insurgent rebel fighter combatant soldier troop policeman policemen guards guard
officials official leaders leader employees employee labourers laborers miners worshippers
worshipers pupil teacher doctor nurse journalist farmer fisherman herder villager resident
inhabitant passenger tourist pilgrim protester demonstrator prisoner detainee hostage
boy girl baby infant toddler teenager teenagers adolescents son sons daughter daughters
wife husband relatives relative members member personnel staffer contractor contractors
guardsmen servicemen serviceman marines sailors commanders commander chief chiefs
clerics cleric priests priest monks monk imam imams judges judge lawyers lawyer
mourners shoppers spectators fans pedestrians drivers driver motorists students
survivors deceased displacements iraqis syrians afghans somalis sudanese rohingya
gendarmes gendarme deminers deminer minesweepers bodyguards bodyguard militiamen militiaman
jihadists jihadist extremists suspects suspect recruits cadets policewomen policewoman
guardsman agents agent rangers ranger medics medic paramedics wardens
brothers brother sisters sister siblings cousins nephews nieces parents grandchildren shepherds
shepherd traders trader merchants vendors truckers hunters loggers woodcutters
pensioners pensioner retirees
""".split())
# ... and in Spanish, French and Portuguese reports.
ROMANCE_PEOPLE_NOUNS = set("""
personas persona personnes personne pessoas pessoa habitantes habitants individuos individus
niños niñas enfants crianças mujeres femmes mulheres hombres hommes víctimas victimes vítimas
alumnos estudiantes élèves migrantes réfugiés refugiados pdi desplazados desplazadas déplacés
déplacées deslocados desalojados desalojadas desabrigados damnificados damnificadas sinistrés
afectados afectadas afetados muertos muertas morts mortos fallecidos fallecidas heridos heridas
blessés blessées feridos desaparecidos desaparecidas disparus evacuados evacuadas évacués
évacuées evacuadas albergados albergadas soldados soldats policías policiers mineros mineurs
""".split())
PEOPLE_NOUNS |= ROMANCE_PEOPLE_NOUNS
# Misspellings seen in field reports typed in a hurry ("64 peole had been evacuated").
PEOPLE_NOUNS |= {"peole", "poeple", "pepole", "peopel", "peolpe"}
# Animals are counted too ("300 goats died"), but never as people.
ANIMALS = set("""
animals livestock cattle cows goats sheep camels donkeys horses chickens poultry birds fish pigs
""".split())
# Nouns whose surface already says what happened to them.
NOUN_CATEGORIES = {
    "deaths": "killed", "dead": "killed", "fatalities": "killed", "lives": "killed",
    "bodies": "killed", "body": "killed", "death": "killed", "deceased": "killed",
    "injured": "injured", "wounded": "injured", "injuries": "injured",
    "idps": "displaced", "idp": "displaced", "displaced": "displaced", "displacements": "displaced",
    "evacuees": "evacuated", "evacuee": "evacuated", "evacuated": "evacuated",
    "refugees": "refugees", "refugee": "refugees", "asylum-seekers": "refugees",
    "returnees": "returned", "returnee": "returned", "homeless": "homeless",
    "detainees": "detained", "prisoners": "detained", "hostages": "kidnapped",
    "cases": "sick", "infections": "sick", "case": "sick",
    "beneficiaries": "assisted", "recipients": "assisted",
    "recoveries": "people_other", "survivors": "people_other",  # no longer sick, not killed
    "affected": "affected", "missing": "missing",
}
ROMANCE_NOUN_CATEGORIES = {
    **dict.fromkeys("desplazados desplazadas déplacés déplacées deslocados desalojados desalojadas pdi".split(), "displaced"),
    **dict.fromkeys("damnificados damnificadas sinistrés afectados afectadas afetados".split(), "affected"),
    **dict.fromkeys("muertos muertas morts mortos fallecidos fallecidas".split(), "killed"),
    **dict.fromkeys("heridos heridas blessés blessées feridos".split(), "injured"),
    **dict.fromkeys("desaparecidos desaparecidas disparus".split(), "missing"),
    **dict.fromkeys("evacuados evacuadas évacués évacuées".split(), "evacuated"),
    **dict.fromkeys("refugiados réfugiés".split(), "refugees"),
    **dict.fromkeys("albergados albergadas".split(), "sheltered"),
    "desabrigados": "homeless",
}
NOUN_CATEGORIES.update(ROMANCE_NOUN_CATEGORIES)
# Nouns that count households.
HOUSEHOLD_NOUNS = {"households", "household", "families", "family", "hh",
                   "familias", "familles", "ménages", "famílias", "hogares",
                   "familis", "familes", "famillies", "houseolds", "housholds"}  # misspelt, as above
# Nouns that stand for the previously counted thing ("50 others").
ELIDED_NOUNS = {"others", "more", "of them", "of whom"}
# Nouns that count people without a plural "s" ("15 security personnel").
COLLECTIVE_PEOPLE = {"personnel", "staff", "police", "people", "youth", "military", "troops", "clergy"}
# "One was killed and another was injured": one more of the same, counted only when a verb
# follows within a few words and the figure before counted people.
ANOTHER = ("another", "a second")
# Text taken from PDFs loses spaces: "with14,593", "at least140,000", "668,000 peoplewere".
# These words may stand glued to the number after them or to the noun before them.
GLUED_BEFORE_NUMBER = {"with", "least", "between", "than", "about", "some", "nearly", "almost", "over",
                       "to", "of", "and", "around", "approximately"}
GLUED_AFTER_NOUN = {"were", "was", "have", "had", "has", "are", "remain", "remained", "in", "from",
                    "fled", "who"}
# ... and trigger words glued to the verb before them or the word after them ("weredisplaced",
# "displacedabout").
GLUED_BEFORE_TRIGGER = ("were", "was", "had", "have", "has", "been", "are")
GLUED_AFTER_TRIGGER = ("about", "to", "in", "of", "the", "and", "following", "from", "on", "at", "by")
# Words for a part of a whole ("half of the 1.2 million residents fled"): the whole is not
# what the sentence says happened to.
PART_OF_WHOLE = ("half", "a third", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                 "most", "majority", "minority", "some", "many", "few", "part", "portion",
                 "percent", "per cent", "share", "proportion", "none", "all but")
# Determiners of a group a figure is part of ("eight of the soldiers", "two of his relatives").
PART_OF = {"the", "his", "her", "their", "its", "these", "those", "our", "your"}
# Things, normalised to a plural unit ("homes" -> houses).
THING_UNITS = {
    "homes": "houses", "home": "houses", "houses": "houses", "house": "houses",
    "dwellings": "houses", "dwelling": "houses", "shelters": "shelters",
    "buildings": "buildings", "building": "buildings", "schools": "schools",
    "school": "schools", "hospitals": "hospitals", "tents": "tents", "kits": "kits",
    "trucks": "trucks", "flights": "flights", "villages": "villages",
    "communities": "communities", "districts": "districts", "provinces": "provinces",
    "countries": "countries", "facilities": "facilities", "clinics": "clinics",
    "bridges": "bridges", "roads": "roads", "livestock": "livestock", "cattle": "cattle",
    "head of cattle": "cattle", "animals": "animals", "boats": "boats", "vehicles": "vehicles",
}
# ... and in Spanish, French and Portuguese reports.
ROMANCE_THING_UNITS = {
    "viviendas": "houses", "casas": "houses", "maisons": "houses", "logements": "houses",
    "habitations": "houses", "moradias": "houses", "escuelas": "schools", "écoles": "schools",
    "escolas": "schools", "albergues": "shelters", "abris": "shelters", "hospitales": "hospitals",
    "hôpitaux": "hospitals", "puentes": "bridges", "ponts": "bridges", "comunidades": "communities",
}
THING_UNITS.update(ROMANCE_THING_UNITS)
# Words that may stand between the number and the counted noun ("500 civilian lives",
# "14 suspected associated deaths"). Capitalised words are skipped too.
MODIFIERS = set("""
more other additional new confirmed suspected probable associated reported registered
estimated verified recorded known further total affected vulnerable displaced evacuated internally
severely seriously critically badly slightly lightly partially totally completely fully
civilian local foreign international national young old elderly small large separate
mobile medical health humanitarian emergency temporary permanent makeshift unaccompanied
pregnant lactating school-age school-aged armed unarmed innocent wounded injured sick dead missing
palestinian syrian afghan people's women's children's female male adult adolescent
family pcr testing test rapid safe displacement pre-existing existing remaining main
leptospirosis cholera measles ebola marburg dengue malaria covid-19 covid
strong powerful heavy major minor deadly violent massive huge big severe fresh twin
consecutive successive
""".split())

# Word endings of adjectives and adverbs that may stand before the counted noun
# ("six western countries", "1,200 newly arrived IDPs"), unless they are trigger words.
ADJECTIVE_ENDINGS = ("ern", "ly", "al", "ic", "ive", "ese", "ish", "ful", "less", "ary", "ian", "ible", "able",
                     "arrived", "ing")
# A measure of land counts as damage only where the land was flooded or destroyed
# (burned forest is an area, as analysts report it).
AREA_DAMAGE_RE = re.compile(r"\b(?:flood|destroy|damag|inundat|submerg|washed away)", re.I)

# --- What happened: category triggers -------------------------------------------------
# Regular expressions (case-insensitive, matched at word starts) for the words that say
# what happened, from ANNOTATION.md's table, GDELT count types, IDMC terms and CrisisLex.

CATEGORY_TRIGGERS = {
    "killed": [
        r"kill(?:ed|ing|s)?", r"dead", r"deaths?", r"died", r"dies", r"dying",
        r"lost their lives", r"death toll", r"toll", r"fatalit(?:y|ies)",
        r"perished", r"deceased", r"bodies", r"slain", r"massacred?", r"murder(?:ed)?", r"executed",
        r"drowned", r"claimed(?=\s+(?:the\s+)?(?:lives|[\d,]+\s+(?:lives|victims)|\w+\s+lives))", r"lost (?:his|her|their) li(?:fe|ves)",
        r"shot dead", r"stabbed to death", r"beaten to death", r"hacked to death", r"burn(?:ed|t) to death",
        r"shot to death", r"clubbed to death", r"crushed to death", r"succumbed", r"behead(?:ed|ing|s)?", r"assassinat(?:ed|ing|es)?",
    ],
    "injured": [r"injur(?:ed|ing|ies|y|es?)", r"wound(?:ed|ing|s)?", r"hurt", r"maimed",
                r"hospitali[sz]ed", r"stabbed", r"stabbing"],
    "missing": [r"missing", r"unaccounted for", r"disappeared"],
    "displaced": [
        r"displacement affecting", r"displac(?:ed|ing|ement)", r"fled", r"flee(?:ing)?", r"forced (?:to flee|from)",
        r"uprooted", r"relocat(?:ed|ion)", r"idps?", r"driven from", r"left their homes",
        r"abandon(?:ed)? their homes", r"from their homes", r"forced out", r"out of their homes",
        r"forced to (?:leave|move|abandon)", r"moved away from",
        r"to leave (?:their|his|her) (?:[a-z]+ )?(?:homes?|houses?)",  # "had to leave their damaged houses"
        r"evicted",
    ],
    "evacuated": [r"evacuat(?:e|ed|ing|ion|ions|es)", r"evacuees?", r"withdrawal route",
                  r"moved to safety", r"relocated to safety", r"leaving",
                  r"moved to (?:safer|safe|higher) (?:places?|areas?|ground|locations?)",
                  r"head(?:ed|ing)? (?:for|to) higher ground"],
    "refugees": [r"refugees?", r"asylum", r"crossed (?:the|into)", r"crossing into"],
    "returned": [r"return(?:ed|ees?|ing)(?! to (?:shore|harbou?r|port|base|work|school|class|office|duty|normal))"],
    "homeless": [r"homeless", r"lost their homes", r"without (?:a )?shelter", r"lost (?:their|all their) houses"],
    "in_need": [r"in need", r"in (?:urgent|dire|desperate|critical|immediate) need", r"dire need", r"need(?:s|ing)? (?:of )?(?:aid|assistance|help|food|evacuation)",
                r"at risk", r"facing hunger", r"food insecur(?:e|ity)", r"require (?:aid|assistance)",
                r"requir(?:e|ing) humanitarian"],
    "affected": [r"affect(?:ed|ing|s)?", r"impacted", r"suffered (?:losses|damage)"],
    "trapped": [r"trapped", r"besieged", r"stranded", r"cut off", r"under siege", r"encircled"],
    "sheltered": [r"shelter(?:s|ed|ing)?", r"evacuation cent(?:re|er)s?", r"camps?",
                  r"collective cent(?:re|er)s?", r"relief camps?",
                  r"hosted", r"taking refuge", r"took refuge", r"taken refuge", r"sought refuge", r"host famil(?:y|ies)"],
    "assisted": [r"reached", r"provided (?:to|for)", r"rescued",
                 r"received (?:[a-z-]+ )?(?:aid|assistance|food|support|kits|cash|items|supplies|"
                 r"vouchers|rations|shelter|transfers|treatment|care)",
                 r"treated", r"vaccinated", r"assisted", r"benefit(?:ed|ing)", r"supported",
                 r"provided with", r"served", r"screen(?:ed|ing)",
                 *(verb + r" (?:[\w$.,()-]+ ){1,8}?to(?= (?:some |about |over |more than |nearly |an estimated )?\d)"
                   for verb in ("distributed", "provided", "delivered", "given", "gave", "handed out")),  # "gave USD 2 M to 48,300"
                 r"received (?:USD |US\$ ?|\$)?\d[\d.,]*"],
    "detained": [r"arrest(?:ed|s)?", r"detain(?:ed|ees)", r"imprison(?:ed)", r"jailed"],
    "kidnapped": [r"abduct(?:ed|ion)", r"kidnap(?:ped|ping)?", r"taken hostage", r"hostages?"],
    "sick": [r"cases", r"infect(?:ed|ions?)", r"ill", r"sick(?:ened)?",
             r"suspected(?=\s+(?:[\w-]+\s+){0,2}(?:cases|infections|patients))",
             r"tested positive", r"outbreak"],
    "damage": [r"damag(?:ed|ing|e)", r"destroy(?:ed|ing)", r"destruction", r"flooded", r"collapsed",
               r"razed", r"burn(?:ed|t)", r"washed away", r"submerged", r"inundated",
               r"swept away", r"levell?ed", r"flattened", r"uninhabitable", r"obliterated", r"wiped out",
               r"buried", r"brought to the ground", r"razed to the ground", r"reduced to rubble",
               r"ground (?:\w+ ){0,4}?into rubble"],
    "relief": [r"supplies", r"deliver(?:ed|ing)", r"distribut(?:ed|ing|ion)", r"built",
               r"construct(?:ed|ing)", r"rebuil(?:t|d)", r"donat(?:ed|ion)",
               r"dispatched", r"sent"],
    "funding": [r"appeal", r"fund(?:s|ing|ed)?", r"pledg(?:ed|es?)", r"grants?",
                r"budget", r"loss(?:es)?", r"cost"],
    "area": [r"territory", r"land", r"area", r"farmland", r"crops?", r"burn(?:ed|t) (?:through|over)"],
}
# The same in Spanish, French and Portuguese reports. Each pattern starts with three plain
# letters of its word (the index looks triggers up by them).
ROMANCE_TRIGGERS = {
    "killed": [r"muert(?:o|a|os|as)", r"murieron", r"murió", r"fallec(?:ieron|ió|idos?|idas?)",
               r"perdieron la vida", r"morts?", r"mortes?", r"mortos", r"morreram", r"tués?",
               r"tuées?", r"décédé(?:e|s|es)?", r"ont perdu la vie"],
    "injured": [r"herid(?:o|a|os|as)", r"lesionad(?:o|a|os|as)", r"blessé(?:e|s|es)?",
                r"ferid(?:o|a|os|as)"],
    "missing": [r"desaparecid(?:o|a|os|as)", r"disparu(?:e|s|es)?"],
    "displaced": [r"desplazad(?:o|a|os|as)", r"desplazamiento", r"desalojad(?:o|a|os|as)",
                  r"déplacé(?:e|s|es)?", r"deslocad(?:o|a|os|as)", r"huyeron", r"ont fui"],
    "evacuated": [r"evacuad(?:o|a|os|as)", r"autoevacuad(?:o|a|os|as)", r"evacuar", r"évacué(?:e|s|es)?",
                  r"évacuation", r"desalojar(?= )", r"desalojo preventivo"],  # "obligó a desalojar a unas 200 personas"
    "refugees": [r"refugiad(?:o|a|os|as)", r"réfugié(?:e|s|es)?"],
    "homeless": [r"sin hogar(?:es)?", r"sin techo", r"sans[- ]abris?", r"desabrigad(?:o|a|os|as)"],
    "affected": [r"afectad(?:o|a|os|as)", r"damnificad(?:o|a|os|as)", r"sinistré(?:e|s|es)?",
                 r"afetad(?:o|a|os|as)", r"touché(?:e|s|es)?"],
    "sheltered": [r"albergad(?:o|a|os|as)", r"albergues?", r"hébergé(?:e|s|es)?",
                  r"centros? de evacuaci[óo]n", r"centres? d'accueil"],
    "damage": [r"dañad(?:o|a|os|as)", r"daños?", r"destruid(?:o|a|os|as)", r"détruit(?:e|s|es)?",
               r"endommagé(?:e|s|es)?", r"inundad(?:o|a|os|as)", r"inondé(?:e|s|es)?",
               r"colapsad(?:o|a|os|as)", r"destruíd(?:o|a|os|as)", r"anegad(?:o|a|os|as)"],
}
for _cat, _patterns in ROMANCE_TRIGGERS.items():
    CATEGORY_TRIGGERS[_cat] = CATEGORY_TRIGGERS[_cat] + _patterns

# Categories about people; a count of people takes only these.
PEOPLE_CATEGORIES = {
    "killed", "injured", "missing", "displaced", "evacuated", "refugees", "returned",
    "homeless", "in_need", "affected", "trapped", "sheltered", "assisted", "detained",
    "kidnapped", "sick",
}
# What happened to people that outweighs what their noun says they are ("hostages ... killed").
HARM_CATEGORIES = {"killed", "injured"}
# What happens only to people: "nine others were abducted" counts people though no count of
# people came before.
DONE_TO_PEOPLE = HARM_CATEGORIES | {"kidnapped", "missing", "detained"}
# Categories a count of things (houses, schools, communities) may take.
# Verbs whose subject acts rather than suffers, and which hardly ever stand as a passive
# participle after a noun (unlike "held", "blocked", "attacked", "shot"): a figure right before
# one counts the actors, whatever befell someone else in the sentence ("about 30 demonstrators
# rallied over the death of a student"). "Casualties" (killed or injured) has no category of its own.
AGENT_VERBS = set("""
rallied rally rallying demonstrated demonstrate protested protest marched march gathered gather
staged stage demanded demand attempted attempt chanted stormed clashed threw pelted boycotted
picketed refused petitioned assembled congregated converged mobilised mobilized shouted prayed
commemorated mourned attended voted signed said say met organised organized
""".split())
# Verbs of acting that can also stand as a passive participle ("300 people blocked in the town",
# "20 held hostage"): acting only when their object follows ("blocked the road", "held a rally").
AGENT_VERBS_WITH_OBJECT = set("""
blocked attacked ambushed raided looted seized surrounded torched burned held carried threw set
occupied besieged stoned
""".split())
OBJECT_STARTS = {"the", "a", "an", "police", "their", "his", "her", "its", "out", "up", "off", "several",
                 "two", "three", "security", "roads", "traffic", "stones", "rocks"}
# Words that may stand between the figure and that verb ("reportedly rallied"; not "who", whose
# clause is an aside before the main verb: "40 nurses who protested were detained").
AGENT_VERB_SKIP = {"reportedly", "allegedly", "also", "then", "later", "again", "had",
                   "have", "has", "briefly", "peacefully", "reported", "earlier"}
# After ", and", words that open another clause's subject, whose verb is not the figure's
# ("over 40 hurt, and both gunmen died later"; but "four guards and an unknown number of
# raiders were hurt" share the verb).
NEW_SUBJECT_AFTER_AND = {"both", "the", "all", "his", "her", "their", "its", "another", "several",
                         "many", "most", "some", "a", "an"}
# Before "which", prepositions that open a clause with its own subject ("in which people died").
CLAUSE_PREPOSITIONS = {"in", "at", "during", "of", "from", "by", "on", "after", "under"}
# Verbs that may follow a bare number and take a plural object ("300 need repairs", "20 got
# blankets"): that plural is not what the number counts.
VERBS_BEFORE_OBJECT = set("""
need needs lack lacks got get gets require requires receive receives face faces suffer suffers
have has own owns use uses hold holds want wants lost lose loses sought seek seeks bought buy
sold sell keep keeps kept took take takes make makes made found find finds see saw sees run runs
sent send sends gave give gives carry carries left leave leaves reported report reports
suffered received needed required lacked faced used owned wanted carried sustained obtained
collected accessed visited attended shared
""".split())
# Those who attack: when they flee the scene they are not displaced people.
# Nouns that name a total ("the death toll reached 72", "the number of displaced people").
TOTAL_NOUNS = ("toll", "number", "total", "tally", "count", "figure", "population")
# Triggers that say what happened only to the subject they follow: before a figure they
# speak of something else ("leaving 500,000 people in need" evacuates nobody).
SUBJECT_ONLY_TRIGGERS = {"leaving"}
# A verb that, after a total, only gives its value ("the toll reached 72"), though a trigger
# elsewhere ("teams reached 5,500 people").
TOTAL_VERBS = {"reached"}
# States only things are in: a bare number before them counts no people ("17 remain open").
# Stems of verbs of change ("stocks shrank to 41,200 sacks from 57,900"): a level, then where it started.
CHANGE_VERBS = ("rose", "rise", "risen", "increas", "grew", "grow", "jump", "climb", "fell", "fall", "drop",
                "declin", "decreas", "narrow", "eas", "slid", "slip", "widen", "shr", "cut", "rais",
                "lower", "plung", "plummet", "soar", "surg", "tumbl", "sank", "sunk", "dip", "revis")
# Words that make the next bare number a part of the count before it ("4,000 houses, including 1,200 in").
SUBSET_WORDS = ("including", "incl.", "of which", "of whom", "among them", "among which")
THING_STATES = ("open", "closed", "operational", "functional", "functioning", "operating", "active", "full")
# People who help: when a sentence speaks of evacuating, sheltering or assisting, they do it
# ("deployed 300 rescuers to evacuate residents"); they are still counted when harmed.
RESPONDERS = {"volunteers", "rescuers", "responders", "firefighters", "paramedics", "lifeguards"}
HELPED_CATEGORIES = {"evacuated", "sheltered", "assisted"}
PERPETRATORS = set("""
assailants assailant attackers attacker gunmen gunman perpetrators perpetrator bombers bomber
militants militant insurgents insurgent suspects suspect kidnappers kidnapper robbers robber
raiders raider fighters fighter jihadists jihadist
""".split())
# What only happens to people: a capitalised plural it happens to is a group of people.
ONLY_PEOPLE_DO = DONE_TO_PEOPLE | {"displaced", "refugees", "sheltered", "returned", "homeless"}
THING_CATEGORIES = {"damage", "relief", "affected", "evacuated", "sheltered", "assisted"}
# Counted things that nothing happens to, whatever trigger stands near: groups of responders,
# multiples ("three times higher"), messages.
NOTHING_HAPPENS_TO = {"teams", "crews", "squads", "brigades", "battalions", "times", "warnings", "alerts",
                      "calls", "sources"}
# Things that are evacuated (with the people in them): places and dwellings, and animals. Ships,
# fire crews or calls near a word of evacuation were not.
EVACUATED_THINGS = set("""
houses buildings properties apartments flats residences villages towns cities communities
neighbourhoods neighborhoods districts settlements provinces prefectures counties municipalities
regions areas zones islands sites camps schools hospitals facilities blocks streets evacuations
""".split())
CATEGORIES = sorted(PEOPLE_CATEGORIES | {
    "people_other", "damage", "relief", "funding", "area", "distance", "duration",
    "measure", "other"})

# --- Not figures ---------------------------------------------------------------------

MONTHS = set("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
""".split())
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# A capitalised word right before a number makes it part of a name ("Resolution 2254").
# Before a page or paragraph number in a citation ("IDMC, 2014, pp.13-15"), in any case.
CITATION_PREFIXES = {"p", "pp", "fn", "footnote"}  # not "para": Spanish "for"
NAME_PREFIXES = set("""
resolution article articles category cat chapter section page pages paragraph para
route highway road flight level phase grade room no no. number vol volume item zone
act law decree bill clause rule line platform gate terminal block plot lot ward
division brigade battalion regiment unit squad team group district sector camp
election covid covid- g r rule psalm verse channel episode season tier stage class
figure fig fig. table map annex chart graph box appendix street avenue boulevard square km
game match round model
""".split())
# Prepositions that make a year-like number before a noun a year ("In 2019 police arrested").
YEAR_PREPOSITIONS = ("in", "since", "during", "until", "till", "before", "after")
# Endings of plural names of peoples ("Venezuelans", "Iraqis", "Congolese"): counted as people
# although capitalised, unlike other capitalised plurals ("3 Jesuits", "5 Toyotas").
DEMONYM_ENDINGS = ("ians", "ans", "ese", "is", "ites")
# Emergency telephone numbers, where the words around say so ("911 calls", "dial 999").
EMERGENCY_NUMBERS = {"911", "999", "112", "000"}
EMERGENCY_AFTER = ("call", "calls", "line", "lines", "operator", "operators", "dispatch",
                   "dispatcher", "dispatchers", "centre", "center", "number")
EMERGENCY_BEFORE = ("dial", "dialed", "dialled", "dialling", "dialing", "call", "called", "calling",
                    "phoned", "reverse")
# Words after a number that make it a time, an age or an ordinal.
TIME_SUFFIXES = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "hrs", "gmt", "utc", "h"}
AGE_PATTERNS = [r"-years?[- ]old", r"\s+years?\s+old", r"-months?[- ]old", r"\s+months?\s+old",
                r"-weeks?[- ]old", r"-days?[- ]old"]
# Groups whose limit after "under", "over" is an age ("children under 5", "adults over 60").
AGED_GROUPS = ("children", "child", "kids", "boys", "girls", "infants", "babies", "adults",
               "people", "persons", "women", "men", "those", "patients", "anyone", "everyone")
AGE_PREFIXES = {"aged", "age", "ages", "ageing", "between the ages of", "under the age of"}
# Words between a trigger before a figure and the figure that end the trigger's clause
# ("a guard was killed and nine people were hurt": "killed" is not about the nine).
CLAUSE_BREAKS = re.compile(r",|;|\(|\b(?:and|while|but|whereas|as well as)\b", re.I)
# After a figure, these start a passive or a subject clause whose trigger speaks of it
# ("eight people were injured").
SUBJECT_VERBS = {"were", "was", "are", "is", "have", "has", "had", "remain", "remained", "remains",
                 "died", "fled", "reportedly", "who", "still", "now", "being", "also", "became",
                 "become", "becomes",
                 # Spanish, French, Portuguese
                 "fueron", "han", "ha", "están", "estaban", "quedaron", "resultaron", "siguen",
                 "permanecen", "se", "sont", "ont", "étaient", "restent", "foram", "estão"}
# Function words of Spanish, French and Portuguese reports: a counted noun is never past them.
ROMANCE_STOP = set("""
de la las los el del y o en por para con que les des du et ou dans à au aux sur le un una une
da do dos das em e com sus su ses leur leurs
""".split())

# Words before "one" that make it a pronoun ("no one", "every one"), not a count.
PRONOUN_ONE_BEFORE = {"no", "every", "any", "some", "the", "this", "that", "each", "same"}
# Bare numbers (no noun) count when a verb like these follows ("148 were evacuated").
BARE_FOLLOWERS = {"were", "was", "have", "had", "are", "is", "died", "remain", "remained",
                  "remains", "fled", "returned", "others", "more", "been", "still", "being",
                  "people", "reportedly", "now", "also", "killed", "injured", "wounded",
                  "dead", "missing", "are", "in", "relocated", "evacuated", "displaced", "affected",
                  "homeless", "rescued", "arrested", "detained", "abducted", "sheltered", "drowned",
                  "staying", "living", "sheltering"}
# ... or right after a trigger verb ("killing seven", "the toll rose to 19").
BARE_PRECEDERS = {"killing", "killed", "injuring", "injured", "wounding", "wounded",
                  "displacing", "displaced", "evacuating", "evacuated", "affecting",
                  "affected", "to", "reached", "at", "of", "rescuing", "leaving", "left",
                  "sheltering", "hosting", "claiming", "arresting", "abducting", "detaining",
                  "reaching", "treating", "forced", "forcing", "now"}
# ... but these only where the sentence speaks of a total ("the number ... is now 253,000").
BARE_PRECEDERS_OF_TOTALS = {"to", "at", "of", "now"}
