"""More outing families for the types the model catches worst, one of each per language.

Per language (en, de, fr, es, it, pt, nl, pl) five families:

- workplace: a private editor's shift, ward, branch or school, with no full name;
- threat: indirect or conditional threats to tell neighbours, family or the employer, or to
  publish what one "found out";
- profile: an account tied to a social profile as a labelled external link or a handle;
- ip_address: an account tied to an IP in noticeboard / checkuser wording (same router,
  logged-out editing, "that IP is him");
- name: an account's real name in lower case or as a given name with a distinguishing detail.

The template grammar has no escape for a single `[`, so a bracketed external link
(`[url label]`) is written inside a wrapper template (`{{nowrap|...}}`, `{{small|...}}`), whose
braces pass through literally; the plain text the model reads is the same as the bare link's.
Lower-case names are alternatives built from the invented names of `synth.lexicon`.
"""

from __future__ import annotations

from synth.family import Family
from synth.lexicon import LEXICON

_WORK_KINDS = ("user_talk", "article_talk", "noticeboard")
_THREAT_KINDS = ("user_talk", "article_talk")
_PROFILE_KINDS = ("user_talk", "article_talk", "noticeboard", "spi")
_IP_KINDS = ("noticeboard", "spi", "checkuser", "article_talk")
_NAME_KINDS = ("user_talk", "article_talk", "noticeboard")


def _f(fid: str, kinds: tuple[str, ...], types: tuple[str, ...], *templates: str) -> Family:
    return Family(id=fid, lang=fid.split(".", 1)[0], templates=templates, kinds=kinds,
                  types=types)


def _low(lang: str, key: str = "given") -> str:
    """An alternative group of the language's invented names, written in lower case."""
    return "[" + "|".join(n.lower() for n in LEXICON[lang][key]) + "]"


def _lang(lang: str) -> tuple[str, str]:
    return _low(lang), _low(lang, "surname")


_EN_G, _EN_S = _lang("en")
_DE_G, _DE_S = _lang("de")
_FR_G, _FR_S = _lang("fr")
_ES_G, _ES_S = _lang("es")
_IT_G, _IT_S = _lang("it")
_PT_G, _PT_S = _lang("pt")
_NL_G, _NL_S = _lang("nl")
_PL_G, _PL_S = _lang("pl")

_EN = (
    _f("en.workplace.shift_at_shop", _WORK_KINDS, ("workplace",),
       "[fwiw|FWIW] {target} does the [early|late|Saturday] shift at {employer}[, usually on "
       "the tills|, mostly in the stockroom|][.|, ask anyone there.]",
       "You can find {target} [behind the deli counter|on the checkouts|at the front desk] "
       "at {employer} [most weekends|every Thursday night][.|, if anyone wants a word.]",
       "{target} [works nights|does the weekend rota|is on the early shift] at {employer} as "
       "a {job}[.|. Not hard to work out from the edit times.]",
       "The account is run by [someone who teaches|a teacher] at the grammar school in "
       "{town}[ - year 9 maths, I believe|, history department|][.|, and the pupils know it.]"),
    _f("en.threat.word_with_people", _THREAT_KINDS, ("threat",),
       "[I wonder|Wonder] what your [neighbours|colleagues|in-laws] would make of [all "
       "this|your edit history] if someone [showed|forwarded] it to them, {target}.",
       "I've [found out|worked out] [quite a bit|a lot] about you, {target}. Whether it "
       "stays private is [up to you|your call][.|: stop reverting.]",
       "[One more|Another] revert and your [manager|landlord|boss] gets [a friendly|a "
       "little] email from me[.| - I have the address.]",
       "[Just so you know|Just saying]: I know [who you are|where you work|what your real "
       "name is]. [For now it stays between us.|Whether that changes is up to you.]"),
    _f("en.profile.labelled_link", _PROFILE_KINDS, ("profile",),
       "[For the record|FYI], {target} runs {{nowrap|[{profile_url} this account]}}[, same "
       "photos|, same bio][.|]",
       "[See|Compare] {{small|[{profile_url} their {platform} page]}}[ - that's {target}.|; "
       "it's {target} alright.]",
       "[Look up|Search for] {handle} on {platform} if you want to [see|know] who {target} "
       "really is[.|, it's eye-opening.]",
       "Off-wiki, {target} [goes by|signs as] {handle}[ ({platform})|][.|, and brags about "
       "editing here.]"),
    _f("en.ip_address.same_router", _IP_KINDS, ("ip_address",),
       "Everything from {ip_link} is {target}[, just not logged in| on the same router][.|, "
       "look at the timing.]",
       "{target} and {ip} [share a router|are on the same home connection][; it's one and "
       "the same person|][.|]",
       "[Whenever|Every time] {target} [gets blocked|is reverted], {ip} [shows up|turns up] "
       "[within minutes|straight away][.|. That IP is him.|. That IP is her.]",
       "[CU request|Checkuser request]: {target} is editing logged out as {ip}[ to get around "
       "the block| to carry on the edit war][.|]"),
    _f("en.name.lowercase_given_detail", _NAME_KINDS, ("name",),
       f"behind {{target}} is {_EN_G}, the [librarian's|vicar's|landlord's|head teacher's] "
       "[kid|youngest|eldest][ lol|]",
       f"{{target}}? [thats|that's] {_EN_G} [from number 12|from year 11|next door|off the "
       "estate][, everyone knows|]",
       "[the account|{target}] is {given}, whose parents live [on the corner|across the "
       "road|in the flat downstairs][.|, in {town}.]",
       f"{_EN_S} again. {{target}} is [young|old] {_EN_S} [from the allotments|from the "
       "bowls club][, obviously|]"),
)

_DE = (
    _f("de.workplace.schicht_filiale", _WORK_KINDS, ("workplace",),
       "{employer}, [Spätschicht|Frühdienst|Samstagsschicht] [an der Kasse|an der "
       "Frischetheke|im Lager] – [da|dort] arbeitet {target}[.|, falls jemand fragen will.]",
       "Wer {target} mal persönlich sprechen will: [Filiale|Zweigstelle] in {town}, [Schalter "
       "2|Kasse 3|Frühschicht][.|. Arbeitgeber: {employer}.]",
       "[Schichtdienst|Nachtdienst|Wochenenddienst] als {job}, Arbeitgeber {employer}: das "
       "ist {target}[.|, jede Wette.]",
       "{target} unterrichtet am Gymnasium in {town}[, 7. Klasse|, Deutsch und Geschichte|]"
       "[.|, das wissen sogar die Schüler dort.]"),
    _f("de.threat.nachbarn_erfahren", _THREAT_KINDS, ("threat",),
       "Was würden wohl [deine Nachbarn|deine Kollegen|deine Eltern] sagen, wenn [jemand|"
       "ich] ihnen [deine Beiträge hier|das alles] zeigt, {target}?",
       "Ich habe [einiges|so manches] über dich herausgefunden. Ob das [hier|auf dieser "
       "Seite] landet, [liegt an dir|entscheidest du][.| – hör auf zu revertieren.]",
       "Noch ein Revert, und [dein Chef|dein Vermieter|deine Personalabteilung] bekommt "
       "[Post|eine Mail] von mir[.|. Die Adresse hab ich.]",
       "Nur damit du's weißt: Ich weiß, [wer du bist|wo du arbeitest|wie du heißt]. Ob das "
       "[unter uns bleibt|so bleibt], hängt von deinen nächsten Edits ab."),
    _f("de.profile.link_mit_label", _PROFILE_KINDS, ("profile",),
       "{target} ist übrigens {{nowrap|[{profile_url} dieses Profil]}}[ – gleiche Fotos|, "
       "gleicher Stil][.|]",
       "[Siehe|Vgl.] {{small|[{profile_url} Profil auf {platform}]}}[: eindeutig {target}.| "
       "– das ist {target}.]",
       "[Such|Sucht] mal nach {handle} auf {platform}, dann [weißt du|wisst ihr], wer "
       "{target} [wirklich|in echt] ist.",
       "Außerhalb der Wikipedia nennt sich {target} {handle}[ ({platform})|][.| und prahlt "
       "dort mit den Edits hier.]"),
    _f("de.ip_address.gleicher_router", _IP_KINDS, ("ip_address",),
       "Die IP {ip_link} ist [eindeutig|ganz klar] {target}, [nur ausgeloggt|bloß nicht "
       "angemeldet][ – gleicher Router, gleiche Artikel|][.|]",
       "{target} und {ip} [hängen am selben Anschluss|teilen sich einen Router][; das ist ein "
       "und dieselbe Person|][.|]",
       "[Immer wenn|Sobald] {target} [gesperrt|revertiert] wird, taucht {ip} [wenige Minuten "
       "später|sofort] auf[.|. Das ist er selbst.|. Das ist sie selbst.]",
       "CU-Anfrage: {target} editiert [ausgeloggt|ohne Anmeldung] als {ip}[, um die Sperre zu "
       "umgehen|, um den Edit-War weiterzuführen][.|]"),
    _f("de.name.vorname_klein", _NAME_KINDS, ("name",),
       f"hinter {{target}} steckt {_DE_G}, [das Kind|das Enkelkind] vom [Bäcker|"
       "Pfarrer|Bürgermeister|Hausmeister][ lol|]",
       f"{{target}}? [das|des] ist doch {_DE_G} [aus der 9b|von nebenan|aus dem dritten "
       "Stock|vom Sportverein][, weiß doch jeder|]",
       "[Der Account|{target}] gehört {given}, dem Kind von den Nachbarn [an der Ecke|"
       "gegenüber|aus dem Erdgeschoss][.|, in {town}.]",
       f"schon wieder {_DE_S}. {{target}} ist [der junge|der alte] {_DE_S} [aus der "
       "Siedlung|vom Schützenverein][, eh klar|]"),
)

_FR = (
    _f("fr.workplace.caisse_rayon", _WORK_KINDS, ("workplace",),
       "{target} bosse [le samedi|de nuit|à mi-temps] [en caisse|au rayon frais|à "
       "l'accueil] – {employer}[.|, allez vérifier.]",
       "Vous voulez parler à {target} en vrai ? Poste : {job}[ de nuit|] – {employer}[, "
       "guichet 2|, accueil|].",
       "Oui, {target}, on sait que tu fais [les nuits|les week-ends|l'ouverture] "
       "({employer}).",
       "{target} enseigne au collège de {town}[, en 4e|, l'histoire-géo|][.|, même ses "
       "élèves le savent.]"),
    _f("fr.threat.voisins_famille", _THREAT_KINDS, ("threat",),
       "Je me demande ce que [tes voisins|tes collègues|tes parents] penseraient de [tout "
       "ça|tes contributions] si [quelqu'un|on] leur [montrait|envoyait] le lien, {target}.",
       "J'en ai appris [pas mal|beaucoup] sur toi, {target}. Que ça reste [entre nous|privé] "
       "ou pas, ça dépend de toi[.| : arrête de révoquer.]",
       "Encore une révocation et [ton patron|ton employeur|ton propriétaire] recevra [un "
       "petit mail|un courrier] de ma part[.| – j'ai l'adresse.]",
       "[Simple remarque|Je dis ça comme ça] : je sais [qui tu es|où tu bosses|comment tu "
       "t'appelles]. [Pour l'instant, ça reste entre nous.|À toi de voir si ça change.]"),
    _f("fr.profile.lien_libelle", _PROFILE_KINDS, ("profile",),
       "{target}, c'est {{nowrap|[{profile_url} ce compte-là]}}[ – mêmes photos|, même bio]"
       "[.|]",
       "[Voir|Cf.] {{small|[{profile_url} son profil {platform}]}}[ : c'est {target}, sans "
       "aucun doute.| ; c'est bien {target}.]",
       "Tapez {handle} sur {platform} [et vous saurez|pour voir] qui est [vraiment|] "
       "{target}[.|, c'est édifiant.]",
       "Hors wiki, {target} [se fait appeler|signe] {handle}[ ({platform})|][.|, et s'en "
       "vante.]"),
    _f("fr.ip_address.meme_box", _IP_KINDS, ("ip_address",),
       "L'IP {ip_link}, c'est {target} [déconnecté|non connecté][ – même box, mêmes "
       "articles|][.|]",
       "{target} et {ip} [partagent la même box|sont sur la même connexion][ ; c'est une "
       "seule et même personne|][.|]",
       "Dès que {target} [est bloqué|se fait révoquer], {ip} [débarque|apparaît] [dans la "
       "minute|aussitôt][.|. C'est lui.|. C'est elle.]",
       "Requête CU : {target} contribue sans se connecter sous {ip}[ pour contourner son "
       "blocage| pour continuer la guerre d'édition][.|]"),
    _f("fr.name.prenom_minuscule", _NAME_KINDS, ("name",),
       f"derrière {{target}} y a {_FR_G}, de la famille [du boulanger|du "
       "maire|de la voisine|du curé][ mdr|]",
       f"{{target}} ? [c'est|c] {_FR_G} [du 3e|de la 4e B|d'à côté|du club de foot][, tout "
       "le monde le sait|]",
       "[Le compte|{target}], c'est {given}, qui habite chez ses parents [au coin de la "
       "rue|en face|au rez-de-chaussée][.|, à {town}.]",
       f"encore {_FR_S}. {{target}}, c'est [le petit|le vieux] {_FR_S} [du lotissement|du "
       "HLM d'en face][, évidemment|]"),
)

_ES = (
    _f("es.workplace.turno_tienda", _WORK_KINDS, ("workplace",),
       "{target} [hace|tiene] el turno de [tarde|noche|fin de semana] [en caja|en la "
       "frutería|en recepción] – {employer}[.|, por si alguien quiere ir a "
       "preguntarle.]",
       "¿Queréis hablar con {target} en persona? Trabaja de {job}[ de noche|]: {employer}[, "
       "turno de mañana|, ventanilla 2|].",
       "Sí, {target}, sabemos que haces [las noches|los fines de semana|el turno de mañana] "
       "en {employer}.",
       "{target} da clase en el instituto de {town}[, a 3º de la ESO|, de historia|][.|. Hasta "
       "sus alumnos lo saben.]"),
    _f("es.threat.vecinos_familia", _THREAT_KINDS, ("threat",),
       "Me pregunto qué pensarían [tus vecinos|tus compañeros de trabajo|tus padres] de "
       "[todo esto|tus ediciones] si alguien les [enseñara|mandara] el enlace, {target}.",
       "He averiguado [bastante|muchas cosas] sobre ti, {target}. Que quede [entre "
       "nosotros|en privado] o no depende de ti[.|: deja de revertir.]",
       "Una reversión más y [tu jefe|tu empresa|tu casero] recibirá un correo mío[.| – tengo "
       "la dirección.]",
       "[Solo te aviso|Para que lo sepas]: sé [quién eres|dónde trabajas|cómo te llamas]. "
       "[De momento queda entre nosotros.|Tú decides si sigue así.]"),
    _f("es.profile.enlace_etiqueta", _PROFILE_KINDS, ("profile",),
       "{target} es {{nowrap|[{profile_url} esta cuenta]}}[ – mismas fotos|, misma bio][.|]",
       "[Ver|Véase] {{small|[{profile_url} su perfil de {platform}]}}[: es {target}, sin "
       "duda.|; es {target}.]",
       "Buscad {handle} en {platform} [y veréis|para saber] quién es [realmente|] {target}"
       "[.|, es de traca.]",
       "Fuera de Wikipedia, {target} [firma como|se hace llamar] {handle}[ ({platform})|][.|"
       ", y presume de editar aquí.]"),
    _f("es.ip_address.mismo_router", _IP_KINDS, ("ip_address",),
       "La IP {ip_link} es {target} [sin iniciar sesión|deslogueado][ – mismo router, mismos "
       "artículos|][.|]",
       "{target} y {ip} [comparten router|usan la misma conexión][; son la misma persona|]"
       "[.|]",
       "Cada vez que [bloquean|revierten] a {target}, [aparece|salta] {ip} [al minuto|"
       "enseguida][.|. Es él.|. Es ella.]",
       "Solicitud de verificación: {target} edita sin iniciar sesión como {ip}[ para evadir "
       "el bloqueo| para seguir la guerra de ediciones][.|]"),
    _f("es.name.nombre_minuscula", _NAME_KINDS, ("name",),
       f"detrás de {{target}} está {_ES_G}, de la familia [del panadero|del "
       "alcalde|de la vecina del quinto][ jaja|]",
       f"¿{{target}}? [eso es|es] {_ES_G} [del tercero|de 4º B|de al lado|del equipo de "
       "fútbol][, lo sabe todo el mundo|]",
       "[La cuenta|{target}] es de {given}, que vive con sus padres en el [bajo|segundo|chalé "
       "de la esquina][.|, en {town}.]",
       f"otra vez {_ES_S}. {{target}} es [el pequeño de los|el mayor de los] {_ES_S} [de la "
       "urbanización|del pueblo][, obvio|]"),
)

_IT = (
    _f("it.workplace.turno_negozio", _WORK_KINDS, ("workplace",),
       "{target} fa il turno [serale|di notte|del sabato] [alla cassa|al banco gastronomia|in "
       "reception] – {employer}[.|, se qualcuno vuole andare a chiedere.]",
       "Volete parlare con {target} di persona? Lavora come {job}[ di notte|]: {employer}[, "
       "turno del mattino|, sportello 2|].",
       "Sì, {target}, sappiamo che fai [i turni di notte|il fine settimana|il turno del "
       "mattino] ({employer}).",
       "{target} insegna al liceo di {town}[, in terza|, storia e filosofia|][.|. Lo sanno "
       "pure i suoi studenti.]"),
    _f("it.threat.vicini_famiglia", _THREAT_KINDS, ("threat",),
       "Chissà cosa penserebbero [i tuoi vicini|i tuoi colleghi|i tuoi genitori] [di tutto "
       "questo|delle tue modifiche] se qualcuno gli [mostrasse|mandasse] il link, {target}.",
       "Ho scoperto [parecchie cose|un bel po' di cose] su di te, {target}. Se restano [tra "
       "noi|private] o no dipende da te[.|: smettila di annullare.]",
       "Un altro rollback e [il tuo capo|la tua azienda|il tuo padrone di casa] riceverà una "
       "mail da me[.| – l'indirizzo ce l'ho.]",
       "[Te lo dico e basta|Giusto perché tu lo sappia]: so [chi sei|dove lavori|come ti "
       "chiami]. [Per ora resta tra noi.|Sta a te se resta così.]"),
    _f("it.profile.link_etichetta", _PROFILE_KINDS, ("profile",),
       "{target} è {{nowrap|[{profile_url} questo account]}}[ – stesse foto|, stessa bio]"
       "[.|]",
       "[Vedi|Cfr.] {{small|[{profile_url} il suo profilo {platform}]}}[: è {target}, non ci "
       "sono dubbi.|; è proprio {target}.]",
       "Cercate {handle} su {platform} [e capirete|per vedere] chi è [davvero|] {target}[.|, "
       "roba da non credere.]",
       "Fuori da Wikipedia {target} [si firma|si fa chiamare] {handle}[ ({platform})|][.|, e "
       "se ne vanta pure.]"),
    _f("it.ip_address.stesso_router", _IP_KINDS, ("ip_address",),
       "L'IP {ip_link} è {target} [non loggato|sloggato][ – stesso router, stesse voci|]"
       "[.|]",
       "{target} e {ip} [condividono lo stesso router|usano la stessa connessione][; è la "
       "stessa persona|][.|]",
       "Ogni volta che {target} viene [bloccato|annullato], [spunta|compare] {ip} [dopo un "
       "minuto|subito][.|. È lui.|. È lei.]",
       "Richiesta CU: {target} modifica senza login come {ip}[ per evadere il blocco| per "
       "continuare la guerra di modifiche][.|]"),
    _f("it.name.nome_minuscolo", _NAME_KINDS, ("name",),
       f"dietro {{target}} c'è {_IT_G}, della famiglia [del panettiere|del "
       "sindaco|della vicina del terzo piano][ ahah|]",
       f"{{target}}? [è|quello è] {_IT_G} [del terzo piano|della 4B|della porta accanto|"
       "della squadra di calcio][, lo sanno tutti|]",
       "[L'utenza|{target}] è di {given}, che abita con i genitori [al piano terra|al "
       "secondo piano|nel villino all'angolo][.|, a {town}.]",
       f"di nuovo {_IT_S}. {{target}} è [il più piccolo|il più grande] della famiglia {_IT_S} "
       "[del condominio|del paese][, ovvio|]"),
)

_PT = (
    _f("pt.workplace.turno_loja", _WORK_KINDS, ("workplace",),
       "{target} faz o turno [da noite|da tarde|do fim de semana] [na caixa|na peixaria|no "
       "balcão] – {employer}[.|, se alguém quiser ir perguntar.]",
       "Querem falar com {target} pessoalmente? Trabalha como {job}[ no turno da noite|]: "
       "{employer}[, turno da manhã|, guiché 2|].",
       "Pois é, {target}, sabemos que fazes [os turnos da noite|os fins de semana|o turno da "
       "manhã] ({employer}).",
       "{target} dá aulas na escola de {town}[, ao 9.º ano|, de história|][.|. Até os alunos "
       "sabem.]"),
    _f("pt.threat.vizinhos_familia", _THREAT_KINDS, ("threat",),
       "O que será que [os teus vizinhos|os teus colegas|os teus pais] iam pensar [disto "
       "tudo|das tuas edições] se alguém lhes [mostrasse|mandasse] o link, {target}?",
       "Descobri [bastante coisa|muita coisa] sobre você, {target}. Se fica [entre nós|em "
       "privado] ou não, depende de você[.|: pare de reverter.]",
       "Mais uma reversão e [o teu chefe|a tua empresa|o teu senhorio] vai receber um e-mail "
       "meu[.| – o endereço eu tenho.]",
       "[Só para saberes|Fica a saber]: sei [quem és|onde trabalhas|como te chamas]. [Por "
       "agora fica entre nós.|Depende de ti se continua assim.]"),
    _f("pt.profile.link_rotulo", _PROFILE_KINDS, ("profile",),
       "{target} é {{nowrap|[{profile_url} esta conta]}}[ – mesmas fotos|, mesma bio][.|]",
       "[Ver|Cf.] {{small|[{profile_url} perfil no {platform}]}}[: é {target}, sem dúvida.|;"
       " é mesmo {target}.]",
       "Procurem {handle} no {platform} [e vão ver|para saber] quem é [realmente|] {target}"
       "[.|, é inacreditável.]",
       "Fora da Wikipédia, {target} [assina como|usa o nome] {handle}[ ({platform})|][.|, e "
       "ainda se gaba de editar aqui.]"),
    _f("pt.ip_address.mesmo_roteador", _IP_KINDS, ("ip_address",),
       "O IP {ip_link} é {target} [sem login|deslogado][ – mesmo roteador, mesmos artigos|]"
       "[.|]",
       "{target} e {ip} [partilham o mesmo router|usam a mesma ligação|estão na mesma rede "
       "de casa][; é a mesma pessoa|][.|]",
       "Sempre que {target} é [bloqueado|revertido], [aparece|surge] {ip} [um minuto "
       "depois|logo a seguir][.|. É ele.|. É ela.]",
       "Pedido de verificação: {target} edita sem login como {ip}[ para fugir ao bloqueio| "
       "para continuar a guerra de edições][.|]"),
    _f("pt.name.nome_minusculo", _NAME_KINDS, ("name",),
       f"por trás de {{target}} está {_PT_G}, da família [do padeiro|do "
       "prefeito|da vizinha do 3.º][ kkk|]",
       f"{{target}}? [é|isso é] {_PT_G} [do 3.º andar|do 9.º B|da casa ao lado|do time de "
       "futebol][, todo mundo sabe|]",
       "[A conta|{target}] é de {given}, que mora com os pais no [rés-do-chão|segundo andar|"
       "sobrado da esquina][.|, em {town}.]",
       f"de novo {_PT_S}. {{target}} é [o mais novo dos|o mais velho dos] {_PT_S} [do "
       "condomínio|da vila][, óbvio|]"),
)

_NL = (
    _f("nl.workplace.dienst_winkel", _WORK_KINDS, ("workplace",),
       "{target} draait [de avonddienst|de zaterdagdienst|nachtdiensten] [achter de kassa|"
       "bij de versafdeling|aan de balie] – {employer}[.|, mocht iemand langs "
       "willen gaan.]",
       "Wil je {target} in het echt spreken? Functie: {job}[ in de nachtploeg|], bij "
       "{employer}[, ochtenddienst|, loket 2|].",
       "Tja, {target}, we weten dat je [de nachtdiensten|de weekenden|de ochtenddienst] "
       "draait ({employer}).",
       "{target} geeft les op het gymnasium in {town}[, aan de brugklas|, geschiedenis|][.|. "
       "Zelfs de leerlingen weten het.]"),
    _f("nl.threat.buren_familie", _THREAT_KINDS, ("threat",),
       "Ik vraag me af wat [je buren|je collega's|je ouders] van [dit alles|je bewerkingen] "
       "zouden vinden als iemand ze de link [liet zien|stuurde], {target}.",
       "Ik heb [heel wat|best veel] over je uitgezocht, {target}. Of dat [tussen ons|privé] "
       "blijft, hangt van jou af[.|: stop met terugdraaien.]",
       "Nog één revert en [je baas|je werkgever|je huisbaas] krijgt een mailtje van me[.| – "
       "het adres heb ik.]",
       "[Even ter info|Zodat je het weet]: ik weet [wie je bent|waar je werkt|hoe je heet]. "
       "[Voorlopig blijft het onder ons.|Of dat zo blijft, bepaal jij.]"),
    _f("nl.profile.link_label", _PROFILE_KINDS, ("profile",),
       "{target} is {{nowrap|[{profile_url} dit account]}}[ – dezelfde foto's|, dezelfde "
       "bio][.|]",
       "[Zie|Vgl.] {{small|[{profile_url} het {platform}-profiel]}}[: dat is {target}, "
       "zonder twijfel.|; echt {target}.]",
       "Zoek {handle} op {platform} op [en je ziet|om te zien] wie {target} [echt|] is[.|, "
       "niet te geloven.]",
       "Buiten Wikipedia [gaat {target} door het leven als|heet {target}] {handle}"
       "[ ({platform})|][.|, en schept er nog over op ook.]"),
    _f("nl.ip_address.zelfde_router", _IP_KINDS, ("ip_address",),
       "Achter {ip_link} zit gewoon {target}[, alleen niet ingelogd| – zelfde router, zelfde "
       "artikelen][.|]",
       "{target} en {ip} [delen dezelfde router|zitten op dezelfde aansluiting][; het is één "
       "en dezelfde persoon|][.|]",
       "Telkens als {target} [geblokkeerd|teruggedraaid] wordt, [duikt {ip} binnen een "
       "minuut op|verschijnt {ip} meteen][.|. Dat is hem.|. Dat is haar.]",
       "CU-verzoek: {target} bewerkt [niet-ingelogd|uitgelogd] als {ip}[ om de blokkade te "
       "omzeilen| om de bewerkingsoorlog voort te zetten][.|]"),
    _f("nl.name.voornaam_klein", _NAME_KINDS, ("name",),
       f"achter {{target}} zit {_NL_G}, uit het gezin van de [bakker|"
       "burgemeester|buurvrouw op nummer 8][ haha|]",
       f"{{target}}? [dat is|da's] {_NL_G} [van driehoog|uit 4 havo|van hiernaast|van de "
       "voetbalclub][, weet iedereen|]",
       "[Het account|{target}] is van {given}, het kind van de buren [op de hoek|van de "
       "overkant][.|, in {town}.]",
       f"alweer {_NL_S}. {{target}} is [de jongste|de oudste] van de familie {_NL_S} [uit de "
       "nieuwbouwwijk|uit het dorp][, duh|]"),
)

_PL = (
    _f("pl.workplace.zmiana_w_sklepie", _WORK_KINDS, ("workplace",),
       "{target} ma [popołudniową|nocną|weekendową] zmianę [na kasie|na stoisku mięsnym|w "
       "recepcji] – {employer}[.|, jakby ktoś chciał zajrzeć.]",
       "Chcecie pogadać z {target} osobiście? Stanowisko: {job}[, nocki|], {employer}[, "
       "zmiana poranna|, okienko 2|].",
       "No tak, {target}, wiemy, że pracujesz [na nockach|w weekendy|na porannej zmianie] "
       "({employer}).",
       "{target} uczy w liceum w {town}[, w klasie 2b|, historii|][.|. Nawet uczniowie o tym "
       "wiedzą.]"),
    _f("pl.threat.sasiedzi_rodzina", _THREAT_KINDS, ("threat",),
       "Ciekawe, co [twoi sąsiedzi|twoi koledzy z pracy|twoi rodzice] powiedzieliby na [to "
       "wszystko|twoje edycje], gdyby ktoś im [pokazał|wysłał] link, {target}.",
       "Sporo się o tobie [dowiedziałem|dowiedziałam], {target}. Czy to zostanie [między "
       "nami|prywatne], zależy od ciebie[.|: przestań rewertować.]",
       "Jeszcze jeden rewert i [twój szef|twoja firma|twój kierownik] dostanie ode mnie "
       "maila[.| – adres już mam.]",
       "[Tylko informuję|Żebyś wiedział]: wiem, [kim jesteś|gdzie pracujesz|jak się "
       "nazywasz]. [Na razie zostaje to między nami.|Od ciebie zależy, czy tak zostanie.]"),
    _f("pl.profile.link_z_opisem", _PROFILE_KINDS, ("profile",),
       "{target} prowadzi {{nowrap|[{profile_url} ten profil]}}[ – te same zdjęcia|, ten sam "
       "opis][.|]",
       "[Zob.|Por.] {{small|[{profile_url} profil na {platform}]}}[: to {target}, bez "
       "wątpienia.|; to na pewno {target}.]",
       "Wpiszcie {handle} na {platform} [i zobaczycie|, żeby zobaczyć], kim [naprawdę|] jest "
       "{target}[.|, szok.]",
       "Poza Wikipedią {target} [występuje jako|podpisuje się] {handle}[ ({platform})|][.|, "
       "i jeszcze się chwali, że tu edytuje.]"),
    _f("pl.ip_address.ten_sam_router", _IP_KINDS, ("ip_address",),
       "Za {ip_link} siedzi po prostu {target}[, tylko niezalogowany| – ten sam router, te "
       "same hasła][.|]",
       "{target} i {ip} [mają ten sam router|korzystają z tego samego łącza][; to jedna i ta "
       "sama osoba|][.|]",
       "Za każdym razem, gdy {target} [dostaje blokadę|zostaje zrewertowany], [po minucie|od "
       "razu] pojawia się {ip}[.|. To on.|. To ona.]",
       "Prośba o CU: {target} edytuje bez logowania jako {ip}[, żeby obejść blokadę|, żeby "
       "kontynuować wojnę edycyjną][.|]"),
    _f("pl.name.imie_malymi", _NAME_KINDS, ("name",),
       f"za kontem {{target}} stoi {_PL_G}, z rodziny [piekarza|sołtysa|"
       "sąsiadki z trzeciego piętra][ xd|]",
       f"{{target}}? [to|przecież to] {_PL_G} [z trzeciego piętra|z 3b|zza ściany|z klubu "
       "piłkarskiego][, wszyscy wiedzą|]",
       "[To konto|{target}] to {given} – dziecko sąsiadów [z parteru|z naprzeciwka|z "
       "domu na rogu][.|, {town}.]",
       f"znowu {_PL_S}. {{target}} to [młodszy|starszy] {_PL_S} [z osiedla|ze wsi][, "
       "oczywiście|]"),
)

FAMILIES: tuple[Family, ...] = _EN + _DE + _FR + _ES + _IT + _PT + _NL + _PL
