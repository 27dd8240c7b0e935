"""Build src/claimdiff/data/wordnet.tsv.gz, the word-sense table claimdiff ships.

claimdiff asks one question of a lexical resource: do two words name the same
thing, or one a kind of the other ("miners" among "workers"; "survivors" of
"survive")? The answer comes from WordNet 3.0 (Princeton University; licence in
src/claimdiff/data/WORDNET-LICENSE), read here with nltk's WordNet reader. The
table keeps, for each single-word noun and verb, the ids of its first
``SENSES`` senses (with the senses of the verbs or nouns it is derived from or
gives, so "survivor" meets "survive") and their hypernyms up to ``DEPTH`` levels,
plus WordNet's irregular forms ("found" -> "find"). It is derived data; the
package reads it at run time with the standard library only.

Rebuild (developers only; nothing at run time needs nltk or the network):

    apt-get install wordnet-base wordnet-sense-index      # WordNet 3.0 under /usr/share/wordnet
    pip install --target /tmp/nltkpkg nltk
    PYTHONPATH=/tmp/nltkpkg .venv/bin/python tools/wordnet_table.py [/usr/share/wordnet]
"""

from __future__ import annotations

import gzip
import os
import shutil
import sys
import tempfile
from pathlib import Path

SENSES = 3  # the commonest senses of a word: news uses words in their common senses
DEPTH = 4  # "miner" -> laborer -> workman -> employee -> worker
OUT = Path(__file__).resolve().parent.parent / "src" / "claimdiff" / "data" / "wordnet.tsv.gz"
# WordNet's lexicographer file names (wninput(5WN)); Debian's package leaves the file out
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
            "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
            "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
            "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
            "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
            "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather "
            "adj.ppl").split()


def _reader(source: Path):  # type: ignore[no-untyped-def]
    """nltk's WordNet reader over a copy of ``source`` laid out as nltk_data expects."""
    root = Path(tempfile.mkdtemp(prefix="wordnet-")) / "corpora" / "wordnet"
    shutil.copytree(source, root)
    if not (root / "lexnames").exists():
        kinds = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
        (root / "lexnames").write_text("".join(f"{i:02d}\t{n}\t{kinds[n.split('.')[0]]}\n"
                                               for i, n in enumerate(LEXNAMES)))
    os.environ["NLTK_DATA"] = str(root.parent.parent)
    from nltk.corpus import wordnet

    assert wordnet.get_version() == "3.0", wordnet.get_version()
    return wordnet


def build(source: Path) -> list[str]:
    wn = _reader(source)
    ids: dict[str, int] = {}

    def sid(synset) -> str:  # type: ignore[no-untyped-def]
        return format(ids.setdefault(synset.name(), len(ids)), "x")

    def ancestors(synset) -> set[str]:  # type: ignore[no-untyped-def]
        out, frontier = set(), [synset]
        for _ in range(DEPTH):
            frontier = [h for s in frontier for h in s.hypernyms() + s.instance_hypernyms()]
            out.update(sid(h) for h in frontier)
        return out

    lines = []
    for pos in ("n", "v"):
        for lemma in sorted(set(wn.all_lemma_names(pos))):
            if not lemma.replace("-", "").isalpha() or not lemma.islower():
                continue
            synsets = wn.synsets(lemma, pos)[:SENSES]
            senses = {sid(s) for s in synsets}
            for s in synsets:
                for word in s.lemmas():
                    if word.name() == lemma:
                        senses.update(sid(d.synset()) for d in word.derivationally_related_forms()
                                      if d.synset().pos() in ("n", "v") and d.synset().pos() != pos)
            above = set().union(*(ancestors(s) for s in synsets)) - senses
            lines.append(f"{pos}\t{lemma}\t{','.join(sorted(senses))}\t{','.join(sorted(above))}")
    for pos, name in (("n", "noun.exc"), ("v", "verb.exc")):
        for row in (source / name).read_text().splitlines():
            form, *bases = row.split()
            if bases and form.isalpha():
                lines.append(f"x{pos}\t{form}\t{bases[0]}\t")
    return lines


def main() -> int:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    lines = sorted(build(source))  # claimdiff.lexicon finds a row by bisection
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime 0: the same WordNet gives the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} rows -> {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
