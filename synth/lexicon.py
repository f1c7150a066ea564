"""Per-language word lists the invented values are built from. Every person, street, number and
account they make is invented; towns are real places so that addresses read naturally.
"""

from __future__ import annotations

from typing import Any

_SPLIT = str.split

LEXICON: dict[str, dict[str, Any]] = {
    "en": {
        "given": _SPLIT("Paul Sarah David Emma James Olivia Michael Grace Daniel Chloe Thomas "
                        "Megan Robert Hannah Kevin Laura Steven Rachel Gary Joanne Liam Aisha "
                        "Connor Priya Marcus Bethany Declan Naomi Trevor Shannon Wesley Ruth"),
        "surname": _SPLIT("Okonjo Whitfield Brennan Hollis Marsh Pemberton Carver Dunleavy "
                          "Ashby Keating Rowntree Fairclough Mulligan Thornbury Haskins Ellery "
                          "Gorman Lattimer Oduya Prescott Radcliffe Sumner Tennant Voss Wadsworth "
                          "Yeomans Blakemore Cusack Dalgleish Forsythe"),
        "towns": _SPLIT("Leeds Bristol Dayton Spokane Norwich Reading Tacoma Lincoln Albany "
                        "Wakefield Derby Fresno Boise Swindon Duluth Perth"),
        "street_names": _SPLIT("Mill Church Station Oak Victoria Maple Chestnut Hawthorn Park "
                               "Willow Elm Granville Ashford Cedar Kingsley Linden"),
        "street_kinds": _SPLIT("Road Street Lane Avenue Close Drive Crescent Way"),
        "months": _SPLIT("January February March April May June July August September "
                         "October November December"),
        "jobs": ["nurse", "teacher", "receptionist", "bus driver", "security guard",
                 "pharmacist", "paralegal", "dental hygienist", "warehouse supervisor",
                 "barista", "hairdresser", "accountant", "school librarian", "care worker",
                 "delivery driver", "estate agent", "physiotherapist", "lab technician",
                 "call centre agent", "bank clerk", "IT support technician", "plumber",
                 "primary school teacher", "night porter", "sales assistant",
                 "payroll officer", "veterinary nurse", "postal worker"],
        "employer_forms": ["{surname} & Sons Plumbing", "{town} General Hospital",
                           "the Tesco Extra in {town}", "{town} Grammar School",
                           "{surname} Dental Practice", "Northgate Logistics",
                           "{town} City Council", "the Lloyds branch on {street_name} Street",
                           "Brightwater Care Home", "{surname} Estate Agents",
                           "the Amazon warehouse outside {town}", "{town} Community College",
                           "Harbourside Veterinary Clinic", "{surname} Accountancy"],
        "org_forms": ["{town} Museum", "{town} Public Library", "{town} Town Hall",
                      "{town} Tourist Information Centre", "the {town} Historical Society"],
        "id_kinds": [("Social Security number", "ssn"), ("SSN", "ssn"),
                     ("National Insurance number", "nino"), ("NHS number", "nhs"),
                     ("passport number", "passport9"), ("driving licence number", "ukdl")],
        "ns": {"user": "User", "user_talk": "User talk", "talk": "Talk",
               "project": "Wikipedia", "contribs": "Special:Contributions",
               "file": "File", "talk_word": "talk"},
        "phone_forms": ["07700 900{d3}", "+44 7700 900{d3}", "020 7946 0{d3}",
                        "0113 496 0{d3}", "(415) 555-01{d2}", "+1 202-555-01{d2}",
                        "555-01{d2}", "07700900{d3}"],
        "postcode_forms": ["LS{d1} {d1}QT", "BS{d1} {d1}HJ", "OH 4{d4}", "WA 99{d3}"],
        "email_domains": ["example.com", "example.org", "example.net", "mail.example.com"],
    },
    "de": {
        "given": _SPLIT("Lukas Anna Jonas Lea Stefan Julia Tobias Katrin Markus Sabine Florian "
                        "Nicole Matthias Jana Dominik Melanie Sebastian Franziska Andreas Ute "
                        "Henrik Ilse Kai Birgit Torsten Heike"),
        "surname": _SPLIT("Hofmann Brandt Kessler Vogt Lindner Schäfer Krüger Wendt Brückner "
                          "Hartung Pohl Seidel Engel Kühn Albrecht Lorenz Sommer Haas Ziegler "
                          "Reinholz Scholl Dietrich Möller Jäger Huber"),
        "towns": _SPLIT("Bielefeld Kassel Göttingen Paderborn Rostock Erfurt Ulm Passau Trier "
                        "Landshut Fulda Siegen Gera Wetzlar"),
        "street_names": _SPLIT("Linden Birken Bahnhof Schiller Goethe Garten Kirch Rosen Berg "
                               "Mühlen Eichen Am Anger Friedhof Wiesen"),
        "street_kinds": ["straße", "weg", "gasse", "allee", "ring", "str."],
        "months": _SPLIT("Januar Februar März April Mai Juni Juli August September Oktober "
                         "November Dezember"),
        "jobs": ["Krankenpfleger", "Grundschullehrerin", "Erzieherin", "Busfahrer",
                 "Sachbearbeiter", "Kassiererin", "Altenpflegerin", "Steuerfachangestellte",
                 "Hausmeister", "Apotheker", "Physiotherapeutin", "Bankkaufmann",
                 "Lagerist", "Friseurin", "Elektriker", "Sozialarbeiterin", "Zahnarzthelferin",
                 "Polizeibeamter", "Postbote", "Verkäuferin", "IT-Administrator",
                 "Rettungssanitäter", "Bibliothekarin", "Schreiner"],
        "employer_forms": ["Bäckerei {surname}", "Autohaus {surname}", "Klinikum {town}",
                           "Sparkasse {town}", "Stadtwerke {town}", "{surname} GmbH",
                           "Gymnasium am {street_name}berg", "Pflegeheim Sonnenhof",
                           "der Edeka-Markt in {town}", "Steuerkanzlei {surname}",
                           "Zahnarztpraxis Dr. {surname}", "Spedition {surname} & Co. KG"],
        "org_forms": ["Stadtmuseum {town}", "Stadtbibliothek {town}", "Rathaus {town}",
                      "Tourist-Information {town}", "Heimatverein {town} e. V."],
        "id_kinds": [("Personalausweisnummer", "de_pa"), ("Steuer-ID", "digits11"),
                     ("Steueridentifikationsnummer", "digits11"),
                     ("Sozialversicherungsnummer", "de_sv"), ("Reisepassnummer", "de_pa")],
        "ns": {"user": "Benutzer", "user_talk": "Benutzer Diskussion", "talk": "Diskussion",
               "project": "Wikipedia", "contribs": "Spezial:Beiträge", "file": "Datei",
               "talk_word": "Diskussion"},
        "phone_forms": ["0151 555 0{d3}", "030 555 01{d2}", "+49 170 5550{d3}",
                        "0221/5550{d3}", "089 555 01 {d2}", "01765550{d3}"],
        "postcode_forms": ["{d5}"],
        "email_domains": ["example.de", "example.com", "mail.example.de", "example.org"],
    },
    "fr": {
        "given": _SPLIT("Julien Camille Nicolas Léa Mathieu Chloé Antoine Manon Sébastien "
                        "Élodie Guillaume Pauline Romain Aurélie Thibault Margaux Yannick "
                        "Sandrine Karim Nadia Loïc Amandine"),
        "surname": _SPLIT("Lefebvre Moreau Girard Bonnet Dupuis Lambert Fontaine Rousseau "
                          "Garnier Chevalier Mercier Blanchard Guérin Perrin Roussel Boyer "
                          "Lemaire Faure Renaud Caron Benali Marchand"),
        "towns": _SPLIT("Angers Limoges Besançon Poitiers Annecy Valence Quimper Nancy "
                        "Chambéry Colmar Niort Lorient"),
        "street_names": ["des Lilas", "Victor-Hugo", "de la Gare", "du Moulin", "des Écoles",
                         "Jean-Jaurès", "de la République", "des Tilleuls", "Pasteur",
                         "du Château", "des Acacias", "Gambetta"],
        "street_kinds": ["rue", "avenue", "boulevard", "allée", "impasse", "chemin"],
        "months": _SPLIT("janvier février mars avril mai juin juillet août septembre "
                         "octobre novembre décembre"),
        "jobs": ["infirmière", "professeur des écoles", "aide-soignante", "chauffeur de bus",
                 "agent de sécurité", "pharmacienne", "secrétaire médicale", "comptable",
                 "caissière", "boulanger", "conseiller bancaire", "facteur", "kinésithérapeute",
                 "éducatrice", "technicien informatique", "vendeuse", "agent d'accueil",
                 "gardien d'immeuble", "auxiliaire de vie", "électricien", "bibliothécaire",
                 "surveillant de collège", "ambulancier"],
        "employer_forms": ["la boulangerie {surname}", "le CHU de {town}", "la mairie de {town}",
                           "le Carrefour Market de {town}", "le cabinet {surname} & associés",
                           "le collège Jean-Moulin de {town}", "la pharmacie du Centre",
                           "l'EHPAD Les Glycines", "le Crédit Agricole de {town}",
                           "la société {surname} Transports", "la clinique Saint-Joseph"],
        "org_forms": ["le musée municipal de {town}", "la médiathèque de {town}",
                      "l'office de tourisme de {town}", "la mairie de {town}"],
        "id_kinds": [("numéro de sécurité sociale", "fr_nir"), ("NIR", "fr_nir"),
                     ("numéro de passeport", "fr_passport"),
                     ("numéro de carte d'identité", "digits12")],
        "ns": {"user": "Utilisateur", "user_talk": "Discussion utilisateur",
               "talk": "Discussion", "project": "Wikipédia",
               "contribs": "Spécial:Contributions", "file": "Fichier", "talk_word": "discuter"},
        "phone_forms": ["01 99 00 {d2} {d2}", "06 39 98 {d2} {d2}", "+33 1 99 00 {d2} {d2}",
                        "0639 98 {d2} {d2}", "06.39.98.{d2}.{d2}"],
        "postcode_forms": ["{d5}"],
        "email_domains": ["example.fr", "example.com", "example.org", "courriel.example.fr"],
    },
    "es": {
        "given": _SPLIT("Javier Lucía Alejandro María Sergio Carmen Pablo Marta Diego Laura "
                        "Álvaro Elena Raúl Nuria Iván Rocío Jorge Pilar Adrián Begoña Óscar "
                        "Inés"),
        "surname": _SPLIT("García Fernández Martín Navarro Ortega Delgado Castro Romero "
                          "Iglesias Rubio Molina Herrera Sanz Vidal Morales Cabrera Peña "
                          "Soler Pastor Aguilar Lozano Campos"),
        "towns": _SPLIT("Albacete Logroño Cáceres Huesca Lugo Jaén Palencia Teruel Ourense "
                        "Getafe Alcoy Ponferrada"),
        "street_names": ["Mayor", "del Olmo", "de la Paz", "Real", "de Cervantes",
                         "del Carmen", "San Roque", "de la Iglesia", "Nueva", "del Sol",
                         "de los Almendros", "Goya"],
        "street_kinds": ["calle", "avenida", "paseo", "plaza", "c/", "camino"],
        "months": _SPLIT("enero febrero marzo abril mayo junio julio agosto septiembre "
                         "octubre noviembre diciembre"),
        "jobs": ["enfermera", "profesor de secundaria", "conductor de autobús",
                 "vigilante de seguridad", "farmacéutica", "administrativo", "cajera",
                 "fisioterapeuta", "auxiliar de enfermería", "camarero", "peluquera",
                 "contable", "técnico de laboratorio", "repartidor", "cartero",
                 "dependienta", "recepcionista", "electricista", "maestra de infantil",
                 "teleoperadora", "mecánico", "bibliotecaria"],
        "employer_forms": ["la panadería {surname}", "el Hospital General de {town}",
                           "el ayuntamiento de {town}", "el Mercadona de {town}",
                           "la gestoría {surname}", "el IES Miguel Hernández de {town}",
                           "la farmacia {surname}", "Transportes {surname} S.L.",
                           "la residencia Los Olivos", "la sucursal del Santander en {town}",
                           "la clínica dental {surname}"],
        "org_forms": ["el Museo Municipal de {town}", "la Biblioteca Pública de {town}",
                      "la Oficina de Turismo de {town}", "el Ayuntamiento de {town}"],
        "id_kinds": [("DNI", "es_dni"), ("NIE", "es_nie"), ("NIF", "es_dni"),
                     ("número de la Seguridad Social", "digits12"),
                     ("pasaporte", "es_passport")],
        "ns": {"user": "Usuario", "user_talk": "Usuario discusión", "talk": "Discusión",
               "project": "Wikipedia", "contribs": "Especial:Contribuciones",
               "file": "Archivo", "talk_word": "discusión"},
        "phone_forms": ["612 555 0{d2}", "91 555 01 {d2}", "+34 612 555 0{d2}",
                        "655 50 01 {d2}", "6125550{d2}"],
        "postcode_forms": ["{d5}"],
        "email_domains": ["example.es", "example.com", "correo.example.es", "example.org"],
    },
    "it": {
        "given": _SPLIT("Marco Giulia Luca Francesca Andrea Chiara Matteo Sara Davide Elisa "
                        "Simone Valentina Federico Martina Stefano Ilaria Riccardo Silvia "
                        "Lorenzo Paola Ottavio Nadia"),
        "surname": _SPLIT("Rossi Bianchi Esposito Colombo Ricci Marino Greco Bruno Gallo "
                          "Conti Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri "
                          "Fontana Caruso Ferrara Sartori Pellegrini"),
        "towns": _SPLIT("Cremona Lucca Rovigo Matera Foligno Treviso Pavia Lecce Rieti "
                        "Sondrio Vercelli Chieti"),
        "street_names": ["Garibaldi", "dei Mille", "Roma", "delle Rose", "Mazzini",
                         "San Francesco", "dei Tigli", "XX Settembre", "Dante", "del Borgo",
                         "Cavour", "della Stazione"],
        "street_kinds": ["via", "viale", "piazza", "corso", "vicolo", "largo"],
        "months": _SPLIT("gennaio febbraio marzo aprile maggio giugno luglio agosto "
                         "settembre ottobre novembre dicembre"),
        "jobs": ["infermiera", "insegnante", "autista di autobus", "guardia giurata",
                 "farmacista", "impiegato comunale", "cassiera", "fisioterapista",
                 "operatore socio-sanitario", "barista", "parrucchiera", "commercialista",
                 "tecnico di laboratorio", "corriere", "postino", "commessa",
                 "receptionist", "elettricista", "maestra elementare", "bibliotecaria",
                 "istruttore di guida", "magazziniere"],
        "employer_forms": ["la panetteria {surname}", "l'ospedale civile di {town}",
                           "il comune di {town}", "la Coop di {town}",
                           "lo studio {surname} & associati", "il liceo Galilei di {town}",
                           "la farmacia {surname}", "Trasporti {surname} S.r.l.",
                           "la RSA Villa Serena", "la filiale Intesa di {town}",
                           "l'autoscuola {surname}"],
        "org_forms": ["il Museo civico di {town}", "la Biblioteca comunale di {town}",
                      "l'ufficio turistico di {town}", "il Comune di {town}"],
        "id_kinds": [("codice fiscale", "it_cf"), ("numero della carta d'identità", "it_ci"),
                     ("numero di passaporto", "it_passport"), ("tessera sanitaria", "digits20")],
        "ns": {"user": "Utente", "user_talk": "Discussioni utente", "talk": "Discussione",
               "project": "Wikipedia", "contribs": "Speciale:Contributi", "file": "File",
               "talk_word": "msg"},
        "phone_forms": ["333 555 0{d3}", "02 555 01{d2}", "+39 347 555 0{d3}",
                        "06 5550 1{d3}", "3475550{d3}"],
        "postcode_forms": ["{d5}"],
        "email_domains": ["example.it", "example.com", "posta.example.it", "example.org"],
    },
    "pt": {
        "given": _SPLIT("João Ana Pedro Mariana Rafael Beatriz Tiago Inês Bruno Carolina "
                        "Rodrigo Larissa Gustavo Camila Diogo Fernanda Thiago Juliana Rui "
                        "Sofia Vinícius Patrícia"),
        "surname": _SPLIT("Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida "
                          "Nascimento Carvalho Ferreira Ribeiro Martins Rocha Gomes Barbosa "
                          "Teixeira Moura Cardoso Correia Mendes Lopes"),
        "towns": _SPLIT("Braga Coimbra Aveiro Viseu Leiria Campinas Londrina Sorocaba "
                        "Uberlândia Joinville Guarulhos Setúbal"),
        "street_names": ["das Flores", "Direita", "do Comércio", "Sete de Setembro",
                         "Quinze de Novembro", "da Liberdade", "dos Andradas", "do Sol",
                         "Santo António", "da Igreja", "Augusta", "das Palmeiras"],
        "street_kinds": ["Rua", "Avenida", "Travessa", "Largo", "Praça", "Alameda"],
        "months": _SPLIT("janeiro fevereiro março abril maio junho julho agosto setembro "
                         "outubro novembro dezembro"),
        "jobs": ["enfermeira", "professor", "motorista de autocarro", "segurança",
                 "farmacêutica", "auxiliar administrativo", "caixa de supermercado",
                 "fisioterapeuta", "técnico de informática", "empregado de mesa",
                 "cabeleireira", "contabilista", "recepcionista", "carteiro", "vendedora",
                 "eletricista", "educadora de infância", "bibliotecária", "motorista de Uber",
                 "atendente de call center", "cozinheiro"],
        "employer_forms": ["a padaria {surname}", "o Hospital de {town}",
                           "a Câmara Municipal de {town}", "o Pingo Doce de {town}",
                           "o escritório {surname} Advogados", "a Escola Secundária de {town}",
                           "a farmácia {surname}", "Transportes {surname} Lda.",
                           "o lar Quinta das Rosas", "a agência do Itaú em {town}",
                           "a clínica {surname}"],
        "org_forms": ["o Museu Municipal de {town}", "a Biblioteca Municipal de {town}",
                      "o posto de turismo de {town}", "a Prefeitura de {town}"],
        "id_kinds": [("CPF", "br_cpf"), ("RG", "br_rg"), ("NIF", "digits9"),
                     ("número do cartão de cidadão", "pt_cc"),
                     ("número de contribuinte", "digits9")],
        "ns": {"user": "Usuário(a)", "user_talk": "Usuário(a) Discussão", "talk": "Discussão",
               "project": "Wikipédia", "contribs": "Especial:Contribuições",
               "file": "Ficheiro", "talk_word": "discussão"},
        "phone_forms": ["912 555 0{d2}", "21 555 01{d2}", "+351 912 555 0{d2}",
                        "(11) 95555-01{d2}", "+55 21 5555-01{d2}"],
        "postcode_forms": ["4{d3}-0{d2}", "0{d4}-1{d2}"],
        "email_domains": ["example.pt", "example.com.br", "example.com", "example.org"],
    },
    "nl": {
        "given": _SPLIT("Daan Sanne Bram Lotte Jeroen Femke Thijs Anouk Ruben Marloes Sander "
                        "Ilse Wouter Eline Joost Maaike Niels Fleur Bas Esther Koen Ineke"),
        "surname": ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
                    "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
                    "Brouwer", "van Dijk", "Kok", "Verhoeven", "Timmermans", "Kuipers"],
        "towns": _SPLIT("Zwolle Deventer Amersfoort Leeuwarden Helmond Alkmaar Emmen Venlo "
                        "Gouda Hoorn Assen Roermond"),
        "street_names": _SPLIT("Kerk Dorps Molen Linden Beuken School Stations Rozen Eiken "
                               "Wilhelmina Oranje Hoog"),
        "street_kinds": ["straat", "laan", "weg", "plein", "singel", "gracht"],
        "months": _SPLIT("januari februari maart april mei juni juli augustus september "
                         "oktober november december"),
        "jobs": ["verpleegkundige", "leraar", "buschauffeur", "beveiliger", "apotheker",
                 "administratief medewerker", "caissière", "fysiotherapeut",
                 "verzorgende", "barista", "kapster", "boekhouder", "laborant",
                 "pakketbezorger", "postbode", "verkoopster", "receptioniste",
                 "elektricien", "juf", "bibliothecaris", "conciërge", "ICT-beheerder"],
        "employer_forms": ["bakkerij {surname}", "het ziekenhuis in {town}",
                           "de gemeente {town}", "de Albert Heijn in {town}",
                           "advocatenkantoor {surname}", "het Stedelijk Gymnasium {town}",
                           "apotheek {surname}", "Transportbedrijf {surname} B.V.",
                           "verzorgingshuis De Linde", "de Rabobank in {town}",
                           "tandartspraktijk {surname}"],
        "org_forms": ["het Stedelijk Museum {town}", "de openbare bibliotheek {town}",
                      "de VVV {town}", "het gemeentehuis van {town}"],
        "id_kinds": [("BSN", "digits9"), ("burgerservicenummer", "digits9"),
                     ("paspoortnummer", "nl_passport"), ("rijbewijsnummer", "digits10")],
        "ns": {"user": "Gebruiker", "user_talk": "Overleg gebruiker", "talk": "Overleg",
               "project": "Wikipedia", "contribs": "Speciaal:Bijdragen", "file": "Bestand",
               "talk_word": "overleg"},
        "phone_forms": ["06 5550 0{d3}", "020 555 01{d2}", "+31 6 5550 0{d3}",
                        "06-55500{d3}", "010-5550{d3}"],
        "postcode_forms": ["{d4} AB", "{d4} KL", "{d4}XT"],
        "email_domains": ["example.nl", "example.com", "mail.example.nl", "example.org"],
    },
    "pl": {
        "given": _SPLIT("Piotr Anna Tomasz Katarzyna Michał Agnieszka Paweł Magdalena Marcin "
                        "Joanna Krzysztof Monika Łukasz Ewa Jakub Aleksandra Grzegorz Dorota "
                        "Bartosz Zofia Wojciech Beata"),
        "surname": _SPLIT("Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński "
                          "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk "
                          "Piotrowski Grabowski Pawłowski Michalski Król Wieczorek"),
        "towns": _SPLIT("Radom Rzeszów Kielce Olsztyn Opole Tarnów Płock Elbląg Gniezno "
                        "Legnica Zamość Siedlce"),
        "street_names": ["Długa", "Polna", "Lipowa", "Słoneczna", "Kościuszki", "Mickiewicza",
                         "Ogrodowa", "Leśna", "Szkolna", "Kwiatowa", "Jana Pawła II",
                         "Piłsudskiego"],
        "street_kinds": ["ul.", "ulica", "al.", "os.", "pl."],
        "months": _SPLIT("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września "
                         "października listopada grudnia"),
        "jobs": ["pielęgniarka", "nauczycielka", "kierowca autobusu", "ochroniarz",
                 "farmaceutka", "urzędnik", "kasjerka", "fizjoterapeuta", "opiekunka",
                 "kelner", "fryzjerka", "księgowa", "laborantka", "kurier", "listonosz",
                 "sprzedawczyni", "recepcjonistka", "elektryk", "przedszkolanka",
                 "bibliotekarka", "informatyk", "magazynier"],
        "employer_forms": ["piekarnia {surname}", "szpital wojewódzki w {town}",
                           "urząd miasta {town}", "Biedronka w {town}",
                           "kancelaria {surname}", "liceum im. Kopernika w {town}",
                           "apteka {surname}", "firma transportowa {surname}",
                           "dom opieki Złota Jesień", "oddział PKO BP w {town}",
                           "gabinet stomatologiczny {surname}"],
        "org_forms": ["Muzeum Regionalne w {town}", "Miejska Biblioteka Publiczna w {town}",
                      "Informacja Turystyczna w {town}", "Urząd Miasta {town}"],
        "id_kinds": [("PESEL", "digits11"), ("numer dowodu osobistego", "pl_dowod"),
                     ("numer paszportu", "pl_dowod"), ("NIP", "digits10")],
        "ns": {"user": "Wikipedysta", "user_talk": "Dyskusja wikipedysty", "talk": "Dyskusja",
               "project": "Wikipedia", "contribs": "Specjalna:Wkład", "file": "Plik",
               "talk_word": "dyskusja"},
        "phone_forms": ["555 012 {d3}", "+48 22 555 01 {d2}", "+48 555 012 {d3}",
                        "22 555 01 {d2}", "555-012-{d3}"],
        "postcode_forms": ["{d2}-{d3}"],
        "email_domains": ["example.pl", "example.com", "poczta.example.pl", "example.org"],
    },
}

PLATFORMS = [
    ("Instagram", "https://www.instagram.com/{h}"), ("Facebook", "https://www.facebook.com/{h}"),
    ("LinkedIn", "https://www.linkedin.com/in/{h}"), ("X", "https://x.com/{h}"),
    ("Twitter", "https://twitter.com/{h}"), ("TikTok", "https://www.tiktok.com/@{h}"),
    ("GitHub", "https://github.com/{h}"), ("Telegram", "https://t.me/{h}"),
    ("YouTube", "https://www.youtube.com/@{h}"), ("Reddit", "https://www.reddit.com/user/{h}"),
    ("Mastodon", "https://mastodon.social/@{h}"), ("Flickr", "https://www.flickr.com/people/{h}"),
]

# Wiki account names: invented, in the styles real ones take.
ACCOUNT_WORDS = _SPLIT(
    "Kestrel Marrow Tide Willow Quill Harbor Ember Lantern Pebble Thistle Falcon Copper Meadow "
    "Brook Cinder Fern Slate Juniper Heron Rowan Ponte Nuvola Lampione Faro Sombra Brisa Sol "
    "Rio Vento Luar Wiatr Mewa Dąb Vlinder Molen Wolk Tanne Falke Eule Nebel Lune Mistral "
    "Sapin Hibou")
ACCOUNT_TAILS = ["", "", "77", "2009", "_de", "42", "moor", "wood", "fan", "bot", "_x", "91"]
