"""Hard negatives for contact details and IP ties: same slots and pages as the outing families,
but public organisations, self-disclosure, VRT notes, public figures, businesses, examples and
IP reports with no account tie.
"""

from __future__ import annotations

from synth.family import Family


def _n(fid: str, kinds: tuple[str, ...], *templates: str) -> Family:
    lang, _, exemption, _ = fid.split(".", 3)
    return Family(id=fid, lang=lang, templates=templates, kinds=kinds, flag=False,
                  exemption=exemption)


_EN = (
    _n("en.neg.public_org.article_contact", ("article",),
       "The [museum|library|centre] is [run by|part of] {org}[ and is open Tuesday to "
       "Sunday|]. Enquiries: {org_phone}[, {org_email}|].",
       "{org} is based at {org_address}[; it can be contacted on {org_phone}|].",
       "== Contact ==\n* Address: {org_address}\n* Telephone: {org_phone}\n* Email: "
       "{org_email}",
       "[Group visits|School bookings] must be arranged in advance with {org} "
       "({org_email}, {org_phone})."),
    _n("en.neg.public_org.talk_confirmed_by_email", ("article_talk", "deletion"),
       "I emailed {org} ({org_email}) and they confirmed the [reopening|founding] date; "
       "[it's also|the number {org_phone} is] on their website.",
       "[Per|According to] the reply from {org_email}, the [exhibition|archive] moved to "
       "{org_address} in {year}. [We still need a published source though.|Not "
       "citable, but useful.]",
       "Rang {org} on {org_phone} - [their archivist|the front desk] says the plaque is "
       "from {year}. [I'll look for a source.|Still needs a citation.]"),
    _n("en.neg.self_disclosure.own_page_contact", ("own_user_page",),
       "[Hi|Hello], I'm {name}[, a {job} from {town}|]. [Feel free to|You can] email me "
       "at {email}[ or call {phone}|].",
       "== About me ==\nI'm {given}, [I live in|from] {town}. [My|Personal] contact: "
       "{email}[ · {phone}|]",
       "{{User contact|email={email}}}\nI [mostly|mainly] edit articles about {town}. "
       "[Ping me or write to the address above.|]",
       "[Find me on|I'm also on] {platform}: {profile_url}[ (same name)|]"),
    _n("en.neg.self_disclosure.own_page_ip", ("own_user_page",),
       "I sometimes forget to log in; edits from {ip} ([my university|my workplace|home]) "
       "are mine.",
       "== Alternative accounts ==\nI also edit logged out from {ip} [occasionally|when "
       "travelling]; [it's my office connection|that's me].",
       "Note: [the IP|anonymous edits from] {ip_link} [on|to] my watchlist articles "
       "[were|are] me before I registered."),
    _n("en.neg.vrt.permission_on_file", ("file",),
       "{{Information\n|description={article} [town hall|railway station], "
       "{year}\n|author={name}\n|permission=Permission email from {email} forwarded to "
       "VRT\n}}\n{{VRT pending}}",
       "== Licensing ==\n{{VRT pending|year={year}}}\n[The copyright holder|The "
       "photographer], {name} ({email}), has sent a permission statement.",
       "Permission received by VRT from the [author|copyright holder] ({email}) on "
       "{date}.[ Photo: {name}.|]"),
    _n("en.neg.public_figure.official_socials", ("article", "article_talk"),
       "{public_name}, [the Mayor of {town}|MP for {town}|the club's head coach], "
       "announced [the decision|her resignation] on [her|his] official {platform} account "
       "({handle}).",
       "[Official|Verified] accounts of {public_name}: {profile_url}[ (campaign)|].",
       "The [statement|video] was posted on {public_name}'s verified {platform} "
       "({profile_url}) on {date}[ and widely reported|]."),
    _n("en.neg.no_tie.ip_vandalism_report", ("noticeboard",),
       "* {ip_link} - vandalism after final warning[ (blanking {article})|]. Please "
       "block.",
       "{ip} [keeps|is] adding [nonsense|profanity] to {article}[ after a 4im|]. "
       "[Vandalism-only.|Please block.]",
       "[IP|Anon] {ip_link} [reverted|blocked] - [school IP|shared IP], long history of "
       "vandalism."),
    _n("en.neg.no_tie.range_block_request", ("noticeboard", "steward"),
       "Requesting a range block on {ip6}/64: [rotating|hopping] IPs [vandalising|"
       "spamming] {article} since {date}.",
       "[Global block|Please block] {ip} and neighbours - [open proxy|spambot], "
       "[cross-wiki|on 8 wikis].",
       "Can an admin look at the range around {ip}? [Daily|Repeated] [vandalism|BLP "
       "violations] on {article}, no account involved."),
    _n("en.neg.consented.emailuser", ("user_talk",),
       "[Please|Could you] [email me|use Special:EmailUser] rather than posting your "
       "phone number here[; it's not safe|]. [I've removed it for you.|]",
       "If you'd rather not discuss this publicly, [email me|drop me a line] via "
       "\"Email this user\" in the sidebar.",
       "[Thanks for the mail|Got your email], {target} - I'll [reply|answer] there so "
       "your address stays private."),
    _n("en.neg.example.help_desk", ("noticeboard", "user_talk"),
       "In the infobox, fill in |email= only for organisations, e.g. |email={org_email}. "
       "[Never put a private address there.|Personal addresses get removed.]",
       "[For example|E.g.], the citation template accepts |email={email} but "
       "[it's deprecated|you shouldn't use it]. This is just a made-up example.",
       "The edit filter will catch things like {email_obf} too - that's [an "
       "example|a dummy address], not a real one."),
    _n("en.neg.business.booking_number", ("article", "article_talk"),
       "The [hotel|restaurant|guest house] takes bookings on {org_phone}[ and via "
       "{org_email}|].",
       "[{surname}'s Bistro|The {town} Arms] opened in {year}; [tables|rooms] can be "
       "booked on {org_phone}.",
       "Removed the booking number ({org_phone}) - [we're not a directory|WP:NOTDIR], "
       "not because it's private."),
    _n("en.neg.warning.ask_checkuser", ("user_talk", "spi"),
       "If this carries on I'll [file an SPI|ask a checkuser]; they can compare "
       "[IPs|technical data] privately, so I won't speculate here.",
       "[Please don't|Don't] post IP addresses next to usernames - [send it to|email] "
       "the checkusers instead.",
       "[Declined|Not done]: we don't publicly connect accounts to IPs. [Behavioural "
       "evidence only, please.|Use the private channel.]"),
    _n("en.neg.removed.oversight_note", ("user_talk", "noticeboard", "summary"),
       "[Removed|Redacted] personal information (phone number) per [WP:OUTING|the "
       "outing policy]; oversight requested.",
       "I've [removed|blanked] the [email address|contact details] {target} posted "
       "about [another editor|someone else] and asked for suppression.",
       "[rm|Removed] [personal info|phone/email] - [oversight|suppression] requested"),
)

_DE = (
    _n("de.neg.public_org.artikel_kontakt", ("article", "article_talk"),
       "Träger: {org}[ (dienstags bis sonntags geöffnet)|]. Anschrift: {org_address}, "
       "Telefon: {org_phone}[, E-Mail: {org_email}|].",
       "== Kontakt ==\n* Anschrift: {org_address}\n* Tel.: {org_phone}\n* "
       "{org_email}",
       "Laut Auskunft von {org} ({org_email}) wurde das Gebäude {year} "
       "[saniert|umgebaut]. [Beleg folgt.|Braucht noch einen Beleg.]"),
    _n("de.neg.self_disclosure.eigene_seite", ("own_user_page",),
       "Ich bin {name}, [wohne in|aus] {town} und [arbeite als|bin] {job}. Erreichbar "
       "unter {email}[ oder {phone}|].",
       "== Über mich ==\n[Kontakt|Mail]: {email}\nAusgeloggt editiere ich manchmal als "
       "{ip}.",
       "{{Babel|de|en-2}}\nIch heiße {given}. [Schreibt mir gern|Gern per Mail]: "
       "{email}"),
    _n("de.neg.vrt.freigabe_datei", ("file",),
       "{{Information\n|Beschreibung={article}, [Marktplatz|Bahnhof]\n|Urheber={name}\n"
       "|Genehmigung=Freigabe per Mail von {email} an das Support-Team\n}}",
       "Die Freigabe des Fotografen ({name}, {email}) liegt dem Support-Team vor. "
       "{{VRT pending}}",
       "Genehmigung am {date} per E-Mail ({email}) erteilt; Ticket in Bearbeitung."),
    _n("de.neg.no_tie.ip_vm", ("noticeboard",),
       "{ip_link}\n\nVandalismus in {article} nach Ansprache[, bitte sperren|]. "
       "[Schul-IP.|]",
       "IP {ip} [leert|beschmiert] seit einer Stunde {article}. Bitte sperren.",
       "Range-Sperre für {ip6}/64? Wechselnde IPs, immer {article}."),
    _n("de.neg.public_figure.offizieller_account", ("article",),
       "{public_name}, [Oberbürgermeisterin von {town}|Landtagsabgeordneter], gab den "
       "Rücktritt über [ihren|seinen] offiziellen {platform}-Account ({handle}) bekannt.",
       "Offizielle Website und Profil: {profile_url}",
       "Die Erklärung erschien am {date} auf dem verifizierten Kanal von {public_name} "
       "({profile_url})."),
)

_FR = (
    _n("fr.neg.public_org.article_contact", ("article", "article_talk"),
       "Gestionnaire : {org}. Adresse : {org_address}. Tél. : {org_phone}[ ; "
       "courriel : {org_email}|].",
       "== Informations pratiques ==\n* Adresse : {org_address}\n* Téléphone : "
       "{org_phone}\n* Courriel : {org_email}",
       "J'ai écrit à {org} ({org_email}), qui confirme la date de [fondation|"
       "réouverture]. [Il faut quand même une source publiée.|]"),
    _n("fr.neg.self_disclosure.page_perso", ("own_user_page",),
       "Je m'appelle {name}, j'habite à {town}. [Pour me joindre|Contact] : {email}"
       "[ ou {phone}|].",
       "== Qui suis-je ==\n{job} à {town}. Je contribue parfois sans me connecter "
       "depuis {ip}.",
       "Vous pouvez aussi me suivre sur {platform} : {profile_url}"),
    _n("fr.neg.business.reservation", ("article", "article_talk"),
       "L'hôtel-restaurant [propose|compte] {year} couverts ; réservations au "
       "{org_phone}.",
       "[La crêperie|L'auberge] est ouverte d'avril à octobre (réservation : "
       "{org_phone}, {org_email}).",
       "J'ai retiré le numéro de réservation ({org_phone}) : Wikipédia n'est pas un "
       "annuaire."),
    _n("fr.neg.no_tie.ip_vandalisme", ("noticeboard",),
       "{ip_link} : vandalisme répété sur {article} après avertissement. Merci de "
       "bloquer.",
       "IP {ip} [blanchit|vandalise] {article} depuis ce matin[, IP scolaire|].",
       "Blocage de plage demandé sur {ip6}/64 : IP tournantes, même cible ({article})."),
    _n("fr.neg.consented.ecrire_utilisateur", ("user_talk",),
       "Merci de ne pas laisser votre numéro ici ; utilisez plutôt « Envoyer un courriel "
       "à cet utilisateur ». [Je l'ai masqué.|]",
       "Si tu préfères en parler en privé, écris-moi par la fonction courriel de "
       "Wikipédia.",
       "Bien reçu ton courriel, {target} ; je te réponds par là pour que ton adresse "
       "reste privée."),
)

_ES = (
    _n("es.neg.public_org.articulo_contacto", ("article", "article_talk"),
       "Gestiona: {org}. Sede: {org_address}[; abre de martes a domingo|]. Teléfono: "
       "{org_phone}.",
       "== Contacto ==\n* Dirección: {org_address}\n* Teléfono: {org_phone}\n* Correo: "
       "{org_email}",
       "Escribí a {org} ({org_email}) y me confirmaron la fecha de inauguración[; falta "
       "una fuente publicada|]."),
    _n("es.neg.self_disclosure.pagina_propia", ("own_user_page",),
       "Me llamo {name} y soy {job} en {town}. Podéis escribirme a {email}[ o llamarme "
       "al {phone}|].",
       "== Sobre mí ==\nA veces edito sin iniciar sesión desde {ip}; esas ediciones "
       "son mías.",
       "También estoy en {platform}: {profile_url}"),
    _n("es.neg.vrt.permiso_archivo", ("file",),
       "{{Information\n|description={article}, [plaza mayor|estación]\n|author={name}\n|"
       "permission=Permiso enviado por {email} al VRT\n}}",
       "El autor, {name} ({email}), ha enviado la autorización al VRT. {{VRT pending}}",
       "Permiso recibido por el VRT el {date} desde {email}."),
    _n("es.neg.no_tie.ip_vandalismo", ("noticeboard",),
       "; Usuario implicado: {ip}\n; Asunto: vandalismo\n; Explicación: vandalismo "
       "reiterado en {article} tras aviso.",
       "La IP {ip_link} lleva toda la mañana vandalizando {article}. Bloqueo, por favor.",
       "Solicito bloqueo de rango {ip6}/64: IP dinámicas, siempre {article}."),
    _n("es.neg.public_figure.cuenta_oficial", ("article",),
       "{public_name}, [alcaldesa de {town}|diputado por {town}], anunció su dimisión en "
       "su cuenta oficial de {platform} ({handle}).",
       "Cuentas oficiales de {public_name}: {profile_url}",
       "El comunicado se publicó el {date} en el perfil verificado de {public_name} "
       "({profile_url})."),
)

_IT = (
    _n("it.neg.public_org.voce_contatti", ("article", "article_talk"),
       "Gestore: {org}. Sede: {org_address}. Tel. {org_phone}[, e-mail {org_email}|].",
       "== Contatti ==\n* Indirizzo: {org_address}\n* Telefono: {org_phone}\n* "
       "E-mail: {org_email}",
       "Ho scritto a {org} ({org_email}) e mi hanno confermato la data di apertura[; "
       "serve comunque una fonte|]."),
    _n("it.neg.self_disclosure.pagina_propria", ("own_user_page",),
       "Mi chiamo {name}, vivo a {town} e faccio {job}. Mi trovate a {email}[ o al "
       "{phone}|].",
       "== Chi sono ==\nA volte modifico senza login da {ip}: sono io.",
       "Sono anche su {platform}: {profile_url}"),
    _n("it.neg.business.prenotazioni", ("article", "article_talk"),
       "[La trattoria|L'agriturismo] accetta prenotazioni al {org_phone}.",
       "[Il rifugio|L'albergo] è aperto da giugno a settembre (prenotazioni: "
       "{org_phone}, {org_email}).",
       "Ho tolto il numero per le prenotazioni ({org_phone}): Wikipedia non è un "
       "elenco telefonico."),
    _n("it.neg.no_tie.ip_vandalo", ("noticeboard",),
       "{ip_link} — vandalismi ripetuti su {article} dopo avviso. Blocco, grazie.",
       "L'IP {ip} sta vandalizzando {article} da stamattina[, IP scolastico|].",
       "Chiedo un blocco di range su {ip6}/64: IP dinamici, sempre {article}."),
    _n("it.neg.example.aiuto", ("user_talk", "noticeboard"),
       "Nel template il campo |email= va usato solo per enti, es. |email={org_email}.",
       "Per esempio, un indirizzo come {email} è solo un esempio inventato: non "
       "inserire indirizzi privati.",
       "Il filtro blocca anche scritture tipo {email_obf}; questo è un esempio, non un "
       "indirizzo vero."),
)

_PT = (
    _n("pt.neg.public_org.artigo_contato", ("article", "article_talk"),
       "Gestão: {org}. Morada: {org_address}. Telefone: {org_phone}[; e-mail: "
       "{org_email}|].",
       "== Contactos ==\n* Morada: {org_address}\n* Telefone: {org_phone}\n* E-mail: "
       "{org_email}",
       "Mandei e-mail para {org} ({org_email}) e confirmaram a data de inauguração[; "
       "falta fonte publicada|]."),
    _n("pt.neg.self_disclosure.pagina_propria", ("own_user_page",),
       "Chamo-me {name}, sou {job} em {town}. Podem escrever-me para {email}[ ou ligar "
       "para {phone}|].",
       "== Sobre mim ==\nÀs vezes edito sem login pelo IP {ip}; são minhas essas "
       "edições.",
       "Também estou no {platform}: {profile_url}"),
    _n("pt.neg.vrt.permissao_ficheiro", ("file",),
       "{{Information\n|description={article}, [praça central|estação]\n|author={name}\n"
       "|permission=Permissão enviada por {email} para a VRT\n}}",
       "O autor, {name} ({email}), enviou a autorização para a VRT. {{VRT pending}}",
       "Permissão recebida pela VRT em {date} a partir de {email}."),
    _n("pt.neg.no_tie.ip_vandalismo", ("noticeboard",),
       "* {ip_link} — vandalismo repetido em {article} após aviso.",
       "O IP {ip} está vandalizando {article} desde cedo. Bloqueio, por favor.",
       "Peço bloqueio de faixa {ip6}/64: IPs dinâmicos, sempre {article}."),
    _n("pt.neg.public_figure.conta_oficial", ("article",),
       "{public_name}, [prefeita de {town}|deputado por {town}], anunciou a renúncia na "
       "sua conta oficial do {platform} ({handle}).",
       "Perfis oficiais de {public_name}: {profile_url}",
       "O comunicado foi publicado em {date} no perfil verificado de {public_name} "
       "({profile_url})."),
)

_NL = (
    _n("nl.neg.public_org.artikel_contact", ("article", "article_talk"),
       "Beheer: {org}, {org_address}. Telefoon: {org_phone}[, e-mail: {org_email}|].",
       "== Contact ==\n* Adres: {org_address}\n* Telefoon: {org_phone}\n* E-mail: "
       "{org_email}",
       "Ik heb {org} gemaild ({org_email}); zij bevestigen het openingsjaar[, bron "
       "volgt|]."),
    _n("nl.neg.self_disclosure.eigen_pagina", ("own_user_page",),
       "Ik ben {name}, {job} uit {town}. Mail me gerust: {email}[ of bel {phone}|].",
       "== Over mij ==\nSoms bewerk ik uitgelogd vanaf {ip}; dat ben ik gewoon.",
       "Je vindt me ook op {platform}: {profile_url}"),
    _n("nl.neg.business.reserveren", ("article", "article_talk"),
       "[Het restaurant|De herberg] is open van april tot oktober; reserveren via "
       "{org_phone}.",
       "[Het hotel|De camping] (reserveringen: {org_phone}, {org_email}) werd in {year} "
       "geopend.",
       "Reserveringsnummer ({org_phone}) weggehaald: Wikipedia is geen telefoonboek."),
    _n("nl.neg.no_tie.ip_vandalisme", ("noticeboard",),
       "* {ip_link} – vandalisme op {article} na waarschuwing.",
       "IP {ip} [beklad|leegt] {article} al de hele ochtend. Blokkeren graag.",
       "Verzoek rangeblokkade {ip6}/64: wisselende IP's, steeds {article}."),
    _n("nl.neg.consented.mail_deze_gebruiker", ("user_talk",),
       "Zet je telefoonnummer liever niet hier; gebruik \"E-mail deze gebruiker\". "
       "[Ik heb het weggehaald.|]",
       "Als je het liever privé bespreekt, mail me via de e-mailfunctie van Wikipedia.",
       "Je mail ontvangen, {target}; ik antwoord daar, dan blijft je adres privé."),
)

_PL = (
    _n("pl.neg.public_org.artykul_kontakt", ("article", "article_talk"),
       "Siedziba: {org}, {org_address}. Tel. {org_phone}[, e-mail {org_email}|].",
       "== Kontakt ==\n* Adres: {org_address}\n* Telefon: {org_phone}\n* E-mail: "
       "{org_email}",
       "Napisałem do instytucji ({org_email}) i potwierdzili rok otwarcia[; źródło "
       "dopiszę|]."),
    _n("pl.neg.self_disclosure.wlasna_strona", ("own_user_page",),
       "Nazywam się {name}, mieszkam w mieście {town}. Kontakt: {email}[ lub {phone}|].",
       "== O mnie ==\nCzasem edytuję bez logowania z {ip} — to ja.",
       "Jestem też na {platform}: {profile_url}"),
    _n("pl.neg.vrt.zgoda_plik", ("file",),
       "{{Information\n|description={article}, [rynek|dworzec]\n|author={name}\n|"
       "permission=Zgoda wysłana z {email} do VRT\n}}",
       "Autor, {name} ({email}), przesłał zgodę do VRT. {{VRT pending}}",
       "Zgoda otrzymana przez VRT {date} z adresu {email}."),
    _n("pl.neg.no_tie.ip_wandalizm", ("noticeboard",),
       "Zgłaszam {ip_link} — wandalizm w {article} po ostrzeżeniu.",
       "IP {ip} od rana wandalizuje {article}. Proszę o blokadę.",
       "Prośba o blokadę zakresu {ip6}/64: zmienne IP, zawsze {article}."),
    _n("pl.neg.business.rezerwacje", ("article", "article_talk"),
       "[Pensjonat|Restauracja] przyjmuje rezerwacje pod numerem {org_phone}.",
       "[Schronisko|Hotel] jest czynne od maja do września (rezerwacje: {org_phone}, "
       "{org_email}).",
       "Usunąłem numer do rezerwacji ({org_phone}) — Wikipedia to nie książka "
       "telefoniczna."),
)

FAMILIES: tuple[Family, ...] = _EN + _DE + _FR + _ES + _IT + _PT + _NL + _PL
