"""Act wordings of round 4 (short sentences written for these tests in the styles of NGO reports,
UN views, wire copy, court findings and testimonies): which act a sentence states, whether it
states or denies it, and which sentences state no act at all."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

STATED = [
    # detention
    ("She spent two years in a labour camp.", "detention"),
    ("The women were kept in the compound for years.", "detention"),
    ("The children were kept in cages at the border facility.", "detention"),
    ("He was caged like an animal for weeks.", "detention"),
    ("The teacher was sentenced to five years in prison.", "detention"),
    # round 16: one who ran and is brought back is kept from leaving, as the gold counts it
    ("A man who slipped away in the rainy season was brought back the next day.", "denial_of_exit"),
    ("She was taken in the same raid, at fourteen.", "detention"),
    ("I was kept there until December 2009.", "detention"),
    ("I spent four months in a police station before the agency found me.", "detention"),
    ("He was hauled away by police.", "detention"),
    ("Her two brothers were taken by the militia in 2019.", "detention"),
    ("The village lists 200 people taken by the rebels since March.", "detention"),
    ("The boys were marched into the hills for three days.", "detention"),
    ("I was kept for a week in a basement, blindfolded.", "detention"),
    ("That night they took my husband to the bunker.", "detention"),
    # solitary confinement
    ('I was put in the "hole" for a week.', "solitary_confinement"),
    ("She was held in a cell by herself for 90 days.", "solitary_confinement"),
    ("He was kept in a separate cell, away from the other detainees.", "solitary_confinement"),
    # denial of exit
    ("Those who tried to escape were brought back.", "denial_of_exit"),
    ("Leaving was not an option.", "denial_of_exit"),
    ("The authorities took his passport to stop him leaving.", "denial_of_exit"),
    ("His application to leave was rejected.", "denial_of_exit"),
    ("The guards would not let anyone leave.", "denial_of_exit"),
    ("The authorities barred him from travelling abroad.", "denial_of_exit"),
    ("We were trapped in the camp.", "detention"),
    ("The guards stopped anyone who tried to leave.", "denial_of_exit"),
    ("He was held back at the border and not allowed to cross.", "denial_of_exit"),
    # denial of contact
    ("His lawyer has not been able to see him.", "denial_of_contact"),
    ("Lawyers were barred from seeing their clients.", "denial_of_contact"),
    ("The prisoners were prohibited from speaking to their families.", "denial_of_contact"),
    ("Members were forbidden to phone their parents.", "denial_of_contact"),
    ("She was kept from seeing her children.", "denial_of_contact"),
    ("The prisoner has been denied family visits for a year.", "denial_of_contact"),
    ("She was not permitted to receive visitors.", "denial_of_contact"),
    ("Members were told to cut all ties with their families.", "denial_of_contact"),
    ("They took away our phones.", "denial_of_contact"),
    # confiscation of documents
    ("The recruiters kept our documents.", "confiscation_of_documents"),
    # torture
    ("They hit me with a cable on the feet.", "torture"),
    ("They put electricity on my body.", "torture"),
    # physical assault
    ("He suffered a fractured skull.", "physical_assault"),
    ("Several detainees bore visible injuries.", "physical_assault"),
    ("His body showed burns on his chest and both wrists broken.", "physical_assault"),
    # psychological abuse
    ("Members had to confess their sins in front of the group.", "psychological_abuse"),
    # threat
    ("She was warned that she would never see her children again.", "threat"),
    ("He said that if I ran away, his men would go to my village and kill my mother.", "threat"),
    ("The officer told me: if you talk to the press, we kill your son.", "threat"),
    # forced confession
    ("He said he had signed the confession after weeks of torture.", "forced_confession"),
    ("He was pressured to admit to crimes he did not commit.", "forced_confession"),
    # killing
    ("Both men were hanged in 2019.", "killing"),
    ("A guard beat a man named Jean-Bosco to death with a shovel handle.", "killing"),
    ("She was stabbed to death in front of her children.", "killing"),
    ("One morning they carried him out dead.", "killing"),
    ("He was tortured to death.", "killing"),
    ("Soldiers shot him dead at the checkpoint.", "killing"),
    # disappearance
    ("They took my son and we have not seen him since.", "disappearance"),
    ("Relatives were unable to find out where they were held.", "disappearance"),
    # handover
    ("He was moved to another site.", "handover"),
    ("She was returned to her country against her will.", "handover"),
    # false accusation
    ("The commander called the villagers sorcerers and informers.", "false_accusation"),
    ("State television described her as a foreign agent.", "false_accusation"),
    # deprivation
    ("Three prisoners died from blows and fever in the camp.", "death_in_custody"),
    ("Neighbours counted 12 dead after the raid.", "killing"),
    ("Her baby was snatched from her arms.", "forced_separation"),
    ("The ministry called the group a front for foreign intelligence.", "false_accusation"),
    ("The workers were denied their evening meal.", "deprivation"),
    ("Some days there was nothing to eat.", "deprivation"),
    ("They were not allowed to use the toilet.", "deprivation"),
    # sexual violence
    ('She was handed "as a wife" to a commander.', "sexual_violence"),
    ("The guards made us take off our clothes.", "sexual_violence"),
    # forced labour
    ("The fighters put them to work in the gold pits.", "forced_labor"),
    ("They dug at gunpoint from before first light until after dark.", "forced_labor"),
    ("Prisoners were forced to make clothes for export.", "forced_labor"),
    ("The captives were taken to dig for gold.", "forced_labor"),
    ("The boys worked under the gun all day.", "forced_labor"),
    # round 4, third batch
    ("The camp was fenced in and the residents could not go out.", "denial_of_exit"),
    ("The guards locked us in from the outside every night.", "detention"),
    ("He never came home.", "disappearance"),
    ("He did not return from the interrogation.", "disappearance"),
    ("Nothing is known of his fate.", "disappearance"),
    ("The authorities deny any knowledge of his whereabouts.", "disappearance"),
    ("Since then, there has been no sign of him.", "disappearance"),
    ("He has not been heard of since 2012.", "disappearance"),
    ("The children were raised by the organisation, away from their parents.", "forced_separation"),
    ("Mothers had to hand their babies over to the nursery.", "forced_separation"),
    ("Our children were sent to Europe without us.", "forced_separation"),
    ("Husbands and wives were made to live apart.", "forced_separation"),
    ("As punishment, she had to clean the toilets for a month.", "forced_labor"),
    ("They warned her to keep quiet or face the consequences.", "threat"),
    ("The guards said they would shoot anyone who tried to escape.", "threat"),
    ("They told him his family would suffer.", "threat"),
    ("They knocked her to the ground.", "physical_assault"),
    ("The prisoners were lined up and shot.", "killing"),
    ("The commander forced her to have sex with him.", "sexual_violence"),
    ("Members were not allowed to read newspapers or watch television.", "denial_of_contact"),
    ("They would not give me permission to leave.", "denial_of_exit"),
    ("She was told she could never leave.", "denial_of_exit"),
    ("They kept me from going home.", "denial_of_exit"),
    ("They spread rumours that he was working for the police.", "false_accusation"),
    # nominalisations and rarer verbs
    ("Plainclothes agents nabbed the activist outside his office.", "detention"),
    ("He was whisked away by security agents.", "detention"),
    ("They burned him with boiling water.", "torture"),
    ("He succumbed to his injuries after being shot by police.", "killing"),
    ("His family last saw him in March 2019.", "disappearance"),
    ("The expulsion of the journalists to Jordan followed.", "handover"),
    ("He was pistol-whipped by a guard.", "physical_assault"),
    ("They were exploited as unpaid labourers.", "forced_labor"),
    ("The denial of medical care to prisoners is a violation.", "deprivation"),
    ("The withholding of food from detainees was used as punishment.", "deprivation"),
    ("The denial of family visits is a form of punishment.", "denial_of_contact"),
    (
        "Officers searched her flat and took away her laptop and case files.",
        "confiscation_of_documents",
    ),
    ("One morning the guards carried him out of the bunker dead.", "death_in_custody"),
    ("The camp has become a prison for its residents.", "detention"),
    ("I asked many times to leave but they would not let me.", "denial_of_exit"),
    ("He was stopped at the airport and prevented from boarding his flight.", "denial_of_exit"),
    ("My passport was never returned to me.", "confiscation_of_documents"),
    ("She has been held without access to her lawyer.", "denial_of_contact"),
    ("The author's family was not informed of his place of detention.", "denial_of_contact"),
    ("His lawyer was not allowed to attend the interrogation.", "denial_of_contact"),
    ("The author did not receive adequate medical care while in detention.", "deprivation"),
    ("The charges against him were fabricated.", "false_accusation"),
    ("The guards subjected women detainees to invasive body searches.", "sexual_violence"),
    ("Visitors were subjected to humiliating body searches.", "psychological_abuse"),
]


@pytest.mark.parametrize(("text", "act"), STATED)
def test_stated_act(extractor: SpacyExtractor, text: str, act: str) -> None:
    claims = claims_of(extractor, text)
    assert any(c.act == act and c.polarity == "asserted" for c in claims), [
        (c.act, c.polarity) for c in claims
    ]


DENIED = [
    ("No one at the camp is a prisoner.", "detention"),
    ("He has never harmed any child.", "physical_assault"),
    ("Anyone who wants to leave is free to do so.", "denial_of_exit"),
    ("The residents may go home whenever they wish.", "denial_of_exit"),
    ("There has never been a prison or a detention cell in the camp.", "detention"),
    ("All the workers at the mine are volunteers.", "forced_labor"),
    ("The company pays every worker on time.", "forced_labor"),
    ("There are no political prisoners in our country.", "detention"),
    ("The centres are not prisons but schools.", "detention"),
    ("The police denied using force against the demonstrators.", "physical_assault"),
    ("Members keep their passports with them.", "confiscation_of_documents"),
    ("They are schools, not places of detention.", "detention"),
    ("No citizen has been harmed in the custody of the security services.", "physical_assault"),
]


@pytest.mark.parametrize(("text", "act"), DENIED)
def test_denied_act(extractor: SpacyExtractor, text: str, act: str) -> None:
    claims = claims_of(extractor, text)
    assert any(c.act == act and c.polarity == "denied" for c in claims), [
        (c.act, c.polarity) for c in claims
    ]


NOT_ACTS = [
    "Human rights groups fear that the activists could be arrested.",
    "If he returns, he may face imprisonment.",
    "The torture report was published in 2014.",
    "The detention centre was built in 2005.",
    "The company was fined for missing deadlines.",
    "The government threatened to withdraw from the treaty.",
    "The storm killed power across the region.",
    "The project aims to prevent violence against women.",
    "States must ensure that no one is subjected to torture.",
    "The law prohibits torture and the death penalty.",
    "The court will investigate the author's allegations of torture.",
    "The branch has long been associated with torture.",
    "Relatives collected the bodies the next morning.",
    "He returned to his country in 2010.",
    "She took away the plates after dinner.",
    "In 2001 he was taken by car to the border.",
    "The photograph was taken by a neighbour.",
    "In 2021 the rebels seized the mining districts of the north.",
    "The interrogation centre lies outside the city.",
    "The door was locked from the outside at night.",
    "I had not heard of the group before 2010.",
    "He took his children to school every morning.",
    "The film was shot in Morocco.",
    "He beat the record set in 2010.",
    "The team was beaten 3-0 at home.",
    "Police wore body cameras during the raid.",
    "The talks aim at avoiding tragedies such as murders and suicides.",
]


@pytest.mark.parametrize("text", NOT_ACTS)
def test_no_act(extractor: SpacyExtractor, text: str) -> None:
    assert claims_of(extractor, text) == []


def test_killed_in_the_attack_is_a_killing_only(extractor: SpacyExtractor) -> None:
    """'in the attack' names the event; the act is the killing, not also an assault."""
    claims = claims_of(extractor, "At least 20 civilians were killed in the attack.")
    assert [c.act for c in claims] == ["killing"]


def test_threat_to_kill_is_not_a_killing(extractor: SpacyExtractor) -> None:
    text = "He said that if I ran away, his men would go to my village and kill my mother."
    assert "killing" not in {c.act for c in claims_of(extractor, text)}


def test_a_state_body_is_not_a_corpse(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "The ministry says he is not held by any state body.")
    assert [(c.act, c.polarity) for c in claims] == [("detention", "denied")]


def test_security_agents_are_not_a_label(extractor: SpacyExtractor) -> None:
    """'agents' labels people ('agents of the Ministry'); 'security agents' are who acted."""
    claims = claims_of(extractor, "He was whisked away by security agents.")
    assert "false_accusation" not in {c.act for c in claims}


@pytest.mark.parametrize(
    ("text", "act", "other"),
    [
        ("He was subjected to constant verbal abuse.", "psychological_abuse", "physical_assault"),
        ("Police shot and killed a 17-year-old boy.", "killing", "physical_assault"),
        ("He bore marks of torture on his body.", "torture", "killing"),
        ("He was not allowed to see a doctor.", "deprivation", "denial_of_contact"),
        ("He was told he would be shot if he tried to escape.", "threat", "denial_of_exit"),
    ],
)
def test_one_act_not_another(extractor: SpacyExtractor, text: str, act: str, other: str) -> None:
    acts = {c.act for c in claims_of(extractor, text)}
    assert act in acts and other not in acts, acts
