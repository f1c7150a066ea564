"""Threat-to-out rules, per language, as regex sources (data for detectors/threat.py).

A *family* is verb × object with a first-person marker: "I'll publish" + "your real name".
Romance languages mark the person on the verb ("publicaré", "pubblico"), so their conjugated
forms need no pronoun; German and Dutch put the verb anywhere in the clause ("stelle ich deinen
Klarnamen ins Netz", "ich werde deinen Namen veröffentlichen"), so their families are checked
clause-wide. *Fixed* rules are whole phrases ("I know where you live").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Family:
    language: str  # the rules of a language run only when its TRIGGERS occur ("en" always)
    verb: str  # the verb (a regex source, matched case-insensitively)
    obj: str  # what the verb threatens to reveal or whom it threatens to tell
    first: str | None  # a first-person marker required before the verb (None: in the verb)
    clause_wide: bool = False  # object and marker may stand anywhere in the clause
    confidence: float = 0.9
    max_gap: int = 60  # characters allowed between the verb and its object
    needles: tuple[str, ...] = ()  # words one of which every object match contains


# ---- English
_EN_FIRST = (
    r"\b(?:I|we)(?:'ll|’ll|'m|’m|'d|’d)?"
    r"(?:\s+(?:will|shall|would|am|are|going|gonna|to|be|just|then|also|now|definitely|"
    r"personally|happily|gladly|simply|immediately|soon|first|can|could|might|may|plan|"
    r"intend|want|about|make|sure|go|ahead|and|happily|myself|tomorrow|today|easily|quite|"
    r"really|probably|totally|certainly|still|always|literally)){0,6}\s+$"
)
_EN_PUBLISH = (
    r"\b(?:publish(?:ing)?|post(?:ing)?|reveal(?:ing)?|expos(?:e|ing)|shar(?:e|ing)|"
    r"leak(?:ing)?|out(?:ing)?|dox+(?:ing)?|releas(?:e|ing)|spread(?:ing)?|put(?:ting)?|"
    r"broadcast(?:ing)?|announc(?:e|ing)|print(?:ing)?|tweet(?:ing)?|splash(?:ing)?|"
    r"find(?:ing)?\s+out|tell(?:ing)?\s+everyone|let\s+everyone\s+know)\b"
)
_EN_IDENTITY = (
    r"\b(?:your|ur|yer)\s+(?:(?:real|true|full|legal|actual|home|work|private|personal|street|"
    r"e-?mail|ip|phone|mobile|cell|private)\s+){0,2}(?:name|names|identity|address|street"
    r"(?:\s+name)?|ip(?:\s+address)?|phone(?:\s+number)?|number|employer|boss|workplace|job|"
    r"company|office|school|university|college|family|wife|husband|parents|kids|children|"
    r"location|house|details|info(?:rmation)?|dox|facebook|instagram|linkedin|twitter|tiktok)\b"
    r"|\b(?:his|her|their)\s+(?:real|true|full|legal|home)\s+(?:name|identity|address)\b"
    r"|\bwhere\s+(?:you|he|she)\s+(?:live|lives|work|works|study|studies)\b"
    r"|\bwho\s+you\s+(?:really\s+)?are\b"
)
_EN_TELL = (
    r"\b(?:tell(?:ing)?|e-?mail(?:ing)?|mail(?:ing)?|contact(?:ing)?|call(?:ing)?|ring(?:ing)?|"
    r"phon(?:e|ing)|writ(?:e|ing)(?:\s+to)?|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|"
    r"report(?:ing)?\s+you\s+to|(?:send(?:ing)?|forward(?:ing)?|show(?:ing)?)\s+(?:\w+\s+){0,3}to|"
    r"let)\b"
)
_EN_WHOM = (
    r"\b(?:your|ur|his|her|their)\s+(?:\w+\s+)?(?:employer|boss|manager|company|workplace|"
    r"school|university|college|uni|teacher|professor|supervisor|principal|hr|department|"
    r"family|wife|husband|parents|mum|mom|dad|colleagues|co-?workers|church|club|landlord|"
    r"office|firm|practice|agency|neighbou?rs|partner|head\s+office|line\s+manager)\b"
)
# Ultimatums: a condition on the reader followed by publishing "everything".
_EN_ULTIMATUM = (
    r"\b(?:if\s+you(?!\s+(?:want|wish|like|prefer|agree|need|think|would|'d|don't\s+mind|are\s+ok)\b)"
    r"|unless\s+you|keep\s+\w+ing|one\s+more|next\s+time\s+you|or\s+else|or)\b"
)
_EN_YOUR_WHOM = (
    r"\b(?:your|ur)\s+(?:employer|boss|manager|line\s+manager|company|firm|office|school|"
    r"university|family|wife|husband|parents|colleagues|co-?workers|partner|neighbou?rs|hr)"
)
_EN_ALL = (
    r"(?:publish|post|leak|release|share|put\s+out|dump|expose)\s+(?:it\s+all|everything|"
    r"all\s+of\s+it|the\s+(?:whole\s+)?lot)\b"
)
_EN_FIXED = (
    (r"\b(?:I|we)\s+know\s+(?:exactly\s+|now\s+|already\s+|full\s+well\s+)?where\s+(?:you|u)\s+"
     r"(?:and\s+your\s+\w+\s+)?(?:live|work|sleep|study|go\s+to\s+school)\b", 0.85, (' where ',)),
    (r"\b(?:I|we)\s+know\s+(?:exactly\s+|now\s+|already\s+)?who\s+(?:you|u)\s+(?:really\s+)?"
     r"(?:are|r)\b", 0.7, (' who ',)),
    (r"\b(?:I|we)\s+know\s+(?:exactly\s+)?(?:which|what)\s+(?:company|firm|school|university|"
     r"office|hospital|street|house|building|department|town|shop|store)\s+you\s+"
     r"(?:work|live|study|go)", 0.8, (' which ', ' what ')),
    (r"\b(?:I|we)(?:'ve|’ve|\s+have)?\s+(?:know|have|got|found|discovered|tracked\s+down|"
     r"dug\s+up)\s+your\s+(?:real\s+|full\s+|legal\s+|home\s+|actual\s+)?"
     r"(?:name|identity|address|employer|workplace|ip|ip\s+address|phone\s+number|facebook|"
     r"instagram|linkedin)\b", 0.7, (' your ',)),
    # "your boss will hear", "your office would be told"
    (rf"{_EN_YOUR_WHOM}\s+(?:will|is\s+going\s+to|are\s+going\s+to|would|'ll|’ll|'d|’d)\s+"
     r"(?:hear|know|find\s+out|learn|see|get|read|be\s+(?:told|informed|hearing))\b",
     0.8, (' your ', ' ur ')),
    # "your employer would love to see how ...", not "your manager might want to read the policy"
    (rf"{_EN_YOUR_WHOM}\s+(?:will|would|might|may|could|'d|’d)\s+(?:really\s+|surely\s+)?"
     r"(?:love|like|want|be\s+(?:very\s+|so\s+)?(?:interested|curious|keen))\s+(?:to|in)\s+"
     r"(?:see|know|hear|read|learn|find\s+out|seeing|knowing|hearing|reading|learning)\s+"
     r"(?:how|what|where|who|why|when|that|about|exactly)\b", 0.8, (' your ', ' ur ')),
    # an ultimatum that ends in publishing "everything": "if you revert again, I post it all"
    (rf"{_EN_ULTIMATUM}[^.!?\n]{{0,80}}?\b(?:I|we)(?:'ll|’ll|\s+will|\s+shall)?\s+"
     rf"(?:\w+\s+){{0,2}}?{_EN_ALL}", 0.8, (' everything ', ' all ', ' lot ')),
    # "I have copies. Don't test me": holding material back against the reader
    (r"\b(?:I|we)(?:'ve|’ve|\s+have)?\s+(?:got\s+|kept\s+|saved\s+)?(?:copies|screenshots|"
     r"screen\s*caps|receipts|backups|everything\s+saved|it\s+all\s+saved|the\s+(?:files|"
     r"scans|documents))\b[^\n]{0,40}?(?:\b(?:don't|don’t|do\s+not)\s+(?:test|push|tempt)\s+"
     r"me|\btry\s+me)\b", 0.8, (' me ',)),
    (r"\b(?:everyone|everybody|the\s+whole\s+(?:world|wiki|internet|village)|all\s+of\s+"
     r"(?:wikipedia|commons))(?:\s+(?:on|at|in|here)(?:\s+\w+)?)?"
     r"\s+(?:will|is\s+going\s+to|'ll|’ll)\s+(?:know|find\s+out|learn|see)\s+"
     r"(?:who\s+you\s+(?:really\s+)?are|your\s+(?:real\s+)?name|where\s+you\s+"
     r"(?:live|work))", 0.8, (' everyone ', ' everybody ', ' whole ', ' all of ')),
    (r"\bwith\s+your\s+(?:real\s+|full\s+)?name\s+(?:attached|on\s+it)\b", 0.7, (' with your ',)),
    # "your boss at the council should see this", "your employer ought to know what you do"
    (rf"{_EN_YOUR_WHOM}(?:\s+(?:at|in|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+"
     r"(?:should|ought\s+to|needs\s+to|deserves\s+to)\s+(?:really\s+)?(?:see|know|read|hear)"
     r"\s+(?:this|these|that|those|what|how|who|about\s+(?:this|that|your))\b", 0.7,
     (' your ', ' ur ')),
    # "how would your students feel if they saw this?"
    (r"\bhow\s+would\s+your\s+(?:\w+\s+)?(?:employer|boss|manager|company|colleagues|"
     r"co-?workers|students|pupils|clients|customers|patients|family|wife|husband|parents|"
     r"kids|children|neighbou?rs|congregation|followers)\s+(?:feel|react|like\s+it)\b", 0.7,
     (' how would ',)),
    # "don't make me share what I found"
    (r"\b(?:don't|don’t|do\s+not)\s+make\s+me\s+(?:share|post|publish|reveal|use|release|"
     r"leak|expose)\b", 0.8, (' make me ',)),
    (r"\b(?:make\s+sure|ensure|see\s+to\s+it\s+that)\s+your\s+(?:employer|boss|manager|company|"
     r"school|university|family|wife|husband|parents|colleagues)\s+(?:finds?\s+out|learns?|"
     r"hears?|knows?|sees?)\b", 0.8, (' make sure ', ' ensure ', ' see to it ')),
    (r"\bmak(?:e|ing)\s+your\s+(?:real\s+|full\s+|home\s+)?(?:name|identity|address|details|"
     r"info(?:rmation)?)\s+public\b", 0.85, (' public ',)),
    (r"\byour\s+(?:real\s+)?(?:name|address|identity)\s+(?:will|is\s+going\s+to)\s+be\s+"
     r"(?:published|posted|everywhere|public|revealed|out|on)\b", 0.8, (' your ',)),
    (r"\b(?:I(?:'ll|’ll|\s+will)?|gonna|going\s+to)\s+dox+\b|\bdox+(?:ing)?\s+(?:you|u|ya)\b",
     0.85, ('dox',)),
)

# ---- French
_FR_FIRST = (
    r"\b(?:je|j'|j’|on|nous)\s*(?:vais|va|allons|compte|veux|peux|pourrais|m'en\s+vais)?"
    r"(?:\s+(?:le|la|les|lui|leur|te|t'|vous|bien|tout|aussi|directement|volontiers|aller|"
    r"demain))*\s*$"
)
_FR_VERB = (
    r"\b(?:r[ée]v[ée]l(?:er|e)|publi(?:er|e)|post(?:er|e)|diffus(?:er|e)|d[ée]voil(?:er|e)|"
    r"balanc(?:er|e)|divulgu(?:er|e)|mettre|mets|affich(?:er|e)|partag(?:er|e)|expos(?:er|e)|"
    r"dire|dis|pr[ée]venir|pr[ée]viens|contact(?:er|e)|appel(?:er|le)|[ée]crire|[ée]cris|"
    r"inform(?:er|e)|envoy(?:er|e)|raconter|raconte)\b"
)
_FR_FUTURE = (
    r"\b(?:r[ée]v[ée]lerai|publierai|posterai|diffuserai|d[ée]voilerai|balancerai|divulguerai|"
    r"mettrai|afficherai|partagerai|exposerai|dirai|pr[ée]viendrai|contacterai|appellerai|"
    r"[ée]crirai|informerai|enverrai|raconterai)\b"
)
_FR_OBJECT = (
    r"\b(?:ton|ta|tes|votre|vos)\s+(?:(?:vrai|vraie|vrais|v[ée]ritable|r[ée]el|r[ée]elle)\s+)?"
    r"(?:nom|pr[ée]nom|adresse|num[ée]ro|identit[ée]|employeur|patron|chef|boss|boulot|travail|"
    r"entreprise|bo[iî]te|[ée]cole|universit[ée]|fac|famille|femme|mari|parents|ip|domicile|"
    r"lieu\s+de\s+travail|facebook|instagram|linkedin)\b"
    r"|\bo[uù]\s+(?:tu\s+(?:habites|vis|travailles|bosses)|vous\s+(?:habitez|vivez|travaillez))"
    r"|\bqui\s+(?:tu\s+es|vous\s+[êe]tes)\b"
)
_FR_FIXED = (
    (r"\b(?:je\s+sais|on\s+sait|nous\s+savons)\s+(?:exactement\s+|tr[èe]s\s+bien\s+|"
     r"d[ée]j[àa]\s+)?o[uù]\s+"
     r"(?:tu\s+(?:habites|vis|travailles|bosses|dors)|vous\s+(?:habitez|vivez|travaillez))",
     0.85, (' où ', ' ou ')),
    (r"\b(?:je\s+sais|on\s+sait|nous\s+savons)\s+(?:exactement\s+|tr[èe]s\s+bien\s+)?qui\s+"
     r"(?:tu\s+es|vous\s+[êe]tes)", 0.7, (' qui ',)),
    (r"\bje\s+(?:connais|sais|ai\s+trouv[ée]|ai)\s+(?:ton|ta|votre)\s+(?:vrai\s+nom|vraie\s+"
     r"identit[ée]|identit[ée]|adresse|employeur|nom\s+complet|v[ée]ritable\s+nom)",
     0.7, (' ton ', ' ta ', ' votre ')),
    (r"\b(?:ton|ta|votre)\s+(?:employeur|patron|chef|boss|famille|femme|mari|[ée]cole|"
     r"entreprise)\s+(?:va|vont|saura|sauront)\s+(?:en\s+)?(?:entendre|savoir|[êe]tre\s+inform)",
     0.8, (' ton ', ' ta ', ' votre ')),
    (r"\btout\s+le\s+monde\s+(?:saura|va\s+savoir|conna[iî]tra)\s+(?:qui\s+tu\s+es|ton\s+vrai\s+"
     r"nom|o[uù]\s+tu\s+habites)", 0.8, (' tout le monde ',)),
    # "si tu continues, je publie tout", "sinon je balance tout"
    (r"\b(?:si\s+(?:tu|vous)(?!\s+(?:veux|voulez|pr[ée]f[èe]re|es\s+d'accord|[êe]tes\s+d'accord)\b)"
     r"|sinon|ou)\b[^.!?\n]{0,80}?\b(?:je|j'|j’|on)\s*(?:vais\s+)?"
     r"(?:publie|publier|publierai|balance|balancer|balancerai|poste|poster|posterai|diffuse|"
     r"diffuser|diffuserai|d[ée]voile|d[ée]voiler|d[ée]voilerai|d[ée]balle|d[ée]baller)\s+tout\b",
     0.8, (' tout ',)),
)

# ---- German (clause-wide: verb-second and verb-final orders)
_DE_FIRST = r"\b(?:ich|wir)\b"
_DE_VERB = (
    r"\b(?:ver[öo]ffentlich\w*|poste\w*|stell\w*|verrat\w*|verr[äa]t|enth[üu]ll\w*|teil\w*|"
    r"schick\w*|sag\w*|erz[äa]hl\w*|informier\w*|kontaktier\w*|schreib\w*|ruf\w*|mach\w*|"
    r"leak\w*|geb\w*|verbreit\w*|meld\w*|publizier\w*|pack\w*|setz\w*)\b"
)
_DE_OBJECT = (
    r"\b(?:dein|deine|deinen|deinem|deiner|ihren|ihre|ihrem|ihrer)\s+(?:(?:echte\w*|richtige\w*|"
    r"wahre\w*|volle\w*|private\w*|genaue\w*)\s+)?(?:Namen|Klarnamen|Name|Adresse|Wohnadresse|"
    r"Anschrift|Privatadresse|Identit[äa]t|Arbeitgeber\w*|Chef\w*|Firma|Schule|Uni\w*|"
    r"Telefonnummer|Handynummer|Nummer|IP\S*|Wohnort|Familie|Frau|Mann|Eltern|Facebook\w*|"
    r"Instagram\w*)\b"
    r"|\bwo\s+du\s+(?:wohnst|arbeitest|lebst)\b|\bwer\s+du\s+(?:wirklich\s+)?bist\b"
)
_DE_FIXED = (
    (r"\bich\s+wei(?:ß|ss),?\s+(?:(?:genau|jetzt|schon),?\s+)?wo\s+(?:du\s+(?:wohnst|arbeitest|"
     r"lebst)|Sie\s+(?:wohnen|arbeiten|leben))", 0.85, (' wo ',)),
    (r"\bich\s+wei(?:ß|ss),?\s+(?:(?:genau|jetzt|schon),?\s+)?wer\s+(?:du\s+(?:wirklich\s+)?bist|"
     r"Sie\s+"
     r"(?:wirklich\s+)?sind)", 0.7, (' wer ',)),
    (r"\bich\s+(?:kenne|habe|hab)\s+(?:deinen|Ihren)\s+(?:echten\s+|richtigen\s+|wahren\s+|"
     r"vollen\s+)?(?:Namen|Klarnamen|Arbeitgeber)|\bich\s+(?:kenne|habe|hab)\s+(?:deine|Ihre)\s+"
     r"(?:Adresse|Wohnadresse|Identit[äa]t|Anschrift)", 0.7, (' dein', ' ihr')),
    (r"\b(?:dein|deine|Ihr|Ihre)\s+(?:Arbeitgeber|Chef|Chefin|Boss|Firma|Familie|Frau|Schule|Uni)"
     r"\s+(?:wird|erf[äa]hrt)\b", 0.8, (' dein', ' ihr')),
    (r"\b(?:alle|jeder)\s+(?:werden|wird)\s+(?:wissen|erfahren),?\s+(?:wer\s+du|wo\s+du)",
     0.8, (' alle ', ' jeder ')),
    # "wenn du weitermachst, veröffentliche ich alles", "sonst stelle ich alles online"
    (r"\b(?:(?:wenn|falls)\s+du(?!\s+(?:willst|m[öo]chtest|magst|einverstanden)\b)|sonst|oder)\b"
     r"[^.!?\n]{0,80}?\b(?:(?:ver[öo]ffentliche|poste|"
     r"leake|stelle|packe|verbreite|mache)\s+ich\s+alles|ich\s+(?:ver[öo]ffentliche|poste|leake|"
     r"stelle|packe|verbreite)\s+alles)\b", 0.8, (' alles ',)),
)

# ---- Spanish
_ES_VERB_INF = (
    r"\b(?:voy|vamos)\s+a\s+(?:\w+\s+)?(?:publicar|revelar|exponer|difundir|subir|compartir|"
    r"filtrar|poner|decir(?:le)?|contar(?:le)?|avisar(?:le)?|llamar|escribir(?:le)?|contactar|"
    r"informar|enviar|mandar|sacar|hacer\s+p[úu]blic[oa])\b"
)
_ES_VERB_CONJ = (
    r"\b(?:publicar[ée]|revelar[ée]|expondr[ée]|difundir[ée]|subir[ée]|compartir[ée]|"
    r"filtrar[ée]|pondr[ée]|dir[ée]|contar[ée]|avisar[ée]|llamar[ée]|escribir[ée]|contactar[ée]|"
    r"informar[ée]|enviar[ée]|mandar[ée]|publico|revelo|expongo|difundo|subo|comparto|filtro|"
    r"pongo|digo|aviso|llamo|escribo|contacto|informo|env[íi]o|mando)\b"
)
_ES_OBJECT = (
    r"\btus?\s+(?:(?:verdader[oa]|aut[ée]ntic[oa])\s+)?(?:nombre|apellidos?|direcci[óo]n|"
    r"domicilio|dni|identidad|trabajo|empleo|empresa|jef[ea]|escuela|universidad|familia|"
    r"espos[oa]|mujer|marido|padres|n[úu]mero|tel[ée]fono|ip|facebook|instagram)\b"
    r"|\bd[óo]nde\s+(?:vives|trabajas)\b|\bqui[ée]n\s+eres\b"
)
_ES_FIXED = (
    (r"\bs[ée]\s+(?:exactamente\s+|perfectamente\s+|muy\s+bien\s+)?d[óo]nde\s+(?:vives|"
     r"trabajas|estudias|vive\s+usted|trabaja\s+usted)", 0.85, (' dónde ', ' donde ')),
    (r"\bs[ée]\s+(?:exactamente\s+|perfectamente\s+)?qui[ée]n\s+(?:eres|es\s+usted)",
     0.7, (' quién ', ' quien ')),
    (r"\b(?:conozco|tengo|encontr[ée]|s[ée])\s+tu\s+(?:nombre\s+real|verdadero\s+nombre|"
     r"direcci[óo]n|identidad|domicilio)", 0.7, (' tu ',)),
    (r"\btu\s+(?:jef[ea]|empresa|familia|espos[oa]|escuela|universidad)\s+(?:se\s+va\s+a\s+"
     r"enterar|se\s+enterar[áa]|va\s+a\s+saber|sabr[áa])", 0.8, (' tu ',)),
    (r"\btodo\s+el\s+mundo\s+(?:sabr[áa]|va\s+a\s+saber)\s+qui[ée]n\s+eres",
     0.8, (' todo el mundo ',)),
    # "si sigues revirtiendo, lo publico todo"
    (r"\b(?:si\s+(?:sigues|contin[úu]as|vuelves|no\s+(?:paras|dejas))|si\s+no|o)\b"
     r"[^.!?\n]{0,80}?\b(?:lo\s+)?(?:publico|publicar[ée]|subo|subir[ée]|difundo|difundir[ée]|"
     r"filtro|filtrar[ée]|cuento|contar[ée]|saco|sacar[ée]|voy\s+a\s+(?:publicar|subir|difundir|"
     r"filtrar|contar|sacar))(?:lo)?\s+todo\b", 0.8, (' todo ',)),
)

# ---- Italian
_IT_VERB = (
    r"\b(?:pubblic(?:o|her[òo])|rivel(?:o|er[òo])|dir[òo]|dico|diffond(?:o|er[òo])|"
    r"mett(?:o|er[òo])|post(?:o|er[òo])|scriv(?:o|er[òo])|chiam(?:o|er[òo])|avvis(?:o|er[òo])|"
    r"contatt(?:o|er[òo])|mand(?:o|er[òo])|condivid(?:o|er[òo])|sputtan(?:o|er[òo])|espongo|"
    r"esporr[òo]|racconter[òo]|racconto|far[òo]\s+sapere|faccio\s+sapere|render[òo]\s+"
    r"pubblic[oa]|(?:vado|sto\s+per)\s+a?\s*(?:pubblicare|rivelare|dire|"
    r"diffondere|mettere|postare|scrivere|chiamare|avvisare|contattare))\b"
)
_IT_OBJECT = (
    r"\b(?:tuo|tua|tuoi|tue)\s+(?:(?:vero|vera)\s+)?(?:nome|cognome|indirizzo|identit[àa]|"
    r"datore\s+di\s+lavoro|capo|lavoro|ufficio|azienda|scuola|universit[àa]|famiglia|moglie|"
    r"marito|genitori|numero|telefono|ip|facebook|instagram)\b"
    r"|\bdove\s+(?:abiti|vivi|lavori)\b|\bchi\s+sei\b"
)
_IT_FIXED = (
    (r"\bso\s+(?:esattamente\s+|benissimo\s+|bene\s+)?dove\s+(?:abiti|vivi|lavori)\b",
     0.85, (' dove ',)),
    (r"\bso\s+(?:esattamente\s+|benissimo\s+)?chi\s+sei\b", 0.7, (' chi ',)),
    (r"\b(?:il\s+)?tuo\s+(?:capo|datore\s+di\s+lavoro)\s+(?:lo\s+)?(?:verr[àa]|sapr[àa])",
     0.8, (' tuo ',)),
    (r"\b(?:se\s+continui|se\s+non\s+smetti|altrimenti|o)\b[^.!?\n]{0,80}?\b(?:pubblico|"
     r"pubblicher[òo]|posto|diffondo|diffonder[òo]|metto\s+online)\s+tutto\b", 0.8, (' tutto ',)),
)

# ---- Portuguese
_PT_VERB = (
    r"\b(?:vou\s+(?:\w+\s+)?(?:publicar|revelar|expor|divulgar|postar|contar|dizer|avisar|"
    r"ligar|mandar|escrever|compartilhar|partilhar|espalhar|vazar)|publicarei|revelarei|"
    r"exporei|divulgarei|postarei|contarei|direi|avisarei|ligarei|mandarei|escreverei|"
    r"espalharei|vazarei|publico|revelo|exponho|divulgo|posto|conto|digo|aviso|mando|vazo)\b"
)
_PT_OBJECT = (
    r"\b(?:teu|tua|seu|sua)\s+(?:(?:verdadeir[oa]|real)\s+)?(?:nome|sobrenome|endere[çc]o|"
    r"morada|identidade|cpf|emprego|trabalho|empresa|chefe|patr[ãa]o|escola|faculdade|"
    r"universidade|fam[íi]lia|esposa|marido|mulher|pais|n[úu]mero|telefone|celular|ip|"
    r"facebook|instagram)\b"
    r"|\bonde\s+(?:voc[êe]|tu)\s+(?:mora|moras|vive|vives|trabalha|trabalhas)\b"
    r"|\bquem\s+(?:voc[êe]\s+[ée]|tu\s+[ée]s)\b"
)
_PT_FIXED = (
    (r"\bsei\s+(?:exatamente\s+|muito\s+bem\s+)?onde\s+(?:voc[êe]\s+|tu\s+)?(?:mora|moras|"
     r"vive|vives|trabalha|trabalhas)\b", 0.85, (' onde ',)),
    (r"\bsei\s+(?:exatamente\s+)?quem\s+(?:voc[êe]\s+[ée]|tu\s+[ée]s)\b", 0.7, (' quem ',)),
    (r"\b(?:teu|seu)\s+(?:chefe|patr[ãa]o|emprego)\s+(?:vai\s+saber|vai\s+ficar\s+sabendo|"
     r"saber[áa])", 0.8, (' teu ', ' seu ')),
    (r"\b(?:se\s+(?:continuar|continuares|voc[êe]\s+continuar)|sen[ãa]o|ou)\b[^.!?\n]{0,80}?"
     r"\b(?:publico|publicarei|posto|divulgo|vazo|espalho|vou\s+(?:publicar|postar|divulgar|"
     r"vazar|espalhar))\s+tudo\b", 0.8, (' tudo ',)),
)

# ---- Dutch (clause-wide like German)
_NL_FIRST = r"\b(?:ik|we|wij)\b"
_NL_VERB = (
    r"\b(?:publiceer\w*|post\w*|zet\w*|vertel\w*|maak\w*|deel\w*|lek\w*|onthul\w*|"
    r"verspreid\w*|gooi\w*)\b"
)
_NL_OBJECT = (
    r"\b(?:je|jouw|uw)\s+(?:(?:echte|ware|volledige)\s+)?(?:naam|adres|woonadres|identiteit|"
    r"werkgever|telefoonnummer|nummer|ip)\b|\bwaar\s+(?:je|jij)\s+(?:woont|werkt)\b"
    r"|\bwie\s+(?:je|jij)\s+(?:echt\s+)?bent\b"
)
# "ik bel je baas", not "ik bel je straks" (calling the reader is no threat)
_NL_TELL = r"\b(?:bel\w*|mail\w*|stuur\w*|vertel\w*|schrijf\w*|informeer\w*|waarschuw\w*)\b"
_NL_WHOM = (
    r"\b(?:je|jouw|uw)\s+(?:werkgever|baas|chef|leidinggevende|school|universiteit|familie|"
    r"vrouw|man|ouders|collega'?s|kantoor)\b"
)
_NL_FIXED = (
    (r"\bik\s+weet\s+(?:precies\s+|heus\s+)?waar\s+(?:je|jij|u)\s+(?:woont|werkt)\b",
     0.85, (' waar ',)),
    (r"\bik\s+weet\s+(?:precies\s+)?wie\s+(?:je|jij|u)\s+(?:echt\s+|eigenlijk\s+)?"
     r"(?:bent|is)\b", 0.7, (' wie ',)),
    (r"\b(?:als\s+(?:je|jij)(?!\s+(?:wilt|wil|akkoord)\b)|anders|of)\b[^.!?\n]{0,80}?\b(?:publiceer|post|zet|lek|gooi|"
     r"verspreid)\s+ik\s+alles\b", 0.8, (' alles ',)),
)

_EN_UNMASK = r"\b(?:expos(?:e|ing)|out(?:ing)?|unmask(?:ing)?|dox+(?:ing)?)\b"
_EN_YOU = r"\b(?:you|u)\b"

_EN_IDENTITY_NEEDLES = (" your ", " ur ", " yer ", " his ", " her ", " their ", " where ", " who ")
_FR_NEEDLES = (" ton ", " ta ", " tes ", " votre ", " vos ", " où ", " ou ", " qui ")
_ES_NEEDLES = (" tu ", " tus ", " dónde ", " donde ", " quién ", " quien ")

FAMILIES: tuple[Family, ...] = (
    Family("en", _EN_PUBLISH, _EN_IDENTITY, _EN_FIRST, needles=_EN_IDENTITY_NEEDLES),
    # "I'll expose you", "I'm going to out you": the person is the object.
    Family("en", _EN_UNMASK, _EN_YOU, _EN_FIRST, confidence=0.8, max_gap=2,
           needles=(" you ", " u ")),
    # "I'll email your boss", not "what I would call sensitive information about his family".
    Family("en", _EN_TELL, _EN_WHOM, _EN_FIRST, confidence=0.85, max_gap=12,
           needles=(" your ", " ur ", " his ", " her ", " their ")),
    Family("fr", _FR_VERB, _FR_OBJECT, _FR_FIRST, needles=_FR_NEEDLES),
    Family("fr", _FR_FUTURE, _FR_OBJECT, None, needles=_FR_NEEDLES),
    Family("de", _DE_VERB, _DE_OBJECT, _DE_FIRST, clause_wide=True,
           needles=(" dein", " ihr", " wo du ", " wer du ")),
    Family("es", _ES_VERB_INF, _ES_OBJECT, None, needles=_ES_NEEDLES),
    Family("es", _ES_VERB_CONJ, _ES_OBJECT, None, confidence=0.85, needles=_ES_NEEDLES),
    Family("it", _IT_VERB, _IT_OBJECT, None, confidence=0.85,
           needles=(" tuo ", " tua ", " tuoi ", " tue ", " dove ", " chi ")),
    Family("pt", _PT_VERB, _PT_OBJECT, None, confidence=0.85,
           needles=(" teu ", " tua ", " seu ", " sua ", " onde ", " quem ")),
    Family("nl", _NL_VERB, _NL_OBJECT, _NL_FIRST, clause_wide=True, confidence=0.85,
           needles=(" je ", " jouw ", " uw ", " waar ", " wie ", " jij ")),
    Family("nl", _NL_TELL, _NL_WHOM, _NL_FIRST, clause_wide=True, confidence=0.85,
           needles=(" je ", " jouw ", " uw ")),
)
# A fixed rule: regex source, confidence, and words of which the text must hold one (checked
# with `in` before the regex runs, in the folded text with punctuation made spaces).
Fixed = tuple[str, float, tuple[str, ...]]
FIXED: dict[str, tuple[Fixed, ...]] = {
    "en": _EN_FIXED, "fr": _FR_FIXED, "de": _DE_FIXED, "es": _ES_FIXED, "it": _IT_FIXED,
    "pt": _PT_FIXED, "nl": _NL_FIXED,
}
# Every rule of a language needs one of these words (second-person pronouns and possessives,
# or the verb forms its fixed phrases end in), so a text without any of them skips the
# language's rules unread. Matched in the folded text with punctuation made spaces.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "en": (" you", " u ", " ur ", " yer ", " his ", " her ", " their ", " he ", " she ", "dox",
           " test me ", " try me ", " push me ", " tempt me ", " everything ", " it all ", " lot "),
    "fr": (" ton ", " ta ", " tes ", " votre ", " vos ", " tu ", " vous ", " où ", " ou ", " qui ",
           " tout le monde ", " tout "),
    "de": (" dein", " ihr", " du ", " sie ", " ich ", " alles "),
    "es": (" tu ", " tus ", " eres ", " vives ", " trabajas ", " estudias ", " usted ", " todo "),
    "it": (" tuo ", " tua ", " tuoi ", " tue ", " sei ", " abiti ", " vivi ", " lavori ",
           " tutto "),
    "pt": (" teu ", " tua ", " seu ", " sua ", " você ", " voce ", " tu ", " mora ", " moras ",
           " vive ", " vives ", " trabalha ", " trabalhas ", " tudo "),
    "nl": (" je ", " jouw ", " uw ", " jij ", " u ", " alles "),
}
# Said before a threat phrase, these make it a quotation, an example or a report of someone
# else's threat ("he threatened to publish my address"), not the writer's own threat.
REPORTED = (
    r"\b(?:says?|said|saying|wrote|writes|writing|like|such\s+as|e\.g\.|for\s+example|"
    r"for\s+instance|threaten(?:s|ed|ing)?(?:\s+to)?|threats?(?:\s+like)?|told\s+(?:me|us|him|"
    r"her|them)|claim(?:s|ed)?|a\s+comment\s+like|sagt|sagte|schrieb|zum\s+Beispiel|z\.\s?B\.|"
    r"dit|a\s+dit|écrit|par\s+exemple|dijo|escribió|por\s+ejemplo|ha\s+detto|ha\s+scritto|"
    r"ad\s+esempio|disse|escreveu|por\s+exemplo|zei|schreef|bijvoorbeeld)\W{0,3}$"
)
NEGATION = (
    r"\b(?:not|never|won't|won’t|wouldn't|wouldn’t|don't|don’t|didn't|can't|cannot|shouldn't|"
    r"no\s+one|nobody|ne|n'|pas|jamais|nicht|nie|niemals|kein\w*|no|nunca|jam[áa]s|non|mai|"
    r"n[ãa]o|niet|nooit|geen)\b"
)

# ---- Polish (person in the verb, like the Romance languages)
_PL_VERB = (
    r"\b(?:opublikuj[eę]|ujawni[eę]|wrzuc[eę]|podam|powiem|napisz[eę]|zadzwoni[eę]|"
    r"wyśl[eę]|roześl[eę]|pokaż[eę]|rozpowiem|upubliczni[eę]|dam\s+znać|"
    r"(?:zaraz|chętnie|po\s+prostu)\s+(?:opublikuj[eę]|ujawni[eę]|powiem))\b"
)
_PL_OBJECT = (
    r"\b(?:twoj[eaąiego]*|twój|twoim|twojej)\s+(?:(?:prawdziw\w*|pełn\w*)\s+)?(?:imi[eę]|"
    r"nazwisk\w*|adres\w*|dan\w*|numer\w*|telefon\w*|prac\w*|pracodawc\w*|szef\w*|firm\w*|"
    r"żon\w*|m[eę]ż\w*|rodzin\w*|rodzic\w*|sąsiad\w*|szkoł\w*|ip|facebook\w*)\b"
    r"|\bkim\s+(?:naprawdę\s+)?jesteś\b|\bgdzie\s+(?:mieszkasz|pracujesz)\b"
)
_PL_FIXED = (
    (r"\bwiem,?\s+(?:dokładnie\s+|doskonale\s+)?gdzie\s+(?:mieszkasz|pracujesz)\b", 0.85,
     (' gdzie ',)),
    (r"\bwiem,?\s+(?:dokładnie\s+)?kim\s+(?:naprawdę\s+)?jesteś\b", 0.7, (' kim ',)),
    (r"\b(?:twój|twoja)\s+(?:szef|szefowa|pracodawca|żona|mąż|rodzina)\s+(?:się\s+)?"
     r"(?:dowie|będzie\s+wiedział\w*)", 0.8, (' twój ', ' twoja ')),
)
FAMILIES += (
    Family("pl", _PL_VERB, _PL_OBJECT, None, confidence=0.85,
           needles=(" twoj", " twój", " kim ", " gdzie ")),
)
FIXED["pl"] = _PL_FIXED
TRIGGERS["pl"] = (" twoj", " twój", " kim ", " gdzie ", " jesteś ", " mieszkasz ", " pracujesz ")

# ---- Indirect and conditional threats, every language: an ultimatum on the reader's editing
# ("one more revert", "wenn du weiter", "si sigues", "jeszcze jeden"), something that exposes
# them (their name, who they are, where they live, their family or employer, contact data the
# writer holds) and a consequence ("they get a detailed message", "appears here", "landet auf
# meiner Benutzerseite") or a menacing close ("just saying", "your choice", "sarebbe un
# peccato"). Each is a list of phrases per language; threat.py combines them within a few
# sentences, so no single phrase has to say it all.
ULTIMATUM = (
    # en
    r"\bone\s+more\s+(?:revert|reversion|undo|deletion|edit|time|warning|removal)\b"
    r"|\bif\s+you\s+(?:\w+\s+){0,3}?(?:again|anymore|any\s+more(?!\s+[a-z])|once\s+more)\b"
    r"|\bif\s+you\s+(?:keep|continue|carry\s+on|persist|revert|undo|delete|remove|touch)\b"
    r"|\bnext\s+time\s+you\b|\bunless\s+you\b|\bkeep\s+(?:it|this|that)\s+up\b"
    r"|\b(?:last|final)\s+warning\b|\byou\s+have\s+until\b|\bdo\s+it\s+again\b"
    # de
    r"|\bnoch\s+(?:ein(?:e|en|mal)?|ein\s+einziges\s+mal)\b|\b(?:wenn|falls)\s+du\s+(?:\w+\s+){0,3}?"
    r"(?:weiter|wieder|nochmal|noch\s+einmal|erneut)\b|\bbeim\s+nächsten\s+mal\b|\bsonst\b"
    # fr
    r"|\bencore\s+une?\s+(?:fois|révocation|annulation|suppression)\b|\bsi\s+tu\s+(?:continues|"
    r"recommences|insistes|\w+\s+encore|\w+\s+de\s+nouveau)\b|\bla\s+prochaine\s+fois\b|\bsinon\b"
    # es
    r"|\bsi\s+(?:sigues|vuelves|continúas|continuas|insistes|no\s+paras|no\s+dejas)\b"
    r"|\b(?:una\s+vez\s+más|otra\s+vez|la\s+próxima\s+vez|otra\s+reversión)\b"
    # it
    r"|\bse\s+(?:continui|rimetti|insisti|ci\s+riprovi|lo\s+rifai|\w+\s+ancora|non\s+smetti)\b"
    r"|\b(?:un'altra\s+volta|la\s+prossima\s+volta|ancora\s+una\s+volta|altrimenti)\b"
    # pt
    r"|\bse\s+(?:continuar|continuares|voltar\s+a|voltares\s+a|insistir|insistires)\b"
    r"|\b(?:mais\s+uma\s+(?:vez|reversão|eliminação)|da\s+próxima\s+vez|senão)\b"
    # nl
    r"|\bals\s+(?:je|jij)\s+(?:\w+\s+){0,2}?(?:nog|weer|doorgaat|opnieuw)\b"
    r"|\bnog\s+(?:één|een)\s+(?:keer|revert|verwijdering)\b|\bde\s+volgende\s+keer\b"
    # pl
    r"|\bjeszcze\s+(?:jeden|jedno|jedna|raz)\b|\bjeśli\s+(?:jeszcze|znowu|dalej|nadal)\b"
    r"|\bnastępnym\s+razem\b|\bbo\s+inaczej\b|\bmasz\s+czas\s+do\b"
)
EXPOSURE = (
    r"\b(?:your|ur)\s+(?:[\w'’]+\s+){0,3}?(?:name|surname|identity|address|e-?mail|phone|"
    r"number|employer|boss|manager|hr|company|workplace|family|wife|husband|parents|kids|"
    r"neighbou?rs|clients|customers|colleagues|landlord|photo|face|details|facebook|"
    r"instagram|linkedin|tiktok|twitter|socials|students|patients|children)\b"
    r"|\b(?:full|real|legal)\s+name\b|\bwho\s+you\s+(?:really\s+)?are\b"
    r"|\bwhere\s+you\s+(?:live|work)\b|\bwho\s+(?:sits|is)\s+behind\b"
    r"|\b(?:dein\w*|ihr\w*)\s+(?:\w+\s+){0,2}?(?:name\w*|nachname\w*|klarname\w*|adresse|"
    r"arbeitgeber\w*|chef\w*|frau|mann|familie|nachbarn|kunden|kollegen|foto|gesicht|firma|"
    r"kinder|eltern|arbeit)\b"
    r"|\bvoll(?:en|er|em)?\s+namen?\b|\bwer\s+du\s+(?:wirklich\s+)?bist\b|\bwo\s+du\s+wohnst\b"
    r"|\bklingelschild\b"
    r"|\b(?:ton|ta|tes|vos|votre)\s+(?:\w+\s+){0,2}?(?:nom|prénom|adresse|employeur|patron|"
    r"femme|mari|famille|voisins|clients|collègues|photo|visage|travail|boulot|entreprise|"
    r"enfants|parents)\b|\bnom\s+complet\b"
    r"|\bqui\s+tu\s+es\b|\boù\s+tu\s+(?:habites|vis|travailles)\b"
    r"|\b(?:tu|tus)\s+(?:\w+\s+){0,2}?(?:nombre|apellidos?|dirección|jef[ea]|empresa|mujer|"
    r"marido|familia|vecinos|clientes|compañeros|foto|cara|tienda|trabajo|hijos|padres)\b|\bnombre\s+completo\b"
    r"|\bquién\s+eres\b|\bdónde\s+vives\b"
    r"|\b(?:tuo|tua|tuoi|tue)\s+(?:\w+\s+){0,2}?(?:nome|cognome|indirizzo|capo|moglie|marito|"
    r"famiglia|vicini|clienti|colleghi|foto|faccia|datore|lavoro|azienda|ufficio|figli|"
    r"genitori|scuola)\b|\bnome\s+e\s+cognome\b|\bchi\s+sei\b"
    r"|\bdove\s+(?:abiti|vivi)\b|\bil\s+paese\s+dove\s+vivi\b"
    r"|\b(?:teu|tua|teus|tuas|seu|sua)\s+(?:\w+\s+){0,2}?(?:nome|sobrenome|endereço|morada|"
    r"chefe|patrão|mulher|marido|família|vizinhos|clientes|colegas|foto|cara|cartão|"
    r"trabalho|empresa|filhos|pais)\b"
    r"|\bnome\s+completo\b|\bquem\s+(?:você\s+é|tu\s+és|és)\b|\bonde\s+(?:moras|mora)\b"
    r"|\b(?:je|jouw|uw)\s+(?:\w+\s+){0,2}?(?:naam|achternaam|adres|werkgever|baas|vrouw|man|"
    r"familie|buren|klanten|collega's|foto|gezicht|bedrijf|werk|kinderen|ouders)\b|\bvolledige\s+naam\b"
    r"|\bwie\s+(?:je|jij)\s+(?:echt\s+)?bent\b|\bwaar\s+(?:je|jij)\s+woont\b"
    r"|\b(?:twoj\w*|twój)\s+(?:\w+\s+){0,2}?(?:imi\w+|nazwisk\w*|adres\w*|szef\w*|żon\w*|"
    r"m[eę]ż\w*|rodzin\w*|sąsiad\w*|klient\w*|zdjęci\w*|prac\w*|firm\w*|dzieci|"
    r"rodzic\w*)\b|\bimię\s+i\s+nazwisko\b"
    r"|\bkim\s+(?:naprawdę\s+)?jesteś\b|\bgdzie\s+(?:mieszkasz|można\s+cię\s+spotkać)\b"
)
CONSEQUENCE = (
    r"\b(?:get|gets|receive|receives)\s+(?:a|an|my|the)\s+(?:\w+\s+){0,2}?(?:message|e-?mail|"
    r"letter|call|visit|dossier|screenshots?)\b|\b(?:hear|hears)\s+from\s+me\b"
    r"|\b(?:appears?|show(?:s)?\s+up|lands?|ends?\s+up|goes?\s+(?:up|public|online)|"
    r"find(?:s)?\s+out|learns?)\b|\bwill\s+(?:know|see|read)\b"
    r"|\b(?:erscheint|landet|landen|erfährt|erfahren|erführe|mitbekommt|"
    r"steht\s+(?:dann\s+)?(?:hier|online))\b"
    r"|\b(?:apparaît|apparaîtra|apparaitra|atterrit|saura|sauront|découvrira|voie|voit|"
    r"apprenait|découvrait)\b"
    r"|\b(?:aparece|aparecerá|aparecen|sabrá|sabrán|se\s+enterará|se\s+enterara|se\s+entera|"
    r"se\s+enteren)\b"
    r"|\b(?:compaiono|compare|comparirà|comparisse|apparirà|saprà|sapranno|scoprisse|"
    r"scoprirà|venisse\s+a\s+sapere|lo\s+sapesse)\b"
    r"|\b(?:aparece|aparecerá|vai\s+saber|ficará\s+a\s+saber|soubesse|descobrisse|"
    r"descobrir)\b"
    r"|\b(?:verschijnt|verscheen|verschijnen|komt\s+te\s+staan|weet\s+iedereen|"
    r"erachter\s+komt|te\s+zien\s+krijgt|hoort)\b"
    r"|\b(?:ukaże\s+się|pojawi\s+się|dowie\s+się|dowiedziała|dowiedział)\b"
)
MENACE = (
    r"\bjust\s+saying\b|\byour\s+(?:choice|call|decision)\b|\bthink\s+(?:about\s+it|carefully|"
    r"twice|hard)\b|\b(?:don't|do\s+not)\s+test\s+me\b"
    r"|\bwould\s+be\s+a\s+(?:real\s+)?(?:shame|pity)\b|\bit'?d\s+be\s+a\s+(?:shame|pity)\b"
    r"|\bit\s+would\s+be\s+(?:funny|a\s+shame|interesting)\s+if\b|\bconsider\s+yourself\s+warned\b"
    r"|\bnur\s+so\b|\bdeine\s+entscheidung\b|\bwäre\s+(?:doch\s+)?schade\b|\büberleg\s+(?:es\s+)?dir\b"
    r"|\bà\s+toi\s+de\s+voir\b|\bce\s+serait\s+dommage\b|\bréfléchis\s+bien\b"
    r"|\btú\s+decides\b|\bpiénsalo\b|\bsería\s+una\s+pena\b|\bsería\s+una\s+lástima\b"
    r"|\bdecidi\s+tu\b|\bsarebbe\s+(?:un\s+(?:vero\s+)?peccato|buffo|divertente)\b|\bpensaci\b"
    r"|\bpensa\s+bem\b|\bseria\s+uma\s+pena\b|\ba\s+escolha\s+é\s+(?:tua|sua)\b"
    r"|\bzou\s+(?:toch\s+)?(?:zonde|jammer)\s+zijn\b"
    r"|\bde\s+keuze\s+is\s+aan\s+(?:jou|u)\b|\bdenk\s+er\s+(?:maar\s+)?over\s+na\b"
    r"|\bmasz\s+czas\s+do\b|\bprzemyśl\s+to\b|\bszkoda\s+by\s+było\b|\bbyłoby\s+szkoda\b"
    r"|\btwój\s+wybór\b"
)
