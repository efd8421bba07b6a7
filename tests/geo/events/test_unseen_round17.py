"""Events from the seventeenth round of unseen articles: unclaimed fire on ground Russia never held, a
community named by its adjective, drones that flew into buildings. Our own sentences, facts from public
reporting; real GeoNames and postal data."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


def seen(text: str) -> set[tuple[str, str, str]]:
    events = extract_events(read_text(text, published=date(2024, 5, 20)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire no side owns up to, on ground Russia never held: Russia's
        (
            "In the Dnipropetrovsk region, the city of Nikopol was hit by artillery and rocket fire.",
            {("strike", "RU", "Nikopol")},
        ),
        (
            "Guided bombs struck five locations across Kharkiv overnight, the mayor said.",
            {("strike", "RU", "Kharkiv")},
        ),
        # a community's adjective: Kurakhove's, and the fire on it the report tells of
        (
            "In the Pokrovsk direction, Russian forces shelled the Kurakhivska community twice.",
            {("strike", "RU", "Kurakhove")},
        ),
        # explosions in a list of cities Russia never held, parts of the country between them
        (
            "Explosions were also reported in Lviv, Ternopil and Zhytomyr in western Ukraine, Dnipro and "
            "Kremenchuk in central Ukraine, Zaporizhzhia in the south and Kharkiv in the east.",
            {("strike", "RU", place) for place in ("Lviv", "Ternopil", "Dnipro", "Zaporizhzhia", "Kharkiv")},
        ),
        # Moscow's words for a withdrawal: an order to leave, a regrouping
        (
            "Russia's defence ministry ordered troops to leave the area around the city of Izyum in Kharkiv "
            "province, saying they would be sent to reinforce operations in Donetsk.",
            {("retreat", "RU", "Izium")},
        ),
        (
            "To achieve the stated goals of the special military operation for the liberation of Donbas, it "
            "was decided to regroup the Russian troops located in the Balakliia and Izium areas.",
            {("retreat", "RU", "Balakliia"), ("retreat", "RU", "Izium")},
        ),
        # what was damaged in each town of a round-up, the verb elided
        (
            "During the day, Russian troops fired 12 times at settlements of the Donetsk region. Houses "
            "were damaged in Selydove, four high-rise buildings in Kurakhove, and six private houses in "
            "Kurakhivka.",
            {("strike", "RU", "Selydove"), ("strike", "RU", "Kurakhove"), ("strike", "RU", "Kurakhivka")},
        ),
        # fire that goes on, aircraft used
        (
            "At the same time, Russian troops continue to destroy Vovchansk with multiple rocket launchers. "
            "The invaders also used aircraft twice to attack our positions near Ivanivka.",
            {("strike", "RU", "Vovchansk"), ("strike", "RU", "Ivanivka")},
        ),
        # people hurt in an oblast's attacks, then town by town
        (
            "In Donetsk Oblast, seven people were injured in Russian attacks, the military administration "
            "reported. Three residents were wounded in Illinivka, three more in Kurakhove, and one in "
            "Avdiivka, the officials clarified.",
            {("strike", "RU", place) for place in ("Donetsk Oblast", "Illinivka", "Kurakhove", "Avdiivka")},
        ),
        # the dead counted town by town, after a side that killed them
        (
            "On June 27, the Russians killed five residents of the Donetsk region: two in Kurakhove and one "
            "each in Toretsk, Yasenove and Siversk.",
            {("strike", "RU", place) for place in ("Kurakhove", "Toretsk", "Yasenove", "Siversk")},
        ),
        # towns and communities under attack; a missile fired on a city
        (
            "The city of Nikopol and the Marhanets and Myrove hromadas were under attack. Earlier, Russian "
            "forces fired a Kh-35U cruise missile on the city of Kharkiv.",
            {("strike", "RU", place) for place in ("Nikopol", "Marhanets", "Myrove", "Kharkiv")},
        ),
        # the claimer's "it", after "from": Russia's captures
        (
            "Ukrainian officials have not commented on reports from Russia claiming it has captured the "
            "villages of Hatyshche and Morokhovets.",
            {("advance", "RU", "Hatyshche"), ("advance", "RU", "Morokhovets")},
        ),
        # a Ukrainian monitor's own words: its enemy is Russia, whoever else the article quotes
        (
            'Russia said its forces captured Hirnyk. "The enemy advanced in Selydove," DeepState, a group '
            "with close links to the Ukrainian army, wrote on Telegram.",
            {("advance", "RU", "Hirnyk"), ("advance", "RU", "Selydove")},
        ),
        # a village with an ordinal, in the Russian spelling of both words
        (
            'Russian forces "liberated the settlement of Zhelannoye Vtoroye" in Ukraine\'s Donetsk region, '
            "the defense ministry said.",
            {("advance", "RU", "Zhelanne Druhe")},
        ),
        # the ministry's battlegroups in English speak for Moscow; troops that slipped into a town
        (
            "Units of the Center group of forces liberated Hostre. Russian troops infiltrated Kupiansk.",
            {("advance", "RU", "Hostre"), ("advance", "RU", "Kupiansk")},
        ),
        # after a colon, the clause that names the side: not the side the strikes were "on"
        (
            "Two air strikes were conducted in the Lyman direction: the enemy fired from army helicopters "
            "near Novoliubivka and dropped four guided bombs near Terny.",
            {("strike", "RU", "Lyman"), ("strike", "RU", "Terny")},
        ),
        # mortars fired in the border areas near villages; a bridge bombed in a city
        (
            "The invaders fired mortars in the border areas near Karpovychi and Senkivka in the Chernihiv "
            "region.",
            {("strike", "RU", "Karpovychi"), ("strike", "RU", "Senkivka")},
        ),
        (
            "Ukrainian forces bombed a strategic bridge over the Dnipro river overnight in the Russian-held "
            "city of Kherson, the army announced Monday.",
            {("bridge_strike", "UA", "Kherson")},
        ),
        # forces in a town, in control of it, that took it over
        (
            "The enemy is already in Hostre. Russian troops are now in the centre of Toretsk. Russian "
            "forces are in control of Vuhledar and took over Kurakhove.",
            {
                ("advance", "RU", "Hostre"),
                ("advance", "RU", "Toretsk"),
                ("advance", "RU", "Vuhledar"),
                ("advance", "RU", "Kurakhove"),
            },
        ),
        # a town cleared of one side's troops: the other side's
        (
            "The town of Sudzha has been cleared of Russian troops, Syrskyi said.",
            {("advance", "UA", "Sudzha")},
        ),
        # a drone that flew into a building struck the town
        (
            "In Rylsk, Ukrainian drones flew into two five-story apartment buildings, the governor said.",
            {("strike", "UA", "Ryl’sk")},
        ),
        # the border guards' tally of arrivals and of attacks by a weapon
        (
            "Novhorod-Siverska community: in the direction of Kovpynka village - two arrivals, possibly by "
            "attack UAVs. Semenivska community: in the direction of Kostobobriv village - four attacks, "
            "probably from a 120-mm mortar.",
            {("strike", "RU", "Kovpynka"), ("strike", "RU", "Kostobobriv")},
        ),
        # "the shelling of the village of X by ...": the side after the village
        (
            "Kursk Governor Roman Starovoit reported on the shelling of the village of Tetkino by the "
            "Ukrainian Armed Forces (UAF).",
            {("strike", "UA", "Tëtkino")},
        ),
        # a list goes on past the oblast that qualifies its first item, with a side adjective
        (
            "The Russian Defense Ministry claimed to have captured the settlements of Stepova Novoselivka in "
            "the northeastern Kharkiv region, as well as Novopokrovske and Spirne in the eastern Donetsk "
            "region.",
            {
                ("advance", "RU", "Stepova Novoselivka"),
                ("advance", "RU", "Novopokrovske"),
                ("advance", "RU", "Spirne"),
            },
        ),
        # a round-up's list, each village with its district
        (
            "Russians shelled more than 15 settlements in Kharkiv region. Other affected settlements "
            "include: Chervona Zorya in Bohodukhiv district, Lukyantsi in Kharkiv district, Bochkove, "
            "Budarki in Chuhuiv district.",
            {
                ("strike", "RU", "Chervona Zoria"),
                ("strike", "RU", "Lukiantsi"),
                ("strike", "RU", "Bochkove"),
                ("strike", "RU", "Budarky"),
            },
        ),
    ],
)
def test_new_phrasings_are_events(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= seen(text)


@pytest.mark.parametrize(
    "text",
    [
        # a town on the front's line may be under either side's fire (Vovchansk, fought over from May
        # 2024; a town Ukraine held behind the line is another matter: test_unseen_round26.py)
        "Shelling hit the market area of Vovchansk, the town's administration said.",
        # a bomb set off on the ground is for a claim or a probe to say
        "A car bomb exploded in Kyiv, killing an officer of the security service.",
    ],
)
def test_unclaimed_fire_elsewhere_stays_unknown(text: str) -> None:
    assert {actor for _, actor, _ in seen(text)} <= {"unknown"}


def test_counted_attacks_with_no_weapon_are_assaults_not_strikes() -> None:
    assert ("strike", "RU", "Pokrovsk") not in seen(
        "Russian forces launched 12 attacks near Pokrovsk over the past day."
    )


@pytest.mark.parametrize(
    "text",
    [
        # what a peace plan would have a side do, and the participle that goes on with it
        "The Kremlin's plan for peace reportedly involves Ukraine withdrawing all its forces from Donetsk "
        "Oblast, ceding the entire region to Russia.",
        # men destroyed, a flag destroyed: no place struck
        'Zelensky said Russian sabotage groups operating in the Sumy region had been "destroyed."',
        "As of this morning, the Russian flag in the village of Ryzhivka was destroyed.",
        # a crossing destroyed earlier, described
        "Officials will restore the destroyed crossing over the Oskil River to ensure evacuation.",
        # capitals as the parties to talks, or as the side that took ground
        "The announcement comes a day after talks between Washington and Kiev in Saudi Arabia.",
        "Moscow mounted its first significant attempt to claw back territory seized by Kyiv.",
        # a town threatened by an advance has not been taken
        "The village lies close to Pokrovsk, a logistics hub threatened by the advance of Russian troops.",
        # the goal of an advance, and thousands who fled it
        "Russia said it captured another village in its advance on the eastern Ukrainian city of Pokrovsk, "
        "from where thousands have fled.",
        # what a side pushes for; a capital that left villages is its army
        "The Kremlin has been pushing for the total capture of the Donetsk and Luhansk regions.",
        "The withdrawal from the town has now also seen Kyiv leave villages in the rest of that salient.",
        # units withdrawn to a town for recovery left no ground there
        "Due to losses, units of the 138th brigade of the 6th combined arms army of the Western Military "
        "District were withdrawn to Belgorod for recovery.",
        # control of the situation, command taken over: no ground
        "Around Chasiv Yar, the Defense Forces are in full control of the situation.",
        "A new general took over the command of the Khortytsia group near Pokrovsk.",
        # losses taken, a deal pulled out of
        "Ukraine's forces also have taken heavy losses in the battles of Soledar and Bakhmut.",
        "Attacks on the Odesa region have increased since Russia pulled out of a landmark deal.",
    ],
)
def test_no_event_is_told(text: str) -> None:
    assert {(t, a, p) for t, a, p in seen(text) if t != "contact"} == set()
