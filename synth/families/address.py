"""Address outing: where a private person (an account's owner, a neighbour, a relative) lives."""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk", "noticeboard")

FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- English
    Family(
        id="en.address.lives_at_full",
        lang="en",
        types=("address",),
        kinds=(*_TALK, "spi", "user_page"),
        templates=(
            "{target} lives at {address}[, if anyone wants to know|, for the record|][.|.]",
            "[FYI|For what it's worth], {target}'s [home|home address|address] is {address}"
            "[.|. Not hard to find.]",
            "[His|Her|Their] address, since [he|she|they] won't stop: {address}[.|]",
            ":{target}? [Lives|Living] at {address}[, same as the IP geolocates to|, "
            "I've driven past it][.|.]",
            "[Anyone|Whoever] wants to [talk to|speak with] {target} in person can find "
            "[him|her] at {address}[.|!]",
        ),
    ),
    Family(
        id="en.address.lives_on_street",
        lang="en",
        types=("address",),
        kinds=(*_TALK, "deletion", "summary"),
        templates=(
            "[He|She|{target}] lives on {street}[, two doors from the chip shop|, "
            "the one with the caravan in the drive|][.|.]",
            "[That's|It's] the [bloke|woman|guy|lady] from {street}[, obviously|, again|]"
            "[.|!]",
            "{target} [is|posts] from [the house on|number] {street}[ — everyone on the "
            "street knows|][.|.]",
            "[lol|Ha], {target} [is|=] {street}[ again|. Same person every time][.|]",
        ),
    ),
    Family(
        id="en.address.name_and_home",
        lang="en",
        types=("name", "address"),
        kinds=(*_TALK, "spi", "deletion"),
        templates=(
            "{target} is {name}, [of|from] {address}[.|. Look it up.]",
            "[The account|{target}] belongs to {name}[ who lives|, living] at {street} in "
            "{town}[.|.]",
            "* {target} → {name}, {address}",
            "{name} ({target})[ — home:| lives at] {address}[.|]",
            ":[It's|That's] {name}. [House|Home] is {street}, {postcode}[.|. Everybody "
            "round here knows.]",
        ),
    ),
    Family(
        id="en.address.rural_directions",
        lang="en",
        types=("name", "address"),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} is {name}, [he|she] lives [out on|on] the old county road past "
            "{town}, the farmhouse with the [red|green|rusted] silo[.|.]",
            "[It's|That's] {name}[ — you know,|,] the [farm|smallholding|place] [just "
            "outside|two miles north of] {town} with the [horses|goats|broken-down "
            "tractor] out front[.|.]",
            "[Real name|That's] {name}. Lives [at the end of the gravel track|past the "
            "trailhead] [outside|beyond] {town}, [last house on the left|the one with the "
            "blue barn][.|.]",
            "{target} = {name}, [the cottage|the bungalow] by the [level crossing|"
            "old mill] in {town}[, can't miss it|][.|.]",
        ),
    ),
    Family(
        id="en.address.house_next_to",
        lang="en",
        types=("address",),
        kinds=(*_TALK, "file", "user_page"),
        templates=(
            "[He|She|{target}] lives in the [blue|white|end-terrace] house next to the "
            "[Co-op|post office|pub] on {street}[.|.]",
            "[The|Their] house [right|] next to [the church|the school gates] — "
            "{street}[, flat 2|, ground floor|][.|.]",
            "{target}[ is|'s] [the|that] [bungalow|semi] opposite the [bus stop|chippy] "
            "at {street}[, with the trampoline|][.|.]",
            "[If you're looking for|Looking for] {target}: [first|second] house past "
            "the [petrol station|roundabout], {street}[.|.]",
        ),
    ),
    Family(
        id="en.address.moved_to",
        lang="en",
        types=("address",),
        kinds=(*_TALK, "spi", "checkuser"),
        templates=(
            "{target} [moved|has moved] to {town}[ last year| in {year}|], {street}"
            "[, which is why the IPs changed|][.|.]",
            "[Since the move|After the divorce], [he's|she's] at {street}, {town}"
            "[ — same person, new ISP|][.|.]",
            "[New address|Now living at]: {address}[. The socks started right after "
            "the move.|]",
            ":[They|He] relocated from {town} to {address}[ in {year}|], [hence|that "
            "explains] the new range[.|.]",
        ),
    ),
    Family(
        id="en.address.conditional_threat_address",
        lang="en",
        types=("address", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "[Revert|Undo] me [again|one more time] and I post your address. "
            "[Yes, {street}.|{address}. See?]",
            "[Keep it up|Carry on] and everyone [here|on the wiki] will know you live at "
            "{address}[.|!]",
            "I know where you live, {target}. {street}[. Think about it.|. Careful.]",
            "[Maybe|Perhaps] I'll [pay {street} a visit|drop by {street}] "
            "[and explain Wikipedia policy in person|][.|.]",
            "[Last warning|Final warning]: one more edit and {address} goes on "
            "[every noticeboard|Wikipediocracy][.|!]",
        ),
    ),
    Family(
        id="en.address.file_neighbours_house",
        lang="en",
        types=("address",),
        kinds=("file",),
        templates=(
            "[Photo|Picture] of my neighbour's house at {address}[, they never mow the "
            "lawn|, with the ugly extension][.|]",
            "{{Information\n"
            "|description=The house of our neighbours at {street}, {town}\n"
            "|source=own work\n}}",
            "[Description|Caption]: {street} – where [the|that] [crazy|noisy] "
            "[neighbour|lady] lives[, taken from my window|]",
            "[House|Home] of [the uploader's ex|my ex-husband] ({street}, {postcode})"
            "[, taken {date}|]",
        ),
    ),
    Family(
        id="en.address.file_named_resident",
        lang="en",
        types=("name", "address"),
        kinds=("file",),
        templates=(
            "{name} [in front of|outside] [his|her] house, {address}",
            "{{Information\n|description={name}'s home at {street}, {town}\n|date={date}\n}}",
            "[Residence|Home] of {name}, {street}[ (private house)|]",
            "{name} [mowing the lawn|washing the car] at {street}[, {town}|]",
        ),
    ),
    Family(
        id="en.address.wikidata_residence",
        lang="en",
        types=("name", "address"),
        kinds=("wikidata",),
        templates=(
            "label (en): {name}\ninstance of (P31): human\nresidence (P551): {town}\n"
            "street address (P6375): {address}",
            "/* wbsetclaim-create:2||1 */ Property:P6375: {street}, {town} (item: {name})",
            "{name}\nstreet address: {address}\npostal code (P281): {postcode}",
        ),
    ),
    Family(
        id="en.address.spi_location_evidence",
        lang="en",
        types=("address",),
        kinds=("spi", "checkuser"),
        templates=(
            "Both accounts upload photos [taken from|of the view from] the same "
            "[window|garden] at {street}[; compare the EXIF|][.|.]",
            "* {target}'s [uploads|photos] all [geotag to|point at] {address}[, as do "
            "the sock's][.|.]",
            "[Evidence|Behavioural evidence]: the master [mentioned|posted] living at "
            "{street}, and [the new account|this account] [does too|says the same][.|.]",
            "[Geolocation|Both IPs and both accounts] [point to|converge on] "
            "{address}[, the master's home|][.|.]",
        ),
    ),
    Family(
        id="en.address.summary_address",
        lang="en",
        types=("address",),
        kinds=("summary",),
        templates=(
            "[rv|Reverted] {target} [(lives at|- from] {address}[)|]",
            "[undo|rvv] – [yes|hi] {street}[, we know it's you|]",
            "[Reverting|rm] [edits|nonsense] from the {street} sock",
        ),
    ),
    Family(
        id="en.address.question_reveal",
        lang="en",
        types=("address",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "[Isn't it funny|Funny] how {target} [only|always] edits about the street "
            "[he|she] lives on? [You know,|] {street}[?|.]",
            "Does {target} still live at {address}[, or did the bailiffs get there first|]"
            "?",
            "[Why|How come] [do|does] [all|] the [anonymous edits|IPs] come from "
            "{street}, {target}[?|? Want to explain?]",
            "[Remind me|Quick question], {target}: [is|was] it {street} or the [flat|"
            "house] above it[?|?]",
        ),
    ),
    # ---------------------------------------------------------------- German
    Family(
        id="de.address.wohnt_in",
        lang="de",
        types=("address",),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} wohnt [übrigens|nebenbei bemerkt|] {address}[.|, falls es "
            "jemanden interessiert.]",
            "[Seine|Ihre] [Wohnadresse|Anschrift] ist {address}[, steht im "
            "Telefonbuch|][.|.]",
            "[Wohnhaft|Gemeldet] ist {target} unter {address}[.|.]",
            ":Der Kollege sitzt in der {street}[, {postcode} {town}|][ – kein Geheimnis|]"
            "[.|.]",
        ),
    ),
    Family(
        id="de.address.klarname_anschrift",
        lang="de",
        types=("name", "address"),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} ist {name}, {address}[ – steht so auch im Impressum|][.|.]",
            "[Klarname|Name] und Anschrift von {target}: {name}, {street}, "
            "{postcode} {town}",
            "{name} aus der {street}[ in {town}|] – das ist {target}[.|.]",
            "::Das Konto gehört {name} ({street}, {town})[, der Artikel ist reine "
            "Eigenwerbung|][.|.]",
        ),
    ),
    Family(
        id="de.address.hof_dorf",
        lang="de",
        types=("name", "address"),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} = {name}, [der|die] wohnt auf dem Hof am Ortsausgang von {town}, "
            "[der mit der roten Scheune|gleich hinter dem Sportplatz][.|.]",
            "Das ist {name}, [das letzte Haus|das Haus mit dem Storchennest] "
            "[Richtung Wald|am Feldweg] [bei|hinter] {town}[.|.]",
            "{name}, [Aussiedlerhof|Mühle] zwischen {town} und dem Nachbardorf"
            "[, jeder im Dorf kennt ihn|][.|.]",
        ),
    ),
    Family(
        id="de.address.drohung_adresse",
        lang="de",
        types=("address", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Noch ein Revert und ich [veröffentliche|poste] deine Adresse. [Ja, {street}."
            "|{address}.]",
            "Ich weiß, wo du wohnst: {street}[. Überleg dir gut, was du tust.|.]",
            "[Mach so weiter|Weiter so] und alle hier erfahren, dass du {address} "
            "wohnst[.|!]",
            "Vielleicht [schau ich mal|komm ich mal] in der {street} vorbei[ und "
            "erkläre dir die Relevanzkriterien persönlich|][.|.]",
        ),
    ),
    Family(
        id="de.address.datei_nachbarhaus",
        lang="de",
        types=("address",),
        kinds=("file", "wikidata"),
        templates=(
            "Beschreibung: Haus meines Nachbarn, {address}[ – der Garten ist eine "
            "Schande|]",
            "{{Information\n"
            "|Beschreibung=Wohnhaus der Familie in {street}, {town}\n"
            "|Quelle=eigenes Werk\n}}",
            "Wohnsitz (P551): {town}\nStraßenadresse (P6375): {address}\n"
            "Postleitzahl (P281): {postcode}",
            "[Blick|Aussicht] aus meinem Fenster auf [das Haus|die Wohnung] von "
            "[der alten Dame|dem Typen] in der {street}",
        ),
    ),
    Family(
        id="de.address.umgezogen",
        lang="de",
        types=("address",),
        kinds=("checkuser", "spi", "noticeboard"),
        templates=(
            "{target} ist [{year}|letztes Jahr] nach {town} gezogen, {street}"
            "[ – daher der neue IP-Bereich|][.|.]",
            "Neue Adresse [des Sperrumgehers|der Socke]: {address}[. Gleiche Person.|]",
            "[Seit dem Umzug|Nach dem Umzug] nach {town} ({street}) editiert er als {target}"
            "[.|.]",
        ),
    ),
    # ---------------------------------------------------------------- French
    Family(
        id="fr.address.habite_au",
        lang="fr",
        types=("address",),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} habite au {street}[, à {town}|][.|, pour info.]",
            "[Son|Leur] adresse : {address}[. Pas besoin de chercher loin.|]",
            ":[Au fait|D'ailleurs], {target} [réside|vit] au {address}[.|.]",
            "[Pour ceux que ça intéresse|Si ça intéresse quelqu'un], {target} "
            "[demeure|loge] au {street}, {postcode} {town}[.|.]",
        ),
    ),
    Family(
        id="fr.address.nom_domicile",
        lang="fr",
        types=("name", "address"),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target}, c'est {name}, domicilié au {address}[.|.]",
            "Le compte {target} appartient à {name} ({street}, {town})[.|.]",
            "{name}, {address} – [alias|pseudo] {target}[.|.]",
            "* {{Supprimer}} [Autopromo|Autobiographie] de {name}, qui habite au "
            "{street} à {town}[.|.]",
        ),
    ),
    Family(
        id="fr.address.campagne_lieu_dit",
        lang="fr",
        types=("name", "address"),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} c'est {name}, [la ferme|la maison] au bout du chemin après "
            "{town}, [celle avec le hangar bleu|à côté du lavoir][.|.]",
            "C'est {name}, au lieu-dit [les Granges|la Croix-Blanche], [sortie|près] de "
            "{town}[, tout le village le connaît|][.|.]",
            "{name} — [le corps de ferme|la longère] [sur la départementale|derrière "
            "l'église] de {town}[.|.]",
        ),
    ),
    Family(
        id="fr.address.menace_adresse",
        lang="fr",
        types=("address", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Encore une annulation et je publie ton adresse. [Oui, {street}.|{address}.]",
            "Je sais où tu habites : {street}[. Réfléchis bien.|.]",
            "[Continue comme ça|Vas-y, continue] et tout le monde saura que tu vis au "
            "{address}[.|!]",
            "[Je passerai peut-être|Je vais peut-être passer] au {street}[ t'expliquer "
            "les règles|][.|.]",
        ),
    ),
    Family(
        id="fr.address.fichier_maison",
        lang="fr",
        types=("address",),
        kinds=("file", "wikidata"),
        templates=(
            "Description : maison de mon voisin, {address}[, jamais entretenue|]",
            "{{Information\n"
            "|description=Domicile de la famille au {street}, {town}\n"
            "|source=travail personnel\n}}",
            "résidence (P551) : {town}\nadresse (P6375) : {address}\ncode postal "
            "(P281) : {postcode}",
            "Vue de ma fenêtre sur l'appartement de [la vieille dame|mon voisin du "
            "dessous], {street}",
        ),
    ),
    # ---------------------------------------------------------------- Spanish
    Family(
        id="es.address.vive_en",
        lang="es",
        types=("address",),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} vive en {street}[, en {town}|][.|, por si a alguien le interesa.]",
            "Su domicilio es {address}[. No es ningún secreto.|]",
            ":[Por cierto|Ojo], {target} reside en {address}[.|.]",
            "Si alguien quiere hablar con {target} en persona, está en {address}[.|!]",
        ),
    ),
    Family(
        id="es.address.nombre_domicilio",
        lang="es",
        types=("name", "address"),
        kinds=(*_TALK, "deletion", "wikidata"),
        templates=(
            "{target} es {name}, con domicilio en {address}[.|.]",
            "La cuenta {target} es de {name} ({street}, {town})[.|.]",
            "{name}, {address} – [alias|usuario] {target}",
            "Etiqueta: {name}\nresidencia (P551): {town}\ndirección (P6375): {address}",
        ),
    ),
    Family(
        id="es.address.se_mudo",
        lang="es",
        types=("address",),
        kinds=("checkuser", "spi", "noticeboard"),
        templates=(
            "{target} se mudó a {town} en {year}, a {street}[; por eso cambian las IP|]"
            "[.|.]",
            "Nueva dirección del títere: {address}[. Misma persona.|]",
            "Desde que se fue a vivir a {address}, edita como {target}[.|.]",
        ),
    ),
    Family(
        id="es.address.amenaza_direccion",
        lang="es",
        types=("address", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Revierte otra vez y publico tu dirección. [Sí, {street}.|{address}.]",
            "Sé dónde vives: {street}[. Piénsalo.|.]",
            "[Sigue así|Tú sigue] y todos sabrán que vives en {address}[.|!]",
            "[A lo mejor|Igual] me paso por {street}[ a explicarte las políticas|][.|.]",
        ),
    ),
    Family(
        id="es.address.archivo_casa_campo",
        lang="es",
        types=("address",),
        kinds=("file", "article_talk"),
        templates=(
            "Descripción: casa de mi vecino en {address}[, siempre con el perro "
            "ladrando|]",
            "Vivienda de [la familia|mi casero] en {street}, {town}[ (casa particular)|]",
            "[Es|Vive en] el cortijo [de la carretera vieja|junto a la ermita] a la "
            "salida de {town}, [el de la puerta verde|el que tiene la era][.|.]",
            "Vista desde mi ventana del piso de [la vecina|la señora del quinto], {street}",
        ),
    ),
    # ---------------------------------------------------------------- Italian
    Family(
        id="it.address.abita_in",
        lang="it",
        types=("address",),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} abita in {street}[ a {town}|][.|, per chi se lo chiedesse.]",
            "Il suo indirizzo è {address}[. Non è un segreto.|]",
            ":[Tra l'altro|Per la cronaca], {target} risiede in {address}[.|.]",
            "Chi vuole parlare con {target} di persona lo trova in {address}[.|!]",
        ),
    ),
    Family(
        id="it.address.nome_residenza",
        lang="it",
        types=("name", "address"),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} è {name}, residente in {address}[.|.]",
            "L'utenza {target} è di {name} ({street}, {town})[.|.]",
            "{name}, {address} – alias {target}",
            "'''Cancellare''': autopromozione di {name}, che abita in {street} a "
            "{town}[.|.]",
        ),
    ),
    Family(
        id="it.address.cascina_campagna",
        lang="it",
        types=("name", "address"),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} è {name}, abita nella cascina [dopo il ponte|in fondo alla "
            "strada bianca] fuori {town}, [quella col fienile rosso|vicino al "
            "capitello][.|.]",
            "È {name}, [la casa colonica|il casale] [sulla provinciale|dietro la "
            "chiesa] di {town}[, lo conoscono tutti|][.|.]",
            "{name}: [ultima casa|la villetta gialla] [prima del bosco|dopo il "
            "distributore] a {town}[.|.]",
        ),
    ),
    Family(
        id="it.address.minaccia_indirizzo",
        lang="it",
        types=("address", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Un altro rollback e pubblico il tuo indirizzo. [Sì, {street}.|{address}.]",
            "So dove abiti: {street}[. Pensaci.|.]",
            "[Continua così|Vai avanti] e tutti sapranno che abiti in {address}[.|!]",
            "[Magari|Forse] passo in {street}[ a spiegarti le linee guida|][.|.]",
        ),
    ),
    Family(
        id="it.address.file_wikidata_casa",
        lang="it",
        types=("address",),
        kinds=("file", "wikidata"),
        templates=(
            "Descrizione: casa del mio vicino in {address}[, sempre in disordine|]",
            "{{Information\n"
            "|description=Abitazione della famiglia in {street}, {town}\n"
            "|source=opera propria\n}}",
            "residenza (P551): {town}\nindirizzo (P6375): {address}\nCAP (P281): "
            "{postcode}",
        ),
    ),
    # ---------------------------------------------------------------- Portuguese
    Family(
        id="pt.address.mora_em",
        lang="pt",
        types=("address",),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} mora [em|na] {street}[, em {town}|][.|, para quem quiser saber.]",
            "[A morada dele|O endereço dele|A morada dela] é {address}[. Não é segredo.|]",
            ":[Aliás|Por sinal], {target} reside em {address}[.|.]",
            "Quem quiser falar com {target} pessoalmente encontra-o em {address}[.|!]",
        ),
    ),
    Family(
        id="pt.address.nome_morada",
        lang="pt",
        types=("name", "address"),
        kinds=(*_TALK, "deletion", "wikidata"),
        templates=(
            "{target} é {name}, residente em {address}[.|.]",
            "A conta {target} é de {name} ({street}, {town})[.|.]",
            "{name}, {address} – [conta|utilizador|usuário] {target}",
            "Rótulo: {name}\nresidência (P551): {town}\nendereço (P6375): {address}",
        ),
    ),
    Family(
        id="pt.address.sitio_rural",
        lang="pt",
        types=("name", "address"),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} é {name}, mora no sítio [depois da ponte|no fim da estrada de "
            "terra] saindo de {town}, [o da porteira azul|perto da capela][.|.]",
            "É o {name}, [da quinta|da casa amarela] [na estrada velha|atrás da igreja] "
            "de {town}[, toda a gente o conhece|][.|.]",
            "{name}: [última casa|a chácara] antes do [eucaliptal|posto de gasolina] em "
            "{town}[.|.]",
        ),
    ),
    Family(
        id="pt.address.ameaca_morada",
        lang="pt",
        types=("address", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Reverte mais uma vez e eu publico a tua morada. [Sim, {street}.|{address}.]",
            "Sei onde você mora: {street}[. Pense bem.|.]",
            "[Continua assim|Continue] e todos vão saber que moras em {address}[.|!]",
            "[Se calhar|Talvez] eu passe na {street}[ para te explicar as regras|][.|.]",
        ),
    ),
    Family(
        id="pt.address.ficheiro_casa",
        lang="pt",
        types=("address",),
        kinds=("file",),
        templates=(
            "Descrição: casa do meu vizinho em {address}[, sempre com o cão a ladrar|]",
            "Residência [da família|do meu senhorio] na {street}, {town}[ (casa "
            "particular)|]",
            "Vista da minha janela para o apartamento da [vizinha|senhora do 3.º], {street}",
        ),
    ),
    # ---------------------------------------------------------------- Dutch
    Family(
        id="nl.address.woont_aan",
        lang="nl",
        types=("address",),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} woont aan de {street}[ in {town}|][.|, voor wie het wil weten.]",
            "[Zijn|Haar] adres is {address}[. Geen geheim.|]",
            ":[Trouwens|Overigens], {target} woont op {address}[.|.]",
            "Wie {target} persoonlijk wil spreken, kan langs op {address}[.|!]",
        ),
    ),
    Family(
        id="nl.address.naam_adres",
        lang="nl",
        types=("name", "address"),
        kinds=(*_TALK, "deletion", "wikidata"),
        templates=(
            "{target} is {name}, woonachtig op {address}[.|.]",
            "Het account {target} is van {name} ({street}, {town})[.|.]",
            "{name}, {address} – alias {target}",
            "Label: {name}\nwoonplaats (P551): {town}\nadres (P6375): {address}",
        ),
    ),
    Family(
        id="nl.address.boerderij",
        lang="nl",
        types=("name", "address"),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} is {name}, woont op de boerderij [na de brug|aan het "
            "zandpad] buiten {town}, [die met de rode schuur|naast de molen][.|.]",
            "Dat is {name}, [het laatste huis|de woonboerderij] [aan de dijk|achter de "
            "kerk] bij {town}[, iedereen kent hem|][.|.]",
            "{name}: [dat witte huis|de stolp] [voor het bos|na het tankstation] in "
            "{town}[.|.]",
        ),
    ),
    Family(
        id="nl.address.dreiging_adres",
        lang="nl",
        types=("address", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Nog één revert en ik zet je adres online. [Ja, {street}.|{address}.]",
            "Ik weet waar je woont: {street}[. Denk er maar over na.|.]",
            "[Ga zo door|Ga maar door] en iedereen weet dat je op {address} woont[.|!]",
            "[Misschien|Wie weet] kom ik even langs op de {street}[ om het uit te "
            "leggen|][.|.]",
        ),
    ),
    Family(
        id="nl.address.bestand_huis",
        lang="nl",
        types=("address",),
        kinds=("file",),
        templates=(
            "Beschrijving: huis van mijn buurman aan de {address}[, tuin is een "
            "bende|]",
            "Woning van [de familie|mijn huisbaas] aan de {street}, {town}[ (particulier)|]",
            "Uitzicht vanuit mijn raam op de flat van [de buurvrouw|die rare buurman], {street}",
        ),
    ),
    # ---------------------------------------------------------------- Polish
    Family(
        id="pl.address.mieszka_pod_adresem",
        lang="pl",
        types=("address",),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} mieszka pod adresem {address}[.|, jakby ktoś pytał.]",
            "Jego adres: {address}[. Żadna tajemnica.|]",
            ":[Swoją drogą|Nawiasem mówiąc], {target} mieszka przy {street} ({town})[.|.]",
            "Kto chce pogadać z {target} osobiście, [zapraszam na|niech wpadnie na] "
            "{street}[.|!]",
        ),
    ),
    Family(
        id="pl.address.nazwisko_adres",
        lang="pl",
        types=("name", "address"),
        kinds=(*_TALK, "deletion", "wikidata"),
        templates=(
            "{target} to {name}, zam. {address}[.|.]",
            "Konto {target} należy do [pana|pani] {name} ({street}, {town})[.|.]",
            "{name}, {address} – [nick|login] {target}",
            "Etykieta: {name}\nmiejsce zamieszkania (P551): {town}\nadres (P6375): "
            "{address}",
        ),
    ),
    Family(
        id="pl.address.wies_opis",
        lang="pl",
        types=("name", "address"),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} to {name}, mieszka w gospodarstwie [za mostem|na końcu polnej "
            "drogi] w okolicy miejscowości {town}, [tym z czerwoną stodołą|obok kapliczki][.|.]",
            "To {name}, [ostatni dom|dom z bocianem] [przed lasem|za kościołem] "
            "[w miejscowości|koło miejscowości] {town}[, cała wieś go zna|][.|.]",
            "{name}: [żółty dom|siedlisko] [przy starej szosie|za stacją benzynową], "
            "gmina {town}[.|.]",
        ),
    ),
    Family(
        id="pl.address.grozba_adres",
        lang="pl",
        types=("address", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Jeszcze jeden rewert i publikuję twój adres. [Tak, {street}.|{address}.]",
            "Wiem, gdzie mieszkasz: {street}[. Przemyśl to.|.]",
            "[Rób tak dalej|Kontynuuj], a wszyscy się dowiedzą, że mieszkasz pod "
            "adresem {address}[.|!]",
            "[Może|Chyba] wpadnę na {street}[ wytłumaczyć ci zasady|][.|.]",
        ),
    ),
    Family(
        id="pl.address.plik_dom",
        lang="pl",
        types=("address",),
        kinds=("file",),
        templates=(
            "Opis: dom mojego sąsiada, {address}[, wiecznie zaniedbany|]",
            "Dom [rodziny|mojego właściciela mieszkania] przy {street}, {town}"
            "[ (prywatny)|]",
            "Widok z mojego okna na mieszkanie [sąsiadki|tego dziwnego sąsiada], {street}",
        ),
    ),
)
