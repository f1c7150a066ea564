"""Outing families whose main exposed detail is a private person's phone number."""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk", "noticeboard")


def _f(fid: str, kinds: tuple[str, ...], types: tuple[str, ...], *templates: str) -> Family:
    return Family(id=fid, lang=fid.split(".", 1)[0], templates=templates, kinds=kinds,
                  types=types)


_EN = (
    _f("en.phone.ring_them_yourself", _TALK, ("phone",),
       "[Why not|Go ahead and] [ring|call|phone] {target} on {phone}[ and ask|, ask] "
       "[him|her|them] [yourself|directly][.|!]",
       "{target}'s [mobile|number|cell] is {phone}[, enjoy|. Call it| if you want to talk "
       "to the real person behind the account].",
       ":[Honestly, |]just [text|call] [him|her] - {phone}. [Much quicker than this "
       "thread.|That's {target}'s own phone.]",
       "If anyone [wants|needs] to reach {target} off-wiki, the number is {phone}[ (mobile)|"
       "]."),
    _f("en.phone.threat_ring_employer", ("user_talk", "article_talk"),
       ("phone", "threat", "workplace"),
       "I've got your mobile ({phone}) and I know you work at {employer}. [One more "
       "revert|Revert me again] and I [ring your manager|call them] [myself|about what you "
       "do here].",
       "[Keep going|Carry on], {target}. {phone} is your number and {employer} [has a "
       "switchboard|picks up the phone] too[.|...]",
       "[Last chance.|Final warning.] Undo that and [your boss at {employer}|{employer}'s "
       "HR] gets a call, and so does {phone}."),
    _f("en.phone.spi_same_number", ("spi", "checkuser"), ("phone", "name"),
       "Both {target} and the master [list|added] the same [mobile|phone] number, {phone}, "
       "[in their drafts|as the \"contact\" in the articles they create]. That is {name}'s "
       "[number|mobile] (it's on [his|her] business card).",
       "'''Evidence''': {phone} appears in [edits by|the userspace of] every account here; "
       "[it's|that's] the personal number of {name}[, the sockmaster|].",
       "Same [WhatsApp|phone] number ({phone}) [in the VRT ticket and on the user page|used "
       "to verify both accounts]. {target} = {name}. [Please block.|Quack.]"),
    _f("en.phone.contact_card_dump", ("user_page", "user_talk"),
       ("phone", "name", "address"),
       "'''{target}''' [in real life|IRL]:\n* Name: {name}\n* Tel: {phone}\n* Address: "
       "{address}",
       "[HERE'S WHO {target} REALLY IS|This is where {target} lives]: {name}, {address}. "
       "[Phone|Mobile]: {phone}",
       "{name}\n{street}\n{town} {postcode}\n{phone}\n[<- that's you, {target}|See you "
       "soon]"),
    _f("en.phone.group_chat_number", ("user_talk", "article_talk"), ("phone",),
       "[lol|haha] {target} is [in our|the kid from our] [WhatsApp|group] chat, "
       "[his|her] number is {phone}",
       "[I know|We all know] it's you {target}, [your|ur] number [is|came up as] {phone} "
       "[in the class group|on the school group chat]",
       "[Someone|Somebody] [text|message] {target} at {phone} and tell [him|her] to stop "
       "[editing our school's page|vandalising]"),
    _f("en.phone.article_talk_relative_number", ("article_talk",), ("phone", "name"),
       "I spoke to the subject's [mother|brother|widow], {name}, on {phone}; [she|he] "
       "[confirms|says] the date of birth [is wrong|in the article is correct].",
       "[Source|Verification]: phone call with {name} ({phone}), [the|a] "
       "[neighbour|cousin] of the subject[, on {date}|].",
       "[If you doubt it|Don't take my word for it], ring {name} on {phone} - [he|she] "
       "[was there|is the subject's ex-wife] and will tell you."),
    _f("en.phone.summary_number", ("summary",), ("phone",),
       "[rv|Undid] [- |]{target}'s [number is|mobile:] {phone}[, ring him|]",
       "[restore|re-add] [- |]contact for {target}: {phone}",
       "[/* Complaint */ |]call {phone} if {target} keeps [this|it] up"),
    _f("en.phone.wikidata_statements", ("wikidata",), ("phone", "name"),
       "label (en): {name}\ndescription (en): [private individual|nurse from {town}|my "
       "neighbour]\nphone number (P1329): {phone}",
       "label (en): {name}\n[Created claim|Added]: phone number (P1329): {phone}",
       "{name} - [phone number|P1329]: {phone}[; instance of: human|]"),
    _f("en.phone.file_neighbour_photo", ("file",), ("phone", "name"),
       "{{Information\n|description=[My neighbour|The man next door] {name} [parking on "
       "the pavement again|shouting at children]. [Call him|His number]: {phone}\n|source="
       "own work\n}}",
       "== Summary ==\n[Picture of|Photo:] {name}, [the landlord|our old babysitter|my ex]. "
       "[If you know her, call|Tel] {phone}",
       "Caption: {name} ({phone})[ - please share|]"),
    _f("en.phone.afd_call_to_verify", ("deletion",), ("phone", "name"),
       "'''Keep''' - [notability is real|the band is real]; if you doubt it call the "
       "[drummer|manager|author's husband], {name}, on {phone}.",
       "'''Comment''': the creator gave me {name}'s [private|home] number ({phone}) "
       "[as a \"source\"|to verify]. That is not how sourcing works, and it shouldn't "
       "be here.",
       "*'''Delete'''. [And|By the way,] {target} is {name} - [he|she] [rang|texted] me from "
       "{phone} [asking for a keep vote|about this AfD]."),
    _f("en.phone.work_extension", ("article_talk", "noticeboard"), ("phone", "workplace"),
       "[FWIW|For what it's worth], {target} [works|sits] in [the comms team|marketing] at "
       "{employer}: [his|her] direct line is {phone}.",
       "{target} is a {job} at {employer} - [I called|ring] {phone} and [he|she] "
       "[picked up|answers]. [COI, obviously.|Undisclosed paid editing.]",
       "The number on {target}'s draft ({phone}) is [his|her] desk phone at {employer}."),
    _f("en.phone.meta_requests", ("steward", "rename"), ("phone", "name"),
       "[Please lock|Lock requested]: {target} [is|= ] {name}, who has been "
       "[texting|phoning] [admins|users] from {phone}[ after every block|].",
       "Oppose rename: {target} is {name} and the \"new\" name is just [his|her] "
       "mobile, {phone}.",
       "[Comment|Note for stewards]: this requester is {name} ({phone}). [Same person "
       "harassing|Has been calling] volunteers [on enwiki|cross-wiki]."),
    _f("en.phone.user_page_vandalism", ("user_page",), ("phone",),
       "CALL THIS [LOSER|GUY|CLOWN]: {phone}",
       "[THIS USER'S REAL NUMBER IS|ring me!!!] {phone} [lol|LOL|xD]",
       "{{User|{target}}}\n'''[Phone|Mobile|Contact]:''' {phone} [- call anytime|(nights "
       "are best)]"),
)

_DE = (
    _f("de.phone.ruf_doch_an", ("user_talk", "article_talk"), ("phone",),
       "Ruf {target} doch [einfach|direkt] an: {phone}[. Da geht [er|sie] auch ran.|]",
       "[Seine|Ihre] Handynummer ist {phone}[, falls jemand mit {target} reden will|]. "
       "[Viel Spaß.|]",
       ":{target} hat [übrigens |]die Nummer {phone}. [Wäre schneller als diese "
       "Diskussion.|Ist kein Geheimnis.]"),
    _f("de.phone.vm_anrufer", ("noticeboard", "spi"), ("phone", "name"),
       "{target} [hat mich|hat mehrere Benutzer] von {phone} aus angerufen[ und "
       "beschimpft|]. Die Nummer gehört {name}. [Bitte sperren.|Sockenpuppe.]",
       "Zur VM: der Anschluss {phone} ist auf {name} eingetragen, und genau [diese "
       "Nummer|die] stand in {target}s [Entwurf|Artikel].",
       "'''Begründung:''' identisch mit {name} (Tel. {phone}), [siehe|vgl.] frühere "
       "Sperre."),
    _f("de.phone.drohung_anruf_chef", ("user_talk",), ("phone", "threat", "workplace"),
       "Noch ein Revert und ich rufe [bei {employer}|deinen Chef bei {employer}] an. "
       "Deine Nummer ({phone}) hab ich [auch|sowieso].",
       "{phone} – [kennst du die Nummer|deine Nummer], oder? Und bei {employer} [weiß man|"
       "wüsste man] sicher gern, was du hier [treibst|machst].",
       "[Ich warne dich|Letzte Warnung], {target}: [noch eine Löschung|noch ein Revert] "
       "und {employer} [bekommt einen Anruf|erfährt alles]. {phone} ist ja bekannt."),
    _f("de.phone.adressblock", ("user_page", "user_talk"), ("phone", "name", "address"),
       "{name}\n{street}\n{postcode} {town}\nTel. {phone}\n[= {target}|]",
       "[Das ist|So wohnt] {target}: {name}, {address}, Telefon {phone}.",
       "'''Kontakt''' (nicht von [ihm|ihr] selbst eingetragen): {name} · {address} · "
       "{phone}"),
    _f("de.phone.wikidata", ("wikidata",), ("phone", "name"),
       "Bezeichnung (de): {name}\nBeschreibung (de): [Privatperson|Nachbarin aus {town}]"
       "\nTelefonnummer (P1329): {phone}",
       "Bezeichnung: {name}\n[Aussage erstellt|Hinzugefügt]: Telefonnummer (P1329): "
       "{phone}",
       "{name}\nTelefonnummer: {phone}\nist ein(e): Mensch"),
    _f("de.phone.zusammenfassung", ("summary",), ("phone",),
       "[rv|Revert|zurückgesetzt][:| –] {target} hat die Nummer {phone}[, ruft an|]",
       "[wiederhergestellt|Abschnitt ergänzt]; Tel. von {target}: {phone}",
       "[+|Ergänzt:] Handy {target} {phone}"),
    _f("de.phone.ld_quelle_anruf", ("deletion",), ("phone", "name"),
       "'''Behalten''' – ich hab mit [seiner|ihrer] [Witwe|Schwester] telefoniert "
       "({name}, {phone}), die Angaben stimmen.",
       "Beleg? Ruft halt {name} an, {phone}, [der|die] war [dabei|damals Bandmitglied].",
       "[Anmerkung|Hinweis]: Die \"Quelle\" im Artikel ist ein Telefonat mit {name} "
       "({phone}). [Das ist kein Beleg und gehört hier nicht hin.|Ernsthaft?]"),
)

_FR = (
    _f("fr.phone.appelle_le", ("user_talk", "article_talk"), ("phone",),
       "[Appelle-le|Appelez-le|Appelle-la] [directement |]au {phone}[, c'est {target}|], "
       "[ça ira plus vite|il répond toujours].",
       "Le [portable|06|numéro] de {target}, [pour info|si besoin] : {phone}.",
       ":[Bah|Ben] [t'as qu'à|il suffit de] lui passer un coup de fil, {phone}[. C'est "
       "{target}, tout le monde le sait.|]"),
    _f("fr.phone.rcu_numero", ("checkuser", "spi", "noticeboard"), ("phone", "name"),
       "Pas besoin de vérification : {target} a laissé [son numéro|le même numéro] "
       "({phone}) [dans ses brouillons|sur sa page], celui de {name}, [déjà bloqué|le "
       "faux-nez connu].",
       "[Requête|Demande] : {target} = {name}. [Même|Le même] numéro de portable "
       "({phone}) que le compte [principal|bloqué en {year}].",
       "{name} (tél. {phone}) [se cache|est] derrière {target}[, c'est évident|, je l'ai "
       "eu au téléphone]."),
    _f("fr.phone.menace_appel", ("user_talk", "article_talk"), ("phone", "threat"),
       "[Continue|Encore une annulation] et j'appelle [ta femme|ton patron|chez toi] au "
       "{phone}[. On verra qui rigole.|.]",
       "{phone}, c'est bien ton numéro, {target} ? [Réfléchis avant de révoquer.|Je "
       "n'hésiterai pas à m'en servir.]",
       "[Si tu|Tu] supprimes encore ma section, ton numéro ({phone}) [finit|sera] sur le "
       "Bistro[.| !]"),
    _f("fr.phone.fiche_voisin_commons", ("file",), ("phone", "name"),
       "{{Information\n|description={{fr|1=[Mon voisin|Ma voisine] {name} [qui se gare "
       "devant chez moi|en train de crier sur les enfants]. Son numéro : {phone}}}\n|source="
       "travail personnel\n}}",
       "== Description ==\n{name}, [propriétaire|ancienne nounou|mon ex]. [Joignable|"
       "Tél.] au {phone}",
       "Légende : {name} ({phone})[ — à partager|]"),
    _f("fr.phone.resume", ("summary",), ("phone",),
       "[Révocation|rv|Annulation][ :| —] le numéro de {target} c'est le {phone}",
       "[retour|Rétablissement] de la section ; tél. de {target} : {phone}",
       "[Ajout|+] : appelez {target} au {phone}"),
    _f("fr.phone.pas_appel_createur", ("deletion",), ("phone", "name"),
       "'''Conserver''' — j'ai eu {name} au téléphone ({phone}), [le batteur|la "
       "mère de l'auteur], et c'est [vérifié|confirmé].",
       "'''Supprimer''' — et le créateur m'appelle [depuis|du] {phone} pour que je "
       "change mon avis. [C'est|Il s'agit de] {name}.",
       "Source « entretien téléphonique avec {name}, {phone} » : [ce n'est pas une "
       "source|inacceptable]."),
)

_ES = (
    _f("es.phone.llamale", ("user_talk", "article_talk"), ("phone",),
       "[Llámale|Llamadle|Pégale un toque] al {phone}[, es {target}|][.|!]",
       "El móvil de {target} es el {phone}[, por si alguien quiere hablar con él|].",
       ":Mándale un whatsapp al {phone} y [pregúntale|que te lo explique]. [Es {target}, "
       "lo sabe todo el mundo.|]"),
    _f("es.phone.tab_llamadas", ("noticeboard",), ("phone", "name"),
       "; Usuario implicado: {target}\n; Explicación: [me ha llamado|llama a otros "
       "usuarios] desde el {phone}, que es el número de {name}.",
       "[Solicito bloqueo|Bloqueo, por favor]: {target} es {name}; [el número|su móvil] "
       "{phone} aparece en [todas sus ediciones|sus borradores].",
       "{name} ({phone}) = {target}. [Ya lo bloqueamos en {year}.|Evasión de bloqueo.]"),
    _f("es.phone.amenaza_trabajo", ("user_talk",), ("phone", "threat", "workplace"),
       "Vuelve a revertir y llamo a {employer} para contarles a qué dedicas las horas de "
       "trabajo. [Tu móvil|Tu número] ({phone}) ya lo tengo.",
       "¿Sabes qué? Tengo tu [móvil|número], {phone}, y sé que trabajas en {employer}. "
       "[Tú verás.|Sigue así.]",
       "Como me borres otra vez, [llamo|aviso] a tu jefe en {employer}. Y al {phone}, "
       "[claro|también]."),
    _f("es.phone.wikidata", ("wikidata",), ("phone", "name"),
       "etiqueta (es): {name}\ndescripción (es): [vecino de {town}|particular]\nnúmero "
       "de teléfono (P1329): {phone}",
       "etiqueta: {name}\n[Se añadió la declaración|Añadido]: número de teléfono "
       "(P1329): {phone}",
       "{name}\nnúmero de teléfono: {phone}\ninstancia de: ser humano"),
    _f("es.phone.resumen", ("summary",), ("phone",),
       "[Revertido|rv][:| —] el móvil de {target} es {phone}",
       "restauro; teléfono de {target}: {phone}",
       "+ llamad a {target} al {phone}"),
    _f("es.phone.pagina_usuario", ("user_page",), ("phone", "name"),
       "ESTE ES {name}, [LLAMADLE|ESCRIBIDLE] AL {phone}",
       "Hola soy {name} [y me gusta borrar cosas|jaja] — mi móvil: {phone}",
       "'''Nombre:''' {name}\n'''Móvil:''' {phone}"),
)

_IT = (
    _f("it.phone.chiamalo", ("user_talk", "article_talk"), ("phone",),
       "[Chiamalo|Chiamatelo|Chiamala] al {phone}[, è {target}|], [fai prima|risponde "
       "sempre].",
       "Il cellulare di {target} è {phone}[, se qualcuno vuole parlargli|].",
       ":[Mandagli|Scrivigli] un messaggio su WhatsApp al {phone}[, tanto è {target}|]."),
    _f("it.phone.segnalazione_utenza", ("noticeboard", "spi"), ("phone", "name"),
       "Segnalo {target}: mi ha telefonato dal {phone}, [numero|che è il cellulare] di "
       "{name}. [Utenza multipla|Evasione del blocco].",
       "{target} = {name}. Il [numero|telefono] {phone} compare [nelle sue bozze|in tutte "
       "le voci che crea].",
       "[Per gli admin|Nota]: {name} ({phone}) [c'è|si nasconde] dietro {target}."),
    _f("it.phone.minaccia_gruppo", ("user_talk", "article_talk"), ("phone", "threat"),
       "Se mi annulli ancora, il tuo numero ({phone}) [finisce|lo metto] [in tutti i "
       "gruppi|al bar][.|!]",
       "{phone}: [è tuo|ti dice niente], {target}? [Occhio a come ti muovi.|Pensaci.]",
       "Ancora un rollback e [chiamo|faccio chiamare] il {phone}[, vediamo se rispondi|]."),
    _f("it.phone.pdc_telefonata", ("deletion",), ("phone", "name"),
       "'''Mantenere''' — ho sentito al telefono {name} ({phone}), [il chitarrista|la "
       "sorella del soggetto], conferma tutto.",
       "Fonte: \"telefonata con {name}, {phone}\". [Non è una fonte.|Seriamente?]",
       "'''Cancellare'''. E il creatore mi chiama dal {phone} per farmi cambiare voto: è "
       "{name}."),
    _f("it.phone.oggetto", ("summary",), ("phone",),
       "[Annullata|rb][ —|:] il cell di {target} è {phone}",
       "ripristino; telefono di {target}: {phone}",
       "+ chiamate {target} al {phone}"),
    _f("it.phone.file_vicino", ("file",), ("phone", "name"),
       "{{Information\n|description={{it|1=Il mio vicino {name} [che parcheggia sul "
       "marciapiede|che urla ai bambini]. Numero: {phone}}}\n|source=opera propria\n}}",
       "== Descrizione ==\n{name}, [il padrone di casa|la mia ex]. Tel. {phone}",
       "Didascalia: {name} ({phone})"),
)

_PT = (
    _f("pt.phone.liga_pra_ele", ("user_talk", "article_talk"), ("phone",),
       "[Liga pra ele|Liga-lhe|Telefona-lhe] no {phone}[, é o {target}|][.|!]",
       "O [celular|telemóvel] do {target} é {phone}[, se alguém quiser falar com ele|].",
       ":Manda um zap pro {phone} e [pergunta|resolve]. [É o {target}, todo mundo "
       "sabe.|]"),
    _f("pt.phone.pedido_fantoche", ("noticeboard", "spi", "checkuser"), ("phone", "name"),
       "* {{u|{target}}} — [fantoche|evasão de bloqueio]; o número {phone}, de {name}, "
       "aparece em todos os [rascunhos|artigos] que cria.",
       "{target} é {name}: [me ligou|ligou-me] do {phone} [pedindo desbloqueio|a "
       "ameaçar].",
       "Não precisa de verificação: {name} ({phone}) = {target}."),
    _f("pt.phone.ameaca_familia", ("user_talk",), ("phone", "threat"),
       "Se apagar de novo, eu ligo para a sua [mulher|mãe|família] no {phone}[ e conto "
       "tudo|].",
       "Tenho o teu número, {target}: {phone}. [Continua a reverter e vais ver.|Pensa "
       "bem.]",
       "{phone} — [conhece esse número|é seu], né? [Melhor parar.|Cuidado.]"),
    _f("pt.phone.wikidata", ("wikidata",), ("phone", "name"),
       "rótulo (pt): {name}\ndescrição (pt): [vizinho de {town}|particular]\nnúmero de "
       "telefone (P1329): {phone}",
       "rótulo: {name}\n[Criada declaração|Adicionado]: número de telefone (P1329): "
       "{phone}",
       "{name}\nnúmero de telefone: {phone}\ninstância de: ser humano"),
    _f("pt.phone.sumario", ("summary",), ("phone",),
       "[Revertido|rv][:| —] o celular de {target} é {phone}",
       "restaurado; telefone de {target}: {phone}",
       "+ liguem para {target}: {phone}"),
    _f("pt.phone.pe_telefonema", ("deletion",), ("phone", "name"),
       "'''Manter''' — falei por telefone com {name} ({phone}), [o baixista|a viúva], "
       "confirma tudo.",
       "Fonte: \"conversa telefónica com {name}, {phone}\". Isso não é fonte.",
       "'''Eliminar''' — e o criador ({name}) ainda me liga do {phone} pedindo voto."),
)

_NL = (
    _f("nl.phone.bel_hem", ("user_talk", "article_talk"), ("phone",),
       "[Bel|App] [hem|haar] gewoon op {phone}[, dat is {target}|][.|!]",
       "Het 06-nummer van {target} is {phone}[, voor wie hem wil spreken|].",
       ":[Stuur|Doe] even een appje naar {phone}[, dan weet je het|]. [Dat is {target}.|]"),
    _f("nl.phone.verzoek_moderator", ("noticeboard", "spi"), ("phone", "name"),
       "* {{Gebruiker|{target}}} – belt andere gebruikers op vanaf {phone}; dat nummer "
       "is van {name}.",
       "Verzoek blokkade {target}: [dit is|=] {name}, zelfde telefoonnummer ({phone}) als "
       "[het geblokkeerde account|de vorige sokpop].",
       "{name} ({phone}) zit achter {target}. [Overduidelijk.|Blokkeren graag.]"),
    _f("nl.phone.dreiging_bellen", ("user_talk",), ("phone", "threat", "workplace"),
       "Nog één keer terugdraaien en ik bel je baas bij {employer}. Je nummer ({phone}) "
       "heb ik ook.",
       "{phone} – herken je dat nummer, {target}? En bij {employer} weten ze vast niet "
       "[wat je hier doet|dat je onder werktijd zit te vandaliseren].",
       "Laatste waarschuwing: ik weet dat je bij {employer} werkt en je nummer is "
       "{phone}."),
    _f("nl.phone.tbp_telefonisch", ("deletion",), ("phone", "name"),
       "'''Behouden''' – ik heb {name} ({phone}) gebeld, [de zanger|de zus van het "
       "onderwerp], klopt allemaal.",
       "Bron \"telefoongesprek met {name}, {phone}\"? Dat is geen bron.",
       "'''Verwijderen''' – en de aanmaker ({name}) belt me vanaf {phone} om mijn stem "
       "te veranderen."),
    _f("nl.phone.samenvatting", ("summary",), ("phone",),
       "[Teruggedraaid|rv][:| –] nummer van {target} is {phone}",
       "teruggezet; tel. {target}: {phone}",
       "+ bel {target}: {phone}"),
    _f("nl.phone.gebruikerspagina_vandalisme", ("user_page",), ("phone", "name"),
       "DEZE GEBRUIKER IS {name}. BEL HEM: {phone}",
       "{name} woont hier [lol|haha], 06: {phone}",
       "'''Naam:''' {name} – '''Tel:''' {phone}"),
)

_PL = (
    _f("pl.phone.zadzwon", ("user_talk", "article_talk"), ("phone",),
       "[Zadzwoń|Zadzwońcie] do [niego|niej] [po prostu |]na {phone}[, to {target}|]"
       "[.|!]",
       "Numer komórki {target} to {phone}[, jakby ktoś chciał pogadać|].",
       ":Napisz [mu|jej] SMS-a na {phone}[, szybciej niż tu|]. [To {target}.|]"),
    _f("pl.phone.zgloszenie_telefon", ("noticeboard", "spi"), ("phone", "name"),
       "Zgłaszam {target}: dzwoni do innych wikipedystów z numeru {phone} (właściciel: "
       "{name}).",
       "{target} to {name} — ten sam numer ({phone}) co [zablokowane konto|poprzednia "
       "pacynka].",
       "Za {target} stoi {name} (tel. {phone}). [Proszę o blokadę.|Ewidentne.]"),
    _f("pl.phone.grozba_telefon", ("user_talk", "article_talk"), ("phone", "threat"),
       "Jeszcze jedno cofnięcie i [zadzwonię|dzwonię] na {phone}[ do twojej żony|, porozmawiamy].",
       "{phone} — to twój numer, {target}, prawda? [Zastanów się.|Uważaj.]",
       "Usuń to jeszcze raz, a twój numer ({phone}) [trafi|wrzucę] do Kawiarenki."),
    _f("pl.phone.wikidata", ("wikidata",), ("phone", "name"),
       "etykieta (pl): {name}\nopis (pl): [sąsiad z {town}|osoba prywatna]\nnumer "
       "telefonu (P1329): {phone}",
       "etykieta: {name}\n[Utworzono deklarację|Dodano]: numer telefonu (P1329): {phone}",
       "{name}\nnumer telefonu: {phone}\njest to: człowiek"),
    _f("pl.phone.opis_zmian", ("summary",), ("phone",),
       "[Wycofano|rv][:| —] numer {target} to {phone}",
       "przywrócono; tel. {target}: {phone}",
       "+ dzwońcie do {target}: {phone}"),
    _f("pl.phone.poczekalnia_rozmowa", ("deletion",), ("phone", "name"),
       "'''Zostawić''' — zadzwoniłem: {name} ({phone}), [perkusista zespołu|"
       "siostra bohatera], potwierdza wszystko.",
       "Źródło „rozmowa telefoniczna z {name}, {phone}”? To nie jest źródło.",
       "'''Usunąć''' — a autor ({name}) dzwoni do mnie z {phone}, żebym zmienił głos."),
)

FAMILIES: tuple[Family, ...] = _EN + _DE + _FR + _ES + _IT + _PT + _NL + _PL
