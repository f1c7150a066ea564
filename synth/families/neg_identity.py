"""Hard negatives for names, addresses, birth dates and ID numbers: same slots, same pages,
but an exemption applies (self-disclosure, public figures, historical people, public buildings,
fiction, photo credits, VRT, examples, catalogue numbers, warnings, removals)."""

from __future__ import annotations

from synth.family import Family

_VRT_NO = "{year}0[3|5|9|11]1[0|5|8]100[12|74|39]{age}"
_VRT_ID = "{year}0{age}1100{age}"  # no [a|b] inside {{...}}: it is literal

FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- English
    Family(
        id="en.neg.self_disclosure.about_me",
        lang="en",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Hi! I'm {name}[, a {job} from {town}|, born in {town}|]. I [mostly|"
            "usually] edit articles about [local history|railways|birds].",
            "== About me ==\nMy name is {name}. I was born on {dob} and live in {town}"
            "[ with my two cats|].",
            "{{User real name|{name}}}\n{{User born|{birth_year}}}\n"
            "[This user lives in {town}.|]",
            "I'm {given}[, {age} years old| (b. {birth_year})], [retired|studying] and "
            "living [just outside|in] {town}. Feel free to [email me|leave a message].",
        ),
    ),
    Family(
        id="en.neg.self_disclosure.rename_to_real_name",
        lang="en",
        flag=False,
        exemption="self_disclosure",
        kinds=("rename",),
        templates=(
            "Current username: {editor}\nRequested username: {name}\nReason: I would "
            "like to edit under my real name[ from now on|].",
            "[Please|Could you please] rename me to {given}{surname}? It's my real name "
            "and I [no longer|don't] want to [hide|be anonymous][.|.]",
            "I'm {name} and I'd like my account ({editor}) renamed to my real name"
            "[ for my work at the museum|, I've nothing to hide][.|.]",
        ),
    ),
    Family(
        id="en.neg.public_figure.article_lead",
        lang="en",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "'''{public_name}''' (born {dob}) is a [British|American] [politician|"
            "footballer|novelist] who [has served as|is] [Mayor of {town}|Member of "
            "Parliament for {town}] since {year}.",
            "{public_name} was born on {dob} in {town} and [was elected|became] "
            "[mayor|a senator|chief executive of the council] in {year}.",
            ":The birth date ({dob}) is [in|cited to] [her|his] official biography and "
            "the [BBC profile|parliament website]; {public_name} is a public figure, "
            "so it stays.",
        ),
    ),
    Family(
        id="en.neg.public_figure.wikidata_office",
        lang="en",
        flag=False,
        exemption="public_figure",
        kinds=("wikidata",),
        templates=(
            "label (en): {public_name}\ninstance of (P31): human\noccupation (P106): "
            "politician\nposition held (P39): mayor of {town}\ndate of birth (P569): {dob}",
            "/* wbsetclaim-create:2||1 */ Property:P569: {dob} (item {public_name}, "
            "[member of parliament|Olympic athlete|television presenter])",
            "{public_name}\ndescription: [British|American] [singer|politician|judge]\n"
            "date of birth: {dob}\nreference URL: official website",
        ),
    ),
    Family(
        id="en.neg.historical.house_museum",
        lang="en",
        flag=False,
        exemption="historical",
        kinds=("article", "file", "article_talk"),
        templates=(
            "{public_name} ([1812|1798|1856]–[1870|1901|1889]) lived at {street} from "
            "[1839|1880|1865]; the house is now the {org}.",
            "[Blue plaque|Plaque] on {street}: \"{public_name}, [engineer|poet|"
            "suffragist], lived here [1862–1891|1901–1924]\".",
            "The [birthplace|former home] of {public_name} (born [3 April|12 June] "
            "[1821|1790]), at {street}, [opened as a museum|was listed] in [1954|1972].",
        ),
    ),
    Family(
        id="en.neg.public_org.building_address",
        lang="en",
        flag=False,
        exemption="public_org",
        kinds=("article", "article_talk", "file", "wikidata"),
        templates=(
            "The {org} is [located|based] at {org_address}[ and is open Tuesday to "
            "Sunday|, next to the railway station].",
            "Visitor information: {org}, {org_address}. [Phone|Tel.] {org_phone}.",
            "{org}\nstreet address (P6375): {org_address}\nofficial website (P856): "
            "[listed|see item]",
            "[Photo of|View of] the {org} ({org_address}) [from the market square|in "
            "winter].",
        ),
    ),
    Family(
        id="en.neg.fiction.character",
        lang="en",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "{name} is a fictional [detective|schoolteacher|vet] in the [BBC|ITV] series "
            "''[Harbour Lights|Mill Lane|The Quiet Street]'', who lives at {street} in "
            "{town}.",
            "In the novel, {given} {surname} (born {dob} in the story) [inherits|buys] "
            "the house at {street}.",
            "The character's [ID card|passport] shown in episode [3|7] reads {name}, "
            "{id_word} {id_number} — a prop, [per the production notes|obviously].",
        ),
    ),
    Family(
        id="en.neg.photo_credit.file_author",
        lang="en",
        flag=False,
        exemption="photo_credit",
        kinds=("file",),
        templates=(
            "{{Information\n"
            "|description=Market square of {town}\n"
            "|date={date}\n"
            "|author={name}\n"
            "|source=own work\n}}",
            "Photo: {name} / CC BY-SA 4.0[, taken {date}|]",
            "[Photograph|Picture] by {name}, [uploaded with the photographer's "
            "permission|released under CC0].",
        ),
    ),
    Family(
        id="en.neg.vrt.permission_ticket",
        lang="en",
        flag=False,
        exemption="vrt",
        kinds=("file",),
        templates=(
            "{{PermissionTicket|id=" + _VRT_ID + "|user={editor}}}",
            "VRT: permission received from the copyright holder, {name}, ticket "
            "#" + _VRT_NO + ".",
            "{{VRT pending|year={year}}} Permission email sent by {name} "
            "(photographer) on {date}.",
        ),
    ),
    Family(
        id="en.neg.example.id_format",
        lang="en",
        flag=False,
        exemption="example",
        kinds=("article", "article_talk"),
        templates=(
            "A {id_word} is [issued|assigned] to every resident; a typical "
            "[format|layout] is shown by the specimen {id_number}.",
            "The [check digit|final character] of the {id_word} is [computed|derived] "
            "from the preceding digits[; the example {id_number} is a specimen|].",
            "For example, {id_number} is a [syntactically valid|made-up] {id_word} "
            "used in [government|official] documentation.",
        ),
    ),
    Family(
        id="en.neg.neutral.isbn_catalogue",
        lang="en",
        flag=False,
        exemption="neutral",
        kinds=("article", "file", "article_talk"),
        templates=(
            "* {public_name}, ''[A History of|Walking in] {town}'' ({year}), ISBN "
            "978-[0|1]-[19|84|85]-[276543|704412|993018]-[4|7|X].",
            "Catalogue no. [BM|V&A|NMM] {year}.[3|17|44].[2|8]; accession [1932|1961]"
            "/[114|85].",
            "Object number {year}/[041|117|382] ({org}); [OCLC|LCCN] [44728915|"
            "2004103987].",
        ),
    ),
    Family(
        id="en.neg.warning.outing_warning",
        lang="en",
        flag=False,
        exemption="warning",
        kinds=("user_talk", "noticeboard"),
        templates=(
            "{{subst:uw-outing}} Please do not speculate about {target}'s real-life "
            "identity. [Posting|Linking] personal information will get you blocked.",
            "[Reported|I've reported] you to ANI; [guessing|posting] who {target} is "
            "[in real life|offline] is harassment under [[WP:OUTING]].",
            "[Don't|Please don't] [post|add] anyone's address or date of birth here. "
            "[If you have concerns, email ArbCom.|Use the private channels.]",
        ),
    ),
    Family(
        id="en.neg.removed.oversight_summary",
        lang="en",
        flag=False,
        exemption="removed",
        kinds=("summary",),
        templates=(
            "[Removed|rm] personal information ([real name|address|date of birth]) "
            "per [[WP:OUTING]][; oversight requested|]",
            "[Revdel|Redacted]: [removed|rm] attempted outing of {target}",
            "[Removing|rm] [private details|non-public information] about a living "
            "person; [see [[WP:BLPPRIVACY]]|emailed oversight]",
        ),
    ),
    # ---------------------------------------------------------------- German
    Family(
        id="de.neg.self_disclosure.ueber_mich",
        lang="de",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Hallo, ich bin {name}, geboren am {dob} in {town}[, und arbeite als "
            "{job}|]. Ich schreibe vor allem über [Heimatgeschichte|Eisenbahnen].",
            "== Über mich ==\nIch heiße {given}, bin Jahrgang {birth_year} und wohne "
            "in {town}.",
            "{{Benutzer:Babel|de-N}}\nKlarname: {name}. [Ich freue mich über "
            "Nachrichten.|Fragen gern auf meiner Diskussionsseite.]",
        ),
    ),
    Family(
        id="de.neg.public_figure.artikel_politiker",
        lang="de",
        flag=False,
        exemption="public_figure",
        kinds=("article", "wikidata"),
        templates=(
            "'''{public_name}''' (* {dob} in {town}) ist ein deutscher "
            "[Politiker (SPD)|Politiker (CDU)|Schriftsteller]. Seit {year} ist er "
            "[Oberbürgermeister von {town}|Mitglied des Bundestages].",
            "Bezeichnung (de): {public_name}\nBeruf (P106): Politiker\nPosition "
            "(P39): Oberbürgermeister von {town}\nGeburtsdatum (P569): {dob}",
            "{public_name} wurde am {dob} geboren und [ist|war] von {year} an "
            "[Landrätin|Bürgermeister] in {town}.",
        ),
    ),
    Family(
        id="de.neg.historical.geburtshaus",
        lang="de",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{public_name} ([1811|1798|1844]–[1870|1899|1913]) wohnte ab [1839|1865] in "
            "der {street}; das Haus beherbergt heute das {org}.",
            "Gedenktafel am Haus {street}: „Hier lebte {public_name}, [Komponist|"
            "Dichterin|Erfinder], [1821–1884|1790–1852]“.",
            "Geburtshaus von {public_name} (geb. [3. April|12. Juni] [1821|1788]) in "
            "{town}, {street}; heute Museum.",
        ),
    ),
    Family(
        id="de.neg.photo_credit.urheber",
        lang="de",
        flag=False,
        exemption="photo_credit",
        kinds=("file",),
        templates=(
            "{{Information\n"
            "|Beschreibung=Rathaus {town}\n"
            "|Datum={date}\n"
            "|Urheber={name}\n"
            "|Quelle=eigenes Werk\n}}",
            "Foto: {name}, Lizenz CC BY-SA 4.0[, aufgenommen am {date}|]",
            "VRT-Freigabe liegt vor (Ticket #" + _VRT_NO + "); Fotograf: {name}.",
        ),
    ),
    Family(
        id="de.neg.example.steuer_id_erklaert",
        lang="de",
        flag=False,
        exemption="example",
        kinds=("article", "article_talk"),
        templates=(
            "Die {id_word} besteht aus [elf Ziffern|Ziffern und Buchstaben]; ein "
            "Musterbeispiel ist {id_number}.",
            "Beispiel (fiktiv): {id_word} {id_number}. Die letzte Stelle ist eine "
            "Prüfziffer.",
            "Aufbau der {id_word}: [siehe Abbildung|siehe Tabelle]; die im "
            "Mustervordruck verwendete Nummer lautet {id_number}.",
        ),
    ),
    Family(
        id="de.neg.public_org.behoerde_adresse",
        lang="de",
        flag=False,
        exemption="public_org",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "Das {org} befindet sich in der {org_address}[ und ist dienstags bis "
            "sonntags geöffnet|].",
            "Kontakt: {org}, {org_address}, Tel. {org_phone}.",
            "{org}\nStraßenadresse (P6375): {org_address}",
        ),
    ),
    Family(
        id="de.neg.fiction.figur",
        lang="de",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "{name} ist eine fiktive [Kommissarin|Lehrerin|Tierärztin] aus der "
            "[ARD|ZDF]-Serie ''[Der Hof|Lindenstraße 7|Am Anger]'' und wohnt in der "
            "{street} in {town}.",
            "Im Roman [wird|ist] {given} {surname} am {dob} geboren[ und erbt das Haus "
            "in der {street}|].",
            "Der in Folge [3|12] gezeigte Ausweis ({name}, {id_word} {id_number}) ist "
            "eine Requisite.",
        ),
    ),
    # ---------------------------------------------------------------- French
    Family(
        id="fr.neg.self_disclosure.qui_suis_je",
        lang="fr",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Bonjour, je m'appelle {name}, [né|née] le {dob} à {town}[, {job} de "
            "métier|]. Je contribue surtout sur [le patrimoine|le cyclisme].",
            "== Qui suis-je ? ==\nJe suis {given}, {age} ans, et j'habite à {town}.",
            "Contributeur depuis {year}. Dans la vraie vie : {name}, {town}.",
        ),
    ),
    Family(
        id="fr.neg.public_figure.maire",
        lang="fr",
        flag=False,
        exemption="public_figure",
        kinds=("article", "wikidata"),
        templates=(
            "'''{public_name}''', [né|née] le {dob} à {town}, est une personnalité "
            "politique française, maire de {town} depuis {year}.",
            "Libellé (fr) : {public_name}\noccupation (P106) : personnalité politique\n"
            "fonction (P39) : maire de {town}\ndate de naissance (P569) : {dob}",
            "{public_name} (né le {dob}) est [député|sénateur|romancier] ; sa date de "
            "naissance figure sur le site de l'Assemblée.",
        ),
    ),
    Family(
        id="fr.neg.historical.maison_natale",
        lang="fr",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{public_name} ([1802|1821|1840]–[1885|1880|1917]) a vécu au {street} de "
            "[1830|1860] à [1848|1875] ; la maison abrite aujourd'hui {org}.",
            "Plaque au {street} : « Ici est né {public_name}, [peintre|poète|"
            "savant], le [3 avril|12 juin] [1821|1799] ».",
            "Maison natale de {public_name} à {town}, {street} (monument historique).",
        ),
    ),
    Family(
        id="fr.neg.vrt.ticket",
        lang="fr",
        flag=False,
        exemption="vrt",
        kinds=("file",),
        templates=(
            "{{PermissionTicket|id=" + _VRT_ID + "|user={editor}}}",
            "Autorisation reçue via VRT de l'auteur, {name} (ticket " + _VRT_NO + ").",
            "Auteur : {name} — photo publiée avec son accord, licence CC BY-SA 4.0.",
        ),
    ),
    Family(
        id="fr.neg.example.nir_explique",
        lang="fr",
        flag=False,
        exemption="example",
        kinds=("article",),
        templates=(
            "Le {id_word} comporte [13 chiffres et une clé|plusieurs champs] ; par "
            "exemple, {id_number} (numéro fictif).",
            "Exemple de {id_word} (spécimen) : {id_number}. Le premier chiffre indique "
            "le sexe.",
            "Structure du {id_word} : voir le tableau ci-dessous, avec le numéro "
            "d'exemple {id_number}.",
        ),
    ),
    Family(
        id="fr.neg.fiction.personnage",
        lang="fr",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "{name} est un personnage de fiction de la série ''[Le Moulin|Rue des "
            "Lilas|Les Tilleuls]'', [commissaire|institutrice] qui habite au {street} à "
            "{town}.",
            "Dans le roman, {given} {surname} naît le {dob} et hérite de la maison du "
            "{street}.",
            "{public_name} incarne {name}, [la pharmacienne|le facteur] du village, "
            "dans la saison [2|4].",
        ),
    ),
    Family(
        id="fr.neg.public_org.mairie_adresse",
        lang="fr",
        flag=False,
        exemption="public_org",
        kinds=("article", "wikidata", "file"),
        templates=(
            "{org} se trouve au {org_address}[, en face de la gare|].",
            "Contact : {org}, {org_address}, tél. {org_phone}.",
            "Façade de {org} ({org_address}), vue depuis la place.",
        ),
    ),
    # ---------------------------------------------------------------- Spanish
    Family(
        id="es.neg.self_disclosure.sobre_mi",
        lang="es",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "¡Hola! Soy {name}, [nací|nacida] el {dob} en {town}[ y trabajo como "
            "{job}|]. Edito sobre todo [historia local|fútbol].",
            "== Sobre mí ==\nMe llamo {given}, tengo {age} años y vivo en {town}.",
            "Wikipedista desde {year}. En la vida real: {name}, de {town}.",
        ),
    ),
    Family(
        id="es.neg.self_disclosure.renombrar_mi_nombre",
        lang="es",
        flag=False,
        exemption="self_disclosure",
        kinds=("rename",),
        templates=(
            "Nombre actual: {editor}\nNombre solicitado: {name}\nMotivo: quiero editar "
            "con mi nombre real.",
            "Por favor, cambiad mi nombre de usuario a {given}{surname}, que es mi "
            "nombre real[.|; ya no quiero el seudónimo.]",
            "Soy {name} y solicito renombrar mi cuenta ({editor}) a mi nombre real.",
        ),
    ),
    Family(
        id="es.neg.public_figure.alcalde",
        lang="es",
        flag=False,
        exemption="public_figure",
        kinds=("article", "wikidata"),
        templates=(
            "'''{public_name}''' ({town}, {dob}) es [un político|una política|un "
            "escritor] español[a|], alcalde de {town} desde {year}.",
            "Etiqueta (es): {public_name}\nocupación (P106): político\ncargo ocupado "
            "(P39): alcalde de {town}\nfecha de nacimiento (P569): {dob}",
            "{public_name} nació el {dob} y [fue elegido|fue elegida] [diputado|"
            "senadora] en {year}.",
        ),
    ),
    Family(
        id="es.neg.historical.casa_museo",
        lang="es",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{public_name} ([1809|1836|1852]–[1870|1901|1926]) vivió en {street} desde "
            "[1840|1880]; hoy la casa alberga {org}.",
            "Placa en {street}: «En esta casa nació {public_name}, [poeta|pintor|"
            "inventor], el [3 de abril|12 de junio] de [1821|1799]».",
            "Casa natal de {public_name} en {town} ({street}), hoy casa museo.",
        ),
    ),
    Family(
        id="es.neg.photo_credit.autor",
        lang="es",
        flag=False,
        exemption="photo_credit",
        kinds=("file",),
        templates=(
            "{{Information\n"
            "|description=Plaza Mayor de {town}\n"
            "|date={date}\n"
            "|author={name}\n"
            "|source=trabajo propio\n}}",
            "Foto: {name} / CC BY-SA 4.0",
            "Permiso recibido por VRT (ticket " + _VRT_NO + "); autora: {name}.",
        ),
    ),
    Family(
        id="es.neg.example.dni_formato",
        lang="es",
        flag=False,
        exemption="example",
        kinds=("article",),
        templates=(
            "El {id_word} consta de [ocho dígitos y una letra|varios dígitos]; por "
            "ejemplo, {id_number} (ficticio).",
            "Ejemplo de {id_word} (espécimen): {id_number}. La letra final es de "
            "control.",
            "Formato del {id_word}: véase la tabla; el número de muestra es "
            "{id_number}.",
        ),
    ),
    # ---------------------------------------------------------------- Italian
    Family(
        id="it.neg.self_disclosure.chi_sono",
        lang="it",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Ciao, sono {name}, [nato|nata] il {dob} a {town}[, di mestiere {job}|]. "
            "Mi occupo soprattutto di [storia locale|ciclismo].",
            "== Chi sono ==\nMi chiamo {given}, ho {age} anni e vivo a {town}.",
            "Su Wikipedia dal {year}. Nella vita reale: {name}, {town}.",
        ),
    ),
    Family(
        id="it.neg.public_figure.sindaco",
        lang="it",
        flag=False,
        exemption="public_figure",
        kinds=("article", "wikidata"),
        templates=(
            "'''{public_name}''' ({town}, {dob}) è [un politico|una politica|uno "
            "scrittore] italian[o|a], sindaco di {town} dal {year}.",
            "Etichetta (it): {public_name}\noccupazione (P106): politico\ncarica "
            "ricoperta (P39): sindaco di {town}\ndata di nascita (P569): {dob}",
            "{public_name}, nato il {dob}, è stato eletto [deputato|senatore] nel "
            "{year}.",
        ),
    ),
    Family(
        id="it.neg.historical.casa_natale",
        lang="it",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{public_name} ([1813|1834|1858]–[1883|1901|1924]) abitò in {street} dal "
            "[1840|1880]; oggi la casa ospita {org}.",
            "Lapide in {street}: «In questa casa nacque {public_name}, [poeta|pittore|"
            "patriota], il [3 aprile|12 giugno] [1821|1799]».",
            "Casa natale di {public_name} a {town} ({street}), oggi museo.",
        ),
    ),
    Family(
        id="it.neg.vrt.permesso",
        lang="it",
        flag=False,
        exemption="vrt",
        kinds=("file",),
        templates=(
            "{{PermissionTicket|id=" + _VRT_ID + "|user={editor}}}",
            "Autorizzazione ricevuta tramite VRT dall'autore, {name} (ticket "
            + _VRT_NO + ").",
            "Autore: {name} — foto pubblicata con il suo consenso, licenza CC BY-SA 4.0.",
        ),
    ),
    Family(
        id="it.neg.example.codice_fiscale",
        lang="it",
        flag=False,
        exemption="example",
        kinds=("article",),
        templates=(
            "Struttura del codice: [sedici caratteri alfanumerici|vari campi]; un "
            "esempio fittizio ({id_word}) è {id_number}.",
            "Esempio ({id_word}, fac-simile): {id_number}. L'ultimo carattere è di "
            "controllo.",
            "Nel modulo di esempio compare il numero {id_number} ({id_word}), "
            "ovviamente fittizio.",
        ),
    ),
    Family(
        id="it.neg.fiction.personaggio",
        lang="it",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "{name} è un personaggio immaginario della serie ''[Il Borgo|Via dei "
            "Tigli|La Stazione]'', [commissario|maestra] che abita in {street} a {town}.",
            "Nel romanzo {given} {surname} nasce il {dob} ed eredita la casa di {street}.",
            "{public_name} interpreta {name}, [la farmacista|il postino] del paese.",
        ),
    ),
    # ---------------------------------------------------------------- Portuguese
    Family(
        id="pt.neg.self_disclosure.sobre_mim",
        lang="pt",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Olá, sou {name}, [nascido|nascida] em {dob} em {town}[, {job} de "
            "profissão|]. Edito sobretudo [história local|futebol].",
            "== Sobre mim ==\nChamo-me {given}, tenho {age} anos e moro em {town}.",
            "Wikipedista desde {year}. Na vida real: {name}, {town}.",
        ),
    ),
    Family(
        id="pt.neg.public_figure.prefeito",
        lang="pt",
        flag=False,
        exemption="public_figure",
        kinds=("article", "wikidata"),
        templates=(
            "'''{public_name}''' ({town}, {dob}) é [político|escritor] e "
            "[prefeito|presidente da câmara] de {town} desde {year}.",
            "Rótulo (pt): {public_name}\nocupação (P106): político\ncargo ocupado "
            "(P39): presidente da câmara de {town}\ndata de nascimento (P569): {dob}",
            "{public_name} nasceu em {dob} e foi [eleito deputado|eleita senadora] "
            "em {year}.",
        ),
    ),
    Family(
        id="pt.neg.historical.casa_museu",
        lang="pt",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{public_name} ([1808|1839|1855]–[1870|1908|1930]) viveu na {street} a "
            "partir de [1840|1885]; hoje a casa alberga {org}.",
            "Placa na {street}: «Nesta casa nasceu {public_name}, [poeta|pintor|"
            "abolicionista], a [3 de abril|12 de junho] de [1821|1799]».",
            "Casa natal de {public_name} em {town} ({street}), atual casa-museu.",
        ),
    ),
    Family(
        id="pt.neg.photo_credit.autor",
        lang="pt",
        flag=False,
        exemption="photo_credit",
        kinds=("file",),
        templates=(
            "{{Information\n"
            "|description=Praça de {town}\n"
            "|date={date}\n"
            "|author={name}\n"
            "|source=trabalho próprio\n}}",
            "Foto: {name} / CC BY-SA 4.0",
            "Autorização recebida via VRT (ticket " + _VRT_NO + "); fotógrafo: {name}.",
        ),
    ),
    Family(
        id="pt.neg.example.cpf_formato",
        lang="pt",
        flag=False,
        exemption="example",
        kinds=("article",),
        templates=(
            "O {id_word} tem [11 dígitos|vários dígitos] com dígitos verificadores; "
            "exemplo fictício: {id_number}.",
            "Exemplo de {id_word} (espécime): {id_number}. Os últimos dígitos são de "
            "controlo.",
            "Formato do {id_word}: ver tabela; número de exemplo {id_number}.",
        ),
    ),
    Family(
        id="pt.neg.self_disclosure.renomear_proprio",
        lang="pt",
        flag=False,
        exemption="self_disclosure",
        kinds=("rename",),
        templates=(
            "Nome atual: {editor}\nNome pretendido: {name}\nMotivo: quero editar com o "
            "meu nome verdadeiro.",
            "Por favor, renomeiem a minha conta para {given}{surname}, que é o meu "
            "nome real.",
            "Sou {name} e peço a renomeação da minha conta ({editor}) para o meu nome.",
        ),
    ),
    # ---------------------------------------------------------------- Dutch
    Family(
        id="nl.neg.self_disclosure.over_mij",
        lang="nl",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Hallo, ik ben {name}, geboren op {dob} in {town}[ en werkzaam als {job}|]. "
            "Ik schrijf vooral over [streekgeschiedenis|wielrennen].",
            "== Over mij ==\nIk heet {given}, ben {age} jaar en woon in {town}.",
            "Wikipediaan sinds {year}. In het echt: {name}, {town}.",
        ),
    ),
    Family(
        id="nl.neg.public_figure.burgemeester",
        lang="nl",
        flag=False,
        exemption="public_figure",
        kinds=("article", "wikidata"),
        templates=(
            "'''{public_name}''' ({town}, {dob}) is een Nederlands[e|] "
            "[politicus|schrijver|bestuurder]. Sinds {year} is [hij|zij] burgemeester "
            "van {town}.",
            "Label (nl): {public_name}\nberoep (P106): politicus\nfunctie (P39): "
            "burgemeester van {town}\ngeboortedatum (P569): {dob}",
            "{public_name} werd geboren op {dob} en werd in {year} [Tweede Kamerlid|"
            "wethouder].",
        ),
    ),
    Family(
        id="nl.neg.historical.geboortehuis",
        lang="nl",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{public_name} ([1811|1833|1853]–[1872|1890|1925]) woonde vanaf [1840|1880] "
            "aan de {street}; het huis is nu {org}.",
            "Gevelsteen aan de {street}: „Hier woonde {public_name}, [schilder|dichter|"
            "uitvinder], [1821–1884|1790–1852]”.",
            "Geboortehuis van {public_name} in {town}, {street} (rijksmonument).",
        ),
    ),
    Family(
        id="nl.neg.vrt.toestemming",
        lang="nl",
        flag=False,
        exemption="vrt",
        kinds=("file",),
        templates=(
            "{{PermissionTicket|id=" + _VRT_ID + "|user={editor}}}",
            "Toestemming via VRT ontvangen van de maker, {name} (ticket " + _VRT_NO + ").",
            "Fotograaf: {name} — gepubliceerd met toestemming, CC BY-SA 4.0.",
        ),
    ),
    Family(
        id="nl.neg.example.bsn_uitleg",
        lang="nl",
        flag=False,
        exemption="example",
        kinds=("article",),
        templates=(
            "Het {id_word} bestaat uit [negen cijfers|cijfers] en voldoet aan de "
            "elfproef; een fictief voorbeeld is {id_number}.",
            "Voorbeeld ({id_word}, specimen): {id_number}.",
            "Opbouw van het {id_word}: zie tabel; voorbeeldnummer {id_number}.",
        ),
    ),
    Family(
        id="nl.neg.public_org.gemeentehuis",
        lang="nl",
        flag=False,
        exemption="public_org",
        kinds=("article", "wikidata", "file"),
        templates=(
            "{org} is gevestigd aan de {org_address}[, tegenover het station|].",
            "Contact: {org}, {org_address}, tel. {org_phone}.",
            "Gevel van {org} ({org_address}) gezien vanaf de markt.",
        ),
    ),
    # ---------------------------------------------------------------- Polish
    Family(
        id="pl.neg.self_disclosure.o_mnie",
        lang="pl",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Cześć, jestem {name}, [urodzony|urodzona] {dob}[, z zawodu {job}|]. "
            "Piszę głównie o [historii regionu|kolejnictwie].",
            "== O mnie ==\nNazywam się {given}, rocznik {birth_year}, mieszkam w "
            "[Polsce|okolicy miejscowości {town}].",
            "Wikipedysta od {year}. W realu: {name}.",
        ),
    ),
    Family(
        id="pl.neg.public_figure.prezydent_miasta",
        lang="pl",
        flag=False,
        exemption="public_figure",
        kinds=("article", "wikidata"),
        templates=(
            "'''{public_name}''' (ur. {dob}) – polski [polityk|pisarz|samorządowiec], "
            "od {year} prezydent miasta {town}.",
            "Etykieta (pl): {public_name}\nzajęcie (P106): polityk\npełnione "
            "stanowisko (P39): prezydent miasta {town}\ndata urodzenia (P569): {dob}",
            "{public_name} (ur. {dob}) od {year} pełni funkcję [prezydenta miasta {town}|"
            "starosty|posła na Sejm].",
        ),
    ),
    Family(
        id="pl.neg.historical.dom_muzeum",
        lang="pl",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{public_name} ([1810|1832|1857]–[1870|1899|1921]) mieszkał przy {street} od "
            "[1840|1880]; obecnie w domu mieści się {org}.",
            "Tablica pamiątkowa przy {street}: „W tym domu mieszkał {public_name}, "
            "[poeta|malarz|wynalazca], [1821–1884|1790–1852]”.",
            "Dom rodzinny {public_name}, {street}, obecnie muzeum.",
        ),
    ),
    Family(
        id="pl.neg.photo_credit.autor_zdjecia",
        lang="pl",
        flag=False,
        exemption="photo_credit",
        kinds=("file",),
        templates=(
            "{{Information\n"
            "|description=Rynek, {town}\n"
            "|date={date}\n"
            "|author={name}\n"
            "|source=praca własna\n}}",
            "Fot. {name} / CC BY-SA 4.0",
            "Zgoda przesłana przez VRT (zgłoszenie " + _VRT_NO + "); autor zdjęcia: {name}.",
        ),
    ),
    Family(
        id="pl.neg.example.pesel_budowa",
        lang="pl",
        flag=False,
        exemption="example",
        kinds=("article",),
        templates=(
            "Numer ({id_word}) ma [ustaloną budowę|stały format]; przykładowy, fikcyjny "
            "numer to {id_number}.",
            "Przykład ({id_word}, wzór): {id_number}. Ostatnia cyfra jest kontrolna.",
            "Budowa numeru – zob. tabela; numer wzorcowy ({id_word}): {id_number}.",
        ),
    ),
    Family(
        id="pl.neg.neutral.isbn_sygnatura",
        lang="pl",
        flag=False,
        exemption="neutral",
        kinds=("article", "file"),
        templates=(
            "{public_name}, ''[Dzieje miasta|Przewodnik po okolicy]'', Wydawnictwo "
            "[Literackie|Znak], {year}, ISBN 978-83-[240|7180|08]-[1234|553|0917]-[5|X|2].",
            "Sygnatura: [Rkps|BJ Rkps] [1932|8412] [II|III], nr inw. {year}/[41|117].",
            "Nr inwentarzowy {org}: [MNK|MHK]-{year}-[041|117|382].",
        ),
    ),
)
