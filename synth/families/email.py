"""Outing families whose main exposed detail is a private person's email address."""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk", "noticeboard")
_SOCK = ("spi", "checkuser", "noticeboard")
_META = ("steward", "rename")


def _f(fid: str, kinds: tuple[str, ...], types: tuple[str, ...], *templates: str) -> Family:
    return Family(id=fid, lang=fid.split(".", 1)[0], templates=templates, kinds=kinds,
                  types=types)


_EN = (
    _f("en.email.write_to_them", _TALK, ("email",),
       "[If you've got a problem with|Anyone who wants to complain about] {target}, "
       "[just|why not] email [him|her|them] [directly |]at {email}[.|, that's the address "
       "[he|she] actually reads.]",
       "{target}'s [personal|private|real] [email|e-mail|inbox] is {email}[ btw|, fyi|]. "
       "[Take it up with [him|her] there.|Stop clogging this page.]",
       "Don't bother with talk pages, {target} never answers here. [Try|Use] {email} "
       "[instead|, that one works][.|!]",
       ":[Or you could|Easier to] write to {email}[, which is where {target} gets "
       "[his|her] mail| (that's {target}, everyone knows it)].",
       "Contact for {target}[ if anyone needs it|, since [he|she] won't reply here]: "
       "'''{email}'''"),
    _f("en.email.dox_bullet_list", ("user_talk", "user_page", "noticeboard"),
       ("email", "name", "workplace"),
       "[Since nobody else will say it|For the record|Everyone should know who this is]:\n"
       "* Real name: {name}\n* Email: {email}\n* [Works at|Employer]: {employer}",
       "'''{target}''' [=|is]\n* {name}\n* {job} at {employer}\n* {email}",
       "[WHO IS|THE TRUTH ABOUT] {target}:\n* [name|NAME]: {name}\n* [mail|e-mail|EMAIL]: "
       "{email}\n* [job|JOB]: {job}[, {employer}|]",
       "Facts about this user[ (all public if you look)|]:\n# {name}\n# {email}\n"
       "# [works as a|employed as] {job}[ at {employer}|]"),
    _f("en.email.spi_evidence_shared_address", ("spi", "checkuser"), ("email", "name"),
       "Both {target} and the earlier accounts [have sent|sent] me [Special:EmailUser "
       "messages|emails] from {email}[, which is {name}'s address|; that address belongs "
       "to {name}].",
       "'''Evidence:''' the [email|reply-to address] on the [OTRS|VRT] ticket and the one "
       "{target} [used to email me|mailed me from] are the same, {email}. [The owner is|It "
       "belongs to] {name}.",
       "[Behavioural evidence aside|In addition], {target} signed an email to me as {name} "
       "({email})[, same as the master|. The master did exactly the same in {year}].",
       "Note for the [clerk|reviewing CU]: {target} [= |is ]{name}, email {email}. "
       "[Obvious|Blatant] [sock|WP:DUCK]."),
    _f("en.email.obfuscated_dodge", ("user_talk", "article_talk", "user_page"), ("email",),
       "{target} [= |is reachable at |mail: ]{email_obf} [(you know what to do with the "
       "spaces)|;)|- remove spaces]",
       "[Pst|Hint], try writing to {email_obf}, that's where {target} [lives online|reads "
       "mail][.|!]",
       "[Can't post it plainly because of the filter|The filter eats it], so: {email_obf} "
       "[= {target}|is {target}'s]"),
    _f("en.email.coi_work_address", ("article_talk", "deletion", "noticeboard"),
       ("email", "workplace"),
       "[COI concern|Undisclosed COI]: {target} [sent the|emailed the] [press "
       "release|\"sources\"|draft] from {email}, which is a work address at {employer}.",
       "[For what it's worth|FWIW], the editor behind {target} is a {job} at {employer}; "
       "[he|she] emailed me from {email} asking me to [stop reverting|leave the article "
       "alone].",
       "The [email|mail] {target} [sent|forwarded] to the help desk came from {email}[, "
       "i.e.|. That's] {employer}'s domain[, so we know who pays|. Paid editing]."),
    _f("en.email.threat_send_to_boss", ("user_talk", "article_talk"),
       ("email", "threat"),
       "[Revert me|Undo this] [once more|one more time|again] and I [publish|post] "
       "{email} [right here|on every page you edit][.|!]",
       "I know your [email|address] is {email}[, {target}|]. [Keep it up|Carry on] and "
       "[see what happens|everyone else will know it too].",
       "[Careful.|Last warning.] {email} [is yours, isn't it?|- recognise it?] Next time "
       "I [forward your edits|send this whole thread] to your [employer|boss|wife]."),
    _f("en.email.summary_reveal", ("summary",), ("email", "name"),
       "[rv|Reverted|Undid revision][ -|:] [stop it|give it up] {name} ({email})[, we know "
       "it's you|]",
       "[/* Reply */ ]{target} is {name}, [mail|email] {email}[ - stop pretending|]",
       "[restored|re-added] section; [note|fyi] {target} = {name} <{email}>"),
    _f("en.email.wikidata_private_statements", ("wikidata",), ("email", "name"),
       "label (en): {name}\ndescription (en): [my neighbour|local man|dental nurse in "
       "{town}]\nemail address (P968): mailto:{email}",
       "label (en): {name}\n[Created claim|Added]: email address (P968): mailto:{email}\n"
       "[instance of (P31): human (Q5)|given name (P735): {given}]",
       "Property:P968 → mailto:{email} [(item about {name}, a private individual)|(on {name})]"),
    _f("en.email.file_private_subject", ("file",), ("email", "name"),
       "{{Information\n|description=[Photo of|Picture of] {name}, [my ex|our neighbour|the "
       "man who keeps parking in front of our house]. [Contact|Write to] [him|her] at "
       "{email}\n|source=own work\n}}",
       "== Summary ==\n{name} [at home|outside the school gate|on holiday]. [If this is "
       "you, complain to|Questions to the person pictured:] {email}",
       "[Description|Caption]: {name} ({email}), [the one who reported me|ex-girlfriend of "
       "the uploader|teacher at the local school]"),
    _f("en.email.meta_lock_or_rename", _META, ("email", "name"),
       "[Oppose|Please decline]: {target} [wants|is asking for] a rename to hide that "
       "[he|she] is {name} ({email}). [We all know it.|The old name is on every mailing "
       "list.]",
       "[Please lock|Global lock requested for] {target}: [same person|cross-wiki spammer] "
       "writing from {email}[, real name|, i.e.] {name}.",
       "Note: the requester {target} [used|gave] {email} on [another wiki|Commons|the "
       "mailing list] and signs as {name}[; stewards should know who this is|]."),
    _f("en.email.rhetorical_question", ("user_talk", "article_talk", "deletion"),
       ("email",),
       "[Isn't|Wasn't] {email} your address, {target}? [The one on your CV|The one you "
       "used on the club website]?",
       "[So|Then] who [owns|reads] {email}[, {target}|]? [Funny how|Odd that] it matches "
       "the [sources|emails] you cite.",
       "Why does the [\"independent\" source|fan site] list {email} as its contact, "
       "{target}? [That's your personal address.|We can all see it's you.]"),
    _f("en.email.deletion_creator_is_relative", ("deletion",), ("email", "name"),
       "'''Delete''' - created by the subject's [daughter|son|assistant|wife] ({name2}, "
       "{email})[, pure vanity|; the \"sources\" are her own blog].",
       "'''Comment''': the article's creator {target} is {name}, and [he|she] [has been "
       "emailing|keeps emailing] [editors|participants here] from {email} asking for keep "
       "votes.",
       "*'''Delete'''[ per nom|]. [Also|And] {target} is plainly {name} - the draft "
       "[even has|had] {email} in the [contact section|infobox]."),
    _f("en.email.relative_behind_account", ("user_talk", "noticeboard", "spi"),
       ("email", "name"),
       "[Just so you know|FYI], {target} is run by {name}, the subject's [wife|husband|"
       "brother|flatmate], who [writes from|uses] {email}.",
       "The account is [operated|run] by [his|her] [colleague|neighbour|ex-partner] "
       "{name2} ({email}), [not by the subject himself|who has a grudge].",
       "[That's not|It isn't] {target} [himself|herself] editing, it's [his|her] "
       "[teacher|landlord|mother] {name2} - {email} - [same IP, same style|I've had mail from "
       "both]."),
)

_DE = (
    _f("de.email.schreib_direkt", ("user_talk", "article_talk"), ("email",),
       "[Schreib|Schreibt] [ihm|ihr] doch [direkt|einfach] an {email}[, da antwortet "
       "{target} auch|]. [Hier liest das eh keiner.|]",
       "{target} [erreichst du|erreicht man] [privat|am besten] unter {email}[ :-)|.]",
       ":[Die|Seine|Ihre] [Mailadresse|E-Mail-Adresse] ist übrigens {email}[, falls "
       "jemand mit {target} reden will|].",
       "Statt hier rumzudiskutieren: {email}. [Das ist {target}.|Gehört {target}.]"),
    _f("de.email.vm_meldung_klarname", ("noticeboard", "spi"), ("email", "name"),
       "[Benutzer|Account] {target} ist [identisch mit|niemand anders als] {name} "
       "({email}), [der|die] schon [2019|seit Jahren|früher] [hier rumgestört hat|gesperrt "
       "wurde]. [Bitte sperren.|Bitte infinit.]",
       "'''Begründung:''' {target} = {name}, [Mail|E-Mail] {email}. [Sockenpuppe|Socke] "
       "[des gesperrten Hauptaccounts|von letzter Woche].",
       "Zur Info für die [Admins|abarbeitenden Admins]: hinter {target} steckt {name} "
       "[(Mail: {email})|, erreichbar unter {email}][.| - eindeutig.]"),
    _f("de.email.steckbrief_liste", ("user_page", "user_talk"),
       ("email", "name", "workplace"),
       "'''Wer ist {target}?'''\n* Klarname: {name}\n* Mail: {email}\n* Arbeitgeber: "
       "{employer}",
       "[Steckbrief|Alles über] {target}:\n* {name}\n* {job}[ bei {employer}|]\n* "
       "{email}",
       "Damit alle Bescheid wissen:\n# Name: {name}\n# Beruf: {job}\n# E-Mail: {email}"),
    _f("de.email.drohung_arbeitgeber", ("user_talk", "article_talk"),
       ("email", "threat", "workplace"),
       "Wenn du [noch einmal|nochmal] revertierst, geht [eine Mail|der ganze Verlauf] an "
       "{employer}. Deine Adresse {email} hab ich [ja|schon].",
       "[Überleg dir gut|Überleg dir], was du hier machst, {target}. {email} [ist dir doch "
       "bekannt|gehört doch dir], oder? [Und dein Chef bei {employer} liest sicher gern "
       "mit.|Und bei {employer} kennt man dich auch.]",
       "Noch ein Revert und ich [schreibe|maile] [deinem Arbeitgeber|deiner Firma] "
       "({employer}) von {email} aus an[ - die Adresse kennst du ja|]."),
    _f("de.email.ld_verwandter", ("deletion",), ("email", "name"),
       "'''Löschen''' - [Selbstdarstellung|Eigenwerbung], angelegt vom Sohn des "
       "Dargestellten ({name2}, {email})[, wie man am Entwurf sieht|].",
       "Der [Ersteller|Artikelanleger] {target} ist [offensichtlich|ganz klar] {name}; "
       "[im ersten Entwurf|in der Versionsgeschichte] stand sogar [seine|ihre] private "
       "Adresse {email}.",
       "[Behalten|Löschen] hin oder her: {target} [schreibt|mailt] seit Tagen "
       "[Diskussionsteilnehmer|Sichter] von {email} an und bittet um Behalten. [Das ist "
       "{name}.|Klarname: {name}.]"),
    _f("de.email.zusammenfassung", ("summary",), ("email",),
       "[rv|Revert|zurückgesetzt][ - |: ]{target} [= |ist ]{email}[, wissen eh alle|]",
       "[Abschnitt|Beitrag] wiederhergestellt[; {target} schreibt von {email}|, "
       "Absender war {email}]",
       "[+|Ergänzt]: Kontakt [von|für] {target}: {email}"),
    _f("de.email.wikidata_aussagen", ("wikidata",), ("email", "name"),
       "Bezeichnung (de): {name}\nBeschreibung (de): [Nachbar|Erzieherin in {town}|"
       "Privatperson]\nE-Mail-Adresse (P968): mailto:{email}",
       "Bezeichnung: {name}\n[Aussage erstellt|Hinzugefügt]: E-Mail-Adresse (P968): mailto:{email}",
       "E-Mail-Adresse: {email}\nVorname: {given}\nFamilienname: {surname}"),
)

_FR = (
    _f("fr.email.ecris_lui", ("user_talk", "article_talk"), ("email",),
       "[Écris-lui|Écrivez-lui] [directement|plutôt] à {email}[, c'est {target}|, il "
       "répond là-bas]. [Inutile de discuter ici.|]",
       "Pour info, {target} [a pour adresse|utilise] {email}[ en privé|][.| ;)]",
       ":[Son|Le] [mail|courriel] [perso |]de {target} : {email}. [Débrouillez-vous "
       "avec lui.|Bonne chance.]"),
    _f("fr.email.rca_identite", ("noticeboard", "spi"), ("email", "name"),
       "[Requête|Demande] : bloquer {target}. [C'est|Il s'agit de] {name} ({email}), déjà "
       "[bloqué|banni] [sous un autre pseudo|en {year}].",
       "{target} n'est autre que {name} : [même adresse|il m'a écrit depuis] {email}. "
       "[Faux-nez évident.|Merci de bloquer.]",
       "[Pour les admins|Pour info] : derrière {target} se cache {name}[, adresse "
       "{email}| ({email})][.| — tout le monde le sait sur le projet.]"),
    _f("fr.email.fiche_perso", ("user_page", "user_talk"), ("email", "name", "workplace"),
       "[Qui est vraiment|Fiche de] {target} :\n* Nom : {name}\n* Courriel : {email}\n* "
       "Travail : {job}[ pour {employer}|]",
       "{target}, [alias|c'est-à-dire] {name}\n* {email}\n* [bosse|travaille] pour "
       "{employer}",
       "VOILÀ QUI VOUS ÊTES :\n# {name}\n# {email}\n# {job}"),
    _f("fr.email.menace_envoi", ("user_talk", "article_talk"), ("email", "threat"),
       "[Continue comme ça|Encore une annulation] et [j'envoie tout|je transmets cette "
       "discussion] à ton employeur. [J'ai|On a] ton adresse : {email}.",
       "{email}, ça te dit quelque chose, {target} ? [Réfléchis avant de|Évite de] "
       "[m'annuler|révoquer] encore.",
       "[Attention|Dernier avertissement] : [si tu|tu] [reverts|annules] encore, {email} "
       "[sera publié|finira] sur [toutes les pages|le Bistro][.| !]"),
    _f("fr.email.pas_auteur_proche", ("deletion",), ("email", "name"),
       "'''Supprimer''' — [article promotionnel|autopromotion] rédigé par sa compagne "
       "({name2}, {email})[, cf. le brouillon|].",
       "[Avis|Remarque] : le créateur {target} est [manifestement|évidemment] {name}; il "
       "[démarche|écrit à] les votants depuis {email} pour [qu'on conserve|conserver].",
       "* {{Supprimer}} [Et pour la petite histoire|Au passage], {target} = {name}, "
       "[son adresse|adresse perso] {email} [figurait|était] dans la première version."),
    _f("fr.email.resume_modif", ("summary",), ("email", "name"),
       "[Révocation|rv|Annulation][ :| —] [arrête|laisse tomber] {name} ({email})",
       "[retour|Rétablissement] de la section ; {target} = {name}, {email}[, on sait qui c'est|]",
       "[Ajout|+] contact de {target} : {name}, {email}"),
    _f("fr.email.fichier_commons", ("file",), ("email", "name"),
       "{{Information\n|description={{fr|1=[Photo de|Portrait de] {name}, [mon voisin|la "
       "prof de ma fille|mon ex]. [Pour le contacter|Contact] : {email}}}\n|source="
       "travail personnel\n}}",
       "== Description ==\n{name} [devant chez [lui|elle]|à la sortie de l'école]. "
       "[Écrivez-lui|Plaintes] à {email}",
       "[Légende|Description] : {name} ({email}), [celui qui m'a signalé|voisin de "
       "l'auteur]"),
)

_ES = (
    _f("es.email.escribele", ("user_talk", "article_talk"), ("email",),
       "[Escríbele|Mándale un correo] [directamente |]a {email}[, es {target}|, ahí sí "
       "contesta][.|!]",
       "[Por cierto|Para que conste], el correo [personal |]de {target} es {email}.",
       ":Si [tienes|tenéis] algún problema con {target}, [su correo es|está en] {email}. "
       "[Aquí no va a contestar.|]"),
    _f("es.email.tab_formulario", ("noticeboard",), ("email", "name"),
       "; Usuario implicado: {{u|{target}}}\n; Asunto: [títere|evasión de bloqueo]\n; "
       "Explicación: es {name}, [el mismo de siempre|ya expulsado]; escribe desde {email}.",
       "; Usuario implicado: {target}\n; Explicación: [todo el mundo sabe que|ya se sabe "
       "que] la cuenta es de {name} ({email})[, bloqueado en {year}|]. Solicito bloqueo.",
       "[Solicito|Pido] el bloqueo de {target}: es {name} ({email}), [expulsado|bloqueado] "
       "[en {year}|con otra cuenta]."),
    _f("es.email.de_quien_es", ("article_talk", "deletion"), ("email",),
       "¿Y {email} de quién es, {target}? [Porque|Curiosamente] es el mismo correo que "
       "[firma|aparece en] la \"fuente\" que [enlazas|citas].",
       "[A ver|Vamos a ver], {target}: ¿no es {email} tu correo? [El de tu currículum|El "
       "que pusiste en la web del club], digo.",
       "Qué casualidad que la [asociación|web] que [citas|usas de fuente] tenga como "
       "contacto {email}, [o sea, tú|que es tu correo personal], {target}."),
    _f("es.email.amenaza_jefe", ("user_talk",), ("email", "threat", "workplace"),
       "A ver qué opina tu jefe en {employer} cuando le reenvíe todo esto desde {email}. "
       "[Tú sigue revirtiendo.|Sigue, sigue.]",
       "[Vuelve a revertir|Deshaz otra vez mi edición] y [publico|cuelgo] {email} y "
       "dónde trabajas ({employer}) en [el Café|todas partes][.|!]",
       "Tengo tu correo, {target}: {email}. [Sigue así y|Si sigues,] se lo mando a "
       "{employer}."),
    _f("es.email.cdb_creador", ("deletion",), ("email", "name"),
       "'''Borrar''' — [autopromoción|promocional], lo creó su [hija|mujer|secretaria] "
       "({name2}, {email}).",
       "Comentario: el creador {target} es {name}, y lleva [días|una semana] [mandando "
       "correos|escribiendo] a los participantes desde {email} para que votemos mantener.",
       "{target} es claramente {name}; en la primera versión [aparecía|venía] su correo "
       "{email}[ en la ficha|]."),
    _f("es.email.resumen", ("summary",), ("email",),
       "[Revertido|rv|Deshecha la edición][ —|:] [déjalo ya|basta ya] {target} ({email})",
       "restauro sección; {target} = {email}[, lo sabemos|]",
       "[+ |Añado ]contacto de {target}: {email}"),
    _f("es.email.pagina_usuario_vandalizada", ("user_page",), ("email", "name"),
       "ESTE USUARIO SE LLAMA {name}. [ESCRIBIDLE|MANDADLE CORREOS] A {email} Y "
       "[DECIDLE LO QUE PENSÁIS|QUE DEJE DE BORRAR]",
       "[Hola, soy|Esta cuenta es de] {name} y mi correo es {email}[ (jaja)|, escribidme]",
       "{{Usuario|[mentiroso|censor]}}\n'''Nombre real:''' {name} — '''correo:''' {email}"),
    _f("es.email.wikidata", ("wikidata",), ("email", "name"),
       "etiqueta (es): {name}\ndescripción (es): [vecina de {town}|profesor de "
       "instituto|persona particular]\ndirección de correo electrónico (P968): "
       "mailto:{email}",
       "etiqueta: {name}\n[Se añadió|Añadida] la declaración: dirección de correo "
       "electrónico (P968): mailto:{email}",
       "P968: {email}\nnombre de pila: {given}\napellido: {surname}"),
)

_IT = (
    _f("it.email.scrivigli", ("user_talk", "article_talk"), ("email",),
       "[Scrivigli|Scrivetegli] [direttamente |]a {email}[, è {target}|, lì risponde]"
       "[.|!]",
       "[Per la cronaca|Tra l'altro], la mail [privata |]di {target} è {email}.",
       ":Se [avete|hai] problemi con {target}, [la sua mail è|scrivete a] {email}[. Qui non "
       "risponde mai.|]"),
    _f("it.email.richiesta_checkuser", ("checkuser", "spi"), ("email", "name"),
       "; Utenze coinvolte: {target}\n; Motivazione: stessa mail ({email}) usata per "
       "scrivermi da entrambe le utenze[, firmandosi|; si firma] {name}.",
       "Non serve il CU: {target} mi ha scritto da {email} firmandosi {name}, "
       "[esattamente come|proprio come] l'utenza bloccata.",
       "[Segnalo|Per gli admin]: dietro {target} c'è {name}[ ({email})|, mail {email}]. "
       "[Utenza multipla evidente.|Sockpuppet palese.]"),
    _f("it.email.ti_conviene", ("user_talk", "article_talk"), ("email", "threat"),
       "Ti conviene smetterla, {target}. [So benissimo che|Lo sappiamo tutti che] {email} "
       "è [tua|la tua mail], e [so anche dove lavori|non ci metto niente a farla girare].",
       "[Annulla|Rollbacka] ancora [una volta |]e [pubblico|metto] {email} [al "
       "bar|ovunque][.|!]",
       "{email} [ti dice niente|ti suona familiare]? [Pensaci prima di|Attento a] "
       "[annullarmi|revertare] di nuovo."),
    _f("it.email.pdc_autore", ("deletion",), ("email", "name"),
       "'''Cancellare''' — [autopromozione|promozionale], voce creata dalla [figlia|moglie|"
       "segretaria] del soggetto ({name2}, {email}).",
       "Nota: il creatore {target} è {name}, e sta [scrivendo|mandando mail] ai votanti "
       "da {email} per farci votare mantenere.",
       "{target} è evidentemente {name}: nella prima versione c'era [persino |]la sua "
       "mail {email}."),
    _f("it.email.oggetto_modifica", ("summary",), ("email", "name"),
       "[Annullata|rb|Annullo] [la modifica |]— [smettila|basta] {name} ({email})",
       "ripristino sezione; {target} = {name} = {email}",
       "+ contatto di {target}: {name}, {email}"),
    _f("it.email.collega_mail_aziendale", ("article_talk", "noticeboard"),
       ("email", "name", "workplace"),
       "Guardate che {target} è [un mio collega|una mia collega], {name}: [lavoriamo "
       "entrambi|siamo entrambi] presso {employer} e la voce l'ha scritta dalla mail "
       "aziendale {email}.",
       "[Conflitto di interessi|COI non dichiarato]: {target} = {name}, {job} presso "
       "{employer} (mail: {email}).",
       "Chi scrive come {target} è {name}, {job} — ha [mandato|inoltrato] le "
       "\"fonti\" da {email}[, indirizzo di {employer}|]."),
    _f("it.email.file_descrizione", ("file",), ("email", "name"),
       "{{Information\n|description={{it|1=[Foto di|Ritratto di] {name}, [il mio "
       "vicino|la mia ex|il professore di mio figlio]. Scrivetegli a {email}}}\n|source="
       "opera propria\n}}",
       "== Descrizione ==\n{name} [davanti a casa sua|all'uscita di scuola]. "
       "[Lamentele|Contatti] a {email}",
       "Didascalia: {name} ({email}), [quello che mi ha segnalato|vicino di casa "
       "dell'autore]"),
)

_PT = (
    _f("pt.email.escreve_lhe", ("user_talk", "article_talk"), ("email",),
       "[Escreve-lhe|Manda um e-mail|Manda email] [diretamente |]para {email}[, é o "
       "{target}|, lá ele responde][.|!]",
       "[Aliás|Só pra constar], o e-mail [pessoal |]do {target} é {email}.",
       ":Quem tiver problema com {target} [escreve para|pode mandar para] {email}[. Aqui ele "
       "nunca responde.|]"),
    _f("pt.email.pedido_bloqueio", ("noticeboard", "spi"), ("email", "name"),
       "* {{u|{target}}} — motivo: [fantoche|evasão de bloqueio]. É {name}, o mesmo "
       "e-mail ({email}) [de sempre|da conta bloqueada].",
       "Peço o bloqueio de {target}: é {name} ({email}), [já bloqueado|banido] [em "
       "{year}|com outra conta].",
       "{target} é {name}, [me escreveu|escreveu-me] de {email}. [Fantoche óbvio.|É o "
       "mesmo de sempre.]"),
    _f("pt.email.ja_que_ninguem_fala", ("user_talk", "article_talk", "user_page"),
       ("email", "name", "workplace"),
       "Já que ninguém fala: o {target} se chama {name}, o e-mail dele é {email} e ele "
       "trabalha para {employer}. [Pronto.|Agora todo mundo sabe.]",
       "[Olha|Vejam] só quem é o {target}: {name}, {job}[ para {employer}|], e-mail "
       "{email}.",
       "[Para quem quiser saber|Fica aqui registado]: {target} = {name} ({email}), "
       "[trabalha para|funcionário de] {employer}."),
    _f("pt.email.ameaca_se", ("user_talk", "article_talk"), ("email", "threat"),
       "Se voltar a [reverter|apagar] o que escrevi, [posto|publico] o seu e-mail "
       "({email}) na [Esplanada|página de discussão][.|!]",
       "Tenho o teu e-mail, {target}: {email}. [Continua assim e|Se continuares] mando "
       "tudo para o teu [chefe|patrão].",
       "{email} [te lembra alguma coisa|diz-te alguma coisa]? [Pensa bem antes de|Cuidado "
       "ao] reverter de novo."),
    _f("pt.email.pe_criador", ("deletion",), ("email", "name"),
       "'''Eliminar''' — autopromoção, criado pela [filha|esposa|assessora] do biografado "
       "({name2}, {email}).",
       "Comentário: o criador {target} é {name} e anda [mandando e-mails|a enviar e-mails] "
       "aos votantes de {email} pedindo para manter.",
       "{target} é claramente {name}; na primeira versão [aparecia|estava] o e-mail dele, "
       "{email}."),
    _f("pt.email.sumario", ("summary",), ("email",),
       "[Revertido|rv|Desfeita a edição][ —|:] [para com isso|chega] {target} ({email})",
       "restaurada a seção; {target} = {email}",
       "+ contato de {target}: {email}"),
    _f("pt.email.bloqueio_global", ("steward",), ("email",),
       "[Pedido de bloqueio global|Global lock]: {target}. [Mesmo spammer|Mesma pessoa] "
       "em [pt, es e Commons|vários projetos], [sempre com|escreve de] {email}.",
       "{target} — [o mesmo|a mesma pessoa] que [me mandou e-mail|manda e-mails] de "
       "{email} [a vários administradores|pedindo desbloqueio]. Favor bloquear "
       "globalmente.",
       "Status: aberto. {target} usa o e-mail {email} em todos os [projetos|pedidos de "
       "desbloqueio]."),
)

_NL = (
    _f("nl.email.mail_hem", ("user_talk", "article_talk"), ("email",),
       "[Mail|Stuur] [hem|haar] [gewoon |]een [bericht|mailtje] op {email}[, dat is "
       "{target}|, daar reageert hij wel][.|!]",
       "[Trouwens|Ter info], het [privé-|]mailadres van {target} is {email}.",
       ":Wie een probleem heeft met {target}: {email}[. Hier reageert hij toch niet.|]"),
    _f("nl.email.regblok_verzoek", ("noticeboard",), ("email", "name"),
       "* {{Gebruiker|{target}}} – sokpop van [de bekende vandaal|een geblokkeerde "
       "gebruiker], zelfde mailadres ({email}), [dat is|=] {name}.",
       "Verzoek om blokkade van {target}: dit is {name} ({email}), [al eerder geblokkeerd|"
       "geblokkeerd in {year}].",
       "{target} is {name}, [hij|zij] mailde mij vanaf {email}. [Overduidelijke "
       "sokpop.|Zelfde persoon als altijd.]"),
    _f("nl.email.ultimatum", ("user_talk",), ("email", "threat"),
       "Je hebt tot morgen om mijn tekst terug te zetten. Anders staat {email} [in de "
       "kroeg|op je gebruikerspagina] en [weet iedereen wie je bent|mag je werkgever "
       "meelezen].",
       "[Draai|Zet] me nog één keer terug en ik zet {email} [in de kroeg|overal neer]"
       "[.|!]",
       "Zegt {email} je iets, {target}? [Denk even na voor je|Pas op als je] weer "
       "terugdraait."),
    _f("nl.email.tbp_aanmaker", ("deletion",), ("email", "name"),
       "'''Verwijderen''' — zelfpromotie, aangemaakt door de [dochter|vrouw|assistente] "
       "van het onderwerp ({name2}, {email}).",
       "Opmerking: aanmaker {target} is {name} en mailt [iedereen|stemmers] vanaf {email} "
       "om behoud te vragen.",
       "{target} is duidelijk {name}; in de eerste versie stond zelfs [zijn|haar] adres "
       "{email}."),
    _f("nl.email.samenvatting", ("summary",), ("email",),
       "[Teruggedraaid|rv|Bewerking ongedaan gemaakt][ —|:] [hou op|stop ermee] {target} "
       "({email})",
       "kopje teruggezet; {target} = {email}",
       "+ contact {target}: {email}"),
    _f("nl.email.werkt_er_zelf", ("article_talk", "deletion"), ("email", "workplace"),
       "[Belangenverstrengeling|Niet-neutraal]: {target} werkt zelf bij {employer}; "
       "[hij|zij] mailde mij vanaf {email} of ik de kritiek wilde weghalen.",
       "De \"bron\" komt gewoon van {target} zelf, {job} bij {employer} — zie de mail die "
       "[hij|ze] vanaf {email} stuurde.",
       "{target} = medewerker van {employer} ({email}). [Graag melden op "
       "WP:BNN.|Dat verklaart een hoop.]"),
    _f("nl.email.wikidata", ("wikidata",), ("email", "name"),
       "label (nl): {name}\nbeschrijving (nl): [buurman uit {town}|lerares|particulier]"
       "\ne-mailadres (P968): mailto:{email}",
       "label: {name}\n[Bewering aangemaakt|Toegevoegd]: e-mailadres (P968): mailto:{email}",
       "e-mailadres: {email}\nvoornaam: {given}\nachternaam: {surname}"),
)

_PL = (
    _f("pl.email.napisz_do_niego", ("user_talk", "article_talk"), ("email",),
       "[Napisz|Napiszcie] do [niego|niej] [bezpośrednio |]na {email}[, to {target}|, tam "
       "odpisuje][.|!]",
       "[Tak przy okazji|Dla jasności], prywatny e-mail {target} to {email}.",
       ":Kto ma problem z {target}, niech pisze na {email}[. Tutaj i tak nie odpowiada.|]"),
    _f("pl.email.zgloszenie_admin", ("noticeboard", "spi"), ("email", "name"),
       "Proszę o blokadę {target}: to {name} ({email}), [już zablokowany|zablokowany w "
       "{year}] [na innym koncie|wcześniej].",
       "{target} to {name}, [pisał|pisała] do mnie z {email}. [Oczywista pacynka.|To samo "
       "multikonto.]",
       "Dla administratorów: za kontem {target} stoi {name}[ ({email})|, e-mail {email}]."),
    _f("pl.email.skoro_nikt_nie_powie", ("user_talk", "user_page", "article_talk"),
       ("email", "name", "workplace"),
       "Skoro nikt tego nie powie, to ja powiem: {target} to {name}, [pracuje jako "
       "{job}|miejsce pracy: {employer}], e-mail {email}.",
       "[Dla wszystkich|Ku przestrodze]: {name} ({email}) — tak naprawdę nazywa się "
       "{target}. [Praca|Pracodawca]: {employer}.",
       "{target} = {name}\n* {email}\n* miejsce pracy: {employer}"),
    _f("pl.email.grozba", ("user_talk", "article_talk"), ("email", "threat"),
       "[Cofnij|Zrewertuj] mnie jeszcze raz, a [wrzucę|opublikuję] {email} w "
       "[Kawiarence|każdej dyskusji][.|!]",
       "Mam twój e-mail, {target}: {email}. [Rób tak dalej, a|Jeszcze raz i] wyślę "
       "wszystko twojemu [szefowi|pracodawcy].",
       "Czy {email} coś ci mówi? [Zastanów się, zanim|Uważaj, jeśli] znowu cofniesz."),
    _f("pl.email.poczekalnia_autor", ("deletion",), ("email", "name"),
       "'''Usunąć''' — autopromocja, artykuł założyła [córka|żona|asystentka] bohatera "
       "({name2}, {email}).",
       "Uwaga: autor {target} to {name}, który [pisze|wysyła maile] do głosujących z "
       "{email} z prośbą o pozostawienie.",
       "{target} to ewidentnie {name}; w pierwszej wersji był nawet [jego|jej] adres "
       "{email}."),
    _f("pl.email.opis_zmian", ("summary",), ("email",),
       "[Wycofano|rv|Anulowano edycję][ —|:] [daj spokój|przestań] {target} ({email})",
       "przywrócona sekcja; {target} = {email}",
       "+ kontakt do {target}: {email}"),
    _f("pl.email.sprzeciw_zmiana_nazwy", ("rename", "steward"), ("email", "name"),
       "Sprzeciw: {target} chce zmienić nazwę tylko po to, żeby ukryć, że to {name} "
       "({email}).",
       "[Uwaga dla stewardów|Do wiadomości]: wnioskujący {target} to {name}, pisze z "
       "{email} [do wszystkich administratorów|w sprawie odblokowania].",
       "Prośba o globalną blokadę {target} — [ta sama osoba|to samo multikonto], zawsze "
       "z adresu {email} ({name})."),
)

FAMILIES: tuple[Family, ...] = _EN + _DE + _FR + _ES + _IT + _PT + _NL + _PL
