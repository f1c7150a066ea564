"""More hard negatives (flag=False) in German, French, Dutch and Polish.

Edits that carry the look of outing (a name next to an address, a phone number, a birth date, an
ID-like number, an employer) but fall under an exemption of the corpus rules: fictional
characters, people dead for a century, public bodies' and shops' own contact data, public facts
about athletes, chefs, singers and authors, company register and VAT numbers, block notices,
oversight requests and deletion closures that talk about personal data without repeating it,
photo credits of photographers and print shops, and documentation examples.

Numbers that no slot provides (register numbers, years of long-dead people) are drawn from
`[a|b]` alternatives, so they are invented too.
"""

from __future__ import annotations

from synth.family import Family


def _num(n: int) -> str:
    """n random digits, drawn by the template grammar (not usable inside `{{...}}`)."""
    return "[0|1|2|3|4|5|6|7|8|9]" * n


_VRT_NO = "{year}0[3|5|9|11]1[0|5|8]100[12|74|39]{age}"
_TALK = ("user_talk", "article_talk")

DE = (
    Family(
        id="de.neg.fiction.hoerspiel_comic_adresse",
        lang="de",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "In der Hörspielreihe ''[Die Spürnasen von {town}|Fall für Vier|Kommissar "
            "Lindwurm ermittelt]'' wohnt die [Hauptfigur|Titelfigur] {name} unter der "
            "fiktiven Adresse {street}; die Telefonnummer {phone} wird [in fast jeder Folge|"
            "schon im Vorspann] genannt.",
            "Die Comicfigur {given} {surname} [lebt|haust] laut den Heften unter der Adresse "
            "{street} in einer erfundenen Kleinstadt namens {town}[.|; eine reale Adresse ist "
            "damit nicht gemeint.]",
            ":Die Anschrift {street} und die Nummer {phone} stammen [aus dem Roman|aus der "
            "Fernsehserie|aus dem Comic], nicht aus dem echten Leben – das ist Handlung, kein "
            "Personenbezug. [Kann bleiben.|Bitte nicht wieder entfernen.]",
            "Figurenliste: '''{name}''' – [Hauptfigur|Nebenfigur|wiederkehrende Figur], laut "
            "Serie geboren am {dob}, Adresse in der Serie: {street}.",
        ),
    ),
    Family(
        id="de.neg.historical.auswanderer_adressbuch",
        lang="de",
        flag=False,
        exemption="historical",
        kinds=("article", "article_talk"),
        templates=(
            "{name} (* [14. März|2. Oktober|27. Juli] [1838|1851|1864] in {town}; † [1902|1911|"
            "1897] in [Milwaukee|Buenos Aires|Adelaide]) wanderte [1867|1881|1872] aus; die "
            "Passagierliste des Dampfers führt [den Namen|die Familie] unter Nr. [214|87|1032].",
            "Laut Adressbuch von [1889|1903|1912] wohnte {name} ([Tuchmacherei|Gastwirtschaft|"
            "Kolonialwaren]) unter der Adresse {street}; gestorben [1919|1924|1908] in {town}.",
            "Standesamt {town}, Geburtsregister Nr. [312|45|1187]/[1874|1866|1892]: {name}, Kind "
            "eines [Schmieds|Webers|Bahnwärters]. [Quelle: Kirchenbuch, digitalisiert.|"
            "Einzelnachweis ergänzt.]",
            ":Die Sterbeurkunde von {name} (gest. [1908|1931|1889]) nennt als letzte Wohnung "
            "{street}. Bei jemandem, der seit über [hundert|neunzig] Jahren tot ist, sehe ich "
            "[da kein Problem|kein Datenschutzproblem].",
        ),
    ),
    Family(
        id="de.neg.public_org.gericht_standesamt_schule",
        lang="de",
        flag=False,
        exemption="public_org",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "Das [Amtsgericht|Standesamt|Bürgerbüro] {town} [hat seinen Sitz|befindet sich] "
            "unter der Anschrift {org_address}; [erreichbar unter|Telefon der "
            "Geschäftsstelle:] {org_phone}.",
            "Kontakt der Geschäftsstelle: [Amtsgericht|Landgericht] {town}, {org_address}, "
            "Tel. {org_phone}, E-Mail {org_email}",
            ":Die Nummer {org_phone} ist die [offizielle Zentrale|Durchwahl des Sekretariats] der "
            "[Grundschule|Gesamtschule] {town} und steht so auf deren Website – keine "
            "Privatnummer, [also unbedenklich|kann drinbleiben].",
            "Sekretariat des Gymnasiums {town}: {org_address}, {org_phone}, {org_email} "
            "[(Angaben laut Schulhomepage)|– Stand {year}].",
        ),
    ),
    Family(
        id="de.neg.public_org.sportzentrum_laden",
        lang="de",
        flag=False,
        exemption="public_org",
        kinds=("article", "wikidata", "article_talk"),
        templates=(
            "Das [Hallenbad|Sportzentrum|Eisstadion] {town} ({org_address}) ist [montags|"
            "dienstags] geschlossen; Hallenzeiten können über {org_email} gebucht werden.",
            "Der [Hofladen|Buchladen am Markt|Weltladen] in {town} hat [werktags|täglich außer "
            "sonntags] geöffnet[; Bestellungen telefonisch unter {org_phone}|].",
            "{org}: Öffnungszeiten und Kontakt ({org_phone}, {org_email}) laut offizieller "
            "Website [ergänzt|aktualisiert].",
            "Sportzentrum {town}\nStraßenadresse (P6375): {org_address}\nTelefonnummer "
            "(P1329): {org_phone}\nE-Mail-Adresse (P968): mailto:{org_email}",
        ),
    ),
    Family(
        id="de.neg.public_figure.sportler_trainer_koch",
        lang="de",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "'''{public_name}''' (* {dob} in {town}) steht seit {year} beim [SC|VfL|TSV] {town} "
            "[unter Vertrag|als Cheftrainer an der Seitenlinie|im Tor].",
            "Das mit einem Michelin-Stern ausgezeichnete Restaurant ''[Zur Linde|Alte Mühle|"
            "Gutshof]'' in {town} wird seit {year} von {public_name} (* {dob}) geführt.",
            ":Das Geburtsdatum von {public_name} ({dob}) steht [im Kicker-Profil|auf der "
            "Vereinsseite|im offiziellen Kader] – bei [Profisportlern|Bundesligatrainern] ist "
            "das öffentlich und [gehört in den Artikel|darf rein].",
            "{public_name}\nBeschreibung: [Fußballtrainer|Fernsehkoch|Handballspieler] aus "
            "Deutschland\nArbeitgeber (P108): [SC|VfL|TSV] {town}\nGeburtsdatum (P569): {dob}",
        ),
    ),
    Family(
        id="de.neg.public_figure.buergerlicher_name",
        lang="de",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "Unter dem Künstlernamen ''[Nova|Kessy K.|Marlo]'' hat {public_name} (* {dob} in "
            "{town}) {year} [ein Debütalbum|das erste Buch] veröffentlicht.",
            ":Der bürgerliche Name {public_name} wird [in eigenen Interviews|vom Label|von der "
            "Deutschen Nationalbibliothek] genannt, [siehe Einzelnachweis|ist also öffentlich]; "
            "[keine Enthüllung|kein Outing].",
            "Hinter dem Pseudonym ''[Jon Falk|M. Berghaus|Ida Sturm]'' steht {public_name}; der "
            "[bürgerliche|eigentliche] Name steht [im Impressum der Bücher|im DNB-Katalog].",
        ),
    ),
    Family(
        id="de.neg.business.handelsregister_ustid",
        lang="de",
        flag=False,
        exemption="business",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "Die {surname} GmbH ist im Handelsregister des Amtsgerichts {town} unter HRB "
            + _num(5) + " eingetragen[; Umsatzsteuer-ID DE" + _num(9) + "|].",
            "Impressum: {surname} Bau GmbH & Co. KG, {org_address}, Registergericht {town}, "
            "HRA " + _num(4) + ", USt-IdNr. DE" + _num(9),
            ":DE" + _num(9) + " ist die Umsatzsteuer-Identifikationsnummer [des Unternehmens|der "
            "Firma], keine persönliche Steuer-ID. Registerdaten sind [öffentlich|für jeden "
            "einsehbar].",
            "{surname} AG\nRechtsform: Aktiengesellschaft\nSitz: {town}\nHandelsregister: "
            "Amtsgericht {town}, HRB " + _num(5),
        ),
    ),
    Family(
        id="de.neg.warning.keine_identitaetsvermutungen",
        lang="de",
        flag=False,
        exemption="warning",
        kinds=("spi", "checkuser", "deletion", "article_talk"),
        templates=(
            "Bitte in dieser Anfrage [keine Vermutungen|nichts] darüber, wer {target} "
            "[im echten Leben|privat] ist. [Belege, die eine Person betreffen, gehen per Mail an "
            "die Checkuser.|Es geht hier nur um Edits, nicht um Menschen.]",
            "Hinweis für alle: Ob der Ersteller [mit dem Artikelgegenstand verwandt ist|dort "
            "arbeitet], wird in der Löschdiskussion nicht [ausgebreitet|erörtert]; wer "
            "[Klarnamen|private Angaben] nennt, [riskiert eine Sperre|wird gesperrt].",
            "{target}, [ich warne dich ausdrücklich|letzte Warnung]: Wenn du hier noch einmal "
            "[andeutest|behauptest], wo ein Mitautor wohnt oder arbeitet, [melde ich das auf "
            "der VM|wird das gemeldet].",
            "[Vorsicht|Achtung]: [Verhaltensbelege|Diffs] ja, [Klarnamen, Arbeitgeber oder "
            "Wohnorte|Angaben zur Person] nein – auch nicht als [Andeutung|Link].",
        ),
    ),
    Family(
        id="de.neg.removed.zusammenfassung_privatdaten",
        lang="de",
        flag=False,
        exemption="removed",
        kinds=("summary",),
        templates=(
            "[Geburtsdatum|Wohnort|Privatanschrift] entfernt: [nicht öffentlich belegt|keine "
            "Person des öffentlichen Lebens] ([[WP:Persönlichkeitsrechte]])",
            "[Revert|zurückgesetzt]: [Angaben zur Person|Klarname] eines Benutzers entfernt, "
            "[VL beantragt|OS informiert]",
            "[entferne|raus:] [Telefonnummer|E-Mail-Adresse|Arbeitgeber] einer Privatperson"
            "[; bitte nicht wieder einfügen|]",
        ),
    ),
    Family(
        id="de.neg.removed.artikel_privates_gekuerzt",
        lang="de",
        flag=False,
        exemption="removed",
        kinds=("article_talk",),
        templates=(
            "Ich habe [den Absatz zur Familie|die Angaben zu Ehefrau und Kindern] aus dem "
            "Artikel genommen: [unbelegt|nur aus einem Forum belegt], und die Angehörigen sind "
            "[keine öffentlichen Personen|nicht relevant]. [Bitte nicht wieder rein.|Erst "
            "Belege, dann Diskussion.]",
            "[Genaues Geburtsdatum|Die Wohnadresse] habe ich [entfernt|rausgenommen]; "
            "[die Person hat das nie selbst veröffentlicht|reputable Quellen nennen nur das "
            "Geburtsjahr]. Das entspricht [[WP:Artikel über lebende Personen]].",
            ":Die [Straße|Hausnummer] des Privathauses [gehört|braucht es] nicht in den Artikel, "
            "[auch wenn sie im Lokalblatt stand|selbst wenn sie irgendwo nachzulesen ist]. "
            "[Ist raus.|Habe es gekürzt.]",
        ),
    ),
    Family(
        id="de.neg.photo_credit.postkarte_fotostudio",
        lang="de",
        flag=False,
        exemption="photo_credit",
        kinds=("file",),
        templates=(
            "Ansichtskarte {town}, [Marktplatz|Bahnhofstraße|Kurpark] um [1905|1912|1898]; "
            "Verlag und Druck: {surname} & Sohn, {town}. [Gemeinfrei, Urheber seit über 70 "
            "Jahren tot.|PD-old]",
            "Bildnachweis: © {name} ([Fotostudio|Lichtbildatelier] {surname}), mit freundlicher "
            "Genehmigung[ – Freigabe per VRT|].",
            "Der Name {name} in der Bildbeschreibung [bezeichnet nur|ist nur] die Urheberschaft "
            "des Fotos; [die Namensnennung|der Urhebervermerk] ist Lizenzpflicht[, kein Outing|].",
        ),
    ),
    Family(
        id="de.neg.example.vorlagendoku",
        lang="de",
        flag=False,
        exemption="example",
        kinds=("article", "article_talk"),
        templates=(
            "Parameter <code>Geburtsdatum</code>: Datum im Format TT.MM.JJJJ, [z. B.|etwa] "
            "<code>{dob_num}</code>[ (fiktiver Wert)|].",
            "Beispielaufruf: <code>{{Kontakt|Telefon={phone}|E-Mail={email}}}</code> – "
            "[die Werte sind fiktiv|alles Testdaten].",
            "Für die Doku nehmen wir als Platzhalter „{name}, {street}, {postcode} {town}“ – "
            "[eine erfundene Musteranschrift|frei erfunden], wie auf einem Mustervordruck.",
        ),
    ),
)

FR = (
    Family(
        id="fr.neg.fiction.bd_feuilleton_adresse",
        lang="fr",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "Dans la bande dessinée ''[Les Enquêtes de {given}|Le Quartier des Tilleuls|"
            "Mystère à {town}]'', le personnage principal, {name}, habite au {street}, une "
            "adresse imaginaire [qui revient dans chaque album|devenue culte chez les lecteurs].",
            "Dans le feuilleton radiophonique, {name} voit le jour le {dob} selon la [série|bible "
            "de la série] ; son numéro fictif, le {phone}, est [cité|répété] dans [le générique|"
            "plusieurs épisodes].",
            ":L'adresse ({street}, {town}) et le téléphone {phone} sont ceux du personnage "
            "[dans le roman|dans la série], pas d'une personne réelle. [Rien à masquer.|Je "
            "rétablis.]",
            "Liste des personnages : '''{name}''' – [personnage récurrent|personnage "
            "secondaire|rôle-titre], date de naissance dans la fiction : {dob}.",
        ),
    ),
    Family(
        id="fr.neg.historical.etat_civil_ancien",
        lang="fr",
        flag=False,
        exemption="historical",
        kinds=("article", "article_talk"),
        templates=(
            "{name} ({town}, [4 mars|17 septembre|2 juin] [1846|1859|1833] – [1911|1894|1920]) "
            "tenait [une forge|une épicerie|l'école du village] au {street}.",
            "Acte de naissance n° [212|57|1041] de l'année [1871|1864|1888], état civil de "
            "{town} : {name}, enfant d'un [tisserand|charron|cheminot].",
            "D'après le recensement de [1896|1906|1881], {name} vivait au {street} avec [toute "
            "la famille|quatre enfants] ; la famille émigre vers [Montréal|Buenos Aires] en "
            "[1907|1912] (registre d'embarquement n° [88|341]).",
            ":Le décès de {name} remonte à [1902|1917|1889]. L'adresse de l'époque ({street}) et "
            "les dates ne posent [aucun problème de vie privée|pas de problème], c'est de "
            "l'histoire locale.",
        ),
    ),
    Family(
        id="fr.neg.public_org.greffe_etat_civil_college",
        lang="fr",
        flag=False,
        exemption="public_org",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "Le greffe du tribunal judiciaire de {town} est situé au {org_address} ; "
            "[standard|accueil] : {org_phone}.",
            "Service de l'état civil de {town} : {org_address}, tél. {org_phone}, courriel "
            "{org_email}[ (horaires sur le site de la ville)|].",
            ":Le {org_phone} est le numéro du secrétariat du collège de {town}, [affiché sur "
            "son site|public] ; [ce n'est pas un numéro personnel|rien de privé ici].",
            "Pour toute demande, [écrire à|contacter] {org} ({org_email}) ou passer au "
            "{org_address}.",
        ),
    ),
    Family(
        id="fr.neg.public_org.gymnase_commerce",
        lang="fr",
        flag=False,
        exemption="public_org",
        kinds=("article", "wikidata", "file"),
        templates=(
            "Le complexe sportif de {town} ({org_address}) [accueille les clubs de la ville|"
            "comprend un gymnase et une piscine] ; réservations au {org_phone}.",
            "La [librairie|fromagerie|quincaillerie] du centre de {town}, ouverte [du mardi au "
            "samedi|tous les jours sauf le lundi], se trouve au {org_address}.",
            "Complexe sportif de {town}\nadresse (P6375) : {org_address}\nnuméro de téléphone "
            "(P1329) : {org_phone}\nadresse électronique (P968) : mailto:{org_email}",
            "[Façade|Entrée] de la piscine municipale de {town}, {org_address}[, vue depuis le "
            "parking|].",
        ),
    ),
    Family(
        id="fr.neg.public_figure.sportif_chef",
        lang="fr",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "'''{public_name}''' ({town}, {dob}) [évolue depuis {year} à|entraîne depuis {year}] "
            "[l'US|l'AS|le Stade] {town}[, en Ligue 2|].",
            "Depuis {year}, {public_name} (naissance : {dob}) dirige [les cuisines|la brigade] "
            "du restaurant ''[Le Moulin|La Table du Marché|L'Écluse]'' à {town}, une étoile au "
            "guide Michelin.",
            ":La date de naissance ({dob}) de [ce sportif professionnel|cet entraîneur de "
            "Ligue 1], "
            "{public_name}, figure [sur le site de la fédération|dans L'Équipe|sur la fiche "
            "officielle du club] : c'est public, donc aucun souci.",
            "{public_name}\ndescription : entraîneur [de football|de rugby] français\n"
            "employeur (P108) : [AS|US] {town}\ndate de naissance (P569) : {dob}",
        ),
    ),
    Family(
        id="fr.neg.public_figure.nom_de_scene",
        lang="fr",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "Le nom de scène ''[Lila Nuit|Maëva B.|Soleá]'' est celui de {public_name} "
            "({town}, {dob}), dont le premier album sort en {year}.",
            ":Le nom de naissance ({public_name}) est donné [par la BnF|par la Sacem|par "
            "l'artiste en interview], sourcé ; ce n'est pas une divulgation.",
            "{public_name}, qui signe ses romans policiers du pseudonyme ''[Paul Arnaud|J. "
            "Verrier|Ève Marlin]'', apparaît sous son [vrai nom|état civil] [dans la notice "
            "d'autorité|sur la quatrième de couverture].",
        ),
    ),
    Family(
        id="fr.neg.business.siren_tva",
        lang="fr",
        flag=False,
        exemption="business",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "La société {surname} SAS est immatriculée au RCS de {town} sous le numéro "
            + _num(3) + " " + _num(3) + " " + _num(3) + "[ ; TVA intracommunautaire FR"
            + _num(2) + _num(9) + "|].",
            "Mentions légales : {surname} & Fils SARL, {org_address} – SIRET " + _num(9)
            + " 000" + _num(2) + ", code NAF [4711D|1071C|4332A].",
            ":Le numéro FR" + _num(11) + " est le numéro de TVA de [l'entreprise|la SARL], pas "
            "un numéro de sécurité sociale ; ces données sont [publiques|au registre du "
            "commerce].",
            "{surname} SA\nforme juridique : société anonyme\nsiège : {town}\nidentifiant "
            "SIREN : " + _num(9),
        ),
    ),
    Family(
        id="fr.neg.warning.pas_de_speculation_identite",
        lang="fr",
        flag=False,
        exemption="warning",
        kinds=("spi", "checkuser", "deletion", "article_talk"),
        templates=(
            "Merci de ne [rien|faire aucune supposition] [écrire|] sur l'identité réelle de "
            "{target} dans cette requête. [Les éléments nominatifs s'envoient par courriel "
            "aux vérificateurs.|On parle ici de modifications, pas de personnes.]",
            "Rappel à tous : savoir si le créateur [est de la famille du sujet|travaille pour "
            "l'entreprise] n'a pas à être [débattu|étalé] ici ; [donner un nom|publier une "
            "information privée] vaut blocage.",
            "{target}, [dernier avertissement|je vous préviens] : si vous [insinuez|affirmez] "
            "encore où habite ou travaille un autre contributeur, [je fais un signalement|ce "
            "sera signalé aux administrateurs].",
            "[Attention|Prudence] : des diffs, oui ; [des noms, des employeurs ou des lieux de "
            "résidence|des informations personnelles], non – [même sous forme de lien|même "
            "par allusion].",
        ),
    ),
    Family(
        id="fr.neg.removed.resume_donnees_retirees",
        lang="fr",
        flag=False,
        exemption="removed",
        kinds=("summary",),
        templates=(
            "[Retrait|Suppression] [de la date de naissance|du lieu de résidence|de l'adresse "
            "privée] : [non sourcé|personne non publique] ([[WP:BPV]])",
            "[Annulation|Révocation] : [identité supposée|nom réel] d'un contributeur retiré, "
            "[masquage demandé|masqueurs prévenus]",
            "[retrait|-] [numéro de téléphone|adresse électronique|employeur] d'un particulier"
            "[ ; merci de ne pas remettre|]",
        ),
    ),
    Family(
        id="fr.neg.removed.article_prive_retire",
        lang="fr",
        flag=False,
        exemption="removed",
        kinds=("article_talk",),
        templates=(
            "J'ai retiré [le paragraphe sur la famille|les mentions de l'épouse et des "
            "enfants] : [aucune source|sourcé par un forum], et les proches ne sont [pas des "
            "personnalités publiques|pas admissibles]. [Merci de ne pas rétablir sans "
            "source.|On en discute ici d'abord.]",
            "[La date de naissance exacte|L'adresse du domicile] a été [retirée|supprimée] ; "
            "[l'intéressé ne l'a jamais rendue publique|les sources fiables ne donnent que "
            "l'année]. Voir [[WP:BPV]].",
            ":Le nom de la rue [où il habite|de sa maison] n'a rien à faire dans l'article, "
            "[même si la presse locale l'a mentionné|même si on le trouve en ligne]. [C'est "
            "retiré.|J'ai coupé.]",
        ),
    ),
    Family(
        id="fr.neg.photo_credit.carte_postale_studio",
        lang="fr",
        flag=False,
        exemption="photo_credit",
        kinds=("file",),
        templates=(
            "Carte postale, {town}, [la place du Marché|la gare|le port] vers [1905|1910|1899] ; "
            "éditeur et imprimeur : {surname} frères, {town}. [Domaine public.|PD-old-70]",
            "Crédit photo : © {name} / [Studio|Atelier photographique] {surname}, reproduit "
            "avec l'aimable autorisation de l'auteur.",
            "Le nom {name} dans la description est simplement celui [du photographe|de la "
            "photographe] ; [l'attribution|la mention de l'auteur] est exigée par la licence.",
        ),
    ),
    Family(
        id="fr.neg.example.doc_modele",
        lang="fr",
        flag=False,
        exemption="example",
        kinds=("article", "article_talk"),
        templates=(
            "Paramètre <code>naissance</code> : date au format JJ/MM/AAAA, [par exemple|p. ex.] "
            "<code>{dob_num}</code>[ (valeur fictive)|].",
            "Exemple d'appel : <code>{{Coordonnées|téléphone={phone}|courriel={email}}}</code> "
            "– [valeurs fictives|données de test].",
            "Dans la documentation, l'adresse d'exemple « {name}, {street}, {postcode} {town} » "
            "est [inventée|fictive], comme sur un formulaire type.",
        ),
    ),
)

NL = (
    Family(
        id="nl.neg.fiction.strip_hoorspel_adres",
        lang="nl",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "In de stripreeks ''[De avonturen van {given}|Het Lindenhof|Raadsel in {town}]'' "
            "woont hoofdpersoon {name} op het verzonnen adres {street}[, dat in elk album "
            "terugkomt|].",
            "In het hoorspel heeft [detective|dokter] {name} het fictieve telefoonnummer {phone}"
            "[, dat in de begintune wordt genoemd|]; [volgens de serie|in het verhaal] is de "
            "geboortedatum {dob}.",
            ":Het adres {street} en nummer {phone} horen bij [het personage in de roman|de "
            "tv-serie], niet bij een echt iemand. [Kan gewoon blijven staan.|Ik zet het terug.]",
            "Personages: '''{name}''' – [hoofdpersonage|bijfiguur|terugkerend personage], "
            "geboren op {dob} in de serie (adres in de serie: {street}).",
        ),
    ),
    Family(
        id="nl.neg.historical.bevolkingsregister",
        lang="nl",
        flag=False,
        exemption="historical",
        kinds=("article", "article_talk"),
        templates=(
            "{name} ({town}, [3 maart|19 augustus|8 december] [1842|1857|1866] – [1910|1899|"
            "1923]) [had een smederij|was herbergier|gaf les] op het adres {street}.",
            "Volgens het bevolkingsregister van [1880|1895|1902] woonde {name} met [het gezin|"
            "de ouders] op {street}; in [1908|1913] vertrok het gezin naar [Michigan|Pella|"
            "Buenos Aires] (passagierslijst nr. [217|64|1130]).",
            "Geboorteakte nr. [315|48|902], {town}, [1871|1868|1889]: {name}, kind van een "
            "[turfschipper|wever|spoorwachter].",
            ":{name} overleed in [1906|1921|1893]; het adres uit die tijd ({street}) en de "
            "levensdata zijn [gewoon lokale geschiedenis|geen privacykwestie].",
        ),
    ),
    Family(
        id="nl.neg.public_org.rechtbank_burgerzaken_school",
        lang="nl",
        flag=False,
        exemption="public_org",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "De griffie van de rechtbank in {town} is gevestigd op {org_address}; "
            "[telefonisch bereikbaar via|algemeen nummer:] {org_phone}.",
            "Burgerzaken {town}: {org_address}, tel. {org_phone}, e-mail {org_email}[ "
            "(alleen op afspraak)|].",
            ":{org_phone} is het nummer van het secretariaat van [de basisschool|het "
            "Stedelijk Gymnasium] in {town}, [staat gewoon op hun website|openbaar]; [geen "
            "privénummer dus|niets aan de hand].",
            "Vragen kunnen naar {org} ({org_email}); bezoekadres: {org_address}.",
        ),
    ),
    Family(
        id="nl.neg.public_org.sporthal_winkel",
        lang="nl",
        flag=False,
        exemption="public_org",
        kinds=("article", "wikidata", "file"),
        templates=(
            "Sportcentrum {town} ({org_address}) [heeft een zwembad en twee sporthallen|is "
            "de thuisbasis van de plaatselijke clubs]; reserveren via {org_phone}.",
            "De [boekhandel|kaaswinkel|ijzerhandel] aan de markt in {town} is [van dinsdag tot "
            "en met zaterdag|dagelijks behalve maandag] open; adres: {org_address}.",
            "Sportcentrum {town}\nadres (P6375): {org_address}\ntelefoonnummer (P1329): "
            "{org_phone}\ne-mailadres (P968): mailto:{org_email}",
            "[Ingang|Voorgevel] van het gemeentelijk zwembad van {town}, {org_address}.",
        ),
    ),
    Family(
        id="nl.neg.public_figure.sporter_trainer_kok",
        lang="nl",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "'''{public_name}''' ({town}, {dob}) is een Nederlands [voetballer|schaatser|"
            "wielrenner] die sinds {year} uitkomt voor [FC|SC|VV] {town}.",
            "Sterrenkok {public_name} (geboren {dob}) staat sinds {year} aan het fornuis van "
            "restaurant ''[De Molen|Het Veerhuis|De Linde]'' in {town}.",
            ":De geboortedatum van {public_name} ({dob}) staat [op de site van de KNVB|op de "
            "clubsite|in Voetbal International]; [hij is profvoetballer|het gaat om een "
            "eredivisietrainer], dus dat is openbaar.",
            "{public_name}\nbeschrijving: Nederlands [voetbaltrainer|tv-kok]\nwerkgever (P108): "
            "[FC|SC] {town}\ngeboortedatum (P569): {dob}",
        ),
    ),
    Family(
        id="nl.neg.public_figure.artiestennaam",
        lang="nl",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "Achter de artiestennaam ''[Lieve L.|Noor Zon|Mika]'' zit {public_name} ({town}, "
            "{dob}); het [debuutalbum|eerste nummer] verscheen in {year}.",
            ":De echte naam {public_name} wordt genoemd [door de KB|door het platenlabel|door "
            "de artiest zelf in interviews], met bron; [dat is geen onthulling|niks privé].",
            "{public_name} schrijft thrillers onder het pseudoniem ''[Jan Valk|E. de Ruiter|Sas "
            "Moor]''; de [echte naam|burgerlijke naam] staat [in de catalogus van de KB|in "
            "het colofon].",
        ),
    ),
    Family(
        id="nl.neg.business.kvk_btw",
        lang="nl",
        flag=False,
        exemption="business",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "{surname} B.V. staat ingeschreven bij de Kamer van Koophandel onder nummer "
            + _num(8) + "[; btw-id NL" + _num(9) + "B01|].",
            "Colofon: {surname} & Zonen V.O.F., {org_address} – KvK " + _num(8) + ", btw "
            "NL" + _num(9) + "B0[1|2].",
            ":NL" + _num(9) + "B01 is het btw-identificatienummer van [het bedrijf|de B.V.], "
            "geen BSN. [Handelsregistergegevens|KvK-gegevens] zijn openbaar.",
            "{surname} N.V.\nrechtsvorm: naamloze vennootschap\nzetel: {town}\nKvK-nummer: "
            + _num(8),
        ),
    ),
    Family(
        id="nl.neg.warning.geen_speculatie_identiteit",
        lang="nl",
        flag=False,
        exemption="warning",
        kinds=("spi", "checkuser", "deletion", "article_talk"),
        templates=(
            "Graag [geen gissingen|niets] in dit verzoek over wie {target} [in het echt|privé] "
            "is. [Informatie over personen gaat per mail naar de checkusers.|Het gaat hier om "
            "bewerkingen, niet om mensen.]",
            "Ter herinnering: of de aanmaker [familie is van het onderwerp|bij het bedrijf "
            "werkt], hoort niet [uitgespit|besproken] te worden op deze lijst; wie [namen|"
            "privégegevens] noemt, [wordt geblokkeerd|riskeert een blokkade].",
            "{target}, [laatste waarschuwing|ik waarschuw je]: als je nog eens [suggereert|"
            "beweert] waar een medegebruiker woont of werkt, [meld ik dat op de "
            "verzoekpagina|volgt een melding].",
            "[Let op|Opgelet]: diffs wel, [namen, werkgevers of woonplaatsen|persoonlijke "
            "gegevens] niet – [ook niet als link|ook niet als hint].",
        ),
    ),
    Family(
        id="nl.neg.removed.samenvatting_privegegevens",
        lang="nl",
        flag=False,
        exemption="removed",
        kinds=("summary",),
        templates=(
            "[Geboortedatum|Woonplaats|Huisadres] verwijderd: [niet openbaar bekend|geen "
            "publiek figuur] (privacy levende personen)",
            "[Teruggedraaid|Revert]: [vermoedelijke identiteit|echte naam] van een gebruiker "
            "verwijderd, [oversight gevraagd|verbergen aangevraagd]",
            "[weg:|verwijderd:] [telefoonnummer|e-mailadres|werkgever] van een privépersoon"
            "[; niet terugzetten aub|]",
        ),
    ),
    Family(
        id="nl.neg.removed.artikel_prive_weggehaald",
        lang="nl",
        flag=False,
        exemption="removed",
        kinds=("article_talk",),
        templates=(
            "Ik heb [de alinea over het gezin|de vermelding van partner en kinderen] uit het "
            "artikel gehaald: [geen bron|alleen een forum als bron], en de familieleden zijn "
            "[geen publieke personen|niet encyclopedisch relevant]. [Graag niet terugzetten "
            "zonder bron.|Eerst hier overleggen.]",
            "[De precieze geboortedatum|Het woonadres] heb ik [verwijderd|weggehaald]; [de "
            "persoon heeft dat zelf nooit openbaar gemaakt|betrouwbare bronnen noemen alleen "
            "het geboortejaar].",
            ":De straat [waar hij woont|van zijn huis] hoort niet in het artikel, [ook al stond "
            "het in de regionale krant|ook al is het ergens online te vinden]. [Is eruit.|Heb "
            "het ingekort.]",
        ),
    ),
    Family(
        id="nl.neg.photo_credit.ansichtkaart_fotostudio",
        lang="nl",
        flag=False,
        exemption="photo_credit",
        kinds=("file",),
        templates=(
            "Ansichtkaart van {town}, [de Markt|het station|de haven] rond [1905|1911|1899]; "
            "uitgever en drukker: {surname} & Zn., {town}. [Publiek domein.|PD-old-70]",
            "Foto: © {name} / [Fotostudio|Fotopersbureau] {surname}, met toestemming van de "
            "maker.",
            "De naam {name} in de beschrijving is gewoon [die van de fotograaf|de maker]; "
            "[naamsvermelding|bronvermelding] is verplicht volgens de licentie.",
        ),
    ),
    Family(
        id="nl.neg.example.sjabloondocumentatie",
        lang="nl",
        flag=False,
        exemption="example",
        kinds=("article", "article_talk"),
        templates=(
            "Parameter <code>geboortedatum</code>: datum als DD-MM-JJJJ, [bijvoorbeeld|bv.] "
            "<code>{dob_num}</code>[ (fictief)|].",
            "Voorbeeld: <code>{{Contact|telefoon={phone}|e-mail={email}}}</code> – [verzonnen "
            "waarden|testgegevens].",
            "In de documentatie gebruiken we het voorbeeldadres „{name}, {street}, {postcode} "
            "{town}”, [volledig verzonnen|fictief] zoals op een modelformulier.",
        ),
    ),
)

PL = (
    Family(
        id="pl.neg.fiction.komiks_sluchowisko_adres",
        lang="pl",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "W serii komiksowej ''[Detektyw z osiedla|Kamienica przy Lipowej|Tajemnica starego "
            "młyna]'' postać {name} mieszka pod fikcyjnym adresem {street}[, który pojawia się w "
            "każdym tomie|].",
            "W słuchowisku [detektyw|doktor] {name} ma fikcyjny numer telefonu {phone}; data "
            "urodzenia według [scenariusza|serialu]: {dob}",
            ":Adres {street} i numer {phone} należą do [postaci z powieści|bohatera serialu], "
            "a nie do prawdziwej osoby. [Można zostawić.|Przywracam.]",
            "Lista postaci: '''{name}''' – [postać pierwszoplanowa|postać drugoplanowa|postać "
            "epizodyczna], adres w serialu: {street}, data urodzenia w fabule: {dob}",
        ),
    ),
    Family(
        id="pl.neg.historical.akta_metrykalne",
        lang="pl",
        flag=False,
        exemption="historical",
        kinds=("article", "article_talk"),
        templates=(
            "{name} (ur. [3 marca|17 września|8 grudnia] [1843|1858|1861], zm. [1912|1898|"
            "1924]); zawód: [kowal|nauczyciel|karczmarz]; adres w księdze adresowej z [1890|"
            "1905]: {street}.",
            "Akt urodzenia nr [214|57|1032] z [1874|1869|1887] r., parafia {town}: {name}, "
            "ojciec – [tkacz|kolejarz|młynarz].",
            "Według ksiąg ludności z [1890|1905] r.: {name}, adres {street}; w [1907|1912] r. "
            "[rodzina wyemigrowała|cała rodzina wyjechała] do [Chicago|Kurytyby] (lista "
            "pasażerów nr [88|341|1207]).",
            ":{name} – zgon w [1903|1919|1888] r. Ówczesny adres ({street}) i daty życia to "
            "[historia regionu|zwykła genealogia], a nie dane osobowe do ukrycia.",
        ),
    ),
    Family(
        id="pl.neg.public_org.sad_usc_szkola",
        lang="pl",
        flag=False,
        exemption="public_org",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "Sąd Rejonowy, {town} – sekretariat: {org_address}; [biuro podawcze|informacja]: "
            "{org_phone}.",
            "Urząd Stanu Cywilnego {town}: {org_address}, tel. {org_phone}, e-mail {org_email}"
            "[ (przyjęcia po wcześniejszym umówieniu)|].",
            ":{org_phone} to numer sekretariatu [szkoły podstawowej|liceum], podany [na stronie "
            "szkoły|w BIP]; [to nie jest prywatny numer|nic tu nie ukrywamy].",
            "Kontakt: {org}, {org_address}, {org_email}[ – dane z oficjalnej strony|].",
        ),
    ),
    Family(
        id="pl.neg.public_org.hala_sklep",
        lang="pl",
        flag=False,
        exemption="public_org",
        kinds=("article", "wikidata", "file"),
        templates=(
            "MOSiR {town} ({org_address}) [prowadzi basen i halę sportową|udostępnia obiekty "
            "klubom]; rezerwacje: {org_phone}.",
            "[Księgarnia|Sklep z serami|Sklep żelazny] przy rynku – godziny otwarcia: [wt.–sob.|"
            "codziennie oprócz poniedziałku]; adres: {org_address}.",
            "MOSiR {town}\nadres (P6375): {org_address}\nnumer telefonu (P1329): {org_phone}\n"
            "adres e-mail (P968): mailto:{org_email}",
            "[Wejście do|Fasada] krytej pływalni MOSiR {town}, {org_address}.",
        ),
    ),
    Family(
        id="pl.neg.public_figure.sportowiec_trener_kucharz",
        lang="pl",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "{{Sportowiec infobox\n|imię i nazwisko = {public_name}\n|data urodzenia = {dob}\n"
            "|klub = KS {town}\n}}",
            "Szef kuchni {public_name} (ur. {dob}) od {year} prowadzi restaurację "
            "''[Stary Młyn|Pod Lipami|Spichlerz]'' ({town}).",
            ":Podana data urodzenia – {dob} – pochodzi [ze strony PZPN|ze strony klubu|z "
            "Przeglądu Sportowego] i dotyczy [zawodowego sportowca|trenera z Ekstraklasy] "
            "({public_name}), więc to informacja publiczna.",
            "{public_name}\nopis: polski [trener piłkarski|kucharz telewizyjny]\npracodawca "
            "(P108): [KS|MKS] {town}\ndata urodzenia (P569): {dob}",
        ),
    ),
    Family(
        id="pl.neg.public_figure.pseudonim_artystyczny",
        lang="pl",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "''[Lila|Mira Noc|Zuzu]'' – pseudonim artystyczny; właśc. {public_name}"
            "[, {town}|]; ur. {dob}; debiutancki album: {year}",
            ":Prawdziwe nazwisko ({public_name}) podaje [Biblioteka Narodowa|ZAiKS|oficjalna "
            "strona wytwórni], z przypisem; [to żadne ujawnienie|nic prywatnego].",
            "{public_name} pisze kryminały pod pseudonimem ''[Jan Sokół|E. Borowa|Adam "
            "Wrzos]''; [prawdziwe nazwisko|nazwisko autora] widnieje [w katalogu BN|w stopce "
            "redakcyjnej].",
        ),
    ),
    Family(
        id="pl.neg.business.krs_nip_regon",
        lang="pl",
        flag=False,
        exemption="business",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "{surname} Sp. z o.o. jest wpisana do KRS pod numerem 0000" + _num(6)
            + "[; NIP spółki: " + _num(3) + "-" + _num(3) + "-" + _num(2) + "-" + _num(2) + "|].",
            "Dane firmy: {surname} i Synowie S.A., {org_address}, KRS 0000" + _num(6) + ", "
            "REGON " + _num(9) + ".",
            ":NIP " + _num(10) + " należy do [spółki|firmy], a nie do osoby prywatnej; dane z "
            "KRS są [jawne|publicznie dostępne].",
            "{surname} S.A.\nforma prawna: spółka akcyjna\nsiedziba: {town}\nnumer KRS: 0000"
            + _num(6),
        ),
    ),
    Family(
        id="pl.neg.warning.bez_domyslow_tozsamosc",
        lang="pl",
        flag=False,
        exemption="warning",
        kinds=("spi", "checkuser", "deletion", "article_talk"),
        templates=(
            "Proszę w tym zgłoszeniu [nie spekulować|nie pisać], kim {target} jest [w realu|"
            "prywatnie]. [Informacje o osobach wysyła się mailem do checkuserów.|Rozmawiamy o "
            "edycjach, nie o ludziach.]",
            "Przypominam: czy autor hasła [jest spokrewniony z opisywaną osobą|pracuje w tej "
            "firmie], nie jest tematem tej dyskusji; kto poda [nazwisko|dane prywatne], "
            "[zostanie zablokowany|ryzykuje blokadę].",
            "{target}, [ostatnie ostrzeżenie|ostrzegam]: jeśli jeszcze raz [zasugerujesz|"
            "napiszesz], gdzie mieszka lub pracuje inny wikipedysta, [zgłoszę to na PdA|sprawa "
            "trafi do administratorów].",
            "[Uwaga|Ostrożnie]: diffy tak, [nazwiska, pracodawcy czy miejsca zamieszkania|dane "
            "osobowe] nie – [nawet w formie linku|nawet aluzją].",
        ),
    ),
    Family(
        id="pl.neg.removed.opis_zmian_dane_usuniete",
        lang="pl",
        flag=False,
        exemption="removed",
        kinds=("summary",),
        templates=(
            "usunięto [datę urodzenia|miejsce zamieszkania|adres prywatny]: [brak źródeł|osoba "
            "niepubliczna] ([[WP:BIO]])",
            "[Wycofano|Rewert]: usunięto [rzekomą tożsamość|prawdziwe nazwisko] wikipedysty, "
            "[prośba o ukrycie wysłana|zgłoszone do ukrycia]",
            "[usuwam|usunięto] [numer telefonu|adres e-mail|pracodawcę] osoby prywatnej"
            "[; proszę nie przywracać|]",
        ),
    ),
    Family(
        id="pl.neg.removed.artykul_prywatne_usuniete",
        lang="pl",
        flag=False,
        exemption="removed",
        kinds=("article_talk",),
        templates=(
            "Usunąłem z artykułu [akapit o rodzinie|wzmianki o żonie i dzieciach]: [brak "
            "źródeł|jedynym źródłem było forum], a krewni [nie są osobami publicznymi|nie są "
            "encyklopedyczni]. [Proszę nie przywracać bez źródeł.|Najpierw dyskusja.]",
            "[Dokładną datę urodzenia|Adres zamieszkania] [usunąłem|wycofałem]; [sama osoba "
            "nigdy tego nie upubliczniła|wiarygodne źródła podają tylko rok urodzenia].",
            ":Ulica, [przy której mieszka|na której stoi jego dom], nie ma czego szukać w "
            "artykule, [nawet jeśli pisała o niej lokalna gazeta|nawet jeśli da się to znaleźć "
            "w sieci]. [Usunięte.|Skróciłem.]",
        ),
    ),
    Family(
        id="pl.neg.vrt.zgoda_fotografa_ticket",
        lang="pl",
        flag=False,
        exemption="vrt",
        kinds=("file",),
        templates=(
            "Źródło skanu: {org}; zgoda na licencję CC BY-SA 4.0 [przesłana do|potwierdzona w] "
            "VRT, zgłoszenie nr " + _VRT_NO + ".",
            "Zgodę na publikację przesłał do VRT fotograf {name} ([Studio|Zakład Fotograficzny] "
            "{surname}); numer zgłoszenia " + _VRT_NO + ".",
            "Nazwisko {name} w opisie pliku to [po prostu autor zdjęcia|fotograf, który wysłał "
            "zgodę do VRT]; [uznanie autorstwa|podpisanie autora] jest wymagane przez licencję.",
        ),
    ),
    Family(
        id="pl.neg.example.dokumentacja_szablonu",
        lang="pl",
        flag=False,
        exemption="example",
        kinds=("article", "article_talk"),
        templates=(
            "Parametr <code>data urodzenia</code>: data w formacie DD.MM.RRRR, [np.|na przykład] "
            "<code>{dob_num}</code>[ (wartość fikcyjna)|].",
            "Przykład użycia: <code>{{Kontakt|telefon={phone}|e-mail={email}}}</code> – "
            "[wartości zmyślone|dane testowe].",
            "W dokumentacji używamy przykładowego adresu „{name}, {street}, {postcode} {town}” "
            "– [całkowicie zmyślonego|fikcyjnego], jak na wzorze formularza.",
        ),
    ),
)

FAMILIES: tuple[Family, ...] = DE + FR + NL + PL
