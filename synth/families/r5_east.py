"""Round-5 families (east): Italian, Portuguese (Brazilian and European), Dutch and Polish, and
German, French, Spanish and English on Commons file pages and Wikidata items.

What the model still missed on unseen wording, each said in a new way: a name and a workplace
together (the page creator unmasked as a company's press officer, a relative named with their
job), a workplace without a name (a badge in a selfie, a mail signature, EXIF metadata, a phone
call to the shop), phones said in passing or in evidence lists, IP addresses tied to an account
(range-block requests, "the same IP as"), profiles with the platform named in other words (a
chat with the account off-wiki, photos sold on a classifieds site), and conditional threats (if
the admins do nothing, a bargain, a journalist friend, an on-wiki report with the real name).
On Commons: file descriptions and deletion requests naming the person pictured or the uploader;
on Wikidata: an item about a private person with contact statements.

Hard negatives keep the surface (a name, a job, an IP, a phone, a handle) but are exempt: the
editor's own user page, a public body's press office, a public figure's verified account,
shared or school IP ranges tied to no account, warnings against these very threats, business
listings, fiction, removal notes, consent and VRT notes, photo credits and historical people.
"""

from __future__ import annotations

from synth.family import Family, negative, outing
from synth.lexicon import LEXICON

_o, _n = outing, negative


def _low_name(lang: str) -> str:
    """A lower-case full name from the language's invented names, as alternative groups."""
    given = "[" + "|".join(n.lower() for n in LEXICON[lang]["given"]) + "]"
    surname = "[" + "|".join(n.lower() for n in LEXICON[lang]["surname"]) + "]"
    return f"{given} {surname}"


_NW = ("name", "workplace")
_TALK = ("user_talk", "article_talk", "noticeboard")
_SOCK = ("noticeboard", "checkuser", "spi")
_RANGE = ("noticeboard", "checkuser", "steward")

# ------------------------------------------------------------------------------ Portuguese
_PT = (
    _o("pt.workplace.r5e_criador_assessor", ("deletion", "article_talk", "noticeboard"), _NW,
       "'''Eliminar''' – [autopromoção|conflito de interesse evidente]. O criador, {target}, "
       "[é|não é outro senão] {name}, [assessor de imprensa|responsável pela comunicação|{job}] "
       "[contratado por|que trabalha para] {employer}[; basta ver quem assina os "
       "comunicados usados como fonte|].",
       "[Para contexto|Só para que fique claro]: {target} = {name}, [assessora de imprensa"
       "|gestor de redes sociais|{job}] ({employer}). [Escreve sobre o próprio patrão.|Isto "
       "devia estar declarado.]",
       "Quem [carregou|enviou] as fotos [e escreveu o texto|] [é|foi] {name} ({target}), que "
       "[faz a comunicação|trata da imprensa|trabalha como {job}] para {employer}[. Mesma "
       "pessoa, mesmo folheto publicitário.|.]"),
    _o("pt.name.r5e_irma_trabalha", ("user_talk", "article_talk", "noticeboard"), _NW,
       "[Olha|Ó], {target}, a tua irmã [{given}|{name}] ainda trabalha como {job} para "
       "{employer}, não trabalha? [Ela sabe o que andas a fazer aqui?|Manda-lhe cumprimentos.]",
       "{target} vc é irmão d[o|a] " + _low_name("pt") + " né? aquela q trabalha de {job} pra "
       "{employer}[ kkkk| rsrs|]. [todo mundo sabe|a cidade inteira sabe]",
       "O pai d[o|a] {target}, {name}, é {job} [há anos|desde {year}] ({employer})[ – por "
       "isso a secção sobre a empresa só tem elogios|, e por isso o artigo parece um "
       "folheto][.|]",
       "Informo que o editor {target} é [cunhado|genro|sobrinho] de {name}, [{job}|gerente] "
       "[contratado por|que trabalha para] {employer}, entidade sobre a qual [tem "
       "editado|escreve] [intensamente|de forma promocional]."),
    _o("pt.workplace.r5e_cracha_na_selfie", ("user_talk", "article_talk", "deletion"),
       ("workplace",),
       "[kkkk|rsrs|kkkkk] {target} subiu uma selfie pro Commons e esqueceu do crachá: {job}, "
       "{employer}[ – gênio| parabéns pela discrição|]",
       "No [autorretrato|retrato] que {target} carregou dá para ler o [crachá|cartão] ao "
       "peito: «{job} – {employer}». [Está explicado o interesse no artigo.|Fica explicado "
       "o tom da página.]",
       "[Repara|Repare] no uniforme da foto de perfil d[o|a] {target}: é o de quem trabalha "
       "[como {job} |]para {employer}[, turno da noite|]. [Não é preciso checkuser.|Conflito "
       "de interesse, portanto.]"),
    _o("pt.phone.r5e_telefone_dela", (*_TALK, "spi"), ("phone",),
       "quer resolver isso? liga pra ela. o telefone dela é {phone}, [a|] {target} atende "
       "[depois das seis|de manhã cedo|no horário de almoço][ kkk|]",
       "[Se|Caso] alguém queira [perguntar|confirmar] [diretamente|pessoalmente] à {target}: "
       "o telemóvel dela é o {phone}[, atende sempre|, só não liguem ao domingo][.|]",
       "Provas de que {target} e a conta nova são a mesma pessoa:\n* tel. {phone} [nas "
       "duas|em ambas as] [páginas de usuário apagadas|fichas de inscrição] (é o celular "
       "pessoal d[ele|ela])\n* [mesmos erros de concordância|mesmas fontes|mesmos horários]"),
    _o("pt.ip_address.r5e_bloqueio_faixa", _RANGE, ("ip_address",),
       "Peço bloqueio [da faixa|do intervalo] {ip}/24[ por um mês|]. É [a ligação de "
       "casa|a fibra de casa|o 4G do telemóvel] de {target}; [voltou três vezes hoje|cada "
       "vez que é bloqueado muda só o último número].",
       "{target} [está|continua] a editar [deslogado|sem conta] [a partir de|com o IP] {ip} "
       "e {ip6} – mesmo IP que usou [antes do bloqueio|na votação|quando ainda assinava]. "
       "[Evasão clara.|Sem dúvida nenhuma.]",
       "o ip {ip} é o mesmo da conta {target}, [fala sério|óbvio], [ele|ela] [nem "
       "disfarça|esquece de logar toda semana]",
       "* {ip} – mesmo IP que {target} em {date}\n* {ip6} – [mesma operadora, mesmo "
       "bairro|idem]\n→ [bloqueio do intervalo|range block] recomendado"),
    _o("pt.profile.r5e_falei_com_ele_no_app", ("user_talk", "noticeboard", "spi"),
       ("profile",),
       "Fui atrás: mandei mensagem [pro|para o] {handle} [no zap|no insta|no face] e [ele|ela] "
       "[confirmou|admitiu] que é {target} aqui[.|. Tenho print.]",
       "[Tenho|Guardei] a conversa privada com {handle}[ (no app de mensagens verde)| (na "
       "rede das fotos)| (no app dos vídeos curtos)]: é [o|a] mesm[o|a] {target}, [falou|"
       "disse] [do artigo|das reversões] com todas as letras.",
       "Para os verificadores: fora da wiki {target} responde como {handle}, [no grupo "
       "de futebol do zap|no canal do aplicativo do aviãozinho de papel|no perfil de "
       "receitas do insta] – [seguiu-me|me seguiu] logo depois da discussão[.|]"),
    _o("pt.threat.r5e_se_admins_nao", ("noticeboard", "user_talk"), ("threat",),
       "Se [os administradores|a administração] não [bloquearem|fizerem nada com] {target} "
       "[até amanhã|esta semana], [eu mesmo publico|vou publicar] quem [ele|ela] é [no "
       "grupo da cidade|no Facebook do bairro|no fórum da escola]. Fica o aviso.",
       "já denunciei 3x e nada. próxima vez eu resolvo do meu jeito: nome, foto e onde "
       "[ele|ela] trabalha [no grupo da faculdade|no twitter|no grupo do condomínio]. "
       "{target} [tá avisado|sabe de quem eu tô falando].",
       "[Já que aqui ninguém faz nada|Não me deixam outra opção]: [vou contactar|contacto] "
       "a família d[o|a] {target} e mostro-lhes [o que anda a escrever|as edições] – [sei "
       "bem onde encontrá-los|não é difícil saber quem são]."),
)
_PT_NEG = (
    _n("pt.neg.self_disclosure.r5e_pagina_contacto", "self_disclosure", ("own_user_page",),
       "== Quem sou ==\nChamo-me {name} e trabalho como {job} para {employer}. [Edito aqui "
       "a título pessoal.|As minhas edições são pessoais, não da empresa.]\nContacto: "
       "{phone}[ (pode ligar ou mandar SMS)|]",
       "Oi! Eu sou {name}, {job}[, moro em {town}|]. Se quiser falar comigo fora da "
       "Wikipédia, meu celular é {phone}[ – pode chamar no zap|].",
       "{{Caixa de usuário|texto=Este usuário é {job}.}}\nSou eu, {name}[, de {town}|]; "
       "o meu local de trabalho é {employer}, por isso não edito o artigo sobre [ele|a "
       "empresa]."),
    _n("pt.neg.public_org.r5e_assessoria_imprensa", "public_org", ("article_talk", "article"),
       "[Confirmei|Liguei para confirmar] com a assessoria de imprensa d{org} (tel. "
       "{org_phone}): [a inauguração foi em|a data correta é] {date}. [Fonte acrescentada."
       "|Já corrigi.]",
       "Segundo {public_name}, porta-voz d{org}, [o acervo|o horário] [mudou|foi alterado] "
       "em {year}; [contacto oficial|e-mail institucional]: {org_email}.",
       "A morada {org_address} e o telefone {org_phone} [vêm|constam] [do site oficial|da "
       "página institucional] d{org}; [são dados públicos da instituição|não são de nenhuma "
       "pessoa]."),
    _n("pt.neg.no_tie.r5e_faixa_movel", "no_tie", ("noticeboard", "checkuser"),
       "Bloqueada a faixa {ip}/24 por 72 horas: [vandalismo repetido|spam] a partir de "
       "[uma operadora móvel|IPs dinâmicos]. [Não há|Nenhuma] conta registada associada[.|; "
       "efeitos colaterais possíveis.]",
       "{{Respondido}} O {ip} e o {ip6} são [de uma rede escolar|de um cibercafé|de uma "
       "biblioteca pública]; não dá para dizer quem [edita dali|está por trás], e [não vamos "
       "tentar|ninguém deve tentar].",
       "[Resultado|Conclusão] da verificação: {{Sem relação}}. O IP citado ({ip}) é [um "
       "proxy partilhado|da operadora, partilhado por milhares]; não se liga nenhuma conta "
       "a ele."),
    _n("pt.neg.warning.r5e_ameaca_condicional", "warning", ("user_talk", "noticeboard"),
       "{target}, «se ninguém fizer nada, eu publico quem ele é» é uma ameaça de exposição "
       "[e dá bloqueio|– bloqueado por tempo indeterminado]. [Denúncias vão para os "
       "administradores, não para grupos de Facebook.|]",
       "Pessoal, ninguém [vai|pode] [mandar mensagem|procurar] editores em redes sociais "
       "[pra|para] «confirmar» identidade. [Isso é assédio.|Isso viola a política de "
       "privacidade.] [Próximo que fizer é bloqueado.|]",
       "Aviso: [ameaçar|insinuar que vai] [contactar a família|revelar o emprego|mostrar as "
       "edições à família] de outro editor é motivo de bloqueio imediato, mesmo [como "
       "condição|«se os admins não agirem»]."),
    _n("pt.neg.public_figure.r5e_conta_verificada", "public_figure",
       ("article", "article_talk"),
       "[A prefeita|O presidente da câmara] {public_name} [anunciou|confirmou] a obra [na "
       "rede do passarinho|no perfil oficial] ({handle}), conta verificada[; serve como "
       "fonte primária|].",
       "[Fonte|Ref.]: publicação de {public_name} [no insta|no Instagram oficial] ({handle}), "
       "{date}. [É figura pública e conta oficial.|Conta oficial do deputado.]",
       ":Não é fonte [fiável|confiável] para tudo, mas o {handle} é [mesmo|de facto] o "
       "perfil oficial d[o|a] [vereador|vereadora|cantora] {public_name}[, verificado|, "
       "linkado no site oficial]."),
)

# ------------------------------------------------------------------------------ Dutch
_NL = (
    _o("nl.workplace.r5e_aanmaker_woordvoerder", ("deletion", "noticeboard", "article_talk"),
       _NW,
       "'''Verwijderen''' – [reclame|zelfpromotie]. De aanmaker, {target}, is {name}, "
       "[woordvoerder|communicatiemedewerker|{job}] bij {employer}[; dat zie je aan wie de "
       "persberichten ondertekent|].",
       "Voor de volledigheid: {target} is gewoon {name}, die [als {job} werkt bij|de socials "
       "doet voor] {employer}. [Belangenverstrengeling ten top.|Dat hoort hier gemeld te "
       "worden.]",
       "De foto's [zijn geüpload door|komen van] {target}, oftewel {name} – [perschef"
       "|marketingmedewerker|{job}] bij {employer}[. Zelfde mensen, zelfde boodschap.|.]"),
    _o("nl.name.r5e_je_zus_werkt", ("user_talk", "article_talk"), _NW,
       "[Zeg|Hé] {target}, je zus [{given}|{name}] werkt toch als {job} bij {employer}? "
       "[Weet zij wat jij hier allemaal uitspookt?|Doe haar de groeten.]",
       "lol {target} is gewoon het broertje van " + _low_name("nl") + ", die {job} bij "
       "{employer}. [iedereen weet het|heel het dorp weet het]",
       "De vader van {target}, {name}, is [al jaren|sinds {year}] {job} bij {employer}[ – "
       "vandaar dat het artikel er zo rooskleurig uitziet|, dus neutraal is anders]."),
    _o("nl.workplace.r5e_handtekening_mail", ("user_talk", "noticeboard", "article_talk"),
       ("workplace",),
       "[Grappig|Leuk], {target}: onder je mail aan [de helpdesk|VRT|mij] stond gewoon je "
       "handtekening. {job}, {employer}. [Dat verklaart een hoop.|Nu snap ik je bewerkingen.]",
       "[Ter info|Even melden]: {target} stuurde [zijn|haar] [klacht|bezwaar] vanaf het "
       "werkadres, met onderaan '{job} – {employer}'[. Belangenverstrengeling dus.|.]",
       "haha {target} vergat [zijn|haar] mailhandtekening weg te halen, dus nu weten we dat "
       "[ie|ze] {job} is bij {employer}"),
    _o("nl.phone.r5e_zijn_mobiel_bewijs", (*_SOCK, "user_talk"), ("phone",),
       "Bewijs dat {target} en de nieuwe account dezelfde persoon zijn:\n* zelfde 06 "
       "({phone}) [in beide|onder beide] [verwijderde concepten|mails aan de helpdesk]\n* "
       "zelfde [spelfouten|bronnen|tijdstippen]",
       "* tel.: {phone} (zijn mobiel, [stond in het concept|uit zijn Marktplaats-"
       "advertentie])\n* account: {target}\n* [zelfde|identiek] [woordgebruik|"
       "bewerkingspatroon]",
       "[Wil je het even zelf vragen?|Zelf vragen kan ook:] Zijn mobiel is {phone}, {target} neemt "
       "[meestal 's avonds|na zessen|altijd] op[.|, zeg maar dat je van Wikipedia bent.]"),
    _o("nl.ip_address.r5e_range_thuis", _RANGE, ("ip_address",),
       "Verzoek om rangeblokkade op {ip6}/64: dat is [de thuisaansluiting|het "
       "glasvezelabonnement] van {target}, die na elke blokkade terugkomt via een ander "
       "adres in die range.",
       "{ip} heeft precies hetzelfde IP als {target} [had|gebruikte] [voor de blokkade|toen "
       "[hij|zij] nog ingelogd stemde]. [Geen twijfel mogelijk.|Zelfde persoon.]",
       "zelfde ip als {target} hoor, {ip}, [zit gewoon thuis uitgelogd te editen|nog niet "
       "eens een vpn]"),
    _o("nl.profile.r5e_tweedehandssite", ("article_talk", "user_talk", "spi"), ("profile",),
       "[Hij|Zij] verkoopt [precies die foto's|afdrukken van die foto's] ook op die "
       "tweedehandssite als {handle}[, met dezelfde titels|]. {target} = {handle}[, klaar|].",
       "{target} [is|=] {handle} [op dat chatkanaal met het papieren vliegtuigje|in die "
       "Discordserver van de club|op dat Chinese filmpjesplatform]; [hij|zij] zette er vijf "
       "minuten later [dezelfde tekst|een screenshot van deze overlegpagina] neer.",
       "Zijn cv staat gewoon op dat zakelijke netwerk [met die blauwe 'in'|voor "
       "sollicitanten]: {handle}. Daar zie je dat {target} [dit bedrijf adviseert|de club "
       "zelf heeft opgericht]."),
    _o("nl.threat.r5e_ruil_voorstel", ("user_talk", "article_talk"), ("threat",),
       "Voorstel, {target}: jij zet mijn versie terug, en ik hou voor me wie je bent. "
       "[Anders weet heel {town} het morgen.|Anders gaat het de buurtapp in.]",
       "Het kan makkelijk of moeilijk, {target}. [Makkelijk|Optie 1]: je laat het artikel "
       "met rust. [Moeilijk|Optie 2]: ik laat [je werkgever|je familie|je school] zien wat "
       "je hier uitspookt.",
       "Er ligt een [mailtje|berichtje] klaar [aan je baas|voor de lokale krant] met je "
       "echte naam en al je bewerkingen, {target}. [Eén revert nog en ik druk op "
       "verzenden.|Jij bepaalt of het verstuurd wordt.]"),
)
_NL_NEG = (
    _n("nl.neg.self_disclosure.r5e_bel_me_gerust", "self_disclosure", ("own_user_page",),
       "== Over mij ==\nIk ben {name}, [in het dagelijks leven|van beroep] {job} bij "
       "{employer}. Vragen over mijn bewerkingen? Bel of app me gerust: {phone}.",
       "Hoi! [Ik heet|Mijn naam is] {name} en ik woon in {town}. Mijn mobiel: {phone}[ "
       "(liever appen dan bellen)|].",
       "{{Gebruiker beroep|{job}}}\nIk werk bij {employer}[ en bewerk daarom geen artikelen "
       "over mijn werkgever|]. Contact: {email}"),
    _n("nl.neg.business.r5e_winkel_bellen", "business", ("article", "article_talk"),
       "[Bakkerij|Fietsenwinkel|Kapsalon] {surname} aan de {street} [is dinsdag tot zaterdag "
       "open|bestaat sinds {year}]; [reserveren|bestellen] via {org_phone}.",
       ":Het telefoonnummer van de [zaak|winkel] ({org_phone}) staat [op de gevel|in de "
       "KvK-vermelding|op hun website], dus dat mag in het artikel blijven; het is [geen "
       "privénummer|een bedrijfsnummer].",
       "Eigenaar {public_name} [runt|heeft] de [zaak|winkel] sinds {year}[, zoals het "
       "Dagblad meldde|]; [bedrijfsgegevens|contact]: {org_address}, {org_phone}."),
    _n("nl.neg.fiction.r5e_zus_in_soap", "fiction", ("article", "article_talk"),
       "In de soap werkt {given}, de zus van hoofdpersoon {name}, als {job} bij "
       "{employer} (fictief)[; in seizoen 3 krijgt ze ontslag|].",
       ":Het nummer {phone} dat {name} in [aflevering 12|de eerste aflevering] opschrijft is "
       "[een nepnummer|een nummer uit de reeks voor films] van de productie; het is fictie.",
       "{name} is een [personage|hoofdpersonage] uit [het hoorspel|de stripreeks] ''[Achter "
       "de Dijk|Polderzicht]''[, {job} van beroep|], woonachtig aan de {street} in {town}."),
    _n("nl.neg.removed.r5e_familie_weggehaald", "removed", ("summary", "noticeboard",
                                                            "user_talk"),
       "[verwijderd|weggehaald]: naam en werkgever van een familielid van {target} "
       "[(privacy)|– zie WP:PRIV|, verbergen aangevraagd]",
       "Ik heb de opmerking over [de zus|de vader|het werk] van {target} [weggehaald|"
       "verborgen] en [een moderator gevraagd|oversight ingeschakeld] om de versies te "
       "verbergen. [Niet herhalen, graag.|Verder graag on-topic.]",
       "[Gedaan|Uitgevoerd] – de bijdrage met [het 06-nummer|het IP-adres en de naam] van "
       "{target} is [verborgen|onderdrukt]. [Draad gesloten.|]"),
    _n("nl.neg.public_org.r5e_woordvoerder_instelling", "public_org",
       ("article", "article_talk"),
       "Volgens {public_name}, woordvoerder van {org}, [gaat het gebouw|sluit de zaal] [in "
       "{year}|per {date}] [dicht|in de verbouwing]; pers kan bellen naar {org_phone}.",
       "Bronvermelding: persbericht van {org}, woordvoering {public_name}, {org_phone}, "
       "{org_email}. [Openbare gegevens van de instelling.|Geen privénummers.]",
       ":Het adres {org_address} is [dat van|het bezoekadres van] {org}, niet van een "
       "gebruiker – [niets te verbergen|zie hun website]."),
)

# ------------------------------------------------------------------------------ Polish
_PL = (
    _o("pl.workplace.r5e_steward_rzecznik", ("steward", "rename", "noticeboard"), _NW,
       "Proszę o globalną blokadę {target}. To konto prowadzi {name}, [rzecznik prasowy"
       "|specjalista ds. marketingu|{job}] (pracodawca: {employer}), który [wstawia|wkleja] "
       "[reklamy firmy|komunikaty prasowe] na [pięciu|kilku] wiki.",
       "Sprzeciw wobec zmiany nazwy: {target} to {name}, [rzeczniczka|{job}] – „{employer}”; "
       "[nowa nazwa|zmiana] ma tylko [ukryć|zatrzeć] powiązanie z firmą.",
       "Spam międzyprojektowy. Za kontem {target} stoi {name} ({job}, miejsce pracy: "
       "{employer}); [te same|identyczne] [teksty|opisy] [na pl, en i de|w kilku językach]."),
    _o("pl.name.r5e_szwagier_zawod", ("article_talk", "user_talk", "deletion"), _NW,
       "[Nic dziwnego, że|Jasne, że] {target} broni tego hasła – [jego|jej] szwagier, "
       "{name}, pracuje jako {job} (miejsce pracy: {employer}) i [to on|pewnie on] "
       "podsyła te „źródła”.",
       "przecież {target} to siostrzeniec " + _low_name("pl") + ", tej co pracuje jako "
       "{job} w tej firmie, {employer}. [cała wieś wie|wszyscy to wiedzą]",
       "Zgłaszam konflikt interesów: matka użytkownika {target}, {name}, [jest "
       "zatrudniona|pracuje] [jako {job}|na stanowisku: {job}] – pracodawca: {employer}, "
       "który jest [tematem hasła|opisywany w haśle]."),
    _o("pl.workplace.r5e_zadzwonilem_do_firmy", ("user_talk", "noticeboard", "article_talk"),
       ("workplace",),
       "Zadzwoniłem [dziś|wczoraj] do nich ({employer}) i zapytałem o osobę, która edytuje "
       "jako „{target}”. [Pani|Pan] w recepcji od razu wiedział[a|], o kogo chodzi – "
       "pracuje tam jako {job}.",
       "byłem ostatnio na miejscu, wstąpiłem do nich ({employer}) i kto stoi za ladą? "
       "nasz {target} [xD|hehe]. {job} pełną gębą",
       "Napisałem na ogólny adres firmy „{employer}” w sprawie hasła; [odpisał mi "
       "osobiście {target}, podpisany|odpisała mi osobiście {target}, podpisana] jako "
       "{job}[. Tyle w temacie neutralności.|.]"),
    _o("pl.phone.r5e_grupa_whatsapp", ("user_talk", "noticeboard", "spi"), ("phone",),
       "Jestem z {target} w [jednej grupie na WhatsAppie|grupie osiedlowej na Messengerze] – "
       "numer komórki, z którego pisze, to {phone}. [Ten sam podał w mailu do VRT.|Możecie "
       "sprawdzić.]",
       "numer komórki {target}: {phone}. [dzwońcie|piszcie] śmiało, [odbiera po 16|i tak "
       "nie odbiera od nieznanych]",
       "Dowody:\n* tel. {phone} – [podany|widoczny] [w ogłoszeniu|w podpisie maila] "
       "{target}\n* [te same godziny edycji|ten sam styl opisów zmian]\n* [ten sam temat "
       "edycji|te same źródła]"),
    _o("pl.ip_address.r5e_zakres_akademik", _RANGE, ("ip_address",),
       "Wnoszę o blokadę zakresu {ip}/24 – to [sieć akademika|osiedlowa sieć|światłowód], "
       "z której łączy się {target}. [Po każdej blokadzie wraca z kolejnego adresu.|Inaczej "
       "się nie da.]",
       "{ip6} i {ip} to [ten sam|jeden] [internet|router] co {target} [przed blokadą|w "
       "głosowaniu w Poczekalni]. [Ta sama osoba, tylko niezalogowana.|Oczywiste obejście "
       "blokady.]",
       "to ip {ip} to {target}, [ta sama sieć|to samo ip co zawsze], [nawet się nie "
       "wylogował porządnie|nawet się z tym nie kryje]"),
    _o("pl.profile.r5e_fejs_ogloszenia", ("article_talk", "user_talk", "spi"), ("profile",),
       "Ten sam człowiek sprzedaje [na portalu z ogłoszeniami|na tym serwisie aukcyjnym] "
       "zdjęcia, które wrzuca na Commons – jako {handle}. {target} = {handle}[, koniec "
       "tematu|].",
       "[Na fejsie|Na insta|Na tiktoku] {target} [występuje|jest] jako {handle} i [chwali "
       "się|pisze], że „[poprawia Wikipedię|pisze hasła] [za pieniądze|dla klientów]”.",
       "[Sprawdźcie|Zobaczcie] {handle} na ćwierkaczu – [identyczny avatar|ta sama "
       "biografia] co na stronie wikipedysty {target}[.|, nawet literówka ta sama.]"),
    _o("pl.threat.r5e_znajomy_dziennikarz", ("user_talk", "article_talk", "noticeboard"),
       ("threat",),
       "Mam znajomego [dziennikarza|redaktora] w [lokalnej gazecie|regionalnym portalu]. "
       "[Chętnie|Na pewno chętnie] opisze, kto się kryje za kontem {target}[, jeśli dalej "
       "będziesz usuwał moje edycje|].",
       "{target}, jeszcze jedno wycofanie i [twoje nazwisko|twoja twarz] [trafi|trafią] do "
       "[artykułu|reportażu] o „[wikipedystach-cenzorach|cenzurze na Wikipedii]”. "
       "[Materiał już jest.|Wybór należy do ciebie.]",
       "Ciekawe, co by [powiedzieli|napisali] w lokalnej prasie, gdyby się dowiedzieli, kim "
       "naprawdę jest {target}. [Może to sprawdzę.|Może się przekonamy.]"),
)
_PL_NEG = (
    _n("pl.neg.self_disclosure.r5e_moj_numer", "self_disclosure", ("own_user_page",),
       "== O mnie ==\nNazywam się {name}, pracuję jako {job} ({employer}). W sprawach edycji "
       "można do mnie dzwonić: {phone}.",
       "Cześć! Jestem {name}[ ({town})|]. Mój numer komórki: {phone} – [wolę SMS-y|piszcie "
       "śmiało]. Na fejsie jestem {handle}.",
       "{{Userbox|zawód: {job}}} To moje konto; mój pracodawca: {employer}[, dlatego nie "
       "edytuję hasła o firmie|]."),
    _n("pl.neg.public_org.r5e_rzecznik_urzedu", "public_org", ("article_talk", "article"),
       "Jak poinformował rzecznik prasowy [urzędu|muzeum] {public_name}, [remont|wystawa] "
       "[potrwa do|ruszy] {date}. Kontakt dla mediów: {org_phone}, {org_email}.",
       ":Numer {org_phone} to [sekretariat|centrala] – {org}, [podany w BIP-ie|ze strony "
       "instytucji]; [nie jest prywatny|to dane instytucji].",
       "Dane kontaktowe ({org}): {org_address}, tel. {org_phone} – źródło: [BIP|oficjalna "
       "strona]."),
    _n("pl.neg.warning.r5e_grozba_prasa", "warning", ("user_talk", "noticeboard"),
       "{target}, grożenie „nagłośnieniem w prasie”, kim jest inny wikipedysta, to [groźba "
       "ujawnienia danych|naruszenie zasad]. [Blokada na czas nieokreślony.|Ostatnie "
       "ostrzeżenie.]",
       "Przypominam: [dzwonienie do czyjegoś pracodawcy|szukanie ludzi na fejsie|pytanie w "
       "recepcji o wikipedystę] to [nękanie|naruszenie prywatności]. [Za takie rzeczy są "
       "blokady.|Nie róbcie tego.]",
       "Do wszystkich: prośby o blokadę zakresu IP zgłaszamy bez pisania, czyje to łącze. "
       "[Kto napisze „to jego dom”, dostaje blokadę.|Domysły o tożsamości idą mailem do CU.]"),
    _n("pl.neg.vrt.r5e_zgoda_osoby_na_zdjeciu", "vrt", ("file", "deletion"),
       "Zgoda osoby przedstawionej ({name}) [przesłana|dotarła] do VRT {date}; zgłoszenie "
       "zweryfikowane. [Zostawić.|Pozostawić.]",
       "'''Zostawić''' – osoba widoczna na zdjęciu, {name} ({job}), [sama przesłała "
       "zgodę|zgodziła się na publikację] przez VRT.",
       "{{Zgoda VRT}} Autor zdjęcia: {name2}; osoba przedstawiona: {name} – [zgoda na "
       "wizerunek w archiwum VRT|oboje przesłali zgody]."),
    _n("pl.neg.historical.r5e_ksiega_adresowa", "historical", ("article", "article_talk"),
       "{name} (18[62|71|80]–19[29|39|44]), [listonosz|piekarz|nauczyciel] w {town}, "
       "mieszkał przy {street}; [dom nie zachował się|od 1990 r. wisi tam tablica pamiątkowa].",
       "W księdze adresowej z 1936 r.: „{name}, [krawiec|zegarmistrz|felczer], {street}, "
       "tel. 2[14|37|58]”.",
       ":Informacje o osobie ({name}): [zawód|adres] według [akt metrykalnych|księgi "
       "meldunkowej] z XIX wieku; [osoba nie żyje od ponad stu lat|to materiał historyczny]."),
)

# ------------------------------------------------------------------------------ Italian
_IT = (
    _o("it.workplace.r5e_autore_addetto_stampa", ("deletion", "article_talk", "noticeboard"),
       _NW,
       "'''Cancellare''' – [autopromozionale|conflitto d'interessi]. L'autore, {target}, è "
       "{name}, [addetto stampa|responsabile comunicazione|{job}] presso {employer}[: firma "
       "lui i comunicati citati come fonte|].",
       "Per chi non lo sapesse: {target} = {name}, [che lavora come|di professione] {job} "
       "presso {employer}. [Tutto torna.|Ecco spiegato il tono della voce.]",
       "Le foto sono caricate da {target}, cioè {name}, [ufficio stampa|{job}] – "
       "{employer}[. Stessa persona, stesso messaggio pubblicitario.|.]"),
    _o("it.name.r5e_tua_cugina_lavora", ("user_talk", "article_talk"), _NW,
       "{target}, ma tua cugina [{given}|{name}] non lavora come {job} presso {employer}? "
       "[Chissà cosa direbbe di queste modifiche.|Salutamela.]",
       "ahah {target} è il figlio di " + _low_name("it") + ", quella che lavora come {job} "
       "presso {employer}. [lo sa tutto il paese|lo sanno tutti]",
       "Segnalo conflitto di interessi: il padre dell'utente {target}, {name}, [è|risulta] "
       "{job} presso {employer}, soggetto della voce."),
    _o("it.workplace.r5e_metadati_foto", ("user_talk", "deletion", "noticeboard"),
       ("workplace",),
       "Nei metadati EXIF delle foto che {target} carica c'è scritto '[Ufficio tecnico"
       "|PC reception|Postazione 3] – {employer}'. [Quindi lavora lì, come sospettavamo.|"
       "Lavora lì, altro che utente neutrale.]",
       "raga guardate i dati exif delle foto di {target}, il campo autore dice «{employer}». "
       "[è|fa] {job} lì sicuro",
       "Le [scansioni|foto] caricate da {target} escono dalla stampante dell'ufficio – "
       "nell'intestazione si legge {employer}[, dove lavora come {job}|]."),
    _o("it.phone.r5e_ho_chiamato", ("noticeboard", "user_talk", "spi"), ("phone",),
       "Ho chiamato il numero che {target} aveva lasciato nella bozza, {phone}: ha risposto "
       "[proprio lui|lei in persona] e [ha ammesso|ha confermato] di [avere le due utenze|"
       "essere l'autore].",
       "il cell di {target} è {phone}, [chiamatelo|scrivetegli su whatsapp] e chiedeteglielo "
       "[se non ci credete|perché cancella tutto]",
       "Elementi:\n* cell. {phone}, presente [nella bozza cancellata|nel curriculum "
       "caricato] di {target}\n* stesso numero [nella firma email|nel ticket] della seconda "
       "utenza"),
    _o("it.ip_address.r5e_range_casa", _RANGE, ("ip_address",),
       "Chiedo il blocco del range {ip}/24: è la [linea di casa|fibra di casa|chiavetta] di "
       "{target}, che rientra dopo ogni blocco cambiando solo l'ultimo ottetto.",
       "L'IP {ip} è lo stesso che usava {target} [prima del blocco|quando votava in PdC]. "
       "[Evasione del blocco, palese.|Stessa persona, sloggata.]",
       "{ip} e {ip6} = {target}, [stessa rete di casa|stesso IP di sempre], [manco si logga "
       "più|non si nasconde neanche]"),
    _o("it.profile.r5e_traffico_canale", ("article_talk", "user_talk", "deletion"),
       ("profile",),
       "Carica qui le foto solo per portare [traffico|follower] al suo canale sull'app dei "
       "balletti, {handle}: {target} [e {handle} sono la stessa persona|= {handle}].",
       "{target} vende [le stesse foto|stampe delle stesse foto] [sul sito delle aste|su "
       "quella piattaforma di annunci] come {handle}[, con gli stessi titoli|]. [Spam, altro "
       "che contributi.|]",
       "Ho scritto a {handle} [sull'app con l'aeroplanino di carta|su quella app coi messaggi "
       "che si autodistruggono] e [mi ha risposto|ha ammesso] di essere {target}."),
    _o("it.threat.r5e_segnalazione_con_nome", ("user_talk", "article_talk"), ("threat",),
       "Al prossimo annullamento apro una segnalazione [tra gli utenti problematici|al bar] "
       "con nome, cognome e [posto di lavoro|città] di {target}. [Poi vediamo.|Vedi tu.]",
       "[Non mi costringere|Non costringermi], {target}. [So chi sei|Il tuo nome lo "
       "conosco] e ci metto un secondo a scriverlo qui[ sotto|, in grassetto].",
       "{target}, se la [voce|sezione] non torna com'era entro [stasera|domani], scrivo "
       "chi sei nella tua pagina utente[ e lo lascio lì|, vediamo quanto resta prima che lo "
       "nascondano]."),
)
_IT_NEG = (
    _n("it.neg.self_disclosure.r5e_mio_telegram", "self_disclosure", ("own_user_page",),
       "== Chi sono ==\nMi chiamo {name}, [lavoro come|di mestiere faccio il] {job} presso "
       "{employer}[ e contribuisco nel tempo libero|]. Mi trovate anche su Telegram: {handle}.",
       "[Ciao!|Benvenuto nella mia pagina.] Sono {name}, vivo a {town}. Per contattarmi "
       "fuori da Wikipedia: cell. {phone}[ (meglio un messaggio)|].",
       "{{Utente lavoro|{job}}} Questa utenza è mia ({name}); le foto su Commons sono mie e "
       "compaiono anche sul mio profilo {handle}."),
    _n("it.neg.public_figure.r5e_portavoce_sindaco", "public_figure",
       ("article", "article_talk"),
       "{public_name}, portavoce del sindaco di {town} dal {year}, ha confermato la notizia "
       "[alla stampa|in conferenza stampa]; la nomina è [sull'albo pretorio|sul sito del "
       "Comune].",
       ":Il profilo {handle} è quello ufficiale [dell'assessora|del consigliere regionale] "
       "{public_name}[, spunta blu|, linkato dal sito istituzionale]; [va bene come fonte "
       "primaria|nessun problema di privacy].",
       "'''{public_name}''' ({town}, {dob}) è [una giornalista italiana|un politico italiano], "
       "[già|attuale] [addetto stampa|assessore] del Comune di {town}."),
    _n("it.neg.no_tie.r5e_range_condiviso", "no_tie", ("noticeboard", "checkuser"),
       "Bloccato il range {ip}/24 per una settimana: [rete scolastica|proxy aziendale|hotspot "
       "pubblico], vandalismi [ripetuti|da giorni]. [Nessuna utenza registrata collegata.|"
       "Non risulta collegato ad alcuna utenza.]",
       "{{Fatto}} L'IP {ip} è [un NAT condiviso|di un operatore mobile]: decine di persone "
       "diverse, [impossibile|non ha senso] attribuirlo a un utente.",
       "[Esito|Risultato] CU: {{Non correlato}}. {ip6} è [una VPN commerciale|un nodo Tor]; "
       "nessun legame con le utenze [segnalate|indicate]."),
    _n("it.neg.consented.r5e_persona_ritratta", "consented", ("file", "deletion"),
       "{name} ({job} presso {employer}) [ritratta|ritratto] [al lavoro|durante "
       "l'inaugurazione] – consenso scritto alla pubblicazione [conservato dal "
       "fotografo|archiviato in VRT].",
       "'''Mantenere''' – la persona fotografata, {name}, ha dato il consenso [per "
       "iscritto|in VRT] e ha chiesto lei di essere nominata nella descrizione.",
       "Tutte le persone ritratte ({name}, {name2}) hanno [firmato la liberatoria|dato il "
       "consenso] al raduno di {town}, {date}."),
    _n("it.neg.fiction.r5e_romanzo_telefono", "fiction", ("article", "article_talk"),
       "Nel romanzo il commissario chiama {name}, {job} presso {employer}, al numero "
       "{phone}[ – un numero inventato|, che nel libro è quello della trattoria].",
       ":Il [personaggio|protagonista] {name} ha un profilo {handle} gestito dalla casa di "
       "produzione per promuovere la serie; non è una persona reale.",
       "[Nella fiction|Nel fumetto] ''[Il Porto|Via dei Tigli]'', {name} lavora come {job} "
       "e abita in {street}, {town}."),
)

# ------------------------------------------------------------- Commons files, Wikidata items
_CW = (
    _o("en.name.r5e_file_dr_pictured_coworker", ("file",), _NW,
       "{{delete|reason=Personal photo of a private person}}\n[The woman|The man|The person] "
       "in this picture is {name}; [she|he] works at {employer} ({job})[ and never agreed "
       "to this|. Uploaded to embarrass [her|him]].",
       "Deletion request: {target} uploaded this to [mock|harass] [his|her] [coworker|"
       "manager] {name} ({job}, {employer})[; the caption even names the department|].",
       "'''Delete''' - [clearly|obviously] a workplace snap: that's {name} behind the counter "
       "at {employer}[, I know her from there|]. [Out of scope|Not educational], and a "
       "personality rights problem."),
    _o("en.phone.r5e_wikidata_private_contact", ("wikidata",), ("name", "phone", "workplace"),
       "label (en): {name}\ndescription (en): [{job} at {employer}|private individual from "
       "{town}]\ninstance of (P31): human\nphone number (P1329): {phone}\nemployer (P108): "
       "{employer}",
       "{name}\n[added|created] claim: phone number (P1329) → {phone}\n[added|created] "
       "claim: occupation (P106) → {job}\nqualifier: employer → {employer}",
       "label (en): {name}\ndescription (en): {job} at {employer}, reachable on {phone}"
       "[\nalso known as: {target}|]"),
    _o("de.workplace.r5e_datei_hochlader_kollegin", ("file",), _NW,
       "Hochgeladen von {target} – das ist übrigens {name}, [Pressesprecherin|Pressesprecher"
       "|{job}] bei {employer}[, falls sich jemand über die Werbesprache wundert|].",
       "Löschantrag: Der Hochlader {target} ist {name}, {job} bei {employer}; [er|sie] hat "
       "das [Firmenfoto|Werbefoto] ohne Freigabe eingestellt.",
       "Die abgebildete Person ist [meine Kollegin|mein Kollege] {name} ({job}, {employer}); "
       "[sie weiß nichts von dem Foto|das Bild wurde heimlich in der Kantine gemacht]."),
    _o("de.address.r5e_wikidata_privatperson", ("wikidata",), ("name", "address", "phone"),
       "Bezeichnung (de): {name}\nBeschreibung (de): Privatperson aus {town}\n"
       "Straßenadresse (P6375): {address}\nTelefonnummer (P1329): {phone}",
       "{name} – [Nachbar|Nachbarin|Vermieter] [in der|aus der] {street}, {town}\n"
       "Telefonnummer (P1329): {phone}",
       "Aussage hinzugefügt: Wohnsitz (P551) → {town}; Straßenadresse (P6375) → {street}; "
       "Telefonnummer (P1329) → {phone}; Bezeichnung: {name}[ (Wikipedia-Benutzer "
       "{target})|]"),
    _o("fr.phone.r5e_fichier_employee", ("file",), ("name", "workplace", "phone"),
       "Description : {name}, {job} ({employer}), [à son poste|pendant son service]. "
       "[Tél. perso|Son portable] : {phone}",
       "{{Information\n|description=Ma voisine {name} devant {employer}, où elle travaille "
       "comme {job}. Téléphone : {phone}\n|source=travail personnel\n}}",
       "Demande de suppression : la personne photographiée est {name}, {job} ({employer}), "
       "et l'importateur a ajouté son numéro ({phone}) dans la description. [Atteinte à la "
       "vie privée.|Vie privée.]"),
    _o("es.address.r5e_archivo_quien_subio", ("file",), ("name", "address"),
       "Solicitud de borrado: quien subió esto, {target}, es {name}, y la foto está tomada "
       "desde su [balcón|ventana] en {address}[; lo sé porque es mi vecino|].",
       "{{Information\n|description=Casa de {name}, {street}, {town}\n|source=trabajo "
       "propio\n}}\n[La subo para que todos sepan dónde vive.|]",
       "Descripción: [mi ex|el vecino del quinto|mi casero] {name} saliendo de su portal, "
       "{address}[, a las 7 de la mañana como siempre|]"),
    _o("es.profile.r5e_wikidata_perfiles", ("wikidata",), ("name", "profile", "phone"),
       "etiqueta (es): {name}\ndescripción (es): [estudiante de {town}|persona particular|"
       "vecina de {town}]\nnombre de usuario en Instagram (P2003): {handle}\nnúmero de "
       "teléfono (P1329): {phone}",
       "{name}\nse añadió la declaración: página web (P856) → {profile_url}\nse añadió la "
       "declaración: número de teléfono (P1329) → {phone}",
       "descripción (es): [chico|chica] de {town} que edita Wikipedia como {target}; perfil: "
       "{profile_url}; tel. {phone}\netiqueta: {name}"),
)
_CW_NEG = (
    _n("en.neg.vrt.r5e_file_subject_consent", "vrt", ("file",),
       "{{Personality rights}} {{PermissionTicket}}\nThe person depicted, {name} ({job} at "
       "{employer}), has consented to publication; confirmation is in the VRT queue[, "
       "ticket checked by {editor}|].",
       "'''Kept''': VRT holds a signed model release from {name}, the {job} pictured; no "
       "privacy issue.",
       "VRT agent note: the subject ({name}) wrote to VRT [herself|himself] and [asked "
       "for|agreed to] the caption naming [her|him]; permission confirmed {date}."),
    _n("de.neg.photo_credit.r5e_pressestelle_foto", "photo_credit", ("file",),
       "Urheber: {name}, Pressestelle {org}\nQuelle: Pressemitteilung vom {date}\nLizenz: "
       "CC BY-SA 4.0",
       "{{Information\n|Beschreibung=Eingangsbereich, {org}\n|Urheber={name} "
       "(Pressestelle)\n|Quelle=Pressefoto\n}}",
       "Foto: {name} / {org}, {year}. Veröffentlicht über die Pressestelle ({org_email}), "
       "[Namensnennung erbeten|Bildnachweis wie angegeben]."),
    _n("fr.neg.historical.r5e_wikidata_instituteur", "historical", ("wikidata",),
       "libellé (fr) : {name}\ndescription (fr) : [instituteur|boulanger|facteur] à {town} "
       "(18[52|67|79]–19[21|34|40])\nprofession (P106) : [instituteur|boulanger|facteur]\n"
       "résidence (P551) : {town}",
       "{name} (18[44|61]–19[15|32]), [garde champêtre|sage-femme|meunier] à {town}, "
       "mentionné dans l'[état civil|annuaire de 1900] au {street}",
       "date de naissance (P569) : [12 mars 1871|3 juin 1858]\ndate de mort (P570) : "
       "[1936|1929]\nemployeur (P108) : [la Compagnie des chemins de fer du Nord|les Postes]"
       "\nlibellé : {name}"),
    _n("es.neg.removed.r5e_archivo_descripcion_retirada", "removed", ("file",),
       "Retiré de la descripción el nombre y el lugar de trabajo que {target} había puesto "
       "de la persona fotografiada. [Solicitada la supresión de versiones.|Ver "
       "COM:IDENT.]",
       "Borrado rápido: [la descripción|el nombre del archivo] contenía [el teléfono|la "
       "dirección] de una persona particular. [Versión suprimida.|Ocultado por un supresor.]",
       "{{Cerrada}} Se conserva la imagen; se ha quitado de la descripción el nombre de la "
       "persona retratada, a petición suya."),
    _n("de.neg.business.r5e_wikidata_firma", "business", ("wikidata",),
       "Bezeichnung (de): {employer}\nBeschreibung (de): Unternehmen in {town}\n"
       "Telefonnummer (P1329): {org_phone}\nE-Mail (P968): mailto:{org_email}\n"
       "Geschäftsführer (P1037): {public_name}",
       "Straßenadresse (P6375): {org_address}\nTelefonnummer (P1329): {org_phone} (laut "
       "Impressum)",
       "{employer} – [Betrieb|Unternehmen] in {town}; Kontakt laut "
       "Handelsregister und Impressum: {org_phone}"),
)

FAMILIES: tuple[Family, ...] = (_PT + _PT_NEG + _NL + _NL_NEG + _PL + _PL_NEG + _IT + _IT_NEG
                                + _CW + _CW_NEG)
