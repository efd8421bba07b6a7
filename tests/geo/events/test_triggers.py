"""The event phrases: every pattern's cheap first look (its hints) must never hide one of its matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geo.events.triggers import PATTERNS, find_triggers

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SENTENCES = [
    "Fires have broken out in residential buildings as a result of a Russian attack in Mykolaiv.",
    "Ukrainian drones, operated by the SBU, launched an attack on the Borisoglebsk airfield.",
    "The Ukrainian counter-attack targeted the villages of Lozove and Bilohirka.",
    "The enemy used guided aerial bombs and drones on the Malomykhailivka community.",
    "The aggressor directed a UAV at the Samarivskyi district, and drones attempted to attack the plant.",
    "It was loud in the district center after the shelling, Lysak said.",
    'Russia launched its "largest attack in recent years" on Kropyvnytskyi overnight.',
    "The Russian Air Force launched three CABs at the Zolochiv community.",
    "Molniya-2 drones dropped FPVs in the Kyivskyi district, and Russian Shahed drones attack Kharkiv.",
    "Russian troops had managed to move part of their forces across the Oskil.",
    "The biggest damage was caused to Buchansky district after the shelling, Pavlyuk said.",
    "Russian forces pushed back slightly from Ukraine's Mykolayiv, says governor",
    "Ukrainian Armed Forces shell the Antonovka Bridge near Kherson, Stremousov said.",
    "The refinery in Russian Orsk is under attack, Kovalenko said.",
    "The occupiers control almost the entire settlement of Rubizhne, Haidai said.",
    "Due to the Russian attack, Kremenchuk was completely cut off from electricity, the mayor said.",
    "Chornomorsk was completely without power following a Russian attack.",
    "Russia said its forces were tightening their encirclement of Ukrainian troops in the city of Pokrovsk.",
    "Russian troops are encircling Kupiansk from the north and east, the ministry said.",
    "Deputy Defense Minister Hanna Maliar also announced the release of Makarivka on Sunday.",
    "Eyewitnesses reported a drone raid on the airfield in Saky, the channel said.",
    "Nine drones were neutralized, with six impacting the town of Starodub, the governor said.",
    "Ukrainian troops breached the Russian border near the village of Tetkino, bloggers said.",
    "Russian forces claimed the key mining town of Toretsk on Friday, the ministry said.",
    "There are hits on two critical infrastructure objects in the Stryi district, the governor said.",
    "Russian forces have edged Ukrainian troops out of the refractory plant in Chasiv Yar.",
    "Ukrainian soldiers forced the Russian army to retreat from the Kanal district in Chasiv Yar.",
    "A Russian strike battered the regional administration building in Mykolaiv, the governor said.",
    "An attack using missiles and drones was carried out in Kyiv at night, the mayor said.",
    "Two bombardments of Svatove were recorded by the Russian-installed authorities.",
    "Two unmanned aerial vehicles (UAVs) fell on the territory of the Engels airbase overnight.",
    "The air force said it downed 45 of 60 Shahed drones launched overnight at Kyiv and Odesa regions.",
    "Partisans blew up a Russian military train near Tokmak, the intelligence directorate said.",
    "As a result of the attack, a fire broke out at the oil depot in Tambov region, the governor said.",
    "Lyman has been fought over since Ukraine routed Russian forces in the nearby Kharkiv region.",
    "Soldiers confirmed the loss of all their positions in the Serebryanskoye forestry.",
    "Strikes have been observed in the temporarily occupied city of Tokmak, the mayor said.",
    "A blow to a Kharkiv infrastructure facility was reported overnight, the mayor said.",
    "Among the targets was the Burshtyn power plant, the operator said.",
    "Russia accused Ukraine of attacking the Kerch bridge with naval drones.",
    "According to DeepState, Ukrainian forces have restored positions near Kolisnykivka on Monday.",
    "The plant in the Ivano-Frankivsk region was hit in Russia's overnight strike, a spokesman said.",
    "Klishchiivka was cleared of Russians, Oleksandr Syrsky posted on Telegram.",
    "Russian occupiers covered the Tsentralnyi district of Kherson with massive fire, the mayor said.",
    "ISW reports that geolocated footage confirms Russian presence in eastern Yelizavetivka.",
    "Two people were killed in Dnipro; there are also casualties in Synelnykove.",
    "The units of the Defense Forces carried out an organized maneuver near the settlements of Lysivka.",
    "Footage geolocated by CNN showed Ukrainian forces in the town of Volokhiv Yar on Wednesday.",
    "The ministry said the villages of Druzhba and Krymske, northeast of Toretsk, have been taken this week.",
    "Last year saw Avdiivka fall to the Russian onslaught, with Kurakhove falling.",
    "Injuries were reported across the nation, including in the western Lviv region.",
    "Moscow said its forces were occupying Lukyantsi and Hlyboke in the Kharkiv region.",
    "The village of Tetkino experienced six attacks on its livestock complex, the governor said.",
    "The city of Kramatorsk has been the target of attacks for the second day in a row.",
    "Russian troops on Wednesday took charge of the eastern Ukrainian town of Vuhledar, a bastion.",
    "Damage was reported in Pavlohrad itself, as well as in the Ternivka and Mezhyrich communities.",
    "Ukrainian troops have moved from the village to more prepared positions, the spokesman said.",
    "Torske has been taken, and so has Drobysheve on the other side of the road.",
    "The city of Sievierodonetsk has faced relentless Russian bombardment for weeks.",
    "A drone attack set two fuel tanks on fire at the depot in Tikhoretsk, the governor said.",
    "Russia carried out attacks on energy facilities in the Lviv region overnight.",
    "Attacks were also reported in the Sumy and Kharkiv regions, officials said.",
    "Video showed a drone slamming into an apartment block in Krasnogorsk.",
    "Geolocated video shows their progress in western Robotyne, the analysts wrote.",
    "The Ukrainian army relinquished control of the village of Vodiane after weeks of assaults.",
    "Marines took up positions near Krynky on the left bank, the spokesman said.",
    "Avdiivka was the first large town to capitulate under Russia's winter offensive.",
    "The AFU achieved some successes to the south of the settlement of Klishchiivka.",
    "Moscow had earlier declared full control of Verbove, a village in the Zaporizhzhia region.",
    "The village of Krynky was first grabbed by Ukrainian amphibious troops in October.",
    "Ukrainian forces have reportedly vacated the settlement of Synkivka, the regional head said.",
    "Troops were regrouped from the Balakliia and Izium areas to the Donetsk region, the ministry said.",
    "Krasnohorivka and Hostre were reportedly taken during heavy fighting.",
    "Andriivka is one of the villages that Ukraine claimed back in its 2023 counteroffensive.",
    "Putin congratulated the army for gaining control over the town of Kupiansk.",
    "Russian troops established positions in the village of Krasnohorivka, the spokesman said.",
    "The Ukrainian tricolour flies over Kupiansk again.",
    "Marinka, a town the Ukrainians held for months, is the latest settlement to fall to Russian forces.",
    "The governor reported the attack of a drone on the oil depot in Valuyki.",
    "The brigade lost two positions near Hryhorivka, a blogger claimed.",
    "Ukrainian troops mounted a successful counterattack near Avdiivka.",
    "Thousands of homes flooded after the destruction of the Nova Kakhovka dam on Tuesday.",
    "Traffic on the Kerch bridge was halted after an attack Moscow blamed on Kyiv.",
    "A woman was injured as a result of the fall of the wreckage of downed drones in Fastiv.",
    "Russian troops killed one civilian in northeastern Kharkiv Oblast, the governor said.",
    "Units of the Defense Forces moved to new lines west of Berdychi and Semenivka, the commander said.",
    "Forty attacks hit the region overnight; the most affected were Orikhiv and Stepnohirsk.",
    "The village of Mykolaivske was left without electricity due to shelling.",
    '"Andriivka is ours," the deputy minister wrote.',
    "Ukrainian forces recaptured Izium and re-took the nearby villages.",
    "The liberation of Kherson was celebrated; the recapture of Lyman followed.",
    "Russian troops stormed Bakhmut and overran Soledar.",
    "Wagner fighters managed to take control of Soledar.",
    "The storming of Mariupol lasted weeks.",
    "It began with a breakthrough of the defence of the Russian army near Balakliia.",
    "The villages of Pylna and Strilecha were taken by Russian forces.",
    "Russian forces have moved into Krasnohorivka and now control most of Marinka.",
    "Units were repositioned from Lukiantsi after the enemy achieved tactical success near Vovchansk.",
    "Russian forces occupied Kherson in March.",
    "Ukrainian forces had moved out of Kamianske, a spokesman said.",
    "Ukrainian troops pushed Russian units back from Stepove.",
    "Ukraine gained full control over the town of Lyman.",
    "Russian forces took Popasna in May.",
    "Ukrainian forces broke through near Robotyne and made gains near Verbove.",
    "Ukraine launched a large-scale counter-offensive in the south.",
    "The counteroffensive around Kharkiv surprised Russia.",
    "Kyiv's forces announced robust gains; the offensive began on Tuesday.",
    "Ukrainian units reached the state border north of Kharkiv.",
    "The Ukrainian flag was raised over Kupiansk; residents waved flags.",
    "Soldiers were holding the blue-and-yellow flag in Balakliia.",
    "Ukrainian forces on the outskirts of Lysychansk were reported.",
    "Russia lost Kupiansk, and the loss of Izium hurt it.",
    "Soledar fell to Russian forces in January.",
    "Russian troops withdrew, pulled back, ceded ground, abandoned Lyman and fled; others were thrown back.",
    "The Kakhovka dam was destroyed; the bridge collapsed.",
    "Russian forces shelled Nikopol; a missile strike hit Odesa; drones attacked Kharkiv.",
    "Kherson came under heavy shelling; explosions rocked Belgorod.",
    "Ukrainian forces crossed the Dnipro near Krynky; Russian forces pounded Kharkiv with missiles.",
    "Ukrainian troops cleared Lyman and clawed back ground; Russian troops left Kherson.",
    "DeepState marked Sotnytskyi Kozachok as occupied; Prechystivka was occupied in June.",
    "Russian troops gained a foothold in Krynky.",
    "Avdiivka fell after the fall of Marinka; Novooleksandrivka was claimed by Russia.",
    "Ukrainian defenders repelled 12 attacks near Nevske; Russian assaults near Terny were repulsed.",
    "Ukrainian forces are maintaining positions in Krynky, which remains under Ukrainian control.",
    "Russian forces continued offensive operations near Toretsk; fighting continues near Vovchansk.",
    "The Zapad group inflicted losses on Ukrainian units near Terny.",
    "Russian troops moved forward near Ocheretyne and are closing in on Pokrovsk.",
    "The enemy used multiple launch rocket systems near Chasiv Yar.",
    "Russian forces destroyed an enemy mortar unit north of Vuhledar.",
    "Russia launched 40 drones at Odesa; Vuhledar is now under Russian control.",
    "Russian airstrikes and air-strikes hit Kharkiv; Ukrainian forces counterattacked near Krynky.",
    "Ukraine recaptured Kupiansk and retook Izium; the re-capture of Lyman followed.",
    "Ukraine's Defense Forces achieved success near Robotyne and de-occupied Staromaiorske.",
    "Moscow said on Friday that its troops had taken Krasnohorivka.",
    "Analysts confirmed the advance of Ukrainian troops into the Kursk region.",
    "The border crossing point was destroyed; drones damaged the checkpoint.",
    "Hirske came under the control of the Luhansk People's Republic.",
    "The Russian army has sealed off a large Ukrainian group north of Kupiansk.",
    "Russian forces were encircled in Lyman; Ukrainian units trapped in Avdiivka withdrew.",
    "The gains leave Ukrainian troops in Zolote almost completely surrounded.",
    'Russian troops were making a "partly successful" attack towards the village of Bila Hora.',
    "Ukrainian fighters in Mariupol surrendered; others laid down their arms or capitulated.",
    "Russian forces now occupy the villages of Pishchane and Novoiehorivka.",
    "Moscow claimed control of Avdiivka; Russian forces expanded their foothold in Chasiv Yar.",
    "Ukrainian units attacked Sverdlikovo and Martynovka; the first fell, the second was taken overnight.",
    "Russian assault teams improved their tactical positions near Novomykhailivka.",
    "Russian troops breached the defence of Ukrainian forces northwest of Verbove.",
    "In Yunakivka, the enemy dropped four mines; grenades were dropped from a drone on Khotin.",
    "Then the village of Kurkovichi was subjected to shelling, after the attack on the village of Klimovo.",
    "The attacks affected the Myropillia, Krasnopillia and Bilopillia hromadas.",
    "The last Ukrainian troops were evacuated from Azovstal in Mariupol.",
    "Among the areas now fully under Russian control are the villages of Kindrativka and Oleksiivka.",
    "Pushilin admitted that his forces no longer fully controlled Drobysheve.",
    "The areas of Bachivsk and Khotin were affected by Russian artillery fire.",
    "Yesterday, there were arrivals in Lyptsi and in Kharkiv.",
    "Eight mortar rounds were fired against the village of Poroz.",
    "Ukraine says troops cross Oskil river; Ukrainian troops have pushed across the Oskil.",
    "Kherson and Bilozerka came under enemy attacks; the Russians launched a Shahed UAV on Izium.",
    "Ukrainian defence forces have pushed the enemy back near Novokostiantynivka.",
    "In Rylsk, two drones flew into apartment buildings.",
    "Near Kovpynka village - two arrivals; near Senkivka - four attacks, probably from a mortar.",
    "Other affected settlements include: Bochkove and Budarky.",
    "It was decided to regroup the troops located near Izium; they were ordered to leave Balakliia.",
    "The town of Sudzha has been cleared of Russian troops.",
    "The Russians killed two residents in Kurakhove; two people were injured in Russian attacks.",
    "Russian troops infiltrated Kupiansk.",
    "Russian forces have outflanked Ukrainian positions in the Prechystivka area.",
    "The establishment of control by the Russian army over the village of Shumy was announced on Saturday.",
    "The invaders fired mortars near Karpovychi; the attacks targeted areas near Senkivka.",
    "Russian forces are in control of Vuhledar and have taken over Kurakhove; the enemy is now in Hostre.",
    "The situation escalated after the Armed Forces of Ukraine invaded the territory of the Kursk region.",
    "Russian forces have pushed the front line to Zvirove; DeepState reported the occupation of Zelene Pole.",
    "Successes are noted near Topoli; the monitors saw the creation of a foothold near Krasne Pershe.",
    "Russian forces progressed near Vodiane; Kurakhove is occupied by Russian forces.",
    "Russian troops have moved west of Stepove; further advancements have been noted south of Pervomaiske.",
    "The Russian army has already penetrated into the Sumy Region.",
    "The Russian army en masse left almost the entire occupied part of Kharkiv region.",
    "Information about the escape of Russians from Izyum appeared on September 10.",
    "The enemy launched an attack, presumably using Shahed-type UAVs, on the Saltivka district of Kharkiv.",
    "One person was killed by a Russian drone in Novopavlivka; two cars caught fire after the attack.",
    "Ukrainian forces cleared the village of Krynky; the settlement went under control of the Russian army.",
    "DeepState identified the settlements of Dachne, Novyi Trud and Vovkove as captured.",
    "The governor said a drone fell on the grounds of the refinery and debris crashed into a house.",
    "Ukraine launched a large-scale incursion into the Kursk region last August.",
    "The occupation administration reported that Russian troops were leaving Vovchansk.",
    "The Ukrainian Defense Forces continue their advance southeast of Petropavlivka.",
    "The occupiers are consolidating in Ustynivka; the Russians are entrenching themselves in Toshkivka.",
    "The ministry said control over the village of Kozinka has been fully restored.",
    "Ukrainian forces returned Ruska Lozova, Kharkiv region, under control.",
    "Near Kurakhove, a Ukrainian company found itself encircled.",
    "The governor said Basivka and Veselivka were now held by Russian forces.",
    "The regional administration said the attack happened in the town of Bilopillia.",
    "Over the past day, there were 212 attacks on 11 settlements of the Zaporizhzhia region.",
    "The governor said Chernihiv was effectively cut off by Russian troops.",
    "Ukraine mounted a cross-border attack into Russia's Belgorod region in March.",
    "The ministry said its South grouping holds parts of Kostiantynivka.",
    "Ukraine left the village of Lastochkyne after Russia claimed its capture.",
    "Kherson, Antonivka and Beryslav suffered from terrorist aggressions.",
    "Shoigu claimed that the village of Krynky is “completely” under Russian control.",
    "Overnight the attack was directed against power substations in the Volyn and Rivne regions.",
    "The targets were transformer stations in the Chernivtsi and Ternopil regions, the ministry said.",
    "The occupiers shell the border every day and fire at Bilopillia with mortars.",
    "The nearby Vesele was also taken, according to the regional governor.",
    "The enemy launched another combined attack on Zaporizhzhia before dawn.",
    "The ministry announced the “liberation” of Hrodivka and the 'complete capture' of Zhelanne.",
    "Russian forces control several settlements in the Sumy region, including Zhuravka and Basivka.",
    "The gain follows their recent occupation of Sieverne.",
    "Near Tykhe, Ukrainian units were withdrawn to prepared positions, the spokesman said.",
    "Hlyboke is already under Russian control, the ministry claimed.",
    "A drone dropped an explosive device on a tractor in Tetkino.",
    "In the Pokrovska community there were no casualties, the governor added.",
    "The occupiers fired using tanks, mortars and MLRS at the areas of Dibrivne and Mazanivka.",
    "Moscow, which has suffered a string of drone attacks on Sevastopol, said nothing.",
    "Derhachi was fired upon with heavy weapons; the Russians used phosphorus munitions near Tsyrkuny.",
    "On Saturday Russia claimed the nearby village of Lozuvatske.",
    "Russia launched 99 attacks on Kherson Oblast, killing one person.",
    "The occupiers also launched an attack on Chervonohryhorivka community overnight.",
    "The footage shows the explosion of a railway bridge near Kupiansk after an unsuccessful attack.",
    "The strike impacted power lines; the enemy terrorized Nikopol as Russian troops carved out a salient.",
    "The occupiers came under our artillery and were forced to run from their positions near Zolotarivka.",
    "A Ukrainian attack set a gasoline tank ablaze at the Tuapse oil complex; the crew ran away from it.",
    "An explosive carried by a drone detonated just outside the plant; a device exploded near Enerhodar.",
    "Syrskyi said four villages had already been returned to control in the Novopavlivka direction.",
    "The town was temporarily occupied by Russian troops; a surprise offensive went into the Kursk region.",
    "Moscow has been on alert since a surprise offensive into the Kursk region.",
    "The pro-Moscow forces opened a new front on the coast, taking the town of Novoazovsk.",
    "The Ukrainian military says it has brought soldiers across the Oskil River.",
    "Fire of high intensity was reported in the area of Zaytsevo; victims of enemy fire in Vyshgorod rose.",
    "The army cleaned Trostianets from Russian invaders; a tank division had rolled into Trostyanets.",
    "Drones hit Dnipro; there was a loud noise in Dnipro; Polohy is under fire by Ukrainian forces.",
]


def corpus() -> list[str]:
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted(FIXTURES.rglob("*.md")) + sorted(FIXTURES.rglob("*.txt"))
    ]
    return SENTENCES + [line for text in texts for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.regex.pattern[:30])
def test_every_match_of_a_pattern_holds_one_of_its_hints(pattern) -> None:
    matches = [m.group().lower() for text in corpus() for m in pattern.regex.finditer(text)]

    assert matches, "the corpus should exercise every pattern"
    # a hint starts a word of the match: words are looked up by their first letters
    missed = [
        m for m in matches if not any(re.search(rf"(?<![a-z]){re.escape(h)}", m) for h in pattern.hints)
    ]
    assert missed == []


def test_a_sentence_with_no_event_word_has_no_trigger() -> None:
    assert find_triggers("Officials met in Kyiv to discuss the grain deal.") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "the Antonivskyi Bridge",
        "two bridges",
        "the Kakhovka dam",
        "river crossings",
        "a pontoon",
        "the HPP",
        "the hydroelectric plant",
    ],
)
def test_every_crossing_word_holds_a_quick_hint(phrase):
    from geo.events.triggers import CROSSING_HINTS, CROSSINGS

    match = CROSSINGS.search(phrase)
    assert match is not None
    assert any(hint in match.group().lower() for hint in CROSSING_HINTS)


def test_drones_that_flew_into_buildings_struck_them() -> None:
    [trigger] = find_triggers("In Rylsk, drones flew into two five-story apartment buildings.")

    assert trigger.event_type == "strike"


def test_an_aircraft_that_crashed_into_a_building_is_no_strike() -> None:
    assert find_triggers("A Su-34 bomber crashed into a residential building in Yeysk.") == []
