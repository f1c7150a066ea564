"""Round-3 phrasing families in French, Spanish and Italian: new ways of saying it.

Per language, fifteen outing families (two each for workplace, profile, address, name, threat
and birth_date; one each for ip_address, email and id_number) and as many hard negatives that
copy an outing family's surface (a name with a workplace, a profile link, an address, an IP, a
birth date, a threatening tone) but fall under an exemption of the corpus rules.

The outing ones aim at breadth of speech act and page: an aside in a content dispute, a
"concerned" noticeboard report, sockpuppet-evidence bullets, a rename-request objection, a
Commons description, a Wikidata dump, an edit summary, a sarcastic birthday wish, a conditional
threat, a name in lower case or given through a relative, a workplace given by role only, a
handle whose platform is named in other words.

A bracketed external link (`[url label]`) sits inside a wrapper template (`{{nowrap|...}}`)
because the template grammar has no escape for a single `[`.
"""

from __future__ import annotations

from synth.family import Family, negative, outing
from synth.lexicon import LEXICON

_o, _n = outing, negative


def _low(lang: str, key: str) -> str:
    """An alternative group of the language's invented names, in lower case."""
    return "[" + "|".join(n.lower() for n in LEXICON[lang][key]) + "]"


_FR_G, _FR_S = _low("fr", "given"), _low("fr", "surname")
_ES_G, _ES_S = _low("es", "given"), _low("es", "surname")
_IT_G, _IT_S = _low("it", "given"), _low("it", "surname")

# Invented ticket numbers built from slots and alternatives.
_TICKET = "{year}0[3|6|9]1[0|5]10{age}[2|7]{age}"
_TICKET_ID = "{year}0{age}1510{age}"  # inside a {{template}}, where `[a|b]` stays literal

_TALK = ("user_talk", "article_talk")
_BOARD = ("noticeboard", "article_talk", "user_talk")
_ART = ("article", "article_talk")

# ----------------------------------------------------------------------------------- French
_FR_OUT = (
    _o("fr.workplace.role_sans_enseigne", ("article_talk", "user_talk", "deletion"),
       ("workplace",),
       "Pas besoin de chercher bien loin : {target}, c'est [le kiné|l'infirmière|le prof de "
       "gym|la secrétaire] [du club de rugby|de la maison de retraite|du lycée agricole] de "
       "{town}[, celui qui a écrit la moitié de l'article|, d'où la section « Personnel » "
       "si détaillée][.|…]",
       "[Évidemment|Forcément] que {target} défend [cette section|ce paragraphe] : "
       "[il|elle] bosse comme {job} [à la caserne|au dispensaire|à la médiathèque] de "
       "{town}[, ça se voit à chaque diff|].",
       "{target}, tu bosses bien comme {job} [au guichet|dans l'équipe de nuit|au deuxième "
       "étage] à {town} ? [On t'a reconnu|On t'a reconnue] à ta façon d'écrire[ lol|].",
       "Pour le contexte : [le compte|{target}] est tenu par quelqu'un de [l'équipe de nuit "
       "des urgences|l'agence postale|la cantine scolaire] de {town} (poste : {job})[, ce "
       "qui explique le ton promotionnel|][.|]"),
    _o("fr.workplace.pause_dejeuner", ("article_talk", "noticeboard"), ("workplace",),
       "[Curieux|Amusant] que {target} ne [modifie|contribue] jamais qu'entre midi et deux"
       "[… la pause déj|. La pause déjeuner] [dans|pour] {employer}, je [suppose|présume]"
       "[ ?|.]",
       "[Vu les horaires des diffs|À voir l'heure des modifs], {target} [contribue|édite] "
       "depuis son poste [dans|pour] {employer}[ – heureusement que son chef ne lit pas "
       "Wikipédia|, payé pour ça peut-être ?]",
       "[Petite question|Question sérieuse] : [est-ce que|] {employer} [sait|est au "
       "courant] qu'un de ses salariés passe ses après-midi à [réverter|guerroyer sur] "
       "[[{article}]], {target} ?",
       "{target} a encore [modifié|révoqué] pendant ses heures de travail[ (poste de "
       "{job})|] [dans|pour] {employer}. [Pas notre problème, remarquez.|Chacun ses "
       "priorités.]"),
    _o("fr.profile.oiseau_bleu_pseudo", ("user_talk", "article_talk", "spi"), ("profile",),
       "[Même|Exactement le même] pseudo, {handle}, sur [le réseau à l'oiseau bleu|l'appli "
       "de photos carrées|le réseau des CV|la plateforme de vidéos courtes] : c'est "
       "{target}[, même avatar|, même chat en photo|][.|, aucun doute.]",
       "{target} [raconte|poste] [ses|toutes ses] [guerres d'édition|révocations] [en "
       "story|dans des fils] sous le nom {handle}[ ({platform})|][.|, allez voir.]",
       "[Il suffit de|Suffit de] taper {handle} dans [la recherche du réseau pro|"
       "l'appli {platform}] pour tomber sur {target}[, photo et tout|][.|.]"),
    _o("fr.profile.puces_preuves", ("spi", "checkuser", "noticeboard"), ("profile",),
       "Éléments :\n* même [style de résumé|manie des majuscules] que {target}\n* [le "
       "compte|l'auteur] se présente [en ligne|ailleurs] comme {profile_url}\n* "
       "[contributions aux mêmes heures|même article de prédilection]",
       "* {target} ↔ {{nowrap|[{profile_url} profil {platform}]}} : [même photo|même "
       "biographie|même date d'inscription]\n* [Les deux|Ces comptes] [font la promo|"
       "parlent] de [[{article}]]",
       "[Preuve|Indice] n° [2|3|4] : le compte {platform} {handle} [relaie|partage] "
       "chaque modification de {target} [dans l'heure|le jour même][.|, voir les "
       "captures.]"),
    _o("fr.address.signalement_soucieux", ("noticeboard", "article_talk"), ("address",),
       "[Je me permets de signaler|Par souci de transparence, je signale], sans "
       "[malveillance|arrière-pensée], que {target} [habite|réside] {address}, à deux pas "
       "[du siège de l'association|de l'entreprise] qu'[il|elle] [met en avant|promeut] "
       "dans l'article.",
       "[Conflit d'intérêts manifeste|CAOI évident] : {target} [demeure|vit] {street} à "
       "{town}, [juste en face du|à côté du] chantier dont [il|elle] [efface|minimise] les "
       "critiques.",
       "[Je ne veux pas faire de vagues|Sans vouloir faire d'histoires], mais [le "
       "domicile|l'adresse] de {target} ({street}, {postcode} {town}) [figure|est] dans le "
       "périmètre du projet ; [ça explique|ceci explique] [pas mal de choses|ses "
       "révocations]."),
    _o("fr.address.volets_fermes", ("user_talk", "article_talk", "user_page"), ("address",),
       "[Tiens|Dis donc], {target}, [je passe|je suis passé] [devant chez toi|rue de chez "
       "toi] ce matin, {street}[, joli portail vert|, la maison au fond de l'impasse]. [Les "
       "volets étaient fermés|Ta voiture n'était pas là].",
       "[mdr|lol] {target} [qui|il] [donne des leçons|fait la morale] depuis son "
       "[pavillon|appart] du {street}[, à {town}|]",
       "[Salut|Coucou] le voisin du {street} ! [On se croise|On se voit] [à la boulangerie|au "
       "marché] [un de ces jours|samedi], {target} ?"),
    _o("fr.name.par_un_parent", ("user_talk", "article_talk", "deletion"), ("name",),
       "{target}, c'est [le fils|la fille|le neveu|la petite-fille] de {name2}[, l'ancien "
       "garagiste|, la conseillère municipale|, le patron du camping|] ; [normal qu'il|"
       "normal qu'elle] [défende|gonfle] l'article sur la famille.",
       "[Ah mais|Attends,] {target} [c'est|ce serait] pas le [gamin|petit] de {name2} ? "
       "[Celui qui s'appelle {given}|Un certain {given}][, à {town}|] ?",
       "[Le créateur de la page|L'auteur], {target}, est [le gendre|la belle-sœur|le cousin] "
       "du sujet ; [son nom : |en vrai, c'est ]{name}[, d'après le faire-part|, comme le montre "
       "l'avis de décès]."),
    _o("fr.name.objection_renommage", ("rename", "steward"), ("name",),
       "[Contre|Opposé]. Le demandeur [veut surtout|cherche à] effacer le lien entre "
       "{target} et {name}[, qu'il a lui-même cité en 2019| – le nom réel du compte]"
       "[.|, ne soyons pas dupes.]",
       "[Objection|Remarque] : le renommage de {target} en [un pseudo neutre|« "
       "{target}2 »] ne changera rien, tout le monde sait que c'est {given} {surname} de "
       "{town}[.|, voir ses anciens messages.]",
       "Avant d'accepter : {target} = {name}[ (ancien président du club local)| (auteur "
       "de l'article sur sa propre boîte)|]. Le renommer [ne ferait que|reviendrait à] "
       "cacher un CAOI."),
    _o("fr.threat.tout_le_village", ("user_talk", "article_talk", "summary"), ("threat",),
       "Continue [comme ça|à révoquer] et [tout {town}|tout le quartier|ton club] saura qui "
       "se cache derrière « {target} »[.|, crois-moi.]",
       "Ce serait [dommage|bête] que ton [vrai nom|nom de famille] [finisse|se retrouve] "
       "[en haut de cette page|dans le résumé de modif], {target}[, non ?| ?]",
       "[Tu sais quoi|Écoute bien], {target} : un [petit|seul] revert de plus et je [colle|"
       "publie] [ta photo|ton adresse|ton identité] [ici|sur le Bistro]. [À toi de voir.|Je "
       "ne plaisante pas.]"),
    _o("fr.threat.resume_rv_menace", ("summary",), ("threat",),
       "rv {target} – [prochaine fois|la prochaine] je [mets|poste] ton nom en PdD",
       "[annulation|révocation] ; [je sais où tu bosses|je sais qui tu es], {target}, "
       "[arrête|stop]",
       "[Rétablissement|rv] – {target}, ton [employeur|patron] va [adorer|apprécier] tes "
       "contributions[, je lui envoie le lien|]"),
    _o("fr.birth_date.anniv_moqueur", ("user_talk", "article_talk"), ("birth_date",),
       "Joyeux [anniversaire|anniv] {target} ! [Né le {dob}|{age} ans le {dob}], [ça se "
       "fête|c'est un bel âge] – [pas une raison pour réverter tout le monde|toujours aussi "
       "grognon à cet âge-là ?]",
       "[Bon anniv'|Bonne fête], {target}, [on sait que c'est le {dob}|c'est bien le {dob_num}"
       " ?][ 🎂|] [Profite de ta journée au lieu de vandaliser|Fais une pause].",
       "{target}, [{age} ans|presque {age} ans] ([{dob}|{dob_num}]) et [toujours|encore] à "
       "[faire des caprices|bouder] sur les PdD[, sérieux|]…"),
    _o("fr.birth_date.ra_age_reel", ("noticeboard", "checkuser"), ("birth_date",),
       "[Attention|Pour info] les admins : {target} [ment sur son âge|n'a pas l'âge "
       "annoncé] : né[e|] le {dob_num}[, d'après son propre profil ailleurs|, je connais la "
       "famille]. "
       "[Ça change tout pour le CAOI.|À vous de juger.]",
       "Requête aux administrateurs – {target} : [le compte est tenu par|derrière le compte, "
       "il y a] [un ancien élu né|une ancienne élue née] [le {dob}|en {birth_year}][, {age} ans "
       "aujourd'hui|]. [Merci de faire le nécessaire.|Je laisse juger.]",
       "[Le titulaire du compte|{target}] [a|aura] [{age} ans|bientôt {age} ans] (né le "
       "{dob}) ; à cet âge-là, on [pourrait|devrait] arrêter de [jouer au petit chef|se "
       "croire admin]."),
    _o("fr.ip_address.aparte_conflit", ("article_talk", "user_talk"), ("ip_address",),
       "(Et [au passage|d'ailleurs], les modifs de {ip} hier soir, c'était toi aussi, "
       "{target}. [Pas la peine de nier.|On n'est pas aveugles.])",
       "{target}, [tu peux te|vous pouvez vous] connecter [au lieu de|plutôt que de] "
       "[repasser|revenir] en {ip_link} [dès que ça chauffe|quand la discussion tourne "
       "mal][ ?|.]",
       "[Sur le fond|Pour le fond], je [maintiens|garde] ma version. [Sur la forme|Et sinon], "
       "{target} et l'IP {ip}, même combat[ – même box, même obsession|]."),
    _o("fr.email.quatre_verites", ("article_talk", "user_talk", "noticeboard"), ("email",),
       "[Si quelqu'un veut|Pour ceux qui veulent] dire ses quatre vérités à {target} : "
       "{email_obf}[ (trouvé sur son site perso)|].",
       "[Pour info|Info], {target} répond aussi à {email}[, c'est sur son CV en ligne|, "
       "adresse perso][.|, n'hésitez pas.]",
       "{target} [=|c'est] {email}[ – même pseudo que sa boîte mail|, le nom de la boîte "
       "dit tout][.|, démerdez-vous avec ça.]"),
    _o("fr.id_number.pdf_oublie", ("article_talk", "noticeboard", "file"), ("id_number",),
       "[Lol|Génial], {target} a [téléversé|mis en ligne] un PDF avec son {id_word} "
       "dedans : {id_number}[. Bravo la discrétion.|.]",
       "[Scan de|Numérisation de] l'attestation de {target} ; [le|son] {id_word} "
       "({id_number}) est [visible|lisible] en haut à droite.",
       "[Pour prouver|Preuve] que {target} [ment sur son identité|n'est pas qui il dit] : "
       "{id_word} {id_number}[, je l'ai sous les yeux|, relevé sur un document officiel]."),
)

_FR_NEG = (
    _n("fr.neg.self_disclosure.dans_la_vraie_vie", "self_disclosure", ("own_user_page",),
       "== [À propos de moi|Qui suis-je ?] ==\nDans la vraie vie, je suis {job} [dans|pour] "
       "{employer}[ depuis {year}|]. [Je contribue surtout le soir.|Je ne modifie jamais "
       "les articles sur mon employeur.]",
       "Je suis {job} [du côté de|près de] {town} ; [vous me trouverez aussi|je suis aussi] "
       "sur {platform} : {handle}.",
       "[Moi|Mon profil] : {name}, [né le {dob}|{age} ans], {job}. [Retrouvez-moi|Aussi] "
       "sur {{nowrap|[{profile_url} mon compte {platform}]}}."),
    _n("fr.neg.public_figure.dirigeant_poste", "public_figure", _ART,
       "{public_name}, qui dirige {org} depuis {year}, [a annoncé|a présenté] le nouveau "
       "projet [en conseil municipal|à la presse].",
       ":La phrase sur {public_name} (adjoint à la culture de "
       "{town}) est sourcée par [le communiqué officiel|Ouest-France] ; "
       "[c'est une fonction publique|rien de privé là-dedans].",
       "[Le maire de {town}, {public_name}, né|La maire de {town}, {public_name}, née] le "
       "{dob}, est [aussi|par ailleurs] [médecin|professeur agrégé] de profession."),
    _n("fr.neg.public_org.wikidata_mediatheque", "public_org", ("wikidata",),
       "{org}\nadresse (P6375) : {org_address}\nnuméro de téléphone (P1329) : {org_phone}"
       "\nadresse électronique (P968) : {org_email}",
       "{org}\nlocalisation administrative (P131) : {town}\ncourriel (P968) : {org_email}"
       "\nhoraires : [du mardi au samedi|en semaine], {org_phone}",
       ":Le numéro [de l'accueil|du standard] de {org} ({org_phone}) est [affiché sur "
       "la porte|sur le site de la ville] ; [on peut le garder dans l'article|ce n'est "
       "pas une donnée personnelle]."),
    _n("fr.neg.historical.notaire_demeurant", "historical", ("article", "file"),
       "{public_name} (18[41|52|67]–19[12|24|31]), notaire à {town}, demeurant {street}, "
       "[fut élu|devint] maire en 18[88|92].",
       "[Acte de naissance|Registre d'état civil] de {public_name}, né le [3|17|22] "
       "[avril|octobre] 18[59|64] à {town} ; [fils d'un tonnelier|fille d'un cordonnier]"
       "[, archives départementales|].",
       "Maison où vécut [le peintre|l'instituteur] {public_name} de 18[80|95] à sa mort, "
       "{street}, {town}. [Carte postale ancienne.|Photo de 1905.]"),
    _n("fr.neg.fiction.resume_intrigue", "fiction", _ART,
       "Dans [le roman|la série], {name}, [infirmière|comptable|gardien d'immeuble] "
       "[dans|pour] {employer}, découvre que son voisin du {street} [cache un secret|est un "
       "ancien espion].",
       "[Résumé|Synopsis] : {name} [reçoit|trouve] un jour une lettre adressée au {street}, "
       "à {town}[, l'adresse de la maison de son enfance dans le roman|] ; l'intrigue part "
       "de là.",
       ":Le numéro que compose {name} dans l'épisode [3|8] ({phone}) [est fictif|n'existe "
       "pas], [c'est un élément de l'intrigue|on peut le laisser dans le résumé]."),
    _n("fr.neg.photo_credit.service_com", "photo_credit", ("file",),
       "Photo : {name} / service communication de la ville de {town}, {year}.",
       "Crédit : {name}[, photographe du journal municipal|, club photo de {town}]. "
       "[Publié sous licence CC BY-SA 4.0 avec l'accord de l'auteur.|Libre de droits selon "
       "la mairie.]",
       "Inauguration de [la médiathèque|la salle des fêtes] de {town}, {date}. "
       "[Cliché|Photographie] de {name}."),
    _n("fr.neg.vrt.autorisation_recue", "vrt", ("file", "user_talk", "deletion"),
       "{{Permission OTRS|id=" + _TICKET_ID + "}} Autorisation de {name}, [auteur|ayant droit] "
       "de la photo, reçue le {date}.",
       "Bonjour {target}, l'autorisation de {name} est bien arrivée (ticket n° "
       + _TICKET + ") ; [le bandeau peut être retiré|je retire le bandeau].",
       "[Conserver|Conservation] : le permis du photographe ({name}) est archivé sous le "
       "ticket " + _TICKET + "."),
    _n("fr.neg.warning.pas_adresse_autrui", "warning", ("user_talk", "noticeboard",
                                                         "article_talk"),
       "{target}, [merci de ne jamais publier|ne publiez pas|ne publie jamais] "
       "l'adresse [ou le lieu de travail|ou le nom] de quelqu'un, même si on croit la "
       "connaître. "
       "[C'est un motif de blocage.|Voir WP:Vie privée.]",
       "[Rappel|Pour rappel] : [deviner|chercher] [l'employeur|le domicile|l'âge] d'un "
       "contributeur [est interdit|n'a pas sa place ici], même [pour étayer|à l'appui d']"
       "une suspicion de CAOI. [Passez par les masqueurs.|Écrivez aux arbitres.]",
       "[Dernier avertissement|Avertissement] : la prochaine [allusion|insinuation] sur "
       "l'identité réelle de [ton contradicteur|{target}] [vaudra|entraînera] un blocage."),
    _n("fr.neg.removed.numero_retire", "removed", ("summary", "article_talk",
                                                    "noticeboard"),
       "[J'ai retiré|Retiré] le numéro de téléphone qu'[une IP|quelqu'un] avait collé "
       "[ici|dans la section], [masquage demandé|demande de masquage faite].",
       "[rv|Annulation] : [ajout|insertion] de données personnelles sur un tiers[ – "
       "masquage demandé|]",
       "J'ai [enlevé|supprimé] le message précédent qui [donnait|contenait] [l'adresse|"
       "l'employeur] [d'un contributeur|de {target}] ; les versions sont en cours de "
       "masquage."),
    _n("fr.neg.self_disclosure.signature_ip", "self_disclosure", ("article_talk",
                                                                   "deletion"),
       "[Pas de compte|Je n'ai pas de compte], [mais|alors] je signe : {ip} ({date})",
       "[Contributeur sous IP|Simple lecteur] ici ({ip}), [prof d'histoire à la "
       "retraite|passionné de la région] : je pense que le paragraphe [est faux|mérite "
       "une source].",
       "[Avis|Conserver] – [c'est|ici] l'IP {ip_link}, je [contribue|relis] sans compte "
       "[depuis des années|de temps en temps]."),
    _n("fr.neg.example.modele_infobox", "example", ("article_talk", "user_talk"),
       "Exemple [d'utilisation|d'usage] : <code>{{Infobox Personne|nom={name}|naissance="
       "{dob}|profession={job}}}</code> – [données fictives|valeurs inventées].",
       "[Pour tester|En test], [mettez|utilisez] une adresse comme {email} ou un numéro "
       "{phone} : [ces plages sont réservées|ils n'appartiennent à personne].",
       "[Sur la page d'aide|Dans la doc du modèle], l'exemple montre une adresse fictive "
       "({street}, {postcode} {town}) et le pseudo {target} : [rien de réel|tout est "
       "inventé]."),
    _n("fr.neg.business.fiche_commerce", "business", ("article", "wikidata"),
       "Boulangerie {surname}, {org_address}. [Ouverte|Ouvert] du mardi au dimanche, "
       "tél. {org_phone}[, depuis 1962|].",
       "[La quincaillerie|Le garage] {surname} [Frères|et Fils] ({org_address}, "
       "{org_phone}) [est l'un des derniers commerces|reste le plus ancien commerce] du "
       "centre de {town}.",
       "[Cabinet|Étude] {surname} & associés\nadresse : {org_address}\ntéléphone : "
       "{org_phone}\ncourriel : {org_email}"),
    _n("fr.neg.consented.transmis_accord", "consented", ("user_talk", "article_talk"),
       "[Comme convenu|À sa demande], je transmets [l'adresse de contact|le courriel] de "
       "{target} pour l'atelier : {email}[ – il m'a autorisé à la poster ici| (accord "
       "écrit reçu)].",
       "{target} [m'a demandé|souhaite] que je [précise|rappelle] [qu'il|qu'elle] "
       "travaille [dans|pour] {employer}, pour [la transparence|sa déclaration "
       "CAOI] ; [c'est fait avec son accord|il l'a confirmé sur sa PdD].",
       "[Avec l'accord de {target}|{target} ayant donné son accord par écrit], je "
       "[mets|reporte] ici son numéro pour la coordination de l'édit-a-thon : {phone}."),
    _n("fr.neg.no_tie.adresse_batiment", "no_tie", _ART,
       "L'adresse {street} est celle de l'ancienne [gare|poste|école], pas de [la "
       "mairie|l'hôtel de ville] ; [je corrige|à corriger].",
       "[Source ?|Sourcer ?] Le {street}, [ce n'est|c'est] [pas|] le siège du club "
       "[d'après le cadastre|selon la carte IGN].",
       "La plaque au {street} [date de 1898|est celle de l'ancienne école] ; [aucune "
       "idée de qui y habite|ça n'a rien à voir avec un contributeur], c'est juste le "
       "bâtiment."),
    _n("fr.neg.public_figure.elu_naissance", "public_figure", ("article", "wikidata"),
       "{public_name}\ndate de naissance (P569) : {dob}\nfonction (P39) : "
       "[député|sénateur|maire de {town}]\nparti politique (P102) : [divers gauche|divers "
       "droite]",
       "[Le député {public_name} (né le {dob} à {town}) a été réélu|La sénatrice "
       "{public_name} (née le {dob} à {town}) a été réélue] en {year}.",
       ":La date de naissance de {public_name} ({dob}) vient [du site de "
       "l'Assemblée|de sa fiche au Sénat|du Who's Who] ; [pas de souci de vie "
       "privée|élu(e) national(e), c'est public]."),
    _n("fr.neg.warning.menace_sanction", "warning", ("user_talk",),
       "{target}, [je te préviens|dernier avertissement] : [encore une|une autre] guerre "
       "d'édition sur [[{article}]] et je [demande|demanderai] un blocage [au BA|sur "
       "WP:RA][.|, point.]",
       "[Si tu continues, c'est le blocage|Encore un revert et je signale] – {target}, [la "
       "règle des trois révocations|R3R] s'applique à tout le monde.",
       "[Je te le dis calmement|Sans animosité], {target} : si tu [rétablis|remets] "
       "encore [ce passage|cette section] sans source, [je le signale|ce sera une requête "
       "aux administrateurs]."),
)

# ---------------------------------------------------------------------------------- Spanish
_ES_OUT = (
    _o("es.workplace.sin_nombrar_empresa", ("article_talk", "user_talk", "deletion"),
       ("workplace",),
       "No hay que ser muy listo: {target} es [el conserje|la conserje|el de mantenimiento] "
       "del colegio público de {town}[, el de la bata azul|, el que abre por las "
       "mañanas][.|, por eso escribe tanto sobre el colegio.]",
       "Claro que {target} defiende [esa sección|ese párrafo]: trabaja de {job} en el "
       "[centro de salud|polideportivo|mercado municipal] de {town}[, turno de tarde|][.|, "
       "se nota en cada edición.]",
       "¿{target}, tú no eras [el|la] que [atiende la ventanilla|hace las noches] en la "
       "[gasolinera de la entrada|residencia de mayores] de {town}? [Te reconocí por cómo "
       "escribes|Te delata la ortografía][ jaja|].",
       "Para contextualizar: [la cuenta|{target}] la lleva alguien [de la plantilla|del "
       "equipo de cocina|de recepción] del [hotel|hospital comarcal] de {town} (puesto: "
       "{job})[, de ahí el tono publicitario|][.|]"),
    _o("es.workplace.cad_voto_empleado", ("deletion", "article_talk"), ("workplace",),
       "'''[Mantener|A favor de mantener]''' – [qué casualidad que {target} vote|oh, "
       "sorpresa: {target} vota] mantener, siendo {job} en {employer}[.|. Conflicto de "
       "intereses de manual.]",
       "Comentario: {target} [trabaja|curra] en {employer}[, de "
       "{job}|] y [lleva meses inflando|no para de maquillar] este artículo.",
       "[Ojo|Atención] con el voto de {target}: [es empleado|forma parte de la plantilla] "
       "de {employer} desde [hace años|{year}][, lo sé porque coincidimos allí|]."),
    _o("es.profile.red_del_pajarito", ("user_talk", "article_talk", "spi"), ("profile",),
       "El mismo nombre, {handle}, en [la red del pajarito|la app de los bailecitos|la red "
       "de las fotos cuadradas|la red de currículums]: es {target}[, misma foto|, mismo "
       "perro en el avatar|][.|, no hay duda.]",
       "{target} [cuenta|presume de] sus [guerras de ediciones|reversiones] [en hilos|en "
       "stories] como {handle}[ ({platform})|][.|, echadle un ojo.]",
       "Buscad {handle} en [la red profesional|{platform}] y os sale {target} con "
       "[foto|nombre] y todo[.|, así de fácil.]"),
    _o("es.profile.commons_captura", ("file",), ("profile",),
       "Captura de pantalla del perfil de {platform} de {target} ({profile_url}), "
       "[subida como prueba|para la solicitud de verificación][.|]",
       "[Perfil|Cuenta] de {target} fuera de Wikipedia: {{nowrap|[{profile_url} "
       "{handle}]}}[ – misma foto que en su página de usuario|]",
       "Imagen [de la cuenta|del perfil] {handle} ({platform}), [que pertenece a|que es "
       "de] [[Usuario:{target}|{target}]]."),
    _o("es.address.mismo_domicilio_titeres", ("spi", "checkuser", "noticeboard"),
       ("address",),
       "Pruebas:\n* {target} y [la otra cuenta|el títere] [viven|editan] en el mismo "
       "domicilio: {street}, {town}\n* [mismos artículos|mismo estilo de resumen]",
       "[Son hermanos|Es la misma familia]: {target} y [la otra cuenta|su títere] comparten "
       "casa en {address}[, lo sé de primera mano|]. [Pido verificación.|Que lo mire un "
       "checkuser.]",
       "[Sin ánimo de señalar|No quiero señalar a nadie], pero {target} [vive|reside] en "
       "{street} ({postcode} {town}), justo [encima de|al lado de] la empresa del "
       "artículo[.|; eso explica mucho.]"),
    _o("es.address.te_dejo_en_el_buzon", ("user_talk", "article_talk", "user_page"),
       ("address",),
       "{target}, [te dejo|te echo] [el libro|las fuentes impresas] en el buzón de "
       "{street}[, ¿vale?|, que ya sé cuál es][ jaja|]",
       "[Hola|Buenas], vecino de {street}. [Ya nos veremos|Nos cruzamos] [en el "
       "súper|en la panadería] [un día de estos|el sábado], {target}.",
       "[jajaja|xd] {target} dando lecciones [desde su piso|desde el chalé] de "
       "{street}[, en {town}|]"),
    _o("es.name.hijo_de", ("user_talk", "article_talk", "deletion"), ("name",),
       "{target} es [el hijo|la hija|el sobrino|la nieta] de {name2}[, el del "
       "taller|, la concejala|, el dueño del camping|]; normal que [infle|defienda] el "
       "artículo de la familia.",
       "Oye, ¿{target} no es el [chaval|crío] de {name2}? [Se llama {given}, creo|De nombre "
       "{given}][, de {town}|]…",
       "[El creador|El autor] del artículo, {target}, es [yerno|cuñado|primo] del "
       "biografiado; se llama {name}[, sale en la esquela|, lo pone en el libro de "
       "fiestas]."),
    _o("es.name.wikidata_miembro", ("wikidata",), ("name",),
       "[grupo de música local|asociación vecinal] de {town}\nmiembro (P527): {name} "
       "(Usuario:{target} en eswiki)\nfecha de fundación (P571): {year}",
       "{name}\n[descripción|alias] (es): [usuario de Wikipedia|editor de Wikipedia] "
       "{target}[, vecino de {town}|]",
       "alias (es): {target}\n[nombre de pila|nombre] (P735): {given}\n[apellido|apellido "
       "paterno] (P734): {surname}"),
    _o("es.threat.hilo_con_capturas", ("user_talk", "article_talk"), ("threat",),
       "Tengo capturas de todo, {target}. [Cuando tenga un rato|Un día de estos] hago un "
       "hilo con tu nombre y apellidos[ y tu foto|][.|, tú verás.]",
       "Sería una pena que en [tu barrio|tu pueblo|tu empresa] se enteraran de quién está "
       "detrás de «{target}»[, ¿no?|…]",
       "[Mira|Escucha], {target}: una reversión más y [publico|cuelgo] [tu dirección|tu "
       "nombre|dónde trabajas] [aquí mismo|en el Café]. [Tú decides.|No es broma.]"),
    _o("es.threat.resumen_rv", ("summary",), ("threat",),
       "rv {target}, [sigue así|una más] y [publico quién eres|pongo tu nombre en la "
       "discusión]",
       "deshecha la edición de {target}; [sé dónde trabajas|sé quién eres], [para "
       "ya|tú verás]",
       "revierto – {target}, a tu [jefe|empresa] le va a encantar [esto|lo que haces aquí]"
       "[, le paso el enlace|]"),
    _o("es.birth_date.felicidades_sorna", ("user_talk", "article_talk"), ("birth_date",),
       "¡Felicidades, {target}! [Nacido el {dob}|{age} añitos el {dob}], [a ver si "
       "maduras|y sigues con las rabietas][ jaja|].",
       "[Feliz cumple|Felicidades], {target}[, que sabemos que es el {dob}.|: es el "
       "{dob_num}, ¿verdad?] [Tómate el día libre de revertir.|Descansa un poco.]",
       "{target}, [{age} años|casi {age} años] (nacido el [{dob}|{dob_num}]) y [todavía|aún] "
       "con [pataletas|berrinches] en las discusiones…"),
    _o("es.birth_date.misma_fecha_formulario", ("checkuser", "spi", "noticeboard"),
       ("birth_date",),
       "[Dato relevante|Otro indicio]: {target} y [la cuenta sospechosa|el títere] dieron la "
       "misma fecha de nacimiento ({dob}) en [la inscripción al wikiencuentro|el formulario "
       "de la beca].",
       "Tablón: {target} no es quien dice ser[: nació el {dob_num}|, nació en {birth_year}][; "
       "conozco a la familia|]. [Lo digo por el conflicto de intereses.|Juzgad vosotros.]",
       "{target} [tiene|va a cumplir] {age} años (nacido el {dob}); [a esa edad|con esa "
       "edad] [ya podría|debería] dejar de [jugar a ser bibliotecario|creerse "
       "bibliotecario]."),
    _o("es.ip_address.lista_evidencias", ("spi", "checkuser"), ("ip_address",),
       "Evidencias:\n* {ip} – [mismas muletillas|mismas faltas] que {target}\n* edita [justo "
       "después|a los pocos minutos] de cada bloqueo de {target}\n* [mismo artículo|misma "
       "obsesión]",
       "* {target} [≡|=] {ip_link} ([sin iniciar sesión|deslogueado])\n* [horarios "
       "idénticos|mismas páginas]",
       "La IP {ip} [es|corresponde a] {target}[, lo admitió en privado|, el mismo router de "
       "su casa][.|; pido comprobación.]"),
    _o("es.email.correo_del_trabajo", ("user_talk", "article_talk", "noticeboard"),
       ("email",),
       "Le he escrito a {target} a su correo [del trabajo|personal] ({email}) y [ni "
       "caso|no contesta][.|, a ver si aquí sí.]",
       "[Por si alguien quiere|Para quien quiera] [decirle cuatro cosas|quejarse] a {target}: "
       "{email_obf}[, sale en su web|].",
       "{target} [es|=] {email}[ – mismo alias que su correo|, el nombre del buzón lo dice "
       "todo][.|]"),
    _o("es.id_number.comprobar_dni", ("noticeboard", "file", "article_talk"),
       ("id_number",),
       "Para que los bibliotecarios lo comprueben: el {id_word} de {target} es "
       "{id_number}[, lo tengo de un contrato|, sale en un documento que subió][.|]",
       "[Escaneo del|Documento con el] {id_word} de {target} ({id_number}), [subido|"
       "publicado] [por error|sin tachar][.|]",
       "[Jaja|Genial], {target} se dejó su {id_word} en un PDF: {id_number}. [Qué "
       "discreción.|Ahí lo tenéis.]"),
)

_ES_NEG = (
    _n("es.neg.self_disclosure.en_la_vida_real", "self_disclosure", ("own_user_page",),
       "== [Sobre mí|¿Quién soy?] ==\nEn la vida real soy {job} en {employer}[ desde "
       "{year}|]. [Edito sobre todo por las noches.|No toco artículos de mi empresa.]",
       "Soy {job} [cerca de|por la zona de] {town}; también estoy en {platform} como "
       "{handle}.",
       "Me llamo {name}, [nací el {dob}|tengo {age} años] y trabajo de {job}. [Me podéis "
       "encontrar|También estoy] en {{nowrap|[{profile_url} mi perfil de {platform}]}}."),
    _n("es.neg.public_figure.directora_cargo", "public_figure", _ART,
       "{public_name}, que dirige {org} desde {year}, [presentó|anunció] "
       "[la nueva exposición|el proyecto] [ante la prensa|en el pleno].",
       ":La frase sobre {public_name} (concejal de cultura de {town}) "
       "está sacada de [la nota de prensa oficial|El País]; [es un cargo público|no hay "
       "nada privado].",
       "[El alcalde de {town}, {public_name}, nacido|La alcaldesa de {town}, {public_name}, "
       "nacida] el {dob}, es "
       "[médico|profesora de instituto] de profesión."),
    _n("es.neg.public_org.contacto_biblioteca", "public_org", ("wikidata", "article"),
       "{org}\ndirección (P6375): {org_address}\nteléfono (P1329): {org_phone}\ncorreo "
       "electrónico (P968): {org_email}",
       "{org} [atiende|abre] de lunes a viernes en {org_address}; [consultas|reservas] en el "
       "{org_phone} o en {org_email}.",
       ":El teléfono [de información|de la centralita] de {org} ({org_phone}) [sale "
       "en la puerta|está en la web municipal]; [puede quedarse|no es un dato "
       "personal]."),
    _n("es.neg.historical.boticario_padron", "historical", ("article", "file"),
       "{public_name} (18[41|52|67]–19[12|24|31]), boticario de {town}, [vivía|residía] "
       "en {street} según el padrón de 18[88|95].",
       "Partida de nacimiento de {public_name}, nacido el [3|17|22] de [abril|octubre] de "
       "18[59|64] en {town}; [hijo de un tonelero|hija de un zapatero][, archivo "
       "municipal|].",
       "Casa donde vivió [el pintor|la maestra] {public_name} entre 18[80|95] y su muerte, "
       "{street}, {town}. [Postal antigua.|Foto de 1905.]"),
    _n("es.neg.fiction.novela_trama", "fiction", _ART,
       "En la novela, {name}, [enfermera|contable|portero] en {employer}, descubre que su "
       "vecino de {street} [esconde algo|fue espía].",
       "[Argumento|Sinopsis]: {name} recibe una carta dirigida a {street}, en {town}[, la "
       "casa de su infancia en la novela|], y a partir de ahí arranca la trama.",
       ":El número que marca {name} en el capítulo [3|8] ({phone}) [es inventado|no "
       "existe]; [forma parte del argumento|puede quedarse en la sinopsis]."),
    _n("es.neg.photo_credit.gabinete_prensa", "photo_credit", ("file",),
       "Foto: {name} / gabinete de prensa del Ayuntamiento de {town}, {year}.",
       "Autor de la fotografía: {name}[, fotógrafo del periódico local|, club de fotografía "
       "de {town}]. [Publicada con licencia CC BY-SA 4.0 con su permiso.|Cedida por el "
       "ayuntamiento.]",
       "Inauguración [de la biblioteca|del centro cívico] de {town}, {date}. Fotografía de "
       "{name}."),
    _n("es.neg.vrt.permiso_recibido", "vrt", ("file", "user_talk", "deletion"),
       "{{Permiso VRT|id=" + _TICKET_ID + "}} Permiso de {name}, [autor|titular de los "
       "derechos] de la foto, recibido el {date}.",
       "Hola, {target}: ya ha llegado el permiso de {name} (tique n.º " + _TICKET + "); "
       "[puedes quitar la plantilla|retiro la plantilla].",
       "'''Mantener''': el permiso del fotógrafo ({name}) está archivado en el tique "
       + _TICKET + "."),
    _n("es.neg.warning.no_publiques_datos", "warning", ("user_talk", "noticeboard",
                                                         "article_talk"),
       "{target}, [no publiques nunca|por favor, no publiques] la dirección, el DNI ni el "
       "trabajo de nadie, aunque creas saberlos. [Es motivo de bloqueo.|Mira WP:PRIVACIDAD.]",
       "Recordatorio: [adivinar|investigar] [la empresa|el domicilio|la edad] de otro "
       "editor no está permitido, ni siquiera para [probar|argumentar] un conflicto de "
       "intereses. [Escribid a los supresores.|Usad el correo de los bibliotecarios.]",
       "[Último aviso|Aviso]: la próxima [insinuación|alusión] sobre la identidad real de "
       "[{target}|tu oponente] [acabará en|supondrá un] bloqueo."),
    _n("es.neg.removed.correo_retirado", "removed", ("summary", "article_talk",
                                                      "noticeboard"),
       "[He retirado|Retirado] el correo electrónico que [una IP|alguien] había pegado "
       "[aquí|en la sección]; [pedida la supresión|ya he avisado a los supresores].",
       "[rv|Deshecho]: [datos personales|información privada] de un tercero[ – pedida "
       "ocultación|]",
       "He [quitado|borrado] el mensaje anterior, que [daba|contenía] [la dirección|el "
       "trabajo] [de otro editor|de {target}]; las versiones se están ocultando."),
    _n("es.neg.self_disclosure.firma_ip", "self_disclosure", ("article_talk", "deletion"),
       "[No tengo cuenta|Sin cuenta], así que firmo con mi IP: {ip} ({date})",
       "[Usuario anónimo|Lector habitual] ({ip}), [maestro jubilado|aficionado a la "
       "historia local]: creo que [la sección|el párrafo] [está mal|necesita fuentes].",
       "'''Mantener''' – [soy|aquí] la IP {ip_link}, edito sin cuenta [desde hace "
       "años|de vez en cuando]."),
    _n("es.neg.example.documentacion_ficha", "example", ("article_talk", "user_talk"),
       "Ejemplo de uso: <code>{{Ficha de persona|nombre={name}|nacimiento={dob}|ocupación="
       "{job}}}</code> – [datos ficticios|valores inventados].",
       "Para probar el filtro, [usad|poned] un correo como {email} o un teléfono como "
       "{phone}: [son rangos reservados|no son de nadie].",
       "[En la página de ayuda|En la documentación de la plantilla], el ejemplo usa una "
       "dirección inventada ({street}, {postcode} {town}) y el usuario {target}: "
       "[nada es real|todo es ficticio]."),
    _n("es.neg.business.ferreteria_anuncio", "business", ("article", "wikidata"),
       "Ferretería {surname}, {org_address}. Abierta de lunes a sábado, tel. "
       "{org_phone}[, desde 1958|].",
       "[El bar|La librería] {surname} ({org_address}, {org_phone}) es [uno de los "
       "comercios más antiguos|el comercio más antiguo] del casco viejo de {town}.",
       "[Gestoría|Despacho] {surname} y Asociados\ndirección: {org_address}\nteléfono: "
       "{org_phone}\ncorreo: {org_email}"),
    _n("es.neg.consented.con_su_permiso", "consented", ("user_talk", "article_talk"),
       "[Como quedamos|A petición suya], paso el correo de {target} para el taller: {email}"
       "[ – me dio permiso para ponerlo aquí| (autorización por escrito)].",
       "{target} me pide que aclare que trabaja en {employer}, por [transparencia|su "
       "declaración de conflicto de intereses]; [lo hago con su permiso|lo confirmó en su "
       "discusión].",
       "[Con el permiso de {target}|{target} me autorizó por escrito], dejo aquí su "
       "teléfono para coordinar el editatón: {phone}."),
    _n("es.neg.no_tie.rango_instituto", "no_tie", ("noticeboard", "article_talk"),
       "El rango {ip}/24 es [de un instituto|de una biblioteca pública] de {town}; "
       "[bloqueo de seis meses|bloqueo suave] por vandalismo [reiterado|continuo].",
       "La dirección {street} es la del antiguo [cuartel|matadero|mercado], no la del "
       "ayuntamiento[; lo corrijo|, según el catastro].",
       "La placa de {street} [es de 1898|corresponde a la antigua escuela]; [no tiene "
       "nada que ver con ningún editor|es solo el edificio]."),
    _n("es.neg.public_figure.diputada_wikidata", "public_figure", ("wikidata", "article"),
       "{public_name}\nfecha de nacimiento (P569): {dob}\ncargo (P39): [diputado|senadora|"
       "alcalde de {town}]\npartido político (P102): [independiente|agrupación local]",
       "[El diputado {public_name} (nacido el {dob} en {town}) fue reelegido|La senadora "
       "{public_name} (nacida el {dob} en {town}) fue reelegida] en {year}.",
       ":La fecha de nacimiento de {public_name} ({dob}) viene [de la web del "
       "Congreso|de su ficha del Senado]; [es un cargo electo|no hay problema de "
       "privacidad]."),
    _n("es.neg.warning.aviso_bloqueo", "warning", ("user_talk",),
       "{target}, [te aviso|último aviso]: otra guerra de ediciones en [[{article}]] y "
       "[pido|pediré] un bloqueo en el Tablón de anuncios de los bibliotecarios[.|, sin más.]",
       "[Si sigues, te bloquean|Una reversión más y lo llevo al tablón] – {target}, la "
       "regla de las tres reversiones vale para todos.",
       "[Te lo digo con calma|Sin acritud], {target}: si vuelves a [poner|restaurar] "
       "[ese párrafo|esa sección] sin fuentes, [lo llevo al tablón|pediré que "
       "intervenga un bibliotecario]."),
)

# ---------------------------------------------------------------------------------- Italian
_IT_OUT = (
    _o("it.workplace.ruolo_senza_ditta", ("article_talk", "user_talk", "deletion"),
       ("workplace",),
       "Non serve Sherlock Holmes: {target} è [il bidello|il tecnico|il custode] della "
       "scuola media di {town}[, quello con il motorino rosso|, quello del turno del "
       "pomeriggio][.|, per questo la voce sulla scuola è così dettagliata.]",
       "Ovvio che {target} difenda [quella sezione|quel paragrafo]: lavora come {job} al "
       "[pronto soccorso|centro sportivo|mercato coperto] di {town}[, turno di notte|][.|, "
       "si vede da ogni modifica.]",
       "{target}, ma non eri tu [quello|quella] che [sta allo sportello|fa le notti] "
       "[alla stazione di servizio|alla casa di riposo] di {town}? [Ti ho riconosciuto "
       "dallo stile|Ti tradisce la punteggiatura][ ahah|].",
       "Per inquadrare la cosa: l'utenza [{target}|] è gestita da qualcuno [del personale|"
       "della cucina|della reception] dell'[albergo|ospedale] di {town} (mansione: "
       "{job})[, da qui il tono promozionale|][.|]"),
    _o("it.workplace.pdc_voto_dipendente", ("deletion", "article_talk"), ("workplace",),
       "{{Mantenere}} – [che combinazione:|guarda caso,] {target} vota mantenere, lavorando "
       "come {job} presso {employer}[.|. Conflitto d'interessi da manuale.]",
       "Commento: {target} [lavora|è assunto] presso {employer}[, come "
       "{job}|] e [da mesi|continuamente] [gonfia|abbellisce] questa voce.",
       "[Occhio|Attenzione] al voto di {target}: lavora presso {employer} "
       "[da anni|dal {year}][, lo so perché ci siamo lavorati insieme|][.|]"),
    _o("it.profile.social_giro_di_parole", ("user_talk", "article_talk", "spi"),
       ("profile",),
       "Stesso nick, {handle}, sul [social dell'uccellino|social delle foto|social dei "
       "curriculum|social dei balletti]: è {target}[, stessa foto|, stesso gatto "
       "nell'avatar|][.|, non ci sono dubbi.]",
       "{target} [racconta le sue guerre di modifiche|si vanta dei suoi annullamenti] "
       "[nelle storie|nei thread] come {handle}[ ({platform})|][.|, andate a vedere.]",
       "Cercate {handle} su [quel social professionale|{platform}] e vi esce {target} con "
       "[foto|nome] e tutto[.|, facile facile.]"),
    _o("it.profile.link_rda", ("noticeboard", "spi", "checkuser"), ("profile",),
       "Richiesta agli amministratori: {target} [promuove|pubblicizza] la propria attività; "
       "{{nowrap|[{profile_url} qui]}} il suo profilo {platform}[, stessa foto della pagina "
       "utente|].",
       "Prove:\n* {target} ↔ {profile_url}\n* [stessa biografia|stessa data di "
       "iscrizione|stesse foto]\n* [entrambi|le due utenze] [spingono|citano] [[{article}]]",
       "[Elemento|Indizio] n. [2|3|4]: l'account {platform} {handle} [rilancia|condivide] "
       "ogni modifica di {target} [entro un'ora|in giornata][.|, vedi screenshot.]"),
    _o("it.address.descrizione_commons", ("file",), ("address",),
       "Casa [dell'utente|di] {target} (Wikipedia in italiano), {address}[, vista dalla "
       "strada|, lato giardino].",
       "[Ingresso|Portone] di {street}, {town}: [ci abita|è dove abita] "
       "[[Utente:{target}|{target}]][.|, per chi se lo chiedesse.]",
       "{street} ({town}) – [il condominio|la villetta] di {target}[, terzo piano|, quella "
       "col cancello verde][.|]"),
    _o("it.address.battuta_bilocale", ("user_talk", "article_talk", "user_page"),
       ("address",),
       "[ahahah|lol] {target} che fa la morale dal [suo bilocale|suo attico] in {street}"
       "[, a {town}|]",
       "[Ciao|Ehi] vicino di {street}! [Ci vediamo|Ci si incrocia] [al bar|al mercato] "
       "[uno di questi giorni|sabato], {target}?",
       "{target}, [ti lascio|ti metto] [il libro|le fonti cartacee] nella cassetta della "
       "posta in {street}[, tanto so qual è|][ ;)|]"),
    _o("it.name.cognome_minuscolo", ("user_talk", "article_talk", "noticeboard"),
       ("name",),
       f"ma {{target}} non è [il figlio|la figlia|il nipote] della famiglia {_IT_S} di {{town}}? "
       "[quelli del bar in piazza|quelli della ferramenta][, lo sanno tutti|]",
       f"{{target}} = {_IT_G} {_IT_S}[, quello del circolo|, quella della parrocchia|], "
       "[fidatevi|ve lo dico io]",
       f"di nuovo {_IT_S}. {{target}} è [il più piccolo|la più grande] di casa {_IT_S} "
       "[del condominio|della frazione][, ovvio|]"),
    _o("it.name.oggetto_annullo", ("summary",), ("name",),
       "annullo; {target} alias {name}, [smettila|basta così]",
       "ripristino – sempre {given} {surname} (= {target})[ sloggato|]",
       "rb {target} ([ossia|cioè] {name}[ di {town}|])"),
    _o("it.threat.consiglio_cortese", ("user_talk", "article_talk"),
       ("threat", "workplace"),
       "Le consiglio di riflettere, {target}: non vorrei che i suoi colleghi presso "
       "{employer} [leggessero|venissero a sapere di] [queste discussioni|quello che scrive "
       "qui].",
       "Sarebbe spiacevole se [in ufficio|al lavoro], presso {employer}, [qualcuno|il suo "
       "responsabile] ricevesse il link alle sue modifiche, {target}[.|, non trova?]",
       "{target}, [lavora|so che lavora] presso {employer}. [Continui pure ad "
       "annullare|Un altro annullamento] e [vedremo|ne parlo] con [il suo capo|la "
       "direzione]."),
    _o("it.threat.so_chi_sei", ("user_talk", "article_talk", "summary"), ("threat",),
       "So benissimo chi sei, {target}. Vuoi che lo scriva qui[, nome e cognome|]?",
       "[Continua così|Un altro rb] e tutta {town} [saprà|scoprirà] chi si nasconde dietro "
       "«{target}»[.|, fidati.]",
       "[Ascolta|Senti], {target}: ho [salvato|conservato] [tutto|ogni screenshot]. [Quando "
       "ho tempo|Prima o poi] [pubblico|metto online] [la tua foto|il tuo indirizzo|chi "
       "sei][.|. Vedi tu.]"),
    _o("it.birth_date.auguri_ironici", ("user_talk", "article_talk"), ("birth_date",),
       "Tanti auguri, {target}! [Nato il {dob}|{age} anni il {dob}], [sarebbe ora di "
       "crescere|e ancora con i capricci][ :)|].",
       "[Buon compleanno|Auguri], {target}[, che lo sappiamo che è il {dob}.|: è il "
       "{dob_num}, giusto?] [Prenditi un giorno libero dagli annullamenti.|Riposati un po'.]",
       "{target}, [{age} anni|quasi {age} anni] (nato il [{dob}|{dob_num}]) e [ancora|"
       "sempre] a fare [scenate|ripicche] nelle discussioni…"),
    _o("it.birth_date.pdc_compagno_classe", ("deletion", "noticeboard"), ("birth_date",),
       "{{Cancellare}} – voce autobiografica: {target} è nato il {dob} a {town}[, lo so "
       "perché eravamo in classe insieme|, me l'ha detto suo fratello].",
       "[Per gli admin|Segnalo]: {target} non è chi dice di essere, [è nato il {dob_num}|è "
       "classe {birth_year}][; conosco la famiglia|]. [Lo dico per il conflitto "
       "d'interessi.|Valutate voi.]",
       "{target} [ha|compie a breve] {age} anni (nato il {dob}); [alla sua età|a quell'età] "
       "potrebbe smettere di [giocare a fare|credersi] l'amministratore."),
    _o("it.ip_address.oggetto_sloggato", ("summary", "article_talk"), ("ip_address",),
       "annullo {ip}, [cioè|ossia] {target} sloggato",
       "rb: {ip} [=|è] {target}[ che evade il blocco| senza login]",
       "(e comunque le modifiche di {ip_link} ieri sera erano tue, {target}[. Inutile "
       "negare.|])"),
    _o("it.email.scritto_in_privato", ("user_talk", "article_talk", "noticeboard"),
       ("email",),
       "Ho scritto a {target} all'indirizzo [del lavoro|personale] ({email}) e [niente|"
       "nessuna risposta][.|, vediamo se qui risponde.]",
       "[Se qualcuno vuole dirne quattro a|Per chi vuole lamentarsi con] {target}: "
       "{email_obf}[, c'è sul suo sito|].",
       "{target} [è|=] {email}[ – stesso nick della casella|, il nome della casella parla "
       "chiaro][.|]"),
    _o("it.id_number.codice_commons", ("file", "noticeboard", "article_talk"),
       ("id_number",),
       "[Scansione|Foto] [della tessera|del documento] di {target}: {id_word} "
       "{id_number}[, caricato come prova|].",
       "Per gli amministratori: il {id_word} di {target} è {id_number}[, l'ho "
       "visto su un contratto|, compare in un PDF che ha caricato][.|]",
       "[Ahah|Bravo], {target} ha lasciato un documento in un PDF: {id_word} {id_number}. "
       "[Complimenti per la discrezione.|Eccolo qui.]"),
)

_IT_NEG = (
    _n("it.neg.self_disclosure.nella_vita", "self_disclosure", ("own_user_page",),
       "== [Chi sono|Su di me] ==\nDi mestiere: {job}, presso {employer}[ dal "
       "{year}|]. [Contribuisco soprattutto la sera.|Non modifico voci sul mio datore di "
       "lavoro.]",
       "Lavoro come {job} [dalle parti di|vicino a] {town}; mi trovate anche su {platform} "
       "come {handle}.",
       "Mi chiamo {name}, [sono nato il {dob}|ho {age} anni] e lavoro come {job}. [Mi "
       "trovate|Sono anche] su {{nowrap|[{profile_url} il mio profilo {platform}]}}."),
    _n("it.neg.public_figure.direttore_incarico", "public_figure", _ART,
       "{public_name}, che guida {org} dal {year}, ha [presentato|annunciato] "
       "[la nuova mostra|il progetto] [alla stampa|in consiglio comunale].",
       ":La frase su {public_name} ([assessore|assessora] alla cultura di "
       "{town}) viene dal [comunicato ufficiale|Corriere]; [è un incarico pubblico|niente di "
       "privato].",
       "Il sindaco di {town}, {public_name}, [nato|nata] il {dob}, è [medico|insegnante di "
       "liceo] di professione."),
    _n("it.neg.public_org.contatti_biblioteca", "public_org", ("wikidata", "article"),
       "{org}\nindirizzo (P6375): {org_address}\ntelefono (P1329): {org_phone}\nposta "
       "elettronica (P968): {org_email}",
       "{org} – orari: dal lunedì al venerdì, {org_address}; [informazioni|prenotazioni] "
       "al {org_phone} o a {org_email}.",
       ":Il numero [del centralino|dell'ufficio informazioni] ({org_phone}) [è sulla "
       "porta|è sul sito del Comune]; [può restare nella voce|non è un dato "
       "personale]."),
    _n("it.neg.historical.speziale_catasto", "historical", ("article", "file"),
       "{public_name} (18[41|52|67]–19[12|24|31]), speziale a {town}, [abitava|risiedeva] "
       "in {street} secondo il censimento del 18[81|91].",
       "Atto di nascita di {public_name}, nato il [3|17|22] [aprile|ottobre] 18[59|64] a "
       "{town}; [figlio di un bottaio|figlia di un calzolaio][, archivio parrocchiale|].",
       "Casa dove visse [il pittore|la maestra] {public_name} dal 18[80|95] alla morte, "
       "{street}, {town}. [Cartolina d'epoca.|Foto del 1905.]"),
    _n("it.neg.fiction.romanzo_trama", "fiction", _ART,
       "Nel romanzo, {name}, [infermiera|commercialista|portinaio] presso {employer}, "
       "scopre che il vicino di {street} [nasconde un segreto|era una spia].",
       "[Trama|Sinossi]: {name} riceve una lettera indirizzata a {street}, {town}[, la "
       "casa d'infanzia nel romanzo|], e da lì parte la storia.",
       ":Il numero che compone {name} nell'episodio [3|8] ({phone}) [è inventato|non "
       "esiste]; [fa parte della trama|può restare nella sinossi]."),
    _n("it.neg.photo_credit.ufficio_stampa", "photo_credit", ("file",),
       "Foto: {name} / ufficio stampa del Comune di {town}, {year}.",
       "Autore della foto: {name}[, fotografo del giornale locale|, circolo fotografico di "
       "{town}]. [Pubblicata in CC BY-SA 4.0 con il suo consenso.|Concessa dal Comune.]",
       "Inaugurazione [della biblioteca|del centro civico] di {town}, {date}. Fotografia di "
       "{name}."),
    _n("it.neg.vrt.permesso_arrivato", "vrt", ("file", "user_talk", "deletion"),
       "{{Permesso VRT|id=" + _TICKET_ID + "}} Permesso di {name}, [autore|titolare dei "
       "diritti] della foto, ricevuto il {date}.",
       "Ciao {target}, è arrivato il permesso di {name} (ticket n. " + _TICKET + "); "
       "[puoi togliere l'avviso|tolgo l'avviso].",
       "{{Mantenere}}: il permesso del fotografo ({name}) è archiviato nel ticket "
       + _TICKET + "."),
    _n("it.neg.warning.non_pubblicare_dati", "warning", ("user_talk", "noticeboard",
                                                          "article_talk"),
       "{target}, [non pubblicare mai|per favore non pubblicare] l'indirizzo, il codice "
       "fiscale o il posto di lavoro di qualcuno, anche se credi di saperli. [È motivo di "
       "blocco.|Vedi WP:Privacy.]",
       "Promemoria: [indovinare|cercare] [il datore di lavoro|l'indirizzo|l'età] di un altro "
       "utente non è ammesso, neanche per [dimostrare|sostenere] un conflitto d'interessi. "
       "[Scrivete agli oversight.|Usate la mail degli amministratori.]",
       "[Ultimo avviso|Avviso]: la prossima [allusione|insinuazione] sull'identità reale di "
       "[{target}|chi ti contesta] [porterà a|comporterà] un blocco."),
    _n("it.neg.removed.indirizzo_rimosso", "removed", ("summary", "article_talk",
                                                        "noticeboard"),
       "[Ho rimosso|Rimosso] l'indirizzo che [un IP|qualcuno] aveva incollato [qui|nella "
       "sezione]; [chiesto l'oscuramento|ho avvisato gli oversight].",
       "[rb|Annullata]: dati personali di terzi[ – chiesto oscuramento|]",
       "Ho [tolto|cancellato] il messaggio precedente, che [riportava|conteneva] [il "
       "nome|il posto di lavoro] [di un utente|di {target}]; le versioni sono in "
       "oscuramento."),
    _n("it.neg.self_disclosure.firma_ip", "self_disclosure", ("article_talk", "deletion"),
       "[Non ho un'utenza|Senza account], quindi firmo con l'IP: {ip} ({date})",
       "[Utente anonimo|Lettore abituale] ({ip}), [maestro in pensione|appassionato di "
       "storia locale]: secondo me [il paragrafo|il capoverso] [è sbagliato|va fontato].",
       "{{Mantenere}} – [sono|qui] l'IP {ip_link}, contribuisco senza registrarmi [da "
       "anni|ogni tanto]."),
    _n("it.neg.example.manuale_template", "example", ("article_talk", "user_talk"),
       "Esempio d'uso: <code>{{Bio|Nome={given}|Cognome={surname}|GiornoMeseNascita="
       "{dob}|Attività={job}}}</code> – [dati inventati|valori fittizi].",
       "Per provare il filtro usate una mail tipo {email} o un numero come {phone}: [sono "
       "intervalli riservati|non appartengono a nessuno].",
       "[Nella pagina di aiuto|Nel manuale del template], l'esempio usa un indirizzo "
       "inventato ({street}, {postcode} {town}) e l'utente {target}: [niente di "
       "reale|tutto fittizio]."),
    _n("it.neg.business.negozio_storico", "business", ("article", "wikidata"),
       "Ferramenta {surname}, {org_address}. Aperta dal lunedì al sabato, tel. "
       "{org_phone}[, dal 1958|].",
       "[Il bar|La libreria] {surname} ({org_address}, {org_phone}) è [tra i negozi più "
       "antichi|il negozio più antico] del centro storico di {town}.",
       "[Studio|Agenzia] {surname} & associati\nindirizzo: {org_address}\ntelefono: "
       "{org_phone}\nemail: {org_email}"),
    _n("it.neg.consented.con_permesso", "consented", ("user_talk", "article_talk"),
       "[Come d'accordo|Su sua richiesta], passo la mail di {target} per il laboratorio: "
       "{email}[ – mi ha autorizzato a metterla qui| (consenso scritto ricevuto)].",
       "{target} mi chiede di precisare che lavora presso {employer}, per [trasparenza|la "
       "sua dichiarazione di conflitto d'interessi]; [lo faccio con il suo permesso|l'ha "
       "confermato nella sua pagina di discussione].",
       "[Con il permesso di {target}|{target} mi ha autorizzato per iscritto], lascio "
       "qui il suo numero per coordinare l'edit-a-thon: {phone}."),
    _n("it.neg.no_tie.ip_scuola_blocco", "no_tie", ("noticeboard", "article_talk"),
       "L'IP {ip} è [di una scuola|della biblioteca comunale] di {town}; [blocco di sei "
       "mesi|blocco anonimi] per vandalismi [ripetuti|continui].",
       "L'indirizzo {street} è quello del vecchio [macello|mercato|ospedale], non del "
       "municipio[; correggo|, secondo il catasto].",
       "La targa in {street} [è del 1898|è quella della vecchia scuola]; [non c'entra "
       "nessun utente|è solo l'edificio]."),
    _n("it.neg.public_figure.deputata_wikidata", "public_figure", ("wikidata", "article"),
       "{public_name}\ndata di nascita (P569): {dob}\ncarica ricoperta (P39): "
       "[deputato|senatrice|sindaco di {town}]\npartito politico (P102): [indipendente|"
       "lista civica]",
       "[Il deputato {public_name} (nato il {dob} a {town}) è stato rieletto|La senatrice "
       "{public_name} (nata il {dob} a {town}) è stata rieletta] nel {year}.",
       ":La data di nascita di {public_name} ({dob}) viene [dal sito della "
       "Camera|dalla scheda del Senato]; [è un eletto|nessun problema di privacy]."),
    _n("it.neg.warning.avviso_blocco", "warning", ("user_talk",),
       "{target}, [ti avviso|ultimo avviso]: un'altra guerra di modifiche su [[{article}]] "
       "e [chiedo|chiederò] un blocco nelle Richieste agli amministratori[.|, punto.]",
       "[Se continui, finisci bloccato|Un altro rb e ti segnalo] – {target}, la regola dei "
       "tre annullamenti vale per tutti.",
       "[Te lo dico con calma|Senza polemica], {target}: se rimetti [quel "
       "paragrafo|quella sezione] senza fonti, [lo segnalo|chiedo l'intervento di un "
       "amministratore]."),
)

# -------------------------------------------- vandalism in articles and user pages, Meta
_MORE = (
    _o("fr.name.article_vandalise", ("article",), ("name",),
       "Le club est aujourd'hui [géré|animé] par {target} (de son vrai nom {name}), qui "
       "[rédige aussi cet article|écrit lui-même cette page][.|, d'ailleurs.]",
       "[Principal contributeur|Auteur] de cette page : {given} {surname}, alias "
       "{target}[ sur Wikipédia|][, habitant de {town}|].",
       "[Parmi les membres|Membre notable] : {name}[, plus connu ici sous le pseudo "
       "{target}| (= {target}, qui a créé cet article)]."),
    _o("fr.workplace.page_utilisateur_tag", ("user_page",), ("workplace",),
       "CET UTILISATEUR [TRAVAILLE|BOSSE] [DANS|POUR] {employer} ET [SE FAIT PASSER POUR "
       "NEUTRE|FAIT SA PUB ICI][ !!!|]",
       "[Salarié|Employé] de {employer}[ ({job})|]. [Ne pas se fier à ses modifs.|Conflit "
       "d'intérêts non déclaré.]",
       "{job} [dans|pour] {employer} le jour, [vandale|censeur] de Wikipédia la nuit."),
    _o("es.name.bloqueo_global", ("steward",), ("name",),
       "Solicito bloqueo global de {target}: [es|se trata de] {name}, el mismo que ya "
       "[fue expulsado|acumula bloqueos] en [cawiki|glwiki|euwiki][.|, de {town}.]",
       "{target} [=|es] {given} {surname}[ (lo reconoce en su blog)| (sale con su nombre en "
       "la prensa local)]; pido el bloqueo de todas sus cuentas.",
       "Cuentas de {name}: {target}, {editor}[ y alguna más|][. Bloqueo global, por "
       "favor.|.]"),
    _o("es.workplace.articulo_vandalizado", ("article",), ("workplace",),
       "Este artículo lo [escribe|mantiene] {target}, que trabaja de {job} en "
       "{employer}[, por eso no hay críticas|][.|]",
       "[Nota|Aviso] para los lectores: el usuario {target} es [empleado|trabajador] de "
       "{employer} y [borra|quita] todo lo negativo.",
       "[La sección|Todo el apartado] la redactó {target}, [del departamento de "
       "comunicación|de la oficina] de {employer}."),
    _o("it.profile.pagina_utente_vandalizzata", ("user_page",), ("profile",),
       "QUESTO UTENTE È {handle} SU [{platform}|QUEL SOCIAL][!!!|!]",
       "[Il vero volto di questo utente|Chi è davvero {target}]: {profile_url}",
       "[Seguitelo|Andate a trovarlo] su {platform}: {handle}[, tanto è lui|, è sempre "
       "{target}]."),
    _o("it.name.richiesta_rinomina_contraria", ("rename", "steward"), ("name",),
       "[Contrario|Non favorevole]: dietro {target} c'è {name}[, che vuole solo far "
       "sparire le tracce| – il nome vero del titolare][.|, non facciamoci prendere in "
       "giro.]",
       "Prima di rinominare: {target} = {given} {surname} di {town}[, autore della voce "
       "sulla sua ditta|]. La rinomina [servirebbe solo a|non fa che] nascondere un COI.",
       "[Nota|Osservazione]: il nuovo nome richiesto da {target} [è il cognome|richiama il "
       "cognome] di un parente, {name2}; [quello vero è|lui è] {name}."),
    _n("fr.neg.self_disclosure.boite_utilisateur", "self_disclosure", ("own_user_page",),
       "{{Boîte Utilisateur|Cet utilisateur est {job} à {town}.}}\n[Je travaille|Je bosse] "
       "[dans|pour] {employer} ; je ne modifie pas les articles qui le concernent.",
       "MOI, JE [TRAVAILLE|BOSSE] [DANS|POUR] {employer} ET JE LE DIS[ !|] [Conflit "
       "d'intérêts déclaré.|Voir ma déclaration CAOI.]",
       "{job} [dans|pour] {employer} le jour, wikipédien[ne|] la nuit."),
    _n("fr.neg.public_figure.president_club", "public_figure", ("article",),
       "Le club est présidé depuis {year} par {public_name}, ancien [joueur|capitaine] et "
       "[conseiller municipal|chef d'entreprise] de {town}.",
       "[Personnalités liées|Membres notables] : {public_name}, [ancien maire|député] de "
       "{town} ; [l'écrivain|la romancière] {name2}.",
       "[Fondateur|Président fondateur] : {public_name} ({birth_year}), [élu|conseiller "
       "régional] de {town}."),
    _n("es.neg.public_figure.consejero_delegado", "public_figure", ("article",),
       "La empresa está dirigida por {public_name}, consejero delegado desde {year}[, según "
       "el informe anual|].",
       "[Personajes ilustres|Vecinos notables]: {public_name}, [exalcalde|diputado] de "
       "{town}; [el escritor|la novelista] {name2}.",
       "[Fundador|Presidente fundador]: {public_name} ({birth_year}), [concejal|diputado "
       "provincial] de {town}."),
    _n("es.neg.self_disclosure.caja_usuario", "self_disclosure", ("own_user_page",),
       "{{Caja de usuario|Este usuario trabaja de {job} en {town}.}}\nTrabajo en {employer}"
       "; no edito artículos sobre mi empresa.",
       "YO TRABAJO EN {employer} Y LO DECLARO[ !|] [Conflicto de interés "
       "declarado.|Ver mi declaración de COI.]",
       "{job} en {employer} de día, wikipedista de noche."),
    _n("it.neg.self_disclosure.box_utente", "self_disclosure", ("own_user_page",),
       "{{Box utente|Questo utente è {handle} su {platform}.}}\nSe volete, mi trovate "
       "anche lì.",
       "SONO IO, {handle} SU {platform}[!|] [Seguitemi pure.|Stesse foto, stessa persona.]",
       "[Il mio profilo|Io] su {platform}: {profile_url}[ – scrivetemi lì|]."),
    _n("it.neg.public_figure.personaggi_legati", "public_figure", ("article",),
       "La società è guidata da {public_name}, amministratore delegato dal {year}[, come "
       "riporta il bilancio|].",
       "[Personalità legate|Cittadini illustri]: {public_name}, [ex sindaco|deputato] di "
       "{town}; [lo scrittore|la romanziera] {name2}.",
       "[Fondatore|Presidente fondatore]: {public_name} ({birth_year}), [consigliere "
       "regionale|assessore] di {town}."),
)

FAMILIES: tuple[Family, ...] = _FR_OUT + _FR_NEG + _ES_OUT + _ES_NEG + _IT_OUT + _IT_NEG + _MORE
