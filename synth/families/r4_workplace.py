"""Round 4: more ways of stating a private person's job and/or employer, in eight languages.

Outing families: a workplace inferred from the account's editing pattern, a job used as a
put-down, and one further speech act per language (a threat to contact the employer, a Wikidata
or Commons caption, an edit summary, a rename objection, a role and a street without the
employer's name, a colleague's identification, casual lower-case chat, a COI report).
Hard negatives keep the surface (a job, an employer, "works at") but are exempt: the editor's own
job or paid-editing disclosure, a public figure's public role, an organisation's staff contact,
a historical person, staff in general, a warning, a removal note.
"""

from __future__ import annotations

from synth.family import Family

_WP = ("workplace",)
_NWP = ("name", "workplace")


def _o(fid: str, types: tuple[str, ...], kinds: tuple[str, ...], *templates: str) -> Family:
    lang = fid.split(".", maxsplit=1)[0]
    return Family(id=fid, lang=lang, templates=templates, kinds=kinds, types=types)


def _n(fid: str, kinds: tuple[str, ...], *templates: str) -> Family:
    return Family(id=fid, lang=fid.split(".", maxsplit=1)[0], templates=templates, kinds=kinds,
                  flag=False,
                  exemption=fid.split(".")[2])


EN = (
    _o("en.workplace.office_hours_pattern", _WP, ("spi", "noticeboard", "user_talk"),
       "[Look at|Check] the timestamps: {target} only edits [between 9 and 5|in office hours"
       "|on weekday mornings], never at weekends[ - |, ][because|that's because] [he's|she's"
       "|they're] the {job} at {employer} and does it [on the work PC|from the front desk|"
       "between customers].",
       "[Every single|Each] edit [lands|comes in] during opening hours at {employer} and stops "
       "[dead|] on bank holidays. [Not hard to work out|It's obvious] {target} is [their|the] "
       "{job}.",
       "[Pattern is clear|The pattern speaks for itself]: quiet at lunch, busy [at 8:55|before "
       "opening], nothing after [5.30|half five]. {target} = {job} at {employer}[, editing on "
       "the clock|].",
       ),
    _o("en.workplace.job_as_putdown", _WP, ("user_talk", "article_talk", "deletion"),
       "[Forgive me if|Sorry, but] I don't take [sourcing|policy|style] lessons from some {job} at "
       "{employer}[, {target}|].",
       "[Some|The] {job} [at|from] {employer} [lecturing|telling] [us|experienced editors] about "
       "[reliable sources|notability|NPOV]? [Stick to your day job.|Priceless.|Do me a favour.]",
       "[Maybe|Perhaps] {target} should [go back to|get back to] the {job} at {employer} and "
       "leave the [medical|legal|history] articles to people who [know|understand] the subject.",
       "[Lol|Hah], says the {job} at {employer}. [Sit down.|Noted.|Very convincing.]",
       ),
    _o("en.workplace.threat_tell_employer", ("workplace", "threat"),
       ("user_talk", "article_talk", "noticeboard"),
       "[Revert me once more|One more revert] and I'll [ring|email|write to] {employer} and "
       "[ask|let them know] how their {job} spends [work hours|the working day]"
       "[.|, {target}.]",
       "[I wonder|I'd love to know] what [your manager|HR] at {employer} would [think|say] "
       "about [this|these edits][, {target}|]. [Keep going and we'll find out.|Don't make me "
       "[ask them|find out].]",
       "[Last warning|Final warning], {target}: {employer} has a [complaints line|contact form] "
       "and I [know exactly] which {job} [this is|you are].",
       ),
)
EN_NEG = (
    _n("en.neg.self_disclosure.edit_request_staff", ("article_talk", "own_user_page"),
       "{{edit COI}} Hi, I'm the {job} at {employer}[ (so I have a COI)|]. Could someone "
       "[update|correct] the [opening hours|address|staff numbers] in the article? "
       "[Source:|See] our website. ~~~~",
       "[Hello|Hi all] - [full disclosure|to be upfront], I work at {employer} as a {job} and "
       "my manager [asked me|has asked me] to [flag|point out] [an error|some outdated "
       "figures] here. I won't touch the article myself.",
       "[Requesting|Request for] an edit: as [an employee|the {job}] of {employer} I [shouldn't|"
       "won't] edit [this page|the article] directly, but the [founding year|logo] is wrong.",
       ),
    _n("en.neg.warning.do_not_name_employer", ("user_talk", "noticeboard", "article_talk"),
       "Please [don't|do not] [speculate about|post] where {target} works[ or what their job "
       "is|]. [That is outing|That's outing] [under|per] [[WP:OUTING]][, even as a guess|].",
       "[Struck|Hatted] - [whoever|whichever editor] [mentioned|guessed] {target}'s [employer"
       "|workplace|job] needs to [stop|read WP:OUTING]. Raise COI concerns [privately|by email "
       "to ArbCom|through the proper channel], not here.",
       "[Reminder|A reminder]: naming an editor's employer on-wiki, [even if|even when] you're "
       "[sure|certain], [will get you blocked|is grounds for a block].",
       ),
    _n("en.neg.public_figure.ceo_role", ("article_talk", "article", "deletion"),
       "{public_name} has been [director|head|manager] of {org} since {year}, "
       "[per|according to] the [annual report|council minutes|press release].",
       "[Source for|Re] {public_name}'s [appointment|role]: [the BBC|the local paper|the "
       "Gazette] [reported|covered] the [move|appointment] to [head|run] {org} in "
       "{year}.",
       "[Agree|Support] adding that {public_name}, [the|a former] [MP|mayor|councillor], now "
       "[works|serves] as [director|a trustee] at {org}[ - it's widely reported|].",
       ),
)

DE = (
    _o("de.workplace.bearbeitungszeiten", _WP, ("spi", "noticeboard", "user_talk"),
       "[Schaut euch|Man schaue sich] mal die Bearbeitungszeiten an: {target} editiert nur "
       "[Mo–Fr|werktags] [zwischen 8 und 16 Uhr|während der Öffnungszeiten][ – |, ]klar, "
       "als {job} bei {employer} [sitzt man ja am Dienstrechner|hat man zwischen zwei Kunden "
       "Zeit].",
       "Wochenende [nie|kein einziger Edit], Mittagspause Ruhe, ab [Feierabend|16:30] Stille. "
       "[Das ist|Ist doch eindeutig] {target}, [der|die] {job} [bei|von] {employer}.",
       "[Die|Alle] Edits [fallen exakt in die|liegen exakt in den] Geschäftszeiten von "
       "{employer}[ und|,] an "
       "Feiertagen [passiert|kommt] nichts. Wer da [am Schreibtisch|am Tresen] sitzt, "
       "[kann man sich denken|weiß hier jeder]: {target}.",
       ),
    _o("de.workplace.abwertung_beruf", _WP, ("user_talk", "article_talk", "deletion"),
       "Ausgerechnet [jemand, der|wer] als {job} bei {employer} arbeitet, will uns [was|etwas] "
       "über [Belegpflicht|Relevanzkriterien|NPOV] erzählen? [Schuster, bleib bei deinen "
       "Leisten.|Köstlich.|Ich lach mich tot.]",
       "{target}, [bleib lieber bei deinem Job als {job} bei {employer} und lass|bleiben Sie "
       "doch bei Ihrem Job als {job} bei {employer} und lassen Sie] die "
       "[Fachartikel|Medizinartikel|Geschichtsartikel] "
       "den Leuten, die [Ahnung haben|sich auskennen].",
       "Sagt {target}, [hauptberuflich|] {job} bei {employer}. [Setzen, sechs.|Überzeugt "
       "mich nicht.|Danke für die Belehrung.]",
       ),
    _o("de.workplace.wikidata_commons_privatperson", _NWP, ("wikidata", "file"),
       "{name} (Benutzer {target}), {job} bei {employer}, [beim Betriebsausflug|auf der "
       "Weihnachtsfeier|an [ihrem|seinem] Arbeitsplatz] [{year}|in {town}]",
       "[Beschreibung|Bildbeschreibung]: {name}, [Mitarbeiterin|Mitarbeiter|{job}] "
       "[der Firma|bei] {employer} – [privat aufgenommen|Foto: Kollege], [identisch mit|ist] "
       "Wikipedia-Benutzer {target}",
       "Arbeitgeber (P108): {employer}; Tätigkeit (P106): {job}; [Name|Bezeichnung]: {name}"
       "[; Wikimedia-Benutzername: {target}|]",
       ),
)
DE_NEG = (
    _n("de.neg.self_disclosure.eigene_benutzerseite", ("own_user_page",),
       "[Hallo|Moin|Servus]! Ich arbeite [hauptberuflich|beruflich|im echten Leben] als {job} bei "
       "{employer}[ und schreibe hier in meiner Freizeit|, in der Wikipedia bin ich nur "
       "privat unterwegs].",
       "== Über mich ==\n[Beruf|Im echten Leben]: {job} ({employer}). [Interessen|Schwerpunkte]: "
       "[Regionalgeschichte|Eisenbahn|Botanik] rund um {town}.",
       "{{Babel|de|en-2}} [Ich bin|Von Beruf bin ich] {job}[ in {town}|] – "
       "[deshalb|darum] [bearbeite|schreibe] ich [vor allem|gern] Artikel [zu meinem "
       "Fachgebiet|aus meinem Berufsfeld].",
       ),
    _n("de.neg.removed.arbeitgeber_entfernt", ("summary", "noticeboard", "user_talk"),
       "[Entfernt|Rausgenommen]: Spekulation über den Arbeitgeber von {target} "
       "[(Outing)|– bitte versionslöschen|, [[WP:ANON]]].",
       "Ich habe den Beitrag [entfernt|zurückgesetzt], in dem [Beruf und Arbeitsstelle|der "
       "Arbeitgeber] von {target} [genannt|vermutet] wurde[; Oversight ist informiert|. "
       "Versionslöschung beantragt].",
       "[Erledigt|Erl.] – die Angaben zur Arbeitsstelle [sind versionsgelöscht|wurden "
       "unterdrückt]. [Bitte nicht wiederholen.|Thread geschlossen.]",
       ),
    _n("de.neg.public_org.pressestelle", ("article_talk", "article", "file"),
       "[Pressestelle|Presseanfragen] – {org}: "
       "[Öffentlichkeitsarbeit|Referat Kommunikation], Tel. {org_phone}, {org_email} [(laut "
       "Impressum)|(siehe Website)].",
       "Das Foto [stammt|kommt] von der Pressestelle ({org}); "
       "[Rückfragen|Anfragen] [an|bitte an] {org_email}.",
       "Laut [Impressum|Website] [leitet|ist zuständig für] die Öffentlichkeitsarbeit ({org}) "
       "[das Team Kommunikation|die Pressereferentin], erreichbar unter {org_phone}.",
       ),
)

FR = (
    _o("fr.workplace.horaires_de_bureau", _WP, ("spi", "noticeboard", "user_talk"),
       "[Regardez|Il suffit de regarder] les horaires : {target} ne [contribue|modifie] "
       "[qu'en semaine|que du lundi au vendredi], de 9 h à 17 h[, jamais le week-end|]. "
       "[Normal|Logique], [il|elle] est {job} [chez|pour] {employer} et [fait ça|édite] "
       "[depuis le poste du bureau|entre deux clients].",
       "Aucune modif pendant la pause déjeuner, rien les jours fériés, [tout|tout pile] aux "
       "heures d'ouverture. [Pas besoin d'être CU|Inutile de faire un dessin] : {target} "
       "bosse comme {job} chez {employer}.",
       "Les contributions de {target} collent [parfaitement|exactement] aux horaires "
       "d'ouverture[ ; ça confirme ce qu'on savait|]. [Il|Elle] [bosse|travaille] comme {job} "
       "chez {employer}.",
       ),
    _o("fr.workplace.rabaisser_metier", _WP, ("user_talk", "article_talk", "deletion"),
       "[Pas de leçons|Je n'ai pas de leçons] de [sourçage|neutralité|typographie] à recevoir "
       "de quelqu'un qui [bosse|travaille] comme {job} chez {employer}[, {target}|].",
       "[Retourne à ton poste de {job} chez {employer} et laisse|Retournez à votre poste de {job} "
       "chez {employer} et laissez] les articles [de médecine|d'histoire|juridiques] à ceux qui "
       "[s'y connaissent|savent de quoi ils parlent].",
       "[Mdr|Ah oui], dixit {target}, {job} chez {employer}. [Merci pour la leçon.|On est "
       "impressionnés.|Passons.]",
       ),
    _o("fr.workplace.resume_de_modification", _WP, ("summary",),
       "[révoc.|annulation] – [encore|toujours] {target}, {job} chez {employer}, qui "
       "[fait sa pub|retouche la page de son employeur]",
       "[rv|revert] : {target} [= |est] {job} [chez|pour] {employer}[, conflit d'intérêts "
       "évident|, cf. PDD]",
       "retrait de [l'autopromo|la pub] ajoutée par {target} ({job} chez {employer})",
       ),
)
FR_NEG = (
    _n("fr.neg.historical.artisan_ancien", ("article", "article_talk", "file"),
       "{name} ([1851|1867|1874]-[1920|1932|1938]) fut [boulanger|instituteur|employé des "
       "postes|tisserand] à {town} [pendant trente ans|jusqu'à sa retraite], [selon|d'après] les "
       "archives municipales.",
       "[Carte postale ancienne|Photographie de 1905] : {name}, [ouvrier|contremaître|mécanicien] "
       "[à l'ancienne|de la "
       "vieille] [manufacture|gare] de {town}[, vers 1905|, d'après l'état civil].",
       "D'après le recensement de [1896|1901|1911], {name} [exerçait|travaillait] "
       "comme [journalier|cordonnier|charron] "
       "à {town}.",
       ),
    _n("fr.neg.warning.pas_d_employeur", ("user_talk", "noticeboard", "article_talk"),
       "[Merci de ne pas spéculer|Ne spéculez pas] sur l'employeur ou le métier de {target} "
       "[ici|sur cette page][ : c'est|, c'est] [une divulgation d'informations personnelles|"
       "du outing], [sanctionnable|passible de blocage].",
       "[Rappel|Petit rappel] : [citer|mentionner] le lieu de travail d'un contributeur, même "
       "[supposé|deviné], est interdit. Les soupçons de [conflit d'intérêts|CAOU] se "
       "[signalent|traitent] [par courriel aux administrateurs|en privé].",
       "J'ai masqué le passage sur [le travail|l'emploi] de {target} ; [merci de|veuillez] ne "
       "pas [recommencer|le republier].",
       ),
    _n("fr.neg.self_disclosure.contribution_remuneree", ("own_user_page", "article_talk"),
       "{{Contributions rémunérées|employeur={employer}}} [Je suis|Je travaille comme] "
       "{job} [chez|pour] {employer}, [qui me rémunère|et je suis payé] pour [mettre à jour|"
       "améliorer] l'article [de l'entreprise|de la société].",
       "[Déclaration|Transparence] : je [travaille|suis salarié(e)] [chez|pour] {employer} "
       "([{job}|service communication]). Je [passerai|proposerai] les modifications en "
       "[page de discussion|PDD].",
       "Pour que ce soit clair : je suis {job} [chez|pour] {employer}, donc en conflit "
       "d'intérêts sur cet article[ ; je ne le modifierai pas directement|].",
       ),
)

ES = (
    _o("es.workplace.horario_de_oficina", _WP, ("spi", "noticeboard", "user_talk"),
       "[Fijaos en|Mirad] los horarios: {target} solo edita [de lunes a viernes|entre semana], "
       "de 9 a 14 y de 16 a 19[, jamás en festivo|]. [Claro|Normal], es {job} en {employer} "
       "y edita [desde el ordenador del curro|en horas de trabajo].",
       "Nada en la hora de comer, nada los domingos, todo [cuadra|encaja] con el horario "
       "comercial. [No hace falta un CU|Blanco y en botella]: {target} trabaja de {job} "
       "en {employer}.",
       "Las ediciones de {target} [coinciden con|calcan] el horario de apertura "
       "[del sitio|del local][; lógico, trabaja de {job} en {employer}|. Trabaja de {job} en "
       "{employer}, no tiene más].",
       ),
    _o("es.workplace.desprecio_oficio", _WP, ("user_talk", "article_talk", "deletion"),
       "[No voy a aceptar|No acepto] lecciones de [referencias|neutralidad|relevancia] de "
       "alguien que [curra|trabaja] de {job} en {employer}[, {target}|].",
       "[Vuelve|Vuélvete] a tu [puesto|mostrador] de {job} en {employer} y deja los artículos "
       "[de medicina|de historia|de derecho] a [quien sepa|los que saben].",
       "[Jajaja|Ja], lo dice {target}, que trabaja de {job} en {employer}. [Vale, campeón.|"
       "Muy convincente.|"
       "Siguiente.]",
       ),
    _o("es.workplace.objecion_renombrado", _NWP, ("rename", "steward"),
       "[Me opongo al|En contra del] [cambio de nombre|renombrado] de {target}: "
       "[quiere|solo quiere] [borrar|esconder] el rastro, [porque|ya que] es {name}, "
       "{job} en {employer}, y "
       "[se le reconoció|lo sabe todo el pueblo].",
       "[Objeción|Comentario]: el solicitante es {name} ({job}, {employer}); el cambio "
       "[pretende|busca] ocultar [su COI|que editaba el artículo de su empresa].",
       "[No renombréis|No se debería renombrar] a {target}. Es {name}, trabaja en {employer} "
       "de {job}, y [cambiar el nombre|el renombrado] solo [tapa|oculta] sus ediciones "
       "promocionales.",
       ),
)
ES_NEG = (
    _n("es.neg.public_figure.cargo_publico", ("article_talk", "article", "deletion"),
       "{public_name} [dirige|preside|está al frente de] {org} desde {year}, "
       "[según|como recoge] [el BOE|la prensa local|la web oficial].",
       "[Fuente|Referencia] para el nombramiento: [El País|la prensa regional] [publicó|"
       "informó] que {public_name}, [exconcejal|ex cargo municipal], [dirige|preside] {org} desde "
       "{year}.",
       "[De acuerdo|A favor] en mencionar que {public_name}, [con una larga carrera política|"
       "ex cargo electo], trabaja ahora en {org}[; está ampliamente documentado|].",
       ),
    _n("es.neg.no_tie.plantilla_general", ("article",),
       "En {year}, los trabajadores en {employer} [secundaron|convocaron] una huelga "
       "[por los salarios|"
       "contra los recortes][, según los sindicatos|].",
       "En {employer} trabajan [unos|cerca de] [40|120|300] empleados, la mayoría "
       "[de|vecinos de] {town}.",
       "En {year}, [varios|algunos] empleados que trabajan en {employer} [denunciaron|se quejaron "
       "de] [las condiciones|los turnos][, según la prensa local|].",
       ),
    _n("es.neg.self_disclosure.mi_pagina", ("own_user_page",),
       "[¡Hola!|Buenas.] [Trabajo|Curro] de {job} en {employer} y [edito|colaboro] en mis "
       "ratos libres[, sobre todo en artículos de {town}|].",
       "== Sobre mí ==\n[Profesión|Oficio]: {job}. [Lugar de trabajo|Trabajo en]: {employer}. "
       "[Me interesan|Temas]: [historia local|ferrocarriles|botánica].",
       "[Soy|Trabajo como] {job}, por eso [edito|me centro en] artículos de mi [campo|ámbito]."
       "[ Si veis algo mal, avisad.|]",
       ),
)

IT = (
    _o("it.workplace.orari_ufficio", _WP, ("spi", "noticeboard", "user_talk"),
       "[Guardate|Basta guardare] gli orari: {target} [contribuisce|modifica] solo dal lunedì "
       "al venerdì, 9–13 e 15–18[, mai nei festivi|]. [Ovvio|Chiaro], lavora come {job} presso "
       "{employer} e [scrive|modifica] dal [PC dell'ufficio|computer del lavoro].",
       "Niente in pausa pranzo, niente la domenica, tutto negli orari di apertura. [Non "
       "serve un CU|Non ci vuole un genio]: {target} lavora come {job} presso "
       "{employer}.",
       "I contributi di {target} [coincidono|combaciano] [perfettamente|al minuto] con l'orario "
       "d'ufficio[, del resto lavora come {job} presso {employer}|; è {job} presso {employer}].",
       ),
    _o("it.workplace.sminuire_mestiere", _WP, ("user_talk", "article_talk", "deletion"),
       "Non prendo lezioni di [fonti|enciclopedicità|NPOV] da [chi|uno che] lavora come {job} "
       "presso {employer}[, {target}|].",
       "[Torna|Tornatene] al tuo lavoro di {job} presso {employer} e lascia le voci [di "
       "medicina|di storia|giuridiche] a chi [ne capisce|sa di cosa parla].",
       "[Ahah|Certo], parola di {target}, {job} presso {employer}. [Grazie della "
       "lezione.|Molto "
       "convincente.|Avanti il prossimo.]",
       ),
    _o("it.workplace.ruolo_e_via", _WP, ("user_talk", "article_talk", "noticeboard"),
       "{target} lavora come {job} [nello studio dentistico|nella farmacia|nell'agenzia "
       "immobiliare] in {street}[, a {town}|]. [L'ho riconosciuto|L'ho riconosciuta] dalle "
       "[foto|firme].",
       "[Lo sanno tutti a {town}|A {town} lo sanno tutti]: dietro {target} c'è "
       "[chi|una persona che] "
       "lavora come {job} [nel negozio|nell'ufficio|nel poliambulatorio] in {street}.",
       "[Passate|Fate un salto] in {street} e [lo|la] trovate al [bancone|"
       "front office]: {target} lavora lì come {job}[ da anni|].",
       ),
)
IT_NEG = (
    _n("it.neg.public_org.contatti_ufficio_stampa", ("article_talk", "article", "file"),
       "[Ufficio stampa|Contatti per la stampa] – {org}: [ufficio comunicazione|"
       "addetto stampa], tel. {org_phone}, {org_email} [(dal sito ufficiale)|(vedi "
       "contatti)].",
       "La foto [proviene|arriva] dall'ufficio stampa ({org}); [per|eventuali] "
       "[chiarimenti|richieste] scrivere a {org_email}.",
       "Secondo il sito istituzionale, la comunicazione ({org}) è [curata|gestita] "
       "dall'ufficio relazioni con il pubblico, [raggiungibile|contattabile] al {org_phone}.",
       ),
    _n("it.neg.removed.lavoro_rimosso", ("summary", "noticeboard", "user_talk"),
       "[Rimosso|Tolto] commento con [ipotesi|illazioni] sul [posto di lavoro|datore di lavoro] "
       "di {target}[ (outing)|, richiesto oscuramento].",
       "Ho [rimosso|annullato] il messaggio che [indicava|ipotizzava] [il lavoro|l'impiego] "
       "di {target}[; oscuramento chiesto agli oversight|. Per favore non ripeterlo].",
       "[Fatto|Fatto:] – i riferimenti al [lavoro|datore di lavoro] sono stati "
       "[oscurati|nascosti]. [Discussione chiusa.|Non riproporli.]",
       ),
    _n("it.neg.self_disclosure.dichiarazione_retribuita", ("own_user_page", "article_talk"),
       "{{Utente retribuito|datore={employer}}} Lavoro come {job} presso "
       "{employer}, che mi [paga|retribuisce] per [aggiornare|curare] la voce [dell'azienda|"
       "sulla società].",
       "[Dichiarazione|Trasparenza]: [lavoro|sono dipendente] presso {employer} ({job}). "
       "Proporrò le modifiche [in discussione|nella pagina di discussione].",
       "Per chiarezza: sono {job} presso {employer}, quindi [ho un conflitto di interessi|sono "
       "in conflitto di interessi] su questa voce[ e non la modificherò direttamente|].",
       ),
)

PT = (
    _o("pt.workplace.horario_expediente", _WP, ("spi", "noticeboard", "user_talk"),
       "[Reparem nos|Vejam os] horários: {target} só edita [de segunda a sexta|em dias úteis], "
       "[das 9h às 18h|em horário comercial][, nunca nos feriados|]. [Claro|Lógico], é {job}, "
       "trabalha para {employer} e edita [do computador do trabalho|no expediente].",
       "Nada no almoço, nada no domingo, tudo em horário comercial. [Não precisa de "
       "CU|Está na cara]: {target} é [o|a] {job} que trabalha para {employer}.",
       "As edições de {target} [batem|coincidem] [certinho|ao minuto] com o horário de "
       "expediente[; trabalha para {employer} como {job}|: é {job} e trabalha para {employer}].",
       ),
    _o("pt.workplace.menosprezo_profissao", _WP, ("user_talk", "article_talk", "deletion"),
       "Não aceito lições de [fontes|imparcialidade|notoriedade] de [um|uma] {job} que "
       "trabalha para {employer}[, {target}|].",
       "[Volta|Vai] [trabalhar|lá] para {employer}, como {job}, e deixa os "
       "artigos [de medicina|de história|de direito] para quem [percebe|entende] do assunto.",
       "[Kkkk|Haha], disse [o|a] {job} que trabalha para {employer}. [Valeu pela aula.|"
       "Muito convincente.|"
       "Próximo.]",
       ),
    _o("pt.workplace.colega_diz_que_es_tu", _NWP, ("user_talk", "article_talk", "noticeboard"),
       "Uma colega minha que também trabalha para {employer} [diz|jura] que {target} é "
       "[o|a] {name}, {job} lá "
       "[do turno da manhã|do setor dela|há anos].",
       "[Perguntei|Falei] a um colega que trabalha para {employer}: {target} é {name}, "
       "[o|a] {job} [de lá|da casa]. [Confere tudo.|Bate certo.]",
       "[Segundo|Pelo que diz] um colega meu que trabalha para {employer}, quem edita como "
       "{target} é "
       "{name}[, que trabalha lá como {job}|, {job} [na equipa|na equipe] dele].",
       ),
)
PT_NEG = (
    _n("pt.neg.warning.nao_publique_emprego", ("user_talk", "noticeboard", "article_talk"),
       "Por favor, não [especule|publique nada] sobre onde {target} trabalha [ou qual é a "
       "profissão dele|]. Isso é [exposição de dados pessoais|outing] e [dá bloqueio|pode "
       "levar a bloqueio].",
       "[Lembrete|Aviso]: mencionar o [emprego|local de trabalho] de um editor, mesmo "
       "[como palpite|que seja suposição], é proibido. Suspeitas de [conflito de interesses|"
       "COI] [vão|devem ir] por e-mail aos administradores.",
       "[Ocultei|Escondi] o trecho sobre o trabalho de {target}; não [repita|volte a "
       "publicar], por favor.",
       ),
    _n("pt.neg.historical.oficio_antigo", ("article", "article_talk", "file"),
       "{name} ([1849|1862|1877]–[1915|1929|1940]) trabalhou como [ferroviário|professor "
       "primário|tipógrafo] em {town} [durante décadas|até se aposentar], segundo o "
       "arquivo municipal.",
       "[Fotografia antiga|Postal de 1910]: {name}, [operário|tecelão|maquinista] "
       "na antiga [fábrica|estação] de "
       "{town}[, c. 1910|].",
       "No recenseamento de [1890|1900|1911], {name} [aparece|consta] "
       "como [sapateiro|jornaleiro|guarda-livros] em {town}.",
       ),
    _n("pt.neg.self_disclosure.minha_pagina", ("own_user_page",),
       "[Olá!|Oi!] Trabalho como {job} para {employer} e edito nas horas vagas[, sobretudo "
       "artigos sobre {town}|].",
       "== Sobre mim ==\n[Profissão|Ofício]: {job}. [Local de trabalho|Trabalho em]: "
       "{employer}. [Interesses|Temas]: [história local|comboios|botânica].",
       "Sou {job} de profissão, por isso [edito|foco] [principalmente|mais] artigos da "
       "minha área.[ Qualquer erro, avisem.|]",
       ),
)

NL = (
    _o("nl.workplace.kantoortijden", _WP, ("spi", "noticeboard", "user_talk"),
       "[Kijk|Let] [eens|even] naar de tijden: {target} bewerkt alleen [op werkdagen|van "
       "maandag t/m vrijdag], [tussen 9 en 5|onder kantoortijd][, nooit in het weekend|]. "
       "[Logisch|Tja], [hij|zij] is {job} bij {employer} en doet het [vanaf de werk-pc|tussen "
       "de klanten door].",
       "Niks in de lunchpauze, niks op zondag, alles binnen de openingstijden van {employer}. "
       "[Daar heb je geen CU voor nodig|Eén en één is twee]: {target} is de {job} daar.",
       "De bijdragen van {target} [vallen|passen] precies [binnen|in] de openingstijden van "
       "{employer}[; [hij|zij] werkt daar als {job}|, waar [hij|zij] {job} is].",
       ),
    _o("nl.workplace.kleinerend_beroep", _WP, ("user_talk", "article_talk", "deletion"),
       "Ik [neem|pik] geen lessen over [bronnen|NPOV|relevantie] aan van een "
       "{job} bij {employer}[, {target}|].",
       "Ga [lekker|maar] terug naar je [balie|baantje] als {job} bij {employer} en laat de "
       "[medische|juridische|geschiedenis]artikelen over aan mensen die er [verstand van "
       "hebben|iets van weten].",
       "[Haha|Ja hoor], zegt de {job} van {employer}. [Dank voor de les.|Heel overtuigend.|"
       "Volgende.]",
       ),
    _o("nl.workplace.casual_kleine_letters", _WP, ("user_talk", "article_talk"),
       "[lol|haha] {target} is gewoon die {job} van {employer}[ toch|], [zag|herkende] "
       "[hem|haar] [meteen|gelijk] aan de schrijfstijl",
       "[ff|even] [zeggen|melden] he, {target} werkt bij {employer} als {job}, [dus tja|"
       "verklaart een hoop] [xd|:p|]",
       "[ben jij niet|jij bent toch] die {job} bij {employer}? [ken je van|zie je elke week bij] "
       "[de kassa|de balie|het werk] [haha|lol|]",
       ),
)
NL_NEG = (
    _n("nl.neg.public_figure.bestuurder", ("article_talk", "article", "deletion"),
       "{public_name} is sinds {year} [directeur|bestuursvoorzitter|voorzitter] van {org}, "
       "[volgens|zo blijkt uit] [het jaarverslag|de Staatscourant|de website].",
       "[Bron|Ref] voor de benoeming: [de regionale krant|NOS|Omroep {town}] [meldde|"
       "berichtte] dat {public_name}, oud-wethouder, in {year} [directeur|voorzitter] van "
       "{org} werd.",
       "[Mee eens|Voor] om te vermelden dat {public_name}, [oud-Kamerlid|oud-burgemeester], nu "
       "[werkt|actief is] bij {org}[; ruim gedocumenteerd|].",
       ),
    _n("nl.neg.self_disclosure.betaalde_bijdragen", ("own_user_page", "article_talk"),
       "{{Betaalde bijdragen|werkgever={employer}}} Ik [werk|ben in dienst] als {job} bij "
       "{employer} en word betaald om het artikel over [ons bedrijf|de organisatie] bij te "
       "werken.",
       "[Melding|Openheid van zaken]: ik werk bij {employer} ({job}). Wijzigingen stel ik "
       "[voor op de overlegpagina|via de OP] voor.",
       "Even voor de duidelijkheid: ik ben {job} bij {employer}, dus ik heb een "
       "belangenverstrengeling bij dit artikel[ en bewerk het niet zelf|].",
       ),
    _n("nl.neg.no_tie.personeel_algemeen", ("article",),
       "In {year} legde het personeel van {employer} het werk neer [vanwege de "
       "cao|om de werkdruk][, aldus de vakbond|].",
       "Bij {employer} werken [ongeveer|zo'n] [40|120|300] [medewerkers|mensen], de "
       "meesten [uit|woonachtig in] {town}.",
       "[Enkele|Verschillende] medewerkers van {employer} [klaagden|uitten kritiek] in {year} "
       "over [de roosters|de werkdruk][, meldde de lokale krant|].",
       ),
)

PL = (
    _o("pl.workplace.godziny_pracy", _WP, ("spi", "noticeboard", "user_talk"),
       "[Popatrzcie|Spójrzcie] na godziny edycji: {target} edytuje tylko [w dni robocze|od "
       "poniedziałku do piątku], [od 8 do 16|w godzinach pracy][, nigdy w weekendy|]. "
       "[Nic dziwnego|Jasne], pracuje jako {job} – [pracodawca|firma]: {employer} – i "
       "[edytuje|siedzi na Wiki] [ze służbowego komputera|w pracy].",
       "Nic w przerwie obiadowej, nic w niedziele, wszystko w godzinach otwarcia. [Nie trzeba "
       "CU|Jasne jak słońce]: {target} to [ta|ten] {job} – {employer}.",
       "Edycje {target} [pokrywają się|zgadzają się] co do minuty z godzinami otwarcia "
       "[placówki|firmy] „{employer}”[, gdzie pracuje jako {job}|; pracuje tam jako {job}].",
       ),
    _o("pl.workplace.ponizanie_zawodu", _WP, ("user_talk", "article_talk", "deletion"),
       "Nie [przyjmuję|będę przyjmować] lekcji o [źródłach|NPOV|encyklopedyczności] od "
       "osoby, która pracuje jako {job} (miejsce pracy: {employer})[, {target}|].",
       "Wracaj do roboty w „{employer}” (jako {job}, prawda?) i zostaw hasła [medyczne|"
       "historyczne|prawnicze] tym, którzy się na tym [znają|wyznają].",
       "[Haha|No jasne], mówi {job} z „{employer}”. [Dzięki za wykład.|Bardzo przekonujące.|"
       "Następny proszę.]",
       ),
    _o("pl.workplace.zgloszenie_konfliktu", _NWP, ("noticeboard", "article_talk"),
       "[Zgłaszam konflikt interesów|Konflikt interesów]: {target} to {name} (stanowisko: {job}, "
       "firma: „{employer}”), a edytuje hasło o [własnej firmie|swoim pracodawcy].",
       "== Konflikt interesów – {target} ==\n[Wikipedysta|Konto] {target} to "
       "{name} ({job}, pracodawca: {employer}). [Prośba o|Proszę o] [zablokowanie|zwrócenie "
       "uwagi].",
       "Informuję [dla porządku|], że {target} [to w rzeczywistości|jest tożsamy z] {name} – "
       "stanowisko: {job}, firma: {employer}[. Edycje promocyjne od miesięcy|].",
       ),
)
PL_NEG = (
    _n("pl.neg.warning.nie_podawaj_pracy", ("user_talk", "noticeboard", "article_talk"),
       "[Proszę|Bardzo proszę] nie [spekulować|pisać] o tym, gdzie pracuje {target}[ ani "
       "jaki ma zawód|]. To [ujawnianie danych osobowych|outing] i grozi blokadą.",
       "[Przypominam|Przypomnienie]: podawanie miejsca pracy innego edytora, nawet "
       "[domniemanego|na zasadzie zgadywania], jest zabronione. Podejrzenia konfliktu "
       "interesów zgłaszamy [mailowo|prywatnie] do administratorów.",
       "[Ukryłem|Ukryłam] fragment o pracy {target}; proszę [tego nie powtarzać|więcej tego "
       "nie publikować].",
       ),
    _n("pl.neg.public_org.biuro_prasowe", ("article_talk", "article", "file"),
       "Kontakt dla prasy – {org}: [rzecznik prasowy|dział komunikacji], tel. {org_phone}, "
       "{org_email} [(ze strony oficjalnej)|(dane z BIP)].",
       "Zdjęcie [pochodzi|jest] z biura prasowego ({org}); [pytania|zapytania] proszę "
       "kierować na {org_email}.",
       "Według [strony|BIP], za [kontakt z mediami|komunikację] w instytucji {org} "
       "odpowiada [rzecznik|biuro prasowe], tel. {org_phone}.",
       ),
    _n("pl.neg.self_disclosure.moja_strona", ("own_user_page",),
       "[Cześć!|Witajcie!] Pracuję jako {job} ({employer}), a edytuję w wolnym czasie[, "
       "głównie hasła regionalne|].",
       "== O mnie ==\n[Zawód|Praca]: {job}. [Pracodawca|Miejsce pracy]: {employer}. "
       "[Zainteresowania|Tematy]: [historia regionu|kolej|botanika].",
       "Z zawodu [jestem informatykiem|pracuję jako {job}], dlatego edytuję głównie hasła z "
       "mojej branży.[ Jak coś jest nie tak, dajcie znać.|]",
       ),
)

FAMILIES = (*EN, *EN_NEG, *DE, *DE_NEG, *FR, *FR_NEG, *ES, *ES_NEG, *IT, *IT_NEG, *PT,
            *PT_NEG, *NL, *NL_NEG, *PL, *PL_NEG)
