"""Hard negatives for the workplace and threat families (flag=False).

They use the same pages and slots as the outing families but fall under an exemption: warnings
that threaten a report or a block rather than an outing, an editor's own job or paid-editing
declaration on their own user page, public figures' and historical people's occupations, a public
organisation's staff, jobs in generic discussion, fiction and consented mentions.
"""

from __future__ import annotations

from synth.family import Family

_TALK = ("user_talk", "article_talk")

EN = (
    Family(
        id="en.neg.warning.know_its_you_sock",
        lang="en",
        flag=False,
        exemption="warning",
        kinds=("user_talk", "noticeboard", "spi"),
        templates=(
            "We know it's you, {target}: [same edits|same article|same summaries] as the "
            "blocked account. [Block evasion edits will be reverted on sight.|Please appeal "
            "from your main account instead.]",
            "[Everyone|We all] can see [this is|you are] the same person as the account "
            "blocked on {date}. [Logging out doesn't change that.|Stop evading the block.]",
            "I know who you are[ - the sock of|: obviously a sock of] {target}[.|, per the "
            "SPI.] [Reported.|Tagged.]",
        ),
    ),
    Family(
        id="en.neg.warning.report_ani_conditional",
        lang="en",
        flag=False,
        exemption="warning",
        kinds=("user_talk", "article_talk"),
        templates=(
            "One more revert and I'm reporting you to [ANI|AN/I|AN3|the edit warring "
            "noticeboard][.|, {target}.]",
            "[If you|Should you] revert again[ I will|, I'll] [take this to|raise this at] "
            "[ANI|WP:AN3|the administrators' noticeboard]. [Consider this fair warning.|Please "
            "use the talk page instead.]",
            "[Keep this up|Carry on like this] and [you'll be|I'll make sure you're] "
            "[reported|at ANI] [by tonight|before the day is out]. [Your choice.|Up to you.]",
            "{{ping|{target}}} you are at 3RR. [Self-revert now or|Unless you self-revert,] "
            "I [will file|am filing] a report at AN3.",
        ),
    ),
    Family(
        id="en.neg.warning.request_block",
        lang="en",
        flag=False,
        exemption="warning",
        kinds=("user_talk", "noticeboard", "article_talk"),
        templates=(
            "I'll request a block if this [continues|happens again][.|, {target}.]",
            "[I've|I have] asked an admin to [look at|block] this account[.|; the disruption "
            "has gone on long enough.]",
            "[Please stop.|Stop.] [Next time|If you do it again] I'm [requesting|asking for] "
            "a [block|partial block from this article|topic ban].",
            "[Requesting|Request] a block of {target_link} for [persistent|long-term] "
            "[vandalism|disruptive editing] after [final|level-4] warning.",
        ),
    ),
    Family(
        id="en.neg.warning.checkuser_will_look",
        lang="en",
        flag=False,
        exemption="warning",
        kinds=("user_talk", "spi", "article_talk"),
        templates=(
            "A checkuser will look at this[.|, {target}.] [If you're socking, it will come "
            "out.|Logging out won't help.]",
            "[I've|I have] [filed an SPI|opened a sockpuppet investigation]. [A clerk|The "
            "CheckUsers] will decide; [until then|meanwhile] please stop reverting.",
            "[Honestly,|] [it's|it is] [pretty|fairly] obvious these accounts are related. "
            "[CU will confirm it.|I'll let the checkusers sort it out.]",
            "[Endorsing|Endorse] CU: same [edit summaries|article focus|typos] and "
            "[overlapping|alternating] editing times. [No comment on who is behind it.|]",
        ),
    ),
    Family(
        id="en.neg.warning.last_warning_template",
        lang="en",
        flag=False,
        exemption="warning",
        kinds=("user_talk",),
        templates=(
            "{{subst:uw-vandalism4}} [This is your last warning.|Final warning.] The next "
            "time you [vandalise|blank] a page you [will|may] be blocked without further "
            "notice.",
            "[Last warning|Final warning], {target}. [Any further|Another] [personal attack|"
            "unsourced change] will [lead to|result in] a block.",
            "You [have been|were] warned [several times|repeatedly]. [This is the last "
            "one.|No more warnings.] [Please read WP:NPA.|See WP:3RR.]",
        ),
    ),
    Family(
        id="en.neg.warning.coi_notice_subject",
        lang="en",
        flag=False,
        exemption="warning",
        kinds=("user_talk",),
        templates=(
            "{{subst:uw-coi}} [Hello {target}.|Hi.] If you have [a connection|a personal or "
            "professional connection] with the subject of the article {employer}, please "
            "[read|see] WP:COI [before editing further|and declare it].",
            "Your edits to [the article on|] {employer} [look|read] [promotional|like "
            "marketing copy]. [If you are paid|If someone pays you] to edit, you must "
            "disclose it per WP:PAID[, otherwise I'll raise it at COIN|].",
            "[Are you|Could you be] connected to {employer} [in any way|]? [No need to say "
            "who you are,|You don't have to identify yourself,] but please [use edit "
            "requests|follow WP:COI].",
        ),
    ),
    Family(
        id="en.neg.self_disclosure.own_job_userpage",
        lang="en",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "[Hi!|Hello,] I'm {given}. I work as a {job} at {employer}[ in {town}|] and "
            "[edit|write] mostly about [local history|railways|medicine] [in my spare "
            "time|on weekends].",
            "== About me ==\n* [Day job|Job]: {job} ({employer})\n* [Based in|Lives in]: "
            "{town}\n* [Interests|Editing interests]: [birds|football|churches]",
            "I [have been|am] a {job} [for|for over] [ten|fifteen|twenty] years[, currently "
            "at {employer}|]. [Feel free to ask me about|I'm happy to help with] articles in "
            "that area.",
            "{{User job|{job}}} [This user|I] [works|work] at {employer}.",
        ),
    ),
    Family(
        id="en.neg.self_disclosure.paid_declaration",
        lang="en",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "{{Paid|employer={employer}|client=|affiliation=employee}}",
            "== Disclosure ==\nIn accordance with WP:PAID, I [declare|disclose] that I am "
            "employed by {employer} [as a {job}|] and [am|may be] compensated for edits "
            "about [it|my employer].",
            "[Paid editing disclosure|COI declaration]: I work for {employer}. I will "
            "[not edit|avoid editing] the article directly and will use edit requests "
            "instead.",
        ),
    ),
    Family(
        id="en.neg.public_figure.ceo_of_company",
        lang="en",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "{public_name} [has been|became] chief executive of {employer} [since|in] "
            "{year}[, succeeding the founder|].",
            "[The company's|Its] [CEO|managing director], {public_name}, [announced|said] "
            "in {year} that {employer} would [open a second site|expand to {town}].",
            "[Per the annual report,|According to the annual report] {public_name} [is|was] "
            "CEO of {employer}[; can someone update the infobox?|. Infobox needs updating.]",
        ),
    ),
    Family(
        id="en.neg.public_figure.mayor_office",
        lang="en",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk", "deletion"),
        templates=(
            "{public_name} was elected mayor of {town} in {year}[ and re-elected four years "
            "later|].",
            "[The current|Incumbent] mayor is {public_name}[ (since {year})|][. Source: the "
            "council website.|.]",
            "* '''Keep''' - {public_name} [is|was] [the mayor|a serving councillor and "
            "former mayor] of {town}; elected office meets WP:NPOL.",
        ),
    ),
    Family(
        id="en.neg.historical.occupation",
        lang="en",
        flag=False,
        exemption="historical",
        kinds=("article", "article_talk", "file"),
        templates=(
            "{name} (18[21|34|47|56]–19[01|09|12|23]) was a [schoolmaster|cooper|"
            "stonemason|lamplighter|mill clerk] in {town}[ for most of his life|].",
            "The [1881|1891|1901] census lists {given} {surname} as [a carter|a domestic "
            "servant|a coal porter] living in {town}.",
            "Portrait of {name} ([c. |]18[62|75|88]), [head porter|stationmaster] at {town} "
            "station[; photographer unknown|].",
        ),
    ),
    Family(
        id="en.neg.public_org.staff_page",
        lang="en",
        flag=False,
        exemption="public_org",
        kinds=("article", "article_talk", "wikidata"),
        templates=(
            "{org} is run by a [director|board of trustees][, currently {public_name}|] and "
            "[employs|has] about [thirty|forty|a dozen] [staff|people]. Enquiries: "
            "{org_phone}.",
            "[Contact|Visitor information]: {org}, {org_address}. Tel. {org_phone}, "
            "{org_email}.",
            "The director of {org}, {public_name}, [opened|curated] the {year} "
            "exhibition[.|, according to the press release.]",
        ),
    ),
    Family(
        id="en.neg.neutral.job_in_generic_discussion",
        lang="en",
        flag=False,
        exemption="neutral",
        kinds=("article_talk", "deletion"),
        templates=(
            "A {job} [told me|once told me] the article is wrong about [the dosage|the "
            "qualifications|shift lengths], but we need a [published|reliable] source, not "
            "anecdotes.",
            "[Any {job} will tell you|Ask any {job} and they'll say] [the figures in|the second "
            "paragraph of] this section [are|is] out of date.",
            "[Do we|Should we] have a separate article on [being|working as] a {job} in "
            "{town}? [Seems like original research to me.|Not sure it's notable.]",
        ),
    ),
    Family(
        id="en.neg.fiction.character_job",
        lang="en",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "In the [novel|series|film], {given} {surname} works as a {job} at {employer} "
            "[until|before] [the fire|the murder|her brother returns] in [chapter "
            "three|season two].",
            "[The protagonist|Main character] {name} is a [disillusioned|night-shift] {job}"
            "[ at the fictional {employer}|]; [the plot summary|this section] [needs "
            "trimming|is too long].",
            "[Character list|Cast]: {name} as [a|the] {job}[; {name2} as her manager|].",
        ),
    ),
    Family(
        id="en.neg.consented.own_request_added",
        lang="en",
        flag=False,
        exemption="consented",
        kinds=("article_talk", "user_talk"),
        templates=(
            "[Per|As per] {target}'s [own request|request above], I've added [their "
            "declared employer|{employer}] to the connected contributor template.",
            "{target} [asked me|has asked] to [note|post] [on their behalf|here] that they "
            "[work for|are employed by] {employer}[, as already stated on their user "
            "page|]. Done.",
            "[Moved|Copied] {target}'s [COI declaration|disclosure] from my talk page to "
            "here [at their request|with their permission].",
        ),
    ),
)

DE = (
    Family(
        id="de.neg.public_org.ansprechpartner",
        lang="de",
        flag=False,
        exemption="public_org",
        kinds=("article", "article_talk"),
        templates=(
            "Die Leitung ({org}) hat seit {year} {public_name} inne. Kontakt: {org_phone}, "
            "{org_email}.",
            "Anschrift: {org}, {org_address}[, Tel. {org_phone}|].",
            "Laut der Website von {org} hat das Haus [zwölf|rund zwanzig] Mitarbeiter; die "
            "Leitung hat {public_name}.",
        ),
    ),
    Family(
        id="de.neg.warning.socke_erkannt",
        lang="de",
        flag=False,
        exemption="warning",
        kinds=("user_talk", "noticeboard", "checkuser"),
        templates=(
            "Wir wissen, dass du das bist, {target}: [gleiche Edits|gleicher Artikel|gleiche "
            "Zusammenfassungen] wie beim gesperrten Konto. [Sperrumgehung wird "
            "revertiert.|Bitte stell einen Entsperrwunsch mit dem Hauptkonto.]",
            "Offensichtliche Socke von {target}[, siehe CU|]. [Gesperrt.|Gemeldet.]",
            "Ausloggen ändert nichts: du bist [dieselbe Person|derselbe Benutzer] wie das am "
            "{date} gesperrte Konto.",
        ),
    ),
    Family(
        id="de.neg.warning.vm_angedroht",
        lang="de",
        flag=False,
        exemption="warning",
        kinds=_TALK,
        templates=(
            "Noch ein Revert und ich melde dich auf [VM|der Vandalismusmeldung|WP:VM][.|, "
            "{target}.]",
            "[Wenn|Falls] du [weiter|nochmal] [revertierst|ohne Begründung löschst], "
            "[landet das auf VM|gibt es eine VM]. [Bitte nutze die Disk.|Letzte Ansage.]",
            "[Hör bitte auf|Lass das bitte]. Beim nächsten Mal [beantrage ich|gibt es] eine "
            "Sperre.",
        ),
    ),
    Family(
        id="de.neg.warning.checkuser_anfrage",
        lang="de",
        flag=False,
        exemption="warning",
        kinds=("checkuser", "noticeboard", "user_talk"),
        templates=(
            "[Ich habe|Habe] eine CU-Anfrage gestellt. [Die Checkuser werden das prüfen.|"
            "Falls das Sockenpuppen sind, kommt es raus.]",
            "Begründung: gleiche [Zusammenfassungszeilen|Tippfehler|Themen], [abwechselnde|"
            "sich ergänzende] Bearbeitungszeiten. [Bitte um Prüfung.|Wer dahintersteckt, ist "
            "egal.]",
            "[Ein Checkuser|CU] wird sich das ansehen[, {target}|]. Ausloggen hilft da nicht.",
        ),
    ),
    Family(
        id="de.neg.self_disclosure.beruf_benutzerseite",
        lang="de",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Hallo, ich bin {given}, [arbeite als|von Beruf] {job} bei {employer} und "
            "schreibe in meiner Freizeit über [Regionalgeschichte|Eisenbahnen|Vögel].",
            "== Über mich ==\n* Beruf: {job}\n* Arbeitgeber: {employer}\n* Wohnort: {town}",
            "Ich bin seit [zehn|zwanzig] Jahren {job}[, derzeit bei {employer}|]. Bei "
            "Fragen zu [meinem Fachgebiet|diesem Bereich] gern auf meiner Disk melden.",
        ),
    ),
    Family(
        id="de.neg.self_disclosure.bezahltes_schreiben",
        lang="de",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Offenlegung: Ich bin bei {employer} angestellt und bearbeite Artikel im "
            "Auftrag meines Arbeitgebers (siehe WP:Bezahltes Schreiben).",
            "== Transparenz ==\nDieses Benutzerkonto wird von [einer|einem] Beschäftigten "
            "von {employer} betrieben. Ich nehme Änderungen am Artikel {article} nur über "
            "die Diskussionsseite vor.",
            "[Hinweis|Interessenkonflikt]: Ich arbeite [für|bei] {employer} und werde für "
            "Bearbeitungen [bezahlt|im Rahmen meiner Arbeitszeit tätig].",
        ),
    ),
    Family(
        id="de.neg.public_figure.buergermeister",
        lang="de",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "Seit {year} ist {public_name} Oberbürgermeister[in|] von {town}.",
            "{public_name} ist Vorstandsvorsitzende[r|] von {employer}[; Quelle: "
            "Geschäftsbericht {year}|].",
            "Bürgermeister[in|] ist [derzeit|seit der Wahl {year}] {public_name}[. Bitte "
            "Infobox aktualisieren.|.]",
        ),
    ),
    Family(
        id="de.neg.historical.beruf",
        lang="de",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{name} (* 18[12|27|43] in {town}; † 18[88|95|99]) war ein deutscher "
            "[Kupferstecher|Orgelbauer|Lehrer|Stadtbaumeister].",
            "Im Adressbuch von 18[76|84|97] ist {given} {surname} als [Fuhrmann|Bäckermeister|"
            "Schneider] in der Kirchgasse verzeichnet.",
            "Porträt von {name} (um 18[60|70|80]), [Bahnhofsvorsteher|Postmeister] in {town}.",
        ),
    ),
    Family(
        id="de.neg.neutral.beruf_allgemein",
        lang="de",
        flag=False,
        exemption="neutral",
        kinds=("article_talk", "deletion"),
        templates=(
            "Jemand, der als {job} arbeitet, hat mir gesagt, dass die Angaben im Abschnitt "
            "veraltet sind. Ohne "
            "Beleg bringt uns das aber nichts.",
            "Frag mal jemanden, der als {job} arbeitet: [der wird dir bestätigen|die weiß], dass "
            "die Zahlen hier nicht "
            "stimmen[.| – aber bitte mit Quelle.]",
            "Braucht es wirklich einen eigenen Artikel zum Berufsbild {job}? [Klingt nach "
            "Theoriefindung.|Relevanz?]",
        ),
    ),
)

FR = (
    Family(
        id="fr.neg.consented.demande_propre",
        lang="fr",
        flag=False,
        exemption="consented",
        kinds=("article_talk", "user_talk"),
        templates=(
            "À la demande de {target}, j'ai ajouté [son employeur déclaré|{employer}] au "
            "bandeau de contributeur lié.",
            "{target} m'a demandé d'indiquer ici qu'[il|elle] travaille pour {employer}, "
            "comme [il|elle] l'a déjà écrit sur sa page utilisateur.",
            "Déclaration de conflit d'intérêts de {target} déplacée ici depuis ma PdD, [avec "
            "son accord|à sa demande].",
        ),
    ),
    Family(
        id="fr.neg.warning.signalement_ba",
        lang="fr",
        flag=False,
        exemption="warning",
        kinds=_TALK,
        templates=(
            "Encore une annulation et je fais un signalement sur le BA[.|, {target}.]",
            "Si vous [annulez|supprimez] encore sans explication, je demande un blocage. "
            "[Merci d'utiliser la PdD.|Dernier avertissement.]",
            "[Dernier avertissement|Avertissement final] : la prochaine [attaque "
            "personnelle|guerre d'édition] sera signalée aux administrateurs.",
        ),
    ),
    Family(
        id="fr.neg.warning.requete_cu",
        lang="fr",
        flag=False,
        exemption="warning",
        kinds=("checkuser", "noticeboard", "user_talk"),
        templates=(
            "J'ai déposé une requête aux vérificateurs d'adresses IP. [S'il s'agit de faux "
            "nez, ça se verra.|Ils trancheront.]",
            "Motif : mêmes [résumés de modification|fautes|sujets], horaires de contribution "
            "[alternés|complémentaires]. [Merci de vérifier.|]",
            "Un vérificateur va regarder ça[, {target}|]. Se déconnecter n'y changera rien.",
        ),
    ),
    Family(
        id="fr.neg.self_disclosure.metier_page_perso",
        lang="fr",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Bonjour, je m'appelle {given}, je suis {job} [chez|pour] {employer} et je "
            "contribue surtout sur [l'histoire locale|le patrimoine|les oiseaux].",
            "== Qui suis-je ? ==\n* Métier : {job}\n* Employeur : {employer}\n* "
            "Région : {town}",
            "{job} depuis [dix|vingt] ans[, actuellement chez {employer}|], je relis "
            "volontiers les articles de ce domaine.",
        ),
    ),
    Family(
        id="fr.neg.self_disclosure.contributions_remunerees",
        lang="fr",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Conformément aux conditions d'utilisation, je déclare être salarié[e|] de "
            "{employer} et rémunéré[e|] pour certaines de mes contributions.",
            "== Contributions rémunérées ==\nEmployeur : {employer}. Je ne modifie pas "
            "directement l'article {article} et passe par la page de discussion.",
            "Conflit d'intérêts déclaré : je travaille pour {employer}[ comme {job}|].",
        ),
    ),
    Family(
        id="fr.neg.public_figure.maire_pdg",
        lang="fr",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "{public_name} est maire de {town} depuis {year}.",
            "{public_name}, qui dirige {employer} depuis {year}, a annoncé [l'ouverture d'un "
            "second site|un plan de restructuration].",
            "Le maire actuel est {public_name}[ (élu en {year})|][ ; il faudrait mettre à "
            "jour l'infobox|].",
        ),
    ),
    Family(
        id="fr.neg.historical.metier",
        lang="fr",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{name}, né à {town} en 18[14|29|41] et mort en 18[87|93|99], est un "
            "[maître verrier|instituteur|architecte] français.",
            "Le recensement de 18[76|86|96] mentionne {given} {surname}, [sabotier|"
            "lavandière|tonnelier], rue du Moulin.",
            "Portrait de {name} (vers 18[65|72|80]), [chef de gare|receveur des postes] à "
            "{town}.",
        ),
    ),
    Family(
        id="fr.neg.fiction.personnage_metier",
        lang="fr",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "Dans le roman, {name} est {job} chez {employer} jusqu'à [l'incendie|la mort de "
            "son frère].",
            "Personnages principaux : {name}, {job} désabusé[e|] ; {name2}, sa collègue.",
            "Le résumé de l'intrigue est trop long : on n'a pas besoin de savoir que "
            "{given} travaille comme {job} [dès le premier chapitre|dans la saison 2].",
        ),
    ),
)

ES = (
    Family(
        id="es.neg.fiction.personaje_oficio",
        lang="es",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "En la novela, {name} trabaja de {job} en {employer} hasta [el incendio|la "
            "muerte de su hermano].",
            "Personajes principales: {name}, {job} desencantad[o|a]; {name2}, compañera "
            "de trabajo.",
            "El argumento es demasiado largo: no hace falta contar que {given} trabaja de "
            "{job} [ya en el primer capítulo|en cada episodio].",
        ),
    ),
    Family(
        id="es.neg.warning.eres_el_titere",
        lang="es",
        flag=False,
        exemption="warning",
        kinds=("user_talk", "noticeboard", "checkuser"),
        templates=(
            "Sabemos que eres tú, {target}: [mismas ediciones|mismo artículo|mismos "
            "resúmenes] que la cuenta bloqueada. [Las ediciones evadiendo el bloqueo se "
            "revertirán.|Apela desde tu cuenta principal.]",
            "Títere evidente de {target}[, ver VU|]. [Bloqueado.|Denunciado.]",
            "Desconectarte no cambia nada: eres la misma persona que la cuenta bloqueada el "
            "{date}.",
        ),
    ),
    Family(
        id="es.neg.warning.denuncia_tab",
        lang="es",
        flag=False,
        exemption="warning",
        kinds=_TALK,
        templates=(
            "Una reversión más y te denuncio en el TAB[.|, {target}.]",
            "Si vuelves a [revertir|borrar] sin explicar, [pediré un bloqueo|lo llevo al "
            "tablón]. [Usa la discusión.|Último aviso.]",
            "[Último aviso|Aviso final]: el próximo [ataque personal|vandalismo] acabará en "
            "bloqueo.",
        ),
    ),
    Family(
        id="es.neg.warning.verificacion_usuarios",
        lang="es",
        flag=False,
        exemption="warning",
        kinds=("checkuser", "noticeboard", "user_talk"),
        templates=(
            "He abierto una solicitud de verificación de usuarios. [Si son títeres, se "
            "sabrá.|Que decidan los checkusers.]",
            "Motivo: mismos [resúmenes de edición|errores ortográficos|artículos], horarios "
            "[alternos|complementarios]. [Solicito comprobación.|]",
            "Un checkuser va a revisarlo[, {target}|]. Desconectarte no te servirá de nada.",
        ),
    ),
    Family(
        id="es.neg.self_disclosure.oficio_pagina_propia",
        lang="es",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "¡Hola! Soy {given}, trabajo de {job} en {employer} y edito sobre [historia "
            "local|ferrocarriles|aves] en mis ratos libres.",
            "== Sobre mí ==\n* Profesión: {job}\n* Trabajo en: {employer}\n* Vivo en: {town}",
            "Llevo [diez|veinte] años como {job}[, ahora en {employer}|]. Si tenéis dudas "
            "sobre el tema, escribidme.",
        ),
    ),
    Family(
        id="es.neg.self_disclosure.edicion_pagada",
        lang="es",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "De acuerdo con los términos de uso, declaro que trabajo en {employer} y que "
            "recibo remuneración por algunas ediciones.",
            "== Edición pagada ==\nEmpleador: {employer}. No editaré directamente el "
            "artículo {article}; propondré cambios en la discusión.",
            "Conflicto de interés declarado: soy {job} en {employer}.",
        ),
    ),
    Family(
        id="es.neg.public_figure.alcalde_consejero",
        lang="es",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "{public_name} es alcalde[sa|] de {town} desde {year}.",
            "{public_name}, que dirige {employer} desde {year}, anunció [la "
            "apertura de una nueva planta|un ERE].",
            "El alcalde actual es {public_name}[ (elegido en {year})|][; hay que actualizar "
            "la ficha|].",
        ),
    ),
    Family(
        id="es.neg.historical.oficio",
        lang="es",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{name} ({town}, 18[15|28|40] – 18[86|94|99]) fue un [maestro de "
            "obras|boticario|maestro de escuela] español.",
            "El padrón de 18[77|87|97] registra a {given} {surname} como [arriero|"
            "tonelero|costurera] en la calle Mayor.",
            "Retrato de {name} (hacia 18[66|74|81]), [jefe de estación|administrador de "
            "correos] de {town}.",
        ),
    ),
    Family(
        id="es.neg.neutral.oficio_generico",
        lang="es",
        flag=False,
        exemption="neutral",
        kinds=("article_talk", "deletion"),
        templates=(
            "Alguien que trabaja de {job} me comentó que los datos de la sección están "
            "desfasados, pero sin "
            "fuente fiable no podemos cambiarlos.",
            "Cualquier {job} te dirá que esas cifras no cuadran[.|, pero hace falta una "
            "referencia.]",
            "¿De verdad hace falta un artículo sobre la profesión de {job} en {town}? "
            "[Parece fuente primaria.|Dudo de su relevancia.]",
        ),
    ),
)

IT = (
    Family(
        id="it.neg.public_org.organigramma",
        lang="it",
        flag=False,
        exemption="public_org",
        kinds=("article", "article_talk"),
        templates=(
            "Dal {year} {public_name} dirige {org}. Contatti: "
            "{org_phone}, {org_email}.",
            "Sede: {org}, {org_address}[, tel. {org_phone}|].",
            "Secondo il sito istituzionale, {org} ha [dodici|una ventina di] dipendenti; "
            "direttore è {public_name}.",
        ),
    ),
    Family(
        id="it.neg.warning.segnalazione_vandalismi",
        lang="it",
        flag=False,
        exemption="warning",
        kinds=_TALK,
        templates=(
            "Ancora un rollback e ti segnalo in [WP:VIC|Vandalismi in corso|Utenti "
            "problematici][.|, {target}.]",
            "Se annulli di nuovo senza spiegazioni chiederò un blocco. [Usa la pagina di "
            "discussione.|Ultimo avviso.]",
            "[Ultimo avviso|Avviso finale]: il prossimo [attacco personale|vandalismo] "
            "porterà a un blocco.",
        ),
    ),
    Family(
        id="it.neg.warning.richiesta_checkuser",
        lang="it",
        flag=False,
        exemption="warning",
        kinds=("checkuser", "noticeboard", "user_talk"),
        templates=(
            "Ho aperto una richiesta di checkuser. [Se sono sockpuppet, verrà fuori.|"
            "Decideranno i CU.]",
            "Motivazione: stessi [oggetti delle modifiche|errori|argomenti], orari "
            "[alternati|complementari]. [Chiedo verifica.|]",
            "Un checkuser darà un'occhiata[, {target}|]. Sloggarsi non serve.",
        ),
    ),
    Family(
        id="it.neg.self_disclosure.lavoro_pagina_utente",
        lang="it",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Ciao! Sono {given}, lavoro come {job} presso {employer} e nel tempo libero "
            "scrivo di [storia locale|ferrovie|ornitologia].",
            "== Chi sono ==\n* Professione: {job}\n* Datore di lavoro: {employer}\n* "
            "Città: {town}",
            "Sono {job} da [dieci|vent'] anni[, attualmente presso {employer}|]. Per domande "
            "sul tema scrivetemi pure.",
        ),
    ),
    Family(
        id="it.neg.self_disclosure.contributi_retribuiti",
        lang="it",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Come richiesto dalle condizioni d'uso, dichiaro di lavorare presso {employer} "
            "e di essere retribuito per alcuni contributi.",
            "== Contributi retribuiti ==\nDatore di lavoro: {employer}. Non modifico "
            "direttamente la voce {article}; propongo le modifiche in discussione.",
            "Conflitto di interessi dichiarato: sono {job} presso {employer}.",
        ),
    ),
    Family(
        id="it.neg.public_figure.sindaco_ad",
        lang="it",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "{public_name} è sindaco di {town} dal {year}.",
            "{public_name}, che dirige {employer} dal {year}, ha annunciato "
            "[un nuovo stabilimento|un piano di esuberi].",
            "L'attuale sindaco è {public_name}[ (eletto nel {year})|][; va aggiornato il "
            "template|].",
        ),
    ),
    Family(
        id="it.neg.historical.mestiere",
        lang="it",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{name} ({town}, 18[16|25|39] – 18[84|91|98]) è stato un [capomastro|"
            "farmacista|maestro elementare] italiano.",
            "Nello stato delle anime del 18[71|83|95] {given} {surname} risulta [bottaio|"
            "mugnaio|sarta] in contrada San Rocco.",
            "Ritratto di {name} (circa 18[64|72|80]), [capostazione|ufficiale postale] a "
            "{town}.",
        ),
    ),
    Family(
        id="it.neg.fiction.personaggio_lavoro",
        lang="it",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "Nel romanzo {name} lavora come {job} presso {employer} fino [all'incendio|alla "
            "morte del fratello].",
            "Personaggi principali: {name}, {job} disillus[o|a]; {name2}, collega.",
            "La trama è troppo lunga: non serve dire che {given} lavora come {job} [già nel "
            "primo capitolo|nella seconda stagione].",
        ),
    ),
)

PT = (
    Family(
        id="pt.neg.fiction.personagem_profissao",
        lang="pt",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "No romance, {name} trabalha como {job} até [ao incêndio|à morte do irmão].",
            "Personagens principais: {name}, {job} desiludid[o|a]; {name2}, colega de "
            "trabalho.",
            "A sinopse está longa demais: não é preciso dizer que {given} trabalha como "
            "{job} [logo no primeiro capítulo|em cada episódio].",
        ),
    ),
    Family(
        id="pt.neg.warning.pedido_administradores",
        lang="pt",
        flag=False,
        exemption="warning",
        kinds=_TALK,
        templates=(
            "Mais uma reversão e levo o caso aos pedidos a administradores[.|, {target}.]",
            "Se voltar a reverter sem explicação, vou pedir um bloqueio. [Use a página de "
            "discussão.|Último aviso.]",
            "[Último aviso|Aviso final]: o próximo [ataque pessoal|ato de vandalismo] vai "
            "dar bloqueio.",
        ),
    ),
    Family(
        id="pt.neg.warning.verificacao_checkuser",
        lang="pt",
        flag=False,
        exemption="warning",
        kinds=("checkuser", "noticeboard", "user_talk"),
        templates=(
            "Abri um pedido a verificadores (CheckUser). [Se forem fantoches, vai aparecer.|"
            "Eles decidem.]",
            "Motivo: mesmos [sumários de edição|erros|artigos], horários [alternados|"
            "complementares]. [Peço verificação.|]",
            "Um verificador vai analisar isto[, {target}|]. Fazer logout não adianta.",
        ),
    ),
    Family(
        id="pt.neg.self_disclosure.profissao_pagina_propria",
        lang="pt",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Olá! Sou {given}, trabalho como {job} para {employer} e escrevo sobre "
            "[história local|caminhos de ferro|aves] nas horas vagas.",
            "== Sobre mim ==\n* Profissão: {job}\n* Empregador: {employer}\n* Cidade: {town}",
            "Sou {job} há [dez|vinte] anos. Dúvidas sobre o tema? Deixem mensagem na minha "
            "discussão.",
        ),
    ),
    Family(
        id="pt.neg.self_disclosure.edicao_paga",
        lang="pt",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Conforme os termos de uso, declaro que trabalho para {employer} e sou "
            "remunerado por algumas edições.",
            "== Edição paga ==\nEmpregador: {employer}. Não edito diretamente o artigo "
            "{article}; sugiro alterações na discussão.",
            "Conflito de interesses declarado: sou {job} e trabalho para {employer}.",
        ),
    ),
    Family(
        id="pt.neg.public_figure.prefeito_presidente",
        lang="pt",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "{public_name} é [prefeito|presidente da câmara] de {town} desde {year}.",
            "{public_name}, presidente executivo desde {year} (empresa: {employer}), anunciou "
            "[uma nova fábrica|um plano de reestruturação].",
            "O atual [prefeito|presidente da câmara] é {public_name}[ (eleito em {year})|]"
            "[; é preciso atualizar a infocaixa|].",
        ),
    ),
    Family(
        id="pt.neg.historical.oficio",
        lang="pt",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{name} ({town}, 18[13|26|38] – 18[85|92|98]) foi um [mestre de obras|"
            "boticário|professor primário] português.",
            "O recenseamento de 18[78|88|98] indica {given} {surname} como [tanoeiro|"
            "moleiro|costureira] na Rua Direita.",
            "Retrato de {name} (c. 18[63|71|79]), [chefe de estação|agente dos correios] em "
            "{town}.",
        ),
    ),
    Family(
        id="pt.neg.neutral.profissao_generica",
        lang="pt",
        flag=False,
        exemption="neutral",
        kinds=("article_talk", "deletion"),
        templates=(
            "Alguém que trabalha como {job} disse-me que os dados desta secção estão "
            "desatualizados, mas sem "
            "fonte fiável não dá para mudar.",
            "Qualquer {job} vai dizer que esses números não batem[.|, mas precisamos de "
            "referência.]",
            "Precisamos mesmo de um artigo sobre a profissão de {job} em {town}? [Parece "
            "pesquisa inédita.|Duvido da notoriedade.]",
        ),
    ),
)

NL = (
    Family(
        id="nl.neg.public_org.medewerkers",
        lang="nl",
        flag=False,
        exemption="public_org",
        kinds=("article", "article_talk"),
        templates=(
            "Sinds {year} is {public_name} directeur van {org}. Contact: {org_phone}, "
            "{org_email}.",
            "Adres: {org}, {org_address}[, tel. {org_phone}|].",
            "Volgens de website heeft {org} [twaalf|zo'n twintig] medewerkers; directeur is "
            "{public_name}.",
        ),
    ),
    Family(
        id="nl.neg.warning.verzoekpagina_melding",
        lang="nl",
        flag=False,
        exemption="warning",
        kinds=_TALK,
        templates=(
            "Nog één revert en ik meld je op de verzoekpagina voor moderatoren[.|, "
            "{target}.]",
            "Als je weer zonder uitleg terugdraait, vraag ik een blokkade aan. [Gebruik de "
            "overlegpagina.|Laatste waarschuwing.]",
            "[Laatste waarschuwing|Dit is je laatste waarschuwing]: bij de volgende "
            "[persoonlijke aanval|vandalisme] volgt een blokkade.",
        ),
    ),
    Family(
        id="nl.neg.warning.checkuser_aanvraag",
        lang="nl",
        flag=False,
        exemption="warning",
        kinds=("checkuser", "noticeboard", "user_talk"),
        templates=(
            "Ik heb een checkuser-aanvraag ingediend. [Als het sokpoppen zijn, komt dat "
            "vanzelf uit.|De checkusers beslissen.]",
            "Reden: dezelfde [bewerkingssamenvattingen|tikfouten|artikelen], [afwisselende|"
            "aansluitende] bewerkingstijden. [Graag controle.|]",
            "Een checkuser gaat hiernaar kijken[, {target}|]. Uitloggen helpt niet.",
        ),
    ),
    Family(
        id="nl.neg.self_disclosure.beroep_eigen_pagina",
        lang="nl",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Hoi! Ik ben {given}, ik werk als {job} bij {employer} en schrijf in mijn vrije "
            "tijd over [streekgeschiedenis|spoorwegen|vogels].",
            "== Over mij ==\n* Beroep: {job}\n* Werkgever: {employer}\n* Woonplaats: {town}",
            "Ik ben al [tien|twintig] jaar {job}[, nu bij {employer}|]. Vragen over dit "
            "onderwerp? Laat een bericht achter.",
        ),
    ),
    Family(
        id="nl.neg.self_disclosure.betaald_bewerken",
        lang="nl",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Conform de gebruiksvoorwaarden verklaar ik dat ik bij {employer} werk en voor "
            "sommige bewerkingen betaald word.",
            "== Betaald bewerken ==\nWerkgever: {employer}. Ik bewerk het artikel {article} "
            "niet zelf maar doe voorstellen op de overlegpagina.",
            "Belangenverstrengeling gemeld: ik ben {job} bij {employer}.",
        ),
    ),
    Family(
        id="nl.neg.public_figure.burgemeester_directeur",
        lang="nl",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "{public_name} is sinds {year} burgemeester van {town}.",
            "{public_name}, sinds {year} algemeen directeur van {employer}, kondigde [een "
            "nieuwe vestiging|een reorganisatie] aan.",
            "De huidige burgemeester is {public_name}[ (benoemd in {year})|][; infobox "
            "bijwerken graag|].",
        ),
    ),
    Family(
        id="nl.neg.historical.beroep",
        lang="nl",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{name} ({town}, 18[17|24|36] – 18[82|90|97]) was een Nederlands "
            "[bouwmeester|apotheker|onderwijzer].",
            "In het bevolkingsregister van 18[70|85|95] staat {given} {surname} vermeld als "
            "[kuiper|molenaar|naaister] aan de Kerkstraat.",
            "Portret van {name} (ca. 18[61|73|84]), [stationschef|postdirecteur] te {town}.",
        ),
    ),
    Family(
        id="nl.neg.fiction.personage_beroep",
        lang="nl",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "In de roman werkt {name} als {job} bij {employer}, tot [de brand|de dood van "
            "haar broer].",
            "Hoofdpersonages: {name}, een gedesillusioneerde {job}; {name2}, een collega.",
            "De samenvatting is te lang: dat {given} als {job} werkt hoeft er niet [al in "
            "de eerste alinea|per aflevering] in.",
        ),
    ),
)

PL = (
    Family(
        id="pl.neg.fiction.postac_zawod",
        lang="pl",
        flag=False,
        exemption="fiction",
        kinds=("article", "article_talk"),
        templates=(
            "W powieści {name} pracuje jako {job} aż do [pożaru|śmierci brata].",
            "Główni bohaterowie: {name} – {job}, rozczarowan[y|a] życiem; {name2} – "
            "współpracowni[k|czka].",
            "Streszczenie jest za długie: nie trzeba pisać, że {given} pracuje jako {job} "
            "[już w pierwszym rozdziale|w każdym odcinku].",
        ),
    ),
    Family(
        id="pl.neg.warning.zgloszenie_pda",
        lang="pl",
        flag=False,
        exemption="warning",
        kinds=_TALK,
        templates=(
            "Jeszcze jeden rewert i zgłaszam cię w [Prośbach do administratorów|WP:PdA|"
            "PdA][.|, {target}.]",
            "Jeśli znów wycofasz bez uzasadnienia, poproszę o blokadę. [Skorzystaj z "
            "dyskusji.|Ostatnie ostrzeżenie.]",
            "[Ostatnie ostrzeżenie|To ostatnie ostrzeżenie]: kolejny [atak osobisty|wandalizm]"
            " skończy się blokadą.",
        ),
    ),
    Family(
        id="pl.neg.warning.prosba_checkuser",
        lang="pl",
        flag=False,
        exemption="warning",
        kinds=("checkuser", "noticeboard", "user_talk"),
        templates=(
            "Złożyłem prośbę o sprawdzenie przez CheckUsera. [Jeśli to pacynki, wyjdzie "
            "to.|Niech zdecydują checkuserzy.]",
            "Uzasadnienie: te same [opisy zmian|literówki|artykuły], [naprzemienne|"
            "uzupełniające się] godziny edycji. [Proszę o sprawdzenie.|]",
            "CheckUser to sprawdzi[, {target}|]. Wylogowanie nic nie da.",
        ),
    ),
    Family(
        id="pl.neg.self_disclosure.zawod_wlasna_strona",
        lang="pl",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Cześć! Jestem {given}, pracuję jako {job} (pracodawca: {employer}), a w wolnym "
            "czasie piszę o [historii regionu|kolei|ptakach].",
            "== O mnie ==\n* Zawód: {job}\n* Pracodawca: {employer}\n* Miasto: {town}",
            "Od [dziesięciu|dwudziestu] lat pracuję jako {job}. Pytania z tej dziedziny? "
            "Zapraszam do dyskusji.",
        ),
    ),
    Family(
        id="pl.neg.self_disclosure.edycje_platne",
        lang="pl",
        flag=False,
        exemption="self_disclosure",
        kinds=("own_user_page",),
        templates=(
            "Zgodnie z warunkami korzystania oświadczam, że pracuję w: {employer} i "
            "otrzymuję wynagrodzenie za część edycji.",
            "== Edycje płatne ==\nPracodawca: {employer}. Nie edytuję bezpośrednio artykułu "
            "{article}, propozycje zgłaszam w dyskusji.",
            "Deklaracja konfliktu interesów: pracuję jako {job}, pracodawca: {employer}.",
        ),
    ),
    Family(
        id="pl.neg.public_figure.prezydent_i_prezes",
        lang="pl",
        flag=False,
        exemption="public_figure",
        kinds=("article", "article_talk"),
        templates=(
            "Od {year} prezydentem miasta {town} jest {public_name}.",
            "{public_name} (od {year} prezes zarządu; {employer}) zapowiedział[a|] "
            "[budowę nowego zakładu|restrukturyzację].",
            "Obecny burmistrz to {public_name}[ (wybrany w {year})|][; trzeba "
            "zaktualizować infoboks|].",
        ),
    ),
    Family(
        id="pl.neg.historical.zawod",
        lang="pl",
        flag=False,
        exemption="historical",
        kinds=("article", "file"),
        templates=(
            "{name} (ur. 18[11|23|37] w {town}, zm. 18[83|90|96]) – polski [budowniczy|"
            "aptekarz|nauczyciel].",
            "W spisie z 18[70|82|97] {given} {surname} figuruje jako [bednarz|młynarz|"
            "szwaczka] przy ulicy Długiej.",
            "Portret: {name} (ok. 18[62|70|81]), [zawiadowca stacji|naczelnik poczty] w "
            "{town}.",
        ),
    ),
    Family(
        id="pl.neg.neutral.zawod_ogolnie",
        lang="pl",
        flag=False,
        exemption="neutral",
        kinds=("article_talk", "deletion"),
        templates=(
            "Znajoma [pielęgniarka|nauczycielka] mówi, że dane w tej sekcji są nieaktualne, "
            "ale bez źródła nic nie zmienimy.",
            "Każdy, kto pracuje jako {job}, potwierdzi, że te liczby się nie zgadzają[.|, ale "
            "potrzebny jest "
            "przypis.]",
            "Czy naprawdę potrzebujemy osobnego artykułu o zawodzie „{job}”? [Wygląda na "
            "twórczość własną.|Wątpliwa encyklopedyczność.]",
        ),
    ),
)

FAMILIES: tuple[Family, ...] = EN + DE + FR + ES + IT + PT + NL + PL
