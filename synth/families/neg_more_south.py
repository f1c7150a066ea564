"""More hard negatives (flag=False) in English, Spanish, Italian and Portuguese.

Edits that look like outing but fall under an exemption of the corpus rules:

- fiction: comic, radio-play and telenovela characters with their fictional address, phone and
  birthday, framed explicitly as fiction;
- historical: people dead for a century with their former house, birth and death dates, parish,
  census, passport, naturalisation and immigrant-registry numbers;
- public_org: the contacts of court offices, register offices, sports centres, school offices and
  shops (the organisation's own phone, email and address);
- public_figure: athletes, coaches, chefs, singers and authors with their published birth date,
  club, office and legal or stage name;
- business: company numbers, VAT and tax numbers, commercial-register entries;
- warning / removed: notices, closures and policy talk ABOUT outing that repeat none of it;
- vrt / photo_credit / example: permission tickets, photographers' and printers' credits,
  documentation examples with made-up values.
"""

from __future__ import annotations

from synth.family import Family

# Invented numbers built from slots and alternatives; no `[a|b]` inside `{{...}}` (it is literal).
_VRT = "{year}[01|04|07|11][12|20|27]10[0|1]{age}{age}[3|8]"
_VRT_ID = "{year}0{age}2100{age}"
_UK_CRN = "[0|1]{age}[41|87|03][2|6]{age}"
_UK_VAT = "GB [1|2|3]{age} {age}[13|58] [0|5][3|8]"
_US_EIN = "[12|27|94]-[3|8]{age}{age}[1|6][0|4]"
_ES_CIF = "[B|A][28|08|46|41]{age}[3|7]{age}[0|5]"
_IT_PIVA = "[0|1]{age}[3|7]{age}[46|90]{age}[1|8]"
_IT_REA = "[MI|RM|TO|BO]-[1|2]{age}{age}[3|8]"
_PT_NIPC = "5[0|1]{age}[3|7]{age}[4|9][2|6]"
_BR_CNPJ = "{age}.[1|4]{age}.{age}[3|8]/0001-{age}"


def _n(lang: str, exemption: str, slug: str, kinds: tuple[str, ...],
       *templates: str) -> Family:
    return Family(id=f"{lang}.neg.{exemption}.{slug}", lang=lang, flag=False,
                  exemption=exemption, kinds=kinds, templates=templates)


_ART = ("article", "article_talk")
_ART_WD = ("article", "article_talk", "wikidata")
_TALKS = ("noticeboard", "user_talk", "article_talk")
_CLOSE = ("deletion", "noticeboard", "summary")

# ---------------------------------------------------------------------------------- English
_EN = (
    _n(
        "en", "fiction", "comic_hero_hideout", _ART,
        "In the [comic strip|graphic novels], {name} [lives|has lived since the first issue] "
        "at {street}, {town}[ - an address the artist later admitted he made up|].",
        "{{Infobox comics character\n| name = {name}\n| residence = {street}, {town} "
        "(fictional)\n| first = issue 1\n}}",
        "Fans [kept writing to|still send letters to] {street}, the [hero's|detective's] "
        "fictional home in {town}; [the publisher|the post office] [forwards them|answers "
        "them] with a [printed card|form letter].",
        ":Is the [home|flat] address in the plot summary ({street}) from the comics "
        "themselves? [If it's only on a fan wiki|Without a page reference] I'd drop it - "
        "[it's fictional either way|not a privacy issue, just sourcing].",
    ),
    _n(
        "en", "fiction", "radio_play_number", _ART,
        "In the [radio play|radio serial], listeners who rang the number read out by {name} "
        "- {phone} - [reached|got] a recorded message from the [cast|character].",
        "[Episode|Part] [3|7|11] [turns on|hinges on] a wrong number: {phone}, which the "
        "fictional {name} [dials|keeps dialling] from a call box in {town}.",
        "Per the [broadcaster's|station's] press pack, the number [used on air|quoted in the "
        "script] ({phone}) comes from the range reserved for drama, so [it can stay in the "
        "synopsis|there's no harm listing it].",
        "The character's birthday ({dob} in the story) [is mentioned|comes up] when {name} "
        "[books a table|applies for a passport] in the [final|second] episode.",
    ),
    _n(
        "en", "historical", "emigrant_records", ("article", "article_talk", "file"),
        "{public_name} (born [4 March|19 October] 18[52|61|67] in {town}; died [1921|1934|"
        "1940]) [sailed|emigrated] in 18[84|89|93]; the passenger manifest lists [him|her] "
        "on line [14|22|7] with registry no. [48|73]{age}[1|6]{age}.",
        "Sources: parish register of {town}, baptisms 18[38|44], entry no. [112|47|231] "
        "({public_name}); death certificate [1907|1919], registration district of {town}.",
        "The [1881|1891] census shows {public_name} [living|lodging] at {street}; [he|she] "
        "died there on [2 February|11 August] [1903|1911].",
        "Naturalization record: {public_name}, [born 18[55|63] in {town}|native of {town}], "
        "certificate no. [3|5]{age}{age}[0|7], issued [1898|1904]. [Scan from the county "
        "archive.|Public record, well over a century old.]",
    ),
    _n(
        "en", "public_org", "court_register_office", _ART_WD,
        "The [county court|magistrates' court] [office|enquiry counter] at {org_address} "
        "[is open weekdays 10am to 4pm|handles fines and listings]; telephone {org_phone}.",
        "Register office ({town}): {org_address}. Appointments for births, deaths and "
        "marriages: {org_phone} or {org_email}.",
        "{town} [Leisure Centre|Sports Centre]\nstreet address (P6375): {org_address}\n"
        "phone number (P1329): {org_phone}\nemail address (P968): {org_email}",
        ":I've [added|restored] the switchboard number for the [council offices|court "
        "building] ({org_phone}); it's printed on [every letter they send|their own "
        "website], so there's no privacy concern.",
    ),
    _n(
        "en", "public_org", "school_office_shop", ("article", "article_talk", "file"),
        "{town} [Primary|High] School\n[School office|Reception]: {org_phone}\nEmail: "
        "{org_email}\nHeadteacher: {public_name}",
        "The [village shop|post office and shop] at {org_address} [has traded since "
        "1923|was bought by the community in {year}] and can be reached on {org_phone}.",
        "[Sign above the door|Shopfront] of the {town} [Co-op|ironmonger's], {org_address}, "
        "[photographed|pictured] in {year}; the number on the sign ({org_phone}) is the "
        "shop's own.",
    ),
    _n(
        "en", "public_figure", "athlete_coach", _ART_WD,
        "'''{public_name}''' (born {dob}) is an English [football manager|athletics "
        "coach|former sprinter] who has [managed|coached at] {town} [Town|Athletic] since "
        "{year}.",
        "{public_name}[, born {dob},| (b. {dob})] [won|took] [silver|bronze] in the "
        "[800 m|triple jump] at the [European Championships|Commonwealth Games] before "
        "[moving into coaching|becoming head coach at {town}].",
        ":The DOB [matches|is from] [the club's squad page|the federation's athlete "
        "profile|the Olympic committee biography]; [that's fine for a professional "
        "athlete|no BLP problem, it's widely published].",
        "{public_name}\ndate of birth (P569): {dob}\nmember of sports team (P54): {town} "
        "[F.C.|Rovers]\nposition held: head coach ({year}–)",
    ),
    _n(
        "en", "public_figure", "stage_name_legal_name", _ART,
        "'''{public_name}''' (born {dob}), known professionally by the mononym [Vale|Marlow|"
        "Ashdown], is a [singer-songwriter|crime novelist|television chef] from {town}.",
        ":The legal name, {public_name}, is [given in|taken from] [her own memoir|the "
        "published interview|the credits of her albums]; the artist [uses it publicly|signs with "
        "it on their own website], so including it is fine per BLPNAME.",
        "Born {public_name} in {town}, the [singer|author] [took|adopted] a [stage|pen] name in "
        "{year}[ after signing with a label| on the advice of a publisher|].",
        "[Chef|Chef-owner] {public_name} ([b. {dob}|born {birth_year}]) [opened|runs] "
        "[the restaurant|a bistro] in {town}[ and won a Michelin star in {year}|].",
    ),
    _n(
        "en", "business", "company_numbers", _ART_WD,
        "'''{surname} [Engineering|Brewing|Logistics] Ltd''' (company number " + _UK_CRN
        + ") is a [private limited company|family firm] registered in England and "
        "Wales[, based in {town}|].",
        "VAT registration number: " + _UK_VAT + " - [printed on the company's "
        "invoices|taken from the firm's own website]; it's a business identifier, not "
        "personal data.",
        "The Companies House [record|filing] (" + _UK_CRN + ") shows the firm was "
        "incorporated in {year}[ with its registered office at {org_address}|].",
        "The [foundation|charity]'s EIN is " + _US_EIN + " [per its Form 990|according to "
        "its annual return]; [that's a tax ID for the organisation|organisations' tax "
        "numbers are public], not a person's.",
    ),
    _n(
        "en", "warning", "thread_about_identity", _TALKS,
        "[Reminder|Just a reminder] to everyone in this thread: [speculating about|guessing "
        "at] who is behind an account, even as a joke, [counts as|is] outing. [Evidence of "
        "a COI goes to the private address, not here.|Keep it to on-wiki behaviour.]",
        "Closing this [section|thread] - it was [drifting|heading] towards [an editor's "
        "off-wiki identity|linking off-wiki accounts]. [Anyone with private evidence should "
        "email the Arbitration Committee.|Further posts will be removed.]",
        "{{ping|{target}}} [please stop|stop] trying to work out who [your opponent|the "
        "other editor] is off-wiki. [Next time|If it happens again], [you will be "
        "blocked|I'll ask for a block] without further warning.",
    ),
    _n(
        "en", "removed", "deletion_close_privacy", _CLOSE,
        "The result was '''delete'''. [Several|Two] participants noted that the only "
        "sources for the subject's [home town and date of birth|private life] were "
        "[people-search sites|social media]; those comments were [redacted|revision-deleted] "
        "during the discussion.",
        "[rm|Removed] a third party's personal details[; suppression requested| per "
        "WP:OUTING]",
        "[Two|Three] revisions of this page have been [suppressed|oversighted]. [Please "
        "don't restore or quote them.|If you saved a copy, don't repost it.]",
        "Note for the closer: I've [struck|removed] a !vote that [purported to identify|"
        "named] the article's creator. The rest of the discussion [is intact|is unchanged].",
    ),
    _n(
        "en", "photo_credit", "printer_and_photographer", ("file",),
        "Scan of a [theatre bill|railway poster] printed by {surname} & Son, {town}, "
        "[1896|1912|1925]; the printer's imprint is at bottom left.",
        "{{Information\n|description=Regatta poster, {town}\n|date={date}\n|author=Photograph: "
        "{name}; original print: {surname} & Son, printers\n|source=own work\n}}",
        "Photo credit: {name}[ for the {town} Gazette|, staff photographer]. [Released by "
        "the paper under CC BY 4.0.|Licensed CC BY 4.0 with the newspaper's permission.]",
        "Credit line [requested by the photographer|as requested]: \"© {name} / {town} "
        "Camera Club, CC BY-SA 4.0\"",
    ),
    _n(
        "en", "example", "documentation_dummy_data", ("noticeboard", "user_talk",
                                                      "article_talk"),
        "Usage: <code>{{Contact|phone={org_phone}|email={org_email}}}</code> - the values "
        "shown are [made up|placeholders].",
        "In the [tutorial|help page] screenshot the form is filled in with [dummy|made-up] "
        "data ({name}, {street}, {phone}); none of it belongs to [anyone|a real person].",
        "For [testing|a test], use an address like {email} - the example domains [never "
        "receive mail|are reserved for documentation].",
        "The [edit filter|abuse filter] test cases include strings like {phone} and {email}; "
        "[they're synthetic|they're fake values], [so please don't report them|not a leak].",
    ),
)

# ---------------------------------------------------------------------------------- Spanish
_ES = (
    _n(
        "es", "fiction", "telenovela_casa_familia", _ART,
        "En la telenovela ''[La casa de los tilos|Amores de barrio|Corazón de {town}]'', la "
        "familia de {name} vive en {street}, una casa [inventada para la serie|que solo "
        "existe en el guion].",
        "Según [el primer capítulo|el guion], {name} [nació|cumple años] el {dob}, y [su "
        "casa|la pensión] de {street} es el escenario principal de la trama.",
        "Ficha del personaje\n* Nombre: {name}\n* Domicilio (ficticio): {street}, {town}\n* "
        "Interpretado por: {public_name}",
        ":¿De dónde sale que {name} viva en {street}? [En la serie nunca se dice.|Solo se ve "
        "en un plano del capítulo [12|40].] [Es ficción, pero necesita fuente.|No es un dato "
        "privado: es un personaje.]",
    ),
    _n(
        "es", "fiction", "radionovela_historieta_telefono", _ART,
        "En la [radionovela|historieta], el número que {name} da a los oyentes, {phone}, "
        "[es inventado|no existe]; [la emisora|la editorial] lo usaba como [gancho|broma] en "
        "cada [episodio|entrega].",
        "{name}, [el detective|la reportera] de la historieta, tiene [su oficina|su "
        "despacho] en {street} de la [ficticia|imaginaria] ciudad de {town}; su teléfono, "
        "{phone}, aparece en [la viñeta final|la portada] del número [3|17].",
        ":Sobre el teléfono del personaje: {phone} [sale|aparece] impreso en el álbum "
        "original, así que [no es ninguna filtración|es un dato de la obra], no de una "
        "persona real.",
    ),
    _n(
        "es", "historical", "registro_inmigrantes", ("article", "article_talk", "file"),
        "{public_name} ({town}, [4 de marzo|19 de octubre] de 18[52|61|67] – Buenos Aires, "
        "[1921|1934]) [desembarcó|llegó] en 18[84|89]; el registro del Hotel de Inmigrantes "
        "le asignó el n.º [48|73]{age}[1|6].",
        "Según el [padrón municipal|censo] de 18[87|95], {public_name} vivía en {street} "
        "[con su esposa y cuatro hijos|con sus padres], [donde murió en 1911|hasta su muerte "
        "en 1908].",
        "Partida de bautismo de {public_name}: libro [12|7], folio [88|203], parroquia de "
        "{town} (18[38|44]). [Escaneo del archivo diocesano.|Documento de dominio público.]",
        "Carta de ciudadanía n.º [3|5]{age}{age}, expedida en [1898|1904] a nombre de "
        "{public_name}, natural de {town}. [Falleció en 1929.|Murió hace casi un siglo.]",
    ),
    _n(
        "es", "public_org", "juzgado_registro_civil", _ART_WD,
        "El Juzgado de Primera Instancia n.º [1|2|3] de {town} tiene su sede en "
        "{org_address}; teléfono de la oficina: {org_phone}.",
        "Registro Civil de {town}\n* Dirección: {org_address}\n* Cita previa: {org_phone}\n"
        "* Correo: {org_email}",
        "Para [inscribir un nacimiento|pedir una partida] hay que llamar al Registro Civil "
        "({org_phone}) o escribir a {org_email}; [son datos de la oficina|es el contacto "
        "institucional], [no de ningún funcionario|no de una persona].",
        ":He repuesto el teléfono del [polideportivo municipal|juzgado de paz]: {org_phone} "
        "[figura|aparece] en la web del ayuntamiento[, no es privado|].",
    ),
    _n(
        "es", "public_org", "secretaria_colegio_tienda", ("article", "article_talk", "file"),
        "Secretaría del [CEIP|IES] de {town}: {org_address} · tel. {org_phone} · {org_email} "
        "(atención al público de 9 a 14 h).",
        "La [ferretería|librería] más antigua de {town}, fundada en 1921, sigue abierta en "
        "{org_address} (tel. {org_phone}).",
        "[Fachada|Entrada] del [Polideportivo Municipal|Mercado de Abastos] de {town} "
        "({org_address}); el teléfono del cartel, {org_phone}, es el de [la "
        "instalación|información municipal].",
    ),
    _n(
        "es", "public_figure", "deportista_cantante", _ART_WD,
        "'''{public_name}''' ({town}, {dob}) es un [exfutbolista y entrenador|atleta|"
        "cocinero] español[; desde {year} dirige al CD {town}|, con una estrella Michelin "
        "desde {year}|].",
        "{public_name}, que actúa [con el nombre artístico|bajo el nombre] de «{given} de "
        "{town}», nació el {dob} y canta [copla|flamenco] desde {year}.",
        ":La fecha de nacimiento ({dob}) [viene de|está en] [la ficha de la federación|la "
        "web oficial del club|su biografía publicada]; es [una deportista profesional|una "
        "figura pública], no hay problema de privacidad.",
        "{public_name}\nfecha de nacimiento (P569): {dob}\nmiembro del equipo deportivo "
        "(P54): CD {town}\ncargo: entrenador ({year}–)",
    ),
    _n(
        "es", "business", "cif_registro_mercantil", _ART_WD,
        "'''[Conservas|Transportes|Bodegas] {surname} S.L.''' (CIF " + _ES_CIF + ") es una "
        "empresa [familiar|] con sede en {town}, inscrita en el Registro Mercantil, tomo "
        "[1|2|3]{age}[4|7], folio [12|87|143].",
        "El NIF de la sociedad (" + _ES_CIF + ") [aparece en|está en] el aviso legal de su "
        "web: es un identificador de empresa, no un dato personal.",
        "Datos registrales: hoja [M|B|V]-{age}[1|5]{age}, inscripción 1.ª; sociedad "
        "constituida en {year} con domicilio social en {org_address}.",
        "He quitado el CIF " + _ES_CIF + " [no por privacidad|no porque sea privado], sino "
        "porque [no aporta nada al artículo|Wikipedia no es un directorio de empresas].",
    ),
    _n(
        "es", "warning", "hilo_identidad_real", _TALKS,
        "[Recuerdo|Os recuerdo] que [insinuar|sugerir] quién está detrás de una cuenta, "
        "aunque sea [en broma|con indirectas], [también es|cuenta como] revelar datos "
        "personales. [Las sospechas de COI, por correo a los bibliotecarios.|Ciñámonos a "
        "las ediciones.]",
        "Cierro este hilo: [se estaba desviando|empezaba a derivar] hacia la identidad real "
        "de un editor. Quien tenga pruebas [privadas|de fuera de la wiki] que [las "
        "envíe|escriba] a los supresores.",
        "{{ping|{target}}} [te pido|te ruego] que dejes de [buscar|rastrear] fuera de "
        "Wikipedia quién es el otro editor; [a la próxima|si insistes], [el bloqueo será "
        "inmediato|pediré un bloqueo].",
    ),
    _n(
        "es", "removed", "consulta_cerrada_datos_ocultos", _CLOSE,
        "Consulta cerrada: '''borrar'''. Las únicas fuentes sobre [la "
        "fecha de nacimiento y el domicilio|la vida privada] del biografiado [eran|procedían "
        "de] [redes sociales|buscadores de personas]; esos comentarios se ocultaron durante "
        "la consulta.",
        "Retirados [datos personales|datos privados] de un tercero[; pedida supresión| "
        "(WP:PRIVACIDAD)]",
        "[Ocultadas|Suprimidas] [dos|tres] versiones de esta página. [Por favor, no las "
        "restauréis ni las citéis.|Si alguien las guardó, que no las vuelva a publicar.]",
        "Aviso para quien cierre: he [tachado|retirado] un voto que [pretendía "
        "identificar|nombraba] al creador del artículo. El resto de la consulta [sigue "
        "intacto|no cambia].",
    ),
    _n(
        "es", "vrt", "autorizacion_fotografo", ("file", "deletion", "user_talk"),
        "Autorización [confirmada|archivada] en VRT, tique " + _VRT + ". [El fotógrafo, "
        "{name}, cede la imagen con licencia CC BY-SA 4.0.|Titular de los derechos: {name}.]",
        "{{PermissionTicket|id=" + _VRT_ID + "|user={editor}}} Autorización enviada por "
        "{name} el {date}.",
        "'''Mantener''': el permiso [del autor|de la autora], {name}, consta en el tique "
        "n.º " + _VRT + "[, revisado por un agente|].",
        "Hola, {target}: [recibimos|hemos recibido] el correo de {name} [autorizando|con la "
        "autorización para] el uso de la foto (tique " + _VRT + "); ya puedes quitar la "
        "plantilla de borrado.",
    ),
    _n(
        "es", "photo_credit", "imprenta_fotografo", ("file",),
        "Cartel de las fiestas de {town} ([1896|1912|1925]), impreso en la Imprenta "
        "{surname}; el pie de imprenta está en el margen inferior.",
        "{{Information\n|description=Programa de fiestas de {town}\n|date={date}\n|author="
        "Fotografía: {name}; impresión original: Litografía {surname}\n|source=trabajo "
        "propio\n}}",
        "Crédito: {name} para el ''Diario de {town}''[, publicada|; cedida] por el periódico "
        "con licencia CC BY 4.0.",
        "Foto de {name} (Foto Estudio {surname}, {town}), [cedida|donada] al archivo "
        "municipal[ en {year}|].",
    ),
)

# ---------------------------------------------------------------------------------- Italian
_IT = (
    _n(
        "it", "fiction", "fumetto_indirizzo_eroe", _ART,
        "Nel fumetto, {name} abita in {street} a {town}[, un indirizzo inventato dagli "
        "autori|]: [la casa|lo studio] compare già [nel primo albo|sulla copertina del n. "
        "[1|4]].",
        "{{Personaggio\n|nome = {name}\n|residenza = {street}, {town} (immaginaria)\n"
        "|prima apparizione = albo n. 1\n}}",
        "I lettori [scrivevano|mandavano lettere] davvero in {street}: [l'editore le inoltrava|le "
        "Poste le restituivano] con una cartolina del personaggio.",
        ":L'indirizzo di {name} ({street}) nella trama va bene, è finzione; [serve solo|manca "
        "però] il numero dell'albo come fonte.",
    ),
    _n(
        "it", "fiction", "radiodramma_telefono", _ART,
        "Nel radiodramma, {name} [lascia|detta] alla segreteria il numero {phone}: [un numero "
        "fittizio|un numero inesistente] scelto dalla produzione[ per non disturbare "
        "nessuno|].",
        "[La puntata|L'episodio] [3|9] [ruota attorno a|si regge su] una telefonata al "
        "{phone}, che il personaggio {name} compone da una cabina di {town}.",
        "Compleanno del personaggio: {dob} (così nel romanzo); {name} lo festeggia nel "
        "capitolo [4|11].",
        ":Il {phone} citato nella trama [è quello della finzione|viene dal copione], non il "
        "numero di qualcuno: [si può lasciare|nessun problema di privacy].",
    ),
    _n(
        "it", "historical", "emigrazione_registri", ("article", "article_talk", "file"),
        "{public_name} ({town}, [4 marzo|19 ottobre] 18[52|61|67] – New York, [1921|1934]) "
        "emigrò nel 18[84|89|93]; nel registro di sbarco compare [alla riga [14|22]|con il "
        "numero [48|73]{age}[1|6]].",
        "Dal registro di popolazione del 18[71|81]: {public_name} (mestiere: [calzolaio|falegname|"
        "maestro elementare]), residente in {street}; † [2 febbraio|11 agosto] [1903|1911].",
        "Atto di nascita n. [112|47|231], Comune di {town}, anno 18[38|44]: {public_name}. "
        "[Scansione dall'Archivio di Stato.|Documento ultracentenario.]",
        "Passaporto per l'estero n. [3|5]{age}{age}, rilasciato nel [1898|1904]; titolare: "
        "{public_name}, luogo di nascita {town}[, poi morto a Buenos Aires nel 1930|].",
    ),
    _n(
        "it", "public_org", "tribunale_anagrafe", _ART_WD,
        "La cancelleria del [Tribunale|Giudice di pace] di {town} si trova in {org_address} "
        "ed è raggiungibile al {org_phone} (lun–ven 9–12).",
        "Ufficio anagrafe di {town}\n* Indirizzo: {org_address}\n* Telefono: {org_phone}\n"
        "* PEC: {org_email}",
        "Per i certificati [bisogna|occorre] rivolgersi all'anagrafe ({org_phone}, "
        "{org_email}): sono recapiti pubblici [dell'ente|del Comune], non di un impiegato.",
        ":Ho rimesso il numero del [palazzetto dello sport|centro sportivo comunale] "
        "({org_phone}): [è sul sito del Comune|lo pubblica il Comune stesso], non c'è nulla "
        "di privato.",
    ),
    _n(
        "it", "public_org", "segreteria_scuola_negozio", ("article", "article_talk", "file"),
        "Segreteria [dell'Istituto comprensivo|del Liceo scientifico] di {town}: {org_address}, "
        "tel. {org_phone}, e-mail {org_email}; dirigente scolastico {public_name}.",
        "La [bottega|drogheria] più antica di {town}, aperta nel 1921, è ancora in "
        "{org_address} (tel. {org_phone}).",
        "Insegna del [negozio di ferramenta|mercato coperto] di {town}, {org_address}; il "
        "numero sul cartello ({org_phone}) è quello [del negozio|dell'esercizio].",
    ),
    _n(
        "it", "public_figure", "allenatore_cantante", _ART_WD,
        "'''{public_name}''' ({town}, {dob}) è un [allenatore di calcio ed ex calciatore|"
        "ciclista su strada|cuoco] italiano[, dal {year} alla guida dell'US {town}|, con una "
        "stella Michelin dal {year}|].",
        "{public_name}, [in arte|nota come] «{given} {town}», è una cantautrice nata il "
        "{dob}[ e attiva dal {year}|].",
        ":La data di nascita ({dob}) [è presa dalla|viene dalla] [scheda della federazione|"
        "pagina ufficiale della società|sua autobiografia]: è [un atleta professionista|un "
        "personaggio pubblico], quindi va bene.",
        "{public_name}\ndata di nascita (P569): {dob}\nsquadra sportiva di appartenenza "
        "(P54): US {town}\ncarica: allenatore (dal {year})",
    ),
    _n(
        "it", "business", "partita_iva_rea", _ART_WD,
        "'''[Pastificio|Trasporti|Cantina] {surname} S.r.l.''' (P. IVA " + _IT_PIVA + ", "
        "REA " + _IT_REA + ") è un'azienda di {town} fondata nel {year}.",
        "La partita IVA " + _IT_PIVA + " è [indicata|riportata] sul sito dell'azienda: "
        "[identifica la società|è un dato dell'impresa], non una persona fisica.",
        "Visura camerale: {surname} S.p.A., sede legale {org_address}, numero REA "
        + _IT_REA + ", costituita nel {year}.",
        "Tolto il codice fiscale dell'azienda (" + _IT_PIVA + "): [non serve nella "
        "voce|Wikipedia non è un registro delle imprese], la privacy non c'entra.",
    ),
    _n(
        "it", "warning", "discussione_identita_reale", _TALKS,
        "Ricordo a tutti che [ipotizzare|insinuare] chi si nasconde dietro un'utenza, anche "
        "[per scherzo|velatamente], è una violazione della privacy. [Eventuali prove, via "
        "mail agli amministratori.|Restiamo sui contributi.]",
        "Chiudo la discussione: stava [scivolando|andando] verso l'identità reale di un "
        "utente. Chi ha prove [private|esterne] le [mandi|invii] agli oversighter.",
        "{{ping|{target}}} [ti chiedo di smettere|smettila] di cercare fuori da Wikipedia "
        "chi sia l'altro utente; [alla prossima|se continui] [scatta il blocco|chiedo il "
        "blocco].",
    ),
    _n(
        "it", "removed", "pdc_chiusa_dati_oscurati", _CLOSE,
        "Esito: '''cancellazione'''. [Le sole fonti|Gli unici riferimenti] su [data di "
        "nascita e residenza|vita privata] del soggetto erano [profili social|siti di "
        "ricerca persone]; quei commenti sono stati oscurati durante la procedura.",
        "Rimossi dati personali di terzi[; chiesto l'oscuramento| (WP:Privacy)]",
        "[Oscurate|Nascoste] [due|tre] versioni di questa pagina. [Per favore non "
        "ripristinatele né citatele.|Chi le ha salvate non le ripubblichi.]",
        "Nota per chi chiude: ho [barrato|rimosso] un intervento che [pretendeva di "
        "identificare|nominava] l'autore della voce. Il resto della discussione è invariato.",
    ),
    _n(
        "it", "photo_credit", "tipografia_fotografo", ("file",),
        "Manifesto della sagra di {town} ([1896|1912|1925]), stampato dalla Tipografia "
        "{surname}; il nome dello stampatore è in basso a destra.",
        "{{Information\n|description=Programma della festa patronale di {town}\n|date={date}"
        "\n|author=Foto: {name}; stampa originale: Litografia {surname}\n|source=opera "
        "propria\n}}",
        "Credito fotografico: {name} per il ''Corriere di {town}''[, rilasciata|; "
        "concessa] dal giornale con licenza CC BY 4.0.",
        "Foto di {name} (Studio fotografico {surname}, {town}), donata all'archivio "
        "comunale[ nel {year}|].",
    ),
    _n(
        "it", "example", "documentazione_template", ("noticeboard", "user_talk",
                                                     "article_talk"),
        "Esempio d'uso: <code>{{Contatti|telefono={org_phone}|email={org_email}}}</code>; i "
        "valori sono [inventati|di esempio].",
        "Nel tutorial lo screenshot mostra un modulo compilato con dati [fittizi|di prova] "
        "({name}, {street}, {phone}): non appartengono a [nessuno|una persona reale].",
        "Per le prove usate un indirizzo come {email}: i domini example [non ricevono "
        "posta|sono riservati alla documentazione].",
        "I casi di test del [filtro anti-abusi|filtro] contengono stringhe come {phone} e "
        "{email}; [sono sintetiche|sono valori finti], [non segnalatele|non è una fuga di "
        "dati].",
    ),
)

# ---------------------------------------------------------------------------------- Portuguese
_PT = (
    _n(
        "pt", "fiction", "novela_casa_familia", _ART,
        "Na novela ''[Rua das Acácias|Maré Alta|Sol de {town}]'', a família de {name} mora "
        "no endereço {street}, [criado|inventado] para a trama.",
        "Segundo [o primeiro capítulo|o roteiro], {name} nasceu em {dob}; [a casa|a pensão] "
        "({street}) é o cenário principal da história.",
        "Ficha da personagem\n* Nome: {name}\n* Endereço (fictício): {street}, {town}\n* "
        "Intérprete: {public_name}",
        ":De onde saiu que {name} mora em {street}? [Na novela nunca dizem.|Só aparece numa "
        "cena do capítulo [12|40].] [É ficção, mas precisa de fonte.|Não é dado pessoal: é "
        "uma personagem.]",
    ),
    _n(
        "pt", "fiction", "radionovela_quadrinhos_telefone", _ART,
        "Na [radionovela|história em quadrinhos], o número que {name} anuncia, {phone}, [é "
        "inventado|não existe]; [a rádio|a editora] usava-o como [chamariz|piada] em cada "
        "[episódio|número].",
        "{name}, [o detetive|a repórter] dos quadrinhos, tem escritório em {street}, na "
        "cidade [fictícia|imaginária] de {town}; o telefone, {phone}, aparece [no último "
        "quadrinho|na capa] do número [3|17].",
        ":O telefone da personagem ({phone}) está impresso no álbum original: [é dado da "
        "obra|é ficção], não de alguém real.",
    ),
    _n(
        "pt", "historical", "hospedaria_imigrantes", ("article", "article_talk", "file"),
        "{public_name} ({town}, [4 de março|19 de outubro] de 18[52|61|67] – São Paulo, "
        "[1921|1934]) chegou ao Brasil em 18[84|89|93]; no livro da Hospedaria de Imigrantes "
        "consta com a matrícula n.º [48|73]{age}[1|6].",
        "Pelo [recenseamento|rol de confessados] de 18[78|88], {public_name} morava em "
        "{street}, onde morreu a [2 de fevereiro|11 de agosto] de [1903|1911].",
        "Assento de batismo de {public_name}: livro [12|7], fl. [88|203], freguesia de "
        "{town}, 18[38|44]. [Digitalização do arquivo distrital.|Documento em domínio "
        "público.]",
        "Passaporte n.º [3|5]{age}{age}, emitido em [1898|1904] pelo governo civil a "
        "{public_name}, natural de {town}[ (falecido em 1930)|].",
    ),
    _n(
        "pt", "public_org", "tribunal_conservatoria", _ART_WD,
        "A secretaria do [Tribunal Judicial|Fórum] de {town} fica em {org_address}; "
        "telefone da secretaria: {org_phone}.",
        "Conservatória do Registo Civil de {town}\n* Morada: {org_address}\n* Telefone: "
        "{org_phone}\n* E-mail: {org_email}",
        "Para [registar um nascimento|pedir uma certidão], liga-se para o cartório "
        "({org_phone}) ou escreve-se para {org_email}: [são contactos do serviço|é o contacto "
        "institucional], não de um funcionário.",
        ":Repus o telefone do [pavilhão municipal|ginásio municipal] ({org_phone}): [vem no "
        "site da câmara|está publicado pela prefeitura], não é privado.",
    ),
    _n(
        "pt", "public_org", "secretaria_escola_loja", ("article", "article_talk", "file"),
        "Secretaria da Escola [Básica|Secundária] de {town}: {org_address} · tel. "
        "{org_phone} · {org_email} (atendimento das 9h às 16h).",
        "A [drogaria|livraria] mais antiga de {town}, fundada em 1921, continua aberta em "
        "{org_address} (tel. {org_phone}).",
        "Fachada do [Mercado Municipal|pavilhão gimnodesportivo] de {town} ({org_address}); "
        "o número na placa, {org_phone}, é [do serviço|da câmara municipal].",
    ),
    _n(
        "pt", "public_figure", "treinador_cantora", _ART_WD,
        "'''{public_name}''' ({town}, {dob}) é um [ex-futebolista e treinador|atleta|chef "
        "de cozinha] [português|brasileiro][, técnico do EC {town} desde {year}|, com uma "
        "estrela Michelin desde {year}|].",
        "{public_name}, que se apresenta [com o nome artístico|como] «{given} de {town}», "
        "nasceu em {dob} e canta [fado|MPB] desde {year}.",
        ":A data de nascimento ({dob}) [vem da|está na] [ficha da federação|página oficial "
        "do clube|biografia publicada]; é [atleta profissional|figura pública], não há "
        "problema de privacidade.",
        "{public_name}\ndata de nascimento (P569): {dob}\nmembro da equipa desportiva "
        "(P54): EC {town}\ncargo: treinador ({year}–)",
    ),
    _n(
        "pt", "business", "nipc_cnpj", _ART_WD,
        "'''[Conservas|Transportes|Vinhos] {surname} Lda.''' (NIPC " + _PT_NIPC + ") é uma "
        "empresa [familiar|] sediada em {town}, matriculada na Conservatória do Registo "
        "Comercial.",
        "O CNPJ da empresa (" + _BR_CNPJ + ") [consta|está] no rodapé do site: identifica a "
        "pessoa jurídica, não uma pessoa física.",
        "Dados da Junta Comercial: NIRE [35|33|31]{age}{age}{age}[1|5], {surname} Comércio "
        "Ltda., aberta em {year}, sede em {org_address}.",
        "Tirei o CNPJ " + _BR_CNPJ + " [não por privacidade|não porque seja privado], mas "
        "porque [a Wikipédia não é um catálogo de empresas|não acrescenta nada ao artigo].",
    ),
    _n(
        "pt", "warning", "discussao_identidade_real", _TALKS,
        "Lembro a todos que [insinuar|sugerir] quem está por trás de uma conta, mesmo [na "
        "brincadeira|por indiretas], também é expor dados pessoais. [Suspeitas de COI vão "
        "por e-mail aos administradores.|Fiquemos nas edições.]",
        "Fecho esta discussão: estava a [derivar|descambar] para a identidade real de um "
        "editor. Quem tiver provas [privadas|de fora da wiki] mande-as aos supressores.",
        "{{ping|{target}}} peço que pare de procurar fora da Wikipédia quem é o outro "
        "editor; [da próxima vez|se insistir], [o bloqueio é imediato|peço um bloqueio].",
    ),
    _n(
        "pt", "removed", "pe_encerrada_dados_ocultos", _CLOSE,
        "Resultado: '''eliminar'''. As únicas fontes sobre [a data de "
        "nascimento e a morada|a vida privada] do biografado [eram|vinham de] [redes sociais|sites "
        "de busca de pessoas]; esses comentários foram ocultados durante a votação.",
        "Removidos dados pessoais de terceiro[; pedida supressão| (WP:PRIV)]",
        "[Ocultadas|Suprimidas] [duas|três] revisões desta página. [Por favor não as "
        "restaurem nem citem.|Quem as guardou, não as volte a publicar.]",
        "Nota a quem fechar: [risquei|retirei] um voto que [pretendia identificar|nomeava] o "
        "criador do artigo. O resto da discussão [mantém-se|fica igual].",
    ),
    _n(
        "pt", "vrt", "autorizacao_fotografo", ("file", "deletion", "user_talk"),
        "Autorização [confirmada|arquivada] no VRT, ticket " + _VRT + ". [O fotógrafo, "
        "{name}, licencia a imagem sob CC BY-SA 4.0.|Titular dos direitos: {name}.]",
        "{{PermissionTicket|id=" + _VRT_ID + "|user={editor}}} Autorização enviada por "
        "{name} em {date}.",
        "'''Manter''': a autorização [do autor|da autora], {name}, está no ticket n.º "
        + _VRT + "[, verificado por um agente|].",
        "Olá, {target}: recebemos o e-mail de {name} [autorizando|com a autorização para] o "
        "uso da foto (ticket " + _VRT + "); já pode retirar a marcação de eliminação.",
    ),
    _n(
        "pt", "example", "documentacao_predefinicao", ("noticeboard", "user_talk",
                                                       "article_talk"),
        "Exemplo de uso: <code>{{Contato|telefone={org_phone}|email={org_email}}}</code>; "
        "valores [fictícios|de exemplo].",
        "No tutorial, a captura de ecrã mostra um formulário preenchido com dados "
        "[fictícios|de teste] ({name}, {street}, {phone}): não pertencem a [ninguém|uma "
        "pessoa real].",
        "Para testes use um endereço como {email}: os domínios example [não recebem "
        "correio|são reservados para documentação].",
        "Os casos de teste do filtro de abusos incluem textos como {phone} e {email}; [são "
        "sintéticos|são valores falsos], [não os denunciem|não é vazamento de dados].",
    ),
)

FAMILIES: tuple[Family, ...] = _EN + _ES + _IT + _PT
