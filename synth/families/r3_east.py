"""Round-3 families: Portuguese and Polish outing and hard negatives, and English on Commons,
Wikidata and Meta.

Per language (pt, pl) about fifteen outing families, two each for workplace, profile, address,
name, threat and birth_date and one each for ip_address, email and id_number, each a different
way of saying it: an aside in a content dispute, a "concerned" report, sockpuppet evidence
bullets, an edit summary, a sarcastic one-liner, a conditional threat, a one-word or lower-case
name, a name through a relative, a job given by role without the employer, a handle with the
platform named in other words. English families sit on file pages (captions, structured-data
lines), Wikidata items (labels, descriptions, property lines) and Meta requests (global locks,
rename objections).

Every outing family has hard negatives of the same surface that fall under an exemption:
userboxes and own profiles on one's own user page, an IP editor owning their logged-out edit,
politicians' and officials' public facts, organisations' and shops' public contacts, historical
records, fiction, photo credits, VRT and consent notes, warnings, removals, documentation
examples and IP reports tied to no account.

The template grammar has no escape for a single `[`: external links are written bare.
"""

from __future__ import annotations

from synth.family import Family, negative, outing
from synth.lexicon import LEXICON

_o, _n = outing, negative


def _low(lang: str, key: str) -> str:
    """An alternative group of the language's invented names, in lower case."""
    return "[" + "|".join(n.lower() for n in LEXICON[lang][key]) + "]"


_PT_G, _PT_S = _low("pt", "given"), _low("pt", "surname")
_PL_G, _PL_S = _low("pl", "given"), _low("pl", "surname")

_TALK = ("user_talk", "article_talk", "noticeboard")
_DISPUTE = ("article_talk", "user_talk")
_SOCK = ("spi", "checkuser", "noticeboard")
_META = ("steward", "rename")

# ------------------------------------------------------------------------------ Portuguese
_PT_OUT = (
    _o("pt.workplace.papel_sem_patrao", _TALK, ("workplace",),
       "[Não admira|Não é de estranhar] que {target} defenda tanto o [centro de saúde|posto "
       "de saúde|hospital] de {town} no artigo: trabalha lá como {job}, [no balcão|no turno da "
       "manhã|na "
       "receção][.|, toda a gente da terra sabe.]",
       "[Olhem|Reparem] que {target} é quem [abre|fecha] a [secretaria|biblioteca] da "
       "escola [primária|básica] de {town} [todas as manhãs|de segunda a sexta]; claro que "
       "[apaga|retira] tudo o que é crítico à direção.",
       "[Isto é|Isso é] conflito de interesse [puro|óbvio]: {target} [trabalha|dá o turno] "
       "[na receção|no atendimento] da própria [empresa|firma] ({employer}) sobre a "
       "qual escreve[.|; a [mim|nós] ninguém engana.]"),
    _o("pt.workplace.sumario_reversao", ("summary",), ("workplace",),
       "[rv|reversão|Desfeita a edição] de {target}[:|—] [funcionário|trabalha lá] "
       "({employer}), [COI|conflito de interesse] [óbvio|evidente]",
       "[rv|revertido] – autopromoção; {target} = {job}, {employer}",
       "[desfiz|revertido]: [o|a] {target} [é|trabalha como] {job} [ali|lá] "
       "({employer}) e [não para de|vive a] [inflar|promover] a página"),
    _o("pt.profile.rede_em_outras_palavras", (*_TALK, "spi"), ("profile",),
       "[Curiosamente|Engraçado], {target} [posta|publica] [as mesmas fotos|os mesmos textos] "
       "[naquela rede do passarinho|no aplicativo de vídeos curtos|na rede das fotos "
       "quadradas|no site de currículos] como {handle}[.|. Só ligar os pontos.]",
       "[Sabiam que|Para quem não sabe,] {target} [tem|mantém] um [canal|perfil] de "
       "[receitas|memes|futebol] [no app chinês|naquele site de vídeos|no site do pássaro "
       "azul]? É o {handle}[, com [quase|uns] [mil|três mil] seguidores|].",
       "{target} [aqui|na Wikipédia], {handle} [lá fora|do lado de lá] – [mesmíssima "
       "pessoa|mesmo sujeito][, basta ver a foto de capa|, até o erro de ortografia é "
       "igual][.|]"),
    _o("pt.profile.evidencias_fantoche", ("spi", "checkuser"), ("profile",),
       "== Evidências ==\n* Ambas as contas [carregam|enviaram] fotos que [também|] aparecem "
       "em {profile_url}\n* [Mesmo estilo de resumos|Mesmos erros de pontuação]\n* {target} "
       "[citou|colou] um [post|texto] desse perfil palavra por palavra",
       "* {target}: [ligado a|é o dono de] {profile_url}[ (mesma foto de perfil)| (mesmo "
       "nome de utilizador com um número no fim)]\n* [As duas contas|Os fantoches] "
       "[editam|aparecem] sempre [à noite|logo depois das publicações desse perfil]",
       "Comportamento [idêntico|muito parecido]; além disso, {target} [é|administra] "
       "{profile_url} – [vide|ver] a [bio|descrição], que [remete|linka] para a "
       "[página de usuário|conta] dele aqui."),
    _o("pt.address.esplanada_preocupado", ("noticeboard",), ("address",),
       "[Peço desculpa por trazer isto aqui, mas|Fico sinceramente preocupado:] {target} "
       "[vive sozinh[o|a]|mora com a avó] na {street}, em {town}, e [anda a discutir|tem "
       "trocado mensagens] com [gente estranha|contas bloqueadas]. Alguém devia [ver|"
       "acompanhar] isto.",
       "Não quero [alarmar|assustar] ninguém, mas [a morada|o endereço] de {target} "
       "({address}) [já circula|foi partilhad[o|a]] [por aí|num fórum]; [achei melhor "
       "avisar|deixo aqui para os administradores saberem].",
       "[Relato|Aviso] por precaução: {target} [é menor|é uma pessoa vulnerável] e mora na "
       "{street}[, {town}|, perto da escola]. [Agradecia que alguém fosse atento.|Por "
       "favor, vigiem a conta.]"),
    _o("pt.address.aparte_fontes", _DISPUTE, ("address",),
       "[Claro que|É óbvio que] {target} quer [a foto da praça|o parágrafo sobre o trânsito] "
       "no artigo – mora [mesmo|] ali, na {street}[, no prédio da esquina|, por cima da "
       "farmácia|][.|, é o quintal dele.]",
       "Fonte [de|para] isso? [Ah, esqueci|Ah, claro]: {target} [vê da janela|passa todos os "
       "dias à porta], [porque|já que] mora na {street}[, {postcode} {town}|].",
       "Com todo o respeito, [a tua|sua] [vizinhança|rua] na {street} não é fonte fiável, "
       "{target}[.|, por mais que conheças o bairro.]"),
    _o("pt.name.via_parente", _TALK, ("name",),
       "{target} é [filho|neto|sobrinho|afilhado] de {name}, que tem [a oficina|a "
       "loja de tintas|o talho] [na rua principal|ao pé da igreja][; daí tanto interesse no "
       "artigo|][.|]",
       "[Não se deixem enganar|Atenção]: {target} é [da família|neto|sobrinho] de "
       "{name}, [presidente da associação de moradores|que dirige a creche|suplente na "
       "câmara][, e escreve sobre a família| – conflito de interesse evidente][.|]",
       "[Quem edita como {target} é|Por trás de {target} está] [o marido|um irmão|o cunhado] de "
       "{name2}, "
       "d[o restaurante|o salão de beleza|a loja de ferragens] em {town}[.|; a família "
       "já o confirmou no Facebook.]"),
    _o("pt.name.uma_palavra", (*_DISPUTE, "summary"), ("name",),
       f"[Boa tentativa|Lindo serviço], {_PT_S}[.|. Achas que ninguém [percebe|sabe] quem "
       "és?]",
       f"{_PT_G}, [para|pare] de [usar|fingir com] a conta {{target}}[, já sabemos que és "
       "tu|, é ridículo][.|]",
       f"[rv|revertido] – [é|foi] o {_PT_S} de novo com outra conta",
       "[Olá|Bom dia] {surname}[ 👋|!] [Ah, desculpa|Ops], [queria dizer|quis dizer] "
       "{target}[.|...]"),
    _o("pt.threat.prazo_ultimato", _DISPUTE, ("threat",),
       "Tens até [sexta|domingo|amanhã à noite] para [desfazer|repor] a [edição|secção], "
       "{target}. [Depois disso|Se não], [a tua foto vai|o teu nome e a tua cara vão] "
       "parar ao grupo [do bairro|da freguesia|da escola].",
       "[Último aviso|Aviso final], {target}: [ou|] [paras|para] de [apagar o|mexer no] meu "
       "texto, ou [amanhã|na segunda] toda a [tua rua|tua faculdade] fica a saber quem és "
       "[aqui|na Wikipédia].",
       "Vou dar [24|48] horas. [Se a página não voltar ao que era|Se continuares], publico "
       "[tudo o que sei|o que descobri] sobre ti, {target}[, e não é pouco|]."),
    _o("pt.threat.primo_na_terra", (*_DISPUTE, "noticeboard"), ("threat",),
       "Tenho um [primo|amigo|colega] em {town} que te conhece [bem|de perto], {target}. "
       "[Ele|Tenho a certeza que ele] [ia adorar|ficaria muito interessado em] saber do teu "
       "[passatempo|hobby] aqui[.|...]",
       "[Engraçado|Curioso] como o mundo é pequeno, {target}: [metade|alguém] da "
       "[tua família|tua empresa] [segue|lê] a minha página. [Um dia destes partilho o "
       "link.|Era uma pena se vissem isto.]",
       "[Cuidado|Vai com calma], {target}. [Em {town}|Na tua terra] toda a gente se "
       "conhece, e eu [sei|descobri] [onde procurar|a quem perguntar]."),
    _o("pt.birth_date.parabens_sarcastico", _DISPUTE, ("birth_date",),
       "[Parabéns adiantados|Feliz aniversário antecipado], {target}! {dob} está "
       "[quase|à porta], não é? [😉|Vê se ganhas juízo com a idade.]",
       "[Olha|Ei], {target}, [quem nasce|alguém nascido] a {dob} [devia|já devia] "
       "saber [perder uma discussão|ler uma fonte][.|, não achas?]",
       "[Ah,|Pois,] {target}, [fazes|vais fazer] {age} anos [no dia|a] {dob_num} e "
       "[ainda escreves|continuas a editar] como um miúdo[.|. Parabéns.]"),
    _o("pt.birth_date.menor_registo", ("noticeboard", "deletion"), ("birth_date", "name"),
       "[Para quem não sabe|Só para contexto], {target} = {name}, [n.|data de "
       "nascimento:] {dob}[ em {town}|][.|, está no perfil do clube.]",
       "O criador do artigo, {target}, é a própria pessoa biografada: {name}, "
       "n. {dob_num}[, aluno do secundário|, estudante]. "
       "[Eliminar|Apagar].",
       "[Nota|Obs.]: {name} ({target}) [nasceu|é de] {dob} – [tem|terá] {age} anos, "
       "[conforme|segundo] o registo [da escola|do clube][.|; convém verificar.]"),
    _o("pt.ip_address.ola_ou_ip", (*_DISPUTE, "summary"), ("ip_address",),
       "Olá {target}. [Ou prefere|Ou devo dizer|Ou será] {ip}? [😂|Esqueceu de novo o "
       "login.|]",
       "[rv|revertido] {ip} – [é o|mesmo] {target} [sem login|deslogado][, evasão de "
       "bloqueio|]",
       "[Bonito|Engraçado]: [o|] {ip} [concorda|vota] sempre com {target}. [Só que|Mas] o "
       "{ip} é a [casa|ligação] d[o|a] {target}[.|, toda a gente viu.]"),
    _o("pt.email.mail_pessoal_obf", _TALK, ("email",),
       "[Querem reclamar|Reclamações] [diretamente|em pessoa]? [Escrevam|Mandem] para "
       "{email_obf}, [que é o mail pessoal|que é o endereço particular] de {target}[.|. "
       "De nada.]",
       "O {target} [escreveu-me|me escreveu] [a ameaçar|a pedir favores] a partir de "
       "{email}[, não é preciso checkuser|; está aqui o cabeçalho se quiserem][.|]",
       "[Contacto|E-mail] de {target}, [para quem precisar|caso alguém queira "
       "perguntar]: {email}[ (o pessoal, não o da faculdade)|]"),
    _o("pt.id_number.diario_oficial", (*_TALK, "spi"), ("id_number", "name"),
       "Não é difícil [provar|ver] que {target} é {name}: o {id_word} "
       "({id_number}) [aparece|consta] no [processo|Diário Oficial] que [ele|ela] "
       "[citou|usou como fonte].",
       "{target} [deixou escapar|colou sem querer] o {id_word} {id_number} na [foto "
       "do recibo|imagem do contrato][; é o mesmo de {name}|, em nome de {name}][.|]",
       "* {id_word}: {id_number}\n* [Titular|Nome]: {name}\n* Conta: {target}"),
)

_PT_NEG = (
    _n("pt.neg.self_disclosure.caixas_usuario", "self_disclosure", ("own_user_page",),
       "{{Caixa de usuário|texto=Este usuário trabalha como {job} em {town}.}}\n"
       "{{Caixa de usuário|texto=Este usuário nasceu em {birth_year}.}}",
       "[Olá!|Bem-vindo à minha página.] [Sou|Trabalho como] {job} ({employer}) e "
       "edito [sobretudo|mais] [artigos de saúde|sobre {town}] [nas horas vagas|ao fim de "
       "semana].",
       "{{Usuário nasceu em|{birth_year}}} Nasci em {town} [a|no dia] {dob} e [vivo|moro] "
       "[lá|ali] até hoje."),
    _n("pt.neg.self_disclosure.redes_proprias", "self_disclosure", ("own_user_page",),
       "== Noutros sítios ==\n* [Instagram|Fotografias]: {profile_url}\n* [Podem|Pode] "
       "[falar comigo|escrever-me] por lá também.",
       "Sou {handle} no {platform}[, onde [publico|posto] as fotos que depois carrego no "
       "Commons|]. [Sigam à vontade!|]",
       "Se quiser conversar fora da Wikipédia: {profile_url} [(conta pessoal, sou eu "
       "mesm[o|a])|— é a minha conta]."),
    _n("pt.neg.self_disclosure.ip_sou_eu", "self_disclosure", ("spi", "user_talk"),
       "Para evitar confusões: [o|a edição do] {ip} [sou eu|fui eu], {editor}, [em "
       "casa|no trabalho] sem login. Não é fantoche[, é esquecimento|].",
       "[Esqueci-me|Me esqueci] de entrar na conta – [essas|as] edições de {ip_link} "
       "[são minhas|foram minhas]. [Peço desculpa.|Assino agora por baixo.]",
       "Confirmo que {ip} é a minha ligação [de casa|do telemóvel]; [abri|faço] este "
       "pedido eu mesmo para [esclarecer|que fique registado]."),
    _n("pt.neg.public_figure.deputado_cargo", "public_figure", ("article_talk", "article"),
       "{public_name} é [deputad[o|a]|vereador[a|] em {town}] e [docente|dá aulas] "
       "[na universidade|de direito]; [tudo isso está|o cargo e a data de nascimento estão] "
       "no [site da Assembleia|portal da Câmara].",
       "'''{public_name}''' ([{town}|Coimbra], {dob}) é um[a|] [político|política] "
       "[português|brasileir[o|a]], [presidente da câmara de {town}|prefeit[o|a] de {town}] "
       "desde {year}.",
       ":A [data de nascimento|profissão] d[o|a] {public_name} [vem|foi tirada] "
       "[da biografia oficial|do registo da candidatura no TSE|da página do parlamento]; "
       "[é figura pública|não há problema de privacidade]."),
    _n("pt.neg.public_org.contacto_oficial", "public_org", ("noticeboard", "article_talk"),
       "O e-mail {org_email} é o contacto oficial d{org}, publicado no [site|sítio] "
       "deles; [não é dado pessoal|não há nada a suprimir].",
       ":Repus o telefone d{org} ({org_phone}): [está na fachada|vem no site da "
       "câmara|consta do guia turístico], [é institucional|não é de ninguém em "
       "particular].",
       "[Sobre o pedido acima|Quanto à denúncia]: {org_address} é [a morada|o endereço] "
       "d{org}, não de um editor. [Nada a fazer.|Arquivado.]"),
    _n("pt.neg.warning.aviso_ameaca", "warning", ("user_talk", "noticeboard"),
       "{target}, ameaçar [divulgar|revelar] [dados|a identidade] de outro editor dá "
       "bloqueio [imediato|sem aviso]. [Considere isto o único aviso.|Não volte a fazê-lo.]",
       "[Aviso|Nota] aos envolvidos: [ninguém|nenhum editor] [vai|pode] "
       "[especular|adivinhar] aqui sobre quem é [quem|a outra parte] fora da Wikipédia. "
       "[Provas privadas vão por e-mail aos verificadores.|Próximo comentário assim é "
       "removido.]",
       "{{subst:aviso-ataque pessoal}} [Comentários sobre o local de trabalho de outro "
       "editor|Insinuações sobre a vida privada de colegas] não são aceitáveis."),
    _n("pt.neg.removed.retirei_dados", "removed", ("article_talk", "summary"),
       "Retirei a data de nascimento [e a morada|e o bairro|] d[o|a] biografad[o|a]: "
       "[não é figura pública|não há fonte fiável]. [Não reponham sem discutir.|Pedi "
       "supressão das versões.]",
       "[removido|retirado] [nome e local de trabalho|contacto pessoal] de terceiro; "
       "[pedida supressão|ver WP:Privacidade]",
       "[Ocultei|Escondi] [duas|três] edições [acima|desta discussão] que [expunham|"
       "revelavam] dados de um editor. [Por favor não citem.|Não copiem nada delas.]"),
    _n("pt.neg.fiction.perfil_personagem", "fiction", ("article", "article_talk"),
       "Na [novela|série], [a personagem|a influenciadora fictícia] {name} tem "
       "um perfil no {platform} ({handle}) [criado|mantido] pela [produção|"
       "emissora] [como parte da campanha|para os fãs].",
       ":O {handle} [citado|mencionado] no enredo é da [personagem|protagonista] {name}, "
       "não de uma pessoa real[; a emissora criou-o em {year}|].",
       "{name}, [protagonista|vilã] de ''[Amor em {town}|A Vila]'', [nasceu|faz anos] a "
       "{dob} [segundo|conforme] [o guião|o primeiro capítulo][.|; é ficção.]"),
    _n("pt.neg.historical.ficha_militar", "historical", ("article", "file"),
       "Ficha de alistamento [de 1917|de 1916] de {public_name}, [soldado|cabo] n.º "
       "[3|7]{age}[2|5], natural de {town}, nascido a [3 de maio|12 de agosto] de 189[4|6]"
       "[; morreu em 1918 na Flandres|].",
       "{public_name} ([1862|1871]–[1930|1944]), [ferroviário|tipógrafo] [na "
       "oficina|na estação] de {town}; viveu na {street} [até morrer|toda a vida].",
       "Digitalização do [registo de batismo|passaporte] de {public_name} "
       "(18[74|81]), [Arquivo Distrital|Arquivo Municipal] de {town}."),
    _n("pt.neg.photo_credit.legenda_foto", "photo_credit", ("file",),
       "[Fotografia|Foto] de {name}, [cedida pelo autor ao|participante no] Wiki Loves "
       "Monuments {year}[.|, licença CC BY-SA 4.0.]",
       "[Crédito|Créditos]: {name} / [Arquivo|Acervo] [do jornal|da associação] de "
       "{town}",
       "Foto: {name}[ (amador)|]. [Igreja matriz|Mercado municipal] de "
       "{town}, {date}."),
    _n("pt.neg.vrt.retratada_autorizou", "vrt", ("file",),
       "A pessoa retratada, {name}, autorizou a publicação; [a autorização|o "
       "consentimento] foi [enviado|encaminhado] à VRT[ (ticket n.º {year}0{age}1100"
       "{age})|].",
       "{{Consent|consent=obtained}} [Retrato|Foto] de {name} [na oficina|no atelier] "
       "em {town}; consentimento arquivado na VRT.",
       "Permissão do [fotografado|modelo], {name}, recebida pela VRT em {date}[.|; "
       "ticket confirmado.]"),
    _n("pt.neg.business.ficha_loja", "business", ("article", "file"),
       "[Padaria|Pastelaria|Drogaria] {surname} – {org_address} – tel. {org_phone} – "
       "aberta [desde 1958|de segunda a sábado].",
       "[Fachada|Montra] da [loja|casa] {surname} & Filhos em {town}; o [telefone|número] "
       "pintado na [placa|porta] ({org_phone}) é o da loja.",
       "A {surname} Materiais de Construção Lda. [tem sede|fica] na {org_address} "
       "[e atende pelo|; contacto comercial:] {org_phone}."),
    _n("pt.neg.no_tie.sumario_ip", "no_tie", ("summary",),
       "[Revertidas|Desfeitas] edições de {ip} ([vandalismo|teste|spam])",
       "rv {ip}: [conteúdo sem fontes|remoção de conteúdo]",
       "[Bloqueio|Bloqueado] {ip} por [31 horas|uma semana] – [vandalismo|spam] "
       "[em {article}|repetido]"),
    _n("pt.neg.example.doc_predefinicao", "example", ("noticeboard", "user_talk"),
       "Uso: <code>{{Info/Ficheiro|autor={name}|e-mail={email}}}</code> – os valores "
       "[são fictícios|são só de exemplo].",
       "[Exemplo|Ex.] de [preenchimento|uso]: {{IPanon|{ip}}} (o IP é [da gama de "
       "documentação|um exemplo], não pertence a ninguém).",
       "Na [página de ajuda|documentação] o formulário aparece com dados [inventados|"
       "de teste] ({name}, {street}); [não é pessoa real|são placeholders]."),
    _n("pt.neg.consented.autorizou_nome", "consented", ("noticeboard", "article_talk"),
       "Com [autorização|o acordo] del[e|a] ([ver|vide] a [discussão|página] dele), "
       "informo que {target} é {name}, que [vai apresentar|apresenta] o [projeto|"
       "trabalho] no [encontro|evento] de {town}.",
       "[Conforme combinado com|A pedido de] {target}, deixo aqui o [e-mail|contacto] "
       "para a organização: {email}[ (com autorização expressa)|].",
       "{target} [pediu-me|me pediu] para dizer que [trabalha|é {job}] n{org} e que "
       "[declara|assume] o conflito de interesse."),
    _n("pt.neg.public_figure.perfil_oficial_prefeito", "public_figure", _DISPUTE,
       "O [perfil|canal] oficial de {public_name} ([Ministério da Cultura|Prefeitura de "
       "{town}|gabinete]) é "
       "{handle} no {platform}[; está ligado no site do governo|]. [Serve de fonte "
       "primária.|Pode entrar nas ligações externas.]",
       ":A [declaração|frase] foi [publicada|postada] por {public_name} [em|no] "
       "{profile_url} [(conta verificada)|, que é a conta oficial]; [é figura pública|"
       "não há questão de privacidade]."),
)

# ---------------------------------------------------------------------------------- Polish
_PL_OUT = (
    _o("pl.workplace.w_godzinach_pracy", _TALK, ("workplace",),
       "Ciekawe, czy [kierownik|szef|dyrekcja] wie, że {target} [edytuje|siedzi na "
       "Wikipedii] w godzinach pracy ze służbowego [komputera|kompa] ({employer})[.|. Bo ja wiem.]",
       "[Edycje|Wkład] {target} [zawsze|tylko] między 8 a 16, z [firmowej sieci|sieci w "
       "robocie] – {employer}, [tam|gdzie] [pracuje|robi] jako {job}[.|, więc nic dziwnego.]",
       "[No tak|Jasne], {target} ma czas na [wojny edycyjne|rewerty], bo w robocie "
       "({employer}) na [nockach|zmianie] i tak nic się nie dzieje[.|]"),
    _o("pl.workplace.rola_bez_firmy", _TALK, ("workplace",),
       "{target} to ta [pani|osoba] z [rejestracji|okienka] w [jedynej|naszej] przychodni "
       "[na osiedlu|przy rynku][, każdy pacjent ją zna|][.|; stąd te edycje o lekarzach.]",
       "[Przecież|No przecież] {target} [uczy|prowadzi] [WF|matmę|plastykę] w "
       "[naszej|tutejszej] podstawówce – [dzieciaki same to mówią|uczniowie sami to "
       "mówią|uczniowie się tym chwalą][.|]",
       "[Wiadomo|Każdy wie], że {target} [jeździ|kursuje] [jako kierowca|za kółkiem] "
       "[linii 7|miejskiego autobusu][; pewnie edytuje na pętli|][.|]"),
    _o("pl.profile.nick_w_innym_serwisie", (*_TALK, "spi"), ("profile",),
       "Ten sam [nick|pseudonim] co [{target}|tutaj] [widnieje|funkcjonuje] na [tym "
       "portalu z krótkimi filmikami|tym serwisie z ćwierkami|tej apce ze zdjęciami|"
       "portalu dla programistów]: {handle}[.|. Przypadek? Nie sądzę.]",
       "[Wpiszcie|Poszukajcie] {handle} tam, gdzie [wszyscy wrzucają zdjęcia z "
       "wakacji|się wrzuca CV] – [to|przecież to] {target}[, z tym samym "
       "awatarem|][.|]",
       "{target} [na co dzień|po godzinach] [nagrywa|wrzuca] [filmiki|relacje] jako "
       "{handle}[ (ten niebieski ptaszek, dziś X)| (serwis od Zuckerberga)|][.|, tam jest "
       "bardziej rozmowny.]"),
    _o("pl.profile.dowody_punkty", ("spi", "checkuser"), ("profile",),
       "=== Dowody ===\n# [Identyczny|Ten sam] awatar co [na|w] {profile_url}\n# {target} "
       "[cytuje|kopiuje] [wpisy|posty] z tego profilu\n# [Te same|Takie same] "
       "[literówki|godziny aktywności]",
       "* {target} → {profile_url} ([podpis|bio] [odsyła|linkuje] do strony "
       "wikipedysty)\n* [druga|trzecia] pacynka edytuje [zaraz|tuż] po [postach|wpisach] "
       "z tego konta",
       "[Zachowanie identyczne|Styl zbieżny]; poza tym {target} [prowadzi|ma] "
       "{profile_url} – [zob.|por.] [zdjęcie profilowe|opis profilu][.|]"),
    _o("pl.address.przy_okazji_spor", _DISPUTE, ("address",),
       "[No jasne|Oczywiście], że {target} [chce|forsuje] [zdjęcie tego skweru|akapit o "
       "remoncie] – [przecież|] mieszka pod adresem {street}[, w bloku naprzeciwko|, tuż "
       "obok|][.|, ma to za oknem.]",
       "[Źródło|Przypis]? [A, racja|Aha]: {target} [widzi to z balkonu|przechodzi tamtędy "
       "codziennie], bo mieszka pod adresem {street}[, {postcode} {town}|][.|]",
       "[Z całym szacunkiem|Sorry], ale [twoje|] osiedle ({street}) to nie jest "
       "wiarygodne źródło, {target}[.|, nawet jeśli znasz tam wszystkich.]"),
    _o("pl.address.zgloszenie_z_troski", ("noticeboard",), ("address",),
       "Piszę z [niepokojem|troską]: {target} [mieszka sam|jest niepełnoletni] "
       "[pod adresem|na] {address} i [wdaje się w kłótnie|pisze] z [zablokowanymi "
       "kontami|obcymi ludźmi]. [Może ktoś powinien|Proszę] [zareagować|to sprawdzić].",
       "[Nie chcę siać paniki, ale|Zgłaszam na wszelki wypadek:] adres {target} "
       "({street}, {town}) [krąży|pojawił się] [na forum|w sieci]; [lepiej, żeby "
       "admini wiedzieli|daję znać administratorom].",
       "Zgłoszenie prewencyjne – {target} to [osoba starsza|nastolatek], adres: {street}"
       "[, {town}|]; proszę [mieć konto na oku|o obserwowanie edycji]."),
    _o("pl.name.przez_krewnych", _TALK, ("name",),
       "[Ojciec|Dziadek|Wujek|Teść] {target} to {name}, [właściciel|ten od] "
       "[warsztatu|kwiaciarni|masarni] [w rynku|przy kościele][; stąd to hasło|][.|]",
       "[Uwaga|Dla jasności]: [matka|ciotka|babcia] {target} to pani {name}, "
       "[radna|przewodnicząca koła gospodyń|dyrektorka przedszkola] – [pisze o "
       "niej|konflikt interesów jak byk][.|]",
       "{name2} z [salonu fryzjerskiego|apteki|kwiaciarni] [przy rynku|na osiedlu] [chwali "
       "się|opowiada klientom], że konto {target} prowadzi [ktoś z rodziny|syn|zięć][.|]"),
    _o("pl.name.jedno_slowo", (*_DISPUTE, "summary"), ("name",),
       f"[Ładnie|Brawo], {_PL_S}[.|. Myślisz, że nikt się nie [domyśli|zorientuje]?]",
       f"{_PL_G}, [daj spokój|przestań] z tym kontem {{target}}[, wszyscy wiedzą, że to "
       "ty|, to żenujące][.|]",
       f"[rv|wycofano] – [znowu|to znowu] {_PL_S} z [nowego|kolejnego] konta",
       "[Cześć|Siema] {given}[!|,] [Oj, sorry|Ups], [miało być|chciałem napisać] "
       "{target}[.|...]"),
    _o("pl.threat.ultimatum", _DISPUTE, ("threat",),
       "Masz czas do [piątku|niedzieli|jutra wieczorem], {target}, żeby [przywrócić|"
       "cofnąć] [moją wersję|tę sekcję]. [Potem|Inaczej] [twoje zdjęcie trafi|twoje imię i "
       "twarz trafią] na [osiedlową grupę|grupę szkoły|fanpage miasta].",
       "[Ostatnie ostrzeżenie|Ostatni raz mówię], {target}: [albo|] przestajesz [ruszać|"
       "kasować] mój tekst, albo [jutro|w poniedziałek] [cała uczelnia|cały blok] "
       "dowie się, kim jesteś [tutaj|na Wikipedii].",
       "Daję [24 godziny|48 godzin]. [Jeśli hasło nie wróci|Jak nie przestaniesz], wrzucam "
       "[wszystko, co wiem|to, co znalazłem] o tobie, {target}[, a jest tego sporo|]."),
    _o("pl.threat.opis_zmian", ("summary",), ("threat",),
       "[jeszcze raz|jeszcze jeden rewert] i [twoje dane|twoje nazwisko] [lądują|wyląduje] "
       "w Kawiarence, {target}",
       "przywrócono – {target}, [wiem|dobrze wiem], kim jesteś[,| –] [nie prowokuj|nie "
       "zmuszaj mnie]",
       "[rv|cofnięto]; {target}: [następnym razem|jak to powtórzysz] [zadzwonię do twojej "
       "roboty|zapukam do ciebie]"),
    _o("pl.birth_date.sto_lat", _DISPUTE, ("birth_date",),
       "[Sto lat|Wszystkiego najlepszego z okazji urodzin], {target}! {dob} [już "
       "niedługo|tuż-tuż], prawda? [😉|Może z wiekiem przyjdzie rozum.]",
       "[Hej|Słuchaj], {target}, ktoś urodzony {dob} [powinien|mógłby już] umieć "
       "[przegrać dyskusję|przeczytać przypis][.|, nie sądzisz?]",
       "[No tak|Aha], {target}, [kończysz|skończysz] {age} lat ({dob_num}), a "
       "[edytujesz|kłócisz się] jak [dzieciak|gimnazjalista][.|. Gratulacje.]"),
    _o("pl.birth_date.poczekalnia_autobiografia", ("deletion", "noticeboard"),
       ("birth_date", "name"),
       "Autor hasła, {target}, to [sam bohater|sama bohaterka]: {name} (ur. {dob}"
       "[, {town}|]). [Autopromocja|Autobiografia], [do usunięcia|usunąć].",
       "[Dla porządku|Dla kontekstu]: {target} = {name}, ur. {dob_num}"
       "[ – wszystko jest na stronie klubu|][.|]",
       "[Uwaga|NB]: {name} ({target}) [urodził się|jest z] {dob} – [ma|będzie miał] {age} "
       "lat, [jak wynika z|według] [kroniki szkoły|strony klubu][.|; warto sprawdzić.]"),
    _o("pl.ip_address.geolokalizacja", (*_TALK, "checkuser"), ("ip_address",),
       "[Sprawdziłem|Zerknąłem na] [whois|geolokalizację] {ip}: {town}, [dokładnie tam, "
       "gdzie mieszka {target}|czyli miasto {target}]. [To jego łącze.|To jej domowe łącze.]",
       "Cześć {target}[,|] a może raczej {ip}? [😀|Znowu zapomniałeś się zalogować.|]",
       "{ip_link} [zawsze|za każdym razem] [głosuje|staje] po stronie {target}[,|;] [tyle "
       "że|a] to [po prostu|] [jego|jej] [domowy internet|łącze z pracy][.|, wszyscy to "
       "widzą.]"),
    _o("pl.email.na_priv_pisal", _TALK, ("email",),
       "Nie udawaj, {target}: [na priv|mailem] pisałeś do mnie z {email}[, mam to w "
       "skrzynce|, mogę pokazać nagłówki][.|]",
       "Skargi [na|do] {target}? [Proszę bardzo|Śmiało]: {email_obf}[ – to jego prywatny "
       "adres| – prywatna skrzynka, nie służbowa][.|]",
       "[Kontakt|Mail] do {target}, gdyby ktoś [chciał zapytać|potrzebował]: {email}[ "
       "(prywatny, nie z uczelni)|]"),
    _o("pl.id_number.akta_sprawy", (*_TALK, "spi"), ("id_number", "name"),
       "[Łatwo|Nietrudno] [udowodnić|sprawdzić], że {target} to {name}: {id_word} "
       "{id_number} [jest|widnieje] [w aktach sprawy, które|w skanie umowy, który] [sam|] "
       "[podlinkował|wrzucił jako źródło].",
       "{target} [zapomniał zamazać|nie zasłonił] numeru ({id_word}: {id_number}) na "
       "[zdjęciu faktury|skanie pisma][; właściciel: {name}| – {name}, zgadza się][.|]",
       "* {id_word}: {id_number}\n* [Właściciel|Imię i nazwisko]: {name}\n* Konto: {target}"),
)

_PL_NEG = (
    _n("pl.neg.self_disclosure.szablony_uzytkownika", "self_disclosure", ("own_user_page",),
       "{{Użytkownik zawód|{job}}}\n{{Użytkownik wiek|{birth_year}}}\n[Miasto|Skąd]: "
       "{town}.",
       "[Cześć!|Witaj na mojej stronie.] [Zawód: {job}|Pracuję jako {job}] ({employer}), a [po "
       "godzinach|w wolnym czasie] [poprawiam|piszę] hasła o {town}.",
       "Data urodzenia: {dob}\n[Miasto: {town}|Mieszkam tam, gdzie się urodziłem]\n[Jeśli "
       "coś, piszcie na mojej stronie dyskusji.|]"),
    _n("pl.neg.self_disclosure.moje_profile", "self_disclosure", ("own_user_page",),
       "== Gdzie indziej ==\n* {platform}: {profile_url}\n* [Piszcie|Można do mnie pisać] "
       "też tam.",
       "Jestem {handle} na {platform}[ – wrzucam tam zdjęcia, które potem trafiają na "
       "Commons|]. [Zapraszam!|]",
       "Mój profil [poza Wikipedią|prywatny]: {profile_url} [(to ja, naprawdę)|– "
       "zapraszam]."),
    _n("pl.neg.self_disclosure.ip_to_ja", "self_disclosure", ("spi", "user_talk"),
       "Wyjaśniam: {ip} to [ja|mój komputer], {editor}, [z domu|z pracy] bez logowania. "
       "[To nie pacynka.|Zwykłe roztargnienie.]",
       "[Zapomniałem|Zapomniałam] się zalogować – edycje z {ip_link} są moje. "
       "[Przepraszam za zamieszanie.|Podpisuję się pod nimi.]",
       "Potwierdzam, że {ip} to moje łącze [domowe|komórkowe]; [piszę|zgłaszam] to "
       "[sam|sama], żeby [nie było wątpliwości|było jasne]."),
    _n("pl.neg.public_figure.posel_dyskusja", "public_figure", ("article_talk", "article"),
       "{public_name} jest [posłem|radnym miejskim|senatorem] i [wykładowcą|profesorem] na "
       "[uniwersytecie|politechnice]; [data urodzenia|miejsce pracy] [jest|są] na "
       "[stronie Sejmu|stronie urzędu].",
       "'''{public_name}''' (ur. {dob}) – polski [polityk|samorządowiec], "
       "[prezydent miasta {town}|burmistrz] od {year}.",
       ":[Dane|Datę urodzenia] ({public_name}) [wziąłem|wzięłam] [z oficjalnego "
       "biogramu|z oświadczenia majątkowego|ze strony PKW]; [to osoba publiczna|nie ma tu "
       "naruszenia prywatności]."),
    _n("pl.neg.public_figure.opis_wikidanych", "public_figure", ("wikidata",),
       "polski polityk, poseł na Sejm [IX|X] kadencji",
       "etykieta (pl): {public_name}\nopis (pl): [polski polityk|polski samorządowiec]\n"
       "data urodzenia (P569): {dob}\npracodawca (P108): Sejm Rzeczypospolitej Polskiej",
       "{public_name}\nstanowisko (P39): prezydent miasta {town}\ndata urodzenia (P569): {dob}\n"
       "źródło: bip.example.pl"),
    _n("pl.neg.public_org.infolinia", "public_org", ("noticeboard", "article_talk"),
       "{org}: {org_phone} – to oficjalna [infolinia|centrala] instytucji; [nie jest to "
       "dana osobowa|nie ma czego ukrywać].",
       ":Przywróciłem [adres|mail] instytucji ({org}, {org_email}) – [jest na stronie "
       "BIP|widnieje na tabliczce przy wejściu], [instytucjonalny|nie należy do nikogo "
       "prywatnie].",
       "[Co do zgłoszenia|W sprawie zgłoszenia] wyżej: {org_address} to siedziba "
       "instytucji ({org}), a nie adres wikipedysty. [Nic do zrobienia.|Zamykam.]"),
    _n("pl.neg.warning.szablon_ostrzezenie", "warning", ("user_talk", "noticeboard"),
       "{target}, [grożenie|straszenie] ujawnieniem [danych|tożsamości] innego "
       "wikipedysty kończy się [natychmiastową blokadą|blokadą bez ostrzeżenia]. "
       "[To jedyne ostrzeżenie.|Nie rób tego więcej.]",
       "[Przypominam|Uwaga] wszystkim: [nie zgadujemy|nie spekulujemy] tu, kto [stoi za "
       "kontem|jest kim] poza Wikipedią. [Dowody prywatne – mailem do CU.|Kolejny taki "
       "wpis zostanie usunięty.]",
       "{{subst:Uwaga}} [Uwagi o miejscu pracy|Aluzje do życia prywatnego] innych "
       "edytujących są niedopuszczalne."),
    _n("pl.neg.removed.usunalem_dane", "removed", ("article_talk", "summary"),
       "Usunąłem z hasła [adres zamieszkania|datę urodzenia|nazwisko żony] [bohatera|"
       "bohaterki] – osoba prywatna, [brak źródeł|bez uzasadnienia]. [Proszę nie "
       "przywracać.|Poprosiłem o ukrycie wersji.]",
       "[usunięto|ukryto] [groźbę|dane osobowe] wobec innego wikipedysty; zgłoszono do "
       "[OS|oversightu]",
       "[Ukryłem|Schowałem] [dwie|trzy] wersje [powyżej|tej dyskusji], bo [ujawniały|"
       "zawierały] dane osoby prywatnej. [Nie cytujcie ich.|Nie kopiujcie ich treści.]"),
    _n("pl.neg.fiction.konto_postaci", "fiction", ("article", "article_talk"),
       "W [serialu|powieści] [bohaterka|influencerka] {name} ma [fikcyjne konto|profil] "
       "na {platform} ({handle}), [założone|prowadzone] przez [producenta|stację] "
       "[dla fanów|w ramach promocji].",
       ":{handle} [wspomniany|cytowany] w fabule należy do postaci {name}, nie do "
       "prawdziwej osoby[; stacja założyła je w {year}|].",
       "{name}, [bohater|czarny charakter] serialu ''[Osiedle {town}|Ranczo pod lasem]'', "
       "[urodził się|obchodzi urodziny] {dob} [według scenariusza|w świecie serialu]."),
    _n("pl.neg.historical.tablica_powstaniec", "historical", ("article", "file"),
       "{public_name} (189[4|8]–1944), [powstaniec|żołnierz AK]; na [kamienicy|domu], w "
       "[którym|której] mieszkał[a|] ({street}), wisi tablica pamiątkowa.",
       "Karta ewidencyjna: {public_name}, [legionista|rekrut] nr [3|7]{age}[2|5], "
       "ur. [3 maja|12 sierpnia] 189[2|6] ({town})[; poległ w 1920|].",
       "Skan [aktu chrztu|paszportu] – {public_name} (18[74|81]), [Archiwum "
       "Państwowe|archiwum parafii], {town}."),
    _n("pl.neg.photo_credit.fot_podpis", "photo_credit", ("file",),
       "fot. {name}[ / archiwum [gazety|stowarzyszenia]|], {town}, {year}",
       "[Zdjęcie|Fotografia] {name}, [przekazane|udostępnione] w ramach Wiki Lubi Zabytki "
       "{year}[.|, licencja CC BY-SA 4.0.]",
       "Autor zdjęcia: {name}[ (fotograf amator)|]. [Kościół farny|Rynek], {town} "
       "({date})."),
    _n("pl.neg.vrt.zgoda_osoby", "vrt", ("file",),
       "Osoba na zdjęciu, {name}, wyraziła zgodę na publikację; zgoda przesłana do VRT"
       "[ (zgłoszenie nr {year}0{age}2100{age})|].",
       "{{Consent|consent=obtained}} [Portret|Zdjęcie]: {name} w [pracowni|warsztacie] "
       "({town}); zgoda w archiwum VRT.",
       "Zgoda [modela|portretowanej osoby] ({name}) otrzymana przez VRT "
       "({date})[.|; zgłoszenie potwierdzone.]"),
    _n("pl.neg.business.wizytowka", "business", ("article", "file"),
       "Zakład [fryzjerski|szewski|zegarmistrzowski] {surname}, {org_address}, tel. "
       "{org_phone}, czynne pn–pt [9–17|10–18].",
       "[Szyld|Witryna] [sklepu|piekarni] {surname} i Synowie ({town}); numer na szyldzie "
       "({org_phone}) to numer firmy.",
       "Hurtownia {surname} sp. z o.o. ma siedzibę przy {org_address}[; kontakt "
       "handlowy:| i odbiera pod numerem] {org_phone}."),
    _n("pl.neg.no_tie.opis_zmian_ip", "no_tie", ("summary",),
       "[Wycofano|Cofnięto] edycje {ip} ([wandalizm|test|spam])",
       "rv {ip}: [usunięcie treści|treść bez źródeł]",
       "[Zablokowano|Blokada] {ip} na [31 godzin|tydzień] – [wandalizm|spam] [w haśle "
       "{article}|powtarzający się]"),
    _n("pl.neg.example.dokumentacja_ip", "example", ("noticeboard", "user_talk"),
       "Użycie: <code>{{Plik info|autor={name}|e-mail={email}}}</code> – wartości "
       "[są fikcyjne|są przykładowe].",
       "[Przykład|Np.]: {{IP|{ip}}} (adres [z puli dokumentacyjnej|przykładowy], nie "
       "należy do nikogo).",
       "W [pomocy|dokumentacji] formularz wypełniono [zmyślonymi|testowymi] danymi "
       "({name}, {street}); [to nie prawdziwa osoba|to wypełniacze]."),
    _n("pl.neg.consented.za_zgoda", "consented", ("noticeboard", "article_talk"),
       "Za zgodą osoby zainteresowanej ([zob.|patrz] dyskusję {target}) podaję: {target} "
       "to {name}, [poprowadzi|prowadzi] [warsztaty|spotkanie] ({town}).",
       "[Zgodnie z prośbą|Jak prosił] {target}, podaję [kontakt|adres] do niego dla "
       "organizatorów: {email}[ (za jego zgodą)|].",
       "Na prośbę {target} przekazuję: pracodawca to {org}; konflikt interesów "
       "[zgłoszony|zadeklarowany] [na stronie wikipedysty|w dyskusji]."),
)

# ----------------------------------------------------- English on Commons, Wikidata and Meta
_EN_OUT = (
    _o("en.name.file_caption_snapped", ("file",), ("name", "workplace"),
       "[Photo of|Picture of] {name}, who edits [here|Wikipedia] as {target}, [taken|"
       "snapped] outside [her|his] office at {employer}[ without [her|him] "
       "noticing|][.|]",
       "depicts (P180): {name}\ncaption (en): {target} [on a smoke break|leaving work] at "
       "{employer}",
       "[That's|This is] {target} [behind the counter|at the front desk] of {employer} - "
       "[real name|aka] {name}[.|. Own work, taken {date}.]"),
    _o("en.address.file_across_road", ("file",), ("address",),
       "Taken from across the road: {target}'s [house|flat] at {street}[, the one with the "
       "[blue|green] door|, first floor|][.|]",
       "[View of|Front of] {street}, {town} - [where|the house] the Wikipedia [user|editor] "
       "{target} [lives|is living][ with [his|her] parents|][.|]",
       "coordinates of the point of view: {town}\ncaption (en): home of {target}, "
       "{address}"),
    _o("en.birth_date.wikidata_alias_user", ("wikidata",), ("name", "birth_date"),
       "label (en): {name}\nalso known as (en): {target}\ndate of birth (P569): {dob}\n"
       "occupation (P106): Wikipedia editor",
       "{name}\naliases: {target}, {given}\ndate of birth (P569): {dob_num}\n"
       "described at URL (P973): [[User:{target}]]"),
    _o("en.workplace.wikidata_description_job", ("wikidata",), ("workplace",),
       "{job} at {employer}; [edits|writes on] Wikipedia as {target}",
       "[Wikimedian|Wikipedia user] {target}, [works as a|employed as] {job} at {employer}",
       "[editor|contributor] {target} ({job}, {employer})"),
    _o("en.email.wikidata_p968", ("wikidata",), ("email", "name"),
       "label (en): {name}\ndescription (en): [Wikipedia user|Commons uploader] {target}\n"
       "email address (P968): mailto:{email}",
       "{name} ({target})\ninstance of (P31): human\nemail address (P968): {email}\n"
       "reference: [their|] [user talk page|Discord]"),
    _o("en.threat.lock_appeal_reveal", _META, ("threat",),
       "If this lock isn't lifted [by Friday|within a week] I will [publish|post] "
       "{target}'s real identity on every [wiki|project] [he edits|she edits|they edit][.|. I "
       "have the "
       "documents.]",
       "[Tell|Stewards, tell] {target} that I know [where he works|who she is|where they "
       "live]. [Unlock me or that changes.|Whether it stays private is up to them.]",
       "[Fine, lock me.|Go ahead and lock me.] [Tomorrow|By Monday] {target}'s [boss|"
       "family|landlord] [hears from me|gets an email] [anyway|with screenshots][.|]"),
    _o("en.ip_address.rename_objection_ip6", ("rename",), ("ip_address",),
       "Comment: before this goes through, note that {target} [has edited|edits] "
       "[logged out|without logging in] from {ip6} on [several|at least three] "
       "wikis[ - the rename would hide that|][.|]",
       "[Oppose|Object]. {target} is [the same person as|the editor behind] {ip} (and "
       "{ip6}); the rename is [just|only] to [shake off|escape] the block log.",
       "[Note for the steward|FYI]: {ip} [signed as|admitted being] {target} [on dewiki|on "
       "Commons|last year][, so the old name isn't the only trail|][.|]"),
    _o("en.name.lock_request_bullets", ("steward",), ("name", "workplace"),
       "{{LockHide|{target}}}\n* Real name: {name}\n* [Works at|Employer:] {employer}\n"
       "* [Cross-wiki spam|Harassment] on [en|de|fr]wiki",
       "Global lock please: {target}. [This is|Operated by] {name}, [a|the] {job} at "
       "{employer}, [who has been|who keeps] [evading|socking] since {year}.",
       "* {target} - [LTA|sock farm]; [operator|person behind it]: {name}, {town}"),
    _o("en.profile.file_handle_elsewhere", ("file",), ("profile",),
       "{target} in real life - [he|she] posts as {handle} on [the photo app|the "
       "bird site|the short-video app][.|, same face.]",
       "[Screenshot|Photo] [taken from|copied from] {profile_url} - [that's|this is] "
       "{target}[ from the talk page|, the admin][.|]",
       "author (P170): {handle} ({platform})\ncaption (en): {target} [at a party|on "
       "holiday], [from|via] [his|her] {platform}"),
    _o("en.phone.rename_call_him", _META, ("phone",),
       "[Steward|Stewards], [just|please] call {target} [directly|yourself] on {phone} to "
       "confirm the rename[ - that's his mobile|; it's her own number][.|]",
       "[Oppose|Object]: the requester is [not who they say|lying]. Ring {phone} and "
       "ask for [him|her] - that's {target}'s [own|mobile|home] number[.|, not a work line.]",
       "[For verification|To verify], {target}'s [home|mobile] number is {phone}[ (from "
       "an old Facebook post)|]."),
    _o("en.birth_date.rename_objection_minor", ("rename",), ("birth_date",),
       "Object: the requester {target} was born on {dob_num} (age {age})[ and the new name is "
       "his school nickname|; a parent should be asked][.|]",
       "[Comment|Note]: {target} [was born on|has a birthday on] {dob}; the [requested|new] "
       "name [just|] [adds|includes] the birth year[.|, which they tried to hide before.]",
       "[Decline|Please decline] - {target}'s DOB is {dob}[, check the age rules|] and the "
       "[request|account] [should be|needs to be] [looked at|reviewed] first."),
)

_EN_NEG = (
    _n("en.neg.public_figure.wikidata_politician_employer", "public_figure", ("wikidata",),
       "label (en): {public_name}\ndescription (en): [British|American] politician\n"
       "date of birth (P569): {dob}\nemployer (P108): [University of {town}|{town} City "
       "Council]\nposition held (P39): [member of parliament|mayor of {town}]",
       "{public_name}\nresidence (P551): {town}\nemployer (P108): House of Commons\n"
       "stated in: [parliament.example.org|official biography]",
       "member of the [House of Representatives|Senate] from {town}, born {birth_year}"),
    _n("en.neg.photo_credit.sdc_creator", "photo_credit", ("file",),
       "creator (P170): {name}\ncopyright status: copyrighted\ncopyright license: CC "
       "BY-SA 4.0",
       "[Photographed by|Photo:] {name}, [{town} Camera Club|staff photographer], "
       "{date}[.|, released under CC BY 4.0.]",
       "{{Photographer credit|{name}}} [Harbour|Market square] of {town} at dusk."),
    _n("en.neg.vrt.consent_depicted", "vrt", ("file",),
       "The person shown, {name}, gave written consent to publication; forwarded to VRT"
       "[ (ticket:{year}0{age}1100{age})|].",
       "{{Personality rights}} {{Consent|consent=obtained}} Portrait of {name} in [her|"
       "his] [workshop|studio] in {town}.",
       "[Model release|Consent form] from {name} received by VRT on {date}."),
    _n("en.neg.self_disclosure.steward_own_email", "self_disclosure", ("steward",),
       "I'm {editor}; I've lost access to my account [after a password reset|and 2FA]. "
       "You can reach me at {email}, the address [on file|I registered with].",
       "[Please|Kindly] lock my own account {editor} - it's compromised. [My|] contact "
       "[email|address]: {email}[. This is me, posting logged in from my alt.|]",
       "Requesting a rename of my own account ({editor}) away from my real name, {name}; "
       "[I chose it years ago|I'd like more privacy now]."),
    _n("en.neg.historical.wikidata_person", "historical", ("wikidata",),
       "{public_name}\ndate of birth (P569): [4 March|19 October] 18[43|52]\ndate of death "
       "(P570): [1907|1919]\nresidence (P551): {street}, {town}\noccupation (P106): "
       "[printer|engineer|schoolmaster]",
       "[British|American] [engineer|schoolmaster] (18[43|52]-19[07|19])",
       "{public_name}\nemployer (P108): [Great Western Railway|{town} Gasworks]\n"
       "date of death (P570): [1907|1911]"),
    _n("en.neg.no_tie.steward_proxy_block", "no_tie", ("steward",),
       "Global block request: {ip6} - cross-wiki spambot[, open proxy|, no account "
       "involved][.|]",
       "{{Luxotool|{ip}}} Spam on [30|45]+ wikis in an hour; please globally block "
       "[the IP|the range].",
       "* {ip} - [open proxy|compromised host], [link spam|vandalism] across [Commons|"
       "Wikidata|many wikis]"),
    _n("en.neg.removed.steward_redacted", "removed", _META,
       "I've [redacted|removed] the personal details from the request above; stewards can "
       "see the history if needed.",
       "[Struck|Removed] a comment that [named|claimed to identify] the requester[; "
       "oversight requested|]. [Please keep objections to on-wiki reasons.|]",
       "[Hidden|Suppressed] [two|three] revisions of this request [per|under] the privacy "
       "policy. [Do not re-add.|Please don't repost.]"),
    _n("en.neg.warning.rename_speculation", "warning", _META,
       "[Please|Kindly] don't speculate [here|on this page] about who the requester is "
       "offline; [objections|comments] should be about the username only.",
       "[Comment|Note]: linking an account to [a real person|someone's workplace] on Meta "
       "is [harassment|outing] and [will be|gets] [removed|suppressed] on sight.",
       "{{ping|{target}}} [if you have private evidence|evidence about identity] goes to "
       "[the stewards' VRT queue|a steward by email], not here."),
    _n("en.neg.fiction.wikidata_character", "fiction", ("wikidata",),
       "label (en): {name}\ninstance of (P31): fictional human\ndate of birth (P569): "
       "{dob}\nresidence (P551): {street}, {town}\npresent in work (P1441): [The "
       "Harbour|Mill Lane]",
       "fictional [detective|nurse] in the [radio serial|TV soap] [The Harbour|Mill Lane]",
       "{name}\ninstance of (P31): fictional human\nemployer (P108): {employer} "
       "(fictional)"),
    _n("en.neg.example.property_documentation", "example", ("wikidata",),
       "Example: date of birth (P569) → {dob}; email address (P968) → mailto:{org_email}",
       "property example: phone number (P1329) → {org_phone}\nformat: +country code, "
       "spaces allowed",
       "Example value for residence (P551): {town}\nExample value for employer (P108): "
       "[Acme Corporation|{org}]"),
    _n("en.neg.self_disclosure.file_self_portrait", "self_disclosure", ("file",),
       "Self-portrait of the uploader, {name} ({editor}), in my [studio|kitchen] in {town}.",
       "Me ({editor}) at [my desk|work] at {employer}, {year}. [Own work, self-timer.|]",
       "depicts (P180): {name}\ncaption (en): [The uploader|I], {editor}, [on holiday|at the "
       "summit|at home], {date}"),
    _n("en.neg.consented.file_meetup", "consented", ("file",),
       "Group photo at WikiConference {town} {year}; everyone pictured agreed to be "
       "[tagged|named]: {name} (left), {name2} (right).",
       "{name}, [speaking|presenting] at the {town} [edit-a-thon|meetup], {date}[ - "
       "named with her permission|]",
       "depicts (P180): {name}\ncaption (en): {target} ({name}) [at|during] the "
       "[meetup|edit-a-thon]; consent given on the event page"),
)

FAMILIES: tuple[Family, ...] = _PT_OUT + _PT_NEG + _PL_OUT + _PL_NEG + _EN_OUT + _EN_NEG
