"""Threats to out someone (type `threat`): direct, indirect, conditional and veiled.

A family that already reveals something (the employer, the real name, the street, the IP, the
profile) carries that type too.
"""

from __future__ import annotations

from synth.family import Family

_T = ("threat",)
_TW = ("threat", "workplace")
_TN = ("threat", "name")
_TA = ("threat", "address")
_TP = ("threat", "profile")
_TI = ("threat", "ip_address")
_UT = ("user_talk", "article_talk", "noticeboard")

EN = (
    Family(
        id="en.threat.hr_address_conditional",
        lang="en",
        types=_T,
        kinds=_UT,
        templates=(
            "I already have your company's HR address. One more revert and they get a "
            "[detailed|very detailed|long] message.",
            "[Just so you know,|FYI] I've [found|got] the email for your [HR department|"
            "manager|boss]. [Revert me again|Touch this article again] and [they'll hear all "
            "about it|I send it].",
            "Your employer's complaints address is [sitting|saved] in my drafts. [Your "
            "call.|Keep going and see what happens.|Up to you, {target}.]",
            "[One|1] more [revert|undo|deletion] and [your workplace|your company] [gets|will "
            "get] a [nice|friendly] [letter|email] with [screenshots|all your edits].",
        ),
    ),
    Family(
        id="en.threat.shame_if_employer_found_out",
        lang="en",
        types=_T,
        kinds=_UT,
        templates=(
            "It would be a [shame|pity|real shame] if your employer found out [what you do "
            "here|how you spend your working hours|about all this][.|...|, wouldn't it?]",
            "[Wouldn't|Won't] it be awkward if [your boss|your colleagues|your clients] "
            "[saw|read] [this|your talk page][?|, {target}?]",
            "[I wonder|Makes me wonder] what your [manager|employer] would think of "
            "[these edits|this behaviour]. [Maybe I'll ask.|Might find out soon.]",
            "[Careful|Be careful], {target}. Employers [do|tend to] google their staff[.|, "
            "and I'm happy to help them.]",
        ),
    ),
    Family(
        id="en.threat.employer_named_tell",
        lang="en",
        types=_TW,
        kinds=_UT,
        templates=(
            "I'm sure {employer} would love to [hear|know] what their {job} does on company "
            "time. [Keep reverting|Carry on] and they will.",
            "[Revert|Undo] this again and I'm [emailing|calling|writing to] {employer} "
            "[tomorrow|first thing Monday|today].",
            "How would [your manager|the people] at {employer} feel about [this|your edits]? "
            "[I could ask them.|Let's find out if you keep this up.]",
            "[Last chance|Final chance], {target}: [stop|self-revert] or {employer} [gets|"
            "receives] [a|the full] [dossier|file] on their {job}.",
        ),
    ),
    Family(
        id="en.threat.know_where_you_live",
        lang="en",
        types=_T,
        kinds=("user_talk", "user_page", "article_talk"),
        templates=(
            "I know where you live[.|, {target}.|. Think about that.]",
            "[You should|Better] [remember|keep in mind] that I know where you live[.|, and "
            "where you park.]",
            "[Funny|Interesting] how easy it was to find [out|] where you live. [Sleep "
            "well.|Be seeing you.|]",
            "[We|I] know [who you are and|] where you live[. Stop editing this article.|, so "
            "think twice before reverting.]",
        ),
    ),
    Family(
        id="en.threat.street_known_pity",
        lang="en",
        types=_TA,
        kinds=("user_talk", "user_page"),
        templates=(
            "Nice house on {street}[, {target}|]. Would be a pity if [everyone here|the "
            "whole talk page] knew about it too.",
            "{street}, {town}. [Want me to keep going?|Shall I post the rest?|Keep reverting "
            "and the postcode comes next.]",
            "[Still living|You still live] on {street}? [Because if you revert again, that "
            "goes on ANI.|Stop, or I'll post it.]",
        ),
    ),
    Family(
        id="en.threat.everyone_will_know",
        lang="en",
        types=_T,
        kinds=_UT,
        templates=(
            "Keep it up and everyone will know who you are[.|, {target}.]",
            "[Carry on like this|One more personal attack] and [the whole wiki|everybody on "
            "this page] [will know|finds out] who [you really are|is behind {target}].",
            "[Your anonymity|The anonymity you hide behind] [won't last|ends] if you keep "
            "[doing this|reverting me][.|. Promise.]",
            "[Enjoy|Make the most of] your anonymity while it lasts[.|, {target}.|. Not long "
            "now.]",
        ),
    ),
    Family(
        id="en.threat.post_real_name",
        lang="en",
        types=_T,
        kinds=_UT,
        templates=(
            "I'll post your real name on the talk page[.|, see how you like that.| if you "
            "revert once more.]",
            "[Do that again|Revert me again] and your [real|full] name goes [on ANI|on this "
            "page|in the edit summary].",
            "[I know|I've worked out] your real name[.|, {target}.] [Don't make me post "
            "it.|Next revert, it's public.]",
            "[Should I|Shall I] [tell everyone|post] [your real name|who you are] [here|on "
            "your user page]? [Thought not.|Your move.]",
        ),
    ),
    Family(
        id="en.threat.reveal_named",
        lang="en",
        types=_TN,
        kinds=_UT,
        templates=(
            "[Revert me again|One more revert] and I'll tell everyone [that|] {target} is "
            "{name}.",
            "[How about|What if] I [tell everyone|let the community know|let everyone know] "
            "[that|] "
            "you're {given} {surname}? [Still want to revert?|Thought so.]",
            "[Hello|Hi] {given}. [Yes,|] I know it's you. [Back off|Stop] or "
            "{name} [goes|will be] [on|all over] this page.",
        ),
    ),
    Family(
        id="en.threat.found_documents",
        lang="en",
        types=_T,
        kinds=("user_talk", "article_talk"),
        templates=(
            "I found your thesis with your name on it. [Interesting reading.|Shall I cite "
            "it?|Want me to link it?]",
            "[Found|Dug up] your old [forum posts|wedding photos|school yearbook] [last "
            "night|this weekend]. [Keep reverting and I'll share.|You really should have "
            "used a different username.]",
            "[You|Your account] [reused|used] the same [username|email] on [another "
            "site|an old blog][. Took me ten minutes.|; everything is there.] [Want it "
            "posted?|Your move.]",
        ),
    ),
    Family(
        id="en.threat.tell_family",
        lang="en",
        types=_T,
        kinds=("user_talk",),
        templates=(
            "Maybe your [wife|husband|parents|mum] would like to know what you [get up to|"
            "write] here[.|. I could tell them.]",
            "Does your [family|partner] know about [this account|{target}]? [They "
            "might soon.|Not for long.]",
            "[I'm sure|I bet] your [kids' school|neighbours] would find [your edits|this] "
            "[fascinating|enlightening]. [Don't tempt me.|Keep going.]",
        ),
    ),
    Family(
        id="en.threat.dossier_compiled",
        lang="en",
        types=_T,
        kinds=("user_talk", "article_talk", "noticeboard"),
        templates=(
            "I've [got|kept] [screenshots|a file], your address and where you work. Don't "
            "make me use them.",
            "[Everything|All of it] is [documented|saved]: [name, workplace, photos|your "
            "name, your job, your car]. [Think carefully|Choose wisely] before your next "
            "revert.",
            "[I've|I have] been [keeping notes|compiling a dossier] on you since {year}. "
            "[It's|It is] ready to [publish|go].",
        ),
    ),
    Family(
        id="en.threat.profile_expose",
        lang="en",
        types=_TP,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Your {platform} is {handle}, right? One more revert and I link it [here|on "
            "ANI|on every page you edit].",
            "[Nice|Cute] {platform} [profile|account], {target}: {profile_url}. [Shall I "
            "share it?|Everyone will see it if you keep this up.]",
            "[Stop|Back off] or [I'll post|everyone gets] your {platform} ({handle})[.| and "
            "then the rest.]",
        ),
    ),
    Family(
        id="en.threat.ip_location_hint",
        lang="en",
        types=_TI,
        kinds=("user_talk", "article_talk"),
        templates=(
            "You [logged out and|forgot to log in and] edited from {ip}. [I know which "
            "town that is|That resolves to your ISP], and I can find the rest.",
            "{ip} is you, {target}. [Geolocation|Whois] [narrows it down nicely|is a "
            "wonderful thing]. [Want me to continue?|Keep reverting and I'll post what "
            "else I find.]",
            "[Remember|Don't forget] {ip}? [I do.|So do I.] [Next step is your name.|Who's "
            "next on the list, your street?]",
        ),
    ),
    Family(
        id="en.threat.indirect_people_get_found",
        lang="en",
        types=_T,
        kinds=_UT,
        templates=(
            "[People|Editors] like you [usually|tend to] get [unmasked|outed] eventually. "
            "[It only takes one post on an off-wiki forum.|Just saying.]",
            "[Someone|Somebody] [could|might] [easily|] work out who you are from your "
            "edits[. I'd be careful.|. It wouldn't be me, of course.]",
            "[I'm not saying|Not saying] I'd [dox|out] you. I'm saying [it's|it would be] "
            "[easy|very easy]. [Think about it.|Take that how you like.]",
        ),
    ),
    Family(
        id="en.threat.ultimatum_deadline",
        lang="en",
        types=_T,
        kinds=_UT,
        templates=(
            "You have [24 hours|until Friday|until midnight] to [restore|self-revert] my "
            "edits. After that [your identity is|your real name and employer are] fair game.",
            "[Deadline|Ultimatum]: {date}. [Restore the section|Withdraw the report] or I "
            "[publish|post] who you are.",
            "[By|Before] {date} [the article is back|you apologise], or [your name, job and "
            "phone number|your details] go public.",
        ),
    ),
    Family(
        id="en.threat.offwiki_thread",
        lang="en",
        types=_T,
        kinds=("user_talk", "article_talk", "noticeboard"),
        templates=(
            "I'm [writing|drafting] a [thread|post] about you [on Reddit|for the local "
            "Facebook group|on Wikipediocracy] with [all your details|your full name and "
            "photo]. [Goes up tomorrow.|Revert again and I hit post.]",
            "[Funny what|Amazing what] you can find [when a username|when someone] [is|uses] "
            "the same [everywhere|name on every forum]. [Give me a reason to publish it.|I'll "
            "be posting it off-wiki [if this continues|this weekend].]",
            "[The local paper|A journalist I know] [would love|is keen] to [hear|know] who "
            "{target} really is. [Stop or I call them.|Don't make me.]",
        ),
    ),
    Family(
        id="en.threat.summary_out",
        lang="en",
        types=_T,
        kinds=("summary",),
        templates=(
            "revert me again and I out you",
            "[rv|undo]. next time your [real name|employer] goes in the summary",
            "[restoring|restore] - [touch it again|try it] and [everyone learns who you "
            "are|I post your details]",
        ),
    ),
)

DE = (
    Family(
        id="de.threat.arbeitgeber_informieren",
        lang="de",
        types=_T,
        kinds=_UT,
        templates=(
            "Noch [ein Revert|eine Löschung|so ein Edit] und ich informiere deinen "
            "Arbeitgeber[.|. Die Adresse habe ich schon.]",
            "Die [Mailadresse|Adresse] deiner Personalabteilung [liegt mir vor|habe ich]. "
            "[Überleg dir gut, was du als Nächstes tust.|Mach nur so weiter.]",
            "[Wenn|Falls] du das noch einmal revertierst, [bekommt|erhält] dein Chef "
            "[eine ausführliche Mail|Post von mir][.| mit Screenshots.]",
        ),
    ),
    Family(
        id="de.threat.klarname_auf_disk",
        lang="de",
        types=_T,
        kinds=_UT,
        templates=(
            "Ich kenne deinen Klarnamen[.|, {target}.] Wenn du so weitermachst, steht der "
            "[morgen|bald] hier auf der Disk.",
            "[Mach weiter so|Noch ein PA] und [ganz Wikipedia|jeder hier] weiß, wer hinter "
            "{target} steckt.",
            "[Soll ich|Ich könnte ja mal] [deinen echten Namen|deinen Klarnamen] auf VM "
            "[posten|schreiben][?|. Nur so als Idee.]",
        ),
    ),
    Family(
        id="de.threat.weiss_wo_du_wohnst",
        lang="de",
        types=_T,
        kinds=("user_talk", "user_page", "article_talk"),
        templates=(
            "Ich weiß, wo du wohnst[.|, {target}.|. Denk mal drüber nach.]",
            "[Vergiss nicht|Denk dran], dass ich weiß, wo du wohnst[.| und wo du dein Auto "
            "parkst.]",
            "[Wir|Ich] wissen, wer du bist und wo du wohnst[.|. Lass den Artikel in Ruhe.]",
        ),
    ),
    Family(
        id="de.threat.klarname_genannt",
        lang="de",
        types=_TN,
        kinds=_UT,
        templates=(
            "Soll ich allen erzählen, dass du {name} bist? [Dann revertier ruhig weiter.|"
            "Dachte ich mir.]",
            "Hallo {given}. Ja, ich weiß, dass du das bist. [Hör auf|Lass es], sonst steht "
            "[{name}|dein voller Name] [hier|auf VM].",
            "[Noch ein Revert|Einmal noch] und ich schreibe, dass {target} in Wahrheit "
            "{given} {surname} ist.",
        ),
    ),
    Family(
        id="de.threat.waere_schade_arbeitgeber",
        lang="de",
        types=_TW,
        kinds=_UT,
        templates=(
            "Wäre doch schade, wenn man bei {employer} erfährt, was du hier [so treibst|"
            "während der Arbeitszeit machst].",
            "[Was wohl|Ich frage mich, was] deine Kollegen bei {employer} dazu sagen "
            "[würden|]? [Vielleicht frag ich mal nach.|Kann ich gern herausfinden.]",
            "[Letzte Warnung|Letzte Chance]: [noch ein Edit|noch ein Revert] und {employer} "
            "bekommt [alles|die Screenshots] über dich[.| – inklusive deiner Edits als {job}.]",
        ),
    ),
    Family(
        id="de.threat.screenshots_gesammelt",
        lang="de",
        types=_T,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Ich habe Screenshots, deine Adresse und deinen Arbeitgeber gesammelt. [Zwing "
            "mich nicht, das zu verwenden.|Deine Entscheidung.]",
            "[Alles|Das ganze Material] ist gesichert: [Name, Arbeitsplatz, Fotos|dein "
            "Name, dein Job, dein Auto]. [Überleg dir den nächsten Revert gut.|Dein Zug.]",
            "[Seit {year}|Seit Monaten] führe ich ein Dossier über dich. [Es ist "
            "fertig.|Fehlt nur noch der Klick auf Speichern.]",
        ),
    ),
    Family(
        id="de.threat.zusammenfassung",
        lang="de",
        types=_T,
        kinds=("summary",),
        templates=(
            "revertier nochmal und ich oute dich",
            "[rv|zurückgesetzt] – nächstes Mal steht dein Klarname in der Zusammenfassung",
            "wiederhergestellt. [Noch einmal|Nochmal] und alle wissen, wer du bist",
        ),
    ),
)

FR = (
    Family(
        id="fr.threat.employeur_prevenu",
        lang="fr",
        types=_T,
        kinds=_UT,
        templates=(
            "Encore un revert et je préviens ton employeur[.|. J'ai déjà l'adresse des RH.]",
            "J'ai l'adresse mail de [ton patron|ta hiérarchie|tes RH]. [À ta place, je "
            "réfléchirais avant d'annuler encore.|Continue, pour voir.]",
            "[Si|Au cas où] tu annules [encore|une fois de plus] ma modif, ton employeur "
            "recevra un [long|joli] courrier[.| avec captures d'écran.]",
        ),
    ),
    Family(
        id="fr.threat.sais_ou_tu_habites",
        lang="fr",
        types=_T,
        kinds=("user_talk", "user_page", "article_talk"),
        templates=(
            "Je sais où tu habites[.|, {target}.|. Réfléchis bien.]",
            "[N'oublie pas|Rappelle-toi] que je sais où tu habites[.| et où tu gares ta "
            "voiture.]",
            "On sait qui tu es et où tu [vis|habites][.|. Lâche cet article.]",
        ),
    ),
    Family(
        id="fr.threat.vrai_nom_publie",
        lang="fr",
        types=_T,
        kinds=_UT,
        templates=(
            "Je vais publier ton vrai nom sur la page de discussion[.| si tu continues.]",
            "[Continue comme ça|Encore une attaque] et tout le monde saura qui se cache "
            "derrière {target}.",
            "[Vous voulez que je publie votre [vrai nom|identité]|Tu veux que je donne ton vrai "
            "nom] "
            "sur le BA ? [Non ? Alors on arrête.|Dernier avertissement.]",
            "Profite bien de ton anonymat[,|:] [il ne va pas durer|ça ne durera pas][.|, "
            "crois-moi.]",
        ),
    ),
    Family(
        id="fr.threat.nom_revele",
        lang="fr",
        types=_TN,
        kinds=_UT,
        templates=(
            "Et si je disais à tout le monde que tu es {name} ? [Tu annules encore ?|C'est "
            "bien ce que je pensais.]",
            "Bonjour {given}. Oui, je sais que c'est toi. [Arrête|Laisse tomber], sinon "
            "{name} [apparaît|sera affiché] ici.",
            "[Encore un revert|Une annulation de plus] et j'écris que {target}, c'est "
            "{given} {surname}.",
        ),
    ),
    Family(
        id="fr.threat.dommage_si_employeur",
        lang="fr",
        types=_TW,
        kinds=_UT,
        templates=(
            "Ce serait dommage que {employer} apprenne ce que tu fais ici [pendant tes "
            "heures de travail|au boulot].",
            "Je me demande ce qu'en penseraient tes collègues chez {employer}. [Je pourrais "
            "leur poser la question.|On va peut-être le savoir bientôt.]",
            "Dernière chance : [encore une annulation|encore un revert] et {employer} reçoit "
            "tout le dossier sur toi[.|, {job} modèle.]",
        ),
    ),
    Family(
        id="fr.threat.dossier_constitue",
        lang="fr",
        types=_T,
        kinds=("user_talk", "article_talk"),
        templates=(
            "J'ai des captures, ton adresse et ton lieu de travail. [Ne m'oblige pas à "
            "m'en servir.|À toi de voir.]",
            "Tout est [archivé|sauvegardé] : [nom, boulot, photos|ton nom, ton travail, ta "
            "voiture]. [Réfléchis avant ta prochaine annulation.|À toi de jouer.]",
            "J'ai retrouvé ton [mémoire|ancien blog|vieux compte de forum] avec ton nom "
            "dessus. [Tu veux que je le mette en lien ?|Intéressant, vraiment.]",
        ),
    ),
)

ES = (
    Family(
        id="es.threat.avisar_empresa",
        lang="es",
        types=_T,
        kinds=_UT,
        templates=(
            "Una reversión más y aviso a tu empresa[.|. Ya tengo el correo de recursos "
            "humanos.]",
            "Tengo el correo de [tu jefe|tu empresa|recursos humanos]. [Yo que tú me lo "
            "pensaría antes de revertir.|Tú sigue.]",
            "Si vuelves a deshacer mi edición, tu [jefe|empresa] recibirá un [correo muy "
            "detallado|mensaje] [con capturas|con todo].",
        ),
    ),
    Family(
        id="es.threat.se_donde_vives",
        lang="es",
        types=_T,
        kinds=("user_talk", "user_page", "article_talk"),
        templates=(
            "Sé dónde vives[.|, {target}.|. Piénsalo.]",
            "[No olvides|Recuerda] que sé dónde vives[.| y dónde aparcas.]",
            "Sabemos quién eres y dónde vives[.|. Deja el artículo en paz.]",
        ),
    ),
    Family(
        id="es.threat.publicar_nombre_real",
        lang="es",
        types=_T,
        kinds=_UT,
        templates=(
            "Voy a publicar tu nombre real en la página de discusión[.| si sigues así.]",
            "[Sigue así|Un ataque más] y todo el mundo sabrá quién está detrás de {target}.",
            "¿Quieres que ponga tu [nombre real|identidad] en el TAB? [Pues para ya.|Tú "
            "verás.]",
            "Disfruta del anonimato mientras [dure|puedas][.|, {target}.]",
        ),
    ),
    Family(
        id="es.threat.nombre_revelado",
        lang="es",
        types=_TN,
        kinds=_UT,
        templates=(
            "¿Y si le cuento a todo el mundo que eres {name}? [¿Sigues revirtiendo?|Ya me "
            "parecía.]",
            "Hola, {given}. Sí, sé que eres tú. [Para|Déjalo] o {name} "
            "[aparece|saldrá] aquí.",
            "[Una reversión más|Otra más] y escribo que {target} es en realidad {given} "
            "{surname}.",
        ),
    ),
    Family(
        id="es.threat.seria_una_pena_empresa",
        lang="es",
        types=_TW,
        kinds=_UT,
        templates=(
            "Sería una pena que en {employer} se enteraran de lo que haces aquí [en horario "
            "laboral|durante tu turno].",
            "Me pregunto qué dirían tus compañeros de trabajo ({employer}). [Igual se lo "
            "pregunto.|Lo sabremos pronto.]",
            "Última oportunidad: [otra reversión|un borrado más] y {employer} recibe todo "
            "lo que tengo sobre ti[.|, {job} ejemplar.]",
        ),
    ),
    Family(
        id="es.threat.perfil_social",
        lang="es",
        types=_TP,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Tu {platform} es {handle}, ¿verdad? Una reversión más y lo enlazo [aquí|en el "
            "TAB].",
            "Bonito perfil: {profile_url}. [¿Lo comparto?|Si sigues así, lo verá todo el "
            "mundo.]",
            "[Para ya|Déjalo] o publico tu {platform} ({handle})[.| y lo demás.]",
        ),
    ),
)

IT = (
    Family(
        id="it.threat.avvisare_datore",
        lang="it",
        types=_T,
        kinds=_UT,
        templates=(
            "Ancora un rollback e avviso il tuo datore di lavoro[.|. L'indirizzo dell'ufficio "
            "personale ce l'ho già.]",
            "Ho l'email del tuo [capo|ufficio del personale]. [Io ci penserei prima di "
            "annullare di nuovo.|Continua pure.]",
            "Se annulli ancora la mia modifica, il tuo capo riceverà una [mail dettagliata|"
            "lettera] [con gli screenshot|con tutto].",
        ),
    ),
    Family(
        id="it.threat.so_dove_abiti",
        lang="it",
        types=_T,
        kinds=("user_talk", "user_page", "article_talk"),
        templates=(
            "So dove abiti[.|, {target}.|. Pensaci.]",
            "[Non dimenticare|Ricordati] che so dove abiti[.| e dove parcheggi.]",
            "Sappiamo chi sei e dove vivi[.|. Lascia stare la voce.]",
        ),
    ),
    Family(
        id="it.threat.nome_vero_pubblicato",
        lang="it",
        types=_T,
        kinds=_UT,
        templates=(
            "Pubblico il tuo vero nome in talk[.| se continui così.]",
            "[Continua così|Un altro attacco] e tutti sapranno chi c'è dietro {target}.",
            "Vuoi che scriva il tuo [vero nome|nome e cognome] nelle richieste agli "
            "amministratori? [No? Allora smettila.|Decidi tu.]",
            "Goditi l'anonimato finché dura[.|, {target}.]",
        ),
    ),
    Family(
        id="it.threat.nome_rivelato",
        lang="it",
        types=_TN,
        kinds=_UT,
        templates=(
            "E se dicessi a tutti che sei {name}? [Annulli ancora?|Come pensavo.]",
            "Ciao {given}. Sì, so che sei tu. [Smettila|Lascia perdere] o "
            "{name} [finisce|comparirà] qui.",
            "[Un altro rollback|Ancora uno] e scrivo che {target} è in realtà {given} "
            "{surname}.",
        ),
    ),
    Family(
        id="it.threat.peccato_se_datore",
        lang="it",
        types=_TW,
        kinds=_UT,
        templates=(
            "Sarebbe un peccato se presso {employer} venissero a sapere cosa fai qui [in "
            "orario di lavoro|durante il turno].",
            "Chissà cosa direbbero i tuoi colleghi presso {employer}. [Magari glielo "
            "chiedo.|Lo scopriremo presto.]",
            "Ultima possibilità: [un altro rollback|un'altra cancellazione] e l'ufficio "
            "del personale presso {employer} riceve tutto quello che ho su di te.",
        ),
    ),
    Family(
        id="it.threat.ip_zona",
        lang="it",
        types=_TI,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Hai modificato da sloggato dall'IP {ip}. So [in che città è|qual è il tuo "
            "provider], il resto lo trovo.",
            "{ip} sei tu, {target}. [La geolocalizzazione fa miracoli.|Vuoi che vada "
            "avanti?]",
            "[Ricordi|Ti ricordi] {ip}? Io sì. [Il prossimo passo è il tuo nome.|Continua "
            "e pubblico il resto.]",
        ),
    ),
)

PT = (
    Family(
        id="pt.threat.avisar_empresa",
        lang="pt",
        types=_T,
        kinds=_UT,
        templates=(
            "Mais uma reversão e aviso a tua empresa[.|. Já tenho o email dos recursos "
            "humanos.]",
            "Tenho o email do [teu chefe|seu chefe|RH da sua empresa]. [Eu pensaria bem "
            "antes de reverter de novo.|Continua.]",
            "Se desfizer a minha edição outra vez, o seu chefe recebe uma [mensagem "
            "detalhada|carta] [com capturas de tela|com tudo].",
        ),
    ),
    Family(
        id="pt.threat.sei_onde_mora",
        lang="pt",
        types=_T,
        kinds=("user_talk", "user_page", "article_talk"),
        templates=(
            "Sei onde você mora[.|, {target}.|. Pense nisso.]",
            "[Não te esqueças|Lembra-te] de que eu sei onde moras[.| e onde estacionas o carro.]",
            "Sabemos quem és e onde vives[.|. Deixa o artigo em paz.]",
        ),
    ),
    Family(
        id="pt.threat.nome_verdadeiro",
        lang="pt",
        types=_T,
        kinds=_UT,
        templates=(
            "Vou publicar o seu nome verdadeiro na página de discussão[.| se continuar.]",
            "[Continua assim|Mais um ataque] e toda a gente vai saber quem está por trás de "
            "{target}.",
            "Quer que eu ponha o seu [nome verdadeiro|nome completo] nos pedidos aos "
            "administradores? [Não? Então pare.|Você decide.]",
            "Aproveite o anonimato enquanto dura[.|, {target}.]",
        ),
    ),
    Family(
        id="pt.threat.nome_revelado",
        lang="pt",
        types=_TN,
        kinds=_UT,
        templates=(
            "E se eu contar a todos que você é {name}? [Ainda vai reverter?|Foi o que "
            "pensei.]",
            "Olá, {given}. Sim, sei que é você. [Pare|Desista] ou "
            "{name} [aparece|vai aparecer] aqui.",
            "[Mais uma reversão|Mais uma] e escrevo que {target} é na verdade {given} "
            "{surname}.",
        ),
    ),
    Family(
        id="pt.threat.seria_pena_empresa",
        lang="pt",
        types=_TW,
        kinds=_UT,
        templates=(
            "Seria uma pena se descobrissem lá no trabalho ({employer}) o que você faz aqui "
            "[no horário de expediente|durante o turno].",
            "Fico a pensar o que diriam os teus colegas ({employer}). [Talvez lhes "
            "pergunte.|Vamos saber em breve.]",
            "Última chance: [mais uma reversão|mais uma eliminação] e mando tudo para "
            "{employer}[.|, com prints de tudo o que fazes aqui em horário de trabalho.]",
        ),
    ),
    Family(
        id="pt.threat.dossie_reunido",
        lang="pt",
        types=_T,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Tenho prints, o seu endereço e o seu local de trabalho. [Não me obrigue a "
            "usar.|A escolha é sua.]",
            "Está tudo guardado: [nome, emprego, fotos|o teu nome, o teu trabalho, o teu "
            "carro]. [Pensa bem antes da próxima reversão.|A tua vez.]",
            "Achei a sua [dissertação|tese|conta antiga num fórum] com o seu nome. [Quer "
            "que eu ponha o link aqui?|Leitura interessante.]",
        ),
    ),
)

NL = (
    Family(
        id="nl.threat.werkgever_inlichten",
        lang="nl",
        types=_T,
        kinds=_UT,
        templates=(
            "Nog één revert en ik licht je werkgever in[.|. Het adres van HR heb ik al.]",
            "Ik heb het mailadres van [je baas|je leidinggevende|jullie HR]. [Ik zou maar "
            "even nadenken voor je weer terugdraait.|Ga vooral zo door.]",
            "Als je mijn bewerking nog een keer terugdraait, krijgt je werkgever een "
            "[uitgebreide mail|brief] [met screenshots|met alles erop en eraan].",
        ),
    ),
    Family(
        id="nl.threat.weet_waar_je_woont",
        lang="nl",
        types=_T,
        kinds=("user_talk", "user_page", "article_talk"),
        templates=(
            "Ik weet waar je woont[.|, {target}.|. Denk daar maar eens over na.]",
            "[Vergeet niet|Onthoud] dat ik weet waar je woont[.| en waar je je auto "
            "parkeert.]",
            "We weten wie je bent en waar je woont[.|. Blijf van dat artikel af.]",
        ),
    ),
    Family(
        id="nl.threat.echte_naam_plaatsen",
        lang="nl",
        types=_T,
        kinds=_UT,
        templates=(
            "Ik zet je echte naam op de overlegpagina[.| als je zo doorgaat.]",
            "[Ga zo door|Nog één aanval] en iedereen weet wie er achter {target} zit.",
            "Wil je dat ik je [echte naam|volledige naam] op de verzoekpagina voor "
            "moderatoren zet? [Nee? Stop dan.|Jouw keuze.]",
            "Geniet nog maar even van je anonimiteit[.|, {target}.]",
        ),
    ),
    Family(
        id="nl.threat.naam_onthuld",
        lang="nl",
        types=_TN,
        kinds=_UT,
        templates=(
            "Zal ik iedereen vertellen dat jij {name} bent? [Nog steeds zin om terug te "
            "draaien?|Dacht ik al.]",
            "Hoi {given}. Ja, ik weet dat jij het bent. [Stop|Kap ermee] of "
            "{name} [komt|staat straks] hier.",
            "[Nog één revert|Nog eentje] en ik schrijf dat {target} eigenlijk {given} "
            "{surname} is.",
        ),
    ),
    Family(
        id="nl.threat.zonde_als_werkgever",
        lang="nl",
        types=_TW,
        kinds=_UT,
        templates=(
            "Zou zonde zijn als ze bij {employer} te weten komen wat je hier [onder "
            "werktijd|tijdens je dienst] uitspookt.",
            "Benieuwd wat je collega's bij {employer} hiervan vinden. [Misschien vraag ik "
            "het ze.|Dat horen we snel.]",
            "Laatste kans: [nog één revert|nog één verwijdering] en {employer} krijgt alles "
            "wat ik over jou heb[.|, inclusief wat hun {job} onder werktijd uitvoert.]",
        ),
    ),
    Family(
        id="nl.threat.adres_genoemd",
        lang="nl",
        types=_TA,
        kinds=("user_talk", "user_page"),
        templates=(
            "Mooi huis aan de {street}[, {target}|]. Zou jammer zijn als iedereen hier dat "
            "ook wist.",
            "{street}, {postcode} {town}. [Zal ik verder gaan?|Nog één revert en de rest "
            "volgt.]",
            "Is het nog steeds {street}[, {target}|]? [Als je nog eens terugdraait, staat het op "
            "de "
            "verzoekpagina.|Stop, of ik zet het hier neer.]",
        ),
    ),
)

PL = (
    Family(
        id="pl.threat.powiadomie_pracodawce",
        lang="pl",
        types=_T,
        kinds=_UT,
        templates=(
            "Jeszcze jeden rewert i powiadomię twojego pracodawcę[.|. Adres do kadr już "
            "mam.]",
            "Mam maila [do twojego szefa|do twojej kadrowej|do działu HR]. [Na twoim "
            "miejscu zastanowiłbym się przed kolejnym wycofaniem.|Edytuj dalej, zobaczymy.]",
            "Jeśli jeszcze raz wycofasz moją edycję, twój szef dostanie [szczegółowego "
            "maila|list] [ze zrzutami ekranu|ze wszystkim].",
        ),
    ),
    Family(
        id="pl.threat.wiem_gdzie_mieszkasz",
        lang="pl",
        types=_T,
        kinds=("user_talk", "user_page", "article_talk"),
        templates=(
            "Wiem, gdzie mieszkasz[.|, {target}.|. Pomyśl o tym.]",
            "[Nie zapominaj|Pamiętaj], że wiem, gdzie mieszkasz[.| i gdzie parkujesz.]",
            "Wiemy, kim jesteś i gdzie mieszkasz[.|. Zostaw ten artykuł w spokoju.]",
        ),
    ),
    Family(
        id="pl.threat.ujawnie_nazwisko",
        lang="pl",
        types=_T,
        kinds=_UT,
        templates=(
            "Opublikuję twoje prawdziwe imię i nazwisko w dyskusji[.|, jeśli nie przestaniesz.]",
            "[Tak dalej|Jeszcze jeden atak] i wszyscy się dowiedzą, kto stoi za kontem "
            "{target}.",
            "Chcesz, żebym wpisał twoje [dane|nazwisko] w prośbach do administratorów? [Nie? "
            "To przestań.|Twój wybór.]",
            "Ciesz się anonimowością, póki trwa[.|, {target}.]",
        ),
    ),
    Family(
        id="pl.threat.nazwisko_podane",
        lang="pl",
        types=_TN,
        kinds=_UT,
        templates=(
            "A może powiem wszystkim, że {target} to {name}? [Dalej będziesz rewertować?|"
            "Tak myślałem.]",
            "Cześć, {given}. Tak, wiem, że to ty. [Przestań|Odpuść], bo "
            "„{name}” [pojawi się|trafi] tutaj.",
            "[Jeszcze jeden rewert|Jeszcze raz] i napiszę, że {target} to w rzeczywistości "
            "{given} {surname}.",
        ),
    ),
    Family(
        id="pl.threat.szkoda_gdyby_pracodawca",
        lang="pl",
        types=_TW,
        kinds=_UT,
        templates=(
            "Szkoda by było, gdyby w pracy ({employer}) dowiedzieli się, co tu robisz [w "
            "godzinach pracy|na zmianie].",
            "Ciekawe, co powiedzieliby twoi współpracownicy – {employer}. [Może ich "
            "zapytam.|Niedługo się przekonamy.]",
            "Ostatnia szansa: [jeszcze jeden rewert|jeszcze jedno usunięcie] i wysyłam "
            "wszystko do „{employer}”. Niech wiedzą, czym się zajmujesz w pracy.",
        ),
    ),
    Family(
        id="pl.threat.dossier_zebrane",
        lang="pl",
        types=_T,
        kinds=("user_talk", "article_talk"),
        templates=(
            "Mam zrzuty ekranu, twój adres i miejsce pracy. [Nie zmuszaj mnie, żebym ich "
            "użył.|Wybór należy do ciebie.]",
            "Wszystko zapisane: [imię, praca, zdjęcia|twoje nazwisko, praca, samochód]. "
            "[Przemyśl kolejny rewert.|Twój ruch.]",
            "Znalazłem [twoją pracę magisterską|twoją starą stronę|twoje konto na forum] z twoim "
            "nazwiskiem. [Wrzucić link?|Ciekawa lektura.]",
        ),
    ),
)

FAMILIES: tuple[Family, ...] = EN + DE + FR + ES + IT + PT + NL + PL
