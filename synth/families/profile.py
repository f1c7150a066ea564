"""Outing families linking an account or a private person to a social or messenger profile."""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk", "noticeboard")


def _f(fid: str, kinds: tuple[str, ...], types: tuple[str, ...], *templates: str) -> Family:
    return Family(id=fid, lang=fid.split(".", 1)[0], templates=templates, kinds=kinds,
                  types=types)


_EN = (
    _f("en.profile.found_their_account", _TALK, ("profile",),
       "[Found|Here's] {target}'s [{platform}|socials|{platform} account]: {profile_url}[ - same "
       "photos as the ones [he|she] uploads here|]",
       "[Took me two minutes to find|Not hard to find] {target} off-wiki: {profile_url}",
       ":[Anyone who wants to see who we're dealing with|If you want to know who this "
       "is]: {profile_url}[ (that's {target})|]",
       "{target} [posts|brags about] [all of|] [his|her] edits on {platform} - "
       "{profile_url}[. Look at the captions.|]"),
    _f("en.profile.same_handle_elsewhere", ("user_talk", "noticeboard", "article_talk"),
       ("profile",),
       "{target} is {handle} on {platform}[, same avatar, same talking points|, just look "
       "at the bio].",
       "[Pretty sure|No doubt] {target} = {handle} ({platform}). [The writing style is "
       "identical.|Same typos, same hobbyhorse.]",
       "[Is|Isn't] {handle} on {platform} you, {target}? [Because it reads exactly like "
       "your edits.|You linked the same blog last week.]"),
    _f("en.profile.linkedin_coi", ("article_talk", "noticeboard", "deletion"),
       ("profile", "workplace"),
       "[Undisclosed COI|COI]: {target}'s {platform} [profile|page] ({profile_url}) "
       "[shows|says] [he|she] is a {job} at {employer}, [the company|the subject] "
       "[he|she] keeps editing.",
       "Per {profile_url}, {target} [has worked|works] at {employer} since {year}. [That "
       "explains the puffery.|Paid editing, plainly.]",
       "[FWIW|For the record], the account belongs to a {job} at {employer} - "
       "{profile_url}."),
    _f("en.profile.connected_contributor_tag", ("article_talk",),
       ("profile", "workplace"),
       "{{Connected contributor|User1={target}|U1-employer={employer}|U1-declared=no|"
       "U1-otherlinks=[see|per] {profile_url}}}",
       "{{Connected contributor|User1={target}|U1-declared=no|U1-otherlinks=[Works "
       "at|Employee of] {employer}: {profile_url}}}",
       "{{COI editnotice}}\n{{Connected contributor|User1={target}|U1-employer={employer}|"
       "U1-otherlinks={profile_url}}}"),
    _f("en.profile.spi_offwiki_posts", ("spi", "checkuser"), ("profile",),
       "'''Off-wiki evidence''': {handle} on {platform} posted screenshots of [these "
       "edits|the diffs] [minutes|within an hour] after {target} made them.",
       "The [master|sockmaster] [runs|is] {profile_url}; [the account|{target}] "
       "[canvassed|recruited] [meatpuppets|editors] there on {date}.",
       "Both accounts [link|are linked from] {profile_url}[, which is obviously the same "
       "person|]. {target} [= |is ]{handle}."),
    _f("en.profile.dox_links_list", ("user_page", "user_talk"), ("profile", "name"),
       "[{target} IRL|Who {target} really is]:\n* Name: {name}\n* {platform}: "
       "{profile_url}",
       "{name}\n* {profile_url}\n* {handle}[ (private account, screenshots available)|]",
       "[Say hi to|Follow] {name} - {profile_url} - [aka|a.k.a.|better known here as] "
       "{target}"),
    _f("en.profile.threat_tag_followers", ("user_talk", "article_talk"),
       ("profile", "threat"),
       "[Revert me again|One more revert] and I [tag|post this on] {handle} so all your "
       "[followers|friends] see what you do here.",
       "[I found|I know] your {platform} ({profile_url}). [Keep it up|Carry on] and "
       "[your followers|everyone there] [get|will get] the full story.",
       "[Nice|Lovely] profile, {profile_url}. [Be a shame if your [boss|family] saw|Wouldn't "
       "want your [boss|family] to see] these edits linked from it."),
    _f("en.profile.summary_link", ("summary",), ("profile",),
       "[rv|Reverted][ -|:] {target} [= |is ]{handle} on {platform}",
       "[restored|re-added]; [off-wiki|real] account of {target}: {profile_url}",
       "[/* COI */ |]{target} [is|=] {profile_url}"),
    _f("en.profile.wikidata_statements", ("wikidata",), ("profile", "name"),
       "label (en): {name}\ndescription (en): [private person|my classmate|barista in "
       "{town}]\ndescribed at URL (P973): {profile_url}",
       "label (en): {name}\n[Created claim|Added]: {platform} username: {handle}",
       "{name}\nofficial website (P856): {profile_url}[\ninstance of (P31): human|]"),
    _f("en.profile.file_taken_from_profile", ("file",), ("profile", "name"),
       "{{Information\n|description={name} [at a party|in the garden|"
       "with the kids]\n|source=[taken from|screenshot of] {profile_url}\n|author=unknown\n}}",
       "== Summary ==\n[Photo|Selfie] of {name}, [grabbed|copied] from [his|her] "
       "{platform} ({handle})[ lol|].",
       "Source: {profile_url} (account of {name}, [a student at my school|the uploader's "
       "ex])"),
    _f("en.profile.afd_creator_girlfriend", ("deletion",), ("profile", "name"),
       "'''Delete''' - the creator is the subject's [girlfriend|mother|manager], "
       "{name2}; [her|their] {platform} ({profile_url}) has the same [photos|text].",
       "'''Comment''': {target} is {name} - compare [his|her] {platform} ({handle}), "
       "where [he|she] [announced|bragged about] writing this article.",
       "*'''Delete''' [per nom|]. [Also|Note]: {target} = {name}, {profile_url}. "
       "[Autobiography.|Vanity page.]"),
    _f("en.profile.meta_lock_rename", ("steward", "rename"), ("profile", "name"),
       "[Please lock|Lock please]: {target}. [This is|Operated by] {name} ({profile_url}), "
       "who [harasses|has been harassing] volunteers there too.",
       "[Oppose|Decline please]: the rename is to hide that {target} is {name}, see "
       "{profile_url}.",
       "Note: requester is {name}, {handle} on {platform}[; he announced the "
       "rename there|]."),
    _f("en.profile.user_page_vandal", ("user_page",), ("profile",),
       "[FOLLOW|UNFOLLOW] THIS [LOSER|CLOWN]: {profile_url}",
       "this user is {handle} on {platform} [lmao|lol|xD]",
       "{{User|{target}}} = {handle}[!!!|!!|]"),
    _f("en.profile.messenger_group", ("user_talk", "noticeboard"), ("profile",),
       "{target} [is|goes by] {handle} in [our|the] [Telegram|Discord|WhatsApp] "
       "group[, he posted the diff there|].",
       "[Found|Saw] {target} in the [Telegram|Discord] channel as {handle}[, bragging|, "
       "planning the next round].",
       "[Message|DM] {handle} [on Telegram|there] if you want {target}[, that's "
       "him|]."),
)

_DE = (
    _f("de.profile.sein_insta", ("user_talk", "article_talk"), ("profile",),
       "[Hier|Das] ist übrigens {target}s {platform}: {profile_url}",
       "{target} [postet|teilt] [seine|ihre] Edits [auch |]auf {platform}: "
       "{profile_url}[ – schaut euch die Kommentare an|]",
       ":Wer wissen will, wer hinter {target} steckt: {profile_url}"),
    _f("de.profile.laut_linkedin", ("article_talk", "noticeboard"),
       ("profile", "workplace"),
       "Laut [{platform}-Profil|{platform}] ({profile_url}) ist {target} {job} bei "
       "{employer}. "
       "[Interessenkonflikt|Bezahltes Schreiben], nicht offengelegt.",
       "{target} arbeitet bei {employer}, siehe {profile_url}. [Das erklärt die "
       "Werbesprache.|Bitte IK-Baustein setzen.]",
       "[Nebenbei|Fun fact]: {profile_url} – {target} ist {job} bei {employer}."),
    _f("de.profile.vm_sockenpuppe", ("noticeboard", "spi", "checkuser"), ("profile",),
       "{target} = {handle} auf {platform}; dort hat [er|sie] die Sperrumgehung "
       "[angekündigt|gefeiert]. Bitte sperren.",
       "'''Begründung:''' Sockenpuppe, siehe {profile_url} – da [verlinkt|zeigt] der "
       "Betreiber [beide Konten|die Edits].",
       "CU-Anfrage: gleiches Profil ({profile_url}) verlinkt {target} und den "
       "gesperrten Account."),
    _f("de.profile.drohung_posten", ("user_talk",), ("profile", "threat"),
       "Noch ein Revert und ich [poste|teile] das [auf deinem|unter deinem] {platform} "
       "({handle}).",
       "Schönes Profil, {profile_url}. Wäre [doch schade|blöd], wenn deine Kollegen "
       "sehen, was du hier treibst.",
       "[Ich kenne|Ich hab] dein {platform}-Profil, {target}. [Überleg dir den nächsten "
       "Revert.|Noch ein Edit und es wird verlinkt.] {profile_url}"),
    _f("de.profile.zusammenfassung", ("summary",), ("profile",),
       "[rv|zurückgesetzt][:| –] {target} = {handle} ({platform})",
       "[wiederhergestellt|Abschnitt ergänzt]; Profil von {target}: {profile_url}",
       "{target} [ist|=] {profile_url}"),
    _f("de.profile.wikidata", ("wikidata",), ("profile", "name"),
       "Bezeichnung (de): {name}\nBeschreibung (de): [Privatperson|Schüler aus {town}]"
       "\nbeschrieben in URL (P973): {profile_url}",
       "Bezeichnung: {name}\n[Aussage erstellt|Hinzugefügt]: {platform}-Benutzername: "
       "{handle}",
       "{name}\n{platform}-Benutzername: {handle}\nist ein(e): Mensch"),
)

_FR = (
    _f("fr.profile.son_insta", ("user_talk", "article_talk"), ("profile",),
       "[Voici|Tiens,] le [compte {platform}|{platform}] de {target} : {profile_url}",
       "{target} [se vante|parle] de ses modifs sur {platform} ({handle})[, allez voir|]",
       ":Pour ceux qui se demandent qui est {target} : {profile_url}"),
    _f("fr.profile.linkedin_employeur", ("article_talk", "deletion"),
       ("profile", "workplace"),
       "Son profil {platform} ({profile_url}) dit que {target} est {job} pour {employer}. "
       "[Conflit d'intérêts non déclaré.|Contributions rémunérées ?]",
       "{target} travaille pour {employer} depuis {year}, cf. {profile_url}.",
       "'''Supprimer''' — autopromotion : le créateur [bosse|travaille] pour {employer} "
       "({profile_url})."),
    _f("fr.profile.ra_faux_nez", ("noticeboard", "spi"), ("profile",),
       "{target} = {handle} sur {platform}, [il y annonce|où il annonce] ses nouveaux "
       "faux-nez. Merci de bloquer.",
       "[Requête|Demande] : {target} [est|c'est] {profile_url}, [même pseudo, même "
       "photo|il y poste les diffs].",
       "Le compte {platform} {handle} relaie chaque modif de {target} [dans la "
       "minute|aussitôt]. C'est la même personne."),
    _f("fr.profile.menace_publier", ("user_talk",), ("profile", "threat"),
       "Encore une révocation et je publie tout ça sur ton {platform} ({handle}).",
       "[J'ai trouvé|Je connais] ton profil, {profile_url}. Ce serait dommage que tes "
       "collègues voient ce que tu fais ici.",
       "[Continue|Vas-y, continue] et [tes abonnés|ta famille] sauront tout. "
       "{profile_url}"),
    _f("fr.profile.resume", ("summary",), ("profile",),
       "[rv|Annulation][ :| —] {target} = {handle} sur {platform}",
       "[rétabli|retour de la section] ; compte de {target} : {profile_url}",
       "{target} c'est {profile_url}"),
    _f("fr.profile.fichier_capture", ("file",), ("profile", "name"),
       "{{Information\n|description={name} [en soirée|chez [lui|elle]]\n|source=capture "
       "de {profile_url}\n|auteur=inconnu\n}}",
       "== Description ==\nSelfie de {name}, [pris|récupéré] sur son {platform} "
       "({handle}).",
       "Source : {profile_url} (compte de {name}, [une élève de mon lycée|l'ex de "
       "l'importateur])"),
)

_ES = (
    _f("es.profile.su_insta", ("user_talk", "article_talk"), ("profile",),
       "[Aquí está|Os dejo] el {platform} de {target}: {profile_url}",
       "{target} [presume|se jacta] de sus ediciones en {platform} ({handle})[, "
       "miradlo|].",
       ":Para quien quiera saber quién es {target}: {profile_url}"),
    _f("es.profile.linkedin_trabajo", ("article_talk", "noticeboard"),
       ("profile", "workplace"),
       "En su perfil de {platform} ({profile_url}) pone que {target} es {job} en {employer}. "
       "[Conflicto de interés no declarado.|Edición pagada.]",
       "{target} trabaja en {employer} desde {year}, ver {profile_url}.",
       "[Ojo|Cuidado]: {target} = {job} en {employer} ({profile_url})."),
    _f("es.profile.tab_titere", ("noticeboard", "spi"), ("profile",),
       "; Usuario implicado: {target}\n; Explicación: es {handle} en {platform}, donde "
       "anuncia [sus títeres|cada bloqueo].",
       "{target} [es|= ] {profile_url}; [mismo apodo, misma foto|sube allí los diffs]. "
       "Títere.",
       "La cuenta {handle} de {platform} [publica|comparte] cada edición de {target} al "
       "minuto. Es la misma persona."),
    _f("es.profile.amenaza_publicar", ("user_talk",), ("profile", "threat"),
       "Vuelve a revertir y lo publico todo en tu {platform} ({handle}).",
       "[Tengo|Encontré] tu perfil, {profile_url}. Sería una pena que tus compañeros "
       "vieran lo que haces aquí.",
       "Tú sigue, {target}, que [tus seguidores|tu familia] se van a enterar. "
       "{profile_url}"),
    _f("es.profile.resumen", ("summary",), ("profile",),
       "[Revertido|rv][:| —] {target} = {handle} en {platform}",
       "restauro; cuenta de {target}: {profile_url}",
       "{target} es {profile_url}"),
    _f("es.profile.wikidata", ("wikidata",), ("profile", "name"),
       "etiqueta (es): {name}\ndescripción (es): [particular|estudiante de {town}]\n"
       "descrito en la URL (P973): {profile_url}",
       "etiqueta: {name}\n[Añadido|Se añadió]: nombre de usuario de {platform}: "
       "{handle}",
       "{name}\ndescrito en la URL: {profile_url}\ninstancia de: ser humano"),
)

_IT = (
    _f("it.profile.il_suo_profilo", ("user_talk", "article_talk"), ("profile",),
       "Ecco il profilo {platform} di {target}: {profile_url}",
       "{target} [si vanta|parla] delle sue modifiche su {platform} ({handle})[, "
       "guardate|].",
       ":Per chi si chiede chi sia {target}: {profile_url}"),
    _f("it.profile.su_linkedin", ("article_talk", "deletion"), ("profile", "workplace"),
       "Sul suo profilo {platform} ({profile_url}) risulta che {target} è {job} presso {employer}. "
       "[Conflitto di interessi non dichiarato.|Contributi a pagamento.]",
       "{target} lavora presso {employer} dal {year}, vedi {profile_url}.",
       "'''Cancellare''' — autopromozione: il creatore lavora presso {employer} "
       "({profile_url})."),
    _f("it.profile.checkuser_profilo", ("checkuser", "spi"), ("profile",),
       "; Utenze coinvolte: {target}\n; Motivazione: stesso profilo {platform} "
       "({handle}) [linkato da entrambe|dove pubblica i diff].",
       "{target} = {profile_url}: [stessa foto, stesso nick|lì annuncia le nuove "
       "utenze].",
       "L'account {handle} su {platform} rilancia ogni modifica di {target} [al "
       "minuto|subito]."),
    _f("it.profile.minaccia_pubblicare", ("user_talk",), ("profile", "threat"),
       "Un altro rollback e pubblico tutto sul tuo {platform} ({handle}).",
       "[Ho trovato|Conosco] il tuo profilo, {profile_url}. Sarebbe un peccato se i tuoi "
       "colleghi vedessero cosa fai qui.",
       "Continua pure, {target}: {profile_url} [è pieno di gente che ti conosce|ha tanti "
       "follower]."),
    _f("it.profile.oggetto", ("summary",), ("profile",),
       "[Annullata|rb][:| —] {target} = {handle} su {platform}",
       "ripristino; profilo di {target}: {profile_url}",
       "{target} è {profile_url}"),
    _f("it.profile.file_screenshot", ("file",), ("profile", "name"),
       "{{Information\n|description={name} [a una festa|in giardino]\n|source="
       "screenshot da {profile_url}\n|author=sconosciuto\n}}",
       "== Descrizione ==\nSelfie di {name}, preso dal suo {platform} ({handle}).",
       "Fonte: {profile_url} (profilo di {name}, [una mia compagna di classe|l'ex "
       "dell'autore])"),
)

_PT = (
    _f("pt.profile.o_insta_dele", ("user_talk", "article_talk"), ("profile",),
       "[Olha|Aqui está] o {platform} do {target}: {profile_url}",
       "O {target} [se gaba|fala] das edições dele no {platform} ({handle})[, "
       "vejam|].",
       ":Para quem quer saber quem é o {target}: {profile_url}"),
    _f("pt.profile.no_linkedin", ("article_talk", "deletion"), ("profile", "workplace"),
       "No perfil do {platform} ({profile_url}) diz que {target} é {job}, trabalha para "
       "{employer}. "
       "[Conflito de interesses.|Edição paga.]",
       "{target} trabalha para {employer} desde {year}, ver {profile_url}.",
       "'''Eliminar''' — autopromoção: o criador trabalha para {employer} "
       "({profile_url})."),
    _f("pt.profile.pedido_fantoche", ("noticeboard", "spi"), ("profile",),
       "* {{u|{target}}} — é {handle} no {platform}, onde anuncia [os fantoches|cada "
       "bloqueio].",
       "{target} = {profile_url}; [mesmo apelido, mesma foto|posta lá os diffs].",
       "O perfil {handle} no {platform} [compartilha|partilha] cada edição do {target} na "
       "hora. Mesma pessoa."),
    _f("pt.profile.ameaca_expor", ("user_talk",), ("profile", "threat"),
       "Reverte de novo e eu posto tudo no teu {platform} ({handle}).",
       "Achei o teu perfil, {profile_url}. Seria uma pena os teus colegas verem o que "
       "fazes aqui.",
       "Continua, {target}, que [os teus seguidores|a tua família] vão saber de tudo. "
       "{profile_url}"),
    _f("pt.profile.sumario", ("summary",), ("profile",),
       "[Revertido|rv][:| —] {target} = {handle} no {platform}",
       "restaurado; perfil de {target}: {profile_url}",
       "{target} é {profile_url}"),
    _f("pt.profile.dados_lista", ("user_page", "user_talk"), ("profile", "name"),
       "QUEM É O {target}:\n* Nome: {name}\n* {platform}: {profile_url}",
       "{name}\n* {profile_url}\n* {handle}",
       "Segue aí: {name} — {profile_url} — [mais conhecido aqui como|vulgo] {target}"),
)

_NL = (
    _f("nl.profile.zijn_insta", ("user_talk", "article_talk"), ("profile",),
       "[Hier is|Dit is] de {platform} van {target}: {profile_url}",
       "{target} [schept op over|deelt] zijn bewerkingen op {platform} ({handle})[, kijk "
       "maar|].",
       ":Voor wie wil weten wie {target} is: {profile_url}"),
    _f("nl.profile.volgens_linkedin", ("article_talk", "noticeboard"),
       ("profile", "workplace"),
       "Volgens zijn {platform}-profiel ({profile_url}) is {target} {job} bij {employer}. "
       "[Belangenverstrengeling.|Betaald bewerken.]",
       "{target} werkt sinds {year} bij {employer}, zie {profile_url}.",
       "{target} = {job} bij {employer} ({profile_url})."),
    _f("nl.profile.verzoek_sokpop", ("noticeboard", "spi", "checkuser"), ("profile",),
       "* {{Gebruiker|{target}}} – is {handle} op {platform}, kondigt daar [zijn "
       "sokpoppen|elke blokkade] aan.",
       "{target} = {profile_url}; [zelfde naam, zelfde foto|zet daar de diffs neer].",
       "Het {platform}-account {handle} deelt elke bewerking van {target} binnen een "
       "minuut. Zelfde persoon."),
    _f("nl.profile.dreiging_delen", ("user_talk",), ("profile", "threat"),
       "Nog één keer terugdraaien en ik zet alles op je {platform} ({handle}).",
       "Ik heb je profiel gevonden, {profile_url}. Zou zonde zijn als je collega's zien "
       "wat je hier uitspookt.",
       "Ga zo door, {target}, dan weten [je volgers|je familie] het straks ook. "
       "{profile_url}"),
    _f("nl.profile.samenvatting", ("summary",), ("profile",),
       "[Teruggedraaid|rv][:| –] {target} = {handle} op {platform}",
       "teruggezet; account van {target}: {profile_url}",
       "{target} is {profile_url}"),
    _f("nl.profile.gebruikerspagina", ("user_page",), ("profile", "name"),
       "DEZE GEBRUIKER IS {name}: {profile_url}",
       "{name} [lol|haha] – volg hem op {platform}: {handle}",
       "'''Echte naam:''' {name} – '''{platform}:''' {profile_url}"),
)

_PL = (
    _f("pl.profile.jego_instagram", ("user_talk", "article_talk"), ("profile",),
       "[Oto|Tu macie] {platform} {target}: {profile_url}",
       "{target} [chwali się|pisze o] swoich edycjach na {platform} ({handle})[, "
       "zobaczcie|].",
       ":Dla tych, co pytają, kim jest {target}: {profile_url}"),
    _f("pl.profile.na_linkedinie", ("article_talk", "deletion"), ("profile", "workplace"),
       "Na swoim profilu {platform} ({profile_url}) {target} pisze, że pracuje jako {job}[, "
       "miejsce pracy: {employer}|]. [Konflikt interesów.|Płatna edycja.]",
       "{target} — miejsce pracy: {employer}, od {year}, zob. {profile_url}.",
       "'''Usunąć''' — autopromocja, autor to {job} (zob. {profile_url})."),
    _f("pl.profile.zgloszenie_pacynka", ("noticeboard", "spi"), ("profile",),
       "Zgłaszam {target}: to {handle} na {platform}, gdzie ogłasza [kolejne "
       "pacynki|każdą blokadę].",
       "{target} = {profile_url}; [ten sam nick, to samo zdjęcie|wrzuca tam diffy].",
       "Konto {handle} na {platform} udostępnia każdą edycję {target} w ciągu minuty. "
       "Ta sama osoba."),
    _f("pl.profile.grozba_opublikuje", ("user_talk",), ("profile", "threat"),
       "Jeszcze jedno cofnięcie i wrzucę wszystko na twój {platform} ({handle}).",
       "Znalazłem twój profil, {profile_url}. Szkoda by było, gdyby koledzy z pracy "
       "zobaczyli, co tu wyprawiasz.",
       "Rób tak dalej, {target}, a [twoi obserwujący|twoja rodzina] się dowiedzą. "
       "{profile_url}"),
    _f("pl.profile.opis_zmian", ("summary",), ("profile",),
       "[Wycofano|rv][:| —] {target} = {handle} na {platform}",
       "przywrócono; konto {target}: {profile_url}",
       "{target} to {profile_url}"),
    _f("pl.profile.zmiana_nazwy", ("rename", "steward"), ("profile", "name"),
       "Sprzeciw: {target} zmienia nazwę, żeby ukryć, że to {name} ({profile_url}).",
       "Do stewardów: wnioskujący to {name}, {handle} na {platform}[, tam ogłosił "
       "zmianę nazwy|].",
       "Prośba o globalną blokadę {target} — to {name}, nęka ludzi także na "
       "{platform} ({profile_url})."),
)

FAMILIES: tuple[Family, ...] = _EN + _DE + _FR + _ES + _IT + _PT + _NL + _PL
