"""Outing families tying an account (or a named person) to an IP address, posted publicly."""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk", "noticeboard")
_SOCK = ("spi", "checkuser", "noticeboard")


def _f(fid: str, kinds: tuple[str, ...], types: tuple[str, ...], *templates: str) -> Family:
    return Family(id=fid, lang=fid.split(".", 1)[0], templates=templates, kinds=kinds,
                  types=types)


_IP = ("ip_address",)

_EN = (
    _f("en.ip_address.editing_logged_out", _TALK, _IP,
       "{target} is [editing|back] logged out from {ip}[ again|, same articles, same "
       "edit summaries][.|!]",
       "[Just a heads-up|FYI|Heads up]: {target} has been [logging out|editing logged "
       "out] [to avoid scrutiny|to edit war] - see {ip_link}.",
       "[Looks like|Seems] {target} [got blocked and |]switched to editing as {ip}[. "
       "Classic.|, nobody else writes like that.]",
       ":{target} [is|has been] [also |][editing|reverting] as {ip_link} "
       "[since {date}|all week][, just so everyone knows|]."),
    _f("en.ip_address.ip_is_obviously", ("noticeboard", "spi", "article_talk"), _IP,
       "The IP {ip_link} is [obviously|clearly|quite plainly] {target}[, same edits, same "
       "talk page style|].",
       "{ip_link} [= |is ]{target}. [Not even trying to hide it.|Same typos, same "
       "hobbyhorse.]",
       "[Let's not pretend|Let's be honest]: {ip} is {target_link}[, and everyone here "
       "knows it|]."),
    _f("en.ip_address.non_cu_conclusion", ("spi", "checkuser"), _IP,
       "[I'm not a checkuser, but|Not a CU, but] {ip} and {target} are {{confirmed}} "
       "[as far as I'm concerned|by any reasonable standard] - same ISP, same "
       "articles, same hours.",
       "[Technically|Behaviourally] [indistinguishable|identical]: {target} [and|=] "
       "{ip_link}. [Likely, bordering on confirmed.|Marking this as Confirmed.]",
       "'''Result''' ([non-CU|clerk] note): {target} [is operating|operates] {ip} "
       "and [probably|likely] the whole range. [Block both.|Tag accordingly.]",
       "{{Likely}} - {target} edits from {ip} when [logged out|blocked][, per the "
       "timestamps|]."),
    _f("en.ip_address.compare_same_person", ("spi", "noticeboard", "user_talk"), _IP,
       "Same person: compare {ip_link} and {target_link}[, look at the edit times|].",
       "[Compare|Look at] {ip} [with|and] {target}: [identical edit summaries|same "
       "articles within minutes of each other][.|, not a coincidence.]",
       "* {target_link}\n* {ip_link}\n[Same person.|Obvious match.] [Please "
       "block.|Diffs available.]"),
    _f("en.ip_address.forgot_to_log_in", ("article_talk", "user_talk"), _IP,
       "[Looks like|Oops,] {target} forgot to log in - {ip} signed [the comment|that "
       "post] as {target}[ lol|].",
       "{ip_link} [signed|replied] \"{target}\" [above|two posts up][, so that settles "
       "who it is|]. [Forgot to log in?|]",
       "[Was that you|That was you], {target}? {ip} [answered|replied] to a question "
       "addressed to you, in the first person."),
    _f("en.ip_address.block_evasion_report", ("noticeboard",), _IP,
       "{ip} - block evasion by {target} ([blocked|indeffed] on {date}); [same "
       "edits|resumed the same edit war].",
       "* {ip_link} - [evading block|sock of] {target}, [please block|returning to "
       "the same article][.|]",
       "'''Block evasion''': {target} is [back|continuing] as {ip_link}. [See the "
       "history of|Compare edits on] {article}."),
    _f("en.ip_address.ipv6_range", ("spi", "noticeboard"), _IP,
       "{target} [has moved|now edits from] {ip6}[ (same /64 as before)|]. [Range "
       "block?|Can someone block the /64?]",
       "[And now|Now] {ip6}: [that's|still] {target}, just [another|a different] "
       "address on [his|her] home connection.",
       "{target} = {ip6} and {ip}[, alternating between mobile and home|]."),
    _f("en.ip_address.summary_sock", ("summary",), _IP,
       "[rv|Reverted] [block-evading|logged-out] [IP|edits] ({ip}) = {target}",
       "[Undid revision by|rv] {ip}[:|, which is] {target} [logged out|evading block]",
       "[rv sock|WP:DENY]: {ip} is {target}"),
    _f("en.ip_address.geolocate_workplace", ("spi", "noticeboard", "article_talk"),
       ("ip_address", "workplace"),
       "{ip} [geolocates to|resolves to|is registered to] {employer}[, which is "
       "where|. That's where] {target} works.",
       "[WHOIS on|Whois for] {ip_link} [says|shows] {employer}; {target} is a {job} "
       "there[, so no surprise|].",
       "The IP ({ip}) [belongs to|is] {employer}'s network[ - {target}'s employer|, "
       "i.e. {target} at work]."),
    _f("en.ip_address.afd_ip_is_creator", ("deletion",), _IP,
       "Note: the IP {ip} [voting keep|arguing for keep] [below|above] is the article's "
       "creator, {target}, logged out.",
       "*'''Comment''' {ip_link} [= |is ]{target}. [Please discount|Discount] the "
       "[!vote|keep].",
       "[Striking|I've struck] the IP's [!vote|keep]: {ip} is {target} [editing logged "
       "out|double voting]."),
    _f("en.ip_address.steward_lock_and_block", ("steward",), _IP,
       "[Please lock|Global lock for] {target}[ and globally block {ip}| + global block "
       "of {ip}]: same [LTA|cross-wiki vandal], [the IP|it] is [his|her] home "
       "connection.",
       "{target} (locked elsewhere) is [now |]editing as {ip} on [several|5+] "
       "wikis[, please block|]. [Same person.|Obvious.]",
       "{ip} = {target} [cross-wiki|on it, de and fr][;| -] [please block the IP "
       "globally|requesting global block]."),
    _f("en.ip_address.rename_old_ip", ("rename",), _IP,
       "[Comment|Note]: before registering, the requester edited as {ip} (see [their|the] "
       "signature on {article}'s talk page)[, which links the old and new names|].",
       "[Oppose|Not done]: {target} wants a fresh name, but [he|she] has been editing "
       "logged out from {ip} the whole time.",
       "The requester {target} is [the same as|identical to] {ip}[, per the talk page|]."),
    _f("en.ip_address.file_author_ip", ("file",), _IP,
       "{{Information\n|description={article}\n|author={target} (uploaded earlier as "
       "{ip})\n|source=own work\n}}",
       "[Reupload|Re-upload] of the version by {ip}, which [was|is] {target} logged out.",
       "Author: {target} [= |aka |]{ip}"),
    _f("en.ip_address.wikidata_vandal_item", ("wikidata",), ("ip_address", "name"),
       "label (en): {name}\ndescription (en): Wikipedia editor {target}, edits from {ip}",
       "label (en): {name}\n[Added|Created claim]: described at URL (P973): "
       "Special:Contributions/{ip}\n[alias|also known as]: {target}",
       "{name}\n[described at URL|reference URL]: Special:Contributions/{ip}\n[notes|alias]: "
       "same as {target}"),
    _f("en.ip_address.user_page_vandal", ("user_page",), _IP,
       "THIS USER [IS|ALSO EDITS AS] {ip} [LOL|lmao|xD]",
       "{{User|{target}}} = {ip_link}",
       "[hi|hello] {target}, or should I say {ip}[?|??]"),
    _f("en.ip_address.threat_know_ip", ("user_talk", "article_talk"),
       ("ip_address", "threat"),
       "I know your IP, {target}: {ip}. [Revert me again and|One more revert and] "
       "[everyone will|I'll make sure everyone] know[s|] [where it points|where you "
       "edit from].",
       "{ip} [ring a bell|is yours, isn't it]? [Keep it up and I post the "
       "whois|Next revert, the whois goes up here].",
       "[Careful.|Last warning.] [Your IP, {ip},|{ip}] [says a lot|resolves] - and it's "
       "{target}'s. [Don't make me post the rest.|]"),
    _f("en.ip_address.named_person_connection", ("spi", "noticeboard", "user_talk"),
       ("ip_address", "name"),
       "{ip} is {name}'s [home connection|broadband]; [he|she] is the one behind {target}.",
       "The IP ({ip_link}) [is|belongs to] {name}, who also [runs|operates] {target}.",
       "{name} [edits|posts] as {target} and, logged out, as {ip}."),
)

_DE = (
    _f("de.ip_address.ausgeloggt", ("user_talk", "article_talk", "noticeboard"), _IP,
       "{target} editiert [mal wieder|jetzt] ausgeloggt als {ip}[, gleiche "
       "Artikel, gleicher Stil|].",
       "[Nur zur Info|Hinweis]: {target} [loggt sich aus|ist ausgeloggt unterwegs], um "
       "[den Editwar|die Sperre] zu umgehen – {ip_link}.",
       ":Die IP {ip_link} ist [natürlich|offensichtlich] {target} [im ausgeloggten "
       "Zustand|ohne Anmeldung]."),
    _f("de.ip_address.vm_sperrumgehung", ("noticeboard",), _IP,
       "{ip_link}\n\nSperrumgehung von {target_link}, [gleiche Artikel|gleiches "
       "Muster]. [Bitte sperren.|Bitte IP sperren.]",
       "IP {ip} = {target} ([gesperrt seit|infinit gesperrt am] {date}). [Weiter im "
       "Editwar|Macht weiter wie gehabt].",
       "'''Begründung:''' {ip} ist {target}, [Sperrumgehung|Sperre umgangen]. "
       "[Difflinks folgen.|Eindeutig.]"),
    _f("de.ip_address.cu_ergebnis_laie", ("checkuser", "spi"), _IP,
       "Ich bin kein CU, aber {ip} und {target} sind technisch wie inhaltlich [eindeutig "
       "identisch|dieselbe Person]. [Dieselbe Uhrzeit, dieselben Artikel.|]",
       "[Ergebnis|Fazit] (ohne CU): {target} [arbeitet|editiert] über {ip_link}. "
       "[Beide sperren.|Range prüfen.]",
       "Eine CU-Abfrage braucht es nicht: {ip} [ist|=] {target}, das sieht jeder."),
    _f("de.ip_address.vergessen_einzuloggen", ("article_talk", "user_talk"), _IP,
       "{target} hat wohl vergessen, sich einzuloggen: {ip} [unterschreibt|signiert] "
       "[mit|als] „{target}“.",
       "[Witzig|Schön]: {ip_link} antwortet [in der Ich-Form|als wäre es] {target}[. "
       "Ausgeloggt vergessen?|.]",
       "Na, {target}? {ip} hat gerade [deinen|den] Beitrag [ergänzt|verteidigt], "
       "[in deinem Namen|als {target}]."),
    _f("de.ip_address.ld_ip_stimme", ("deletion",), _IP,
       "Die IP {ip}, die hier [auf Behalten plädiert|für Behalten stimmt], ist der "
       "[Artikelersteller|Ersteller] {target}, ausgeloggt.",
       "[Anmerkung|Hinweis]: {ip_link} [= |ist ]{target}. [Stimme bitte nicht "
       "werten.|Doppelt abgestimmt.]",
       "Behalten-Stimme von {ip} [streichen|nicht werten]: das ist {target} [ohne "
       "Anmeldung|ausgeloggt], [gleiche Argumente|gleiche Formulierungen]."),
    _f("de.ip_address.zusammenfassung", ("summary",), _IP,
       "[rv|Revert|zurückgesetzt][:| –] Sperrumgehung {target} ({ip})",
       "[rv|zurückgesetzt] {ip} [= |ist ]{target}[ ausgeloggt|]",
       "Edit von {ip} entfernt; das ist {target}"),
    _f("de.ip_address.anschluss_klarname", ("noticeboard", "spi", "user_talk"),
       ("ip_address", "name"),
       "{ip} ist der Anschluss von {name}, und der steckt auch hinter {target}.",
       "Die IP ({ip_link}) [gehört|läuft auf] {name} – [derselbe|dieselbe], die als "
       "{target} schreibt.",
       "{name} schreibt als {target} und ausgeloggt als {ip}."),
    _f("de.ip_address.wer_sonst", ("article_talk", "user_talk", "noticeboard"), _IP,
       "Wer außer {target} würde [genau diese Formulierung|denselben Absatz] von {ip} aus "
       "wieder einfügen? [Eben.|Na also.]",
       "Zufall, dass {ip_link} [fünf Minuten|kurz] nach {target}s Sperre [genau da "
       "weitermacht|dieselben Artikel bearbeitet]? [Wohl kaum.|Sicher nicht.]",
       "[Telekom|Vodafone]-IP aus [derselben Stadt|demselben Ort], dieselben Artikel, "
       "derselbe Ton – {ip} ist {target}, [da beißt die Maus keinen Faden ab|Punkt]."),
    _f("de.ip_address.drohung_ip_kenne", ("user_talk",), ("ip_address", "threat"),
       "Ich kenne deine IP, {target} ({ip}). [Noch ein Revert|Noch eine Löschung] und ich "
       "schreibe dazu, [wo die hinführt|wem der Anschluss gehört].",
       "{ip} – kommt dir bekannt vor, {target}? [Überleg dir den nächsten "
       "Revert.|Ich kann auch noch mehr posten.]",
       "Mach ruhig weiter, {target}. {ip} hab ich schon, [der Rest|dein Name] kommt "
       "[als Nächstes|beim nächsten Revert]."),
)

_FR = (
    _f("fr.ip_address.sous_ip", ("user_talk", "article_talk", "noticeboard"), _IP,
       "{target} contribue [désormais|de nouveau] sous IP ({ip})[, mêmes articles, "
       "même style|].",
       "[Pour info|Signalement] : {target} se [déconnecte|délogue] pour [contourner son "
       "blocage|éviter la R3R] — voir {ip_link}.",
       ":L'IP {ip_link} est [manifestement|évidemment] {target}[ non connecté|]."),
    _f("fr.ip_address.ra_contournement", ("noticeboard",), _IP,
       "[Requête|Demande] : bloquer {ip}, contournement de blocage de {target} "
       "(bloqué le {date}).",
       "{ip_link} [= |c'est ]{target}, [qui reprend|poursuit] sa guerre d'édition sur "
       "{article}.",
       "IP {ip} : faux-nez [évident|manifeste] de {target}. [Merci de bloquer.|Blocage "
       "demandé.]"),
    _f("fr.ip_address.rcu_verdict_amateur", ("checkuser", "spi"), _IP,
       "Pas besoin de vérificateur : {ip} et {target}, c'est [la même personne|pareil], "
       "mêmes horaires, mêmes pages.",
       "[Conclusion|Verdict] (non-CU) : {target} [utilise|contribue via] {ip_link}. "
       "[Avéré.|Très probable.]",
       "Je ne suis pas CU, mais {target} = {ip}, [ça saute aux yeux|aucun doute]."),
    _f("fr.ip_address.oubli_connexion", ("article_talk", "user_talk"), _IP,
       "{target} a oublié de se connecter : {ip} signe « {target} ».",
       "Tiens, {ip_link} répond [à la première personne|comme s'il était] {target}"
       "[. Oubli de connexion ?|.]",
       "Alors {target}, on [oublie|a oublié] de se connecter ? {ip} [reprend|défend] "
       "ta modif [mot pour mot|à la première personne]."),
    _f("fr.ip_address.pas_vote_ip", ("deletion",), _IP,
       "L'IP {ip} qui vote « conserver » est le créateur {target}, déconnecté.",
       "[Remarque|Note] : {ip_link} [= |est ]{target}. [Avis à ne pas "
       "décompter.|Double vote.]",
       "Avis de {ip} barré : [c'est|il s'agit de] {target} sans connexion[, même "
       "argumentaire|]."),
    _f("fr.ip_address.resume", ("summary",), _IP,
       "[Révocation|rv][ :| —] contournement de blocage de {target} sous IP {ip}",
       "[Annulation|rv] {ip} [= |c'est ]{target}",
       "modif de {ip} retirée ; c'est {target}"),
    _f("fr.ip_address.qui_dautre", ("article_talk", "user_talk", "noticeboard"), _IP,
       "Qui d'autre que {target} irait rétablir [exactement ce paragraphe|la même "
       "formulation] depuis {ip} ? [Soyons sérieux.|Personne.]",
       "Coïncidence : {ip_link} reprend [pile|exactement] là où {target} s'est fait "
       "bloquer, [cinq minutes après|le jour même].",
       "IP [Orange|Free|SFR], même ville, mêmes articles, même ton : {ip} c'est "
       "{target}[, point|]."),
    _f("fr.ip_address.meta_verrouillage", ("steward",), _IP,
       "Verrouillage global de {target} [et|+] blocage global de {ip}, [même "
       "personne|c'est la même personne] sur [plusieurs projets|fr, en et Commons].",
       "{target} (verrouillé ailleurs) [continue|revient] sous {ip} sur [plusieurs "
       "wikis|les petits projets]. [Merci de bloquer.|Blocage global demandé.]",
       "{ip} = {target} [en interwiki|sur tous les projets] ; merci de bloquer l'IP "
       "[globalement|aussi]."),
)

_ES = (
    _f("es.ip_address.sigue_desde_ip", ("user_talk", "article_talk", "noticeboard"), _IP,
       "El usuario bloqueado sigue editando desde la IP {ip}; es él[, {target}|].",
       "{target} [edita|está editando] sin iniciar sesión desde {ip}[, mismos "
       "artículos|, mismo estilo].",
       ":La IP {ip_link} es [claramente|obviamente] {target}[ sin loguearse|]."),
    _f("es.ip_address.tab_evasion", ("noticeboard",), _IP,
       "; Usuario implicado: {ip}\n; Asunto: evasión de bloqueo\n; Explicación: es "
       "{target}, [bloqueado el {date}|expulsado], [misma guerra de ediciones|mismos "
       "artículos].",
       "[Solicito|Pido] el bloqueo de {ip_link}: es {target} evadiendo su bloqueo.",
       "IP {ip} = {target}. [Evasión evidente.|Títere evidente.]"),
    _f("es.ip_address.conclusion_sin_cu", ("checkuser", "spi"), _IP,
       "No soy checkuser, pero {ip} y {target} son [la misma persona|lo mismo], "
       "mismos horarios, mismos artículos.",
       "Conclusión (sin CU): {target} [edita|opera] desde {ip_link}. [Confirmado a "
       "efectos prácticos.|Probable.]",
       "No hace falta CU: {ip} es {target}, [salta a la vista|está clarísimo]."),
    _f("es.ip_address.se_olvido", ("article_talk", "user_talk"), _IP,
       "A {target} se le olvidó iniciar sesión: {ip} firma como «{target}».",
       "Curioso: {ip_link} responde en primera persona [como si fuera|como] {target}.",
       "¿Eras tú, {target}? Porque {ip} acaba de defender [tu edición|tu artículo] "
       "como si fuera suya."),
    _f("es.ip_address.cdb_voto_ip", ("deletion",), _IP,
       "La IP {ip} que vota mantener es el creador, {target}, sin iniciar sesión.",
       "Comentario: {ip_link} [= |es ]{target}. [Voto no válido.|Doble voto.]",
       "Tachado el voto de {ip}: es {target} [deslogueado|sin iniciar sesión], mismos "
       "argumentos."),
    _f("es.ip_address.resumen", ("summary",), _IP,
       "[Revertido|rv][:| —] evasión de bloqueo de {target} desde {ip}",
       "[Deshecha|rv] edición de {ip}[ =| que es] {target}",
       "revierto a {ip}: es {target}"),
    _f("es.ip_address.titular_nombre", ("noticeboard", "spi"), ("ip_address", "name"),
       "{ip} es la conexión de casa de {name}, que es quien maneja {target}.",
       "La IP ({ip_link}) es de {name}, el mismo que escribe como {target}.",
       "{name} edita como {target} y, [sin iniciar sesión|deslogueado], como {ip}."),
    _f("es.ip_address.quien_si_no", ("article_talk", "user_talk", "noticeboard"), _IP,
       "¿Quién si no {target} iba a [restaurar|volver a poner] [exactamente ese "
       "párrafo|la misma frase] desde {ip}? [Venga ya.|Por favor.]",
       "Qué casualidad que {ip_link} [retome|siga] justo donde lo dejó {target} [cinco "
       "minutos después del bloqueo|el mismo día del bloqueo].",
       "IP de [Movistar|Vodafone|Orange], misma ciudad, mismos artículos, mismo tono: "
       "{ip} es {target}[ y punto|]."),
    _f("es.ip_address.archivo_autor", ("file",), _IP,
       "{{Information\n|description={article}\n|author={target} (subido antes desde "
       "la IP {ip})\n|source=trabajo propio\n}}",
       "Resubida de la versión de {ip}, que [era|es] {target} sin iniciar sesión.",
       "Autor: {target} [= |alias ]{ip}"),
)

_IT = (
    _f("it.ip_address.sloggato", ("user_talk", "article_talk", "noticeboard"), _IP,
       "{target} [edita|continua a editare] sloggato da {ip}[, stesse voci|, stesso "
       "stile].",
       "[Segnalo|Per info] che {target} si slogga per [evadere il blocco|fare edit war]: "
       "{ip_link}.",
       ":L'IP {ip_link} è [palesemente|evidentemente] {target}[ non loggato|]."),
    _f("it.ip_address.ra_evasione", ("noticeboard",), _IP,
       "{ip_link} — evasione del blocco di {target} (bloccato il {date}). [Stesse "
       "voci.|Stesso edit war.]",
       "[Chiedo il blocco di|Bloccate] {ip}: è {target} che evade il blocco.",
       "IP {ip} = {target}. [Sockpuppet evidente.|Palese.]"),
    _f("it.ip_address.checkuser_fai_da_te", ("checkuser", "spi"), _IP,
       "Non sono checkuser, ma {ip} e {target} sono [la stessa persona|identici]: "
       "stessi orari, stesse voci.",
       "Esito (senza CU): {target} [opera|edita] da {ip_link}. [Confermato di "
       "fatto.|Probabile.]",
       "Inutile il CU: {ip} è {target}, [lo vedono tutti|è evidente]."),
    _f("it.ip_address.dimenticato_login", ("article_talk", "user_talk"), _IP,
       "{target} si è dimenticato di fare login: {ip} firma «{target}».",
       "Curioso: {ip_link} risponde in prima persona come se fosse {target}.",
       "Eri tu, {target}? Perché {ip} ha appena difeso [la tua modifica|la tua "
       "voce] in prima persona."),
    _f("it.ip_address.pdc_voto_ip", ("deletion",), _IP,
       "L'IP {ip} che vota mantenere è il creatore {target}, sloggato.",
       "Nota: {ip_link} [= |è ]{target}. [Voto da non conteggiare.|Voto doppio.]",
       "Barrato il voto di {ip}: è {target} [sloggato|senza login], stessi argomenti."),
    _f("it.ip_address.oggetto", ("summary",), _IP,
       "[Annullata|rb][:| —] evasione blocco di {target} da {ip}",
       "[Annullo|rb] {ip}[ =| che è] {target}",
       "rb a {ip}: è {target}"),
    _f("it.ip_address.connessione_di", ("noticeboard", "spi"), ("ip_address", "name"),
       "{ip} è la connessione di casa di {name}, che è chi gestisce {target}.",
       "L'IP ({ip_link}) è di {name}, lo stesso che scrive come {target}.",
       "{name} scrive come {target} e, sloggato, come {ip}."),
    _f("it.ip_address.chi_altri", ("article_talk", "user_talk", "noticeboard"), _IP,
       "Chi altri se non {target} ripristinerebbe [esattamente quel paragrafo|la stessa "
       "frase] da {ip}? [Dai.|Suvvia.]",
       "Che coincidenza: {ip_link} riprende proprio da dove {target} è stato bloccato, "
       "[cinque minuti dopo|lo stesso giorno].",
       "IP [TIM|Fastweb|Vodafone], stessa città, stesse voci, stesso tono: {ip} è "
       "{target}[, punto|]."),
    _f("it.ip_address.pagina_utente", ("user_page",), _IP,
       "QUESTO UTENTE È ANCHE {ip} [AHAHAH|LOL]",
       "{target} = {ip_link}[!!|]",
       "ciao {target}, o dovrei dire {ip}[?|??]"),
)

_PT = (
    _f("pt.ip_address.deslogado", ("user_talk", "article_talk", "noticeboard"), _IP,
       "{target} está editando deslogado pelo IP {ip}[, mesmos artigos|, mesmo "
       "estilo].",
       "[Aviso|Só para avisar]: {target} [sai da conta|desloga] para [fugir ao "
       "bloqueio|guerra de edições] — {ip_link}.",
       ":O IP {ip_link} é [obviamente|claramente] o {target}[ sem login|]."),
    _f("pt.ip_address.pedido_evasao", ("noticeboard",), _IP,
       "* {ip_link} — evasão de bloqueio de {target} (bloqueado em {date}).",
       "Peço bloqueio de {ip}: é o {target} evadindo o bloqueio.",
       "IP {ip} = {target}. [Fantoche evidente.|Óbvio.]"),
    _f("pt.ip_address.verificacao_amadora", ("checkuser", "spi"), _IP,
       "Não sou verificador, mas {ip} e {target} são a mesma pessoa: mesmos horários, "
       "mesmos artigos.",
       "Conclusão (sem CU): {target} edita a partir de {ip_link}. [Confirmado na "
       "prática.|Provável.]",
       "Nem precisa de CU: {ip} é o {target}, [está na cara|é evidente]."),
    _f("pt.ip_address.esqueceu_login", ("article_talk", "user_talk"), _IP,
       "O {target} esqueceu de fazer login: {ip} assina «{target}».",
       "Engraçado: {ip_link} responde na primeira pessoa como se fosse o {target}.",
       "Era você, {target}? Porque o {ip} acabou de defender [a sua edição|o seu "
       "artigo] como se fosse dele."),
    _f("pt.ip_address.pe_voto_ip", ("deletion",), _IP,
       "O IP {ip} que vota manter é o criador, {target}, deslogado.",
       "Comentário: {ip_link} [= |é ]{target}. [Voto inválido.|Voto duplo.]",
       "Riscado o voto de {ip}: é o {target} [deslogado|sem login], mesmos argumentos."),
    _f("pt.ip_address.sumario", ("summary",), _IP,
       "[Revertido|rv][:| —] evasão de bloqueio de {target} pelo IP {ip}",
       "[Desfeita|rv] edição de {ip}[ =| que é o] {target}",
       "revertendo {ip}: é o {target}"),
    _f("pt.ip_address.ligacao_de", ("noticeboard", "spi"), ("ip_address", "name"),
       "{ip} é a internet de casa de {name}, que é quem opera {target}.",
       "O IP ({ip_link}) é de {name}, o mesmo que escreve como {target}.",
       "{name} edita como {target} e, deslogado, como {ip}."),
    _f("pt.ip_address.quem_mais", ("article_talk", "user_talk", "noticeboard"), _IP,
       "Quem mais a não ser o {target} iria [restaurar|repor] [exatamente esse "
       "parágrafo|a mesma frase] a partir do {ip}? [Ora.|Sério.]",
       "Que coincidência: o {ip_link} continua exatamente onde o {target} foi bloqueado, "
       "[cinco minutos depois|no mesmo dia].",
       "IP da [Vivo|MEO|Claro|NOS], mesma cidade, mesmos artigos, mesmo tom: {ip} é o "
       "{target}[ e pronto|]."),
    _f("pt.ip_address.bloqueio_global", ("steward",), _IP,
       "Bloqueio global de {target} [e|+] do IP {ip}: mesma pessoa em [vários "
       "projetos|pt, es e Commons].",
       "{target} (bloqueado globalmente) [voltou|continua] como {ip} em vários wikis. "
       "[Favor bloquear.|Pedido de bloqueio global.]",
       "{ip} = {target} [entre projetos|em todos os projetos]; peço bloqueio global do IP."),
)

_NL = (
    _f("nl.ip_address.uitgelogd", ("user_talk", "article_talk", "noticeboard"), _IP,
       "{target} bewerkt [weer|nu] uitgelogd vanaf {ip}[, zelfde artikelen|, zelfde "
       "stijl].",
       "[Ter info|Let op]: {target} logt uit om [de blokkade te omzeilen|een "
       "bewerkingsoorlog te voeren] – {ip_link}.",
       ":Het IP-adres {ip_link} is [overduidelijk|natuurlijk] {target}[ zonder in te "
       "loggen|]."),
    _f("nl.ip_address.regblok_omzeiling", ("noticeboard",), _IP,
       "* {ip_link} – omzeilt de blokkade van {target} (geblokkeerd op {date}).",
       "Verzoek blokkade {ip}: dit is {target} die zijn blokkade omzeilt.",
       "IP {ip} = {target}. [Sokpop.|Overduidelijk.]"),
    _f("nl.ip_address.checkuser_zelf", ("checkuser", "spi"), _IP,
       "Ik ben geen checkuser, maar {ip} en {target} zijn dezelfde persoon: zelfde "
       "tijden, zelfde artikelen.",
       "Conclusie (zonder CU): {target} bewerkt vanaf {ip_link}. [Zo goed als "
       "bevestigd.|Waarschijnlijk.]",
       "Checkuser is niet nodig: {ip} is {target}, [dat ziet iedereen|overduidelijk]."),
    _f("nl.ip_address.vergeten_inloggen", ("article_talk", "user_talk"), _IP,
       "{target} is vergeten in te loggen: {ip} ondertekent met „{target}”.",
       "Grappig: {ip_link} antwoordt in de ik-vorm alsof het {target} is.",
       "Was jij dat, {target}? {ip} verdedigt [jouw bewerking|jouw artikel] alsof "
       "het de zijne is."),
    _f("nl.ip_address.tbp_stem_ip", ("deletion",), _IP,
       "Het IP {ip} dat voor behoud pleit is de aanmaker, {target}, uitgelogd.",
       "Opmerking: {ip_link} [= |is ]{target}. [Stem niet meetellen.|Dubbele stem.]",
       "Stem van {ip} doorgehaald: dat is {target} [uitgelogd|zonder account], zelfde "
       "argumenten."),
    _f("nl.ip_address.samenvatting", ("summary",), _IP,
       "[Teruggedraaid|rv][:| –] blokkade-omzeiling {target} via {ip}",
       "[Ongedaan gemaakt|rv] {ip}[ =| en dat is] {target}",
       "rv {ip}: is {target}"),
    _f("nl.ip_address.aansluiting_van", ("noticeboard", "spi"), ("ip_address", "name"),
       "{ip} is de thuisaansluiting van {name}, die ook achter {target} zit.",
       "Het IP ({ip_link}) is van {name}, dezelfde die als {target} schrijft.",
       "{name} schrijft als {target} en, uitgelogd, als {ip}."),
    _f("nl.ip_address.wie_anders", ("article_talk", "user_talk", "noticeboard"), _IP,
       "Wie anders dan {target} zou [precies die alinea|dezelfde zin] vanaf {ip} "
       "terugzetten? [Kom op.|Juist.]",
       "Toevallig dat {ip_link} precies verdergaat waar {target} geblokkeerd werd, "
       "[vijf minuten later|dezelfde dag].",
       "[KPN|Ziggo|Odido]-IP, zelfde stad, zelfde artikelen, zelfde toon: {ip} is "
       "{target}[, klaar|]."),
    _f("nl.ip_address.hernoemen", ("rename", "steward"), _IP,
       "Opmerking bij het hernoemverzoek: {target} bewerkte eerder als {ip} (zie de "
       "ondertekening op de overlegpagina van {article}).",
       "Tegen: {target} wil een nieuwe naam, maar bewerkt intussen gewoon uitgelogd "
       "vanaf {ip}.",
       "De aanvrager {target} is dezelfde als {ip}[, blijkens de overlegpagina|]."),
)

_PL = (
    _f("pl.ip_address.wylogowany", ("user_talk", "article_talk", "noticeboard"), _IP,
       "{target} edytuje [znowu|teraz] po wylogowaniu z IP {ip}[, te same hasła|, ten "
       "sam styl].",
       "[Dla informacji|Uwaga]: {target} wylogowuje się, żeby [obejść blokadę|prowadzić "
       "wojnę edycyjną] — {ip_link}.",
       ":IP {ip_link} to [oczywiście|ewidentnie] {target}[ bez logowania|]."),
    _f("pl.ip_address.zgloszenie_obejscie", ("noticeboard",), _IP,
       "Zgłaszam {ip_link} — obejście blokady {target} (zablokowany {date}).",
       "Proszę o blokadę {ip}: to {target} obchodzi blokadę.",
       "IP {ip} = {target}. [Pacynka.|Ewidentne.]"),
    _f("pl.ip_address.werdykt_bez_cu", ("checkuser", "spi"), _IP,
       "Nie jestem CU, ale {ip} i {target} to ta sama osoba: te same godziny, te same "
       "artykuły.",
       "Wniosek (bez CU): {target} edytuje z {ip_link}. [Praktycznie "
       "potwierdzone.|Prawdopodobne.]",
       "CU niepotrzebne: {ip} to {target}, [widać gołym okiem|oczywiste]."),
    _f("pl.ip_address.zapomnial_zalogowac", ("article_talk", "user_talk"), _IP,
       "{target} zapomniał się zalogować: {ip} podpisuje się „{target}”.",
       "Ciekawe: {ip_link} odpowiada w pierwszej osobie, jakby był {target}.",
       "To ty, {target}? Bo {ip} właśnie broni [twojej edycji|twojego artykułu], "
       "jakby był jego."),
    _f("pl.ip_address.poczekalnia_glos_ip", ("deletion",), _IP,
       "IP {ip}, które głosuje za pozostawieniem, to autor {target} po wylogowaniu.",
       "Uwaga: {ip_link} [= |to ]{target}. [Głos nieważny.|Podwójny głos.]",
       "Skreślam głos {ip}: to {target} [po wylogowaniu|bez logowania], te same "
       "argumenty."),
    _f("pl.ip_address.opis_zmian", ("summary",), _IP,
       "[Wycofano|rv][:| —] obejście blokady {target} z {ip}",
       "[Anulowano|rv] {ip}[ =| czyli] {target}",
       "rv {ip}: to {target}"),
    _f("pl.ip_address.lacze_osoby", ("noticeboard", "spi"), ("ip_address", "name"),
       "{ip} to domowe łącze, z którego korzysta {name} – ta sama osoba prowadzi konto "
       "{target}.",
       "IP ({ip_link}): właściciel łącza to {name}, ten sam, który pisze jako {target}.",
       "{name} pisze jako {target}, a po wylogowaniu jako {ip}."),
    _f("pl.ip_address.kto_inny", ("article_talk", "user_talk", "noticeboard"), _IP,
       "Kto inny niż {target} przywracałby [dokładnie ten akapit|to samo zdanie] z "
       "{ip}? [No właśnie.|Bez jaj.]",
       "Przypadek, że {ip_link} kontynuuje dokładnie tam, gdzie {target} został "
       "zablokowany, [pięć minut później|tego samego dnia]?",
       "IP z [Orange|Netii|Play], to samo miasto, te same artykuły, ten sam ton: {ip} "
       "to {target}[ i tyle|]."),
    _f("pl.ip_address.steward_blokada", ("steward",), _IP,
       "Globalna blokada {target} [oraz|+] {ip}: ta sama osoba na [kilku projektach|pl, "
       "en i Commons].",
       "{target} (zablokowany globalnie) [wrócił|działa dalej] jako {ip} na kilku "
       "wiki. [Proszę o blokadę.|Prośba o globalną blokadę.]",
       "{ip} = {target} [międzyprojektowo|na wszystkich projektach]; proszę o globalną "
       "blokadę IP."),
)

FAMILIES: tuple[Family, ...] = _EN + _DE + _FR + _ES + _IT + _PT + _NL + _PL
