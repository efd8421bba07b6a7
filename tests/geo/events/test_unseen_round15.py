"""Events told in phrasings of the fifteenth round of unseen articles (the General Staff's lists by oblast in
the possessive, wire round-ups of a day of the war, Russian claims of villages relayed by the press).

Sentences are our own, built on facts from public reporting.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each oblast in the possessive opens its own list of shelled villages, after semicolons too
        (
            "Russian troops launched an air strike near the Kharkiv region's Vovchansk, as well as artillery "
            "strikes on the Chernihiv region's Hremiach; the Sumy region's Yunakivka, Khotin and Pavlivka; "
            "and the Kharkiv region's Budarky and Hatyshche.",
            {
                ("strike", "RU", "Vovchansk"),
                ("strike", "RU", "Hremiach"),
                ("strike", "RU", "Yunakivka"),
                ("strike", "RU", "Khotin"),
                ("strike", "RU", "Pavlivka"),
                ("strike", "RU", "Budarky"),
                ("strike", "RU", "Hatyshche"),
            },
        ),
        (
            "The enemy shelled the Kharkiv region's Dvorichna and Masiutivka, and the Luhansk region's "
            "Stelmakhivka.",
            {("strike", "RU", "Dvorichna"), ("strike", "RU", "Masiutivka"), ("strike", "RU", "Stelmakhivka")},
        ),
        (
            "Ukraine's Defence Forces achieved success near the Donetsk region's Klishchiivka.",
            {("advance", "UA", "Klishchiivka")},
        ),
        # who pushes the other side's troops back takes the ground, and the pushed lose it (round 82: both
        # are told); pushing back against them does not
        (
            "Ukrainian forces counterattacked in the south, claiming to have pushed back Russian troops in "
            "Kherson.",
            {("advance", "UA", "Kherson"), ("retreat", "RU", "Kherson")},
        ),
        ("Kyiv began pushing back against Moscow's forces near Robotyne in June.", set()),
        # moving deeper into a town, a footing gained, a town fully controlled
        (
            "Russian troops are moving deeper into the besieged Donbas city of Sievierodonetsk.",
            {("advance", "RU", "Sievierodonetsk")},
        ),
        (
            "Ukraine's troops had gained a footing in the southeastern village of Robotyne.",
            {("advance", "UA", "Robotyne")},
        ),
        (
            "According to the monitor, the Russian army fully controls Kurakhove in the Donetsk region.",
            {("advance", "RU", "Kurakhove")},
        ),
        # "its armed forces" are the armed forces of the side the pronoun stands for
        (
            "Russia said on Sunday its armed forces had seized the village of Ocheretyne in the Donetsk "
            "region.",
            {("advance", "RU", "Ocheretyne")},
        ),
        # "the enemy's defence" is where a Russian group went, not who went
        (
            "The Vostok Group's units advanced into the depths of the enemy's defence and liberated "
            "Velyka Novosilka in the Donetsk region.",
            {("advance", "RU", "Velyka Novosilka")},
        ),
        # a village the data lacks and its oblast, then another village of the same list
        (
            "The Russian Armed Forces have liberated the settlements of Zatyshok in the Donetsk People's "
            "Republic and Stepovoye in the Dnepropetrovsk region, the ministry said.",
            {("advance", "RU", "Stepove")},
        ),
        # a district of a town is the town
        (
            # (since round 29 the gazetteer holds the Kanal quarter itself, a feature of its own)
            "The Russian army has captured the Kanal district (Novyi) in Chasiv Yar, Donetsk Oblast.",
            {("advance", "RU", "Kanal microdistrict")},
        ),
        (
            "Russian troops captured the Zhovtnevyi microdistrict of Toretsk, the monitor said.",
            {("advance", "RU", "Toretsk")},
        ),
        # a capital that mounts an offensive is the government, not where anything happened
        (
            "Russia has claimed a series of gains in the Donetsk region, pressing on even as Kyiv mounts its "
            "own cross-border offensive.",
            {("advance", "RU", "Donetsk Oblast")},
        ),
        # residents who flee are no retreat
        ("Selydove has seen most of its population flee since the spring.", set()),
        # an oblast's tally of the communities its attacks affected
        (
            "Russian forces shelled the border area of Sumy Oblast 76 times over the past day. The attacks "
            "affected the Myropillia, Krasnopillia and Bilopillia hromadas.",
            {
                ("strike", "RU", "Sumy Oblast"),
                ("strike", "RU", "Myropillia"),
                ("strike", "RU", "Krasnopillia"),
                ("strike", "RU", "Bilopillia"),
            },
        ),
        # the dash after the verb's own object opens no list
        (
            "ISW says Russian forces have likely seized Siversk — a town in Donetsk Oblast — after months "
            "of fighting.",
            {("advance", "RU", "Siversk")},
        ),
        # control told the other way round
        (
            "Among the areas now fully under Russian control are the villages of Kindrativka and Oleksiivka "
            "in the Sumy region.",
            {("advance", "RU", "Kindrativka"), ("advance", "RU", "Oleksiivka")},
        ),
        # a phrase of place has no passive voice
        ("Russian forces are on the outskirts of Pokrovsk.", {("advance", "RU", "Pokrovsk")}),
        # a side's fortifications are no forces at the outskirts
        (
            "Russian drones hit Ukrainian fortifications on the outskirts of Shevchenko.",
            {("strike", "RU", "Shevchenko")},
        ),
        # settlements evacuated are people leaving; troops evacuated are a withdrawal
        (
            "Settlements around Kupiansk in the Kharkiv region are being evacuated again because of Russian "
            "shelling.",
            {("strike", "RU", "Kupiansk")},
        ),
        (
            "The last Ukrainian troops were evacuated from Azovstal in Mariupol.",
            {("retreat", "UA", "Azovstal")},
        ),
        # the occupied republic named as where the subject is, not who acts
        (
            "The Ukrainian armed forces in Dzerzhinsk in the Donetsk People's Republic (DPR) have retreated "
            "to the western outskirts of the city.",
            {("retreat", "UA", "Toretsk")},
        ),
        # a capital that loses soldiers is its government
        (
            "Russia's Battlegroup Tsentr took more advantageous positions near Pokrovsk, with Kiev losing "
            "more than 430 soldiers.",
            {("advance", "RU", "Pokrovsk")},
        ),
        # a side that no longer controls a village has lost it
        (
            "Denis Pushilin admitted that his forces no longer fully controlled Drobysheve, north-west of "
            "Lyman in the Donetsk region.",
            {("retreat", "RU", "Drobysheve")},
        ),
        # an aim to make the other side give ground, and where the next push is meant to be
        (
            "Russian troops are trying to cut the Ukrainian defenders' supply lines to Bakhmut and force "
            "them to surrender or withdraw.",
            set(),
        ),
        (
            "Russian troops pulled back from Hostomel in the Kyiv region to regroup for a major push in the "
            "Donbas.",
            {("retreat", "RU", "Hostomel")},
        ),
        # a purpose clause before the comma is the reason for what happened, not an aim of it
        (
            "In order to save the lives of personnel, the Defence Forces had to withdraw from positions near "
            "the settlements of Novouspenivske and Uspenivka in the Zaporizhzhia region.",
            {("retreat", "UA", "Novouspenivske"), ("retreat", "UA", "Uspenivka")},
        ),
        (
            "The command ordered the withdrawal of Ukrainian units from Vuhledar in order to preserve "
            "personnel.",
            {("retreat", "UA", "Vuhledar")},
        ),
        ("Russian forces attacked in order to capture Robotyne in the Zaporizhzhia region.", set()),
        # fire a village was affected by; "arrivals", the Ukrainian word for hits
        (
            "The areas of Yunakivka and Khotin in the Sumy region were affected by Russian artillery fire.",
            {("strike", "RU", "Yunakivka"), ("strike", "RU", "Khotin")},
        ),
        (
            "Russian troops keep attacking the Kharkiv region: yesterday there were arrivals in Lyptsi.",
            {("strike", "RU", "Lyptsi")},
        ),
        # a count of the dead that is unsure does not make the strike unsure
        (
            "The Russian missiles struck - Kryvyi Rih, Sloviansk and Kramatorsk and at least 20 people may "
            "have died in total.",
            {("strike", "RU", "Kryvyi Rih"), ("strike", "RU", "Sloviansk"), ("strike", "RU", "Kramatorsk")},
        ),
        # the army's airfield named for a town is in the town
        (
            "Ukrainian drones attacked the Morozovsk military airfield in Russia's Rostov Oblast overnight.",
            {("strike", "UA", "Morozovsk")},
        ),
        # a capital that fires is its government; cities a leader visits are far from the war
        ("Moscow also fired two missiles at Odesa, the air force said.", {("strike", "RU", "Odesa")}),
        (
            "The new wave of Russian strikes on Odesa coincided with visits by Zelensky to leaders in "
            "London, Paris and Berlin.",
            {("strike", "RU", "Odesa")},
        ),
        # back to the outskirts of a town is out of the town
        (
            "Ukraine's commander-in-chief said his forces had pulled back to the outskirts of the town of "
            "Maryinka.",
            {("retreat", "UA", "Marinka")},
        ),
        # a capital a gain is for is the side
        ("The village of Klishchiivka is the latest gain for Kyiv in its counteroffensive.", set()),
        # Russians fighting on Ukraine's side
        (
            "A detachment of anti-Kremlin Russian fighters captured Kozinka in the Belgorod region.",
            {("advance", "UA", "Kozinka")},
        ),
        # a border governor's tally of rounds fired and shells dropped
        (
            "Eight mortar rounds were fired against the village of Poroz in the Belgorod region, Gladkov "
            "said.",
            {("strike", "UA", "Poroz")},
        ),
        (
            "The Ukrainian military fired six mortar rounds against the outskirts of Shebekino.",
            {("strike", "UA", "Shebekino")},
        ),
        # a threat of attacks is no attack; a withdrawal for fear of encirclement happened
        ("Governor Starovoit warned Kursk region residents of the threat of drone attacks.", set()),
        (
            "Russia announced that it withdrew from the city of Lyman in the Donetsk region due to the "
            "threat of encirclement.",
            {("retreat", "RU", "Lyman")},
        ),
        # the capital of an oblast is its city
        (
            "The capital of the Belgorod region also came under attack by Ukrainian drones.",
            {("strike", "UA", "Belgorod")},
        ),
        # Moscow's groupings in English; a Ukrainian command of 2022 is no Russian group
        (
            "The Western military group captured Sukhetske, and the Central group took Pankivka in the "
            "Donetsk region.",
            {("advance", "RU", "Sukhetske"), ("advance", "RU", "Pankivka")},
        ),
        (
            "Units of the 'West' grouping have liberated the city of Kupiansk, Gerasimov said.",
            {("advance", "RU", "Kupiansk")},
        ),
        (
            "A spokesman for the Eastern Group of Forces said Ukrainian troops recaptured Klishchiivka near "
            "Bakhmut.",
            {("advance", "UA", "Klishchiivka")},
        ),
        # troops operating in a region a ministry names are its own
        (
            "According to the Russian Defense Ministry, troops operating in Ukraine's northeastern Kharkiv "
            "region seized Dvorichanske.",
            {("advance", "RU", "Dvorichanske")},
        ),
        # where someone is, and forces that are somewhere
        ("A Ukrainian officer in a brigade on the outskirts of Toretsk doubted the claim.", set()),
        (
            "Social networks report Ukrainian forces on the outskirts of Lysychansk, Luhansk region.",
            {("advance", "UA", "Lysychansk")},
        ),
        # troops surrounded on a river bank lost it
        (
            "Russian troops continue to destroy Ukrainian units surrounded on the left bank of the Oskil "
            "River near Kupiansk.",
            {("advance", "RU", "Kupiansk")},
        ),
        # a side's fire named after "as a result of" is the side's, not a place it owns
        (
            "One person was killed as a result of Ukraine's mortar shelling of the city of Nova Kakhovka, "
            "the administration said.",
            {("strike", "UA", "Nova Kakhovka")},
        ),
        # a nuclear plant named after a region is the plant
        (
            "The Zaporozhye nuclear facility has faced repeated shelling by militants from the Kiev regime.",
            {("strike", "UA", "Zaporizhzhia Nuclear Power Plant")},
        ),
        # a city's district is in the city
        (
            "Russians fired a missile at the Dniprovskyi district of Kherson overnight.",
            {("strike", "RU", "Dniprovskyi District")},
        ),
        # a side's strike in a town names the military; a flag of a country's; the enemy's defences
        (
            "The UN coordinator condemned a deadly Russian strike in Kherson on Tuesday morning.",
            {("strike", "RU", "Kherson")},
        ),
        (
            "Russian soldiers have hoisted Russia's tricolor flag in the village of Uspenivka, south of "
            "Kurakhove.",
            {("advance", "RU", "Uspenivka")},
        ),
        (
            "Battlegroup Vostok has broken through enemy defences and is advancing in the Zaporizhzhia "
            "region.",
            {("advance", "RU", "Zaporizhzhia Oblast")},
        ),
        # a dateline in brackets is where the story was filed
        (
            "(Kyiv) Russian drones targeted the port of Izmail overnight.",
            {("strike", "RU", "Izmail")},
        ),
        # a count of the places taken is the region's news, as the shared gold reads "recaptured several
        # settlements in the region of Kharkiv"; places taken with no count name no region-wide event
        (
            "Ukrainian troops liberated more than 300 settlements in the Kharkiv region.",
            {("advance", "UA", "Kharkiv Oblast")},
        ),
        # a side's falling back to prepared positions takes no place; the UAF are Ukraine's forces
        (
            "Haidai reported that the UAF withdrew from Popasna and took the positions prepared in advance.",
            {("retreat", "UA", "Popasna")},
        ),
        # the official's oblast is no city "the city" stands for
        (
            "Shelling hit Marhanets overnight. The head of the Dnipropetrovsk regional military "
            "administration said the Russian army hit two districts of the city with Grad rockets.",
            {("strike", "RU", "Marhanets")},
        ),
        # a note struck is no strike
        ("A soldier of the 93rd Brigade in Bakhmut struck a defiant note on Telegram.", set()),
    ],
)
def test_phrasings_of_the_fifteenth_round(seen, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_an_itemised_report_names_the_place_in_a_line_then_tells_what_happened_there(seen) -> None:
    text = (
        "The head of the Kharkiv regional military administration listed the enemy's attacks of the day:\n\n"
        "- 14-10, Kupiansk district, Kurylivka village. As a result of the shelling a 64-year-old man was "
        "injured.\n\n"
        "- 09-30, Chuhuiv district, the village of Pechenihy. A house was burning after the shelling."
    )

    assert seen(text) == {("strike", "RU", "Kurylivka"), ("strike", "RU", "Pechenihy")}


def test_a_line_with_a_clause_in_it_is_no_line_of_where(seen) -> None:
    # "added" makes it a sentence of its own: the next sentence's shelling is not at Klishchiivka
    text = (
        "Andriy Yermak, the head of the president's office, added: \"Klishchiivka is ours. Kharkiv was "
        'shelled overnight."'
    )

    assert ("strike", "RU", "Klishchiivka") not in seen(text)


def test_a_count_of_explosions_is_a_days_shelling_in_one_sides_report(seen) -> None:
    text = (
        "Russian troops shelled the Sumy region's border communities 40 times. Over 20 explosions occurred "
        "in the Velyka Pysarivka hromada, damaging two houses."
    )

    assert ("strike", "RU", "Velyka Pysarivka") in seen(text)


def test_ukrainian_officials_speak_for_ukraine_when_the_article_quotes_russias_ministry_too(seen) -> None:
    text = (
        "Ukrainian officials said three small villages in the Donetsk region were recaptured. The Russian "
        "Defence Ministry has yet to confirm whether its forces have retreated."
    )

    assert seen(text) == {("advance", "UA", "Donetsk Oblast")}


def test_an_event_at_a_village_put_among_its_list_is_only_near_there() -> None:
    text = "Russian artillery shelled Turia, Hatyshche and Vovchansk of the Kharkiv region."
    events = extract_events(read_text(text, published=date(2024, 9, 20)), load_gazetteer())

    turia = next(e for e in events if e.place == "Turia")
    assert (turia.event_type, turia.actor, turia.geo_precision) == ("strike", "RU", 2)
    assert {e.geo_precision for e in events if e.place != "Turia"} == {1}


def test_a_place_that_ends_a_relative_clause_before_said_is_no_speaker(seen) -> None:
    text = (
        "Ukrainian forces broke through near Orikhiv, a commander who led troops into Robotyne said. "
        "Ukrainian troops liberated Robotyne in the Zaporizhzhia region."
    )

    assert ("advance", "UA", "Robotyne") in seen(text)


def test_the_city_a_story_was_filed_from_is_not_what_the_settlement_stands_for(seen) -> None:
    text = (
        "KYIV (Reuters) - Ukraine said on Monday its troops had liberated Robotyne in the Zaporizhzhia "
        "region. The military said its forces had raised the national flag in the settlement."
    )

    assert ("advance", "UA", "Kyiv") not in seen(text)
