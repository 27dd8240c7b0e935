"""A synthetic corpus for the benchmark: story folders of 2-5 articles across beats.

Every article is written here from templates (four beats), with the figures,
dates, outlets and paragraph order drawn from a seeded RNG, so two runs build the
same corpus and articles of one story agree on some figures and differ on others,
as real coverage does. Texts are about 200 words, the size of a wire story.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

OUTLETS = ("Harbour Gazette", "Valley Courier", "Northern Ledger", "Coastal Times",
           "Metro Observer", "Plains Daily", "River Post", "Capital Wire")
PLACES = ("Tarvik", "Lomond Bay", "Eastmere", "Kessel", "Brightwater", "Orlov Heights",
          "San Aurelio", "Port Nevin", "Caldera Springs", "Westfold")
AGENCIES = ("the interior ministry", "the regional governor's office", "the fire service",
            "local police", "the national weather office", "hospital officials")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Each beat: a title pattern and paragraphs. {a}/{b}/... are filled per story,
# some jittered per article (see _facts).
BEATS: dict[str, dict[str, object]] = {
    "quake": {
        "title": "Earthquake strikes near {place}",
        "paras": [
            "A magnitude {mag} earthquake struck near {place} on {weekday}, {agency} said, "
            "flattening homes across {villages} villages in the hills north of the town.",
            "At least {killed} people were killed and more than {wounded} wounded, according to "
            "{agency}. Rescue teams were still searching for {missing} people reported missing.",
            "The quake was felt {distance} kilometres away in the provincial capital, where "
            "office workers ran into the streets. It lasted about {seconds} seconds.",
            "The government released ${aid} million in emergency aid and said {tents} tents "
            "had been sent to the area by {month} {day}.",
            "Officials said repairs to the main road would take {weeks} weeks. About {percent}% "
            "of the district's water supply was cut.",
            "Residents described the night as the worst since a smaller quake in {year}, "
            "when {old_killed} people died.",
        ],
    },
    "bridge": {
        "title": "Work begins on new {place} bridge",
        "paras": [
            "Construction of a {length}-kilometre road bridge at {place} began on {weekday}, "
            "{agency} said, after years of delays.",
            "The project is expected to cost ${cost} million and to take {months} months to "
            "complete, with opening planned for {month} {year}.",
            "About {workers} workers will be employed on the site, and the deck will carry "
            "{lanes} lanes of traffic over the river, which is {width} metres wide there.",
            "An earlier crossing, built in {old_year}, carried {vehicles} vehicles a day "
            "before it was closed in {closed_year}.",
            "Critics say the budget has already risen by {percent} percent since the plan was "
            "agreed on {month} {day}, {agree_year}.",
        ],
    },
    "budget": {
        "title": "{place} council approves budget",
        "paras": [
            "The {place} council approved a budget of ${total} million on {weekday}, "
            "a rise of {percent}% on last year, {agency} said.",
            "Spending on schools will grow to ${schools} million, while {jobs} jobs will be "
            "cut from the parks department over {months} months.",
            "Property taxes will rise by {tax} percent from {month} {day}, the first increase "
            "since {year}.",
            "The council voted {yes} to {no} after a debate that lasted nearly {hours} hours.",
            "About {residents} residents signed a petition against the cuts, organisers said.",
        ],
    },
    "storm": {
        "title": "Storm batters {place}",
        "paras": [
            "A storm with winds of up to {wind} kilometres per hour hit {place} on {weekday}, "
            "{agency} said, leaving {homes} homes without power.",
            "At least {killed} people died and {wounded} were injured, most of them hit by "
            "falling trees. {missing} fishermen remain missing.",
            "More than {rain} millimetres of rain fell in {hours} hours, flooding {streets} "
            "streets in the old town.",
            "Power should be restored within {days} days, the utility said on {month} {day}.",
            "Insurers put the damage at about ${damage} million, around {percent}% more than "
            "the storm of {year}.",
        ],
    },
}
# Background paragraphs any beat can carry (quotes, context), so articles reach
# wire-story length and attribution has something to attach to.
FILLERS = (
    "\u201cWe are doing everything we can,\u201d said {person}, a spokesperson for {agency}, "
    "adding that {volunteers} volunteers had joined the effort since the morning.",
    "The area is home to about {population} people, many of whom work in farming or in the "
    "small factories along the river.",
    "In a statement late on {weekday}, {person} said the next update would be given within "
    "{hours} hours and urged people to avoid travel.",
    "Opposition politicians called for an inquiry, saying warnings issued {days} days earlier "
    "had been ignored by the authorities.",
    "The figures could not be independently verified. Earlier estimates from aid groups had "
    "been lower, and officials said they expected the numbers to change.",
    "Neighbouring towns offered help, and {trucks} trucks of supplies were on their way, "
    "according to {agency}.",
)
PEOPLE = ("Maria Okafor", "Daniel Reyes", "Ilse Brandt", "Tomas Novak", "Aiko Tanaka",
          "Samuel Osei", "Leila Haddad", "Pieter de Vries")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _facts(rng: random.Random) -> dict[str, object]:
    return {
        "person": rng.choice(PEOPLE), "volunteers": rng.randint(20, 900),
        "population": f"{rng.randint(5, 900) * 1000:,}", "trucks": rng.randint(3, 80),
        "place": rng.choice(PLACES), "agency": rng.choice(AGENCIES),
        "weekday": rng.choice(WEEKDAYS), "month": rng.choice(MONTHS), "day": rng.randint(1, 28),
        "year": rng.randint(2005, 2024), "old_year": rng.randint(1950, 1990),
        "closed_year": rng.randint(2010, 2023), "agree_year": rng.randint(2019, 2024),
        "mag": f"{rng.randint(50, 79) / 10:.1f}", "villages": rng.randint(3, 40),
        "killed": rng.randint(5, 900), "wounded": rng.randint(10, 4000), "missing": rng.randint(2, 60),
        "distance": rng.randint(20, 300), "seconds": rng.randint(10, 90), "aid": rng.randint(2, 250),
        "tents": f"{rng.randint(1, 40) * 500:,}", "weeks": rng.randint(2, 30),
        "percent": rng.randint(2, 60), "old_killed": rng.randint(3, 400),
        "length": rng.choice(("1", "1.5", "2", "3.2", "4")), "cost": rng.randint(40, 2500),
        "months": rng.randint(6, 48), "workers": f"{rng.randint(2, 90) * 100:,}",
        "lanes": rng.choice((2, 4, 6)), "width": rng.randint(80, 900),
        "vehicles": f"{rng.randint(1, 60) * 1000:,}", "total": rng.randint(50, 3000),
        "schools": rng.randint(10, 900), "jobs": rng.randint(10, 600), "tax": rng.randint(1, 9),
        "yes": rng.randint(8, 20), "no": rng.randint(1, 7), "hours": rng.randint(2, 30),
        "residents": f"{rng.randint(1, 30) * 1000:,}", "wind": rng.randint(90, 250),
        "homes": f"{rng.randint(1, 200) * 1000:,}", "rain": rng.randint(50, 400),
        "streets": rng.randint(5, 120), "days": rng.randint(2, 14), "damage": rng.randint(5, 900),
    }


def _jitter(facts: dict[str, object], rng: random.Random) -> dict[str, object]:
    """One outlet's version: most figures as reported by others, a few different."""
    out = dict(facts)
    for key in rng.sample(sorted(k for k, v in facts.items() if isinstance(v, int)), 3):
        value = facts[key]
        assert isinstance(value, int)
        out[key] = max(1, value + rng.randint(-value // 4 - 1, value // 4 + 1))
    if rng.random() < 0.3:
        out["weekday"] = rng.choice(WEEKDAYS)
    return out


def write_article(path: Path, beat: str, facts: dict[str, object], outlet: str,
                  published: dt.date, rng: random.Random) -> None:
    spec = BEATS[beat]
    paras = list(spec["paras"])  # type: ignore[arg-type]
    head, rest = paras[0], paras[1:]
    rng.shuffle(rest)  # outlets order the same facts differently
    keep = rest[: rng.randint(max(2, len(rest) - 1), len(rest))]
    keep += rng.sample(FILLERS, 3)
    rng.shuffle(keep)
    body = "\n\n".join(p.format(**facts) for p in [head, *keep])
    title = str(spec["title"]).format(**facts)
    path.write_text(f"title: {title}\nsource: {outlet}\ndate: {published.isoformat()}\n\n{body}\n",
                    encoding="utf-8")


def build(root: Path, n_articles: int, seed: int = 8) -> int:
    """Write ``n_articles`` articles under ``root`` in story folders of 2-5; returns stories."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    written, story = 0, 0
    while written < n_articles:
        size = min(rng.randint(2, 5), n_articles - written)
        if size < 2:  # never leave a one-article story: give it to the previous folder
            size = 1
            folder = root / f"story-{story - 1:05d}"
        else:
            folder = root / f"story-{story:05d}"
            story += 1
        folder.mkdir(exist_ok=True)
        beat = rng.choice(sorted(BEATS))
        facts = _facts(rng)
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
        for outlet in rng.sample(OUTLETS, size):
            n = len(list(folder.iterdir()))
            slug = outlet.lower().replace(" ", "-")
            write_article(folder / f"{n:02d}-{slug}.txt", beat, _jitter(facts, rng), outlet,
                          day + dt.timedelta(days=rng.randint(0, 2)), rng)
            written += 1
    return story
