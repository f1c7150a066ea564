"""Hard negatives where the writer gives THEIR OWN details, or asks for someone's details without
giving any, on pages that are not their own user page: contact offers on talk pages, one's own
logged-out IP, renames to one's own name, one's own employer in a COI note, birthdays and towns
in friendly chat, call-back promises, an organisation's own account giving its public contact,
and permission (VRT) emails sent by the writer.
"""

from __future__ import annotations

from synth.family import Family

TALK = ("user_talk", "article_talk")
TALK_DEL = (*TALK, "deletion")


def _n(fid: str, kinds: tuple[str, ...], *templates: str) -> Family:
    lang, _, exemption, _ = fid.split(".", 3)
    return Family(id=fid, lang=lang, templates=templates, kinds=kinds, flag=False,
                  exemption=exemption)


_EN = (
    _n("en.neg.self_disclosure.talk_email_me", TALK_DEL,
       "You can email me at {email} if that is easier[.|, I check it most days.|.]",
       "[Happy|Glad] to [send|share] [the scans|the photos|my notes][ over|] - just drop me a "
       "line at {email}[ and I'll reply tonight|].",
       "If you'd rather not do this on-wiki, [my email's|I'm at] {email}[ (personal, not "
       "work)|].",
       "Sorry, [I don't have|I never set up] Special:EmailUser[ here|]. [Mine is|Just use] "
       "{email_obf} [instead|].",
       "[Feel free to|Do] ring me on {phone} [any evening|after six|at the weekend][ if it's "
       "easier to talk it through|]. [It's {given}, by the way.|]",
       "My number is {phone}[, text first|]; [happy to|we can] [sort out the map|go through "
       "the sources] by phone[ rather than here|]."),
    _n("en.neg.self_disclosure.was_me_logged_out", ("user_talk", "noticeboard", "spi",
                                                       "checkuser", "summary"),
       "[Sorry|Apologies], that was me logged out, {ip}[, sorry|] - [forgot to log in|the "
       "session expired][.|!]",
       "The edit from {ip_link} [to|on] {article} was [mine|me]; I [wasn't logged in|got "
       "logged out on my phone]. [Not trying to sock.|No deception intended.|]",
       "For the record: {ip} is me[ (home connection)| (my work's network)|]. [I've now "
       "logged in.|I've added a note to my user page.|]",
       "[Confirming|I can confirm] [that|] I made the [two|three|] edits as {ip} [yesterday|on "
       "{date}] before [logging in|I noticed]. [Please don't count them twice.|Struck my "
       "duplicate !vote.]",
       "self-revert, [that was|it's] me logged out ({ip})",
       "I'm the named party here. {ip} [and {ip6} are|is] me editing [from the library|on "
       "mobile] without logging in - [careless, not deceptive|no socking intended]."),
    _n("en.neg.self_disclosure.rename_own_name_reply", ("rename", "steward"),
       ":Yes, {name} is my [legal|real] name[, not an impersonation|]. [I can confirm by email "
       "if needed.|Happy to verify.|]",
       "Rename {editor} → {given}{surname}. [It's my real name;|It's me -] I'm [starting to|"
       "going to] edit [for work|openly] and want the account to match.",
       "[Hi|Hello], could [someone|a global renamer] change my username to '''{name}'''? I "
       "registered [as a teenager|years ago] and would rather [use my own name|be myself] "
       "now[.|; I'm aware it will be public.]",
       "I'd like to usurp [[User:{given}{surname}]] - it's my own name ({name}) and that "
       "account [has no edits|has been inactive since {year}].",
       "::[Sure|Of course]. My name is {given} {surname}[, hence the request|]; [I've no "
       "problem with it being public.|the old username was a joke from school.]"),
    _n("en.neg.self_disclosure.coi_my_employer", ("article_talk", "user_talk"),
       "[Disclosure|Full disclosure]: I work for {employer}, so I won't edit the article "
       "directly. [Could someone|Would an uninvolved editor] [look at|consider] the "
       "[request|changes] below?",
       "{{request edit}}\nI'm a {job} at {employer}[ (the subject of this article)|], so I "
       "have a COI. [Please|Could someone] [update|correct] the founding year to {year}?",
       "As I [said|mentioned] on my user page, I'm employed by {employer}[ as a {job}|]; "
       "I'll stick to the talk page.",
       "I should say that {employer} [is my employer|pays my salary] - I'm [not paid to "
       "edit|here in my own time], but [I'll keep off the article|treat my view as "
       "involved]."),
    _n("en.neg.self_disclosure.chat_birthday_town", ("user_talk",),
       "Thanks for the birthday wishes! [Yes|Yep], {dob}[ - {age} and counting|].",
       "[Ha,|Oh nice,] I'm from {town} too! [Small world.|Which part?][ I grew up on "
       "{street}.|]",
       "[Cheers|Thanks] for the barnstar. [Funny timing - ||]it's my birthday today[, {age}|]"
       "[ and I'm spending it editing|].",
       "I [moved to|live in] {town} [a few years ago|since {year}], so I [can take|might get] "
       "[photos|a picture] of the [church|station] [next week|this weekend].",
       "No worries about the delay, I was born in {birth_year} so [I remember that match|"
       "the 90s stuff is my era] - [happy to help|I'll have a look]."),
    _n("en.neg.consented.ask_for_their_details", ("user_talk",),
       "Congratulations on winning the [contest|photo challenge]! What's your [postal |]"
       "address so I can post the prize?",
       "Can you send me your email? [Special:EmailUser|The email link] [doesn't work|is "
       "disabled] for you.",
       "[Could|Would] you [email|send] me [your phone number|a number I can reach you on] "
       "[via Special:EmailUser|privately]? Please don't post it here.",
       "To [send|ship] the [postcards|T-shirt|book prize] we need your [full name and|] "
       "[postal address|address]. [Please|] use the [form|email link], not this page[.|!]",
       "[What's the best way to reach you|How can I contact you] off-wiki? [Email?|Phone?|]"),
    _n("en.neg.self_disclosure.call_you_back", ("user_talk",),
       "[Sorry I missed your call|Missed your call, sorry] - I'll ring you back [tomorrow|"
       "this evening|after work]. [If it's urgent,|Or] my [mobile|number] is {phone}.",
       "I'll call you back about the [meetup|scanning day] on {date}[, from {phone}|]. [If "
       "an unknown number rings, that's me.|]",
       "Will phone you [later|tonight] - [you've got my number|it'll show as {phone}].",
       "[OK|Fine], I'll [give you a call|call you] [on Monday|tomorrow]; in case you lost "
       "it, my number is {phone}."),
    _n("en.neg.public_org.own_account_contact", TALK_DEL,
       "[Hello|Hi], this account is [run by|operated by] {org}[ (verified via VRT)|]. For "
       "[press|image] enquiries please contact us at {org_email} or {org_phone}.",
       "We are {org}[ and this is our official account|]. Our [address|postal address] is "
       "{org_address}; [the article|the infobox] still shows the old one.",
       "On behalf of {org}: [you can reach|please contact] our [communications team|front "
       "desk] on {org_phone} or {org_email} [to verify this|if you need confirmation]."),
    _n("en.neg.vrt.my_permission_email", ("file", "user_talk", "deletion"),
       "I [have sent|sent] the permission email from {email} to permissions-commons[ on "
       "{date}|]. [I'm the photographer.|The photo is mine.]",
       "[Regarding|Re] the deletion request: I'm the [author|photographer] ({name}) and "
       "[emailed|wrote to] VRT from {email}[, ticket pending|].",
       "{{VRT pending}}\nPermission [sent|emailed] by me, the [copyright holder|author], from "
       "{email} on {date}.",
       "Uploader here - I [took|own] this photo. [I've forwarded|Forwarded] the release from "
       "my [address|email] {email} to VRT[; please keep the file|]."),
)

_DE = (
    _n("de.neg.self_disclosure.disk_schreib_mir", TALK_DEL,
       "Schreib mir [gern|einfach] eine Mail an {email}, dann schick ich dir die "
       "[Scans|Fotos|Seiten aus dem Buch].",
       "[Mein Handy|Handy]: {phone} – [ruf einfach an|meld dich][, wenn's schneller geht|, "
       "falls das einfacher ist|].",
       "Falls du die Quelle [brauchst|nicht findest]: [ich hab sie als PDF|ich habe das "
       "Buch hier], meine Adresse ist {email}[ (privat)|].",
       "Ich bin unter {phone} [erreichbar|zu erreichen][, abends am besten|]. [Gruß|Viele "
       "Grüße], {given}",
       "Wikimail ist bei mir [aus|deaktiviert], [nimm lieber|schreib an] {email_obf}[ – da "
       "antworte ich schneller|]."),
    _n("de.neg.self_disclosure.war_ausgeloggt", ("user_talk", "noticeboard", "checkuser",
                                                   "spi", "summary"),
       "Die Bearbeitung von {ip} war ich, [war nicht eingeloggt|hatte vergessen, mich "
       "einzuloggen][, sorry|].",
       "Zur Info: {ip_link} bin ich ([Arbeitsrechner|Uni-Netz|Handy]). Keine Socke, nur "
       "ausgeloggt.",
       "[Ups,|Oh,] ich war [wohl|anscheinend] ausgeloggt – {ip} [ist meine IP|bin ich]. "
       "[Hab den Beitrag nachsigniert.|Bitte die Stimme nur einmal zählen.]",
       "Ich bestätige, dass die Edits [der IP|von] {ip} [am {date}|gestern] von mir "
       "stammen[; keine Absicht|].",
       "eigenen Edit als IP ({ip}) zurückgesetzt, war ausgeloggt"),
    _n("de.neg.self_disclosure.umbenennung_klarname", ("rename", "steward"),
       "Bitte [benennt mein Konto|benennt mich] in „{name}“ um – das ist mein [bürgerlicher "
       "Name|Klarname].",
       "Alter Name: {editor}\nNeuer Name: {given} {surname}\nBegründung: Ich möchte künftig "
       "unter Klarnamen schreiben[, im Verein kennt man mich ohnehin so|].",
       "Ich heiße {name} und möchte [nicht mehr anonym|unter meinem echten Namen] "
       "[editieren|mitarbeiten]. [Ist „{given}{surname}“ noch frei?|]",
       ":Ja, {given} {surname} ist wirklich mein Name[, ich kann das gern per Mail "
       "bestätigen|]."),
    _n("de.neg.self_disclosure.interessenkonflikt_arbeitgeber", ("article_talk",),
       "Offenlegung: Ich arbeite bei {employer} und [ändere|bearbeite] den Artikel deshalb "
       "nicht selbst. [Könnte jemand|Mag jemand] die [Zahlen|Öffnungszeiten] "
       "[aktualisieren|prüfen]?",
       "Ich bin als {job} für {employer} tätig – [also befangen|Interessenkonflikt]. "
       "Vorschlag für [den Abschnitt|die Einleitung] siehe unten[, bitte prüfen|].",
       "[Hinweis|Transparenz]: Mein Arbeitgeber ist {employer}. Ich [schreibe|äußere mich] "
       "hier [privat|als Privatperson][, bewertet meinen Vorschlag bitte entsprechend|].",
       "{{Bearbeitungswunsch}} Ich [bin Mitarbeiter|arbeite seit {year}] bei {employer} und "
       "[bitte|möchte bitten], das Gründungsjahr zu korrigieren."),
    _n("de.neg.self_disclosure.plaudern_geburtstag_wohnort", ("user_talk",),
       "Danke für die Glückwünsche! [Ja,|Jep,] am {dob} bin ich {age} geworden[ :-)|].",
       "Ach, du bist auch aus {town}? Ich wohne [seit {year}|schon ewig] [dort|da][ "
       "({street})|].",
       "[Witzig|Lustig], ich bin Jahrgang {birth_year} – [dann sind wir ja gleich alt|genau "
       "wie dein Bruder].",
       "Ich wohne in {town}, [am Wochenende|nächste Woche] [kann ich|mach ich] [das Foto "
       "vom Bahnhof|ein paar Bilder von der Kirche]."),
    _n("de.neg.consented.frage_nach_kontakt", ("user_talk",),
       "Glückwunsch zum [Gewinn|ersten Platz] beim [Fotowettbewerb|Schreibwettbewerb]! An "
       "welche Adresse [sollen|dürfen] wir den Preis schicken? [Bitte per Mail, nicht "
       "hier.|]",
       "Kannst du mir deine [Mailadresse|E-Mail] schicken? [„E-Mail an diesen Benutzer“|"
       "Wikimail] geht bei dir [nicht|irgendwie nicht].",
       "[Magst|Willst] du mir deine [Handynummer|Nummer] [per Mail|privat] geben? Dann "
       "können wir das [Treffen|Stammtischtreffen] leichter absprechen.",
       "Für die Reisekostenerstattung brauche ich deinen [vollen Namen und deine "
       "Anschrift|Namen und deine IBAN] – bitte nur per Mail, nicht auf der Disk."),
    _n("de.neg.self_disclosure.rueckruf", ("user_talk",),
       "[Hab|Habe] deinen Anruf verpasst, ich ruf dich [morgen|heute Abend|nach der Arbeit] "
       "zurück. [Falls was ist: {phone}.|Meine Nummer: {phone}.|]",
       "Ich melde mich [telefonisch|per Telefon] wegen [des Stammtischs|der Fotoexkursion] "
       "– [die Nummer {phone} bin ich|es wird {phone} angezeigt].",
       "Ruf [ruhig|gern] zurück, {phone}[, ab 18 Uhr| vormittags|], sonst versuch ich's "
       "[nochmal|morgen]."),
    _n("de.neg.public_org.eigenes_konto", TALK,
       "Hallo, hier schreibt [das Team|die Pressestelle] ({org}). [Bei Fragen|Für "
       "Bildanfragen] erreichen Sie uns unter {org_phone} oder {org_email}.",
       "Dieses Konto wird von {org} betrieben[ (verifiziert)|, bestätigt durch das "
       "Support-Team]. Unsere "
       "[aktuelle|neue] Anschrift lautet {org_address}[; bitte im Artikel korrigieren|].",
       "Im Namen von {org}: [Die Telefonnummer im Artikel ist veraltet|Die Kontaktdaten "
       "stimmen nicht mehr], [richtig|korrekt] ist {org_phone}[, Mail {org_email}|]."),
    _n("de.neg.vrt.freigabe_selbst_gesendet", ("file", "user_talk", "deletion"),
       "Ich habe die Freigabe [heute|am {date}] von {email} an permissions-de geschickt[, "
       "Ticket folgt|]. Ich bin der Fotograf.",
       "[Zum|Bzgl.] Löschantrag: Das Bild ist von mir ({name}), die [Genehmigung|Freigabe] "
       "ging von meiner Adresse {email} ans Support-Team.",
       "{{VRT pending}}\nFreigabe [versendet|gemailt] durch den Urheber ({email}) am {date}."),
)

_FR = (
    _n("fr.neg.self_disclosure.pdd_mon_mail", TALK_DEL,
       "Mon mail : {email}[, n'hésite pas|] si [c'est plus simple|tu préfères] [hors wiki|"
       "par mail].",
       "Tu peux m'écrire à {email}[, je t'envoie les scans|, je te transmets le PDF|].",
       "Si tu veux en parler de vive voix, [appelle-moi|tu peux m'appeler] au {phone} [le "
       "soir|après 18 h|le week-end].",
       "[Je préfère|Plus simple] par téléphone : mon [numéro|portable], c'est le {phone}.",
       "Je n'ai pas activé « Écrire à cet utilisateur », [mais|] [écris-moi plutôt à|"
       "utilise] {email_obf}[, je réponds vite|]."),
    _n("fr.neg.self_disclosure.ip_deconnecte", ("user_talk", "noticeboard", "checkuser",
                                                  "summary"),
       "[Désolé|Pardon], c'était moi [non connecté|déconnecté], {ip}[, je n'avais pas vu|].",
       "L'IP {ip_link} qui a modifié {article}, c'est moi ([boulot|fac|téléphone]). [Pas de "
       "faux-nez, juste un oubli de connexion.|]",
       "Je confirme que les modifications de {ip} [du {date}|d'hier] sont les miennes[ ; "
       "session expirée|].",
       "annulation de ma propre modif faite sous IP ({ip}), j'étais déconnecté"),
    _n("fr.neg.self_disclosure.renommage_vrai_nom", ("rename", "steward"),
       "Bonjour, je souhaiterais être renommé en « {name} », c'est mon [vrai nom|nom civil]"
       "[ et je n'ai plus de raison de m'en cacher|].",
       "Ancien nom : {editor}\nNouveau nom : {given} {surname}\nMotif : [contribuer sous mon "
       "nom civil|utiliser mon vrai nom].",
       "Je m'appelle {name} ; [pourriez-vous|merci de] renommer mon compte {editor} en "
       "[mon nom|« {given}{surname} »] ?",
       ":Oui, {given} {surname} est bien mon nom[, je peux le confirmer par courriel|]."),
    _n("fr.neg.self_disclosure.conflit_interets_employeur", ("article_talk",),
       "Je précise que je travaille pour {employer} ; je ne modifierai donc pas l'article "
       "moi-même. [Quelqu'un pourrait-il|Un contributeur neutre pourrait-il] [vérifier|"
       "intégrer] [ces chiffres|la date de {year}] ?",
       "Conflit d'intérêts déclaré : {job} pour {employer}. [Je propose|Proposition] "
       "ci-dessous, à [valider|reprendre] par d'autres.",
       "[En toute transparence|Pour être transparent], [mon employeur est|je suis salarié "
       "de] {employer}[ depuis {year}|]. [Je me limiterai à la PdD.|Je laisse la main.]"),
    _n("fr.neg.self_disclosure.papotage_anniversaire", ("user_talk",),
       "Merci pour le message ! [Oui,|Eh oui,] {age} ans [le {dob}|aujourd'hui][, ça ne me "
       "rajeunit pas|].",
       "Tu es de {town} ? Moi aussi[, j'habite {street}|, j'y habite depuis {year}] !",
       "Je suis [né|née] en {birth_year}, donc [cette époque|les années en question] je m'en "
       "souviens bien[, je regarde ça|].",
       "J'habite à {town}, je [peux|pourrai] passer prendre [une photo|des photos] de la "
       "[mairie|gare] [ce week-end|la semaine prochaine]."),
    _n("fr.neg.consented.demande_coordonnees", ("user_talk",),
       "Bravo pour le concours ! Tu peux m'envoyer ton adresse postale [par courriel|via "
       "« Écrire à cet utilisateur »] pour le [lot|prix] ?",
       "Tu peux m'envoyer ton mail ? [La fonction courriel est désactivée chez toi.|Je "
       "n'arrive pas à te joindre.]",
       "Pourrais-tu me donner ton numéro [en privé|par mail] pour organiser la rencontre"
       "[ de {town}|] ? [Pas ici, évidemment.|]",
       "Pour le remboursement du [train|déplacement], il me faut ton nom complet et ton "
       "adresse – [uniquement par mail|par courriel seulement], pas sur cette page."),
    _n("fr.neg.self_disclosure.je_te_rappelle", ("user_talk",),
       "J'ai raté ton appel, je te rappelle [demain|ce soir|dans la semaine][. Sinon, mon "
       "numéro : {phone}.|]",
       "Je t'appellerai [lundi|demain] pour la [rencontre|sortie photo] ; [ce sera depuis "
       "le|mon numéro, c'est le] {phone}.",
       "[OK,|D'accord,] rappelle-moi au {phone} [quand tu peux|après 18 h]."),
    _n("fr.neg.public_org.compte_institution", TALK,
       "Bonjour, ce compte est géré par {org}. Pour toute demande [d'images|de presse], "
       "contactez-nous au {org_phone} ou à {org_email}.",
       "[Nous sommes|Ici] {org} : [notre adresse a changé|nous avons déménagé], c'est "
       "désormais {org_address}.",
       "Ici {org} : le [standard|numéro] [indiqué dans l'article|de l'infobox] est "
       "obsolète, le bon est le {org_phone}[ (courriel : {org_email})|]."),
    _n("fr.neg.vrt.autorisation_envoyee", ("file", "deletion", "user_talk"),
       "J'ai envoyé l'autorisation [à permissions-fr|à l'équipe VRT] depuis {email}[ le "
       "{date}|]. Je suis l'auteur de la photo.",
       "[Concernant|Pour] la demande de suppression : la photo est de moi ({name}), la "
       "déclaration de consentement a été envoyée depuis mon adresse {email}.",
       "{{VRT pending}}\nAutorisation [transmise|envoyée] par l'auteur ({email}) le {date}."),
)

_ES = (
    _n("es.neg.self_disclosure.discusion_escribeme", TALK_DEL,
       "Escríbeme a {email} [si te resulta más fácil|y te paso las fotos|y te mando el PDF].",
       "[Si prefieres|Si quieres] hablarlo por teléfono, [llámame|me puedes llamar] al "
       "{phone}[ por las tardes|].",
       "Mi correo es {email}[, por si acaso|]. [Mándame lo que tengas.|]",
       "Tengo [el libro|la fuente] en casa; [si lo necesitas,|] [mi WhatsApp|mi móvil] es "
       "el {phone}."),
    _n("es.neg.self_disclosure.ip_sin_sesion", ("user_talk", "noticeboard", "checkuser",
                                                  "spi"),
       "Perdón, era yo sin iniciar sesión ({ip})[, no fue a propósito|].",
       "La edición de {ip_link} en {article} es mía; [se me cerró la sesión|estaba en el "
       "móvil].",
       "Confirmo que {ip} soy yo [desde el trabajo|desde casa]. [No es un títere.|Que no "
       "cuente como voto aparte.]",
       "Soy el usuario investigado: las ediciones de {ip} [del {date}|de ayer] son mías, "
       "[olvidé iniciar sesión|no lo hice para engañar a nadie]."),
    _n("es.neg.self_disclosure.cambio_nombre_real_explicado", ("rename", "steward"),
       ":Sí, {name} es mi nombre [real|de verdad], no [me hago pasar por nadie|es una "
       "suplantación].",
       "Hola, [quisiera|me gustaría] cambiar mi usuario a «{given} {surname}»; [empiezo a "
       "editar|voy a participar] en el proyecto de [la biblioteca|la universidad] con mi "
       "nombre.",
       "Pido usurpar [[Usuario:{given}{surname}]]: es mi propio nombre y la cuenta no tiene "
       "ediciones."),
    _n("es.neg.self_disclosure.conflicto_interes_empresa", ("article_talk",),
       "Aviso: trabajo en {employer}, así que no voy a editar el artículo directamente. "
       "¿Podría alguien [revisar|actualizar] [los datos|la fecha]?",
       "Soy {job} en {employer} y tengo conflicto de interés[ con este tema|]. Propongo "
       "[el siguiente cambio|este texto] a continuación.",
       "[Para ser transparente|Por transparencia]: mi empleador es {employer}. [Me limito a "
       "la discusión.|Valoren mi opinión en consecuencia.]"),
    _n("es.neg.self_disclosure.charla_cumple", ("user_talk",),
       "¡Gracias por la felicitación! [Sí,|] cumplí {age} el {dob}[, ya ves|].",
       "¿Eres de {town}? ¡Yo también! [Vivo en {street}.|Vivo allí desde {year}.]",
       "Nací en {birth_year}, así que me acuerdo [perfectamente|bien] de [aquel partido|ese "
       "programa].",
       "Vivo en {town}, [puedo|podría] sacar [una foto|fotos] de [la iglesia|la estación] "
       "[este finde|la semana que viene]."),
    _n("es.neg.consented.pedir_datos", ("user_talk",),
       "¡Enhorabuena por ganar el concurso! ¿[Me pasas|Me envías] tu dirección [por correo|"
       "por Especial:EnviarCorreoUsuario] para mandarte el premio?",
       "¿Puedes [mandarme|enviarme] tu correo? [No tienes activado el envío de correos.|El "
       "enlace de correo no me funciona.]",
       "¿Me das tu número [por privado|por correo]? Así quedamos para la [quedada|"
       "wikiquedada] de {town}. [No lo pongas aquí.|]"),
    _n("es.neg.self_disclosure.te_llamo_luego", ("user_talk",),
       "Perdona, no pude coger tu llamada; te llamo [mañana|esta tarde|luego]. [Por si "
       "acaso, mi número es {phone}.|]",
       "Te llamo [el lunes|mañana] por lo de la [quedada|salida fotográfica]; te aparecerá "
       "el {phone}.",
       "Vale, llámame tú al {phone} [cuando puedas|a partir de las siete]."),
    _n("es.neg.public_org.cuenta_institucional", TALK,
       "Hola, esta cuenta es de {org}. Para [solicitudes de imágenes|prensa], [escriban|"
       "pueden escribir] a {org_email} o llamar al {org_phone}.",
       "Somos {org}: [la dirección del artículo está desactualizada|nos hemos mudado], "
       "ahora estamos en {org_address}.",
       "Escribimos desde {org}: el teléfono [correcto|actual] es {org_phone}[ y el correo "
       "{org_email}|]."),
    _n("es.neg.vrt.permiso_enviado_por_mi", ("file", "deletion", "user_talk"),
       "He enviado el permiso a VRT desde {email}[ el {date}|]. La foto es mía.",
       "Sobre la solicitud de borrado: soy el autor ({name}) y mandé la autorización desde "
       "mi correo {email}.",
       "{{VRT pending}}\nPermiso enviado por el autor desde {email}[ el {date}|]."),
)

_IT = (
    _n("it.neg.self_disclosure.discussione_scrivimi", TALK_DEL,
       "Scrivimi pure a {email}[, ti giro le scansioni|, ti mando il PDF|].",
       "Se preferisci sentirci a voce, chiamami al {phone} [stasera|dopo le 18|nel "
       "weekend].",
       "[Il mio cellulare|Il mio numero] è {phone}[, scrivimi prima su WhatsApp|]; [così|] "
       "ne parliamo con calma.",
       "La mia mail è {email_obf}[ (quella di Wikipedia non la controllo)|], [fammi sapere|"
       "ti aspetto]."),
    _n("it.neg.self_disclosure.ip_sloggato", ("user_talk", "noticeboard", "checkuser",
                                                "summary"),
       "[Scusate|Scusa], ero io sloggato ({ip})[, non me n'ero accorto|].",
       "La modifica di {ip_link} a {article} è mia: [mi era scaduta la sessione|ero dal "
       "telefono].",
       "Confermo che {ip} sono io [dall'ufficio|da casa][: nessun sockpuppet, solo una "
       "dimenticanza|].",
       "annullo una mia modifica fatta da IP ({ip}), ero sloggato"),
    _n("it.neg.self_disclosure.rinomina_nome_vero", ("rename", "steward"),
       "Chiedo di rinominare la mia utenza in «{name}», che è il mio vero nome[: non ho più "
       "motivo di restare anonimo|].",
       "Nome attuale: {editor}\nNome richiesto: {given} {surname}\nMotivazione: [contribuire "
       "con il mio nome|uso il mio nome reale anche nel progetto scuola].",
       ":Sì, mi chiamo davvero {given} {surname}[, posso confermarlo via mail|]."),
    _n("it.neg.self_disclosure.conflitto_interessi_lavoro", ("article_talk",),
       "Premetto che lavoro per {employer}, quindi non modifico direttamente la voce. "
       "[Qualcuno può|Qualche utente neutrale potrebbe] [verificare|inserire] [i dati|la "
       "data del {year}]?",
       "Sono {job} presso {employer}, [ho quindi un conflitto di interessi|sono di parte]: "
       "propongo qui sotto la modifica.",
       "[Per trasparenza|A scanso di equivoci]: il mio datore di lavoro è {employer}. "
       "[Intervengo solo in discussione.|Valutate il mio parere di conseguenza.]"),
    _n("it.neg.self_disclosure.chiacchiere_compleanno", ("user_talk",),
       "Grazie degli auguri! [Sì,|Eh già,] il {dob} ho compiuto {age} anni.",
       "Sei di {town}? Anch'io[, abito in {street}|, ci vivo dal {year}]!",
       "Sono del {birth_year}, quindi quella [partita|trasmissione] me la ricordo bene.",
       "Abito a {town}, [posso|potrei] fare [una foto|qualche foto] alla [stazione|chiesa] "
       "[sabato|la settimana prossima]."),
    _n("it.neg.consented.chiedere_recapito", ("user_talk",),
       "Complimenti per il concorso! Mi mandi il tuo indirizzo [via mail|con "
       "Speciale:InviaEMail] per spedirti il premio?",
       "Mi puoi mandare la tua mail? [Non hai attivato l'invio di email.|Il link "
       "\"invia email\" non funziona.]",
       "Mi dai il tuo numero [in privato|per mail]? Così ci organizziamo per il raduno di "
       "{town}. [Non scriverlo qui!|]"),
    _n("it.neg.self_disclosure.ti_richiamo", ("user_talk",),
       "Scusa, non ho sentito la chiamata: ti richiamo [domani|stasera|più tardi][. Se è "
       "urgente, il mio numero è {phone}.|]",
       "Ti chiamo [lunedì|domani] per il [raduno|giro fotografico]; ti comparirà il "
       "{phone}.",
       "Ok, richiamami tu al {phone} [quando puoi|dopo cena]."),
    _n("it.neg.public_org.account_ente", TALK,
       "Buongiorno, questa è l'utenza ufficiale ({org}). Per richieste di [immagini|stampa] "
       "scriveteci a {org_email} o telefonate al {org_phone}.",
       "Siamo {org}: [l'indirizzo nella voce non è aggiornato|abbiamo traslocato], ora "
       "siamo in {org_address}.",
       "Scriviamo come {org}: il numero corretto è {org_phone}[, email {org_email}|]."),
    _n("it.neg.vrt.permesso_inviato_da_me", ("file", "deletion", "user_talk"),
       "Ho inviato il permesso a VRT da {email}[ il {date}|]. La foto è mia.",
       "Riguardo alla cancellazione: sono l'autore ({name}) e ho mandato l'autorizzazione "
       "dalla mia mail {email}.",
       "{{VRT pending}}\nPermesso inviato dall'autore ({email})[ il {date}|]."),
)

_PT = (
    _n("pt.neg.self_disclosure.discussao_me_liga", TALK_DEL,
       "Se for mais fácil, me liga no {phone}[ à noite| depois das 18h|].",
       "[Meu|O meu] e-mail é {email}[, pode mandar por lá|]; [te envio|envio-te] as "
       "digitalizações.",
       "Manda um e-mail para {email} [que eu respondo|e eu passo as fotos][ hoje|].",
       "Tenho o livro em casa. [O meu telemóvel|Meu celular|Meu WhatsApp] é {phone}, "
       "[é só chamar|diga alguma coisa]."),
    _n("pt.neg.self_disclosure.ip_deslogado", ("user_talk", "noticeboard", "checkuser",
                                                 "spi"),
       "Desculpe, era eu deslogado ({ip})[, não foi de propósito|].",
       "A edição do {ip_link} em {article} é minha; [a sessão tinha expirado|estava no "
       "celular].",
       "Confirmo que {ip} sou eu [no trabalho|em casa]. [Não é fantoche.|Não contem como "
       "voto à parte.]"),
    _n("pt.neg.self_disclosure.renomear_nome_civil_conversa", ("rename", "steward"),
       ":Sim, {name} é o meu nome [verdadeiro|civil][, não estou me passando por "
       "ninguém|].",
       "Olá, [gostaria|queria] mudar o meu nome de utilizador para «{given} {surname}»; "
       "vou editar no projeto da [universidade|biblioteca] com o meu nome.",
       "Peço a usurpação de [[Usuário(a):{given}{surname}]]: é o meu próprio nome e a conta "
       "não tem edições."),
    _n("pt.neg.self_disclosure.conflito_interesse_empregador", ("article_talk",),
       "Aviso: trabalho para {employer}, por isso não vou editar o artigo diretamente. "
       "[Alguém pode|Algum editor neutro poderia] [verificar|atualizar] os dados?",
       "Sou {job} e trabalho para {employer}, [portanto tenho conflito de interesses|logo "
       "não sou imparcial]. Proponho a alteração abaixo.",
       "[Por transparência|Para ser claro]: o meu empregador é {employer}. [Fico só pela "
       "discussão.|Avaliem a minha opinião com isso em mente.]"),
    _n("pt.neg.self_disclosure.conversa_aniversario", ("user_talk",),
       "Obrigado pelos parabéns! [Sim,|Pois é,] fiz {age} anos [em {dob}|ontem].",
       "Você é de {town}? Eu também! [Moro no centro, {street}.|Moro lá desde {year}.]",
       "Nasci em {birth_year}, então lembro bem [daquele jogo|desse programa].",
       "Moro em {town}, [posso|consigo] tirar [uma foto|umas fotos] da [estação|igreja] "
       "[no fim de semana|na semana que vem]."),
    _n("pt.neg.consented.pedir_contato", ("user_talk",),
       "Parabéns pelo concurso! [Pode me mandar|Manda-me] o seu endereço [por e-mail|pelo "
       "Especial:Enviar e-mail] para enviarmos o prêmio?",
       "Você pode me mandar o seu e-mail? [O envio de e-mails está desativado na sua "
       "conta.|O link de e-mail não funciona.]",
       "Me passa o seu número [no privado|por e-mail]? Assim combinamos o encontro de "
       "{town}. [Não coloque aqui.|]"),
    _n("pt.neg.self_disclosure.ligo_de_volta", ("user_talk",),
       "Desculpa, não atendi; te ligo [amanhã|à noite|mais tarde]. [Se for urgente, meu "
       "número é {phone}.|]",
       "Ligo-te [segunda|amanhã] por causa do [encontro|passeio fotográfico]; vai aparecer "
       "o {phone}.",
       "Beleza, me liga você no {phone} [quando puder|depois das sete]."),
    _n("pt.neg.public_org.conta_instituicao", TALK,
       "Olá, esta conta é d{org}. Para pedidos de [imagens|imprensa], contacte-nos por "
       "{org_email} ou {org_phone}.",
       "Somos {org}: [o endereço no artigo está desatualizado|mudámos de instalações], "
       "agora estamos em {org_address}.",
       "Em nome d{org}: o telefone [correto|atual] é {org_phone}[ e o e-mail "
       "{org_email}|]."),
    _n("pt.neg.vrt.permissao_enviada_por_mim", ("file", "deletion", "user_talk"),
       "Enviei a permissão para a VRT a partir de {email}[ em {date}|]. A foto é minha.",
       "Sobre o pedido de eliminação: sou o autor ({name}) e mandei a autorização do meu "
       "e-mail {email}.",
       "{{VRT pending}}\nPermissão enviada pelo autor a partir de {email}[ em {date}|]."),
)

_NL = (
    _n("nl.neg.self_disclosure.overleg_mail_me", TALK_DEL,
       "Mail me gerust op {email}[, dan stuur ik de scans door|, dan krijg je de pdf|].",
       "Als je het liever even bespreekt: bel me op {phone}[, 's avonds ben ik thuis| na "
       "zessen|].",
       "Mijn [mailadres|e-mailadres] is {email}[ (privé)|]; [de wikimailfunctie|Speciaal:"
       "Gebruiker e-mailen] staat bij mij uit.",
       "[Je kunt|Kun je] me [ook|] appen op {phone}? Dan [spreken we een tijd af|regelen we "
       "de foto's]."),
    _n("nl.neg.self_disclosure.ip_uitgelogd", ("user_talk", "noticeboard", "checkuser",
                                                 "summary"),
       "[Sorry|Excuus], dat was ik, uitgelogd ({ip})[, niet expres|].",
       "De bewerking van {ip_link} op {article} is van mij; [mijn sessie was verlopen|ik zat "
       "op mijn telefoon].",
       "Ik bevestig dat {ip} ik ben [vanaf mijn werk|thuis]. [Geen sokpop, gewoon "
       "vergeten in te loggen.|Tel die stem dus niet apart.]",
       "eigen bewerking als IP ({ip}) teruggedraaid, was uitgelogd"),
    _n("nl.neg.self_disclosure.hernoemen_echte_naam", ("rename", "steward"),
       "Graag mijn account hernoemen naar \"{name}\", dat is mijn echte naam[; ik wil niet "
       "langer anoniem bewerken|].",
       "Huidige naam: {editor}\nGewenste naam: {given} {surname}\nReden: ik [bewerk|schrijf] "
       "voortaan onder eigen naam[ voor het bibliotheekproject|].",
       ":Ja, ik heet echt {given} {surname}[, dat kan ik per mail bevestigen|]."),
    _n("nl.neg.self_disclosure.belangenverstrengeling_werkgever", ("article_talk",),
       "Ter info: ik werk bij {employer}, dus ik pas het artikel niet zelf aan. [Kan "
       "iemand|Wil een onafhankelijke collega] de [cijfers|openingstijden] [nakijken|"
       "bijwerken]?",
       "Ik ben {job} bij {employer} en heb dus een belang[ bij dit onderwerp|]. Mijn voorstel "
       "staat hieronder.",
       "[Voor de duidelijkheid|Eerlijk is eerlijk]: mijn werkgever is {employer}. [Ik blijf "
       "op de overlegpagina.|Weeg mijn mening daarom mee.]"),
    _n("nl.neg.self_disclosure.kletsen_verjaardag", ("user_talk",),
       "Dank voor de felicitaties! [Ja,|Klopt,] op {dob} werd ik {age}.",
       "Kom jij ook uit {town}? Ik woon er [al sinds {year}|al jaren][, aan de {street}|]!",
       "Ik ben van {birth_year}, dus die [wedstrijd|uitzending] weet ik nog goed.",
       "Ik woon in {town}, ik [kan|wil] [zaterdag|volgende week] wel [een foto|foto's] van "
       "het [station|kerkje] maken."),
    _n("nl.neg.consented.vragen_naar_gegevens", ("user_talk",),
       "Gefeliciteerd met [de fotowedstrijd|het winnen van de schrijfwedstrijd]! Wil je je "
       "adres [even mailen|via de mailfunctie sturen] zodat ik de prijs kan opsturen?",
       "Kun je me je e-mailadres sturen? [Je hebt de mailfunctie uitstaan.|De mailfunctie "
       "werkt bij jou niet.]",
       "Mag ik je telefoonnummer [privé|per mail]? Dan kunnen we de [wikimeetup|"
       "fotodag] in {town} regelen. [Niet hier zetten hoor.|]"),
    _n("nl.neg.self_disclosure.terugbellen", ("user_talk",),
       "Ik heb je gemiste oproep gezien, ik bel je [morgen|vanavond|na het werk] terug."
       "[ Mocht het dringend zijn: {phone}.|]",
       "Ik bel je [maandag|morgen] over de [meetup|fotodag]; je ziet dan {phone} "
       "[in beeld|verschijnen].",
       "Prima, bel me [maar|gerust] terug op {phone}[ als het uitkomt| na zessen]."),
    _n("nl.neg.public_org.account_instelling", TALK,
       "Goedendag, dit account wordt beheerd door {org}. Voor [beeldaanvragen|pers] kunt u "
       "mailen naar {org_email} of bellen met {org_phone}.",
       "Wij zijn {org}: [het adres in het artikel klopt niet meer|we zijn verhuisd], we "
       "zitten nu op {org_address}.",
       "Namens {org}: het juiste telefoonnummer is {org_phone}[, mail {org_email}|]."),
    _n("nl.neg.vrt.toestemming_zelf_verstuurd", ("file", "deletion", "user_talk"),
       "Ik heb de toestemming [vandaag|op {date}] vanaf {email} naar VRT gestuurd. De foto "
       "is van mij.",
       "Over de verwijdernominatie: ik ben de fotograaf ({name}) en heb de vrijgave vanaf "
       "mijn adres {email} gemaild.",
       "{{VRT pending}}\nToestemming verstuurd door de maker ({email})[ op {date}|]."),
)

_PL = (
    _n("pl.neg.self_disclosure.dyskusja_zadzwon_do_mnie", TALK_DEL,
       "Jak wolisz pogadać, zadzwoń do mnie: {phone}[, najlepiej wieczorem| po 18|].",
       "Mój mail: {email}[ – wyślę Ci skany|, podeślę Ci PDF|].",
       "Napisz na {email}[, tam szybciej odpisuję|]; [na wiki mam wyłączone maile|"
       "wikimail u mnie nie działa].",
       "Mam tę książkę w domu. [Mój numer|Numer do mnie] to {phone}[, możesz też pisać "
       "SMS|]."),
    _n("pl.neg.self_disclosure.ip_niezalogowany", ("user_talk", "noticeboard", "checkuser",
                                                     "spi"),
       "[Sorry|Przepraszam], to [byłem ja, niezalogowany|byłam ja, niezalogowana] ({ip})"
       "[, nie celowo|].",
       "Edycja z {ip_link} w artykule {article} jest moja; [wylogowało mnie|byłem na "
       "telefonie].",
       "Potwierdzam, że {ip} to ja [z pracy|z domu]. [To nie pacynka.|Proszę nie liczyć "
       "tego głosu osobno.]"),
    _n("pl.neg.self_disclosure.zmiana_nazwy_na_nazwisko", ("rename", "steward"),
       "Proszę o zmianę mojej nazwy użytkownika na „{name}” – to moje prawdziwe imię i "
       "nazwisko[, nie chcę już być anonimowy|].",
       "Obecna nazwa: {editor}\nNowa nazwa: {given} {surname}\nUzasadnienie: [chcę "
       "edytować pod własnym nazwiskiem|edytuję w ramach projektu bibliotecznego].",
       ":Tak, naprawdę nazywam się {given} {surname}[, mogę to potwierdzić mailowo|]."),
    _n("pl.neg.self_disclosure.konflikt_interesow_pracodawca", ("article_talk",),
       "Informuję, że moim pracodawcą jest {employer}, więc nie będę sam edytować artykułu. "
       "[Czy ktoś mógłby|Prośba do kogoś niezależnego, by] [sprawdzić|zaktualizować] dane?",
       "Jestem zatrudniony jako {job} (pracodawca: {employer}), więc mam konflikt "
       "interesów. Propozycję zmian zamieszczam poniżej.",
       "[Dla jasności|Gwoli ścisłości] – miejsce pracy: {employer}. [Zostaję przy dyskusji.|"
       "Proszę brać to pod uwagę.]"),
    _n("pl.neg.self_disclosure.pogaduszki_urodziny", ("user_talk",),
       "Dzięki za życzenia! [Tak,|No tak,] {dob} [skończyłem|skończyłam] {age} lat.",
       "Też jesteś stamtąd? Ja mieszkam [od {year}|od lat] – miasto {town}[, {street}|]!",
       "Jestem z rocznika {birth_year}, więc [ten mecz|ten program] dobrze pamiętam.",
       "Mieszkam niedaleko ({town}), [mogę|spróbuję] zrobić [zdjęcie|zdjęcia] [dworca|"
       "kościoła] [w sobotę|w przyszłym tygodniu]."),
    _n("pl.neg.consented.prosba_o_dane", ("user_talk",),
       "Gratulacje z okazji wygranej w konkursie! Podeślesz mi swój adres [mailem|przez "
       "„Wyślij e-mail”], żebym mógł wysłać nagrodę?",
       "Możesz mi podesłać swój mail? [Masz wyłączone wysyłanie e-maili.|Link do maila u "
       "Ciebie nie działa.]",
       "Dasz mi swój numer [prywatnie|mailem]? Umówimy się na [wikispotkanie|wycieczkę "
       "fotograficzną]. [Nie wpisuj go tutaj!|]"),
    _n("pl.neg.self_disclosure.oddzwonie", ("user_talk",),
       "Przepraszam, nie odebrałem – oddzwonię [jutro|wieczorem|po pracy]. [Jakby co, mój "
       "numer: {phone}.|]",
       "Zadzwonię [w poniedziałek|jutro] w sprawie [spotkania|wycieczki]; wyświetli się "
       "{phone}.",
       "Ok, to oddzwoń na {phone} [kiedy możesz|po 19]."),
    _n("pl.neg.public_org.konto_instytucji", TALK,
       "Dzień dobry, to konto prowadzi {org}. W sprawie [zdjęć|kontaktów z prasą] prosimy "
       "pisać na {org_email} lub dzwonić pod {org_phone}.",
       "Piszemy jako {org}: [adres w artykule jest nieaktualny|przeprowadziliśmy się], "
       "obecnie: {org_address}.",
       "W imieniu instytucji ({org}): aktualny numer to {org_phone}[, e-mail "
       "{org_email}|]."),
    _n("pl.neg.vrt.zgoda_wyslana_przeze_mnie", ("file", "deletion", "user_talk"),
       "Wysłałem zgodę do VRT z adresu {email}[ {date}|]. Zdjęcie jest moje.",
       "W sprawie zgłoszenia do usunięcia: jestem autorem ({name}), zgodę wysłałem ze "
       "swojego maila {email}.",
       "{{VRT pending}}\nZgoda wysłana przez autora z adresu {email}[ {date}|]."),
)

FAMILIES: tuple[Family, ...] = _EN + _DE + _FR + _ES + _IT + _PT + _NL + _PL
