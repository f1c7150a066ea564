"""More outing families: article vandalism against private people, IP ties, veiled threats, COI
naming (de, fr, es, it, pt, nl, pl)."""

from __future__ import annotations

from synth.family import Family

DE = (
    Family(
        id="de.birth_date.more_article_kid_mockery", lang="de", kinds=("article",),
        types=("name", "birth_date"),
        templates=(
            "[Der|Die] [bekannteste|dümmste|hässlichste] [Schüler|Schülerin] von {town} ist "
            "{name} (geb. {dob_num})[, Klasse 7b|, geht in die 8a|][.|!] [Lacht [ihn|sie] aus, "
            "wenn [er|sie] vorbeigeht|Alle mal winken wenn [er|sie] kommt][!|!!| xD]",
            "{given} {surname}, geboren am {dob}, [wohnt|lebt] in {town} und ist [der größte "
            "Loser|die größte Petze] der [Realschule|Gesamtschule|Grundschule][.|!!]",
            "'''{name}''' ({dob_num}) [ist|war] [Schüler|Schülerin] der [Klasse 6a|9c|10b] "
            "[und stinkt|und hat keine Freunde|und heult ständig][ LOL|!|.]",
            "In {town} [wohnt|lebt] auch {name} ({age} Jahre alt), [den|die] [jeder|die ganze "
            "Schule] [kennt|auslacht][.|, schreibt [ihm|ihr] mal!]",
        ),
    ),
    Family(
        id="de.address.more_article_neighbour", lang="de", kinds=("article",),
        types=("name", "address"),
        templates=(
            "[Bekannteste|Nervigste] [Einwohnerin|Einwohner|Nachbarin] [ist|war] {name}, "
            "{street}[, die|, der] [jeden Tag die Nachbarn anschreit|ihren Müll nicht trennt]"
            "[.|!]",
            "== Persönlichkeiten ==\n* {name} ({street}) – [Dorftrottel|Klatschtante|"
            "Hobby-Falschparker][, [bitte|einfach] mal klingeln|]",
            "{name} aus der {street} in {town} [ist|war] [Lehrer|Lehrerin] an der [örtlichen "
            "Schule|Grundschule] und [hasst Kinder|ist total unfähig][.|!]",
        ),
    ),
    Family(
        id="de.profile.more_article_handle_mock", lang="de", kinds=("article",),
        types=("name", "profile"),
        templates=(
            "{name} [(Klasse 8b)|aus der 7a|] ist [auf|bei] {platform} als {handle} [unterwegs|"
            "aktiv][, schreibt [ihm|ihr] [alle|mal] was [Nettes|]|, folgt [ihm|ihr] und lacht]"
            "[!|!!|.]",
            "[Der|Die] [Klassenclown|Streber|Außenseiterin] {given} {surname} [hat|betreibt] "
            "den Account {profile_url}[ – [alle|bitte] melden|, da [sieht man|sieht ihr] die "
            "peinlichen Fotos][.|!]",
            "Mehr [Infos|Bilder] über {name} ({age}): {handle} auf {platform}[ haha| xD|]",
        ),
    ),
    Family(
        id="de.ip_address.more_vm_conclusion", lang="de", kinds=("noticeboard", "article_talk"),
        types=("ip_address",),
        templates=(
            "[Das ist doch eindeutig|Ganz klar|Offensichtlich] {target}, [der sich|die sich] "
            "[nur|mal wieder] ausgeloggt hat: {ip_link}[ macht|, gleiche] [dieselben Edits|"
            "dieselben Artikel|denselben Stil][.|!]",
            ":[Zur Info|Nur zur Info|FYI]: {ip} [ist|gehört zu] {target}[, hat [er|sie] "
            "[selbst|] mal [zugegeben|verraten]| (vergessen einzuloggen)][.|]",
            "Die IP {ip} [ist|=] {target} – [Ausloggen|ausgeloggtes Editieren] ändert [daran|]"
            " nichts[, bitte [beide|die IP] sperren|].",
        ),
    ),
    Family(
        id="de.workplace.more_ip_office", lang="de", kinds=("noticeboard", "article_talk"),
        types=("ip_address", "workplace"),
        templates=(
            "[Die|Diese] IP {ip} [gehört zu|liegt bei] {employer}[ – und|, und] da "
            "[arbeitet|sitzt] {target} [bekanntlich|ja] als {job}[.|!]",
            "{target} [editiert|schreibt] [offensichtlich|wohl] vom [Büro|Arbeitsplatz] aus: "
            "{ip} ist [das Netz|ein Anschluss] von {employer}[, wo [er|sie] als {job} "
            "arbeitet|].",
            ":[Whois|Ein Whois] zu {ip} [ergibt|zeigt] {employer}. [Passt|Das passt] [genau|] "
            "zu {target}, [der|die] dort {job} ist[.|, Zufall?]",
        ),
    ),
    Family(
        id="de.threat.more_veiled_school", lang="de", kinds=("user_talk",),
        types=("threat",),
        templates=(
            "Ich weiß, an welcher Schule du [unterrichtest|arbeitest][. |, ]{target}. Die "
            "Eltern [deiner Schüler|deiner Schülerinnen] fänden [das hier|deine Edits] "
            "[sicher|bestimmt] [sehr|] interessant[.|…]",
            "[Na,|Tja,] {target}, [deine Familie|deine Frau|dein Chef] [wird|würde] [sicher "
            "gern|bestimmt gern] lesen, was du hier so schreibst[.|…| ;)]",
            "[Pass auf|Überleg dir gut], was du [revertierst|schreibst]. [Ich weiß|Wir "
            "wissen] [genau|] wer du bist[ und wo du wohnst|]. [Noch ist das privat.|Noch.]",
        ),
    ),
    Family(
        id="de.threat.more_conditional_reveal", lang="de", kinds=("user_talk", "article_talk"),
        types=("threat",),
        templates=(
            "[Wenn|Falls] du [noch einmal|nochmal] revertierst, [schreibe ich|poste ich] "
            "[deinen Klarnamen|deinen echten Namen|deinen Arbeitgeber] [hier|auf die VM|"
            "überall] hin[.|!]",
            "{{ping|{target}}} Letzte Warnung: [noch ein Edit|noch eine Löschung] und [alle|"
            "jeder hier] erfährt, wer [hinter dem Account steckt|du wirklich bist][.|!]",
            "[Mach so weiter|Mach ruhig weiter] und ich [rufe|schreibe] [bei deiner Firma|"
            "deinem Chef] [an|]. [Ich weiß wo du arbeitest.|Die Adresse hab ich.]",
        ),
    ),
    Family(
        id="de.name.more_coi_manager", lang="de", kinds=("article_talk",),
        types=("name", "workplace"),
        templates=(
            "[Klarer|Eindeutiger] Interessenkonflikt: {target} ist [doch|offensichtlich] "
            "{name}, {job} bei {employer}[.|!] [Kein Wunder|Daher] die [Werbesprache|"
            "Lobhudelei].",
            "[Hinter|Hinter dem Account] {target} steckt [natürlich|ganz sicher] {name} "
            "({job}, {employer})[ – [einfach mal|bitte] [[WP:IK]] lesen|].",
            ":Wer [schreibt|bearbeitet] denn [hier|den Artikel] [so fleißig|ständig]? {name}, "
            "[seines Zeichens|von Beruf] {job} bei {employer}, alias {target}[.|. Q.e.d.]",
        ),
    ),
)

FR = (
    Family(
        id="fr.birth_date.more_article_kid_mockery", lang="fr", kinds=("article",),
        types=("name", "birth_date"),
        templates=(
            "[Le plus|La plus] [célèbre|nul|nulle|moche] [élève|collégien|collégienne] de "
            "{town} est {name} (né[e|] le {dob})[, en 5e B|, classe de 4e A|][.|!] "
            "[Moquez-vous de [lui|elle] quand [il|elle] passe|Faites-[lui|] coucou][!|!!| mdr]",
            "{given} {surname}, [né|née] le {dob_num}, [habite|vit] à {town} et [c'est|est] "
            "[le plus gros boloss|la pire balance] du [collège|lycée][.|!!]",
            "'''{name}''' ({dob_num}) [est|était] [élève|en classe] de [6e C|3e B|CM2] [et "
            "pue|et n'a aucun ami|et pleure tout le temps][ lol|!|.]",
            "À {town} [habite|vit] aussi {name} ({age} ans), que [tout le monde|tout le "
            "collège] [connaît|chambre][.|, envoyez-[lui|] des messages !]",
        ),
    ),
    Family(
        id="fr.address.more_article_neighbour", lang="fr", kinds=("article",),
        types=("name", "address"),
        templates=(
            "[Habitant|Habitante] [le plus connu|la plus pénible] : {name}, {street}, "
            "[qui crie sur ses voisins|qui ne trie pas ses poubelles][.|!]",
            "== Personnalités ==\n* {name} ({street}, {town}) – [idiot du village|commère "
            "officielle|roi du stationnement gênant][, [sonnez|passez] chez [lui|elle]|]",
            "{name}, [domicilié|domiciliée] {street} à {town}, [est|était] [professeur|"
            "prof|institutrice] à l'[école|collège] du coin et [déteste les enfants|est "
            "totalement incompétent][.|!]",
        ),
    ),
    Family(
        id="fr.profile.more_article_handle_mock", lang="fr", kinds=("article",),
        types=("name", "profile"),
        templates=(
            "{name} [(4e B)|de la 5e A|] est sur {platform} [sous le pseudo|en tant que] "
            "{handle}[, envoyez-[lui|] des messages|, abonnez-vous et rigolez][ !|.|!!]",
            "[Le bouffon|L'intello|La reine] de la classe, {given} {surname}, a le compte "
            "{profile_url}[ – signalez-le [tous|en masse]|, allez voir les photos gênantes][.|!]",
            "Plus [d'infos|de photos] sur {name} ({age} ans) : {handle} sur {platform}"
            "[ ptdr| xD|]",
        ),
    ),
    Family(
        id="fr.ip_address.more_rca_conclusion", lang="fr", kinds=("noticeboard", "article_talk"),
        types=("ip_address",),
        templates=(
            "[C'est|C'est bien|C'est évidemment] {target} [déconnecté|non connecté] : "
            "{ip_link} [fait|a fait] [exactement|] les mêmes [modifications|guerres "
            "d'édition][.|, même style, mêmes articles.]",
            ":[Pour info|Je signale que] {ip} [est|correspond à] {target}[, [il|elle] l'a "
            "[lui-même|] [reconnu|avoué] [plus haut|en PdD]| (oubli de connexion)][.|]",
            "L'IP {ip} [et|=] {target}, [c'est la même personne|même combat][, merci de "
            "bloquer [les deux|l'IP aussi]|]. [Aucun doute.|Évident.|]",
        ),
    ),
    Family(
        id="fr.workplace.more_ip_office", lang="fr", kinds=("noticeboard", "article_talk"),
        types=("ip_address", "workplace"),
        templates=(
            "L'IP {ip} [appartient à|est celle de] {employer}[, où|… et comme par hasard] "
            "{target} [travaille|bosse] comme {job}[.|!]",
            "{target} [contribue|modifie] [visiblement|manifestement] depuis son [bureau|"
            "lieu de travail] : {ip} [est|renvoie à] {employer}[, son employeur|].",
            ":Un whois sur {ip} donne {employer}. [Ça colle|Cela correspond] [parfaitement|] "
            "avec {target}, {job} [là-bas|chez eux][.|, non ?]",
        ),
    ),
    Family(
        id="fr.threat.more_veiled_school", lang="fr", kinds=("user_talk",),
        types=("threat",),
        templates=(
            "Je sais dans quel [collège|lycée|établissement] tu [enseignes|bosses], "
            "{target}. Les parents de tes élèves [seraient très intéressés|trouveraient "
            "ça sûrement intéressant][.|…]",
            "[Bon,|Tiens,] {target}, [ta famille|ta femme|ton patron] [lira|lirait] [avec "
            "plaisir|sûrement] ce que tu écris ici[.|…| ;)]",
            "[Fais attention|Réfléchis bien] à ce que tu [annules|écris]. [Je sais|On sait] "
            "[très bien|] qui tu es[ et où tu habites|]. [Pour l'instant ça reste "
            "privé.|Pour l'instant.]",
        ),
    ),
    Family(
        id="fr.threat.more_conditional_reveal", lang="fr", kinds=("user_talk", "article_talk"),
        types=("threat",),
        templates=(
            "[Si|Encore une fois et si] tu [annules|révoques] [encore|à nouveau], je "
            "[publie|mets] ton [vrai nom|nom complet|employeur] [ici|sur le Bistro|partout]"
            "[.|!]",
            "{{notif|{target}}} Dernier avertissement : [encore une modif|une révocation de "
            "plus] et [tout le monde|tout le Bistro] saura qui [se cache derrière ce "
            "compte|tu es vraiment][.|!]",
            "[Continue comme ça|Vas-y continue] et j'[appelle|écris à] [ta boîte|ton chef]. "
            "[Je sais où tu travailles.|J'ai l'adresse.]",
        ),
    ),
    Family(
        id="fr.name.more_coi_manager", lang="fr", kinds=("article_talk",),
        types=("name", "workplace"),
        templates=(
            "[Conflit d'intérêts évident|CAOI manifeste] : {target}, c'est [évidemment|bien "
            "sûr] {name}, {job} chez {employer}[.|!] [D'où|Ça explique] le ton promotionnel.",
            "Derrière {target} [il y a|se cache] [clairement|sans doute aucun] {name} ({job}, "
            "{employer})[ – [[WP:CAOI]] s'applique|].",
            ":Qui [modifie|réécrit] [cet article|la page] [sans arrêt|en boucle] ? {name}, "
            "{job} [de son état|de métier] chez {employer}, alias {target}[.|. CQFD.]",
        ),
    ),
)

ES = (
    Family(
        id="es.birth_date.more_article_kid_mockery", lang="es", kinds=("article",),
        types=("name", "birth_date"),
        templates=(
            "[El|La] [alumno|alumna|niño|niña] más [famoso|famosa|tonto|pringado] de {town} "
            "es {name} (nacido el {dob})[, de 2.º B|, va a 1.º de la ESO|][.|!] [Reíos de "
            "[él|ella] cuando pase|Saludadle cuando lo veáis][!|!!| jajaja]",
            "{given} {surname}, [nacido|nacida] el {dob_num}, [vive|reside] en {town} y es "
            "[el mayor pringado|la mayor chivata] del [instituto|colegio][.|!!]",
            "'''{name}''' ({dob_num}) [es|era] alumno de [3.º A|6.º C|4.º de ESO] [y huele "
            "mal|y no tiene amigos|y llora todo el rato][ xd|!|.]",
            "En {town} [vive|reside] también {name} ({age} años), [al que|a la que] [todo el "
            "mundo|todo el insti] [conoce|se ríe][.|, ¡mandadle mensajes!]",
        ),
    ),
    Family(
        id="es.address.more_article_neighbour", lang="es", kinds=("article",),
        types=("name", "address"),
        templates=(
            "[Vecino|Vecina] más [conocido|pesado|cotilla]: {name}, en {street}, "
            "[que grita a todo el barrio|que no recoge lo de su perro][.|!]",
            "== Personajes ilustres ==\n* {name} ({street}, {town}) – [el tonto del "
            "pueblo|la cotilla oficial|aparca fatal][, [id a|pasad por] su casa|]",
            "{name}, [con domicilio|que vive] en {street} ({town}), [es|era] [profesor|"
            "profesora|maestra] del colegio [del barrio|público] y [odia a los niños|es un "
            "inútil][.|!]",
        ),
    ),
    Family(
        id="es.profile.more_article_handle_mock", lang="es", kinds=("article",),
        types=("name", "profile"),
        templates=(
            "{name} [(2.º B)|de 1.º A|] está en {platform} como {handle}[, ¡mandadle "
            "mensajes|, seguidle y reíos][!|.|!!]",
            "[El payaso|La empollona|El rarito] de la clase, {given} {surname}, tiene la "
            "cuenta {profile_url}[ – reportadla [todos|en masa]|, mirad las fotos "
            "vergonzosas][.|!]",
            "Más [info|fotos] de {name} ({age} años): {handle} en {platform}[ jajaja| xd|]",
        ),
    ),
    Family(
        id="es.ip_address.more_tab_conclusion", lang="es", kinds=("noticeboard", "article_talk"),
        types=("ip_address",),
        templates=(
            "[Está claro que es|Es evidente: es|Obviamente es] {target} sin "
            "[iniciar sesión|loguearse]: {ip_link} hace [exactamente|] las mismas "
            "[ediciones|reversiones][.|, mismo estilo, mismos artículos.]",
            ":[Para que conste|Aviso], {ip} [es|corresponde a] {target}[, [él|ella] mismo lo "
            "[admitió|reconoció] [arriba|en su discusión]| (se le olvidó iniciar sesión)][.|]",
            "La IP {ip} y {target} son la misma persona[, bloquead [ambas|también la IP]|]. "
            "[Sin duda.|Evidente.|]",
        ),
    ),
    Family(
        id="es.workplace.more_ip_office", lang="es", kinds=("noticeboard", "article_talk"),
        types=("ip_address", "workplace"),
        templates=(
            "La IP {ip} [sale a nombre de|es de] {employer}[, donde|… y qué casualidad,] "
            "{target} [trabaja|curra] como {job}[.|!]",
            "{target} [edita|está editando] [claramente|por lo visto] desde la oficina: {ip} "
            "[es|sale a nombre de] {employer}[, su empresa|].",
            ":Un whois de {ip} da {employer}. [Cuadra|Encaja] [perfectamente|] con {target}, "
            "que es {job} [allí|en esa empresa][.|, ¿casualidad?]",
        ),
    ),
    Family(
        id="es.threat.more_veiled_school", lang="es", kinds=("user_talk",),
        types=("threat",),
        templates=(
            "Sé en qué [colegio|instituto] das clase, {target}. A los padres de tus alumnos "
            "les [interesaría|encantaría] [mucho|] leer [esto|tus ediciones][.|…]",
            "[Bueno,|Oye,] {target}, [tu familia|tu mujer|tu jefe] [leerá|leería] [con "
            "gusto|seguro] lo que escribes aquí[.|…| ;)]",
            "[Ten cuidado|Piénsatelo bien] con lo que [reviertes|escribes]. [Sé|Sabemos] "
            "[perfectamente|] quién eres[ y dónde vives|]. [De momento es privado.|De "
            "momento.]",
        ),
    ),
    Family(
        id="es.threat.more_conditional_reveal", lang="es", kinds=("user_talk", "article_talk"),
        types=("threat",),
        templates=(
            "Si [vuelves a revertir|revierte otra vez], [publico|pongo] tu [nombre real|"
            "nombre completo|empresa] [aquí|en el Café|en todas partes][.|!]",
            "{{ping|{target}}} Último aviso: [una edición más|otra reversión] y [todo el "
            "mundo|todos aquí] sabrá quién [está detrás de la cuenta|eres de verdad][.|!]",
            "[Sigue así|Tú sigue] y [llamo|escribo] a [tu empresa|tu jefe]. [Sé dónde "
            "trabajas.|Tengo la dirección.]",
        ),
    ),
    Family(
        id="es.name.more_coi_manager", lang="es", kinds=("article_talk",),
        types=("name", "workplace"),
        templates=(
            "[Conflicto de interés|CDI] [evidente|clarísimo]: {target} es [obviamente|sin "
            "duda] {name}, {job} en {employer}[.|!] [De ahí|Por eso] el tono promocional.",
            "Detrás de {target} está [claramente|seguro] {name} ({job}, {employer})[ – "
            "[[WP:CDI]]|].",
            ":¿Quién [edita|reescribe] [este artículo|la página] [sin parar|una y otra "
            "vez]? {name}, {job} en {employer}, alias {target}[.|. Blanco y en botella.]",
        ),
    ),
)

IT = (
    Family(
        id="it.birth_date.more_article_kid_mockery", lang="it", kinds=("article",),
        types=("name", "birth_date"),
        templates=(
            "[Il|La] [più famoso|più sfigato|più scemo] [studente|alunno|alunna] di {town} è "
            "{name} ([nato|nata] il {dob})[, della 2ª B|, in terza media|][.|!] [Ridetegli "
            "dietro quando passa|Salutatelo quando lo vedete][!|!!| ahahah]",
            "{given} {surname}, [nato|nata] il {dob_num}, [abita|vive] a {town} ed è [il più "
            "grande sfigato|la più grande spiona] della [scuola media|scuola][.|!!]",
            "'''{name}''' ({dob_num}) [è|era] alunno della [1ª A|3ª C|5ª elementare] [e "
            "puzza|e non ha amici|e piange sempre][ lol|!|.]",
            "A {town} [vive|abita] anche {name} ({age} anni), che [tutti|tutta la scuola] "
            "[conoscono|prende in giro][.|, scrivetegli!]",
        ),
    ),
    Family(
        id="it.address.more_article_neighbour", lang="it", kinds=("article",),
        types=("name", "address"),
        templates=(
            "[Abitante|Residente] più [noto|rompiscatole|pettegolo]: {name}, {street}, "
            "[che urla contro i vicini|che non fa la differenziata][.|!]",
            "== Personalità ==\n* {name} ({street}, {town}) – [lo scemo del villaggio|la "
            "pettegola ufficiale|parcheggia malissimo][, [suonategli|passate] a casa|]",
            "{name}, [residente|che abita] in {street} a {town}, [è|era] [professore|"
            "professoressa|maestra] della scuola [del paese|elementare] e [odia i bambini|è "
            "un incapace][.|!]",
        ),
    ),
    Family(
        id="it.profile.more_article_handle_mock", lang="it", kinds=("article",),
        types=("name", "profile"),
        templates=(
            "{name} [(2ª B)|della 3ª A|] è su {platform} come {handle}[, scrivetegli "
            "[tutti|]|, seguitelo e ridete][!|.|!!]",
            "[Il buffone|La secchiona|Lo sfigato] della classe, {given} {surname}, ha "
            "l'account {profile_url}[ – segnalatelo [tutti|in massa]|, guardate le foto "
            "imbarazzanti][.|!]",
            "Altre [info|foto] su {name} ({age} anni): {handle} su {platform}[ ahah| xD|]",
        ),
    ),
    Family(
        id="it.ip_address.more_conclusion", lang="it", kinds=("noticeboard", "article_talk"),
        types=("ip_address",),
        templates=(
            "[È chiaramente|È ovviamente|È palesemente] {target} [sloggato|non loggato]: "
            "{ip_link} fa [esattamente|] le stesse [modifiche|guerre di modifica][.|, stesso "
            "stile, stesse voci.]",
            ":[Per la cronaca|Segnalo che] {ip} [è|corrisponde a] {target}[, l'ha "
            "[ammesso|detto] [lui|lei] stess[o|a] [sopra|in talk]| (ha dimenticato il login)]"
            "[.|]",
            "L'IP {ip} e {target} sono la stessa persona[, bloccate [entrambi|anche l'IP]|]. "
            "[Nessun dubbio.|Evidente.|]",
        ),
    ),
    Family(
        id="it.workplace.more_ip_office", lang="it", kinds=("noticeboard", "article_talk"),
        types=("ip_address", "workplace"),
        templates=(
            "L'IP {ip} [risulta intestato a:|porta dritto a:|è assegnato a:] {employer}"
            "[, dove|… e guarda caso] {target} "
            "lavora come {job}[.|!]",
            "{target} [contribuisce|modifica] [chiaramente|evidentemente] dall'ufficio: {ip} "
            "[→|= whois:] {employer}[, il suo datore di lavoro|].",
            ":Un whois su {ip} dà {employer}. [Torna|Coincide] [perfettamente|] con {target}, "
            "che [lì|da loro] fa [il|la] {job}[.|, coincidenza?]",
        ),
    ),
    Family(
        id="it.threat.more_veiled_school", lang="it", kinds=("user_talk",),
        types=("threat",),
        templates=(
            "So in quale scuola [insegni|lavori], {target}. I genitori dei tuoi alunni "
            "[sarebbero molto interessati|troverebbero tutto questo interessante][.|…]",
            "[Beh,|Senti,] {target}, [la tua famiglia|tua moglie|il tuo capo] [leggerà|"
            "leggerebbe] [volentieri|sicuramente] quello che scrivi qui[.|…| ;)]",
            "[Stai attento|Pensaci bene] a cosa [annulli|scrivi]. [So|Sappiamo] [benissimo|] "
            "chi sei[ e dove abiti|]. [Per ora resta privato.|Per ora.]",
        ),
    ),
    Family(
        id="it.threat.more_conditional_reveal", lang="it", kinds=("user_talk", "article_talk"),
        types=("threat",),
        templates=(
            "Se [annulli|rollbacki] [ancora|di nuovo], [pubblico|scrivo] il tuo [vero "
            "nome|nome e cognome|datore di lavoro] [qui|al Bar|ovunque][.|!]",
            "{{ping|{target}}} Ultimo avviso: [un'altra modifica|un altro annullamento] e "
            "[tutti|tutto il Bar] sapranno chi [c'è dietro l'utenza|sei davvero][.|!]",
            "[Continua pure|Vai avanti così] e [chiamo|scrivo a] [la tua azienda|il tuo "
            "capo]. [So dove lavori.|Ho l'indirizzo.]",
        ),
    ),
    Family(
        id="it.name.more_coi_manager", lang="it", kinds=("article_talk",),
        types=("name", "workplace"),
        templates=(
            "[Conflitto di interessi|COI] [evidente|palese]: {target} è [ovviamente|di "
            "sicuro] {name} ({job}; lavora per: {employer})[.|!] [Da qui|Ecco perché] il tono "
            "promozionale.",
            "Dietro {target} c'è [chiaramente|senza dubbio] {name} ({job}, {employer})[ – "
            "[[WP:COI]]|].",
            ":Chi [modifica|riscrive] [questa voce|la pagina] [di continuo|in loop]? {name}, "
            "{job} presso {employer}, alias {target}[.|. Come volevasi dimostrare.]",
        ),
    ),
)

PT = (
    Family(
        id="pt.birth_date.more_article_kid_mockery", lang="pt", kinds=("article",),
        types=("name", "birth_date"),
        templates=(
            "[O|A] [aluno|aluna|menino|menina] mais [famos[o|a]|burr[o|a]|zoad[o|a]] de "
            "{town} é {name} ([nascido|nascida] em {dob})[, do 7º B|, do 8º ano|][.|!] "
            "[Zoem [ele|ela] quando passar|Riam dele na saída][!|!!| kkkk]",
            "{given} {surname}, [nascido|nascida] em {dob_num}, [mora|vive] em {town} e é "
            "[o maior otário|a maior dedo-duro] da [escola|escola estadual][.|!!]",
            "'''{name}''' ({dob_num}) [é|era] aluno do [6º A|9º C|1º ano] [e fede|e não tem "
            "amigos|e chora o tempo todo][ kkk|!|.]",
            "Em {town} [mora|vive] também {name} ({age} anos), que [todo mundo|a escola "
            "inteira] [conhece|zoa][.|, mandem mensagem pra [ele|ela]!]",
        ),
    ),
    Family(
        id="pt.address.more_article_neighbour", lang="pt", kinds=("article",),
        types=("name", "address"),
        templates=(
            "[Morador|Moradora] mais [conhecid[o|a]|chat[o|a]|fofoqueir[o|a]]: {name}, "
            "{street}, [que grita com os vizinhos|que não recolhe o lixo][.|!]",
            "== Personalidades ==\n* {name} ({street}, {town}) – [o bobo da vila|a fofoqueira "
            "oficial|estaciona na calçada][, [toquem a campainha|passem lá]|]",
            "{name}, [que mora|residente] na {street} em {town}, [é|era] [professor|"
            "professora] da escola [do bairro|municipal] e [odeia crianças|é um "
            "incompetente][.|!]",
        ),
    ),
    Family(
        id="pt.profile.more_article_handle_mock", lang="pt", kinds=("article",),
        types=("name", "profile"),
        templates=(
            "{name} [(7º B)|do 8º A|] está no {platform} como {handle}[, mandem "
            "mensagem|, sigam e zoem][!|.|!!]",
            "[O palhaço|A nerd|O esquisito] da turma, {given} {surname}, tem a conta "
            "{profile_url}[ – denunciem [todos|em massa]|, vejam as fotos "
            "vergonhosas][.|!]",
            "Mais [info|fotos] de {name} ({age} anos): {handle} no {platform}[ kkkk| rs|]",
        ),
    ),
    Family(
        id="pt.ip_address.more_conclusion", lang="pt", kinds=("noticeboard", "article_talk"),
        types=("ip_address",),
        templates=(
            "[É claramente|É óbvio que é|Trata-se de] {target} [deslogado|sem login]: "
            "{ip_link} faz [exatamente|] as mesmas [edições|reversões][.|, mesmo estilo, "
            "mesmos artigos.]",
            ":[Para constar|Informo que], {ip} [é|corresponde a] {target}[, [ele|ela] mesm"
            "[o|a] [admitiu|confirmou] [acima|na discussão]| (esqueceu de logar)][.|]",
            "O IP {ip} e {target} são a mesma pessoa[, bloqueiem [os dois|o IP também]|]. "
            "[Sem dúvida.|Evidente.|]",
        ),
    ),
    Family(
        id="pt.workplace.more_ip_office", lang="pt", kinds=("noticeboard", "article_talk"),
        types=("ip_address", "workplace"),
        templates=(
            "O whois do IP {ip} [mostra|dá]: {employer}[, onde|… e coincidentemente] "
            "{target} "
            "trabalha como {job}[.|!]",
            "{target} [edita|está editando] [claramente|pelo visto] do [escritório|"
            "trabalho]: {ip} [→|= whois:] {employer}[, onde trabalha|].",
            ":Um whois de {ip} dá {employer}. [Bate|Confere] [certinho|perfeitamente] com "
            "{target}, que é {job} [lá|nessa empresa][.|, coincidência?]",
        ),
    ),
    Family(
        id="pt.threat.more_veiled_school", lang="pt", kinds=("user_talk",),
        types=("threat",),
        templates=(
            "Eu sei em qual escola você [dá aula|trabalha], {target}. Os pais dos seus "
            "alunos [iam adorar|ficariam muito interessados em] ler [isso|suas edições][.|…]",
            "[Olha,|Pois é,] {target}, [sua família|sua esposa|seu chefe] [vai|ia] "
            "[adorar|gostar de] ler o que você escreve aqui[.|…| ;)]",
            "[Cuidado|Pense bem] com o que você [reverte|escreve]. [Eu sei|A gente sabe] "
            "[muito bem|] quem você é[ e onde mora|]. [Por enquanto fica entre nós.|Por "
            "enquanto.]",
        ),
    ),
    Family(
        id="pt.threat.more_conditional_reveal", lang="pt", kinds=("user_talk", "article_talk"),
        types=("threat",),
        templates=(
            "Se você reverter [de novo|mais uma vez], eu [publico|posto] seu [nome "
            "verdadeiro|nome completo|empregador] [aqui|na Esplanada|em todo lugar][.|!]",
            "{{ping|{target}}} Último aviso: [mais uma edição|mais uma reversão] e "
            "[todo mundo|todos aqui] vão saber quem [está por trás da conta|você é de "
            "verdade][.|!]",
            "[Continua assim|Pode continuar] que eu [ligo|escrevo] [pra sua empresa|pro seu "
            "chefe]. [Sei onde você trabalha.|Tenho o endereço.]",
        ),
    ),
    Family(
        id="pt.name.more_coi_manager", lang="pt", kinds=("article_talk",),
        types=("name", "workplace"),
        templates=(
            "[Conflito de interesses|CDI] [evidente|óbvio]: {target} é [obviamente|com "
            "certeza] {name} ({job}; trabalha em: {employer})[.|!] [Daí|Por isso] o tom "
            "promocional.",
            "Por trás de {target} está [claramente|sem dúvida] {name} ({job}, {employer})[ – "
            "ver [[WP:CDI]]|].",
            ":Quem [edita|reescreve] [este artigo|a página] [sem parar|toda hora]? {name}, "
            "{job} (empregador: {employer}), vulgo {target}[.|. Simples assim.]",
        ),
    ),
)

NL = (
    Family(
        id="nl.birth_date.more_article_kid_mockery", lang="nl", kinds=("article",),
        types=("name", "birth_date"),
        templates=(
            "De [bekendste|domste|lelijkste] [leerling|scholier] van {town} is {name} "
            "(geboren {dob})[, klas 2b|, zit in groep 8|][.|!] [Lach [hem|haar] uit als "
            "[hij|zij] langsloopt|Zwaai maar als je [hem|haar] ziet][!|!!| haha]",
            "{given} {surname}, geboren op {dob_num}, [woont|zit] in {town} en is de "
            "[grootste sukkel|grootste klikspaan] van [de school|het lyceum|de basisschool]"
            "[.|!!]",
            "'''{name}''' ({dob_num}) [zit|zat] in [klas 1c|groep 7|3 havo] [en stinkt|en "
            "heeft geen vrienden|en huilt altijd][ lol|!|.]",
            "In {town} woont ook {name} ({age} jaar), die [iedereen|de hele school] "
            "[kent|uitlacht][.|, stuur [hem|haar] maar berichtjes!]",
        ),
    ),
    Family(
        id="nl.address.more_article_neighbour", lang="nl", kinds=("article",),
        types=("name", "address"),
        templates=(
            "[Bekendste|Irritantste] [inwoner|buurvrouw|buurman]: {name}, {street}, [die "
            "altijd tegen de buren schreeuwt|die het afval niet scheidt][.|!]",
            "== Bekende inwoners ==\n* {name} ({street}, {town}) – [dorpsgek|roddeltante|"
            "parkeert altijd op de stoep][, [bel maar aan|ga maar langs]|]",
            "{name}, [wonend|woonachtig] aan de {street} in {town}, [is|was] [leraar|"
            "lerares|juf] op de [basisschool|school] [hier|in het dorp] en [haat kinderen|"
            "is compleet incompetent][.|!]",
        ),
    ),
    Family(
        id="nl.profile.more_article_handle_mock", lang="nl", kinds=("article",),
        types=("name", "profile"),
        templates=(
            "{name} [(klas 2b)|uit 1c|] zit op {platform} als {handle}[, stuur [hem|haar] "
            "[allemaal|] een bericht|, volg en lach][!|.|!!]",
            "De [clown|nerd|loser] van de klas, {given} {surname}, heeft het account "
            "{profile_url}[ – [allemaal|massaal] rapporteren|, kijk die gênante foto's]"
            "[.|!]",
            "Meer [info|foto's] over {name} ({age}): {handle} op {platform}[ haha| xD|]",
        ),
    ),
    Family(
        id="nl.ip_address.more_conclusion", lang="nl", kinds=("noticeboard", "article_talk"),
        types=("ip_address",),
        templates=(
            "[Dit is overduidelijk|Uiteraard is dit|Dit is gewoon] {target} [uitgelogd|"
            "zonder in te loggen]: {ip_link} doet [precies|] dezelfde [bewerkingen|"
            "terugdraaiingen][.|, zelfde stijl, zelfde artikelen.]",
            ":[Ter info|Even ter info]: {ip} [is|hoort bij] {target}[, heeft [hij|zij] "
            "[zelf|] [toegegeven|gezegd] [hierboven|op de OP]| (vergeten in te loggen)][.|]",
            "IP {ip} en {target} zijn dezelfde persoon[, graag [beide|ook het IP] blokkeren|]"
            ". [Geen twijfel.|Evident.|]",
        ),
    ),
    Family(
        id="nl.workplace.more_ip_office", lang="nl", kinds=("noticeboard", "article_talk"),
        types=("ip_address", "workplace"),
        templates=(
            "Het IP {ip} [is van|hoort bij] {employer}[, waar|… en toevallig] {target} "
            "werkt als {job}[.|!]",
            "{target} [bewerkt|edit] [duidelijk|blijkbaar] vanaf kantoor: {ip} [is|staat "
            "op naam van] {employer}[, [zijn|haar] werkgever|].",
            ":Een whois op {ip} geeft {employer}. [Klopt|Past] [precies|perfect] bij "
            "{target}, die daar {job} is[.|, toeval?]",
        ),
    ),
    Family(
        id="nl.threat.more_veiled_school", lang="nl", kinds=("user_talk",),
        types=("threat",),
        templates=(
            "Ik weet op welke school je [lesgeeft|werkt], {target}. De ouders van je "
            "leerlingen [zouden dit heel interessant vinden|vinden dit vast interessant][.|…]",
            "[Nou,|Tja,] {target}, [je familie|je vrouw|je baas] [zal|zou] [vast graag|"
            "met plezier] lezen wat je hier schrijft[.|…| ;)]",
            "[Pas op|Denk goed na] wat je [terugdraait|schrijft]. [Ik weet|We weten] "
            "[precies|] wie je bent[ en waar je woont|]. [Nog is het privé.|Nog wel.]",
        ),
    ),
    Family(
        id="nl.threat.more_conditional_reveal", lang="nl", kinds=("user_talk", "article_talk"),
        types=("threat",),
        templates=(
            "Als je [nog één keer|weer] terugdraait, [zet|post] ik je [echte naam|volledige "
            "naam|werkgever] [hier|in De Kroeg|overal][.|!]",
            "{{ping|{target}}} Laatste waarschuwing: [nog één bewerking|nog een revert] en "
            "[iedereen|heel De Kroeg] weet wie [er achter het account zit|je echt bent]"
            "[.|!]",
            "[Ga zo door|Ga maar door] en ik [bel|mail] [je werk|je baas]. [Ik weet waar je "
            "werkt.|Het adres heb ik.]",
        ),
    ),
    Family(
        id="nl.name.more_coi_manager", lang="nl", kinds=("article_talk",),
        types=("name", "workplace"),
        templates=(
            "[Duidelijk|Overduidelijk] [belangenconflict|BTNI-probleem]: {target} is "
            "[natuurlijk|uiteraard] {name}, {job} bij {employer}[.|!] [Vandaar|Dat "
            "verklaart] de reclametaal.",
            "Achter {target} zit [duidelijk|ongetwijfeld] {name} ({job}, {employer})[ – zie "
            "[[WP:BTNI]]|].",
            ":Wie [bewerkt|herschrijft] [dit artikel|de pagina] [steeds|continu]? {name}, "
            "{job} bij {employer}, alias {target}[.|. Zo simpel is het.]",
        ),
    ),
)

PL = (
    Family(
        id="pl.birth_date.more_article_kid_mockery", lang="pl", kinds=("article",),
        types=("name", "birth_date"),
        templates=(
            "[Najsłynniejszym|Najgłupszym|Najbrzydszym] [uczniem|chłopakiem] w {town} jest "
            "{name} (ur. {dob})[, klasa 6b|, chodzi do 7a|][.|!] [Śmiejcie się z niego, "
            "jak przechodzi|Pomachajcie mu na przerwie][!|!!| xD]",
            "{given} {surname}, [urodzony|urodzona] {dob_num}, mieszka w {town} i jest "
            "[największym frajerem|największą kablarą] w [szkole|podstawówce|liceum][.|!!]",
            "'''{name}''' ({dob_num}) [jest|był] uczniem klasy [5c|8a|2 LO] [i śmierdzi|i nie "
            "ma kolegów|i ciągle płacze][ hehe|!|.]",
            "W {town} mieszka też {name} (lat {age}), [którego|z którego] [wszyscy|cała "
            "szkoła] [znają|się śmieje][.|, piszcie do niego!]",
        ),
    ),
    Family(
        id="pl.address.more_article_neighbour", lang="pl", kinds=("article",),
        types=("name", "address"),
        templates=(
            "[Najbardziej znaną|Najbardziej wkurzającą] [mieszkanką|sąsiadką] jest {name}, "
            "{street}, [która krzyczy na sąsiadów|która nie segreguje śmieci][.|!]",
            "== Znani mieszkańcy ==\n* {name} ({street}, {town}) – [wioskowy głupek|"
            "plotkara|parkuje na chodniku][, [zadzwońcie|wpadnijcie] do niej|]",
            "{name}, [zamieszkały|zamieszkała] przy {street} w {town}, [jest|był] "
            "[nauczycielem|nauczycielką|wuefistą] w [miejscowej szkole|podstawówce] i "
            "[nienawidzi dzieci|jest totalnie niekompetentny][.|!]",
        ),
    ),
    Family(
        id="pl.profile.more_article_handle_mock", lang="pl", kinds=("article",),
        types=("name", "profile"),
        templates=(
            "{name} [(klasa 7b)|z 8a|] jest na {platform} jako {handle}[, piszcie do "
            "[niego|niej] [wszyscy|]|, obserwujcie i się śmiejcie][!|.|!!]",
            "[Klasowy błazen|Kujonka|Dziwak] {given} {surname} ma konto "
            "{profile_url}[ – zgłaszajcie [wszyscy|masowo]|, zobaczcie te żenujące "
            "zdjęcia][.|!]",
            "Więcej [info|zdjęć] o {name} ({age} lat): {handle} na {platform}[ xD| hehe|]",
        ),
    ),
    Family(
        id="pl.ip_address.more_conclusion", lang="pl", kinds=("noticeboard", "article_talk"),
        types=("ip_address",),
        templates=(
            "[To ewidentnie|To oczywiście|Przecież to] {target} [niezalogowany|bez "
            "logowania]: {ip_link} robi [dokładnie|] te same [edycje|rewerty][.|, ten sam "
            "styl, te same hasła.]",
            ":[Dla porządku|Informuję], że {ip} [to|należy do] {target}[, sam się "
            "[przyznał|przyznała] [wyżej|w dyskusji]| (zapomniał się zalogować)][.|]",
            "IP {ip} i {target} to ta sama osoba[, proszę zablokować [oba|też IP]|]. "
            "[Bez wątpienia.|Ewidentne.|]",
        ),
    ),
    Family(
        id="pl.workplace.more_ip_office", lang="pl", kinds=("noticeboard", "article_talk"),
        types=("ip_address", "workplace"),
        templates=(
            "IP {ip} [należy do|to sieć] {employer}[, gdzie|… a tak się składa, że] "
            "{target} pracuje jako {job}[.|!]",
            "{target} [edytuje|pisze] [wyraźnie|najwyraźniej] z pracy: {ip} [to|jest "
            "zarejestrowane na] {employer}[, [jego|jej] pracodawcę|].",
            ":Whois {ip} [daje|pokazuje] {employer}. [Zgadza się|Pasuje] [idealnie|co do "
            "joty] z {target}, który jest tam {job}[.|, przypadek?]",
        ),
    ),
    Family(
        id="pl.threat.more_veiled_school", lang="pl", kinds=("user_talk",),
        types=("threat",),
        templates=(
            "Wiem, w której szkole [uczysz|pracujesz], {target}. Rodzice twoich uczniów "
            "[byliby|na pewno byliby] [bardzo|] zainteresowani [tym|twoimi edycjami][.|…]",
            "[No,|Cóż,] {target}, [twoja rodzina|twoja żona|twój szef] [chętnie|na pewno] "
            "przeczyta, co tu wypisujesz[.|…| ;)]",
            "[Uważaj|Zastanów się], co [rewertujesz|piszesz]. [Wiem|Wiemy] [doskonale|] "
            "kim jesteś[ i gdzie mieszkasz|]. [Na razie to zostaje między nami.|Na razie.]",
        ),
    ),
    Family(
        id="pl.threat.more_conditional_reveal", lang="pl", kinds=("user_talk", "article_talk"),
        types=("threat",),
        templates=(
            "Jeśli jeszcze raz [zrewertujesz|cofniesz], [wrzucę|opublikuję] twoje "
            "[prawdziwe nazwisko|imię i nazwisko|miejsce pracy] [tutaj|w Kawiarence|"
            "wszędzie][.|!]",
            "{{ping|{target}}} Ostatnie ostrzeżenie: [jeszcze jedna edycja|jeszcze jeden "
            "rewert] i [wszyscy|cała Kawiarenka] się dowiedzą, kto [stoi za tym kontem|jest "
            "naprawdę][.|!]",
            "[Rób tak dalej|Kontynuuj], a [zadzwonię|napiszę] do [twojej firmy|twojego "
            "szefa]. [Wiem, gdzie pracujesz.|Adres już mam.]",
        ),
    ),
    Family(
        id="pl.name.more_coi_manager", lang="pl", kinds=("article_talk",),
        types=("name", "workplace"),
        templates=(
            "[Oczywisty|Ewidentny] konflikt interesów: {target} to [oczywiście|na pewno] "
            "{name}, {job} w {employer}[.|!] [Stąd|To tłumaczy] ten reklamowy ton.",
            "Za kontem {target} stoi [wyraźnie|bez wątpienia] {name} ({job}, {employer})"
            "[ – zob. [[WP:KI]]|].",
            ":Kto [edytuje|przepisuje] [ten artykuł|hasło] [bez przerwy|w kółko]? {name}, "
            "{job} w {employer}, czyli {target}[.|. Proste.]",
        ),
    ),
)

FAMILIES: tuple[Family, ...] = DE + FR + ES + IT + PT + NL + PL
