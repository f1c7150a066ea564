"""ID-number outing: national ID, tax, social-security or passport numbers of private people."""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk", "noticeboard")

FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- English
    Family(
        id="en.id_number.his_number_is",
        lang="en",
        types=("id_number",),
        kinds=(*_TALK, "user_page"),
        templates=(
            "{target}'s {id_word} is {id_number}[, for anyone who cares|. Enjoy.|][.|]",
            "[His|Her|Their] {id_word}[, by the way,|] is {id_number}[.|!]",
            "[FYI|For the record]: {id_word} of {target} = {id_number}[.|]",
            ":{target} ({id_word} {id_number})[ is not who he claims to be|, in case "
            "anyone needs to verify][.|.]",
            "[Here's|Here is] {target}'s {id_word}[, since he's so keen on verifiability|]"
            ": {id_number}",
        ),
    ),
    Family(
        id="en.id_number.leaked_document",
        lang="en",
        types=("name", "id_number"),
        kinds=(*_TALK, "spi"),
        templates=(
            "From the leaked [HR file|payroll spreadsheet|tenancy form]: {name}, "
            "{id_word} {id_number}[. That's {target}.|]",
            "[The document|The PDF] [posted|circulating] on [Telegram|the forum] lists "
            "{name} ({target}) with {id_word} {id_number}[.|.]",
            "[I've seen|I have] the [contract|application form]: {name}, {id_word}: "
            "{id_number}[ — same person as {target}|][.|.]",
            "[Leaked|Dumped] [data|records] confirm it: {target} = {name}, {id_word} "
            "{id_number}[.|.]",
        ),
    ),
    Family(
        id="en.id_number.scanned_id_file",
        lang="en",
        types=("name", "id_number"),
        kinds=("file",),
        templates=(
            "Scan of {name}'s [passport|ID card|driving licence] ({id_word}: {id_number})",
            "{{Information\n"
            "|description=Identity document of {name}, {id_word} {id_number}\n"
            "|source=own work\n}}",
            "[Photo|Picture] of [the|my landlord's|my ex's] [ID|licence] — {name}, "
            "{id_number} ({id_word})[, found in the car|]",
            "[Description|Caption]: [ID document|Card] of {name}[, front side|, both "
            "sides]. {id_word}: {id_number}",
        ),
    ),
    Family(
        id="en.id_number.wikidata_identifier",
        lang="en",
        types=("name", "id_number"),
        kinds=("wikidata",),
        templates=(
            "label (en): {name}\ninstance of (P31): human\n{id_word}: {id_number}",
            "/* wbsetclaim-create:2||1 */ [identifier|{id_word}]: {id_number} "
            "(item {name}[, private individual|])",
            "{name}\n[description|Description]: [local resident|Wikipedia editor]\n"
            "[national identifier|{id_word}]: {id_number}",
        ),
    ),
    Family(
        id="en.id_number.dossier_name_dob_id",
        lang="en",
        types=("name", "birth_date", "id_number"),
        kinds=("user_talk", "user_page", "noticeboard"),
        templates=(
            "'''{target}'''\n* Name: {name}\n* DOB: {dob_num}\n* {id_word}: {id_number}",
            "{target} = {name} (born {dob}), {id_word} {id_number}[. Have fun.|]",
            "[Everything|All] you need on {target}:\n:{name}\n:{dob}\n:{id_word} "
            "{id_number}",
        ),
    ),
    Family(
        id="en.id_number.conditional_threat",
        lang="en",
        types=("id_number", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "I have your {id_word}. [Revert|Report] me again and {id_number} goes "
            "[public|on every noticeboard][.|!]",
            "[Keep it up|One more block] and everyone [sees|gets] your {id_word}: "
            "{id_number}[.|!]",
            "[Remember|Recognise] {id_number}, {target}? [Yes, your {id_word}.|That's your "
            "{id_word}.] [Think before you revert.|Careful now.]",
        ),
    ),
    Family(
        id="en.id_number.spi_document_evidence",
        lang="en",
        types=("id_number",),
        kinds=("spi", "checkuser"),
        templates=(
            "Both accounts uploaded the same scanned document; the {id_word} "
            "({id_number}) is visible on [both|each][.|.]",
            "* {target} [once|accidentally] posted [a form|an invoice] with {id_word} "
            "{id_number}[; the sock posted the same form|][.|.]",
            "[Evidence|Note]: the {id_word} {id_number} appears in uploads by [both|all "
            "three] accounts[.|.]",
        ),
    ),
    Family(
        id="en.id_number.summary_id",
        lang="en",
        types=("id_number",),
        kinds=("summary",),
        templates=(
            "[rv|Reverted] {target} ({id_word} {id_number})",
            "[undo|rvv] – [nice try|bye], {id_word} {id_number}",
            "[adding|add] {id_word} for [verification|the record]: {id_number}",
        ),
    ),
    Family(
        id="en.id_number.court_records_talk",
        lang="en",
        types=("name", "id_number"),
        kinds=("article_talk", "deletion", "noticeboard"),
        templates=(
            "[Per|According to] the court filing, {name}'s {id_word} is {id_number}"
            "[, which proves it's the same person|][.|.]",
            "[Source|Evidence] for identity: {name}, {id_word} {id_number} ([county "
            "records|the insolvency notice])[.|.]",
            ":The [plaintiff|defendant] {name} ({id_word} {id_number}) is [the same as|"
            "clearly] {target}[.|.]",
        ),
    ),
    Family(
        id="en.id_number.deletion_repeat_leak",
        lang="en",
        types=("name", "id_number"),
        kinds=("deletion",),
        templates=(
            "'''Delete'''[ and oversight|, and revdel]: the article [includes|lists] "
            "{name}'s {id_word} ({id_number})[.|!]",
            "* '''Speedy delete''' – attack page on {name}[, even has the|, includes] "
            "{id_word} {id_number}[.|.]",
            "[Comment|Note]: the draft [contains|reproduces] a private person's "
            "{id_word}: {name}, {id_number}[.|.]",
        ),
    ),
    Family(
        id="en.id_number.fraud_accusation",
        lang="en",
        types=("id_number",),
        kinds=(*_TALK, "steward"),
        templates=(
            "[I'm reporting|I have reported] {target} to the police; [his|her] "
            "{id_word} {id_number} was on the invoice [he|she] sent me[.|.]",
            "{target} [scammed|defrauded] [me|my company]. [His|Her] {id_word}: "
            "{id_number}[. Lock this account.|]",
            "[Global lock|Lock] for {target}[, please|]: [fraudster|scammer], {id_word} "
            "{id_number}[, police report filed|][.|.]",
        ),
    ),
    Family(
        id="en.id_number.aside_parenthetical",
        lang="en",
        types=("id_number",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "[Again|As usual], {target} [({id_word} {id_number}, lol)|— {id_word} "
            "{id_number} —] [is|was] [pushing|reverting] the same [stuff|POV][.|.]",
            "[Same person|It's him again] [(check the {id_word}: {id_number})|, "
            "{id_word} {id_number} and all][.|.]",
            "{target}[, whose {id_word} is {id_number},| ({id_word}: {id_number})] "
            "[should be blocked|needs a block][.|.]",
        ),
    ),
    Family(
        id="en.id_number.employer_payroll",
        lang="en",
        types=("name", "workplace", "id_number"),
        kinds=(*_TALK, "spi"),
        templates=(
            "{target} is {name}, [{job}|a {job}] at {employer}, {id_word} {id_number}"
            "[ — I've seen the payroll|][.|.]",
            "[From|Per] {employer}'s [staff list|payroll]: {name}, {job}, {id_word} "
            "{id_number}[. That's {target}.|]",
            "[Your colleague|A coworker] at {employer} [says|confirms] you're {name}, "
            "{id_word} {id_number}[, {job}|][.|.]",
        ),
    ),
    # ---------------------------------------------------------------- German
    Family(
        id="de.id_number.seine_nummer",
        lang="de",
        types=("id_number",),
        kinds=(*_TALK, "user_page"),
        templates=(
            "Die {id_word} von {target} lautet {id_number}[, nur zur Info|][.|.]",
            "[Seine|Ihre] {id_word}[ übrigens|]: {id_number}[.|!]",
            ":{target} ({id_word} {id_number})[ ist nicht der, für den er sich "
            "ausgibt|][.|.]",
            "[Hier|Bitteschön] die {id_word} von {target}: {id_number}",
        ),
    ),
    Family(
        id="de.id_number.ausweis_datei",
        lang="de",
        types=("name", "id_number"),
        kinds=("file",),
        templates=(
            "Scan: Unterlagen von {name} ({id_word}: {id_number})",
            "{{Information\n|Beschreibung=Ausweisdokument von {name}, {id_word} "
            "{id_number}\n|Quelle=eigenes Werk\n}}",
            "[Foto|Bild] [vom Ausweis|vom Führerschein] [meines Vermieters|meiner Ex], "
            "{name}, {id_word} {id_number}",
        ),
    ),
    Family(
        id="de.id_number.geleakt_klarname",
        lang="de",
        types=("name", "id_number"),
        kinds=(*_TALK, "spi", "deletion"),
        templates=(
            "Aus der geleakten [Gehaltsliste|Mieterakte]: {name}, {id_word} {id_number}"
            "[. Das ist {target}.|]",
            "{target} = {name}, {id_word} {id_number}[ – steht im Handelsregisterauszug|]"
            "[.|.]",
            "[Laut|Gemäß] [Gerichtsakte|Insolvenzbekanntmachung]: {name}, {id_word} "
            "{id_number}[, also eindeutig {target}|][.|.]",
        ),
    ),
    Family(
        id="de.id_number.drohung",
        lang="de",
        types=("id_number", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Ich habe deine {id_word}. Noch ein Revert und {id_number} steht hier "
            "öffentlich[.|!]",
            "[Mach weiter so|Weiter so] und alle sehen deine {id_word}: {id_number}[.|!]",
            "Kommt dir {id_number} bekannt vor, {target}? [Genau, deine {id_word}.|"
            "Deine {id_word}.]",
        ),
    ),
    Family(
        id="de.id_number.wikidata_kennung",
        lang="de",
        types=("name", "id_number"),
        kinds=("wikidata", "summary"),
        templates=(
            "Bezeichnung (de): {name}\nist ein(e) (P31): Mensch\n{id_word}: {id_number}",
            "/* wbsetclaim-create:2||1 */ {id_word}: {id_number} (Objekt {name})",
            "{name}\nBeschreibung: Privatperson aus {town}\n{id_word}: {id_number}",
        ),
    ),
    # ---------------------------------------------------------------- French
    Family(
        id="fr.id_number.son_numero",
        lang="fr",
        types=("id_number",),
        kinds=(*_TALK, "user_page"),
        templates=(
            "Le {id_word} de {target} est {id_number}[, pour info|][.|.]",
            "Son {id_word}[ au passage|] : {id_number}[.|!]",
            ":{target} ({id_word} {id_number})[ n'est pas celui qu'il prétend|][.|.]",
            "[Voici|Tenez], le {id_word} de {target} : {id_number}",
        ),
    ),
    Family(
        id="fr.id_number.piece_identite_fichier",
        lang="fr",
        types=("name", "id_number"),
        kinds=("file",),
        templates=(
            "Scan d'un document de {name} ({id_word} : {id_number})",
            "{{Information\n|description=Pièce d'identité de {name}, {id_word} "
            "{id_number}\n|source=travail personnel\n}}",
            "Photo [du permis|de la carte vitale|du passeport] de [mon propriétaire|"
            "mon ex], {name}, {id_word} {id_number}",
        ),
    ),
    Family(
        id="fr.id_number.fuite_document",
        lang="fr",
        types=("name", "id_number"),
        kinds=(*_TALK, "spi", "deletion"),
        templates=(
            "D'après le [bulletin de paie|dossier de location] qui circule : {name}, "
            "{id_word} {id_number}[. C'est {target}.|]",
            "{target} = {name}, {id_word} {id_number}[, c'est dans le jugement|][.|.]",
            "[Selon|D'après] [le greffe|l'avis de liquidation] : {name}, {id_word} "
            "{id_number}[, donc {target}|][.|.]",
        ),
    ),
    Family(
        id="fr.id_number.menace",
        lang="fr",
        types=("id_number", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "J'ai ton {id_word}. Encore une révocation et {id_number} sera public[.|!]",
            "[Continue|Vas-y] et tout le monde verra ton {id_word} : {id_number}[.|!]",
            "{id_number}, ça te dit quelque chose, {target} ? [Oui, ton {id_word}.|"
            "Ton {id_word}.]",
        ),
    ),
    Family(
        id="fr.id_number.wikidata_identifiant",
        lang="fr",
        types=("name", "id_number"),
        kinds=("wikidata", "summary"),
        templates=(
            "Libellé (fr) : {name}\nnature de l'élément (P31) : être humain\n{id_word} : "
            "{id_number}",
            "/* wbsetclaim-create:2||1 */ {id_word} : {id_number} (élément {name})",
            "{name}\ndescription : particulier, {town}\n{id_word} : {id_number}",
        ),
    ),
    # ---------------------------------------------------------------- Spanish
    Family(
        id="es.id_number.su_numero",
        lang="es",
        types=("id_number",),
        kinds=(*_TALK, "user_page"),
        templates=(
            "El {id_word} de {target} es {id_number}[, por si a alguien le interesa|]"
            "[.|.]",
            "Su {id_word}[, por cierto,|] es {id_number}[.|!]",
            ":{target} ({id_word} {id_number})[ no es quien dice ser|][.|.]",
            "[Aquí tenéis|Ahí va] el {id_word} de {target}: {id_number}",
        ),
    ),
    Family(
        id="es.id_number.dni_archivo",
        lang="es",
        types=("name", "id_number"),
        kinds=("file",),
        templates=(
            "Escaneo de un documento de {name} ({id_word}: {id_number})",
            "{{Information\n|description=Documento de identidad de {name}, {id_word} "
            "{id_number}\n|source=trabajo propio\n}}",
            "Foto del [carné|pasaporte] de [mi casero|mi ex], {name}, {id_word} "
            "{id_number}",
        ),
    ),
    Family(
        id="es.id_number.documento_filtrado",
        lang="es",
        types=("name", "id_number"),
        kinds=(*_TALK, "spi", "deletion"),
        templates=(
            "Según la [nómina|ficha de alquiler] filtrada: {name}, {id_word} {id_number}"
            "[. Es {target}.|]",
            "{target} = {name}, {id_word} {id_number}[, sale en el BOE|][.|.]",
            "[Según|De acuerdo con] [la sentencia|el registro mercantil]: {name}, "
            "{id_word} {id_number}[, o sea {target}|][.|.]",
        ),
    ),
    Family(
        id="es.id_number.amenaza",
        lang="es",
        types=("id_number", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Tengo tu {id_word}. Revierte otra vez y {id_number} será público[.|!]",
            "[Sigue así|Tú sigue] y todos verán tu {id_word}: {id_number}[.|!]",
            "¿Te suena {id_number}, {target}? [Sí, tu {id_word}.|Tu {id_word}.]",
        ),
    ),
    Family(
        id="es.id_number.wikidata_identificador",
        lang="es",
        types=("name", "id_number"),
        kinds=("wikidata", "summary"),
        templates=(
            "Etiqueta (es): {name}\ninstancia de (P31): ser humano\n{id_word}: "
            "{id_number}",
            "/* wbsetclaim-create:2||1 */ {id_word}: {id_number} (elemento {name})",
            "{name}\ndescripción: particular de {town}\n{id_word}: {id_number}",
        ),
    ),
    # ---------------------------------------------------------------- Italian
    Family(
        id="it.id_number.il_suo_numero",
        lang="it",
        types=("id_number",),
        kinds=(*_TALK, "user_page"),
        templates=(
            "{target} – {id_word}: {id_number}[, per chi fosse interessato|][.|.]",
            "Dati di {target}: {id_word} {id_number}[.|!]",
            ":{target} ({id_word} {id_number})[ non è chi dice di essere|][.|.]",
            "[Ecco|Ecco qua] i dati di {target}, {id_word}: {id_number}",
        ),
    ),
    Family(
        id="it.id_number.documento_file",
        lang="it",
        types=("name", "id_number"),
        kinds=("file",),
        templates=(
            "Scansione di un documento di {name} ({id_word}: {id_number})",
            "{{Information\n|description=Documento di {name}, {id_word} {id_number}\n"
            "|source=opera propria\n}}",
            "Foto [della patente|del passaporto] del [mio padrone di casa|mio ex], "
            "{name}, {id_word} {id_number}",
        ),
    ),
    Family(
        id="it.id_number.documento_trapelato",
        lang="it",
        types=("name", "id_number"),
        kinds=(*_TALK, "spi", "deletion"),
        templates=(
            "Dalla [busta paga|pratica d'affitto] che gira: {name}, {id_word} {id_number}"
            "[. È {target}.|]",
            "{target} = {name}, {id_word} {id_number}[, risulta dalla visura|][.|.]",
            "[Secondo|Stando a] [la sentenza|il registro imprese]: {name}, {id_word} "
            "{id_number}[, cioè {target}|][.|.]",
        ),
    ),
    Family(
        id="it.id_number.minaccia",
        lang="it",
        types=("id_number", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Ho i tuoi dati ({id_word}). Un altro rollback e {id_number} diventa "
            "pubblico[.|!]",
            "[Continua così|Vai avanti] e tutti vedranno: {id_word} {id_number}[.|!]",
            "{id_number} ti dice qualcosa, {target}? [Sì, {id_word}.|È il tuo, "
            "{id_word}.]",
        ),
    ),
    Family(
        id="it.id_number.wikidata_identificativo",
        lang="it",
        types=("name", "id_number"),
        kinds=("wikidata", "summary"),
        templates=(
            "Etichetta (it): {name}\nistanza di (P31): umano\n{id_word}: {id_number}",
            "/* wbsetclaim-create:2||1 */ {id_word}: {id_number} (elemento {name})",
            "{name}\ndescrizione: privato cittadino di {town}\n{id_word}: {id_number}",
        ),
    ),
    # ---------------------------------------------------------------- Portuguese
    Family(
        id="pt.id_number.o_numero_dele",
        lang="pt",
        types=("id_number",),
        kinds=(*_TALK, "user_page"),
        templates=(
            "O {id_word} de {target} é {id_number}[, para quem quiser|][.|.]",
            "O {id_word} dele[, aliás,|] é {id_number}[.|!]",
            ":{target} ({id_word} {id_number})[ não é quem diz ser|][.|.]",
            "[Aqui está|Taí] o {id_word} de {target}: {id_number}",
        ),
    ),
    Family(
        id="pt.id_number.documento_ficheiro",
        lang="pt",
        types=("name", "id_number"),
        kinds=("file",),
        templates=(
            "Digitalização do documento de identidade de {name} ({id_word}: {id_number})",
            "{{Information\n|description=Documento de {name}, {id_word} {id_number}\n"
            "|source=trabalho próprio\n}}",
            "Foto da [carteira de motorista|identidade] do [meu senhorio|meu ex], "
            "{name}, {id_word} {id_number}",
        ),
    ),
    Family(
        id="pt.id_number.documento_vazado",
        lang="pt",
        types=("name", "id_number"),
        kinds=(*_TALK, "spi", "deletion"),
        templates=(
            "Do [holerite|contrato de arrendamento] vazado: {name}, {id_word} {id_number}"
            "[. É o {target}.|]",
            "{target} = {name}, {id_word} {id_number}[, consta no processo|][.|.]",
            "[Segundo|Conforme] [a sentença|o Diário Oficial]: {name}, {id_word} "
            "{id_number}[, ou seja, {target}|][.|.]",
        ),
    ),
    Family(
        id="pt.id_number.ameaca",
        lang="pt",
        types=("id_number", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Tenho o teu {id_word}. Reverte outra vez e {id_number} fica público[.|!]",
            "[Continua assim|Continue] e todos vão ver o seu {id_word}: {id_number}[.|!]",
            "{id_number} te diz alguma coisa, {target}? [Sim, o seu {id_word}.|O teu "
            "{id_word}.]",
        ),
    ),
    Family(
        id="pt.id_number.wikidata_identificador",
        lang="pt",
        types=("name", "id_number"),
        kinds=("wikidata", "summary"),
        templates=(
            "Rótulo (pt): {name}\ninstância de (P31): ser humano\n{id_word}: {id_number}",
            "/* wbsetclaim-create:2||1 */ {id_word}: {id_number} (item {name})",
            "{name}\ndescrição: pessoa privada de {town}\n{id_word}: {id_number}",
        ),
    ),
    # ---------------------------------------------------------------- Dutch
    Family(
        id="nl.id_number.zijn_nummer",
        lang="nl",
        types=("id_number",),
        kinds=(*_TALK, "user_page"),
        templates=(
            "Het {id_word} van {target} is {id_number}[, voor wie het wil weten|][.|.]",
            "Zijn {id_word}[ trouwens|]: {id_number}[.|!]",
            ":{target} ({id_word} {id_number})[ is niet wie hij zegt te zijn|][.|.]",
            "[Hier|Alsjeblieft], het {id_word} van {target}: {id_number}",
        ),
    ),
    Family(
        id="nl.id_number.id_bestand",
        lang="nl",
        types=("name", "id_number"),
        kinds=("file",),
        templates=(
            "Scan van een document van {name} ({id_word}: {id_number})",
            "{{Information\n|description=Identiteitsbewijs van {name}, {id_word} "
            "{id_number}\n|source=eigen werk\n}}",
            "Foto van het [rijbewijs|ID-kaartje] van [mijn huisbaas|mijn ex], {name}, "
            "{id_word} {id_number}",
        ),
    ),
    Family(
        id="nl.id_number.gelekt_document",
        lang="nl",
        types=("name", "id_number"),
        kinds=(*_TALK, "spi", "deletion"),
        templates=(
            "Uit het gelekte [loonstrookje|huurdossier]: {name}, {id_word} {id_number}"
            "[. Dat is {target}.|]",
            "{target} = {name}, {id_word} {id_number}[, staat in het vonnis|][.|.]",
            "[Volgens|Blijkens] [het faillissementsverslag|de uitspraak]: {name}, "
            "{id_word} {id_number}[, dus {target}|][.|.]",
        ),
    ),
    Family(
        id="nl.id_number.dreiging",
        lang="nl",
        types=("id_number", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Ik heb je {id_word}. Nog één revert en {id_number} staat online[.|!]",
            "[Ga zo door|Ga maar door] en iedereen ziet je {id_word}: {id_number}[.|!]",
            "Zegt {id_number} je iets, {target}? [Ja, je {id_word}.|Je {id_word}.]",
        ),
    ),
    Family(
        id="nl.id_number.wikidata_identificatie",
        lang="nl",
        types=("name", "id_number"),
        kinds=("wikidata", "summary"),
        templates=(
            "Label (nl): {name}\nis een (P31): mens\n{id_word}: {id_number}",
            "/* wbsetclaim-create:2||1 */ {id_word}: {id_number} (item {name})",
            "{name}\nbeschrijving: particulier uit {town}\n{id_word}: {id_number}",
        ),
    ),
    # ---------------------------------------------------------------- Polish
    Family(
        id="pl.id_number.jego_numer",
        lang="pl",
        types=("id_number",),
        kinds=(*_TALK, "user_page"),
        templates=(
            "{id_word} użytkownika {target}: {id_number}[, jakby ktoś pytał|][.|.]",
            "Jego {id_word}[ tak przy okazji|] to {id_number}[.|!]",
            ":{target} ({id_word} {id_number})[ nie jest tym, za kogo się podaje|][.|.]",
            "[Proszę bardzo|Macie], {id_word} {target}: {id_number}",
        ),
    ),
    Family(
        id="pl.id_number.dowod_plik",
        lang="pl",
        types=("name", "id_number"),
        kinds=("file",),
        templates=(
            "Skan dokumentu: {name} ({id_word}: {id_number})",
            "{{Information\n|description=Dokument tożsamości – {name}, {id_word} "
            "{id_number}\n|source=praca własna\n}}",
            "Zdjęcie [prawa jazdy|paszportu] [mojego wynajmującego|mojej byłej] – {name}, "
            "{id_word} {id_number}",
        ),
    ),
    Family(
        id="pl.id_number.wyciek_dokument",
        lang="pl",
        types=("name", "id_number"),
        kinds=(*_TALK, "spi", "deletion"),
        templates=(
            "Z [wycieku listy płac|umowy najmu]: {name}, {id_word} {id_number}"
            "[. To jest {target}.|]",
            "{target} = {name}, {id_word} {id_number}[, jest w wyroku|][.|.]",
            "[Według|Zgodnie z] [KRS|wyrokiem sądu]: {name}, {id_word} {id_number}"
            "[, czyli {target}|][.|.]",
        ),
    ),
    Family(
        id="pl.id_number.grozba",
        lang="pl",
        types=("id_number", "threat"),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Mam twój {id_word}. Jeszcze jeden rewert i {id_number} będzie publiczny"
            "[.|!]",
            "[Rób tak dalej|Kontynuuj], a wszyscy zobaczą twój {id_word}: {id_number}[.|!]",
            "Coś ci mówi {id_number}, {target}? [Tak, twój {id_word}.|Twój {id_word}.]",
        ),
    ),
    Family(
        id="pl.id_number.wikidata_identyfikator",
        lang="pl",
        types=("name", "id_number"),
        kinds=("wikidata", "summary"),
        templates=(
            "Etykieta (pl): {name}\njest to (P31): człowiek\n{id_word}: {id_number}",
            "/* wbsetclaim-create:2||1 */ {id_word}: {id_number} (element {name})",
            "{name}\nopis: osoba prywatna\n{id_word}: {id_number}",
        ),
    ),
)
