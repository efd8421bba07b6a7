"""Events told in phrasings of the twelfth round of unseen articles (wire copies of 2022, Ukrainian outlets
relaying the General Staff and governors, Russian state media, think-tank summaries in the press).

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
        # the invader named by what it does is Russia's army
        (
            "Earlier, the invading troops managed to occupy the town of Kreminna.",
            {("advance", "RU", "Kreminna")},
        ),
        # a count of the dead is no ground lost, and a capital that loses soldiers is its government
        (
            "Ukraine has lost up to 410 soldiers near Donetsk over the past 24 hours, the ministry said.",
            set(),
        ),
        ("The Ukrainian army lost over 1,000 servicemen near Kupiansk last week.", set()),
        ("Russia said it repelled nine attacks near Avdiivka, where Kiev lost up to 145 soldiers.", set()),
        # the General Staff's list of shelled border villages goes on, verbless, after a semicolon
        (
            "Bleshnia and Hremiach of the Chernihiv region were hit by mortar fire from the enemy; Pozhnia, "
            "Iskryskivshchyna of the Sumy region and Udy, Budarky of the Kharkiv region.",
            {
                ("strike", "RU", "Bleshnia"),
                ("strike", "RU", "Hremiach"),
                ("strike", "RU", "Pozhnia"),
                ("strike", "RU", "Iskryskivshchyna"),
                ("strike", "RU", "Udy"),
                ("strike", "RU", "Budarky"),
            },
        ),
        # ... but a clause of its own after a semicolon is not the list
        (
            "Russian forces shelled Kupiansk; Ukraine said it held Synkivka.",
            {("strike", "RU", "Kupiansk")},
        ),
        # a power plant named for its town was hit in the town
        (
            "The Ladyzhyn thermal power plant in Vinnytsia Oblast was hit by two Russian air strikes.",
            {("strike", "RU", "Ladyzhyn")},
        ),
        # the start of an assault is an advance where it began, a goal included
        (
            "Russian troops started storming the town of Chasiv Yar a few days ago, the spokesperson said.",
            {("advance", "RU", "Chasiv Yar")},
        ),
        (
            "Russia launched new offensive actions in northern Kharkiv Oblast toward Lyptsi and Vovchansk.",
            {("advance", "RU", "Lyptsi"), ("advance", "RU", "Vovchansk")},
        ),
        ("Russian forces began advancing towards Pokrovsk.", set()),
        # a breakthrough of one side's defence is the other side's advance, unless it was only tried
        (
            "It began with a rapid breakthrough of the defence of the Russian army in the Balakliia area.",
            {("advance", "UA", "Balakliia")},
        ),
        (
            "The breakthrough of the Ukrainian defence line near Ocheretyne by Russian troops was confirmed.",
            {("advance", "RU", "Ocheretyne")},
        ),
        ("Russian attempts at a breakthrough of the Ukrainian defence near Robotyne failed.", set()),
        # control a claimer calls its own
        (
            "Fighting goes on near Volodymyrivka and Bilovody, both of which Russia's Defence Ministry "
            "claimed "
            "on Monday were now under its control.",
            {("advance", "RU", "Volodymyrivka"), ("advance", "RU", "Bilovody")},
        ),
        # Ukraine's governor calls the enemy's gains captures, its own liberations
        (
            "Sumy Governor Oleh Hryhorov named the captured villages as Basivka, Veselivka and Zhuravka.",
            {("advance", "RU", "Basivka"), ("advance", "RU", "Veselivka"), ("advance", "RU", "Zhuravka")},
        ),
        # ruins seen are no strike told
        (
            "The video showed the village of Krasnyi Yar, its main road lined with heavily destroyed houses.",
            set(),
        ),
        (
            "Russian troops shelled Kupiansk, with damaged houses in three districts.",
            {("strike", "RU", "Kupiansk")},
        ),
        # an aside in brackets does not end the list of what was taken
        (
            "The allied forces liberated the Spornoye settlement (in the Donetsk region - TASS), the "
            "Zolotarevka and Belaya Gora settlements (located south and southwest of the city of "
            "Lisichansk - TASS).",
            {("advance", "RU", "Spirne"), ("advance", "RU", "Zolotarivka"), ("advance", "RU", "Bila Hora")},
        ),
        # the region the towns taken lie in adds no move of its own
        (
            "During the counteroffensive in Kherson region, the Armed Forces of Ukraine liberated "
            "Novovoznesenske, Bilohirka and Sukhyi Stavok.",
            {
                ("advance", "UA", "Novovoznesenske"),
                ("advance", "UA", "Bilohirka"),
                ("advance", "UA", "Sukhyi Stavok"),
            },
        ),
        # a hedge in the next clause hedges that clause only
        (
            "Footage shows a Russian drone striking Ukrainian infantry in a trench west of Verbove, and "
            "Russian use of these drones indicates that Russian forces are probably no longer in the trench.",
            {("strike", "RU", "Verbove")},
        ),
        (
            "Russian forces captured Avdiivka, and analysts said the town of Pokrovsk could fall next.",
            {("advance", "RU", "Avdiivka")},
        ),
        ("Russian forces could capture Avdiivka, and Pokrovsk is next.", set()),
        # the army a country names, then where it withdrew from
        (
            "The withdrawal of the Armed Forces of Ukraine from the village of Krohmalne in the Kupiansk "
            "district does not threaten Kupiansk.",
            {("retreat", "UA", "Krokhmalne")},
        ),
        # a claim reported, then denied, is still the claim; a denial of it is not
        (
            "Russia had earlier claimed to have captured Siversk, a claim Ukraine had previously denied.",
            {("advance", "RU", "Siversk")},
        ),
        ("Ukraine denied that Russia had captured Siversk.", set()),
        # taken by a side, or taken and nothing more
        (
            "Ukrainian journalists said the villages of Ohirtseve, Pylna and Strilecha were taken by Russian "
            "forces.",
            {("advance", "RU", "Ohirtseve"), ("advance", "RU", "Pylna"), ("advance", "RU", "Strilecha")},
        ),
        ("Russia claimed that the village of Pletenivka was also taken.", {("advance", "RU", "Pletenivka")}),
        ("The wounded were taken to a hospital in Kramatorsk.", set()),
        # what a side went on doing
        (
            "On Saturday, Russia continued to pummel Vovchansk with air raids and rockets.",
            {("strike", "RU", "Vovchansk")},
        ),
        # a capital that retakes ground is its government, not where ground was retaken
        ("Robotyne was one of the settlements Kyiv retook in its counteroffensive last summer.", set()),
        ("Ukrainian forces shelled Kyiv's outskirts, Russia claimed.", {("strike", "UA", "Kyiv")}),
        # a unit's lost strength is no lost ground
        (
            "Some Russian forces are withdrawing from the area near Vovchansk due to a loss of combat "
            "capability.",
            {("retreat", "RU", "Vovchansk")},
        ),
        # "now under Moscow's control", after a dash-parted list
        (
            "The ministry said three villages in the Donetsk region – Stavky and Novoselivka – were now "
            "under Moscow's control.",
            {("advance", "RU", "Stavky"), ("advance", "RU", "Novoselivka")},
        ),
        # each casualty of a sentence where it fell
        (
            "Russian shelling killed a 66-year-old man in Orikhiv and injured a 56-year-old in Prymorske.",
            {("strike", "RU", "Orikhiv"), ("strike", "RU", "Prymorske")},
        ),
        # entering a place, holding most of it, wresting it
        ("Moscow's troops have moved into Krasnohorivka.", {("advance", "RU", "Krasnohorivka")}),
        ("Troops moved into positions near Bakhmut.", set()),
        ("Russian forces now control most of Maryinka.", {("advance", "RU", "Marinka")}),
        ("Gerasimov said the Kremlin's forces controlled 70% of Pokrovsk.", {("advance", "RU", "Pokrovsk")}),
        (
            "The Russian military said it had wrested control of Vodiane from Ukrainian forces.",
            {("advance", "RU", "Vodiane")},
        ),
        # the military's words for a withdrawal and for a small enemy gain
        (
            "Ukrainian forces were repositioned from Lukiantsi and Vovchansk to save lives, the army said.",
            {("retreat", "UA", "Lukiantsi"), ("retreat", "UA", "Vovchansk")},
        ),
        ("Ukrainian troops redeployed from Kherson to Bakhmut.", set()),
        (
            "The enemy has achieved tactical success in the area of Ocheretyne.",
            {("advance", "RU", "Ocheretyne")},
        ),
        # shoot-downs: an attack by the side whose weapons were downed, over the place they were downed
        (
            "The governor said Russian air defences destroyed the drones over Ryazan.",
            {("strike", "UA", "Ryazan’")},
        ),
        (
            "Nine missiles were shot down by Ukrainian air defence forces over Dnipro.",
            {("strike", "RU", "Dnipro")},
        ),
        ("Ukrainian air defence destroyed 12 Russian drones over Kharkiv.", {("strike", "RU", "Kharkiv")}),
        ("Russian drones destroyed a warehouse in Kharkiv.", {("strike", "RU", "Kharkiv")}),
        # a side's adjective on a place is no actor; a weapon used is no metonym
        (
            "Russia attacks Ukrainian territory with missiles. On Monday, Chernihiv came under attack.",
            {("strike", "RU", "Chernihiv")},
        ),
        ("In the evening, Russia shelled Nikopol using artillery.", {("strike", "RU", "Nikopol")}),
        # leaving a deal is no ground left
        (
            "Izmail became an export route after Russia's withdrawal from a UN-brokered grain deal.",
            set(),
        ),
        # a strike on Russia told by Ukraine's General Staff, whose enemy is Russia
        (
            "“A successful strike was carried out on the Engels airfield, a place where enemy aircraft are "
            "concentrated,” Ukraine’s General Staff said.",
            {("strike", "UA", "Engels")},
        ),
        # a person met by the reporter fled as a civilian; an acute accent is an apostrophe too
        ("Nastya, 28, had fled the village of Zolochiv in April.", set()),
        (
            "Kyiv´s forces had been dug in near Mykolaiv for months, and then struck Kherson.",
            {("strike", "UA", "Kherson")},
        ),
        # the side of one strike phrase is the side of the attack the sentence names no side for
        (
            "The ministry said five missiles were shot down by Russian air defence systems responding to the "
            "attack on Sevastopol.",
            {("strike", "UA", "Sevastopol")},
        ),
        (
            "Russian governors said there had been an attack by Ukrainian drones on Kursk and Bryansk.",
            {("strike", "UA", "Kursk"), ("strike", "UA", "Bryansk")},
        ),
        (
            "An investigation found that a section of the Crimean bridge was damaged as a result of a "
            "terrorist act committed by Ukrainian special services.",
            {("bridge_strike", "UA", "Crimean Bridge")},
        ),
        # a community named by its adjective is hit; a district that only says where a village is, is not
        (
            "During the night, the Marganetska community came under attack from Russian drones.",
            {("strike", "RU", "Marhanets")},
        ),
        ("In the Valuisky district, the village of Dolgoye was shelled 20 times.", set()),
        # ground gained around a foothold
        (
            "Ukrainian troops, holding positions in Krynky, have expanded their control south of it.",
            {("advance", "UA", "Krynky")},
        ),
    ],
)
def test_phrasings_of_the_twelfth_round(seen, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_mutual_shelling_is_nobodys_even_in_an_article_of_one_sides_fire(seen) -> None:
    text = (
        "Russian forces shelled Kherson and Beryslav on Tuesday. A military blogger claimed that the intense "
        "mutual shelling made ground operations near Verbove and Robotyne dangerous."
    )

    found = seen(text, ("strike",))

    assert ("strike", "unknown", "Verbove") in found
    assert ("strike", "RU", "Kherson") in found


def test_the_former_is_the_first_of_two_places_named_before() -> None:
    text = "Ukrainian forces pushed towards Robotyne and Verbove. The former was recaptured on Monday."

    events = extract_events(read_text(text, published=date(2023, 8, 30)), load_gazetteer())

    assert [(e.place, e.mention) for e in events if e.mention == "The former"] == [("Robotyne", "The former")]
