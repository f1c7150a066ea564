"""Name outing: tying an account (or a private person in a file or item) to a real name."""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk", "noticeboard")

FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- English
    Family(
        id="en.name.plain_equation",
        lang="en",
        types=("name",),
        kinds=(*_TALK, "deletion", "spi"),
        templates=(
            "[For the record|FYI|Just so everyone knows|Not that it's a secret], {target} "
            "[is|=] {name}[.|, obviously.|, plain and simple.]",
            "{target} is {name}[, full stop|, everyone here knows it|. Stop pretending "
            "otherwise][.|!]",
            ":{target} [and|=] {name} [are the same person|is one and the same person]"
            "[.|, come on.| — it's not exactly hard to work out.]",
            "[Let's be honest|Come on], '''{target}''' is {name}[ and has been "
            "for years|, has been since day one|][.|, and we all know it.]",
            "::{target} ({name}) [has been at this|has been doing this] [since|for] "
            "[years|ages|a decade][.|, nothing new.]",
            "{name} aka {target}[ strikes again|, again|, once more][.|...|!]",
        ),
    ),
    Family(
        id="en.name.real_name_irl",
        lang="en",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target}'s real name is {name}[, btw|, for what it's worth|][.|!]",
            "[In real life|IRL|Offline], {target} [goes by|is called|is known as] {name}"
            "[.|, which explains a lot.|, not that it matters.]",
            "[His|Her|Their] real name[, by the way,|] is {name}[ — look it up| if anyone "
            "was wondering|][.|!]",
            "The real-life identity of {target} is {name}[ (easily found)|, it took me "
            "five minutes|][.|, since we're being open here.]",
            ":[Actually|Fun fact]: {target} [signs|signed] [his|her] emails to OTRS as "
            "{name}[, so the real name is hardly a secret|].",
            "[Nobody|No one] [seems to|wants to] say it, but [the|his|her] real name is "
            "{name}. [{target} knows it.|Ask {target}.]",
        ),
    ),
    Family(
        id="en.name.behind_account",
        lang="en",
        types=("name",),
        kinds=(*_TALK, "spi", "checkuser", "steward"),
        templates=(
            "The person behind {target} is {name}[, a local|, who also runs a blog|][.|.]",
            "[Behind|Running] the {target} account [is|you'll find] {name}[, "
            "and has been since {year}|][.|!]",
            "[Whoever thinks|If anyone thinks] {target} is anonymous: it's {name}"
            "[ operating it| at the keyboard| behind it][.|, sorry.]",
            "{target} is [operated|run|controlled] by {name}[, who also edits as an IP|"
            ", possibly with help from friends|][.|.]",
            "[The account|That account] ({target}) [belongs to|is used by] {name}"
            "[ — I'm certain of it| (I've met them)|][.|.]",
        ),
    ),
    Family(
        id="en.name.relative_of_account",
        lang="en",
        types=("name",),
        kinds=(*_TALK, "deletion", "spi"),
        templates=(
            "[{target} is|{target} is actually] [his|the subject's] wife, {name}"
            "[, who else would write this stuff|, so of course she's defending him|][.|.]",
            "{target} is {name}'s [husband|son|daughter|brother|sister|mother-in-law]"
            "[, which explains the tone of every edit|, hardly neutral|][.|.]",
            "[That account|This one] is run by [his|her] [ex|ex-partner|ex-wife|ex-husband], "
            "{name}[; they've been feuding for years|. Not a neutral party][.|!]",
            "[Everyone in town|Everyone at the club] knows {target} is {name2}'s "
            "[wife|husband|partner][, {name}|. Name: {name}][.|.]",
            ":{target} [= the mother of the article subject|is the subject's mum], "
            "{name}[, see the photos she uploaded|].",
        ),
    ),
    Family(
        id="en.name.casual_given_only",
        lang="en",
        types=("name",),
        kinds=("user_talk", "article_talk", "noticeboard", "summary"),
        templates=(
            "lol [that's|thats] just {given} from [accounting|IT|upstairs|the office|"
            "the third floor|down the hall][, relax|, ignore him|][.|]",
            "[oh|Oh] {target}? [that's|thats] {given}[, my old flatmate|, my neighbour's "
            "kid|, from school][ lol|!|.]",
            "[pretty sure|I'm fairly sure|100%] {target} is {given}[ again|, back from "
            "the block][.|...]",
            "[hi|Hi] {given}[, yes we know it's you|, nice new account|, we can all see it's "
            "you]. [{target} fools nobody.|]",
            "[everyone|Everybody] [at work|in the office] [knows|knew] {target} is "
            "[just|] {given}{surname}[ lol|, he brags about it][.|]",
        ),
    ),
    Family(
        id="en.name.i_know_who_you_are",
        lang="en",
        types=("name",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "I know who you are, {given}[.|!|...]",
            "[Nice try|Good try|Cute], {name}. [We all know it's you.|You're not as "
            "anonymous as you think.|Did you really think nobody would notice?]",
            "[Hello|Hi|Evening] {given} {surname}[ :)|!|.] [Yes, you.|Surprised?|"
            "Thought you could hide behind {target}?]",
            "[You can drop the act|Drop the act], {given}[. Everyone knows|, we know] "
            "{target} is you[.|!]",
            "[Stop|Quit] [hiding|pretending], {name}[.|!] [This account is you.|"
            "{target} = you.]",
        ),
    ),
    Family(
        id="en.name.nee_maiden",
        lang="en",
        types=("name",),
        kinds=(*_TALK, "deletion", "wikidata"),
        templates=(
            "{target} is {name2} (née {surname})[, she used to edit under her maiden "
            "name|][.|.]",
            "[The uploader|{target}] is {name2}[, born {surname}|, maiden name "
            "{surname}|, formerly {surname}][, the subject's sister|, the owner's wife|][.|.]",
            ":[Her|The] maiden name was {surname}; [she's|{target} is] now {name2}"
            "[, same person|, which is why the old accounts look unrelated][.|.]",
            "{name2} [née|born] {surname} = {target}[. Same writing style, same "
            "obsessions|][.|.]",
        ),
    ),
    Family(
        id="en.name.coi_named_employee",
        lang="en",
        types=("name", "workplace"),
        kinds=(*_TALK, "deletion"),
        templates=(
            "Undisclosed paid editing: {target} is {name}, [who works for|an employee of|"
            "on the payroll of] {employer}[.|, the article's subject.]",
            "{{COI}} concerns: the creator, {target}, is {name}, a {job} at "
            "{employer}[, per their own website|, per LinkedIn|][.|.]",
            "[Clear|Obvious|Blatant] [[WP:COI|COI]] — {target} [= {name}|is really {name}], "
            "[{job}|the {job}] at {employer}[. Should be disclosed|. Please declare][.|!]",
            "[Why|How come] is {name} from {employer} ({target}) [editing|rewriting] "
            "[their employer's|the company's] article? [That's a COI.|Not allowed without "
            "disclosure.]",
            ":[Per|From] [the staff page|their LinkedIn|the team page], {target} is "
            "{name}, [{job}|head of marketing] at {employer}[.|. Paid editing.]",
        ),
    ),
    Family(
        id="en.name.spi_evidence_paragraph",
        lang="en",
        types=("name",),
        kinds=("spi", "checkuser"),
        templates=(
            "Both accounts [belong to|are operated by] {name}: {target} signed a talk "
            "post as \"{given}\" on {date}, and [the sock|the new account] uses the "
            "same phrasing[.|.]",
            "* {target} [uploaded|created] a file crediting \"{name}\" as author[;|,] the "
            "suspected sock [did the same|uses the same credit][.|.]",
            "[Behavioural evidence|Evidence]: [both|each account] [edit|edits] the "
            "article on {name}'s [band|company|family] and [sign|signs] as {given}. "
            "[The master is|I believe the master is] {name}[.|.]",
            "[Suspected master|Sockmaster] ({target}) is [most likely|almost certainly] "
            "{name}[, see the diffs below|, who was blocked in {year}][.|.]",
            "[Comment|Note]: I'm [fairly|quite] sure this is {name} again[ (the same person as|"
            ", i.e.] {target}[)|][.|.]",
        ),
    ),
    Family(
        id="en.name.rename_request_by_other",
        lang="en",
        types=("name",),
        kinds=("rename", "steward"),
        templates=(
            "[Requesting|Request for] a rename of {target}: this account is {name}"
            "[ and he is|, who is] [embarrassing himself|harassing people] under it[.|.]",
            "[Please|Could a steward please] lock {target}[ globally|]. It's {name}"
            "[, LTA from dewiki| again][.|.]",
            "{target} should be [renamed|forced to rename] — [the user is|it's] {name}"
            "[, I know him personally|, my former colleague][.|.]",
            "[Global lock|Lock] [requested|please] for {target} (= {name}, "
            "[banned on several wikis|cross-wiki spam])[.|.]",
        ),
    ),
    Family(
        id="en.name.file_private_person_named",
        lang="en",
        types=("name",),
        kinds=("file",),
        templates=(
            "[Photo|Picture] of {name}[, my coworker,|, the neighbour,|] [passed out|asleep|"
            "drunk] at the [Christmas|office|New Year] party[ lol|]",
            "{{Information\n"
            "|description=This is {name}, who edits Wikipedia as {target}\n"
            "|source=own work\n}}",
            "[Description|Caption]: {name} ({target} on Wikipedia) [at his desk|in "
            "his garden|outside his house]",
            "{name} [caught|photographed] [leaving|entering] [his|her] flat[, {date}|]",
        ),
    ),
    Family(
        id="en.name.wikidata_username_item",
        lang="en",
        types=("name",),
        kinds=("wikidata",),
        templates=(
            "label (en): {name}\ninstance of (P31): human\nWikimedia username (P4174): "
            "{target}",
            "/* wbsetclaim-create:2||1 */ Property:P4174: {target} [on item|] {name}",
            "{name}\n[description|Description]: [English Wikipedia editor|Wikipedian, "
            "private individual]\nP4174: {target}",
            "Q item: {name} | Wikimedia username: {target} | [country of citizenship|"
            "sex or gender]: [United Kingdom|male|female]",
        ),
    ),
    Family(
        id="en.name.summary_aka",
        lang="en",
        types=("name",),
        kinds=("summary",),
        templates=(
            "[rv|Reverted|Undid] [sock|edits] of {name} ([[User:{target}|{target}]])",
            "[rvv|rv]: {target} aka {name}[, again|, blocked|]",
            "[Reverting|rm] {name}'s [latest|] [sock|block evasion]",
            "[Undid revision|Undo] by {target} (= {name})[; block evasion|]",
        ),
    ),
    Family(
        id="en.name.autobiography_creator",
        lang="en",
        types=("name",),
        kinds=("deletion", "article_talk"),
        templates=(
            "'''Delete'''[ — autobiography| – vanity page|, non-notable]. The creator, "
            "{target}, is {name}[ himself| herself| in person][.|.]",
            "* '''Delete''' – [obvious|clear] [autobio|self-promotion]: {target} is the "
            "subject's [son|daughter|partner], {name2}[.|.]",
            "[Comment|Note]: this was written by {name} ({target})[, the subject's "
            "manager|, the subject's brother-in-law][.|.]",
            ":[The article's creator|{target}] [= {name}|is {name}], [whose|and the] "
            "[band|bakery|podcast] this is[.|. Delete.]",
        ),
    ),
    Family(
        id="en.name.doxx_bullets",
        lang="en",
        types=("name",),
        kinds=("user_talk", "user_page", "noticeboard"),
        templates=(
            "[Facts|Things you should know] about {target}:\n* real name: {name}\n"
            "* [also edits as|sock]: {target}2\n* [hates|is banned from] half of the wiki",
            "'''{target}'''\n* Name: {name}\n* [Known as|Calls himself] {given} "
            "[online|offline]",
            "== [Who is|The truth about] {target} ==\n[It's|Answer:] {name}. "
            "[{given} {surname}, that is.|Now you know.]",
        ),
    ),
    # ---------------------------------------------------------------- German
    Family(
        id="de.name.klarname",
        lang="de",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} heißt [übrigens|im echten Leben|mit Klarnamen] {name}[.|, nur "
            "zur Info.]",
            "Der Klarname von {target} [ist|lautet] {name}[, das weiß hier jeder|"
            ", steht ja auch im Impressum seiner Seite][.|.]",
            "[Bürgerlich|Mit bürgerlichem Namen] heißt der Kollege {name}[ – "
            "und {target} weiß das auch|][.|.]",
            ":Ach komm, {target} [ist|=] {name}[, da braucht man kein CU|][.|!]",
            "[Wer|Falls jemand wissen will, wer] hinter {target} steckt: {name}[ aus "
            "{town}|][.|.]",
        ),
    ),
    Family(
        id="de.name.vm_meldung",
        lang="de",
        types=("name",),
        kinds=("noticeboard", "checkuser", "spi"),
        templates=(
            "{target} (erl.) – [Sockenpuppe|Socke] von {name}, [der|die] schon "
            "[mehrfach|seit {year}] gesperrt ist[.|.]",
            "Bitte {target} sperren, [das ist|eindeutig] {name}[ mit neuem Konto|"
            " (Sperrumgehung)][.|.]",
            "[CU-Anfrage|Checkuser-Anfrage]: {target} und die IPs gehören [meines "
            "Erachtens|ziemlich sicher] zu {name}[.|.]",
            "[Begründung|Grund]: Sperrumgehung durch {name} ({target})[, siehe "
            "Bearbeitungsmuster|][.|.]",
        ),
    ),
    Family(
        id="de.name.ehefrau_verwandt",
        lang="de",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} ist [seine Frau|die Ehefrau des Artikelgegenstands], {name}"
            "[, daher die Lobhudelei|, neutral ist da nichts][.|.]",
            "[Das Konto|{target}] gehört [dem Sohn|der Tochter|dem Schwager] von {name2}, "
            "nämlich {name}[.|.]",
            "Hinter {target} steckt [seine|ihre] [Ex|Ex-Freundin|Nachbarin] {name}"
            "[, die führt einen Privatkrieg|][.|.]",
            "::Nur zur Einordnung: {target} = {name}, [Mutter|Vater|Bruder] des "
            "[Vereinsvorsitzenden|Bürgermeisters][.|.]",
        ),
    ),
    Family(
        id="de.name.loeschdiskussion_selbstdarsteller",
        lang="de",
        types=("name", "workplace"),
        kinds=("deletion", "article_talk"),
        templates=(
            "'''Löschen''' – Selbstdarstellung. {target} ist {name}, [Inhaber|Geschäftsführer"
            "|Mitarbeiter] von {employer}[.|, siehe Impressum.]",
            "Der Ersteller ({target}) [arbeitet|ist angestellt] bei {employer} und heißt "
            "{name}[ – klarer IK|. Interessenkonflikt][.|!]",
            "[Werbung|Eigenwerbung], angelegt von {name} ({target}), {job} bei {employer}"
            "[. Weg damit|][.|.]",
            "'''Behalten''' wäre ok, aber der Hauptautor {target} ist {name} von "
            "{employer}[, das sollte offengelegt werden|][.|.]",
        ),
    ),
    Family(
        id="de.name.ich_weiss_wer_du_bist",
        lang="de",
        types=("name",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Ich weiß, wer du bist, {given}[.|!|...]",
            "[Hallo|Moin|Na] {name}[, schön dass du wieder da bist|, neues Konto?]"
            "[ :)|.|!]",
            "[Netter Versuch|Gib's auf], {given} {surname}[. Jeder hier weiß, dass "
            "{target} du bist|][.|!]",
            "{given}, [wir wissen|alle wissen], dass du {target} bist[.|!]",
        ),
    ),
    Family(
        id="de.name.wikidata_benutzername",
        lang="de",
        types=("name",),
        kinds=("wikidata", "summary"),
        templates=(
            "Bezeichnung (de): {name}\nist ein(e) (P31): Mensch\nWikimedia-Benutzername "
            "(P4174): {target}",
            "/* wbsetclaim-create:2||1 */ Eigenschaft:P4174: {target} (Objekt {name})",
            "{name} – [Wikipedianer|Privatperson]; Benutzername: {target}; "
            "Wohnort: {town}",
        ),
    ),
    # ---------------------------------------------------------------- French
    Family(
        id="fr.name.vrai_nom",
        lang="fr",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target}, de son vrai nom {name}[, n'en est pas à son coup d'essai|][.|.]",
            "Le vrai nom de {target} est {name}[, tout le monde le sait ici|, ce n'est "
            "un secret pour personne][.|.]",
            "[Pour info|Pour information|Au passage], {target} [c'est|=] {name}[.|, "
            "rien de nouveau.]",
            ":Dans la vraie vie, {target} s'appelle {name}[. Voilà.|, d'où son "
            "acharnement sur cet article.]",
            "[Derrière|Derrière le compte] {target} se cache {name}[, ancien|, que "
            "certains connaissent bien][.|.]",
        ),
    ),
    Family(
        id="fr.name.requete_admin_faux_nez",
        lang="fr",
        types=("name",),
        kinds=("noticeboard", "checkuser", "spi"),
        templates=(
            "[Requête|Demande] : blocage de {target}, [faux-nez|faux nez] de {name}"
            "[, déjà bloqué en {year}|][.|.]",
            "{target} est manifestement {name} [qui contourne son blocage|revenu sous "
            "un autre pseudo][.|.]",
            "Demande de vérification d'adresse IP (RCU) : je pense que {target} = "
            "{name}[, même style, mêmes articles|][.|.]",
            "[Motif|Raison] : contournement de blocage par {name} (compte {target})[.|.]",
        ),
    ),
    Family(
        id="fr.name.famille_conflit",
        lang="fr",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} est [sa femme|l'épouse du sujet|sa compagne], {name}[, "
            "difficile de faire moins neutre|][.|.]",
            "Ce compte appartient [au fils|à la fille|au gendre] du maire, {name}[.|, "
            "conflit d'intérêts évident.]",
            "[C'est|Il s'agit de] {name}, [l'ex|la sœur|le voisin] de {name2}, qui "
            "écrit sous le pseudo {target}[.|.]",
            "::{target} = {name}, [mère|père|frère] [du sujet|de l'intéressé][. "
            "Ça explique tout.|.]",
        ),
    ),
    Family(
        id="fr.name.pas_autopromo",
        lang="fr",
        types=("name", "workplace"),
        kinds=("deletion", "article_talk"),
        templates=(
            "{{Supprimer}} Autopromotion : le créateur {target} n'est autre que {name}, "
            "[gérant|salarié|patron] de {employer}[.|.]",
            "* {{Contre}} [Article publicitaire|Promo] rédigé par {name} ({target}), "
            "{job} chez {employer}[.|.]",
            "Le compte {target} est celui de {name}, qui travaille [chez|pour] {employer}"
            "[ — CAOU non déclaré|, conflit d'intérêts][.|.]",
        ),
    ),
    Family(
        id="fr.name.je_sais_qui_tu_es",
        lang="fr",
        types=("name",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Je sais qui tu es, {given}[.|!|...]",
            "[Bonjour|Salut] {name}[, nouveau pseudo ?|, on t'a reconnu][ ;)|.|!]",
            "[Bien essayé|Joli coup], {given} {surname}[, mais tout le monde sait que "
            "{target} c'est toi|][.|!]",
            "On sait que c'est toi derrière {target}, {given}[.|!]",
        ),
    ),
    Family(
        id="fr.name.wikidata_element",
        lang="fr",
        types=("name",),
        kinds=("wikidata", "summary"),
        templates=(
            "Libellé (fr) : {name}\nnature de l'élément (P31) : être humain\n"
            "nom d'utilisateur Wikimédia (P4174) : {target}",
            "/* wbsetclaim-create:2||1 */ Propriété:P4174 : {target} ({name})",
            "{name} ; description : contributeur de Wikipédia, particulier ; "
            "pseudo : {target}",
        ),
    ),
    # ---------------------------------------------------------------- Spanish
    Family(
        id="es.name.nombre_real",
        lang="es",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "El nombre real de {target} es {name}[, por si alguien tenía dudas|][.|.]",
            "{target} [es|=] {name}[, lo sabe todo el mundo|, no hace falta CU][.|.]",
            "Detrás de la cuenta {target} está {name}[, de {town}|][.|.]",
            ":[Ojo|Por cierto], {target} en la vida real se llama {name}[.|.]",
            "[Que no os engañe|No os dejéis engañar]: {target} es {given} {surname}"
            "[ de siempre|, otra vez][.|!]",
        ),
    ),
    Family(
        id="es.name.tablon_titere",
        lang="es",
        types=("name",),
        kinds=("noticeboard", "checkuser", "spi"),
        templates=(
            "Solicito bloqueo de {target}, títere de {name}[ (ya bloqueado en {year})|]"
            "[.|.]",
            "[Usuario|Cuenta] {target}: [es|se trata de] {name} evadiendo su bloqueo"
            "[.|, mismo patrón de ediciones.]",
            "Verificación de usuarios: {target} y las demás cuentas [son|pertenecen a] "
            "{name}[.|.]",
            "[Motivo|Razón]: evasión de bloqueo de {name} ({target})[.|.]",
        ),
    ),
    Family(
        id="es.name.familiar_conflicto",
        lang="es",
        types=("name", "workplace"),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} es {name}, [la mujer|el hijo|el cuñado] del biografiado y {job} "
            "en {employer}[; conflicto de interés clarísimo|][.|.]",
            "[Borrar|{{Borrar}}]: autopromoción, la creó {name} ({target}), que "
            "trabaja en {employer}[.|.]",
            "Esta cuenta la lleva {name}, empleado de {employer}[, edita el artículo de "
            "su empresa|][.|.]",
            "::{target} = {name}, {job} de {employer}[. Debería declararlo.|.]",
        ),
    ),
    Family(
        id="es.name.se_quien_eres",
        lang="es",
        types=("name",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Sé quién eres, {given}[.|!|...]",
            "[Hola|Buenas] {name}[, ¿cuenta nueva?|, te hemos reconocido][ :)|.]",
            "[Buen intento|No cuela], {given} {surname}[. Todos saben que {target} eres "
            "tú|][.|!]",
            "{given}, ya sabemos que detrás de {target} estás tú[.|!]",
        ),
    ),
    Family(
        id="es.name.wikidata_elemento",
        lang="es",
        types=("name",),
        kinds=("wikidata", "summary"),
        templates=(
            "Etiqueta (es): {name}\ninstancia de (P31): ser humano\nnombre de usuario "
            "de Wikimedia (P4174): {target}",
            "/* wbsetclaim-create:2||1 */ Propiedad:P4174: {target} ({name})",
            "{name} — descripción: wikipedista, particular — usuario: {target}",
        ),
    ),
    # ---------------------------------------------------------------- Italian
    Family(
        id="it.name.vero_nome",
        lang="it",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "Il vero nome di {target} è {name}[, lo sanno tutti|][.|.]",
            "{target} [è|=] {name}[, non serve il CU|, inutile girarci intorno][.|.]",
            "Dietro l'utenza {target} c'è {name}[ di {town}|][.|.]",
            ":[Giusto per chiarezza|Per la cronaca], nella vita reale {target} si "
            "chiama {name}[.|.]",
            "[Tanto|Ormai] si sa che {target} è {given} {surname}[.|!]",
        ),
    ),
    Family(
        id="it.name.utenze_multiple",
        lang="it",
        types=("name",),
        kinds=("noticeboard", "checkuser", "spi"),
        templates=(
            "Utenze multiple: {target} è un sockpuppet di {name}[, già bloccato nel "
            "{year}|][.|.]",
            "Chiedo il blocco di {target}: [è|si tratta di] {name} che evade il blocco"
            "[.|.]",
            "Richiesta CheckUser: ritengo che {target} e gli IP siano [tutti|] {name}"
            "[.|.]",
            "[Motivo|Motivazione]: evasione del blocco da parte di {name} ({target})"
            "[.|.]",
        ),
    ),
    Family(
        id="it.name.parente_conflitto",
        lang="it",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} è [la moglie|il figlio|il genero] del soggetto, {name}[, "
            "conflitto di interessi evidente|][.|.]",
            "L'utenza [appartiene|è] [al fratello|alla sorella|all'ex] di {name2}, "
            "cioè {name}[.|.]",
            "[Cancellare|'''Cancellare''']: autopromozione scritta da {name} ({target}), "
            "[il nipote|la compagna] del soggetto[.|.]",
            "::{target} = {name}[, la madre dell'autore|, il cugino][.|.]",
        ),
    ),
    Family(
        id="it.name.so_chi_sei",
        lang="it",
        types=("name",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "So chi sei, {given}[.|!|...]",
            "[Ciao|Salve] {name}[, nuova utenza?|, ti abbiamo riconosciuto][ :)|.]",
            "[Bel tentativo|Non attacca], {given} {surname}[. Tutti sanno che {target} "
            "sei tu|][.|!]",
            "{given}, sappiamo che dietro {target} ci sei tu[.|!]",
        ),
    ),
    Family(
        id="it.name.wikidata_elemento",
        lang="it",
        types=("name", "workplace"),
        kinds=("wikidata",),
        templates=(
            "Etichetta (it): {name}\nistanza di (P31): umano\nnome utente Wikimedia "
            "(P4174): {target}\ndatore di lavoro (P108): {employer}",
            "{name} — descrizione: {job}, utente di Wikipedia ({target}) — "
            "datore di lavoro: {employer}",
            "/* wbsetclaim-create:2||1 */ Proprietà:P108: {employer} (elemento {name}, "
            "utente {target})",
        ),
    ),
    # ---------------------------------------------------------------- Portuguese
    Family(
        id="pt.name.nome_verdadeiro",
        lang="pt",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "O nome verdadeiro de {target} é {name}[, toda a gente sabe|, todo mundo "
            "sabe][.|.]",
            "{target} [é|=] {name}[, nem precisa de verificação|][.|.]",
            "Por trás da conta {target} está {name}[, de {town}|][.|.]",
            ":[Só para constar|Para registo], na vida real {target} chama-se {name}[.|.]",
            "[Não adianta disfarçar|Escusa de disfarçar]: {target} é o {given} {surname}"
            "[ de sempre|][.|!]",
        ),
    ),
    Family(
        id="pt.name.fantoche_pedido",
        lang="pt",
        types=("name",),
        kinds=("noticeboard", "checkuser", "spi"),
        templates=(
            "Peço o bloqueio de {target}, fantoche de {name}[ (bloqueado desde {year})|]"
            "[.|.]",
            "[A conta|O usuário|O utilizador] {target} é {name} a [evadir|contornar] "
            "o bloqueio[.|.]",
            "Pedido de verificação: {target} e os IPs são [todos|] {name}[.|.]",
            "[Motivo|Justificação]: evasão de bloqueio de {name} ({target})[.|.]",
        ),
    ),
    Family(
        id="pt.name.esposa_conflito",
        lang="pt",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} é a esposa dele, {name}[, conflito de interesses óbvio|][.|.]",
            "A conta [pertence|é] [ao filho|à filha|ao cunhado] de {name2}, [ou seja|"
            "isto é], {name}[.|.]",
            "Quem escreve como {target} é {name}, [ex-namorada|irmão|vizinho] do "
            "biografado[.|.]",
            "::{target} = {name}[, mãe do biografado|, sócio do biografado][.|.]",
        ),
    ),
    Family(
        id="pt.name.eu_sei_quem_es",
        lang="pt",
        types=("name",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Eu sei quem [tu és|você é], {given}[.|!|...]",
            "[Olá|Oi] {name}[, conta nova?|, já te reconhecemos][ :)|.]",
            "[Boa tentativa|Não cola], {given} {surname}[. Todos sabem que {target} é "
            "você|][.|!]",
            "{given}, a gente sabe que por trás de {target} está você[.|!]",
        ),
    ),
    Family(
        id="pt.name.ficheiro_pessoa",
        lang="pt",
        types=("name",),
        kinds=("file", "wikidata"),
        templates=(
            "Descrição: {name}, [utilizador|usuário] {target} da Wikipédia, [em casa|"
            "no trabalho|na praia]",
            "[Foto|Fotografia] do meu [colega|vizinho] {name} [a dormir|bêbado|"
            "de pijama][ kkk|]",
            "Rótulo (pt): {name}\ninstância de (P31): ser humano\nnome de usuário "
            "Wikimedia (P4174): {target}",
        ),
    ),
    # ---------------------------------------------------------------- Dutch
    Family(
        id="nl.name.echte_naam",
        lang="nl",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "De echte naam van {target} is {name}[, dat weet iedereen|][.|.]",
            "{target} [is|=] {name}[, daar is geen CU voor nodig|][.|.]",
            "Achter het account {target} zit {name}[ uit {town}|][.|.]",
            ":[Ter info|Voor de duidelijkheid]: in het echt heet {target} {name}[.|.]",
            "[Doe niet zo moeilijk|Kom op], {target} is gewoon {given} {surname}[.|!]",
        ),
    ),
    Family(
        id="nl.name.sokpop_verzoek",
        lang="nl",
        types=("name",),
        kinds=("noticeboard", "checkuser", "spi"),
        templates=(
            "Verzoek om blokkade van {target}: sokpop van {name}[, in {year} al "
            "geblokkeerd|][.|.]",
            "{target} is [duidelijk|overduidelijk] {name} die [zijn|haar] blokkade "
            "ontduikt[.|.]",
            "CheckUser-verzoek: ik denk dat {target} en de IP's [allemaal|] {name} "
            "zijn[.|.]",
            "[Reden|Motivatie]: blokontduiking door {name} ({target})[.|.]",
        ),
    ),
    Family(
        id="nl.name.partner_belang",
        lang="nl",
        types=("name", "workplace"),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} is {name}, [de vrouw|de zoon|de zakenpartner] van het "
            "onderwerp en {job} bij {employer}[. Belangenverstrengeling.|.]",
            "'''Verwijderen''' – zelfpromotie door {name} ({target}), werkzaam bij "
            "{employer}[.|.]",
            "Dit account is van {name}, die bij {employer} werkt[; niet neutraal|][.|.]",
            "::{target} = {name}, {job} bij {employer}[.|. Graag melden.]",
        ),
    ),
    Family(
        id="nl.name.ik_weet_wie_je_bent",
        lang="nl",
        types=("name",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Ik weet wie je bent, {given}[.|!|...]",
            "[Hoi|Hallo] {name}[, nieuw account?|, we hebben je herkend][ :)|.]",
            "[Leuk geprobeerd|Netjes geprobeerd], {given} {surname}[. Iedereen weet dat "
            "{target} jij bent|][.|!]",
            "{given}, we weten dat jij achter {target} zit[.|!]",
        ),
    ),
    Family(
        id="nl.name.bestand_wikidata",
        lang="nl",
        types=("name",),
        kinds=("file", "wikidata"),
        templates=(
            "Beschrijving: {name} ({target} op Wikipedia) [in zijn tuin|op kantoor|"
            "bij de bakker]",
            "Foto van mijn [buurman|collega] {name} [in slaap|dronken] op het "
            "[kerstfeest|verjaardagsfeest]",
            "Label (nl): {name}\nis een (P31): mens\nWikimedia-gebruikersnaam (P4174): "
            "{target}",
        ),
    ),
    # ---------------------------------------------------------------- Polish
    Family(
        id="pl.name.prawdziwe_nazwisko",
        lang="pl",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} to w rzeczywistości {name}[, wszyscy o tym wiedzą|][.|.]",
            "Prawdziwe imię i nazwisko {target}: {name}[.|.]",
            "Za kontem {target} stoi {name}[ z miejscowości {town}|][.|.]",
            ":[Dla jasności|Żeby było jasne]: {target} to [pan|pani] {name}[.|.]",
            "[Nie udawajmy|Bez przesady], {target} to po prostu {given} {surname}[.|!]",
        ),
    ),
    Family(
        id="pl.name.pacynka_zgloszenie",
        lang="pl",
        types=("name",),
        kinds=("noticeboard", "checkuser", "spi"),
        templates=(
            "Proszę o blokadę {target} – to pacynka, za kontem stoi {name}[ (blokada od {year})|]"
            "[.|.]",
            "{target} to [ewidentnie|oczywiście] {name}, który obchodzi blokadę[.|.]",
            "Prośba o sprawdzenie (CU): {target} i adresy IP to [chyba|] {name}[.|.]",
            "[Powód|Uzasadnienie]: obchodzenie blokady przez {name} ({target})[.|.]",
        ),
    ),
    Family(
        id="pl.name.zona_konflikt",
        lang="pl",
        types=("name",),
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} to [żona|syn|szwagier] bohatera hasła, {name}[ – konflikt "
            "interesów|][.|.]",
            "Konto należy do [byłej partnerki|sąsiada|brata] {name2} – to {name}[.|.]",
            "'''Usunąć''' – autopromocja napisana przez {name} ({target}), "
            "[córkę|syna] bohatera[.|.]",
            "::{target} = {name}[, matka autora|, kuzyn][.|.]",
        ),
    ),
    Family(
        id="pl.name.wiem_kim_jestes",
        lang="pl",
        types=("name",),
        kinds=("user_talk", "user_page", "summary"),
        templates=(
            "Wiem, kim jesteś, {given}[.|!|...]",
            "[Cześć|Witaj] {name}[, nowe konto?|, poznaliśmy cię][ :)|.]",
            "[Niezła próba|Nie ściemniaj], {given} {surname}[. Wszyscy wiedzą, że "
            "{target} to ty|][.|!]",
            "{given}, wiemy, że za {target} stoisz ty[.|!]",
        ),
    ),
    Family(
        id="pl.name.wikidata_praca",
        lang="pl",
        types=("name", "workplace"),
        kinds=("wikidata", "deletion"),
        templates=(
            "Etykieta (pl): {name}\njest to (P31): człowiek\nnazwa użytkownika Wikimedia "
            "(P4174): {target}\npracodawca (P108): {employer}",
            "{name} – opis: {job}, wikipedysta ({target}) – pracodawca: {employer}",
            "'''Usunąć''' – hasło napisał {name} ({target}), {job}; pracodawca: {employer}"
            "[.|.]",
        ),
    ),
)
