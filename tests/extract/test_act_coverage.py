"""Act wordings of reports, wire stories, testimonies and rebuttals (short texts written for these
tests): which act a sentence states, whether it states or denies it, and what is not an act."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.vocab import load_acts, parse_pattern
from tests.extract.conftest import claims_of

STATED = [
    # detention
    ("Police rounded up dozens of villagers after the protest.", "detention", "asserted"),
    ("He was taken into custody by the militia in 2016.", "detention", "asserted"),
    ("Her brother was jailed for three years.", "detention", "asserted"),
    ("The fighters captured two aid workers near the border.", "detention", "asserted"),
    ("She was picked up by plain-clothes officers outside her office.", "detention", "asserted"),
    ("The prisoners were held without charge for months.", "detention", "asserted"),
    ("Dissidents were sent to re-education camps.", "detention", "asserted"),
    ("The journalist was placed under house arrest.", "detention", "asserted"),
    ("He was never released from prison.", "detention", "asserted"),
    ("Ibrahima Diallo was arrested at his home on 4 June.", "detention", "asserted"),
    ("The mission documented 312 cases of arbitrary detention.", "detention", "asserted"),
    ("He was kept under armed guard.", "detention", "asserted"),
    ("They kept me there for three years.", "detention", "asserted"),
    ("I was brought to the basement of the headquarters.", "detention", "asserted"),
    ("They came at night and took my husband.", "detention", "asserted"),
    ("He was released in 2015 after being detained for three years.", "detention", "asserted"),
    ("The detention of Ould Salem has lasted four years.", "detention", "asserted"),
    ("Hundreds of dissidents languish in prison.", "detention", "asserted"),
    ("He was taken in for questioning in March.", "detention", "asserted"),
    (
        "Mohammed Ould Salem was held at Wadi Sirr from May 2021 to July 2022.",
        "detention",
        "asserted",
    ),
    ("In the camp, he was held for years.", "detention", "asserted"),
    ("Ould Brahim was recaptured two days later.", "detention", "asserted"),
    # solitary confinement
    ("She was held in isolation for eleven months.", "solitary_confinement", "asserted"),
    ("Inmates who complained were put in punishment cells.", "solitary_confinement", "asserted"),
    # denial of exit
    ("We cannot leave the camp.", "denial_of_exit", "asserted"),
    ("Members were prohibited from leaving the compound.", "denial_of_exit", "asserted"),
    ("Her requests to leave were repeatedly refused.", "denial_of_exit", "asserted"),
    ("He was denied permission to leave the country.", "denial_of_exit", "asserted"),
    ("They were not free to leave.", "denial_of_exit", "asserted"),
    # denial of contact
    ("The detainees had no access to lawyers.", "denial_of_contact", "asserted"),
    ("Family visits were banned after 2015.", "denial_of_contact", "asserted"),
    ("The guards confiscated their letters.", "denial_of_contact", "asserted"),
    ("Relatives were turned away at the gate.", "denial_of_contact", "asserted"),
    ("His letters were never delivered.", "denial_of_contact", "asserted"),
    ("Detainees had no means of contacting their families.", "denial_of_contact", "asserted"),
    # confiscation of documents
    (
        "On arrival their passports were seized by the leadership.",
        "confiscation_of_documents",
        "asserted",
    ),
    ("Recruits had to surrender their identity papers.", "confiscation_of_documents", "asserted"),
    (
        "The group retained the passports of all new members.",
        "confiscation_of_documents",
        "asserted",
    ),
    ("Her passport was handed over to the leadership.", "confiscation_of_documents", "asserted"),
    (
        "Recruits had to hand their identity cards to the secretariat.",
        "confiscation_of_documents",
        "asserted",
    ),
    ("I never got my passport back.", "confiscation_of_documents", "asserted"),
    ("They never returned our passports.", "confiscation_of_documents", "asserted"),
    # torture
    ("Detainees were suspended from the ceiling by their wrists.", "torture", "asserted"),
    ("He was burned with cigarettes during questioning.", "torture", "asserted"),
    ("Guards subjected him to a mock execution.", "torture", "asserted"),
    ("Detainees were waterboarded.", "torture", "asserted"),
    ("He was beaten on the soles of his feet.", "torture", "asserted"),
    ("Prisoners were chained to their beds.", "torture", "asserted"),
    ("Detainees were made to kneel for hours.", "torture", "asserted"),
    ("His fingernails were pulled out.", "torture", "asserted"),
    # physical assault
    ("She was subjected to ill-treatment by the guards.", "physical_assault", "asserted"),
    ("Soldiers struck him with rifle butts.", "physical_assault", "asserted"),
    ("A guard stabbed him in the leg.", "physical_assault", "asserted"),
    ("The guards broke his arm.", "physical_assault", "asserted"),
    ("The prisoners suffered cruel and inhuman treatment.", "physical_assault", "asserted"),
    ("Troops fired live ammunition at unarmed residents.", "physical_assault", "asserted"),
    ("Police used excessive force against peaceful protesters.", "physical_assault", "asserted"),
    ("Violence against women in the camps was widespread.", "physical_assault", "asserted"),
    ("The shooting of the protesters was filmed.", "physical_assault", "asserted"),
    # psychological abuse
    (
        "The leaders mocked and belittled her in front of the others.",
        "psychological_abuse",
        "asserted",
    ),
    ("He was forced to denounce his parents.", "psychological_abuse", "asserted"),
    ("Members were made to confess their private thoughts.", "psychological_abuse", "asserted"),
    ("They shaved her head as a punishment.", "psychological_abuse", "asserted"),
    # threat
    ("A guard pointed a gun at him.", "threat", "asserted"),
    ("They told her she would be arrested if she spoke to journalists.", "threat", "asserted"),
    ("Villagers were robbed at gunpoint.", "threat", "asserted"),
    # forced confession
    ("He was forced to sign a statement he had not read.", "forced_confession", "asserted"),
    ("She confessed under torture.", "forced_confession", "asserted"),
    ("The confessions were extracted by beatings.", "forced_confession", "asserted"),
    # killing
    ("Gunmen gunned down three farmers.", "killing", "asserted"),
    ("The prisoner was beaten to death.", "killing", "asserted"),
    ("Two protesters were fatally shot.", "killing", "asserted"),
    ("The rebels beheaded him in front of the villagers.", "killing", "asserted"),
    ("Investigators found a mass grave near the camp.", "killing", "asserted"),
    # death in custody
    ("Two detainees died while in custody.", "death_in_custody", "asserted"),
    (
        "Human rights groups documented the deaths of detainees at the camp.",
        "death_in_custody",
        "asserted",
    ),
    ("He hanged himself in his cell.", "death_in_custody", "asserted"),
    # disappearance
    ("Six students remain unaccounted for.", "disappearance", "asserted"),
    ("His family has not heard from him since 2019.", "disappearance", "asserted"),
    ("The activist was forcibly disappeared in 2017.", "disappearance", "asserted"),
    ("Her husband was last seen being led away by soldiers.", "disappearance", "asserted"),
    ("We have had no news of them since 2019.", "disappearance", "asserted"),
    ("They blindfolded me and drove me to an unknown place.", "disappearance", "asserted"),
    ("The detainees were moved to an undisclosed location.", "disappearance", "asserted"),
    ("The authorities have not disclosed the fate of the 14 men.", "disappearance", "asserted"),
    # handover
    ("The militia turned the prisoners over to the army.", "handover", "asserted"),
    ("The refugees were forcibly returned to their country.", "handover", "asserted"),
    ("He was sent back to Zarkand by the camp leadership.", "handover", "asserted"),
    ("The militia surrendered the prisoners to the army.", "handover", "asserted"),
    ("The refugees were expelled to Zarkand.", "handover", "asserted"),
    # false accusation
    ("State television branded her as a traitor.", "false_accusation", "asserted"),
    ("The group labelled him a terrorist.", "false_accusation", "asserted"),
    (
        "Prosecutors brought trumped-up charges against the activists.",
        "false_accusation",
        "asserted",
    ),
    # deprivation
    ("He was not given his medication for weeks.", "deprivation", "asserted"),
    ("The prisoners were denied access to a doctor.", "deprivation", "asserted"),
    ("Detainees were kept awake for days.", "deprivation", "asserted"),
    ("We were given no food for three days.", "deprivation", "asserted"),
    ("They were kept without food for three days.", "deprivation", "asserted"),
    ("Medical care was denied to the sick.", "deprivation", "asserted"),
    ("They gave us little food.", "deprivation", "asserted"),
    ("The prisoners were given rotten food.", "deprivation", "asserted"),
    ("Detainees received no medical attention.", "deprivation", "asserted"),
    ("They cut off the water supply to the cells.", "deprivation", "asserted"),
    # forced separation
    ("The children were removed from their parents.", "forced_separation", "asserted"),
    ("Mothers were forced to give up their babies.", "forced_separation", "asserted"),
    ("Their two daughters were taken from her and sent abroad.", "forced_separation", "asserted"),
    ("Their children were sent to boarding schools.", "forced_separation", "asserted"),
    ("They came to our section at night and took the children.", "forced_separation", "asserted"),
    ("The separation of families was a policy of the leadership.", "forced_separation", "asserted"),
    ("Our children were taken away.", "forced_separation", "asserted"),
    # sexual violence
    ("Guards raped her in the cell.", "sexual_violence", "asserted"),
    ("Several girls were sexually abused by the commander.", "sexual_violence", "asserted"),
    ("Girls were married off to fighters.", "sexual_violence", "asserted"),
    ("She was forced to marry a commander.", "sexual_violence", "asserted"),
    ("Girls were given to fighters as wives.", "sexual_violence", "asserted"),
    # forced labour
    ("The women were kept as slaves by the commanders.", "forced_labor", "asserted"),
    ("The prisoners were forced to harvest cotton.", "forced_labor", "asserted"),
    ("Members worked without pay in the group's factories.", "forced_labor", "asserted"),
    ("Children were made to dig ditches.", "forced_labor", "asserted"),
    ("They worked as slaves on the farms.", "forced_labor", "asserted"),
    # denials
    ("The Organization has never detained anyone.", "detention", "denied"),
    ("No member has been held against their will.", "detention", "denied"),
    ("No one was killed.", "killing", "denied"),
    ("There are only the so-called prisons invented by our enemies.", "detention", "denied"),
    ("Members are free to come and go.", "denial_of_exit", "denied"),
    ("Members can leave whenever they wish.", "denial_of_exit", "denied"),
    ("The residents live there of their own free will.", "denial_of_exit", "denied"),
    ("Members come and go as they please.", "denial_of_exit", "denied"),
    ("All residents stay voluntarily.", "denial_of_exit", "denied"),
    ("We have never prevented anyone from leaving.", "denial_of_exit", "denied"),
    ("Residents receive visits from their families regularly.", "denial_of_contact", "denied"),
    ("Members keep their own passports.", "confiscation_of_documents", "denied"),
    ("His family has been informed of his whereabouts.", "disappearance", "denied"),
    ("Allegations of torture are baseless.", "torture", "denied"),
    ("There is no evidence of torture in the camps.", "torture", "denied"),
    ("There have been no cases of disappearance.", "disappearance", "denied"),
    ("No deaths in custody were recorded.", "death_in_custody", "denied"),
    ('The so-called "torture cells" are storerooms.', "torture", "denied"),
    (
        "Members hand in their passports voluntarily for safekeeping.",
        "confiscation_of_documents",
        "denied",
    ),
    (
        "Several detainees were subjected to cruel, inhuman or degrading treatment.",
        "physical_assault",
        "asserted",
    ),
]

NOT_STATED = [
    # things held that are not persons
    ("A meeting was held in Geneva in March.", "detention"),
    ("Elections have been held twice.", "detention"),
    ("Talks will be held in May.", "detention"),
    ("The town was held by the rebels until 2017.", "detention"),
    ("The leaders must be held accountable.", "detention"),
    ("I was beaten with a hose in front of everyone.", "psychological_abuse"),
    ("Analysts say the spy label serves a purpose.", "false_accusation"),
    ("Members handed their wages to a common fund.", "handover"),
    ("He hanged himself in his cell.", "torture"),
    ("His body was never found.", "killing"),
    # a body not found tells of a known death (0 of 9 such claims were disappearances in the gold)
    ("His body was never found.", "disappearance"),
    ("We do not know where he is buried.", "disappearance"),
    ("Conditions of detention are harsh.", "detention"),
    ("A shooting range was built near the camp.", "physical_assault"),
    ("The group poses a threat to national security.", "threat"),
    ("Karatau faces a serious terrorist threat.", "threat"),
    ("The report contains missing information.", "disappearance"),
    ("The army confiscated their land.", "confiscation_of_documents"),
    ("The ministry called these isolated incidents.", "solitary_confinement"),
    ("The treaty bodies examined the report.", "killing"),
    ("A suicide bomber attacked the market.", "death_in_custody"),
    # single words that are acts only when done to someone
    ("The Sunrise Youth club met on Fridays.", "physical_assault"),
    ("Political violence in the region has increased since 2015.", "physical_assault"),
    ("The army launched an assault on the rebel town.", "physical_assault"),
    ("The group offers psychological support to former members.", "psychological_abuse"),
    ("They tied the hands of every man over fifteen.", "handover"),
    ("She sat all night with her hands and feet locked to a chair.", "handover"),
    (
        "The experts called on the authorities to release all those arbitrarily detained.",
        "detention",
    ),
    ("They kept our passports for years.", "detention"),
    ("They came to our section at night and took the children.", "detention"),
    ("The experts urged the authorities to investigate all allegations of torture.", "torture"),
    ("We have had no news of them since 2019.", "denial_of_contact"),
    ("The next step is to eliminate the dissidents' influence.", "killing"),
    ("The guards took money from him.", "forced_separation"),
    ("Her passport was handed over to the leadership.", "handover"),
    ("Recruits had to hand their identity cards to the secretariat.", "handover"),
    ("Members were made to confess their private thoughts.", "forced_confession"),
    ("His family was not allowed to see his body.", "denial_of_contact"),
    ("His family was not allowed to see his body.", "killing"),
    ("Several detainees went on hunger strike to protest their treatment.", "deprivation"),
    ("Several detainees went on hunger strike to protest their treatment.", "physical_assault"),
    ("He was threatened with rape.", "sexual_violence"),
    # bodies, laws, risks and fears name an act without stating it
    ("The Committee against Torture examined the report of Karatau.", "torture"),
    (
        "The Special Rapporteur on torture and other cruel, inhuman or degrading treatment "
        "visited the prison.",
        "physical_assault",
    ),
    (
        "The Special Rapporteur on torture and other cruel, inhuman or degrading treatment "
        "visited the prison.",
        "torture",
    ),
    ("The Working Group on Arbitrary Detention met in Geneva in May.", "detention"),
    ("Refugees returned to Zarkand face a real risk of being tortured.", "torture"),
    ("Torture is prohibited under national law.", "torture"),
    ("Many residents fear being arrested.", "detention"),
    (
        "Several detainees were subjected to cruel, inhuman or degrading treatment.",
        "psychological_abuse",
    ),
    ("The army attacked the camp in April.", "physical_assault"),
    ("Its leaders trained members to carry out attacks abroad.", "physical_assault"),
    ("The authorities should release all prisoners.", "detention"),
    ("Was he detained?", "detention"),
    ("I make this statement of my own free will.", "denial_of_exit"),
    ("He left the country with a travel document issued by UNHCR.", "confiscation_of_documents"),
    ("The members were trapped in a political dead end.", "denial_of_exit"),
    ("He died of gunshot wounds.", "physical_assault"),
    ("Our critics slander us.", "false_accusation"),
    ("They fled one of the labour camps.", "forced_labor"),
    ("He was held in solitary confinement.", "detention"),
    ("Troops took them to an unknown location.", "detention"),
]


@pytest.mark.parametrize(("text", "act", "polarity"), STATED)
def test_wording_gives_the_act_and_polarity(
    extractor: SpacyExtractor, text: str, act: str, polarity: str
) -> None:
    claims = claims_of(extractor, text)
    found = [(c.act, c.polarity) for c in claims]
    assert (act, polarity) in found, found


@pytest.mark.parametrize(("text", "act"), NOT_STATED)
def test_not_a_statement_of_the_act(extractor: SpacyExtractor, text: str, act: str) -> None:
    claims = claims_of(extractor, text)
    assert act not in [c.act for c in claims], [c.to_spec_dict() for c in claims]


def test_hyphenated_wording_is_cut_as_the_tokenizer_cuts_it() -> None:
    trigger = parse_pattern("physical_assault", "ill-^treat")
    assert [sorted(t.words) for t in trigger.tokens] == [["ill"], ["-"], ["treat"]]
    assert trigger.head_index == 2


def test_every_wording_can_match_a_token() -> None:
    """The tokenizer cuts "cannot", "can't" and "ill-treated": a pattern word like that never
    matches and its wording is silently dead."""
    dead = [
        (trigger.act, trigger.text, word)
        for trigger in load_acts().triggers()
        for token in trigger.tokens
        for word in token.words
        if "'" in word or word == "cannot" or ("-" in word and word != "-")
    ]
    assert dead == []
