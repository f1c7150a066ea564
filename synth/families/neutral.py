"""Neutral talk and prose with no personal information about anyone (flag=False, "neutral").

Ordinary discussion, noticeboard, deletion, sockpuppet, file-description and article text in
every language. Besides being negatives, they serve as surrounding text for other records.
"""

from __future__ import annotations

from synth.family import Family


def _n(lang: str, slug: str, kinds: tuple[str, ...], *templates: str) -> Family:
    return Family(id=f"{lang}.neg.neutral.{slug}", lang=lang, flag=False, exemption="neutral",
                  kinds=kinds, templates=templates)


EN = (
    _n("en", "page_title_move", ("article_talk",),
       "[Shouldn't|Should] this page be [moved|renamed] to the [official|local] spelling? "
       "[Most recent sources use it.|The {year} gazetteer does.]",
       "[Oppose|Support] move; [WP:COMMONNAME favours the current title|the new name has "
       "been in use since {year}].",
       "[Moved|Not moved] per the discussion above. [Redirect left in place.|Please fix "
       "double redirects.]"),
    _n("en", "sources_dispute", ("article_talk",),
       "The [second|third] source in the [History|Background] section [doesn't|does not] "
       "support the {year} date. [I've tagged it with a citation needed for now.|Does anyone "
       "have access to the original?]",
       "[I'm not sure|Not convinced] the local paper counts as a reliable source here; "
       "[it's|it is] basically a press release. [Can we find something better?|Thoughts?]",
       "[Per WP:V|Per verifiability], I've removed the unsourced paragraph about the "
       "[bridge|railway station|old mill]. [Happy to restore it if a source turns "
       "up.|Feel free to re-add with a citation.]",
       "The population figure [is|looks] out of date; the {year} census [gives|has] a "
       "different number. [I'll update it unless someone objects.|Updating.]"),
    _n("en", "noticeboard_edit_war", ("noticeboard",),
       "Slow edit war at {article} over the infobox image, [four|five] reverts each "
       "since {date}. [Could an uninvolved admin take a look?|Page protection might help.]",
       "[Result:|Closing:] [Page protected for a week.|No violation.|Both editors warned.] "
       "Please [discuss|sort this out] on the talk page.",
       "[Not an|This isn't an] [ANI|AN/I] matter; [it's|this is] a content dispute. "
       "[Try WP:DRN or an RfC.|Suggest an RfC.]"),
    _n("en", "deletion_notability", ("deletion",),
       "* '''Delete''' - fails WP:GNG; [the only|all] sources are [routine|primary] "
       "[listings|announcements].",
       "* '''Keep''' - [significant coverage|coverage] in [two|several] regional newspapers "
       "[since {year}|over several years]; meets WP:GEOLAND.",
       "* '''Merge''' to {article}. [Not enough for a standalone article, but|Some of] the "
       "material is [verifiable|useful].",
       "[Relisted|Relisting] to generate a more thorough discussion and clearer consensus."),
    _n("en", "spi_behaviour", ("spi", "checkuser"),
       "Both accounts [add the same unsourced claims|make the same formatting errors] on "
       "{article} and [never edit at the same time|use identical edit summaries]. "
       "[Requesting CU to check for sleepers.|Behavioural evidence below.]",
       "{{checkuser|{target}}} [created|registered] [two days|an hour] after the previous "
       "block, [same|identical] interest in [football|local history] articles.",
       "[Clerk note:|Note:] [Blocked and tagged.|Closing, no action.] [Technically "
       "unrelated, but behaviourally likely.|Nothing further to do here.]"),
    _n("en", "file_description_landscape", ("file",),
       "== Summary ==\n{{Information|description=View of the [market square|old "
       "harbour|parish church] in {article}, [looking north|from the bridge]|date={date}"
       "|source=own work|author=}}",
       "[Panorama|View] of {article} [from the hill|at dusk|in winter], taken {date}.",
       "Interior of the railway station in {article} ({year}). [Own work.|]"),
    _n("en", "article_prose_town", ("article",),
       "{article} is a market town [on the river|in the valley][, first mentioned in the 12th "
       "century|]. [It grew around a wool trade.|The "
       "railway arrived in 1850.]",
       "The [town hall|parish church] of {article} was [rebuilt|restored] in {year} after a "
       "fire[ destroyed the roof|].",
       "Since {year}, {article} has hosted an annual [music festival|agricultural show] "
       "[held every August|that draws visitors from the region]."),
    _n("en", "user_talk_welcome", ("user_talk",),
       "[Welcome to Wikipedia!|Hello, and welcome!] Thanks for your [edits to|work on] "
       "{article}. [If you have questions, ask at the Teahouse.|Don't forget to cite "
       "sources.]",
       "Thanks for the [copyedit|new photo|citation] on {article}, [much appreciated|nice "
       "work]!",
       "[Hi {target},|Hello,] I've [reverted|undone] your change to {article} because it "
       "[removed sourced content|had no source]. [Happy to discuss on the talk page.|Let me "
       "know if you disagree.]"),
    _n("en", "merge_proposal", ("article_talk",),
       "I propose merging [the article on the old station|the festival article] into "
       "{article}; [the two overlap heavily|there's little independent coverage]. "
       "[Comments welcome.|Any objections?]",
       "[Support|Oppose] merge. [Both are short.|The subject is notable on its own.]",
       "[Closing as no consensus.|Merged per discussion above.]"),
    _n("en", "wikidata_place", ("wikidata",),
       "instance of: town\ncountry: [United Kingdom|United States]\nlocated in: {article}\n"
       "inception: {year}",
       "inception: {year}\nofficial website: (none)\nCommons category: "
       "{article}",
       "description: [market town|village|municipality] in [the region|the county]\n"
       "[twinned administrative body|shares border with]: {article}"),
    _n("en", "summary_housekeeping", ("summary",),
       "[copyedit|ce]; fix ref formatting",
       "[rm|removing] unsourced [trivia|claims]; see talk",
       "[updated|update] population ({year} census)",
       "[rv|Reverted] unexplained removal of content"),
)

DE = (
    _n("de", "lemma_verschieben", ("article_talk",),
       "Sollte das Lemma nicht nach der amtlichen Schreibweise verschoben werden? [Die "
       "neueren Quellen verwenden sie.|Seit {year} ist sie üblich.]",
       "[Contra|Pro] Verschiebung, [das jetzige Lemma ist die gebräuchliche Form|die "
       "Umbenennung erfolgte {year}].",
       "[Verschoben.|Nicht verschoben.] [Weiterleitung bleibt bestehen.|]"),
    _n("de", "belege_disk", ("article_talk",),
       "Die Angabe zum Baujahr ({year}) ist [nicht belegt|unbelegt]. [Hat jemand "
       "Zugriff auf die Ortschronik?|Ich setze mal einen Belege-fehlen-Baustein.]",
       "Der Artikel in der Lokalzeitung ist [eher|im Grunde] eine Pressemitteilung, "
       "[das reicht als Beleg nicht|taugt nicht als Einzelnachweis].",
       "Ich habe den Abschnitt zur Geschichte von {article} [gestrafft|überarbeitet] und "
       "[zwei|drei] Einzelnachweise ergänzt. [Einwände?|Bitte kurz drüberschauen.]"),
    _n("de", "vm_editwar", ("noticeboard",),
       "Editwar im Artikel {article} um das Infobox-Bild, [vier|fünf] Reverts seit {date}. "
       "[Bitte Seite halbsperren.|Kann ein Admin mal schauen?]",
       "[Erledigt.|Artikel für drei Tage gesperrt.|Kein Vandalismus, inhaltlicher Streit.] "
       "Bitte auf der Diskussionsseite klären.",
       "Das ist kein Fall für die VM, sondern für die [3M|Dritte Meinung]."),
    _n("de", "loeschdiskussion", ("deletion",),
       "[Relevanz nicht dargestellt|Keine Relevanz erkennbar], die Belege sind [reine "
       "Eigendarstellung|Vereinsmitteilungen]. '''Löschen'''.",
       "'''Behalten''', [mehrfache|überregionale] Berichterstattung [seit {year}|über "
       "Jahre]; RK für Orte erfüllt.",
       "LAE, [offensichtlich relevant|Baudenkmal]. [Bitte vorher die RK lesen.|]"),
    _n("de", "cu_verhalten", ("checkuser", "spi"),
       "Beide Konten bearbeiten ausschließlich {article} und [verwenden identische "
       "Zusammenfassungen|machen dieselben Formatierungsfehler]. [Bitte um CU.|Begründung "
       "siehe unten.]",
       "Das Konto {target} wurde [zwei Tage|eine Stunde] nach der letzten Sperre angelegt, "
       "gleiches Themengebiet.",
       "[Ergebnis: technisch nicht zuzuordnen.|Erledigt, gesperrt.] [Verhaltensmäßig "
       "wahrscheinlich.|Nichts weiter zu tun.]"),
    _n("de", "datei_beschreibung", ("file",),
       "== Beschreibung ==\n{{Information|Beschreibung=Blick auf den Marktplatz von "
       "{article}|Datum={date}|Quelle=selbst fotografiert|Urheber=}}",
       "[Ansicht|Panorama] von {article} [vom Kirchturm aus|im Winter|bei Sonnenuntergang], "
       "aufgenommen am {date}.",
       "Bahnhofsgebäude in {article} ({year}), [Straßenseite|Gleisseite]."),
    _n("de", "artikel_ortsgeschichte", ("article",),
       "{article} wurde [erstmals|urkundlich erstmals] im 12. Jahrhundert erwähnt. [Im 19. "
       "Jahrhundert entwickelte sich die Stadt zum Textilstandort.|Die Altstadt steht unter "
       "Denkmalschutz.]",
       "Das Rathaus von {article} wurde {year} [saniert|nach einem Brand wieder aufgebaut].",
       "Seit {year} findet in {article} [jährlich ein Stadtfest|ein Weihnachtsmarkt] "
       "statt."),
    _n("de", "willkommen_disk", ("user_talk",),
       "[Hallo und herzlich willkommen|Willkommen] in der Wikipedia! Danke für deine "
       "Bearbeitung an {article}. [Bei Fragen hilft das Mentorenprogramm.|Denk bitte an "
       "Belege.]",
       "Danke für [das neue Foto|die Korrektur|den Beleg] in {article}[!|, sehr hilfreich.]",
       "Hallo {target}, ich habe deine Änderung an {article} zurückgesetzt, da [sie "
       "belegte Inhalte entfernt hat|kein Beleg angegeben war]. [Gern auf der Disk "
       "weiter.|]"),
    _n("de", "zusammenfassung", ("summary",),
       "[typo|Tippfehler], [Links|Format] korrigiert",
       "[Einzelnachweis|Beleg] ergänzt",
       "Einwohnerzahl aktualisiert ({year})",
       "[Änderung|Änderungen] von {target} rückgängig gemacht; [unbelegt|bitte Belege "
       "angeben]"),
)

FR = (
    _n("fr", "renommage_titre", ("article_talk",),
       "Ne faudrait-il pas renommer la page selon la graphie officielle ? [Les sources "
       "récentes l'utilisent.|Elle est d'usage depuis {year}.]",
       "[Contre|Pour] le renommage : [le titre actuel est l'usage courant|le changement "
       "de nom date de {year}].",
       "[Renommé.|Pas de consensus, titre inchangé.] [La redirection est conservée.|]"),
    _n("fr", "sources_pdd", ("article_talk",),
       "La date de construction ({year}) n'est pas sourcée. [Quelqu'un a accès à la "
       "monographie communale ?|J'ai ajouté un refnec en attendant.]",
       "L'article du journal local est [surtout|en gros] un communiqué de presse, [ça ne "
       "suffit pas comme source|pas vraiment une source secondaire].",
       "J'ai [remanié|réorganisé] la section Histoire de {article} et ajouté [deux|trois] "
       "références. [Des objections ?|N'hésitez pas à relire.]"),
    _n("fr", "ba_guerre_edition", ("noticeboard",),
       "Guerre d'édition sur {article} autour de l'image de l'infobox, [quatre|cinq] "
       "révocations depuis le {date}. [Une semi-protection serait utile.|Un admin peut "
       "regarder ?]",
       "[Fait.|Page protégée trois jours.|Pas de vandalisme, conflit éditorial.] Merci de "
       "discuter en PdD.",
       "Ce n'est pas du ressort du BA : [voir le salon de médiation|passez par un appel à "
       "commentaires]."),
    _n("fr", "pas_admissibilite", ("deletion",),
       "* '''Supprimer''' Pas de sources secondaires centrées, [critères "
       "d'admissibilité|CAA] non remplis.",
       "* '''Conserver''' [Couverture|Plusieurs articles] dans la presse régionale [depuis "
       "{year}|sur plusieurs années].",
       "* '''Fusionner''' avec {article}, [le sujet est trop mince|peu de contenu propre]."),
    _n("fr", "rcu_comportement", ("checkuser", "spi"),
       "Les deux comptes ne modifient que {article} et [utilisent les mêmes résumés|"
       "commettent les mêmes erreurs de mise en forme]. [Merci de vérifier.|Détails "
       "ci-dessous.]",
       "Le compte {target} a été créé [deux jours|une heure] après le dernier blocage, "
       "même domaine d'intérêt.",
       "[Résultat : pas de lien technique.|Fait, bloqué.] [Probable sur le plan "
       "comportemental.|Rien de plus à faire.]"),
    _n("fr", "description_fichier", ("file",),
       "== Description ==\n{{Information|Description=Vue de la place du marché de "
       "{article}|Date={date}|Source=travail personnel|Auteur=}}",
       "[Vue|Panorama] de {article} [depuis le clocher|en hiver|au coucher du soleil], "
       "prise le {date}.",
       "Gare de {article} ({year}), [côté rue|côté voies]."),
    _n("fr", "article_histoire_commune", ("article",),
       "{article} est mentionnée pour la première fois au XIIe siècle. [La ville "
       "s'est développée autour du commerce de la laine.|Le centre ancien est classé.]",
       "L'hôtel de ville de {article} a été [restauré|reconstruit] en {year}.",
       "Depuis {year}, {article} accueille [un festival de musique|une foire agricole] "
       "chaque été."),
    _n("fr", "bienvenue_pdd", ("user_talk",),
       "Bonjour et bienvenue sur Wikipédia ! Merci pour votre modification de {article}. "
       "[Pensez à sourcer vos ajouts.|Le forum des nouveaux peut vous aider.]",
       "Merci pour [la nouvelle photo|la correction|la référence] sur {article}[ !|, très "
       "utile.]",
       "Bonjour {target}, j'ai annulé votre modification de {article} car [elle "
       "supprimait du contenu sourcé|elle n'était pas sourcée]. [On peut en discuter en "
       "PdD.|]"),
    _n("fr", "resume_modif", ("summary",),
       "[typo|coquilles], [liens|mise en forme]",
       "ajout [d'une source|de références]",
       "mise à jour population ({year})",
       "Annulation de la modification de {target} [(non sourcée)|: merci de sourcer]"),
)

ES = (
    _n("es", "traslado_titulo", ("article_talk",),
       "¿No debería trasladarse el artículo al nombre oficial? [Las fuentes recientes lo "
       "usan.|Se usa desde {year}.]",
       "[En contra|A favor] del traslado: [el título actual es el de uso común|el cambio "
       "de nombre es de {year}].",
       "[Trasladado.|No trasladado, sin consenso.] [Queda la redirección.|]"),
    _n("es", "fuentes_discusion", ("article_talk",),
       "La fecha de construcción ({year}) no tiene referencia. [¿Alguien tiene acceso a la "
       "monografía del pueblo?|He puesto una plantilla de cita requerida.]",
       "El artículo del periódico local es [básicamente|prácticamente] una nota de prensa, "
       "[no sirve como fuente fiable|no es fuente secundaria].",
       "He [reorganizado|reescrito] la sección de Historia de {article} y añadido [dos|tres] "
       "referencias. [¿Objeciones?|Se agradecen revisiones.]"),
    _n("es", "tab_guerra_ediciones", ("noticeboard",),
       "Guerra de ediciones en {article} por la imagen de la ficha, [cuatro|cinco] "
       "reversiones desde el {date}. [¿Podría un bibliotecario protegerla?|Pido "
       "semiprotección.]",
       "[Hecho.|Artículo protegido tres días.|No es vandalismo, es un conflicto de "
       "contenido.] Dialogad en la discusión.",
       "Esto no es para el TAB; [mejor una consulta de borrado|abrid una encuesta] en la "
       "discusión."),
    _n("es", "consulta_borrado_relevancia", ("deletion",),
       "* {{En contra}} [Relevancia no acreditada|Sin fuentes secundarias fiables]; solo "
       "hay notas de prensa.",
       "* {{A favor}} [Cobertura|Varias noticias] en prensa regional [desde {year}|durante "
       "años].",
       "* '''Fusionar''' con {article}, [el tema no da para artículo propio|hay poco "
       "contenido independiente]."),
    _n("es", "vu_comportamiento", ("checkuser", "spi"),
       "Las dos cuentas solo editan {article} y [usan los mismos resúmenes|cometen los "
       "mismos errores de formato]. [Solicito verificación.|Detalles abajo.]",
       "La cuenta {target} se creó [dos días|una hora] después del último bloqueo, con el "
       "mismo interés temático.",
       "[Resultado: sin relación técnica.|Hecho, bloqueada.] [Probable por "
       "comportamiento.|Nada más que hacer.]"),
    _n("es", "descripcion_archivo", ("file",),
       "== Descripción ==\n{{Information|Descripción=Vista de la plaza Mayor de {article}"
       "|Fecha={date}|Fuente=trabajo propio|Autor=}}",
       "[Vista|Panorámica] de {article} [desde el campanario|en invierno|al atardecer], "
       "tomada el {date}.",
       "Estación de ferrocarril de {article} ({year}), [fachada principal|andenes]."),
    _n("es", "articulo_historia_municipio", ("article",),
       "{article} aparece documentado por primera vez en el siglo XII. [Durante el siglo "
       "XIX fue un importante centro textil.|Su casco antiguo es Bien de Interés Cultural.]",
       "La casa consistorial de {article} fue [restaurada|reconstruida] en {year}.",
       "Desde {year}, {article} celebra [un festival de música|una feria agrícola] cada "
       "verano."),
    _n("es", "bienvenida_discusion", ("user_talk",),
       "¡Hola y bienvenido a Wikipedia! Gracias por tu edición en {article}. [Recuerda "
       "citar fuentes.|Si tienes dudas, pregunta en el Café.]",
       "Gracias por [la foto nueva|la corrección|la referencia] en {article}[!|, muy útil.]",
       "Hola, {target}: he revertido tu cambio en {article} porque [eliminaba contenido "
       "referenciado|no tenía fuente]. [Lo hablamos en la discusión si quieres.|]"),
    _n("es", "resumen_edicion", ("summary",),
       "[erratas|ortografía], [enlaces|formato]",
       "añado [referencia|fuentes]",
       "actualizo población ({year})",
       "Revertidos los cambios de {target} [(sin fuentes)|: por favor, cita fuentes]"),
)

IT = (
    _n("it", "spostamento_titolo", ("article_talk",),
       "Non andrebbe spostata la voce al nome ufficiale? [Le fonti recenti lo usano.|È in "
       "uso dal {year}.]",
       "[Contrario|Favorevole] allo spostamento: [il titolo attuale è quello più diffuso|"
       "il cambio di nome risale al {year}].",
       "[Spostata.|Non spostata, manca il consenso.] [Resta il redirect.|]"),
    _n("it", "fonti_discussione", ("article_talk",),
       "La data di costruzione ({year}) non è fontata. [Qualcuno ha accesso alla "
       "monografia del paese?|Intanto ho messo un citazione necessaria.]",
       "L'articolo del giornale locale è [in pratica|sostanzialmente] un comunicato "
       "stampa, [non basta come fonte|non è una fonte terza].",
       "Ho [riorganizzato|riscritto] la sezione Storia di {article} aggiungendo [due|tre] "
       "note. [Obiezioni?|Date pure un'occhiata.]"),
    _n("it", "richieste_admin_edit_war", ("noticeboard",),
       "Edit war su {article} per l'immagine del template, [quattro|cinque] annullamenti "
       "dal {date}. [Serve una semiprotezione.|Un admin può dare un'occhiata?]",
       "[Fatto.|Voce protetta per tre giorni.|Non è vandalismo, è una disputa sui "
       "contenuti.] Discutetene in talk.",
       "Non è materia per gli admin: [aprite un sondaggio|chiedete un terzo parere] in "
       "discussione."),
    _n("it", "pdc_enciclopedicita", ("deletion",),
       "* '''Cancellare''' Enciclopedicità non dimostrata, solo fonti [promozionali|"
       "primarie].",
       "* '''Mantenere''' [Copertura|Diversi articoli] sulla stampa regionale [dal {year}|"
       "per anni].",
       "* '''Unire''' a {article}, [l'argomento non regge una voce autonoma|poco contenuto "
       "indipendente]."),
    _n("it", "checkuser_comportamento", ("checkuser", "spi"),
       "Entrambe le utenze modificano solo {article} e [usano gli stessi oggetti|fanno gli "
       "stessi errori di formattazione]. [Chiedo verifica.|Dettagli sotto.]",
       "L'utenza {target} è stata creata [due giorni|un'ora] dopo l'ultimo blocco, stesso "
       "ambito tematico.",
       "[Esito: nessun legame tecnico.|Fatto, bloccata.] [Probabile sul piano "
       "comportamentale.|Nient'altro da fare.]"),
    _n("it", "descrizione_file", ("file",),
       "== Descrizione ==\n{{Information|Descrizione=Veduta della piazza principale di "
       "{article}|Data={date}|Fonte=opera propria|Autore=}}",
       "[Veduta|Panorama] di {article} [dal campanile|d'inverno|al tramonto], scattata il "
       "{date}.",
       "Stazione ferroviaria di {article} ({year}), [lato strada|lato binari]."),
    _n("it", "voce_storia_comune", ("article",),
       "{article} è citata per la prima volta in un documento del XII secolo. [Nel XIX "
       "secolo divenne un centro tessile.|Il centro storico è ben conservato.]",
       "Il palazzo comunale di {article} fu [restaurato|ricostruito] nel {year}.",
       "Dal {year} {article} ospita [un festival musicale|una fiera agricola] ogni estate."),
    _n("it", "benvenuto_talk", ("user_talk",),
       "Ciao e benvenuto su Wikipedia! Grazie per la modifica a {article}. [Ricordati di "
       "citare le fonti.|Per domande c'è lo Sportello informazioni.]",
       "Grazie per [la nuova foto|la correzione|la fonte] su {article}[!|, utilissima.]",
       "Ciao {target}, ho annullato la tua modifica a {article} perché [rimuoveva "
       "contenuto fontato|era senza fonti]. [Ne parliamo in discussione?|]"),
    _n("it", "oggetto_modifica", ("summary",),
       "[refusi|ortografia], [wikilink|formattazione]",
       "aggiunta [fonte|nota]",
       "aggiornata popolazione ({year})",
       "Annullata la modifica di {target} [(senza fonti)|: servono fonti]"),
)

PT = (
    _n("pt", "mover_titulo", ("article_talk",),
       "Não devíamos mover o artigo para a grafia oficial? [As fontes recentes usam-na.|É "
       "usada desde {year}.]",
       "[Contra|A favor] a moção: [o título atual é o de uso comum|a mudança de nome é de "
       "{year}].",
       "[Movido.|Não movido, sem consenso.] [O redirecionamento fica.|]"),
    _n("pt", "fontes_discussao", ("article_talk",),
       "A data de construção ({year}) não tem fonte. [Alguém tem acesso à monografia do "
       "concelho?|Coloquei uma marca de citação necessária.]",
       "A notícia do jornal local é [basicamente|praticamente] um comunicado de imprensa, "
       "[não serve como fonte fiável|não é fonte secundária].",
       "[Reorganizei|Reescrevi] a secção de História de {article} e acrescentei [duas|três] "
       "referências. [Objeções?|Revisões são bem-vindas.]"),
    _n("pt", "pedidos_guerra_edicoes", ("noticeboard",),
       "Guerra de edições em {article} por causa da imagem da infocaixa, [quatro|cinco] "
       "reversões desde {date}. [Peço semiproteção.|Algum administrador pode ver?]",
       "[Feito.|Artigo protegido por três dias.|Não é vandalismo, é disputa de "
       "conteúdo.] Discutam na página de discussão.",
       "Isto não é para os administradores; [abram uma votação|peçam terceira opinião] na "
       "discussão."),
    _n("pt", "eliminacao_notoriedade", ("deletion",),
       "* '''Eliminar''' Notoriedade não demonstrada; só há fontes [primárias|"
       "promocionais].",
       "* '''Manter''' [Cobertura|Várias notícias] na imprensa regional [desde {year}|ao "
       "longo de anos].",
       "* '''Fundir''' com {article}, [o tema não justifica artigo próprio|pouco conteúdo "
       "independente]."),
    _n("pt", "verificacao_comportamento", ("checkuser", "spi"),
       "As duas contas só editam {article} e [usam os mesmos sumários|cometem os mesmos "
       "erros de formatação]. [Peço verificação.|Detalhes abaixo.]",
       "A conta {target} foi criada [dois dias|uma hora] depois do último bloqueio, mesmo "
       "tema.",
       "[Resultado: sem ligação técnica.|Feito, bloqueada.] [Provável pelo "
       "comportamento.|Nada mais a fazer.]"),
    _n("pt", "descricao_ficheiro", ("file",),
       "== Descrição ==\n{{Information|Descrição=Vista da praça central de {article}"
       "|Data={date}|Fonte=trabalho próprio|Autor=}}",
       "[Vista|Panorama] de {article} [a partir da torre da igreja|no inverno|ao pôr do "
       "sol], tirada em {date}.",
       "Estação ferroviária de {article} ({year}), [fachada|plataformas]."),
    _n("pt", "artigo_historia_municipio", ("article",),
       "{article} é referida pela primeira vez num documento do século XII. [No século "
       "XIX tornou-se um centro têxtil.|O centro histórico está classificado.]",
       "O edifício da câmara municipal de {article} foi [restaurado|reconstruído] em "
       "{year}.",
       "Desde {year}, {article} acolhe [um festival de música|uma feira agrícola] todos os "
       "verões."),
    _n("pt", "boas_vindas_discussao", ("user_talk",),
       "Olá, seja bem-vindo à Wikipédia! Obrigado pela edição em {article}. [Lembre-se de "
       "citar fontes.|Dúvidas? Pergunte na Esplanada.]",
       "Obrigado pela [nova foto|correção|referência] em {article}[!|, muito útil.]",
       "Olá, {target}, reverti a sua alteração em {article} porque [removia conteúdo com "
       "fonte|não tinha fonte]. [Podemos conversar na discussão.|]"),
    _n("pt", "sumario_edicao", ("summary",),
       "[gralhas|ortografia], [ligações|formatação]",
       "[adicionada referência|fontes]",
       "atualizada população ({year})",
       "Revertidas as edições de {target} [(sem fontes)|: por favor cite fontes]"),
)

NL = (
    _n("nl", "titelwijziging", ("article_talk",),
       "Moet dit artikel niet hernoemd worden naar de officiële spelling? [Recente bronnen "
       "gebruiken die.|Die is sinds {year} gangbaar.]",
       "[Tegen|Voor] hernoemen: [de huidige titel is de gangbare vorm|de naamswijziging "
       "was in {year}].",
       "[Hernoemd.|Niet hernoemd, geen consensus.] [Doorverwijzing blijft staan.|]"),
    _n("nl", "bronnen_overleg", ("article_talk",),
       "Het bouwjaar ({year}) is niet onderbouwd. [Heeft iemand toegang tot de "
       "dorpskroniek?|Ik heb er voorlopig een bron-gevraagd bij gezet.]",
       "Het artikel in de lokale krant is [eigenlijk|in feite] een persbericht, [dat is "
       "geen betrouwbare bron|niet onafhankelijk genoeg].",
       "Ik heb de geschiedenissectie van {article} [herschreven|opgeschoond] en [twee|drie] "
       "bronnen toegevoegd. [Bezwaren?|Graag even meelezen.]"),
    _n("nl", "verzoekpagina_bewerkingsoorlog", ("noticeboard",),
       "Bewerkingsoorlog op {article} over de afbeelding in de infobox, [vier|vijf] "
       "reverts sinds {date}. [Graag semibeveiliging.|Kan een moderator kijken?]",
       "[Uitgevoerd.|Pagina drie dagen beveiligd.|Geen vandalisme, inhoudelijk "
       "geschil.] Graag op de overlegpagina verder.",
       "Dit hoort niet op de verzoekpagina; [start een peiling|vraag een derde mening] "
       "op de overlegpagina."),
    _n("nl", "verwijderlijst_relevantie", ("deletion",),
       "* '''Verwijderen''' – E-waardigheid niet aangetoond, alleen [eigen publicaties|"
       "persberichten].",
       "* '''Behouden''' – [aandacht|meerdere artikelen] in de regionale pers [sinds "
       "{year}|over meerdere jaren].",
       "* '''Samenvoegen''' met {article}; [te weinig voor een eigen artikel|weinig "
       "zelfstandige inhoud]."),
    _n("nl", "checkuser_gedrag", ("checkuser", "spi"),
       "Beide accounts bewerken alleen {article} en [gebruiken dezelfde samenvattingen|"
       "maken dezelfde opmaakfouten]. [Graag een controle.|Details hieronder.]",
       "Het account {target} is [twee dagen|een uur] na de laatste blokkade aangemaakt, "
       "zelfde onderwerpen.",
       "[Uitslag: technisch niet gerelateerd.|Afgehandeld, geblokkeerd.] [Qua gedrag "
       "waarschijnlijk.|Verder niets te doen.]"),
    _n("nl", "bestandsbeschrijving", ("file",),
       "== Beschrijving ==\n{{Information|Beschrijving=Gezicht op de Markt van {article}"
       "|Datum={date}|Bron=eigen werk|Auteur=}}",
       "[Gezicht op|Panorama van] {article} [vanaf de kerktoren|in de winter|bij "
       "zonsondergang], genomen op {date}.",
       "Station {article} ({year}), [straatzijde|perronzijde]."),
    _n("nl", "artikel_geschiedenis_plaats", ("article",),
       "{article} wordt voor het eerst vermeld in een oorkonde uit de 12e eeuw. [In de "
       "19e eeuw groeide de stad uit tot textielcentrum.|De binnenstad is een beschermd "
       "stadsgezicht.]",
       "Het stadhuis van {article} werd in {year} [gerestaureerd|herbouwd].",
       "Sinds {year} vindt in {article} elke zomer [een muziekfestival|een landbouwbeurs] "
       "plaats."),
    _n("nl", "welkom_overleg", ("user_talk",),
       "Hallo en welkom op Wikipedia! Bedankt voor je bewerking van {article}. [Vergeet "
       "geen bronnen te vermelden.|Vragen? Kijk eens in de Helpdesk.]",
       "Dank voor [de nieuwe foto|de correctie|de bron] in {article}[!|, heel nuttig.]",
       "Hoi {target}, ik heb je wijziging in {article} teruggedraaid omdat [er "
       "bronvermelde tekst verdween|een bron ontbrak]. [Overleg gerust op de "
       "overlegpagina.|]"),
    _n("nl", "bewerkingssamenvatting", ("summary",),
       "[tikfouten|spelling], [links|opmaak]",
       "bron toegevoegd",
       "inwonertal bijgewerkt ({year})",
       "Wijzigingen door {target} teruggedraaid [(geen bron)|: graag bronnen]"),
)

PL = (
    _n("pl", "przeniesienie_tytulu", ("article_talk",),
       "Czy nie należałoby przenieść artykułu pod nazwę urzędową? [Nowsze źródła jej "
       "używają.|Obowiązuje od {year} roku.]",
       "[Przeciw|Za] przeniesieniem: [obecny tytuł to forma powszechnie używana|zmiana "
       "nazwy nastąpiła w {year} roku].",
       "[Przeniesiono.|Nie przeniesiono, brak konsensusu.] [Przekierowanie zostaje.|]"),
    _n("pl", "zrodla_dyskusja", ("article_talk",),
       "Data budowy ({year}) nie ma przypisu. [Ma ktoś dostęp do monografii gminy?|Na razie "
       "wstawiłem szablon „fakt”.]",
       "Artykuł w lokalnej gazecie to [w zasadzie|właściwie] informacja prasowa, [to nie "
       "jest wiarygodne źródło|źródło niezależne to nie jest].",
       "[Przeredagowałem|Uporządkowałem] sekcję Historia w artykule {article} i dodałem "
       "[dwa|trzy] przypisy. [Uwagi?|Proszę o przejrzenie.]"),
    _n("pl", "pda_wojna_edycyjna", ("noticeboard",),
       "Wojna edycyjna w artykule {article} o zdjęcie w infoboksie, [cztery|pięć] "
       "rewertów od {date}. [Proszę o półzabezpieczenie.|Może ktoś z adminów zerknąć?]",
       "[Załatwione.|Strona zabezpieczona na trzy dni.|To nie wandalizm, tylko spór "
       "merytoryczny.] Proszę dyskutować na stronie dyskusji.",
       "To nie sprawa dla PdA – [proszę o trzecią opinię|załóżcie ankietę] w dyskusji."),
    _n("pl", "dyskusja_usuwanie", ("deletion",),
       "* '''Usunąć''' – encyklopedyczność niewykazana, same źródła [własne|promocyjne].",
       "* '''Zostawić''' – [opisy|liczne artykuły] w prasie regionalnej [od {year}|od "
       "lat].",
       "* '''Zintegrować''' z artykułem {article}; [za mało na osobne hasło|mało "
       "niezależnej treści]."),
    _n("pl", "checkuser_zachowanie", ("checkuser", "spi"),
       "Oba konta edytują wyłącznie {article} i [używają tych samych opisów zmian|robią te "
       "same błędy formatowania]. [Proszę o sprawdzenie.|Szczegóły poniżej.]",
       "Konto {target} założono [dwa dni|godzinę] po ostatniej blokadzie, ta sama "
       "tematyka.",
       "[Wynik: brak powiązania technicznego.|Załatwione, zablokowane.] [Behawioralnie "
       "prawdopodobne.|Nic więcej do zrobienia.]"),
    _n("pl", "opis_pliku", ("file",),
       "== Opis ==\n{{Information|Opis=Widok rynku w miejscowości {article}|Data={date}"
       "|Źródło=praca własna|Autor=}}",
       "[Widok|Panorama] miejscowości {article} [z wieży kościoła|zimą|o zachodzie słońca], "
       "zdjęcie z {date}",
       "Dworzec kolejowy, {article} ({year}), [od strony ulicy|od strony peronów]."),
    _n("pl", "artykul_historia_miasta", ("article",),
       "Pierwsza wzmianka o miejscowości {article} pochodzi z XII wieku. [W XIX wieku "
       "rozwinął się tu przemysł włókienniczy.|Stare Miasto wpisano do rejestru zabytków.]",
       "Ratusz w miejscowości {article} [odrestaurowano|odbudowano] w {year} roku.",
       "Od {year} roku w miejscowości {article} odbywa się co roku [festiwal muzyczny|"
       "jarmark rolniczy]."),
    _n("pl", "powitanie_dyskusja", ("user_talk",),
       "Witaj w Wikipedii! Dzięki za edycję w artykule {article}. [Pamiętaj o "
       "przypisach.|W razie pytań zajrzyj do Kawiarenki.]",
       "Dzięki za [nowe zdjęcie|poprawkę|przypis] w artykule {article}[!|, bardzo się "
       "przyda.]",
       "Cześć {target}, wycofałem twoją zmianę w artykule {article}, bo [usuwała "
       "uźródłowioną treść|nie miała źródła]. [Możemy pogadać w dyskusji.|]"),
    _n("pl", "opis_zmian", ("summary",),
       "[literówki|ort.], [linki|formatowanie]",
       "dodano [przypis|źródło]",
       "aktualizacja liczby ludności ({year})",
       "Wycofano edycje {target} [(brak źródeł)|– proszę o źródła]"),
)

FAMILIES: tuple[Family, ...] = EN + DE + FR + ES + IT + PT + NL + PL
