"""spaCy's attribute ruler, answered once per word form instead of once per token.

The English pipeline's ``attribute_ruler`` maps each token's tag to its part of
speech and morphology, with exceptions by word ("n't" is PART, "'s" after "there"
is VERB). spaCy runs it as a Matcher over every token, testing ~180 patterns
there, the ``IN``/``NOT_IN``/``REGEX`` ones through Python calls: 3.7-3.9 ms an
article of ~350 tokens, a sixth of the whole parse and as much as the parser itself.

Almost all of those patterns look at one token only, and only at its text, tag
and dependency label. For them the answer for a token depends on (text, tag,
label) alone, and news repeats those triples: 1,000 articles have ~6,800. So the
answer is worked out by spaCy's own Matcher, on a one-token Doc with that text,
tag and label, the first time a triple is met, and kept. Patterns over several
tokens (or with a quantifier) still run as a Matcher over the whole Doc. Matches
are applied in spaCy's order (by pattern number, later ones winning) with
spaCy's own setter, so every token gets the attributes the stock component gives
it (tests/test_attribute_ruler.py; on the bench's 1,000 articles and 49 real news
articles the POS, tag, lemma, morphology and parse of every token were identical).
0.6 ms an article.

A ruler whose one-token patterns read anything else (the token's part of speech,
its entity type, a quantifier) is left as spaCy built it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# What a one-token pattern may test for its answer to depend on the token's text,
# tag and label only: attributes of the word itself, and those two. (Where a token
# stands in its sentence, IS_SENT_START, is not the word's.)
_POSITION_ATTRS = frozenset({"IS_SENT_START", "IS_SENT_END"})
_WORD_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX"})
_TOKEN_ATTRS = frozenset({"TAG", "DEP"})
# Distinct (text, tag, label) triples kept; past this the table starts again, so a
# very long run's memory stays bounded (10,000 articles have far fewer).
MAX_FORMS = 200_000
FACTORY = "claimdiff_attribute_ruler"


def _one_token(pattern: list[dict[str, Any]]) -> bool:
    return len(pattern) == 1 and "OP" not in pattern[0]


def _by_form(pattern: list[dict[str, Any]]) -> bool:
    return all(key in _WORD_ATTRS or key in _TOKEN_ATTRS
               or (key.startswith(("IS_", "LIKE_")) and key not in _POSITION_ATTRS)
               for key in pattern[0])


class CachedAttributeRuler:
    """A drop-in for a loaded spaCy ``AttributeRuler``: same patterns, same result."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.ruler = ruler  # its normalised attributes and indices are applied as they are
        self.vocab = ruler.vocab
        self.one_token = Matcher(self.vocab)
        self.spans = Matcher(self.vocab)
        for number in range(len(ruler.attrs)):
            patterns = ruler.matcher.get(str(number))[1]
            single = [p for p in patterns if _one_token(p)]
            other = [p for p in patterns if not _one_token(p)]
            if not all(_by_form(p) for p in single):
                raise ValueError("a one-token pattern reads more than the token's text, tag and label")
            # the same key as spaCy's, so matches sort by pattern number as they do there
            if single:
                self.one_token.add(str(number), single)
            if other:
                self.spans.add(str(number), other)
        self.forms: dict[tuple[int, int, int], tuple[int, ...]] = {}

    def _numbers(self, orth: int, tag: int, dep: int) -> tuple[int, ...]:
        """The numbers of the one-token patterns a token of this text, tag and label matches, in order."""
        from spacy.tokens import Doc

        doc = Doc(self.vocab, words=[self.vocab.strings[orth]], spaces=[False])
        token = doc[0]
        token.tag = tag
        token.dep = dep
        matches = self.one_token(doc, allow_missing=True)
        return tuple(sorted(int(self.vocab.strings[key]) for key, _, _ in matches))

    def __call__(self, doc: "Doc") -> "Doc":
        from spacy.attrs import DEP, ORTH, TAG
        from spacy.tokens._retokenize import set_token_attrs

        forms = self.forms
        if len(forms) > MAX_FORMS:
            forms.clear()
        numbers: list[tuple[int, ...]] = []
        for orth, tag, dep in doc.to_array([ORTH, TAG, DEP]).tolist():
            found = forms.get((orth, tag, dep))
            if found is None:
                found = forms[(orth, tag, dep)] = self._numbers(orth, tag, dep)
            numbers.append(found)
        indices = self.ruler.indices
        for key, start, end in self.spans(doc, allow_missing=True):
            number = int(self.vocab.strings[key])
            index = indices[number]
            target = start + index if index >= 0 else end + index
            numbers[target] = tuple(sorted(numbers[target] + (number,)))
        attrs = self.ruler.attrs
        for i, found in enumerate(numbers):
            if found:
                token = doc[i]
                for number in found:
                    set_token_attrs(token, attrs[number])
        return doc


def use_cached_ruler(nlp: "Language", name: str = "attribute_ruler") -> bool:
    """Put a CachedAttributeRuler in place of the pipeline's attribute ruler, under
    the same name; True if it was replaced. A ruler it cannot stand in for stays."""
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    if name not in getattr(nlp, "pipe_names", ()) or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return False
    if FACTORY not in Language.factories:
        # built from the ruler already in the pipeline, named in its config
        @Language.factory(FACTORY, default_config={"source": "attribute_ruler"})
        def _make(nlp: "Language", name: str, source: str) -> CachedAttributeRuler:
            return CachedAttributeRuler(nlp.get_pipe(source))

    temporary = f"{FACTORY}_new"
    try:
        nlp.add_pipe(FACTORY, name=temporary, after=name, config={"source": name})
    except ValueError:
        return False
    nlp.remove_pipe(name)
    nlp.rename_pipe(temporary, name)
    return True
