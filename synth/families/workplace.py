"""Outing families exposing a private person's job and/or employer (type `workplace`).

Each family is one way of saying where someone works: a plain statement, a COI accusation, a
sighting at work, a connected-contributor template, a profile-style line, a colleague or boss
aside, an evidence paragraph. Families that also name the person carry `name` as well.
"""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk", "noticeboard")
_WP = ("workplace",)
_NWP = ("name", "workplace")

EN = (
    Family(
        id="en.workplace.insider_access_explained",
        lang="en",
        types=_WP,
        kinds=("noticeboard", "article_talk", "spi"),
        templates=(
            "[He's|She's|They're] a [night|weekend|] {job} at {employer}[,|;| -] that's how "
            "[he|she|they] [gets|got] [into|access to] [the CCTV room|the records|the internal "
            "memos|those documents][.| in the first place.]",
            "[For context|FWIW|Just so everyone knows], {target} [works|does shifts] as a "
            "{job} at {employer}[, which explains|. That explains] the \"[insider|unpublished]\" "
            "details [in the article|nobody else could source].",
            "The [photos|figures|quotes] {target} keeps adding aren't published anywhere. "
            "[Of course they aren't|No surprise]: [he|she] is a {job} at {employer} and [takes "
            "them|copies them] at work.",
            "How do you think [he|she] knows the [rota|shift pattern|floor plan]? {target} is "
            "[literally|actually] the {job} at {employer}.",
        ),
    ),
    Family(
        id="en.workplace.plain_works_as_at",
        lang="en",
        types=_WP,
        kinds=(*_TALK, "deletion", "user_page"),
        templates=(
            "{target} works as a {job} at {employer}[.|, for what it's worth.|, btw.]",
            "[FYI|Fyi|For the record] {target} [is employed|works] at {employer} as a {job}"
            "[.|, not a journalist as claimed.]",
            "[This user|This account|The editor above] is a {job}[,| -] [works|employed] at "
            "{employer}[.|. Hardly a neutral party.]",
            "{target}: {job}, {employer}. [Everyone in {town} knows it.|Not exactly a secret "
            "locally.|]",
            "[Just saying,|Honestly,|] a {job} [from|at] {employer} [shouldn't|probably "
            "shouldn't] be [writing|rewriting] this article, {target}.",
        ),
    ),
    Family(
        id="en.workplace.coi_obviously_you",
        lang="en",
        types=_WP,
        kinds=("user_talk", "article_talk", "noticeboard", "deletion"),
        templates=(
            "You're [obviously|clearly|quite obviously] the {job} at {employer}[.|, so stop "
            "pretending you're neutral.|; declare your COI.]",
            "[Come on|Let's be honest], {target}: you [work|are a {job}] at {employer} and "
            "you're [editing|whitewashing] your own employer's article.",
            "[Undisclosed COI:|COI concern:] {target} is [almost certainly|without doubt] "
            "[a|the] {job} [employed|working] at {employer}[.| (same phrasing as their staff "
            "newsletter).]",
            "Nobody but a {job} at {employer} would [know|care about] this level of detail. "
            "[That's you, isn't it?|Is that you, {target}?|Admit it.]",
            "::You're the {job} [at|from] {employer}[, we all know|, don't insult our "
            "intelligence]. [Per WP:COI|Per COI] you should [stick to edit requests|not be "
            "editing here].",
        ),
    ),
    Family(
        id="en.workplace.seen_you_at_work",
        lang="en",
        types=_WP,
        kinds=("user_talk", "article_talk", "user_page"),
        templates=(
            "I've seen you at the till in {employer}[, {target}|]. [Small world.|Thought you'd "
            "like to know.|Nice uniform.]",
            "[Saw|Spotted] you [behind the counter|on shift|at the front desk] at {employer} "
            "[last week|on Saturday|yesterday][. Say hi next time.|, by the way.|.]",
            "[Funny thing|Small world]: I [was|went] in {employer} [yesterday|the other day] "
            "and there you were, [working the till|stacking shelves|in your {job} uniform].",
            "[Hi {target},|{target},] you served me at {employer} [last month|on Tuesday]. "
            "Recognised you from [your user page|your signature|the way you talk].",
        ),
    ),
    Family(
        id="en.workplace.connected_contributor_template",
        lang="en",
        types=_WP,
        kinds=("article_talk",),
        templates=(
            "{{Connected contributor|User1={target}|U1-employer={employer}|U1-declared=no"
            "|U1-otherlinks=works there as {job}}}",
            "{{Connected contributor|User1={target}|U1-declared=no|U1-employer={employer}}}\n"
            "[Added the template: the account|Tagging: this user] [is staff at|works for] "
            "{employer}[.| ({job}).]",
            "{{Connected contributor (paid)|User1={target}|U1-employer={employer}"
            "|U1-client=|U1-declared=no}}",
            "[I've|Have] added {{tl|Connected contributor}}: {target} [is|works as] a {job} "
            "[at|for] {employer} and has not declared it.",
        ),
    ),
    Family(
        id="en.workplace.profile_style_line",
        lang="en",
        types=_WP,
        kinds=("noticeboard", "user_talk", "spi", "user_page"),
        templates=(
            "{target} = [\"|]{job} at {employer}[\"|] [per their LinkedIn|according to their "
            "profile|(their own headline)].",
            "* Account: {target}\n* [Current position|Works as]: {job} at {employer}\n"
            "* [Since|Started]: {year}",
            "[Their|His|Her] [LinkedIn|Xing|profile] headline literally says \"{job} at "
            "{employer}\". [Same person.|Case closed.|Make of that what you will.]",
            "[Found|Here's] [them|the owner of {target}] [on LinkedIn|on a professional "
            "network]: {job} at {employer}, {town}[.| area.]",
            "{job} | {employer} | {town}  <- [that's|this is] {target}[.|, pretty clearly.]",
        ),
    ),
    Family(
        id="en.workplace.colleague_says",
        lang="en",
        types=_WP,
        kinds=("user_talk", "article_talk", "noticeboard", "spi"),
        templates=(
            "I [work with|used to work with] {target} at {employer}[, so I know|. Trust me,] "
            "they [aren't|are not] the expert they claim to be.",
            "[As|Being] [his|her] colleague at {employer}, I can tell you {target} [edits "
            "this|writes this stuff] on company time.",
            "[Everyone|Half the office] at {employer} [knows|has worked out] that {target} is "
            "our {job}[.|, lol.]",
            "{target} is [in my team|on my ward|in my department] at {employer}. [We've "
            "talked about|I've seen] [his|her] Wikipedia edits [over lunch|on the work PC].",
        ),
    ),
    Family(
        id="en.workplace.your_boss_at",
        lang="en",
        types=_WP,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Does your [boss|manager|line manager] at {employer} know you [spend|waste] "
            "[your shifts|all day] [on here|editing Wikipedia]?",
            "[I doubt|I'm not sure] your [supervisor|boss] at {employer} [would be|is] "
            "[happy|thrilled] about [a|their] {job} [pushing|writing] this [stuff|POV].",
            "[Maybe|Perhaps] ask your [colleagues|manager] at {employer} [what they think of|"
            "for their opinion on] your edits, {target}.",
            "[Funny how|Interesting that] {target}'s [edits|changes] only happen during "
            "[day shifts|office hours] at {employer}[.|. Your boss must love that.]",
        ),
    ),
    Family(
        id="en.workplace.named_person_employer",
        lang="en",
        types=_NWP,
        kinds=(*_TALK, "spi", "deletion"),
        templates=(
            "{target} is {name}, a {job} at {employer}[.|. Not hard to find.]",
            "[The account|This account|{target}] [belongs to|is run by] {name} "
            "({job}, {employer})[.|; the usernames match.]",
            "[Pretty sure|I'm fairly certain|It's obvious] {target} is {given} {surname} "
            "[who works|, who works] at {employer}[ as a {job}|].",
            "{name} [works|is a {job}] at {employer} and edits as {target}[.|. Same writing "
            "style, same hobby horse.]",
            "that's [his|her] colleague {name2} at {employer}[,|;] [she|he] didn't consent "
            "to [being written about|any of this].",
        ),
    ),
    Family(
        id="en.workplace.relative_works_at",
        lang="en",
        types=_WP,
        kinds=("user_talk", "article_talk", "noticeboard", "deletion"),
        templates=(
            "[His|Her|The account owner's] [wife|husband|partner|brother|mother] is a {job} "
            "at {employer}[,|.] [which is why|That's why] the article reads like a brochure.",
            "{target}'s [dad|mum|sister|girlfriend|boyfriend] works at {employer} "
            "[as a {job}|]. [COI by proxy.|Hardly independent.|Worth knowing.]",
            "[Of course|No wonder] {target} defends {employer}[ -|:] [his|her] [spouse|other "
            "half] [is|has been] a {job} there [for years|since {year}].",
        ),
    ),
    Family(
        id="en.workplace.spi_office_network",
        lang="en",
        types=_WP,
        kinds=("spi", "checkuser", "noticeboard"),
        templates=(
            "[Behavioural evidence:|Evidence:] both accounts edit only [on weekdays 9-5|during "
            "office hours] and [always|only] about {employer}[,|;] [the master|the sponsor] is "
            "[known to be|clearly] a {job} there.",
            "* [Both|All three] accounts [promote|defend] {employer}\n* {target} [has "
            "admitted off-wiki|is known locally] to be a {job} at {employer}\n* Same [typos|"
            "edit summaries]",
            "The sock [master|farm] is [run from|operated by someone at] {employer}: [the "
            "master|{target}] works there as a {job}, [per their staff bio|per the staff "
            "newsletter they linked].",
        ),
    ),
    Family(
        id="en.workplace.wikidata_private_statements",
        lang="en",
        types=_NWP,
        kinds=("wikidata",),
        templates=(
            "label: {name}\noccupation: {job}\nemployer: {employer}",
            "instance of: human\nname: {name}\nposition held: {job}\nemployer: {employer}\n"
            "residence: {town}",
            "{name} ({job} at {employer})",
            "description: {job} at {employer} in {town}\nlabel: {given} {surname}",
        ),
    ),
    Family(
        id="en.workplace.summary_rv_staffer",
        lang="en",
        types=_WP,
        kinds=("summary",),
        templates=(
            "rv [COI|promo] edits by the {job} from {employer}",
            "[undo|rv]: {target} works at {employer}, [stop|don't] whitewash[ing|]",
            "[Reverted|Undid] edits by the {employer} {job} [again|(COI)]",
            "rm puffery added by {target} ({job} at {employer})",
        ),
    ),
    Family(
        id="en.workplace.file_private_at_work",
        lang="en",
        types=_NWP,
        kinds=("file",),
        templates=(
            "{name}, {job} at {employer}, [at work|on shift|at the counter][.|, {year}.]",
            "== Summary ==\nPhoto of {name} [working|on duty] at {employer} ({town}). [Taken "
            "without asking|Candid shot].",
            "[Description|Caption]: [our|the] {job} {given} {surname} at {employer}, {date}",
        ),
    ),
)

DE = (
    Family(
        id="de.workplace.arbeitet_als_bei",
        lang="de",
        types=_WP,
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} arbeitet als {job} bei {employer}[.|, das weiß hier doch jeder.|, nur "
            "mal so nebenbei.]",
            "[Zur Info|Nur zur Info|Fürs Protokoll]: {target} ist [beruflich|hauptberuflich] "
            "{job} bei {employer}[.|, also alles andere als neutral.]",
            "[Der Account|Das Konto|Der Benutzer] gehört [einer|einem] {job} von {employer}"
            "[.| – kein Geheimnis in {town}.]",
            "Arbeitgeber von {target}: {employer}. Beruf: {job}. [Noch Fragen?|Mehr muss man "
            "dazu nicht sagen.|]",
        ),
    ),
    Family(
        id="de.workplace.interessenkonflikt_vorwurf",
        lang="de",
        types=_WP,
        kinds=("user_talk", "article_talk", "deletion"),
        templates=(
            "[Interessenkonflikt?|IK?] Du [bist doch|arbeitest doch] [selbst|] bei {employer}"
            "[, {target}|]. [Das sieht ein Blinder.|Gib es einfach zu.]",
            "Offensichtlich schreibt hier [der|die] {job} von {employer} über den eigenen "
            "Laden. [Bitte WP:IK beachten.|Neutralität sieht anders aus.]",
            ":Du bist [doch|halt] [die Person|diejenige|derjenige] am Empfang von {employer}"
            "[,|;] [erzähl uns nichts|wir wissen das].",
            "[Wer außer|Niemand außer] jemandem aus {employer} [kennt|wüsste] solche Interna? "
            "[Du bist dort {job}, oder?|Du arbeitest da, {target}.]",
        ),
    ),
    Family(
        id="de.workplace.gesehen_bei_der_arbeit",
        lang="de",
        types=_WP,
        kinds=("user_talk", "user_page"),
        templates=(
            "Hab dich [letzte Woche|gestern|am Samstag] [an der Kasse|am Tresen|in "
            "Arbeitskleidung] bei {employer} gesehen[, {target}|]. [Kleine Welt.|Grüß mal.]",
            "[Lustig|Witzig]: du hast mich [neulich|letzten Monat] bei {employer} bedient. "
            "[Ich hab dich sofort erkannt.|Deine Stimme erkennt man.]",
            "[Übrigens|Ach ja], ich weiß jetzt, wo du arbeitest: {employer}. [War nicht "
            "schwer.|Schichtdienst als {job}, oder?]",
        ),
    ),
    Family(
        id="de.workplace.kollege_mit_name",
        lang="de",
        types=_NWP,
        kinds=("noticeboard", "article_talk", "checkuser"),
        templates=(
            "Hinter {target} steckt {name}, [ein Kollege|eine Kollegin] von mir bei "
            "{employer}[.|. Ich erkenne den Schreibstil.]",
            "{name} ({job} bei {employer}) [betreibt|ist] [den Account|das Konto] {target}"
            "[.|, ganz sicher.]",
            "[Ich arbeite|Wir arbeiten] mit {given} {surname} zusammen[, {employer}|]: "
            "[das|der Account] {target} ist [eindeutig|zweifelsfrei] [sie|er].",
        ),
    ),
    Family(
        id="de.workplace.vm_mitarbeiter",
        lang="de",
        types=_WP,
        kinds=("noticeboard",),
        templates=(
            "{target} (erl.?) Grund: [Edit-War|POV|Werbung] im Artikel {article}. "
            "Benutzer ist {job} bei {employer} und schreibt über [den eigenen Chef|die eigene "
            "Firma].",
            "Bitte [sperren|ansprechen]: {target} [entfernt|löscht] seit Tagen Kritik an "
            "{employer}[, wo er|, wo sie|, wo er oder sie] als {job} [angestellt ist|arbeitet].",
            "[Wiederholtes|Erneutes] Whitewashing durch {target}; laut eigener Aussage "
            "anderswo Mitarbeiter[in|] von {employer}.",
        ),
    ),
    Family(
        id="de.workplace.chef_weiss",
        lang="de",
        types=_WP,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Weiß dein Chef bei {employer} eigentlich, dass du [während der Arbeitszeit|im "
            "Dienst] [editierst|hier rumtrollst]?",
            "[Ob|Mich würde interessieren, ob] deine Vorgesetzten bei {employer} das [gut "
            "finden|so toll finden], {target}[?|.]",
            "[Komisch|Auffällig], dass du immer [zwischen 8 und 16 Uhr|in der Frühschicht] "
            "editierst[ –|,] [Schicht|Dienst] bei {employer}[?|, oder?]",
        ),
    ),
    Family(
        id="de.workplace.xing_zeile",
        lang="de",
        types=_WP,
        kinds=("noticeboard", "user_talk", "checkuser"),
        templates=(
            "Laut [Xing|LinkedIn|Xing-Profil]: \"{job} bei {employer}\"[ – passt|. Passt] "
            "[genau|perfekt] zu den Edits von {target}.",
            "* Benutzer: {target}\n* Tätigkeit: {job}\n* Arbeitgeber: {employer}\n"
            "* seit: {year}",
            "Nicht offengelegtes bezahltes Schreiben: {target} ist bei {employer} "
            "angestellt[ (|, ]{job}[)|].",
        ),
    ),
)

FR = (
    Family(
        id="fr.workplace.travaille_comme_chez",
        lang="fr",
        types=_WP,
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} travaille comme {job} [pour|chez] {employer}[.|, tout le monde le sait.]",
            "[Pour info|Pour information|À toutes fins utiles], {target} est {job} [dans la "
            "vraie vie|à la ville][,|:] [employé[e|] par|en poste chez] {employer}.",
            "Le compte appartient à [un|une] {job} [qui bosse|qui travaille] chez {employer}[.|, "
            "rien de "
            "neutre là-dedans.]",
            "{target} ? {job}, {employer}, [à|près de] {town}. [C'est de notoriété "
            "publique.|Pas un secret.|]",
        ),
    ),
    Family(
        id="fr.workplace.conflit_interets_vous_etes",
        lang="fr",
        types=_WP,
        kinds=("user_talk", "article_talk", "deletion"),
        templates=(
            "Conflit d'intérêts [évident|manifeste] : vous [êtes|travaillez comme] {job} "
            "[pour|chez] {employer}[, non ?|. Merci de le déclarer.]",
            "[Soyons honnêtes|Soyons clairs] : c'est le service com' qui écrit "
            "ici : {target} est {job} chez {employer}.",
            ":Vous êtes [manifestement|visiblement] salarié[e|] chez {employer}[ ({job})|, comme "
            "{job}]"
            "[, inutile de nier.|; voir WP:CI.]",
            "Qui d'autre qu'un[e|] {job} [travaillant pour|employé chez] {employer} connaîtrait "
            "ces "
            "chiffres internes ? [C'est vous, {target}.|Allons.]",
        ),
    ),
    Family(
        id="fr.workplace.croise_au_boulot",
        lang="fr",
        types=_WP,
        kinds=("user_talk", "user_page"),
        templates=(
            "Je t'ai croisé[e|] [samedi|la semaine dernière|hier] [à la caisse|au comptoir|en "
            "blouse] chez {employer}[. Petit monde !|, au fait.]",
            "Tu m'as servi [l'autre jour|le mois dernier] chez {employer}[, {target}|]. "
            "[Je t'ai reconnu[e|] tout de suite.|Ta voix ne trompe pas.]",
            "Au fait, je sais où tu bosses : {employer}. [Tu es {job}, c'est ça ?|Pas bien "
            "difficile à trouver.]",
        ),
    ),
    Family(
        id="fr.workplace.requete_admin_nom",
        lang="fr",
        types=_NWP,
        kinds=("noticeboard", "checkuser", "article_talk"),
        templates=(
            "Le compte {target} est tenu par {name}, {job} [chez|pour] {employer}[.|, qui "
            "réécrit l'article de son employeur.]",
            "[Derrière|Sous] {target} se cache {given} {surname}[,|:] [un|une] {job} chez "
            "{employer}[.| – même style, mêmes obsessions.]",
            "{name} (employé[e|] par {employer}) [= |est] {target}[.|, j'en mets ma main à "
            "couper.]",
        ),
    ),
    Family(
        id="fr.workplace.collegue_de_bureau",
        lang="fr",
        types=_WP,
        kinds=("user_talk", "article_talk", "noticeboard"),
        templates=(
            "Je bosse avec {target} chez {employer}[, donc|. Croyez-moi,] [il|elle] n'a rien "
            "d'un expert.",
            "[C'est|{target}, c'est] [un collègue|une collègue] à moi chez {employer}[ ;|,] "
            "[il|elle] fait ses modifs depuis le poste du bureau.",
            "Tout le [service|bureau] chez {employer} sait que {target} est notre {job}"
            "[.| (et qu'[il|elle] passe ses pauses sur Wikipédia).]",
        ),
    ),
    Family(
        id="fr.workplace.pas_autopromo_salarie",
        lang="fr",
        types=_WP,
        kinds=("deletion", "article_talk"),
        templates=(
            "* '''Supprimer''' Autopromotion : l'article a été créé par {target}, {job} chez "
            "{employer}.",
            "* '''Supprimer''' – rédigé par [un salarié|une salariée|quelqu'un] de chez "
            "{employer} ({target} y "
            "travaille [depuis {year}|comme {job}]).",
            "Avis : [supprimer|suppression]. Le créateur {target} [est|travaille comme] {job} "
            "pour {employer}, [aucune|pas de] source indépendante.",
        ),
    ),
)

ES = (
    Family(
        id="es.workplace.trabaja_de_en",
        lang="es",
        types=_WP,
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} trabaja de {job} en {employer}[.|, lo sabe todo el mundo.|, por si no "
            "lo sabíais.]",
            "[Para que conste|Os lo aclaro|Que conste]: {target} es {job} en {employer}[.|, "
            "nada neutral.]",
            "La cuenta [es de|la lleva] [un|una] {job} de {town} que trabaja en {employer}"
            "[.|; basta con ver sus ediciones.]",
            "{target} → {job} en {employer}. [No es ningún secreto.|Así de simple.|]",
        ),
    ),
    Family(
        id="es.workplace.conflicto_interes_tu",
        lang="es",
        types=_WP,
        kinds=("user_talk", "article_talk", "deletion"),
        templates=(
            "Tienes un conflicto de interés [evidente|clarísimo]: trabajas en {employer}"
            "[, {target}|]. [Decláralo.|No disimules.]",
            "[Vamos a ser sinceros|Seamos claros]: eres {job} [y trabajas|] en "
            "{employer}[ y estás|, y estás] editando el artículo de tu propia empresa.",
            ":Usted es [empleado|empleada|trabajador] en {employer}[,|;] [lo sabemos|no hace "
            "falta negarlo]. Véase WP:CDI.",
            "¿Quién sino alguien que trabaja en {employer} conocería estos datos internos? [Eres "
            "tú, "
            "{target}.|Trabajas allí de {job}.]",
        ),
    ),
    Family(
        id="es.workplace.te_vi_trabajando",
        lang="es",
        types=_WP,
        kinds=("user_talk", "user_page"),
        templates=(
            "Te vi [el sábado|ayer|la semana pasada] [detrás del mostrador|en la caja|con el "
            "uniforme] en {employer}[, {target}|]. [Qué pequeño es el mundo.|Saludos.]",
            "Me atendiste [el otro día|hace un mes] en {employer}. [Te reconocí enseguida.|Tu "
            "forma de hablar es inconfundible.]",
            "Por cierto, ya sé dónde curras: {employer}. [De {job}, ¿no?|No fue difícil.]",
        ),
    ),
    Family(
        id="es.workplace.tab_nombre_empleo",
        lang="es",
        types=_NWP,
        kinds=("noticeboard", "checkuser", "article_talk"),
        templates=(
            "{target} es {name}, {job} en {employer}[.|. Basta con buscarlo.]",
            "La cuenta {target} la maneja {given} {surname}[,|:] [trabaja|está empleado] en "
            "{employer}[ como {job}|].",
            "{name} ({job}, {employer}) [edita como|es] {target}[.|; mismo estilo, mismas "
            "obsesiones.]",
        ),
    ),
    Family(
        id="es.workplace.tu_jefe_sabe",
        lang="es",
        types=_WP,
        kinds=("user_talk", "article_talk"),
        templates=(
            "¿Sabe tu jefe en {employer} que editas [en horario laboral|durante tu turno]?",
            "[Dudo que|No creo que] a tus [compañeros|superiores] en {employer} les [guste|haga "
            "gracia] lo que escribes aquí, {target}.",
            "[Qué casualidad|Curioso] que solo edites en [turno de mañana|horario de oficina]"
            "[. ¿Mucho trabajo en {employer}?|, justo cuando estás en {employer}.]",
        ),
    ),
    Family(
        id="es.workplace.consulta_borrado_empleado",
        lang="es",
        types=_WP,
        kinds=("deletion", "article_talk"),
        templates=(
            "* {{Borrar}} Autopromoción: el artículo lo creó {target}, que trabaja en "
            "{employer}.",
            "* '''Borrar'''. Redactado por [un empleado|una empleada] de la propia empresa "
            "({target} es {job} en {employer}).",
            "Consulta: el creador [trabaja|es {job}] en {employer}, así que [no hay|falta] "
            "neutralidad ni fuentes independientes.",
        ),
    ),
)

IT = (
    Family(
        id="it.workplace.lavora_come_presso",
        lang="it",
        types=_WP,
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} lavora come {job} presso {employer}[.|, lo sanno tutti.|, per la "
            "cronaca.]",
            "[Per la cronaca|Giusto per informazione|Tanto per sapere], {target} è "
            "{job} presso {employer}[.|, altro che utente neutrale.]",
            "L'account è gestito da [un|una] dipendente di {employer} ({job})[.|, basta "
            "guardare i contributi.]",
            "{target}: {job}, {employer}. [In città lo sanno tutti.|Nessun mistero.|]",
        ),
    ),
    Family(
        id="it.workplace.conflitto_interessi_sei_tu",
        lang="it",
        types=_WP,
        kinds=("user_talk", "article_talk", "deletion"),
        templates=(
            "Conflitto di interessi [evidente|lampante]: lavori presso {employer}[, "
            "{target}|]. [Dichiaralo.|Inutile negarlo.]",
            "Sei [palesemente|chiaramente] {job} presso {employer}[,|;] "
            "[stai|smettila di] scrivendo la voce della tua azienda.",
            ":Chi se non un dipendente di {employer} conoscerebbe questi dati interni? [Sei "
            "tu, {target}.|Lavori lì come {job}.]",
        ),
    ),
    Family(
        id="it.workplace.visto_al_lavoro",
        lang="it",
        types=_WP,
        kinds=("user_talk", "user_page"),
        templates=(
            "Ti ho visto [sabato|ieri|la settimana scorsa] [dietro il bancone|alla cassa|in "
            "divisa] presso {employer}[, {target}|]. [Piccolo il mondo.|Ciao eh.]",
            "Mi hai servito [l'altro giorno|il mese scorso] presso {employer}. [Ti ho "
            "riconosciuto subito.|Inconfondibile.]",
            "A proposito, so dove lavori: {employer}. [Sei {job}, vero?|Non è stato "
            "difficile.]",
        ),
    ),
    Family(
        id="it.workplace.pdc_dipendente",
        lang="it",
        types=_WP,
        kinds=("deletion", "article_talk"),
        templates=(
            "* {{Cancellare}} Autopromozione: la voce è stata creata da {target}, che lavora "
            "presso {employer}.",
            "* '''Cancellare''' - scritta da un dipendente ({target} è {job} presso "
            "{employer}), nessuna fonte terza.",
            "Voce promozionale: l'autore {target} [lavora|è impiegato] presso {employer}"
            "[ come {job}|]. [Enciclopedicità dubbia.|Da cancellare.]",
        ),
    ),
    Family(
        id="it.workplace.collega_con_nome",
        lang="it",
        types=_NWP,
        kinds=("noticeboard", "checkuser", "article_talk"),
        templates=(
            "{name}, [mio collega|mia collega] presso {employer}, è l'utente {target}"
            "[.|. Riconosco lo stile.]",
            "Dietro {target} c'è {given} {surname}[,|:] {job} presso {employer}[.|, che "
            "riscrive la voce del suo datore di lavoro.]",
            "{name} ({job} presso {employer}) [= |scrive come] {target}[.|, ci metto la mano "
            "sul fuoco.]",
        ),
    ),
    Family(
        id="it.workplace.responsabile_sa",
        lang="it",
        types=_WP,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Il tuo [capo|responsabile] presso {employer} sa che [modifichi|scrivi] su "
            "Wikipedia [in orario di lavoro|durante il turno]?",
            "[Non credo che|Dubito che] ai tuoi colleghi presso {employer} [piaccia|farebbe "
            "piacere] leggere cosa scrivi qui, {target}.",
            "[Curioso|Strano] che modifichi solo [nel turno di mattina|in orario d'ufficio]"
            "[. Tanto lavoro presso {employer}?|, proprio quando sei presso {employer}.]",
        ),
    ),
)

PT = (
    Family(
        id="pt.workplace.trabalha_como_para",
        lang="pt",
        types=_WP,
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} trabalha como {job} para {employer}[.|, toda a gente sabe.|, só para "
            "constar.]",
            "[Para constar|Só para informar|Fica a informação]: {target} é {job} — "
            "[trabalha para|a trabalhar para] {employer}[.|, nada neutro.]",
            "A conta é de alguém de {town} que trabalha como {job} (local de trabalho: {employer})"
            "[.|; basta ver as contribuições.]",
            "{target} → {job}, {employer}. [Não é segredo nenhum.|Simples assim.|]",
        ),
    ),
    Family(
        id="pt.workplace.conflito_interesses",
        lang="pt",
        types=_WP,
        kinds=("user_talk", "article_talk", "deletion"),
        templates=(
            "Conflito de interesses [óbvio|evidente]: você trabalha para {employer}[, "
            "{target}|]. [Declare isso.|Não adianta negar.]",
            "[Sejamos honestos|Vamos ser sinceros]: és {job} e trabalhas para "
            "{employer}[ e estás|, e estás] a editar o artigo da tua própria empresa.",
            ":Quem, senão alguém de dentro ({employer}), saberia estes dados internos? "
            "[É você, {target}.|Você trabalha lá como {job}.]",
        ),
    ),
    Family(
        id="pt.workplace.te_vi_no_trabalho",
        lang="pt",
        types=_WP,
        kinds=("user_talk", "user_page"),
        templates=(
            "Te vi [sábado|ontem|semana passada] [no balcão|no caixa|de uniforme] — "
            "{employer}[, {target}|]. [Mundo pequeno.|Abraço.]",
            "Você me atendeu [outro dia|mês passado] lá no trabalho ({employer}). [Te "
            "reconheci na hora.|Inconfundível.]",
            "Aliás, já sei onde trabalhas: {employer}. [És {job}, certo?|Não foi difícil.]",
        ),
    ),
    Family(
        id="pt.workplace.pedido_admin_nome",
        lang="pt",
        types=_NWP,
        kinds=("noticeboard", "checkuser", "article_talk"),
        templates=(
            "A conta {target} é operada por {name}, {job} [que trabalha|a trabalhar] para "
            "{employer}[.|, que reescreve o artigo do patrão.]",
            "Por trás de {target} está {given} {surname}[, que|:] trabalha para {employer}"
            "[.|. Mesmo estilo, mesmas obsessões.]",
            "{name} ({job}, {employer}) [= |é] {target}[.|, tenho a certeza.]",
        ),
    ),
    Family(
        id="pt.workplace.seu_chefe",
        lang="pt",
        types=_WP,
        kinds=("user_talk", "article_talk"),
        templates=(
            "O seu chefe [lá|] [no trabalho|] ({employer}) sabe que você edita [no horário "
            "de expediente|durante o turno]?",
            "[Duvido que|Não acredito que] os teus colegas da empresa ({employer}) "
            "[gostassem|achassem graça] do que escreves aqui, {target}.",
            "[Curioso|Engraçado] que só edita em horário comercial[. Pouco trabalho para "
            "{employer}?|, exatamente no turno de {job}.]",
        ),
    ),
    Family(
        id="pt.workplace.eliminacao_funcionario",
        lang="pt",
        types=_WP,
        kinds=("deletion", "article_talk"),
        templates=(
            "* '''Eliminar''' Autopromoção: o artigo foi criado por {target}, que trabalha "
            "para {employer}.",
            "* '''Apagar''' — escrito por um funcionário ({target} é {job} e trabalha para "
            "{employer}); sem fontes independentes.",
            "Artigo promocional: o criador [trabalha para|é {job} e trabalha para] "
            "{employer}[.|. Não "
            "notório.]",
        ),
    ),
)

NL = (
    Family(
        id="nl.workplace.werkt_als_bij",
        lang="nl",
        types=_WP,
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} werkt als {job} bij {employer}[.|, dat weet toch iedereen.|, ter "
            "info.]",
            "[Ter informatie|Even ter info|Voor de duidelijkheid]: {target} is {job} bij "
            "{employer}[.|, dus allesbehalve neutraal.]",
            "Het account is van [een|de] {job} van {employer}[.| in {town}.]",
            "{target}: {job}, {employer}. [In {town} geen geheim.|Meer hoef je niet te "
            "weten.|]",
        ),
    ),
    Family(
        id="nl.workplace.belangenverstrengeling",
        lang="nl",
        types=_WP,
        kinds=("user_talk", "article_talk", "deletion"),
        templates=(
            "Belangenverstrengeling: je werkt [gewoon|zelf] bij {employer}[, {target}|]. "
            "[Geef het nou toe.|Meld dat dan ook.]",
            "Hier schrijft [duidelijk|overduidelijk] de {job} van {employer} over [de eigen "
            "werkgever|het eigen bedrijf].",
            ":Wie anders dan iemand van {employer} kent deze interne cijfers? [Jij werkt "
            "daar als {job}.|Dat ben jij, {target}.]",
        ),
    ),
    Family(
        id="nl.workplace.gezien_achter_kassa",
        lang="nl",
        types=_WP,
        kinds=("user_talk", "user_page"),
        templates=(
            "Ik zag je [gisteren|zaterdag|vorige week] nog [achter de kassa|achter de balie|in "
            "je werkkleding] bij {employer}[, {target}|]. [Kleine wereld.|Groetjes.]",
            "Je hielp me [laatst|vorige maand] bij {employer}. [Ik herkende je meteen.|Je "
            "stem verraadt je.]",
            "Trouwens, ik weet nu waar je werkt: {employer}. [Je bent {job}, toch?|Was niet "
            "moeilijk.]",
        ),
    ),
    Family(
        id="nl.workplace.verzoek_moderator_naam",
        lang="nl",
        types=_NWP,
        kinds=("noticeboard", "checkuser", "article_talk"),
        templates=(
            "{target} is {name}, {job} bij {employer}[.|. Eén zoekopdracht en je hebt het.]",
            "Achter {target} zit {given} {surname}[,|:] [werkzaam|in dienst] bij {employer}"
            "[ als {job}|].",
            "{name} ({job}, {employer}) [bewerkt als|is] {target}[.|; zelfde stijl, zelfde "
            "stokpaardjes.]",
        ),
    ),
    Family(
        id="nl.workplace.collega_weet",
        lang="nl",
        types=_WP,
        kinds=("user_talk", "article_talk", "noticeboard"),
        templates=(
            "Ik werk met {target} bij {employer}[, dus|. Geloof me,] [hij|zij] is geen "
            "expert.",
            "{target} is [een collega|mijn collega] bij {employer}[;|,] [hij|zij] bewerkt "
            "vanaf de werk-pc.",
            "Op de [afdeling|zaak] bij {employer} weet iedereen dat {target} onze {job} is"
            "[.|, haha.]",
        ),
    ),
    Family(
        id="nl.workplace.baas_weet",
        lang="nl",
        types=_WP,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Weet je baas bij {employer} eigenlijk dat je [onder werktijd|tijdens je dienst] "
            "zit te bewerken?",
            "[Ik denk niet dat|Betwijfel of] je leidinggevende bij {employer} hier blij mee "
            "is, {target}.",
            "[Opvallend|Grappig] dat je alleen [tussen 9 en 5|in de ochtenddienst] bewerkt"
            "[. Rustig bij {employer}?|, precies als je bij {employer} zit.]",
        ),
    ),
)

PL = (
    Family(
        id="pl.workplace.pracuje_jako",
        lang="pl",
        types=_WP,
        kinds=(*_TALK, "deletion"),
        templates=(
            "{target} pracuje jako {job} (pracodawca: {employer})[.|, wszyscy to wiedzą.]",
            "[Dla porządku|Tak dla informacji|Gwoli ścisłości]: {target} to z zawodu {job}"
            "[, miejsce pracy:|; pracodawca:] {employer}.",
            "Konto prowadzi [osoba|ktoś] zatrudniona w firmie „{employer}” jako {job}"
            "[.|, więc o neutralności nie ma mowy.]",
            "{target} – {job}, {employer}. [W {town} to żadna tajemnica.|Tyle w temacie.|]",
        ),
    ),
    Family(
        id="pl.workplace.konflikt_interesow",
        lang="pl",
        types=_WP,
        kinds=("user_talk", "article_talk", "deletion"),
        templates=(
            "Konflikt interesów jak byk: pracujesz [przecież|] dla „{employer}”[, {target}|]. "
            "[Zadeklaruj to.|Nie udawaj.]",
            "Przecież to [twój|Twój] pracodawca – {employer}[ –|,] a ty jesteś tam [na "
            "etacie|zatrudniony]. [Neutralność?|Gdzie tu NPOV?]",
            ":Kto poza kimś z „{employer}” znałby takie wewnętrzne dane? [Pracujesz tam jako "
            "{job}.|To ty, {target}.]",
        ),
    ),
    Family(
        id="pl.workplace.widzialem_w_pracy",
        lang="pl",
        types=_WP,
        kinds=("user_talk", "user_page"),
        templates=(
            "Widziałem cię [wczoraj|w sobotę|w zeszłym tygodniu] [przy kasie|za ladą|w "
            "uniformie] – {employer}[, {target}|]. [Mały ten świat.|Pozdrawiam.]",
            "Obsługiwał[aś|eś] mnie [ostatnio|w zeszłym miesiącu] w pracy ({employer}). "
            "[Od razu cię poznałem.|Nie da się pomylić.]",
            "A tak w ogóle, wiem, gdzie pracujesz: {employer}. [Pracujesz jako {job}, "
            "prawda?|Nie było "
            "trudno.]",
        ),
    ),
    Family(
        id="pl.workplace.pua_nazwisko_praca",
        lang="pl",
        types=_NWP,
        kinds=("noticeboard", "checkuser", "article_talk"),
        templates=(
            "{target} to {name}, {job}, zatrudnion[y|a] [w firmie|:] „{employer}”[.|. Wystarczy "
            "poszukać.]",
            "Za kontem {target} stoi {given} {surname}[,| –] pracodawca: {employer}[.|, "
            "stanowisko: {job}.]",
            "{name} ({job}, {employer}) [edytuje jako|to] {target}[.|; ten sam styl, te same "
            "obsesje.]",
        ),
    ),
    Family(
        id="pl.workplace.kolega_z_pracy",
        lang="pl",
        types=_WP,
        kinds=("user_talk", "article_talk", "noticeboard"),
        templates=(
            "Pracuję z {target} [w jednej firmie|w jednym dziale] – {employer}[, więc "
            "wiem|. Wierzcie mi,] że to żaden ekspert.",
            "{target} to mój kolega z pracy ({employer})[;|,] edytuje z firmowego komputera.",
            "W [dziale|biurze] wszyscy wiedzą, że {target} pracuje u nas jako {job} – {employer}"
            "[.|, haha.]",
        ),
    ),
    Family(
        id="pl.workplace.szef_wie",
        lang="pl",
        types=_WP,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Czy twój szef ({employer}) wie, że edytujesz [w godzinach pracy|na zmianie]?",
            "[Wątpię, żeby|Nie sądzę, żeby] twoi przełożeni w firmie „{employer}” byli "
            "zachwyceni tym, co tu piszesz, {target}.",
            "[Ciekawe|Zabawne], że edytujesz tylko [między 8 a 16|na porannej zmianie]"
            "[. Mało pracy w „{employer}”?|, akurat kiedy jesteś w pracy ({employer}).]",
        ),
    ),
)

FAMILIES: tuple[Family, ...] = EN + DE + FR + ES + IT + PT + NL + PL
