/// Words the generator draws from: real places with real country codes, accented and CJK names,
/// and the phrasing of the shipped summaries, so text widths and sanitising cost what real data costs.
enum Vocabulary {
    struct City {
        var name: String
        var slug: String
        var country: String
    }

    static let cities: [City] = [
        ("Brussels", "brussels", "BE"), ("Rome", "rome", "IT"), ("Marrakesh", "marrakesh", "MA"), ("Rabat", "rabat", "MA"),
        ("Niamey", "niamey", "NE"), ("Washington", "washington", "US"), ("Paris", "paris", "FR"), ("London", "london", "GB"),
        ("Berlin", "berlin", "DE"), ("Kuwait City", "kuwait-city", "KW"), ("Baghdad", "baghdad", "IQ"), ("Erbil", "erbil", "IQ"),
        ("Amman", "amman", "JO"), ("Riyadh", "riyadh", "SA"), ("Doha", "doha", "QA"), ("Abu Dhabi", "abu-dhabi", "AE"),
        ("Ankara", "ankara", "TR"), ("Nouakchott", "nouakchott", "MR"), ("Cotonou", "cotonou", "BJ"), ("Lomé", "lome", "TG"),
        ("Yaoundé", "yaounde", "CM"), ("N'Djamena", "ndjamena", "TD"), ("Abuja", "abuja", "NG"), ("Mogadishu", "mogadishu", "SO"),
        ("Nairobi", "nairobi", "KE"), ("Addis Ababa", "addis-ababa", "ET"), ("Tunis", "tunis", "TN"), ("Cairo", "cairo", "EG"),
        ("Bogotá", "bogota", "CO"), ("Asunción", "asuncion", "PY"), ("Reykjavík", "reykjavik", "IS"), ("Kraków", "krakow", "PL"),
        ("Chișinău", "chisinau", "MD"), ("Prishtinë", "prishtine", "XK"), ("Skopje", "skopje", "MK"), ("Tbilisi", "tbilisi", "GE"),
        ("Tashkent", "tashkent", "UZ"), ("Tokyo", "tokyo", "JP"), ("Seoul", "seoul", "KR"), ("Taipei", "taipei", "TW"),
        ("Kuala Lumpur", "kuala-lumpur", "MY"), ("Manila", "manila", "PH"), ("Singapore", "singapore", "SG"), ("Canberra", "canberra", "AU"),
        ("Wellington", "wellington", "NZ"), ("Ottawa", "ottawa", "CA"), ("Lisbon", "lisbon", "PT"), ("Madrid", "madrid", "ES"),
        ("Athens", "athens", "GR"), ("Nicosia", "nicosia", "CY"), ("Copenhagen", "copenhagen", "DK"), ("Oslo", "oslo", "NO"),
        ("The Hague", "the-hague", "NL"), ("Warsaw", "warsaw", "PL"), ("Bucharest", "bucharest", "RO"), ("Kinshasa", "kinshasa", "CD"),
        ("Bangui", "bangui", "CF"), ("Ouagadougou", "ouagadougou", "BF"), ("Conakry", "conakry", "GN"), ("Djibouti", "djibouti", "DJ"),
        ("Tripoli", "tripoli", "LY"), ("Beirut", "beirut", "LB"), ("Muscat", "muscat", "OM"), ("Manama", "manama", "BH"),
        ("Sarajevo", "sarajevo", "BA"), ("Zagreb", "zagreb", "HR"), ("Ljubljana", "ljubljana", "SI"), ("Bratislava", "bratislava", "SK"),
    ].map { City(name: $0.0, slug: $0.1, country: $0.2) }

    /// Regions and countries records say they concern; weighted towards where the Coalition works.
    static let concerns = [
        "africa", "sub-saharan-africa", "western-africa", "northern-africa", "eastern-africa", "middle-africa",
        "western-asia", "southern-asia", "europe", "world", "world", "IQ", "IQ", "SY", "SY", "AF", "NE", "NG", "ML",
        "SO", "MZ", "LY", "BF", "TD", "CD",
    ]
    static let africanConcerns = ["africa", "sub-saharan-africa", "western-africa", "eastern-africa", "NE", "NG", "ML", "BF", "SO", "MZ", "TD"]

    static let people = [
        "José Manuel Albares", "Sigrid Kaag", "Mevlüt Çavuşoğlu", "Jean-Yves Le Drian", "Nasser Bourita", "Hassoumi Massaoudou",
        "Luigi Di Maio", "Antony Blinken", "Annalena Baerbock", "Søren Pind", "Ayman Safadi", "Fuad Hussein",
        "Hayashi Yoshimasa (林芳正)", "Park Jin (박진)", "Nikos Dendias", "Penny Wong", "Mélanie Joly", "Þórdís Kolbrún Gylfadóttir",
    ]

    static let subjects = ["Ministers", "Partners", "Political directors", "The co-chairs", "Members of the Coalition", "Participants"]
    static let verbs = [
        "reaffirmed their commitment to", "welcomed progress in", "agreed to step up", "called for sustained support to",
        "condemned attacks that undermine", "noted the need for", "pledged new funding for", "endorsed a plan on",
    ]
    static let objects = [
        "stabilization programmes in areas liberated from Daesh", "the repatriation of foreign terrorist fighters and their families",
        "efforts to counter Daesh's online propaganda", "civilian capacity-building against ISIS affiliates",
        "the fight against terrorist financing networks", "the protection of civilians in conflict zones",
        "the work of the Counter-ISIS Finance Group", "the détente between partner forces and local communities",
        "the humanitarian response in camps such as al-Hol", "border security and the sharing of battlefield evidence",
    ]
    static let places = [
        " in %country", " across %region", " in the Sahel and the Lake Chad basin", " in north-east Syria", "", "",
    ]
    static let clauses = [
        ", noting the work of %country as host", ", with %person recalling the Rome communiqué", ", as the 外務省 readout put it",
        ", citing the January 2022 attack on the Al-Sinaa prison", ", and asked the working groups to report back within a year",
        ", while stressing the rôle of civil society", ", in line with the 联合国 Security Council resolutions",
    ]
    static let quotes = [
        "the lasting defeat of Daesh", "the number one priority", "a comprehensive and sustained approach",
        "la lutte contre le terrorisme au Sahel", "持続的な支援", "shoulder to shoulder with our African partners",
    ]
    static let outcomes = [
        "Partners agreed a common, long-term strategy against Daesh.", "Ministers endorsed the Africa Focus Group Action Plan.",
        "The co-chairs announced new pledges for stabilization in Iraq and Syria.",
        "Participants welcomed %country as the Coalition's newest member.", "Working groups were asked to report within a year.",
        "Délégués agreed to meet again before the end of the year.",
    ]
    static let firsts = ["First Coalition meeting held in %country", "First meeting chaired jointly with an African partner"]
    static let notes = [
        "The readout gives no attendance figure.", "Press reports differ on who chaired the closing session.",
        "The Japanese readout (外務省) names the meeting differently.", "Later sources date the meeting a day earlier.",
    ]
    static let sessionFormats = [
        "Plenary at %country's invitation", "Senior officials' session within a political directors' meeting",
        "Virtual session of the co-chairs", "Expert-level workshop on civilian capacity-building",
    ]

    struct Publisher {
        var name: String
        var site: String
        var reliability: String
    }

    static let publishers: [Publisher] = [
        ("U.S. Department of State", "https://www.state.gov/", "official"),
        ("Global Coalition against Daesh (theglobalcoalition.org)", "https://theglobalcoalition.org/en/", "official"),
        ("Ministère de l'Europe et des Affaires étrangères", "https://www.diplomatie.gouv.fr/fr/", "official"),
        ("Farnesina", "https://www.esteri.it/it/", "official"),
        ("外務省 (Ministry of Foreign Affairs of Japan)", "https://www.mofa.go.jp/mofaj/", "official"),
        ("MAP (Maghreb Arabe Presse)", "https://www.mapexpress.ma/", "secondary"),
        ("Agence France-Presse", "https://www.afp.com/fr/", "secondary"),
        ("Kuwait Times", "https://www.kuwaittimes.com/", "secondary"),
        ("Le Sahel (Niamey)", "https://www.lesahel.org/", "secondary"),
        ("Wikipedia", "https://en.wikipedia.org/wiki/", "weak"),
    ].map { Publisher(name: $0.0, site: $0.1, reliability: $0.2) }

    static let officialPublishers = publishers.filter { $0.reliability == "official" }
}
