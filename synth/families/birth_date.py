"""Birth-date outing: a private person's date of birth, birth year with age, tied to an account."""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk", "noticeboard")

FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- English
    Family(
        id="en.birth_date.born_on_plain",
        lang="en",
        types=("birth_date",),
        kinds=(*_TALK, "spi", "user_page"),
        templates=(
            "{target} was born on {dob}[, not that he'd admit it|, for what it's worth|]"
            "[.|.]",
            "[FYI|Fun fact], {target}'s [birthday|date of birth|DOB] is {dob}[.|!]",
            "[His|Her] date of birth[, since we're sharing,|] is {dob_num}[.|.]",
            ":{target} (DOB {dob_num})[ — hardly a teenager, stop acting like one|][.|.]",
            "[Born|b.] {dob}, [and|yet] {target} still [edits like a child|can't spell]"
            "[.|!]",
        ),
    ),
    Family(
        id="en.birth_date.name_age_year",
        lang="en",
        types=("name", "birth_date"),
        kinds=(*_TALK, "deletion", "spi"),
        templates=(
            "{target} is {name}, {age}, born in {birth_year}[, from {town}|][.|.]",
            "{name} ({age} years old, born {birth_year}) — [that's|that is] who "
            "{target} [is|really is][.|.]",
            "[The account|{target}] = {name}, [b.|born] {birth_year}[, so {age} now|]"
            "[.|.]",
            "[It's|That's] {name}. {age}. [Born|Class of] {birth_year}[, same school as "
            "me|][.|.]",
        ),
    ),
    Family(
        id="en.birth_date.dossier_bullets",
        lang="en",
        types=("name", "birth_date"),
        kinds=("user_talk", "user_page", "noticeboard"),
        templates=(
            "'''{target}'''\n* Name: {name}\n* DOB: {dob_num}\n* [Age|Currently]: {age}",
            "[Who|What] {target} [is|really is]:\n* {name}\n* born {dob}",
            "{target}:\n:real name – {name}\n:date of birth – {dob}[\n:known socks – "
            "too many to list|]",
        ),
    ),
    Family(
        id="en.birth_date.wikidata_private_dob",
        lang="en",
        types=("name", "birth_date"),
        kinds=("wikidata",),
        templates=(
            "label (en): {name}\ninstance of (P31): human\ndate of birth (P569): {dob}",
            "/* wbsetclaim-create:2||1 */ Property:P569: {dob} (item {name}, "
            "[Wikipedia editor|private individual])",
            "{name}\ndescription: [my neighbour|local resident|Wikipedian]\nP569: "
            "{birth_year}\nWikimedia username (P4174): {target}",
            "date of birth: {dob}\n[given name|label]: {name}\n[occupation|instance of]: "
            "[human|person]",
        ),
    ),
    Family(
        id="en.birth_date.spi_shared_birthday",
        lang="en",
        types=("birth_date",),
        kinds=("spi", "checkuser"),
        templates=(
            "Both accounts [give|list] the same date of birth ({dob}) on their "
            "[user pages|Meta profiles][.|.]",
            "* {target} [mentioned|let slip] [his|her] birthday ({dob}) on {date}; "
            "the sock [did the same|wished itself happy birthday the same day][.|.]",
            "[The master|The sockmaster] was born {dob} [per|according to] an old "
            "[deleted|oversighted] post, and [this account|the new one] [claims|says] the "
            "same[.|.]",
            "[Evidence|Note]: same [age|birth year] ({age}, b. {birth_year}) [given|stated] "
            "by both accounts[.|.]",
        ),
    ),
    Family(
        id="en.birth_date.rhetorical_age",
        lang="en",
        types=("birth_date",),
        kinds=("user_talk", "article_talk", "summary"),
        templates=(
            "[Aren't you|Shouldn't you be] [a bit old for this|past this], {target}? "
            "[You were|Born] born in {birth_year}[, you're {age}|]!",
            "[Act|Try acting] your age, {target}[ — that's {age}, born {dob}|. {age} "
            "years old ({birth_year})][.|!]",
            "{age} [years old|] and [still|] edit-warring over [cartoons|football "
            "kits]? [{birth_year} was a long time ago, {target}.|Born {dob}, really?]",
            "[Happy|Early happy] birthday for {dob}, {target}[ :)|. Yes, we know.]",
        ),
    ),
    Family(
        id="en.birth_date.records_found",
        lang="en",
        types=("name", "birth_date"),
        kinds=("article_talk", "deletion", "noticeboard"),
        templates=(
            "[I found|Found] {name}'s birth record: born {dob}[ in {town}|]. "
            "[Adding to the article.|Can someone add it?]",
            "[Per|According to] the [electoral roll|companies register|genealogy site], "
            "{name} was born {dob}[, so {target} is lying about the age|][.|.]",
            ":{name} [is not notable|isn't notable], but for the record [his|her] DOB "
            "is {dob_num} (public records)[.|.]",
            "[Source|Ref] for the birth date: [a screenshot of|] [his|her] "
            "[passport|driving licence] — {name}, {dob}[.|.]",
        ),
    ),
    Family(
        id="en.birth_date.relative_dob",
        lang="en",
        types=("name", "birth_date"),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} is [his|the subject's] [mother|wife|sister], {name}, born {dob}"
            "[.|. COI.]",
            "[The account|{target}] is run by {name} (b. {birth_year}), [the|his] "
            "[daughter|son|nephew][, age {age}|][.|.]",
            "[Her|His] [mum|dad|husband] {name} ({dob}) [writes|wrote] all of this "
            "[as|under] {target}[.|.]",
        ),
    ),
    Family(
        id="en.birth_date.file_child_named",
        lang="en",
        types=("name", "birth_date"),
        kinds=("file",),
        templates=(
            "{name} (born {dob}), [my neighbour's|our cleaner's|the landlord's] "
            "[daughter|son] at the [school fete|beach]",
            "{{Information\n"
            "|description={name}, b. {birth_year} ({age}), at home\n"
            "|source=own work\n}}",
            "[Photo|Picture] of {name} on [his|her] birthday, {dob}",
        ),
    ),
    Family(
        id="en.birth_date.summary_dob",
        lang="en",
        types=("birth_date",),
        kinds=("summary",),
        templates=(
            "[rv|Reverted] {target} (b. {dob_num})",
            "[rvv|undo] – [grow up|act your age], [you're|ur] {age}, born {birth_year}",
            "[rm|Reverting] vandalism by the {birth_year}-born sock ({age} yo)",
        ),
    ),
    Family(
        id="en.birth_date.threat_dob",
        lang="en",
        types=("birth_date", "threat"),
        kinds=("user_talk", "user_page"),
        templates=(
            "[Revert|Block] me again and your date of birth ({dob}) goes [on every "
            "noticeboard|public][.|!]",
            "I [have|already have] your DOB, {target}: {dob_num}. [Want the rest "
            "posted too?|Next comes the rest.]",
            "[Keep going|Carry on] and [everyone|the whole wiki] [learns|will know] you "
            "were born {dob}[.|!]",
        ),
    ),
    Family(
        id="en.birth_date.aside_parenthetical",
        lang="en",
        types=("name", "birth_date"),
        kinds=(*_TALK, "spi", "steward"),
        templates=(
            "[As usual|Again], {target} (really {name}, b. {birth_year}) [is|was] "
            "[pushing the same POV|back][.|.]",
            "[This is|It's] the same person — {name} [({dob})|, DOB {dob_num},] — "
            "[as before|who was locked last year][.|.]",
            "[Lock|Please lock] {target}[ globally|]; [LTA|long-term abuser] {name} "
            "[(born {dob})|, born {birth_year}][.|.]",
        ),
    ),
    Family(
        id="en.birth_date.quickstatements_batch",
        lang="en",
        types=("name", "birth_date"),
        kinds=("wikidata",),
        templates=(
            "CREATE\nLAST|Len|\"{name}\"\nLAST|P31|Q5\nLAST|P569|{dob}[\nLAST\tP4174\t"
            "\"{target}\"|]",
            "CREATE\nLAST|Len|\"{name}\"\nLAST|Den|\"[private person|local resident|"
            "Wikipedia user]\"\nLAST|P569|{birth_year}",
            "LAST|P569|{dob} /* {name}, [added from|per] [Facebook|the school yearbook] */",
        ),
    ),
    Family(
        id="en.birth_date.claim_contradicted",
        lang="en",
        types=("name", "birth_date"),
        kinds=(*_TALK, "checkuser", "deletion"),
        templates=(
            "{target} [claims|says] to be a [student|teenager|pensioner], but {name} was "
            "born {dob}[, so that's a lie|][.|.]",
            "[Funny|Odd] how {target} [is|claims to be] \"{age}\" when {name}'s "
            "[Facebook|yearbook] says born {birth_year}[.|.]",
            ":[No|Nope], [he's|she's] not a minor: {name}, date of birth {dob_num}[. "
            "Stop the sympathy act.|.]",
            "[Stop pretending|Nobody believes] you're new here — {name}, born "
            "{birth_year}, [been editing since school|same person since {year}][.|.]",
        ),
    ),
    # ---------------------------------------------------------------- German
    Family(
        id="de.birth_date.geboren_klarname",
        lang="de",
        types=("name", "birth_date"),
        kinds=(*_TALK, "deletion", "spi"),
        templates=(
            "{target} ist {name}, geb. {dob}[, wohnhaft in {town}|][.|.]",
            "{name} (Jahrgang {birth_year}, also {age}) – das ist {target}[.|.]",
            "Hinter {target} steckt {name}, {age} Jahre alt[, geboren {dob}|][.|.]",
            ":Nur zur Info: {target} = {name}, * {dob}[.|.]",
        ),
    ),
    Family(
        id="de.birth_date.geburtstag_gemeinheit",
        lang="de",
        types=("birth_date",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Mit {age} [sollte man|könnte man] sich [eigentlich|auch mal] benehmen, "
            "{target}[ – Jahrgang {birth_year}|, geboren {dob}][.|!]",
            "[Alles Gute|Herzlichen Glückwunsch] zum Geburtstag am {dob}, {target}"
            "[ ;)|. Ja, wir wissen es.]",
            "[Revert|Zurückgesetzt] – [werd erwachsen|benimm dich], du bist {age} "
            "(Jg. {birth_year})",
        ),
    ),
    Family(
        id="de.birth_date.wikidata_geburtsdatum",
        lang="de",
        types=("name", "birth_date"),
        kinds=("wikidata",),
        templates=(
            "Bezeichnung (de): {name}\nist ein(e) (P31): Mensch\nGeburtsdatum (P569): "
            "{dob}",
            "/* wbsetclaim-create:2||1 */ Eigenschaft:P569: {dob} (Objekt {name}, "
            "[Privatperson|Nachbar])",
            "{name}\nBeschreibung: [Wikipedianer aus {town}|Privatperson]\nGeburtsdatum: "
            "{dob_num}\nWikimedia-Benutzername (P4174): {target}",
        ),
    ),
    Family(
        id="de.birth_date.cu_gleiches_datum",
        lang="de",
        types=("birth_date",),
        kinds=("checkuser", "spi", "noticeboard"),
        templates=(
            "Beide Konten [nennen|haben auf der Benutzerseite] dasselbe Geburtsdatum "
            "({dob})[.|.]",
            "{target} hat [am {date}|früher] [sein|ihr] Geburtsdatum ({dob_num}) "
            "erwähnt, die Socke [ebenso|auch][.|.]",
            "[Indiz|Begründung]: gleiches Alter ({age}, Jg. {birth_year}) bei beiden "
            "Konten[.|.]",
        ),
    ),
    Family(
        id="de.birth_date.drohung_datei",
        lang="de",
        types=("name", "birth_date"),
        kinds=("file", "user_talk"),
        templates=(
            "Beschreibung: {name} (geb. {dob}), [Tochter|Sohn] [meiner Nachbarn|des "
            "Vermieters], beim [Schulfest|Grillen]",
            "{{Information\n"
            "|Beschreibung={name}, Jahrgang {birth_year}, im Garten\n"
            "|Quelle=eigenes Werk\n}}",
            "[Foto|Bild] von {name} an [seinem|ihrem] {age}. Geburtstag ({dob})",
        ),
    ),
    # ---------------------------------------------------------------- French
    Family(
        id="fr.birth_date.ne_le",
        lang="fr",
        types=("name", "birth_date"),
        kinds=(*_TALK, "deletion", "spi"),
        templates=(
            "{target}, c'est {name}, né le {dob}[ à {town}|][.|.]",
            "{name} ({age} ans, né en {birth_year}) – [voilà|c'est lui|c'est elle] qui se cache "
            "derrière {target}[.|.]",
            "Derrière {target} : {name}, {age} ans[, date de naissance {dob_num}|][.|.]",
            ":Pour info, {target} = {name}, [né|née] le {dob}[.|.]",
        ),
    ),
    Family(
        id="fr.birth_date.age_moquerie",
        lang="fr",
        types=("birth_date",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "À {age} ans [on pourrait|tu pourrais] [se tenir|te tenir] un peu, {target}"
            "[ – né en {birth_year} quand même|, né le {dob}][.|!]",
            "[Bon anniversaire|Joyeux anniversaire] pour le {dob}, {target}[ ;)|. "
            "Oui, on sait.]",
            "[Révocation|Annulation] – [grandis un peu|un peu de tenue], tu as {age} "
            "ans (né en {birth_year})",
        ),
    ),
    Family(
        id="fr.birth_date.wikidata_date_naissance",
        lang="fr",
        types=("name", "birth_date"),
        kinds=("wikidata",),
        templates=(
            "Libellé (fr) : {name}\nnature de l'élément (P31) : être humain\n"
            "date de naissance (P569) : {dob}",
            "/* wbsetclaim-create:2||1 */ Propriété:P569 : {dob} (élément {name}, "
            "[particulier|voisin])",
            "{name}\ndescription : [wikipédien de {town}|particulier]\ndate de "
            "naissance : {dob_num}\nnom d'utilisateur Wikimédia (P4174) : {target}",
        ),
    ),
    Family(
        id="fr.birth_date.rcu_meme_date",
        lang="fr",
        types=("birth_date",),
        kinds=("checkuser", "spi", "noticeboard"),
        templates=(
            "Les deux comptes [affichent|indiquent] la même date de naissance ({dob}) "
            "sur leur page utilisateur[.|.]",
            "{target} a [mentionné|laissé échapper] sa date de naissance ({dob_num}) le "
            "{date}, le faux-nez [aussi|pareil][.|.]",
            "[Indice|Élément] : même âge ({age} ans, né en {birth_year}) pour les deux "
            "comptes[.|.]",
        ),
    ),
    Family(
        id="fr.birth_date.fichier_enfant",
        lang="fr",
        types=("name", "birth_date"),
        kinds=("file",),
        templates=(
            "Description : {name} (né le {dob}), [fils|fille] de [mes voisins|la "
            "gardienne], à la kermesse",
            "{{Information\n"
            "|description={name}, né en {birth_year}, dans le jardin\n"
            "|source=travail personnel\n}}",
            "Photo de {name} pour ses {age} ans ({dob})",
        ),
    ),
    # ---------------------------------------------------------------- Spanish
    Family(
        id="es.birth_date.nacido_el",
        lang="es",
        types=("name", "birth_date"),
        kinds=(*_TALK, "deletion", "spi"),
        templates=(
            "{target} es {name}, nacido el {dob}[ en {town}|][.|.]",
            "{name} ({age} años, nacido en {birth_year}) – [eso es lo que hay|ese es] "
            "detrás de {target}[.|.]",
            "Detrás de {target}: {name}, {age} años[, fecha de nacimiento {dob_num}|]"
            "[.|.]",
            ":Para que conste, {target} = {name}, [nacido|nacida] el {dob}[.|.]",
        ),
    ),
    Family(
        id="es.birth_date.edad_burla",
        lang="es",
        types=("birth_date",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Con {age} años ya [deberías|podrías] comportarte, {target}[, que naciste "
            "en {birth_year}|, nacido el {dob}][.|!]",
            "[Feliz cumpleaños|Felicidades] por el {dob}, {target}[ ;)|. Sí, lo sabemos.]",
            "[Revertido|Deshecho] – [madura|compórtate], que tienes {age} años "
            "(del {birth_year})",
        ),
    ),
    Family(
        id="es.birth_date.wikidata_fecha",
        lang="es",
        types=("name", "birth_date"),
        kinds=("wikidata",),
        templates=(
            "Etiqueta (es): {name}\ninstancia de (P31): ser humano\nfecha de "
            "nacimiento (P569): {dob}",
            "/* wbsetclaim-create:2||1 */ Propiedad:P569: {dob} (elemento {name}, "
            "[particular|vecino])",
            "{name}\ndescripción: [wikipedista de {town}|particular]\nfecha de "
            "nacimiento: {dob_num}\nusuario de Wikimedia (P4174): {target}",
        ),
    ),
    Family(
        id="es.birth_date.cu_misma_fecha",
        lang="es",
        types=("birth_date",),
        kinds=("checkuser", "spi", "noticeboard"),
        templates=(
            "Las dos cuentas [ponen|indican] la misma fecha de nacimiento ({dob}) en su "
            "página de usuario[.|.]",
            "{target} [mencionó|dejó caer] su fecha de nacimiento ({dob_num}) el {date}, "
            "y el títere [también|igual][.|.]",
            "[Indicio|Prueba]: misma edad ({age} años, nacido en {birth_year}) en ambas "
            "cuentas[.|.]",
        ),
    ),
    Family(
        id="es.birth_date.archivo_menor",
        lang="es",
        types=("name", "birth_date"),
        kinds=("file",),
        templates=(
            "Descripción: {name} (nacido el {dob}), [hijo|hija] de [mis vecinos|la "
            "portera], en la fiesta del colegio",
            "{name}, nacido en {birth_year}, [en el jardín|en la playa]",
            "Foto de {name} en su cumpleaños número {age} ({dob})",
        ),
    ),
    # ---------------------------------------------------------------- Italian
    Family(
        id="it.birth_date.nato_il",
        lang="it",
        types=("name", "birth_date"),
        kinds=(*_TALK, "deletion", "spi"),
        templates=(
            "{target} è {name}, nato il {dob}[ a {town}|][.|.]",
            "{name} ({age} anni, classe {birth_year}) – ecco chi c'è dietro {target}"
            "[.|.]",
            "Dietro {target}: {name}, {age} anni[, data di nascita {dob_num}|][.|.]",
            ":Per la cronaca, {target} = {name}, [nato|nata] il {dob}[.|.]",
        ),
    ),
    Family(
        id="it.birth_date.eta_presa_in_giro",
        lang="it",
        types=("birth_date",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "A {age} anni [dovresti|potresti] comportarti meglio, {target}[, classe "
            "{birth_year}|, nato il {dob}][.|!]",
            "[Buon compleanno|Auguri] per il {dob}, {target}[ ;)|. Sì, lo sappiamo.]",
            "[Annullata|Rollback] – [cresci|datti una regolata], hai {age} anni "
            "(classe {birth_year})",
        ),
    ),
    Family(
        id="it.birth_date.wikidata_data_nascita",
        lang="it",
        types=("name", "birth_date"),
        kinds=("wikidata",),
        templates=(
            "Etichetta (it): {name}\nistanza di (P31): umano\ndata di nascita (P569): "
            "{dob}",
            "/* wbsetclaim-create:2||1 */ Proprietà:P569: {dob} (elemento {name}, "
            "[privato cittadino|vicino])",
            "{name}\ndescrizione: [wikipediano di {town}|privato]\ndata di nascita: "
            "{dob_num}\nnome utente Wikimedia (P4174): {target}",
        ),
    ),
    Family(
        id="it.birth_date.cu_stessa_data",
        lang="it",
        types=("birth_date",),
        kinds=("checkuser", "spi", "noticeboard"),
        templates=(
            "Entrambe le utenze [riportano|indicano] la stessa data di nascita ({dob}) "
            "nella pagina utente[.|.]",
            "{target} ha [citato|lasciato sfuggire] la sua data di nascita ({dob_num}) "
            "il {date}, e il sockpuppet [anche|pure][.|.]",
            "[Indizio|Elemento]: stessa età ({age} anni, classe {birth_year}) per "
            "entrambe[.|.]",
        ),
    ),
    Family(
        id="it.birth_date.file_bambino",
        lang="it",
        types=("name", "birth_date"),
        kinds=("file",),
        templates=(
            "Descrizione: {name} (nato il {dob}), [figlio|figlia] dei [miei vicini|"
            "portinai], alla festa della scuola",
            "{{Information\n"
            "|description={name}, classe {birth_year}, in giardino\n"
            "|source=opera propria\n}}",
            "Foto di {name} al compleanno dei {age} anni ({dob})",
        ),
    ),
    # ---------------------------------------------------------------- Portuguese
    Family(
        id="pt.birth_date.nascido_em",
        lang="pt",
        types=("name", "birth_date"),
        kinds=(*_TALK, "deletion", "spi"),
        templates=(
            "{target} é {name}, nascido em {dob}[, natural de {town}|][.|.]",
            "{name} ({age} anos, nascido em {birth_year}) – é quem está por trás de "
            "{target}[.|.]",
            "Por trás de {target}: {name}, {age} anos[, data de nascimento {dob_num}|]"
            "[.|.]",
            ":Só para constar, {target} = {name}, [nascido|nascida] a {dob}[.|.]",
        ),
    ),
    Family(
        id="pt.birth_date.idade_provocacao",
        lang="pt",
        types=("birth_date",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Com {age} anos já [devias|devia] ter juízo, {target}[, nascido em "
            "{birth_year}|, nascido a {dob}][.|!]",
            "[Feliz aniversário|Parabéns] pelo dia {dob}, {target}[ ;)|. Sim, nós sabemos.]",
            "[Revertido|Desfeito] – [cresce|tenha modos], tens {age} anos "
            "(nascido em {birth_year})",
        ),
    ),
    Family(
        id="pt.birth_date.wikidata_data",
        lang="pt",
        types=("name", "birth_date"),
        kinds=("wikidata",),
        templates=(
            "Rótulo (pt): {name}\ninstância de (P31): ser humano\ndata de nascimento "
            "(P569): {dob}",
            "/* wbsetclaim-create:2||1 */ Propriedade:P569: {dob} (item {name}, "
            "[particular|vizinho])",
            "{name}\ndescrição: [wikipedista de {town}|pessoa privada]\ndata de "
            "nascimento: {dob_num}\nnome de usuário Wikimedia (P4174): {target}",
        ),
    ),
    Family(
        id="pt.birth_date.verificacao_mesma_data",
        lang="pt",
        types=("birth_date",),
        kinds=("checkuser", "spi", "noticeboard"),
        templates=(
            "As duas contas [indicam|mostram] a mesma data de nascimento ({dob}) na "
            "página de usuário[.|.]",
            "{target} [mencionou|deixou escapar] a data de nascimento ({dob_num}) em "
            "{date}, e o fantoche [também|idem][.|.]",
            "[Indício|Evidência]: mesma idade ({age} anos, nascido em {birth_year}) "
            "nas duas contas[.|.]",
        ),
    ),
    Family(
        id="pt.birth_date.ficheiro_crianca",
        lang="pt",
        types=("name", "birth_date"),
        kinds=("file",),
        templates=(
            "Descrição: {name} (nascido em {dob}), [filho|filha] dos [meus vizinhos|"
            "caseiros], na festa da escola",
            "{name}, nascido em {birth_year}, [no quintal|na praia]",
            "Foto de {name} no aniversário de {age} anos ({dob})",
        ),
    ),
    # ---------------------------------------------------------------- Dutch
    Family(
        id="nl.birth_date.geboren_op",
        lang="nl",
        types=("name", "birth_date"),
        kinds=(*_TALK, "deletion", "spi"),
        templates=(
            "{target} is {name}, geboren op {dob}[ in {town}|][.|.]",
            "{name} ({age} jaar, geboren in {birth_year}) – dat is wie er achter "
            "{target} zit[.|.]",
            "Achter {target} zit {name}, {age} jaar[, geboortedatum {dob_num}|][.|.]",
            ":Ter info: {target} = {name}, geb. {dob}[.|.]",
        ),
    ),
    Family(
        id="nl.birth_date.leeftijd_plagen",
        lang="nl",
        types=("birth_date",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Op je {age}e [mag je|zou je] je wel eens gedragen, {target}[, bouwjaar "
            "{birth_year}|, geboren {dob}][.|!]",
            "[Gefeliciteerd|Proficiat] met je verjaardag op {dob}, {target}[ ;)|. Ja, we "
            "weten het.]",
            "[Teruggedraaid|Revert] – [word volwassen|gedraag je], je bent {age} "
            "(geboren {birth_year})",
        ),
    ),
    Family(
        id="nl.birth_date.wikidata_geboortedatum",
        lang="nl",
        types=("name", "birth_date"),
        kinds=("wikidata",),
        templates=(
            "Label (nl): {name}\nis een (P31): mens\ngeboortedatum (P569): {dob}",
            "/* wbsetclaim-create:2||1 */ Eigenschap:P569: {dob} (item {name}, "
            "[particulier|buurman])",
            "{name}\nbeschrijving: [Wikipediaan uit {town}|particulier]\n"
            "geboortedatum: {dob_num}\nWikimedia-gebruikersnaam (P4174): {target}",
        ),
    ),
    Family(
        id="nl.birth_date.cu_zelfde_datum",
        lang="nl",
        types=("birth_date",),
        kinds=("checkuser", "spi", "noticeboard"),
        templates=(
            "Beide accounts [vermelden|hebben] dezelfde geboortedatum ({dob}) op hun "
            "gebruikerspagina[.|.]",
            "{target} [noemde|liet] op {date} zijn geboortedatum ({dob_num}) [vallen|], "
            "de sokpop [ook|net zo][.|.]",
            "[Aanwijzing|Bewijs]: zelfde leeftijd ({age} jaar, geboren {birth_year}) bij "
            "beide accounts[.|.]",
        ),
    ),
    Family(
        id="nl.birth_date.bestand_kind",
        lang="nl",
        types=("name", "birth_date"),
        kinds=("file",),
        templates=(
            "Beschrijving: {name} (geboren {dob}), [zoon|dochter] van [de buren|mijn "
            "huisbaas], op het schoolfeest",
            "{name}, geboren in {birth_year}, [in de tuin|op het strand]",
            "Foto van {name} op [zijn|haar] {age}e verjaardag ({dob})",
        ),
    ),
    # ---------------------------------------------------------------- Polish
    Family(
        id="pl.birth_date.urodzony",
        lang="pl",
        types=("name", "birth_date"),
        kinds=(*_TALK, "deletion", "spi"),
        templates=(
            "{target} to {name}, ur. {dob}[ w miejscowości {town}|][.|.]",
            "{name} (rocznik {birth_year}, wiek: {age}) – to właśnie {target}[.|.]",
            "Za kontem {target} stoi {name}, [urodzony|urodzona] {dob}[.|.]",
            ":Dla jasności: {target} = {name}, data urodzenia {dob_num}[.|.]",
        ),
    ),
    Family(
        id="pl.birth_date.wiek_docinek",
        lang="pl",
        types=("birth_date",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "[W twoim wieku|Przy twoim roczniku] ({birth_year}) [wypadałoby|można by] "
            "się zachowywać, {target}[.|!]",
            "[Wszystkiego najlepszego|Sto lat] z okazji urodzin {dob}, {target}[ ;)|. "
            "Tak, wiemy.]",
            "[Rewert|Wycofano] – [dorośnij|zachowuj się], rocznik {birth_year}, wiek {age}",
        ),
    ),
    Family(
        id="pl.birth_date.wikidata_data_urodzenia",
        lang="pl",
        types=("name", "birth_date"),
        kinds=("wikidata",),
        templates=(
            "Etykieta (pl): {name}\njest to (P31): człowiek\ndata urodzenia (P569): {dob}",
            "/* wbsetclaim-create:2||1 */ Właściwość:P569: {dob} (element {name}, "
            "[osoba prywatna|sąsiad])",
            "{name}\nopis: [wikipedysta|osoba prywatna]\ndata urodzenia: {dob_num}\n"
            "nazwa użytkownika Wikimedia (P4174): {target}",
        ),
    ),
    Family(
        id="pl.birth_date.cu_ta_sama_data",
        lang="pl",
        types=("birth_date",),
        kinds=("checkuser", "spi", "noticeboard"),
        templates=(
            "Oba konta [podają|mają na stronie wikipedysty] tę samą datę urodzenia "
            "({dob})[.|.]",
            "{target} [wspomniał|napisał] {date} o swojej dacie urodzenia ({dob_num}), "
            "pacynka [też|również][.|.]",
            "[Poszlaka|Dowód]: ten sam rocznik ({birth_year}, wiek {age}) w obu "
            "kontach[.|.]",
        ),
    ),
    Family(
        id="pl.birth_date.plik_dziecko",
        lang="pl",
        types=("name", "birth_date"),
        kinds=("file",),
        templates=(
            "Opis: {name} (ur. {dob}), [syn|córka] [sąsiadów|gospodarzy] na festynie "
            "szkolnym",
            "{name}, rocznik {birth_year}, [w ogrodzie|nad morzem]",
            "Zdjęcie: {name} – urodziny, {dob} (wiek: {age})",
        ),
    ),
)
