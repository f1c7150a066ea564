"""Round 4 name outing: new ways of tying an account to a private person's real name (file
metadata, rhetorical questions, greetings, family, rename objections, surname plus detail), with
hard negatives that put a name next to an account without outing anyone.
"""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk", "noticeboard")

_EN = (
    Family(
        id="en.name.file_metadata",
        lang="en",
        types=("name",),
        kinds=("file", "deletion", "user_talk", "noticeboard"),
        templates=(
            "[Funny how|Interesting that] the EXIF [data|metadata] on [every|each] upload by "
            "{target} [says|shows] \"Artist: {name}\"[. So much for anonymity.|. Might want to "
            "strip that next time.|]",
            "{target} [claims|says] [it's|this is] own work, but the [camera metadata|EXIF] "
            "[names|lists] the author as {name}[ — so either it's copyvio or that's who "
            "{target} is|, which I assume is you][.|]",
            "[The|That] PDF [you|{target}] uploaded still has \"{name}\" in the "
            "[author field|document properties][, {target}|][. Oops.|. Just saying.|]",
            "[Look at|Check] the signature [at the bottom of|on] the scanned letter "
            "[{target} uploaded|in {target}'s upload]: [it's signed|signed] {name}[, in full|]"
            "[.|. Mystery solved.]",
        ),
    ),
    Family(
        id="en.name.rhetorical_from_town",
        lang="en",
        types=("name",),
        kinds=(*_TALK, "spi", "deletion"),
        templates=(
            "Isn't {target} [actually|really|just] {name} from {town}? [Asking for a friend.|"
            "Genuine question.|Everyone seems to think so.|]",
            "[Are we|Are we all] [really|seriously] [going to pretend|pretending] {target} "
            "isn't {name}[ from {town}|]?",
            "[Wait|Hang on], [is|isn't] this the same {name} who [runs|used to run] the "
            "[bakery|garage|football club|parish newsletter] in {town}? Because {target} "
            "[writes|edits] exactly like [him|her].",
            "[Who else|Who] [but|other than] {name} would [care this much about|edit-war over] "
            "{article}[, {target}|]?",
        ),
    ),
    Family(
        id="en.name.rename_to_hide",
        lang="en",
        types=("name",),
        kinds=("rename", "steward", "noticeboard"),
        templates=(
            "Oppose[.|:] {target} [only wants|just wants] [this rename|a new name] to hide "
            "that [he is|she is|they are] {name}[ and has a long block log|, nothing else][.|]",
            "[Renaming|A rename] won't change the fact that [you're|{target} is] {name}"
            "[, {given}|][.|. Everyone already knows.]",
            "[Comment|Note]: the old username [was|literally was] {surname}-something "
            "[and|—] {target} is {name}[; the rename is damage control|, hence the hurry][.|]",
            "[Why the sudden rename request|Sudden urge to rename], {given} {surname}? "
            "[Worried people will connect|Afraid someone connects] {target} to [your|the] "
            "[day job|family|company]?",
        ),
    ),
    Family(
        id="en.neg.no_tie.source_author",
        lang="en",
        types=(),
        flag=False,
        exemption="no_tie",
        kinds=("article_talk", "user_talk"),
        templates=(
            "{target}, the [source|citation] you added — {name}'s [article|piece|report] in "
            "the {town} [Gazette|Herald|Advertiser] ({year}) — doesn't [say that|support "
            "the figure][.|, as far as I can see.]",
            "[Per|According to] {name} ({year}), p. [12|47|203], the [mill|church|station] "
            "opened earlier[; {target}'s date seems off|. @{target}, can you check?|]",
            "[I've|Have] replaced the [blog|forum post] with {name}, ''[A History of "
            "{town}|{town} Through the Ages]'' ({year})[, {target}|][. Better source.|]",
        ),
    ),
    Family(
        id="en.neg.example.rename_docs",
        lang="en",
        types=(),
        flag=False,
        exemption="example",
        kinds=("rename", "own_user_page", "article_talk"),
        templates=(
            "''Example:'' if your account is ''{target}'' and you want it to show your "
            "real name, e.g. ''{name}'', [file a request|ask] [here|below][.|, and remember "
            "that old signatures will still show the old name.]",
            "[For instance|E.g.], <code>~~~~</code> [typed by|from] a user called \"{name}\" "
            "[renders|shows up] as [[User:{name}|{name}]] (talk) [— this is just an "
            "illustration|, the name is made up][.|]",
            "<!-- sample entry, replace with your own: * ''{name}'' ({target}) — "
            "[reviewer|rollbacker] since {year} -->",
        ),
    ),
    Family(
        id="en.neg.warning.dont_guess",
        lang="en",
        types=(),
        flag=False,
        exemption="warning",
        kinds=(*_TALK, "spi"),
        templates=(
            "[Please|Folks, please] stop [guessing|speculating] who {target} is "
            "[in real life|offline][. That's outing and it gets revision-deleted.|; it's "
            "harassment under policy.]",
            "[{editor}|Whoever posted above], naming the person you think is behind "
            "{target} is [not OK|not acceptable][. Email the functionaries instead.|. "
            "Use [[WP:OVERSIGHT|oversight]] if you must.]",
            "[I've|Have] [removed|hidden] a comment [here|above] that [tried to|claimed to] "
            "identify {target}[. Don't repost it.|; please don't restore it.]",
        ),
    ),
)

_DE = (
    Family(
        id="de.name.exif_urheber",
        lang="de",
        types=("name",),
        kinds=("file", "deletion", "user_talk", "noticeboard"),
        templates=(
            "[Komisch|Lustig], dass in den EXIF-Daten [aller|der] Uploads von {target} "
            "\"Urheber: {name}\" steht[. So viel zur Anonymität.|. Vielleicht nächstes Mal "
            "vorher löschen.|]",
            "{target} [behauptet|schreibt] \"eigenes Werk\", die Metadaten nennen aber "
            "{name} als [Fotografen|Urheber][ – entweder URV oder eben du selbst|, also "
            "wohl der Benutzer selbst][.|]",
            "Auf dem [eingescannten|hochgeladenen] [Brief|Schreiben] von {target} steht "
            "unten [ganz deutlich|lesbar] die Unterschrift {name}[. Damit wäre das geklärt.|]",
        ),
    ),
    Family(
        id="de.name.familie_gruesse",
        lang="de",
        types=("name",),
        kinds=("user_talk", "noticeboard", "article_talk"),
        templates=(
            "[Was würde die Familie {surname} in {town} dazu sagen|Was sagt eigentlich die "
            "Familie {surname} in {town} dazu], {given}? [Oder sollen wir dich weiter "
            "{target} nennen?|Schäm dich.]",
            "[Grüß|Schöne Grüße an] die Verwandtschaft, {target} – oder soll ich "
            "[{given}|{name}] sagen?[ Wir kennen uns ja aus {town}.|]",
            "{target} [gehört zur|stammt aus der] Familie von {name2} und heißt selbst "
            "{name}[ – daher die ganzen Edits im Familienartikel|, das erklärt einiges][.|]",
        ),
    ),
    Family(
        id="de.name.rhetorische_frage",
        lang="de",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "Ist {target} nicht [eigentlich|in Wahrheit] {name} aus {town}? [Nur mal so "
            "gefragt.|Frage für einen Freund.|]",
            "[Wollen wir|Müssen wir] [wirklich|ernsthaft] so tun, als wäre {target} nicht "
            "{name}[ aus {town}|]?",
            "Wer außer {name} [sollte sich|würde sich] so für {article} [interessieren|"
            "ins Zeug legen], {target}?",
            "[Moment|Mal ehrlich], ist das nicht derselbe {surname}, der in {town} den "
            "[Heimatverein|Sportverein|Copyshop] [leitet|führt]? {target} [schreibt|klingt] "
            "jedenfalls genauso.",
        ),
    ),
    Family(
        id="de.neg.no_tie.quellenautor",
        lang="de",
        types=(),
        flag=False,
        exemption="no_tie",
        kinds=("article_talk", "user_talk"),
        templates=(
            "@{target}: Die von dir eingefügte Quelle ({name}: ''Chronik von {town}'', "
            "{year}) [gibt das nicht her|sagt etwas anderes][.|, siehe S. 34.]",
            "Laut {name} ({year}, S. [12|58|140]) wurde die [Kirche|Mühle|Schule] früher "
            "[gebaut|eröffnet][; {target}, kannst du das prüfen?|.]",
            "[Habe|Hab] den Blogeintrag durch den Aufsatz von {name} im "
            "[Heimatjahrbuch|Kreiskalender] {town} ersetzt[, {target}|][.|, besser belegt.]",
        ),
    ),
    Family(
        id="de.neg.photo_credit.bildnachweis",
        lang="de",
        types=(),
        flag=False,
        exemption="photo_credit",
        kinds=("file", "article"),
        templates=(
            "{{Information\n|Beschreibung=Marktplatz von {town}, {year}\n|Urheber=Foto: {name}"
            "\n|Quelle=eigenes Werk\n}}",
            "Bildnachweis: {name}[ / CC BY-SA 4.0|, Lizenz CC BY 4.0] – hochgeladen von "
            "{target}",
            "[Foto|Aufnahme]: {name} ({year})[, mit freundlicher Genehmigung|, "
            "via Flickr][.|]",
        ),
    ),
    Family(
        id="de.neg.removed.identitaet_entfernt",
        lang="de",
        types=(),
        flag=False,
        exemption="removed",
        kinds=(*_TALK, "summary"),
        templates=(
            "[Habe|Hab] den Beitrag von {editor} entfernt, in dem {target} "
            "[namentlich|mit Klarnamen] identifiziert wurde[; Versionslöschung ist "
            "beantragt|. Bitte nicht wiederherstellen][.|]",
            "Entfernt: Spekulation über die Identität von {target} (Outing)[, OS "
            "informiert|]",
            "[Der|Dieser] Abschnitt [wurde|ist] wegen eines Klarnamens [versteckt|"
            "versionsgelöscht][. Bitte keine Vermutungen mehr über {target}.|.]",
        ),
    ),
)

_FR = (
    Family(
        id="fr.name.signature_scan",
        lang="fr",
        types=("name",),
        kinds=("file", "deletion", "user_talk", "noticeboard"),
        templates=(
            "[Petit détail|Au passage] : le courrier scanné que {target} a [importé|versé] "
            "sur Commons est signé {name}[, en toutes lettres|][.|. Ça règle la question.]",
            "{target} dit « travail personnel », mais les métadonnées EXIF indiquent "
            "« Auteur : {name} »[ — donc soit copyvio, soit c'est toi|, c'est donc toi][.|]",
            "Le PDF [de|importé par] {target} contient encore « {name} » dans les "
            "propriétés du document[. Oups.|, il faudrait penser à nettoyer ça.|]",
        ),
    ),
    Family(
        id="fr.name.familier_on_sait",
        lang="fr",
        types=("name",),
        kinds=(*_TALK, "summary"),
        templates=(
            "{target} = {given} {surname}[ ({town})|]. [On ne va pas se mentir.|"
            "Tout le monde le sait.|]",
            "[bon|bref] {target} c'est {given} ({town})[, {surname} de son nom|, "
            "nom de famille {surname}], [on le sait tous|pas la peine de faire semblant]",
            "[Salut|Bonjour] {given}[ (alias {target})|], [on t'a reconnu|tu crois "
            "vraiment qu'on ne sait pas que c'est toi][, M. {surname}|][.|!]",
        ),
    ),
    Family(
        id="fr.name.anecdote",
        lang="fr",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "[Anecdote amusante|Petite anecdote] : {target} et {name}, [c'est la même "
            "personne|même combat, même clavier][. Voilà pourquoi l'article est si "
            "élogieux.|]",
            "[Pour l'anecdote|Pour la petite histoire], {target} n'est autre que {name}"
            "[, le [président|trésorier] de l'association|][.|, ce qui explique bien des "
            "choses.]",
            "[Ce n'est pas|N'est-ce pas] {name} ({town}) qui se cache derrière {target} ? "
            "[Je demande juste.|Question sincère.]",
        ),
    ),
    Family(
        id="fr.neg.no_tie.auteur_source",
        lang="fr",
        types=(),
        flag=False,
        exemption="no_tie",
        kinds=("article_talk", "user_talk"),
        templates=(
            "@{target} : la source que tu as ajoutée ({name}, « Histoire de {town} », "
            "{year}) ne dit pas cela[.|, voir p. 56.]",
            "D'après {name} ({year}, p. [14|72|210]), [l'église|le moulin|la gare] "
            "[date|daterait] d'avant[ ; {target}, peux-tu vérifier ?|.]",
            "J'ai remplacé le billet de blog par l'article de {name} dans ''[Le Courrier "
            "de {town}|La Gazette de {town}]''[, {target}|][.|, c'est mieux sourcé.]",
        ),
    ),
    Family(
        id="fr.neg.historical.personnage_ajoute",
        lang="fr",
        types=(),
        flag=False,
        exemption="historical",
        kinds=("article_talk", "user_talk", "article"),
        templates=(
            "{target}, la personne que tu cites, {name}, est décédée en 18[41|67|92] "
            "[ ; le registre paroissial de {town} le confirme|][.|]",
            "J'ai ajouté {name} (1802-1871), [figure|personnalité] "
            "locale ({town}) sous [la Restauration|le Second Empire][, merci {target} pour la "
            "source|][.|]",
            "{name} (17[88|93]-18[50|61]) [tenait|dirigeait] [le moulin|la forge] de la "
            "commune ({town}) sous [l'Empire|la Restauration].",
        ),
    ),
    Family(
        id="fr.neg.self_disclosure.presentation",
        lang="fr",
        types=(),
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page", "user_talk"),
        templates=(
            "[Bonjour|Salut] ! Je m'appelle {name}[, j'habite près de {town}|] et je "
            "contribue [surtout|principalement] sur [l'histoire locale|le patrimoine]"
            "[.|. N'hésitez pas à me laisser un message.]",
            "Oui, [c'est bien moi|je suis bien] {name}[ dans la vraie vie|], je ne m'en "
            "cache pas[ — c'est écrit sur ma page|][.|.]",
            "Derrière ce pseudo : {given} {surname}[, [bibliothécaire|enseignant] à la "
            "retraite|][.|.]",
        ),
    ),
)

_ES = (
    Family(
        id="es.name.pregunta_retorica",
        lang="es",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "¿No es {target} [en realidad|realmente] {name}, el de {town}? [Pregunto nada "
            "más.|Es una duda sincera.|]",
            "¿[De verdad|En serio] vamos a seguir fingiendo que {target} no es {name}"
            "[ de {town}|]?",
            "¿Quién [si no|más que] {name} tendría tanto interés en {article}, {target}?",
        ),
    ),
    Family(
        id="es.name.metadatos_archivo",
        lang="es",
        types=("name",),
        kinds=("file", "deletion", "user_talk", "noticeboard"),
        templates=(
            "[Curioso|Qué casualidad] que los metadatos EXIF de [todas las|las] subidas de "
            "{target} digan «Autor: {name}»[. Tanto anonimato para nada.|]",
            "{target} dice que es obra propia, pero la firma del [documento|escaneo] es de "
            "{name}[, o sea, el propio {target}|, así que ya sabemos quién es][.|]",
            "El PDF que subió {target} todavía lleva «{name}» en las propiedades del "
            "documento[. Ups.|. Convendría borrarlo.|]",
        ),
    ),
    Family(
        id="es.name.renombrar_ocultar",
        lang="es",
        types=("name",),
        kinds=("rename", "steward", "noticeboard"),
        templates=(
            "En contra. {target} solo quiere el cambio de nombre para que no se sepa que "
            "es {name}[, con un historial de bloqueos enorme|][.|]",
            "Cambiarte el nombre no va a cambiar que eres {name}, {given}[. Aquí ya lo "
            "sabemos todos.|.]",
            "¿[Y ahora|Por qué ahora] las prisas por renombrar la cuenta, {surname}? "
            "¿Miedo a que relacionen a {target} con [tu empresa|tu familia|tu trabajo]?",
        ),
    ),
    Family(
        id="es.neg.no_tie.autor_fuente",
        lang="es",
        types=(),
        flag=False,
        exemption="no_tie",
        kinds=("article_talk", "user_talk"),
        templates=(
            "{target}, la fuente que añadiste ({name}, ''Historia de {town}'', {year}) no "
            "dice eso[.|, mira la p. 88.]",
            "Según {name} ({year}, p. [23|61|190]), [la iglesia|el molino|la estación] es "
            "anterior[; {target}, ¿lo puedes revisar?|.]",
            "He cambiado el blog por el artículo de {name} en ''El Diario de {town}''"
            "[, {target}|][.|, está mejor referenciado.]",
        ),
    ),
    Family(
        id="es.neg.consented.nombre_usuario",
        lang="es",
        types=(),
        flag=False,
        exemption="consented",
        kinds=("user_talk", "article_talk", "rename"),
        templates=(
            "{{ping|{name}}} gracias por las fotos de {town}[, están genial|]. Como tu "
            "cuenta ya lleva tu nombre real, no hace falta [ocultar|borrar] nada[.|.]",
            "[Hecho|Realizado]: {target} → {name}, a petición del propio usuario[, que "
            "confirmó desde la cuenta|][.|.]",
            "Hola, [[Usuario:{name}|{name}]]: como firmas con tu nombre real por decisión "
            "propia, [te lo menciono|lo cito] sin problema[.|.]",
        ),
    ),
    Family(
        id="es.neg.fiction.personaje_usuario",
        lang="es",
        types=(),
        flag=False,
        exemption="fiction",
        kinds=("article_talk", "user_talk", "article"),
        templates=(
            "{target}, {name} es un personaje de la [novela|serie|telenovela], no "
            "una persona real[; la trama no la resumas así|. Revisa el argumento][.|]",
            "En la [temporada|novela] de {year}, {name} se muda a {town}[ y abre una "
            "panadería|]; {target} lo había puesto al revés.",
            "[El personaje de|El personaje] {name} [aparece|sale] en los capítulos "
            "3 a 7[, {target}|].",
        ),
    ),
)

_IT = (
    Family(
        id="it.name.curiosita",
        lang="it",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "[Curiosità|Piccola curiosità]: {target} e {name} sono la stessa persona"
            "[. Ecco perché la voce è così elogiativa.|.]",
            "[Per la cronaca|Tra parentesi], dietro {target} c'è {name}[, il "
            "[presidente|tesoriere] della pro loco|][.|, il che spiega parecchio.]",
            "Ma {target} non è [per caso|mica] {name} di {town}? [Chiedo per un amico.|"
            "Domanda seria.]",
        ),
    ),
    Family(
        id="it.name.firma_scansione",
        lang="it",
        types=("name",),
        kinds=("file", "deletion", "user_talk", "noticeboard"),
        templates=(
            "[Guarda caso|Strano], la lettera scansionata caricata da {target} è firmata "
            "{name}[, nome e cognome|][.|. Caso chiuso.]",
            "{target} dichiara \"opera propria\", però nei dati EXIF l'autore risulta "
            "{name}[ – quindi o è violazione di copyright o sei tu|][.|]",
            "Il PDF caricato da {target} riporta ancora \"{name}\" nelle proprietà del "
            "file[. Ops.|. Conviene ripulirlo.|]",
        ),
    ),
    Family(
        id="it.name.cognome_dettaglio",
        lang="it",
        types=("name",),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target}? È della famiglia {surname}, quelli della [ferramenta|farmacia|"
            "tabaccheria] in piazza a {town}[, lo sanno tutti|][.|.]",
            "[Ciao|Ehi] {given}, [bel tentativo|ci riprovi con una nuova utenza]: [si vede "
            "lontano un miglio|lo capiamo tutti] che {target} sei tu[, {surname}|][.|!]",
            "L'utente {target} [altri non è che|è] {name}[, nipote del|, parente del] "
            "[geometra|farmacista] di {town}[.|.]",
        ),
    ),
    Family(
        id="it.neg.no_tie.autore_fonte",
        lang="it",
        types=(),
        flag=False,
        exemption="no_tie",
        kinds=("article_talk", "user_talk"),
        templates=(
            "{target}, la fonte che hai aggiunto ({name}, ''Storia di {town}'', {year}) "
            "non dice questo[.|, vedi p. 45.]",
            "Secondo {name} ({year}, p. [19|66|204]) [la chiesa|il mulino|la stazione] è "
            "anteriore[; {target}, puoi controllare?|.]",
            "Ho sostituito il blog con l'articolo di {name} sul ''Corriere di {town}''"
            "[, {target}|][.|, è una fonte migliore.]",
        ),
    ),
    Family(
        id="it.neg.warning.niente_ipotesi",
        lang="it",
        types=(),
        flag=False,
        exemption="warning",
        kinds=(*_TALK, "spi"),
        templates=(
            "[Per favore|Vi prego], smettetela di fare ipotesi su chi sia {target} nella "
            "vita reale[: è outing e verrà oscurato.|. È una violazione della privacy.]",
            "{editor}, fare il nome della persona che secondo te c'è dietro {target} "
            "[non è accettabile|non va bene][. Scrivi ai checkuser via email.|.]",
            "Ho oscurato un intervento [qui sopra|precedente] che cercava di identificare "
            "{target}[. Non reinseritelo.|.]",
        ),
    ),
    Family(
        id="it.neg.public_figure.assessore",
        lang="it",
        types=(),
        flag=False,
        exemption="public_figure",
        kinds=("article_talk", "user_talk", "article"),
        templates=(
            "{target}, l'assessore [alla cultura|al bilancio] di {town} è {public_name}, "
            "come da sito del comune[; ho corretto la voce|][.|.]",
            "Il sindaco {public_name} ha inaugurato [il ponte|la biblioteca] nel {year}"
            "[, fonte: comunicato stampa|]. Grazie a {target} per la segnalazione.",
            "Nella voce su {town} va citato anche {public_name}, [deputato|senatore] "
            "eletto nel collegio nel {year}[, {target}|].",
        ),
    ),
)

_PT = (
    Family(
        id="pt.name.saudacao_vocativo",
        lang="pt",
        types=("name",),
        kinds=("user_talk", "noticeboard", "article_talk"),
        templates=(
            "[Boa tentativa|Belo disfarce], {given}[ {surname}|] — [todo mundo|toda a "
            "gente] sabe que {target} é você[.|!]",
            "[Oi|Olá] {given}! [Conta nova, é?|Voltou com outro nome?] {target} não engana "
            "ninguém[, {surname}|][.|.]",
            "[E aí|Então], {name}, [vai continuar|continua] [a editar|editando] como "
            "{target} [depois do bloqueio|mesmo bloqueado]?",
        ),
    ),
    Family(
        id="pt.name.pergunta_retorica",
        lang="pt",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} não é, na verdade, {name}, de {town}? [Só pergunto.|Pergunta "
            "sincera.|]",
            "[Vamos mesmo|Sério que vamos] fingir que {target} não é {name}[ de {town}|]?",
            "Quem, além de {name}, teria tanto interesse em {article}, {target}?",
        ),
    ),
    Family(
        id="pt.name.metadados_ficheiro",
        lang="pt",
        types=("name",),
        kinds=("file", "deletion", "user_talk", "noticeboard"),
        templates=(
            "[Curioso|Engraçado] que os metadados EXIF dos [arquivos|ficheiros] de {target} "
            "digam \"Autor: {name}\"[. Lá se foi o anonimato.|]",
            "{target} diz que é trabalho próprio, mas a carta digitalizada está assinada "
            "por {name}[, ou seja, a mesma pessoa|][.|]",
            "O PDF que {target} carregou ainda tem \"{name}\" nas propriedades do "
            "documento[. Ops.|.]",
        ),
    ),
    Family(
        id="pt.neg.no_tie.autor_fonte",
        lang="pt",
        types=(),
        flag=False,
        exemption="no_tie",
        kinds=("article_talk", "user_talk"),
        templates=(
            "{target}, a fonte que você adicionou ({name}, ''História de {town}'', {year}) "
            "não diz isso[.|, veja a p. 37.]",
            "Segundo {name} ({year}, p. [21|74|150]), [a igreja|o moinho|a estação] é "
            "anterior[; {target}, pode verificar?|.]",
            "Troquei o blog pelo artigo de {name} no ''Jornal de {town}''[, {target}|]"
            "[.|, é uma fonte melhor.]",
        ),
    ),
    Family(
        id="pt.neg.photo_credit.credito_foto",
        lang="pt",
        types=(),
        flag=False,
        exemption="photo_credit",
        kinds=("file", "article"),
        templates=(
            "{{Information\n|description=Praça central de {town}, {year}\n|author=Foto de {name}"
            "\n|source=Trabalho próprio\n}}",
            "Crédito da foto: {name}[ / CC BY-SA 4.0|] — carregada por {target}",
            "[Foto|Fotografia]: {name} ({year})[, via Flickr|, com licença livre][.|]",
        ),
    ),
    Family(
        id="pt.neg.warning.nao_especular",
        lang="pt",
        types=(),
        flag=False,
        exemption="warning",
        kinds=(*_TALK, "spi"),
        templates=(
            "Por favor, parem de especular sobre quem {target} é na vida real[: isso é "
            "exposição de dados pessoais e será ocultado.|.]",
            "{editor}, dizer o nome de quem você acha que está por trás de {target} não é "
            "aceitável[. Mande um e-mail para os verificadores.|.]",
            "Ocultei um comentário acima que tentava identificar {target}[. Não o "
            "reponham.|.]",
        ),
    ),
)

_NL = (
    Family(
        id="nl.name.groet_aanspreken",
        lang="nl",
        types=("name",),
        kinds=("user_talk", "noticeboard", "article_talk"),
        templates=(
            "[Leuk geprobeerd|Mooie poging], {given}[ {surname}|] — iedereen weet dat "
            "{target} jij bent[.|!]",
            "[Hoi|Hallo] {given}! [Nieuw account?|Weer terug onder een andere naam?] "
            "{target} houdt niemand voor de gek[, {surname}|][.|.]",
            "[Zo|Nou], {name}, ga je [gewoon|echt] door als {target} [na je blokkade|"
            "terwijl je geblokkeerd bent]?",
        ),
    ),
    Family(
        id="nl.name.exif_handtekening",
        lang="nl",
        types=("name",),
        kinds=("file", "deletion", "user_talk", "noticeboard"),
        templates=(
            "[Grappig|Opvallend] dat in de EXIF-gegevens van [alle|de] uploads van {target} "
            "\"Auteur: {name}\" staat[. Tot zover de anonimiteit.|]",
            "{target} noemt het eigen werk, maar de gescande brief is ondertekend door "
            "{name}[, dus gewoon door {target} zelf|][.|]",
            "De pdf die {target} uploadde heeft nog \"{name}\" in de "
            "documenteigenschappen[. Oeps.|.]",
        ),
    ),
    Family(
        id="nl.name.hernoemen_verbergen",
        lang="nl",
        types=("name",),
        kinds=("rename", "steward", "noticeboard"),
        templates=(
            "Tegen. {target} wil alleen hernoemd worden zodat niemand ziet dat het "
            "{name} is[, met een flink blokkeerlogboek|][.|]",
            "Een nieuwe naam verandert niets aan het feit dat je {name} bent, {given}"
            "[. Dat weet hier iedereen al.|.]",
            "Waarom [nu ineens|opeens] die haast met hernoemen, {surname}? Bang dat "
            "iemand {target} aan [je werkgever|je familie|je bedrijf] koppelt?",
        ),
    ),
    Family(
        id="nl.neg.no_tie.auteur_bron",
        lang="nl",
        types=(),
        flag=False,
        exemption="no_tie",
        kinds=("article_talk", "user_talk"),
        templates=(
            "{target}, de bron die je toevoegde ({name}, ''Geschiedenis van {town}'', "
            "{year}) zegt dat niet[.|, zie p. 52.]",
            "Volgens {name} ({year}, p. [17|63|188]) is [de kerk|de molen|het station] "
            "ouder[; {target}, kun je dat nakijken?|.]",
            "Ik heb de blog vervangen door het artikel van {name} in het ''Dagblad "
            "van {town}''[, {target}|][.|, dat is een betere bron.]",
        ),
    ),
    Family(
        id="nl.neg.example.hernoemuitleg",
        lang="nl",
        types=(),
        flag=False,
        exemption="example",
        kinds=("rename", "article_talk", "own_user_page"),
        templates=(
            "''Voorbeeld:'' heet je account ''{target}'' en wil je je echte naam, "
            "bijvoorbeeld ''{name}'', gebruiken, dien dan [hieronder|hier] een verzoek in"
            "[.|; oude handtekeningen blijven de oude naam tonen.]",
            "<!-- voorbeeldregel, vervang door je eigen gegevens: * ''{name}'' ({target}) "
            "— moderator sinds {year} -->",
            "Bijv. ~~~~ van een gebruiker die \"{name}\" heet, wordt [[Gebruiker:{name}|"
            "{name}]] (overleg)[ — de naam is verzonnen|][.|]",
        ),
    ),
    Family(
        id="nl.neg.removed.identiteit_weggehaald",
        lang="nl",
        types=(),
        flag=False,
        exemption="removed",
        kinds=(*_TALK, "summary"),
        templates=(
            "Ik heb de bijdrage van {editor} verwijderd waarin {target} met naam en "
            "toenaam werd geïdentificeerd[; versieverberging is aangevraagd|. Niet "
            "terugzetten a.u.b.][.|]",
            "Verwijderd: speculatie over de identiteit van {target} (outing)",
            "Deze [bijdrage|sectie] is verborgen wegens het noemen van een echte naam"
            "[. Geen gissingen meer over {target} graag.|.]",
        ),
    ),
)

_PL = (
    Family(
        id="pl.name.pytanie_retoryczne",
        lang="pl",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "Czy {target} to [przypadkiem|aby] nie {name} ({town})? [Tak tylko pytam.|"
            "Pytam serio.|]",
            "[Naprawdę|Serio] mamy udawać, że {target} to nie {name}[ ({town})|]?",
            "Kto inny niż {name} miałby taki interes w artykule {article}, {target}?",
        ),
    ),
    Family(
        id="pl.name.metadane_podpis",
        lang="pl",
        types=("name",),
        kinds=("file", "deletion", "user_talk", "noticeboard"),
        templates=(
            "[Ciekawe|Zabawne], że w danych EXIF [wszystkich|] plików od {target} widnieje "
            "„Autor: {name}”[. Tyle w temacie anonimowości.|]",
            "{target} twierdzi, że to praca własna, ale zeskanowane pismo jest podpisane "
            "„{name}”[, czyli po prostu {target} we własnej osobie|][.|]",
            "PDF wrzucony przez {target} nadal ma „{name}” we właściwościach dokumentu"
            "[. Ups.|.]",
        ),
    ),
    Family(
        id="pl.name.powitanie_wiemy",
        lang="pl",
        types=("name",),
        kinds=("user_talk", "noticeboard", "article_talk"),
        templates=(
            "[Niezła próba|Dobra próba], {given}[ {surname}|] — wszyscy wiedzą, że "
            "{target} to ty[.|!]",
            "[Cześć|No hej] {given}! [Nowe konto?|Znowu pod inną nazwą?] {target} nikogo "
            "nie oszuka[, panie {surname}|][.|.]",
            "[Panie {surname}, [nawet po zmianie nicku|pod nowym kontem] wszyscy wiemy, "
            "że {target} to pan|Pani {surname}, [nawet po zmianie nicku|pod nowym kontem] "
            "wszyscy wiemy, że {target} to pani] — {name}[, {town}|][.|!]",
        ),
    ),
    Family(
        id="pl.neg.no_tie.autor_zrodla",
        lang="pl",
        types=(),
        flag=False,
        exemption="no_tie",
        kinds=("article_talk", "user_talk"),
        templates=(
            "{target}, źródło, które dodałeś ({name}, ''Dzieje miasta {town}'', {year}), "
            "tego nie mówi[.|, zob. s. 41.]",
            "Jak pisze {name} ({year}, s. [18|77|212]), [kościół|młyn|dworzec] jest starszy"
            "[; {target}, możesz sprawdzić?|.]",
            "Zastąpiłem wpis z bloga artykułem z ''Gazety Lokalnej'' (aut. {name}, {year})"
            "[, {target}|][.|, to lepsze źródło.]",
        ),
    ),
    Family(
        id="pl.neg.historical.postac_dodana",
        lang="pl",
        types=(),
        flag=False,
        exemption="historical",
        kinds=("article_talk", "user_talk", "article"),
        templates=(
            "{target}, dodana przez ciebie postać, {name}, zmarła w 18[44|63|98][; "
            "potwierdzają to księgi parafialne ({town})|][.|.]",
            "Dodałem biogram: {name} (1805–1872), [burmistrz|aptekarz|nauczyciel] "
            "({town}) w czasach zaborów[, dzięki {target} za źródło|][.|.]",
            "{name} (ur. 17[90|95], zm. 18[52|60]) – [młynarz|kupiec] z okresu zaborów ({town}).",
        ),
    ),
    Family(
        id="pl.neg.self_disclosure.przedstawiam_sie",
        lang="pl",
        types=(),
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page", "user_talk"),
        templates=(
            "[Cześć|Witajcie]! Nazywam się {name}[, pochodzę z Mazur|] i "
            "edytuję [głównie|przede wszystkim] artykuły o [historii regionu|zabytkach]"
            "[.|. Zapraszam do dyskusji.]",
            "Tak, [to ja, {name}|nazywam się {name}][ w prawdziwym życiu|], nie ukrywam "
            "tego[ — jest to na mojej stronie|][.|.]",
            "Za tym nickiem stoi {given} {surname}[, [bibliotekarz|nauczyciel] na "
            "emeryturze|][.|.]",
        ),
    ),
)

FAMILIES: tuple[Family, ...] = (*_EN, *_DE, *_FR, *_ES, *_IT, *_PT, *_NL, *_PL)
