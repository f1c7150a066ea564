"""Round 5 (west): new phrasings for English, German, French, Spanish and Italian.

Outing families aim at the shapes the model still misses on unseen wording: a home given
indirectly (directions from a landmark, "above the bakery", a rural route, a flat and floor, a
doorbell or intercom label, a neighbour's aside, a move), a birth date given as an age and a
birthday, as birthday wishes or a horoscope, or read off an ID card, a phone number passed on in
conversation ("ring him on", "WhatsApp her at") or in an evidence list, a name and a workplace
tied together (a colleague at a named branch, a night-shift job that explains the edit times, a
badge in a photo) and conditional threats to out someone. Each family is a different speech act
on a different kind of page.

The hard negatives keep those surfaces (an address with floor and landmark, a phone, a job, a
birth date) under an exemption: the editor's own user page, a public body's or a shop's listed
contact, a public figure's public facts, a historical person, fiction, a warning against outing,
a VRT permission note, a removal or suppression note.
"""

from __future__ import annotations

from synth.family import Family, negative, outing

_TALK = ("user_talk", "article_talk")
_BOARD = ("noticeboard", "user_talk", "article_talk")
_SOCK = ("spi", "checkuser", "noticeboard")


def _o(fid: str, types: tuple[str, ...], kinds: tuple[str, ...], *templates: str) -> Family:
    return outing(fid, kinds, types, *templates)


_n = negative


# ------------------------------------------------------------------------------------ English
EN = (
    _o("en.address.r5w_directions_landmark", ("address",), (*_BOARD, "deletion"),
       "[Not hard to find him, by the way|For anyone wondering who this is|Everyone round here "
       "knows] - {target} is the [bloke|guy|woman] in the house at {street} just past the "
       "[petrol station|level crossing|old chapel|Spar], [the one with|with] the "
       "[caravan|boat|broken gate] in the drive.",
       "{target} lives at {street} lol. [second|third|last] house [on the left|on the right] "
       "past the [chippy|school|church hall][ before the bridge|], [that's where all this gets "
       "written from|that's where the reverts come from][. lovely garden btw|]",
       "If [you ever|anyone wants to] [drive|walk] past {target}'s place: {street}, "
       "[after the roundabout|opposite the allotments|behind the garage], the "
       "[grey|yellow|pebble-dashed] semi with [the satellite dish|the dead hedge]. "
       "[Can't miss it.|Hard to miss.]",
       ),
    _o("en.address.r5w_rural_route_flat", ("name", "address"), _SOCK,
       "Behavioural evidence aside, [both accounts|the master and the sock] "
       "[belong to|trace back to] {name}:\n* [Rural Route|RR] [2|3|5], Box [14|27|88], "
       "[outside|near] {town}\n* [the mail goes to|mail to] the [farm|cabin|trailer] at the end "
       "of the [gravel road|lane]",
       "[Same household|Same person]: {name}, [flat|apartment|unit] [4|12|2B], "
       "[second|third|top] floor, {street} - [the buzzer|the letterbox] [still says "
       "{surname}|has both names on it]. [{target} edits from there.|That's {target}.]",
       "{target} = {name}. [Basement flat|Flat above the launderette], {address}. "
       "[Moved there in {year}|Been there since {year}][, same IP range|].",
       ),
    _o("en.birth_date.r5w_birthday_wishes_reveal", ("name", "birth_date"),
       ("user_talk", "user_page"),
       "{{Happy birthday}} Many happy returns, {given}! {age} today - born {dob}, "
       "[I remembered|didn't think I'd forget, did you?|bet you didn't expect me to know]",
       "[happy birthday|hbd] {target}!! or should I say {name}? {age} on {dob_num}[ lol|, "
       "same as the form you filled in|]",
       "Just dropping by to wish {name} a [happy|very happy] birthday - [{age}|the big {age}] "
       "[today|this week]. ({dob}[, in case anyone's counting|, it's on [his|her] Facebook "
       "too|])",
       ),
    _o("en.birth_date.r5w_horoscope_age_jab", ("birth_date",), (*_TALK, "deletion"),
       "[Honestly,|Frankly,] what do you expect from someone born on {dob}? {target}'s "
       "horoscope [says it all|explains the edit warring][.|, mate.]",
       "{target} [acts|writes] like [a teenager|a pensioner] for someone who turns {age} "
       "[this year|next month] - [the date's|birthday's] {dob_num}, [I've seen the "
       "passport|I checked|it was on [his|her] CV].",
       "[Read|Check] [your|{target}'s] stars [for today|this week] - born {dob}, "
       "[so Mercury must be in retrograde|so that explains the mood]. [Lol.|Seriously.]",
       ),
    _o("en.phone.r5w_rang_them_myself", ("phone",), (*_TALK, "noticeboard"),
       "[just|honestly just] whatsapp [him|her] at {phone}, [answers|replies] "
       "[faster|quicker] than [on here|on the talk page] [tbh|lol|]",
       "[Rang|Called] {target} on {phone} [last night|this morning] to [sort this out|ask "
       "about the sources]. [Put the phone down|Hung up] the moment I said "
       "\"Wikipedia\"[, so that settles who it is|].",
       "[Her mobile's {phone} - ring her|His mobile's {phone} - ring him] and ask why the "
       "criticism keeps disappearing. [Got it off the club WhatsApp.|It's in the parish "
       "newsletter.]",
       "[Signal|Telegram|WhatsApp]: {phone}. That's {target}[, message away|]. [Sorted.|"
       "Problem solved.]",
       ),
    _o("en.phone.r5w_evidence_bullets", ("phone",), _SOCK,
       "'''Evidence'''\n* both accounts [created|registered] within [ten|twenty] minutes\n"
       "* same typo in \"[recieve|seperate|definately]\"\n* the number in the [deleted draft|"
       "promotional article] ({phone}) is {target}'s [personal mobile|own mobile]",
       "[Diffs|Links] [below|to follow]. [Most telling|The clincher]: [the sock|{target}] "
       "[left|posted] [a callback number|{phone}] [on the help desk|in an unblock request] - "
       "that's [the same mobile|{phone}, the same mobile] the [master|other account] "
       "[gave|signed off with] [in {year}|last spring].",
       "# [Same ISP|Same range]\n# Same editing hours\n# Same phone: {phone} "
       "[(rings through to {target})|(his mobile)|(hers)]",
       ),
    _o("en.workplace.r5w_colleague_at_branch", ("name", "workplace"), (*_BOARD, "deletion"),
       "[That's|That is] [his|her] colleague {name} at {employer}[ - the branch on {street}"
       "|, {town} branch|], [they|the two of them] [cover each other's shifts|work the same "
       "counter] and [tag-team|co-edit] this article.",
       "[{target} isn't working alone|There are two of them]: {target} and {name}, "
       "[both on the payroll|both working] at {employer}[, same team|, same office].",
       "[fyi|FYI] the [meatpuppet|second account] is {name}, [sits next to|works with] "
       "[{target}|the master] at {employer}. [they go on lunch together|Ask anyone there].",
       ),
    _o("en.workplace.r5w_night_shift_explains", ("workplace",), (*_SOCK, "user_talk"),
       "[He's|She's|{target}'s] [a night security guard|a night porter|the {job} on nights] at "
       "{employer}, "
       "that's [how the 3am edits happen|where all the 3am reverts come from][ every night|].",
       "[All those|The] 2-5am edits [make sense|add up] [once you know|when you know] "
       "{target} does [nights|the night shift] at {employer}[ - nothing else to do on the "
       "desk|].",
       "[Timestamps|The timing]: [{target} only edits|edits only] between midnight and six, "
       "[because|as] [he's|she's] [on nights|the overnight {job}] at {employer}. "
       "[Mystery solved.|QED.]",
       ),
    _o("en.threat.r5w_drafted_and_waiting", ("threat",), _BOARD,
       "[The email to your employer is|I've got the email to your boss] already written, "
       "{target}. It [sits in my drafts|stays in drafts] for as long as you [leave my edits "
       "alone|stay off this article].",
       "[i know|I know] [which office you sit in|which car is yours in the staff car park]. "
       "[revert again and find out|your move][ :)|]",
       "[Consider this your|This is your] [only|last] [warning|courtesy], {target}: "
       "[your name, your street and your boss|your real name and your workplace] are "
       "[in a text file on my desktop|one click away]. [Revert me once more.|Try me.]",
       ),
)

EN_NEG = (
    _n("en.neg.r5w_self_flat_above_bakery", "self_disclosure", ("own_user_page",),
       "== About me ==\nI live in the [flat|little flat] above the bakery on {street} in "
       "{town} [with two cats|with my partner|and mostly edit about local history]. "
       "[Born {dob}.|Birthday: {dob}.] [WhatsApp|Text] me on {phone} if you're "
       "[organising|coming to] a meetup.",
       "{{User birthday|{dob}}}\nHi, I'm {given}! [I work nights|Night shift life] as a "
       "{job} at {employer}, so [most of|] my edits happen [around 3am|in the small hours]. "
       "[Feel free to ring me on {phone}.|My number for meetups: {phone}.]",
       "[Contact|Reach me]: {phone} ([mobile|WhatsApp|Signal]). [Post|Letters]: {street}, "
       "[second floor|flat 3], {town}. [Happy to help with photos of the area.|I take "
       "requests for photos round here.]",
       ),
    _n("en.neg.r5w_historical_lodged_above", "historical", ("article", "article_talk", "file"),
       "{name} ([1798|1821|1835]-[1866|1880|1902]) lodged [above the bakery|in the top-floor "
       "rooms] at {street}, {town}, [where|and it was there that] [he|she] wrote [most of "
       "the early poems|the first ledgers]; [a blue plaque has marked the house "
       "since 1961|a blue plaque went up in 1974].",
       "[Census|Parish] records for [1851|1881] list {name}, [aged 34|a widow|a "
       "blacksmith], at [Lower Farm|Mill Cottage], [past the toll gate|on the old turnpike] "
       "near {town}, [born|baptised] [3 May 1817|"
       "in the spring of 1820].",
       "[Photo|Postcard] of the [terrace|cottage] on {street} [past the mill|by the old "
       "toll gate] where {name} lived from [1890|1903] until [his|her] death[ (public "
       "domain)|].",
       ),
    _n("en.neg.r5w_public_org_branch_contact", "public_org", ("article", "article_talk",
                                                              "wikidata"),
       "The [{town} branch|main office] of {org} [is at|moved to] {org_address} "
       "([first floor|ground floor, past the car park]); phone {org_phone}[, per their "
       "website|, open weekdays].",
       "[Updated|Fixed] the contact details in the infobox: {org_phone}, {org_email}, "
       "{org_address}[ - taken from the official site|, source is their contact page].",
       "{org} [runs a helpline|has a WhatsApp line for bookings] on {org_phone}; "
       "[cited|citation] [to their annual report|to the council's website].",
       ),
    _n("en.neg.r5w_warning_indirect_is_outing", "warning", (*_BOARD, "spi"),
       "[Please|Folks, please] don't describe where other editors live, "
       "[even indirectly|not even as directions] - \"the house past the church\" is "
       "[just as much outing|as much a privacy violation] as a street number. [[WP:OUTING]]",
       "[Hatting this|Collapsed]. Guessing {target}'s [birthday|age|phone number|night job] "
       "[on-wiki|in an SPI] is [not OK|off limits], [even as a joke|however sure you are]. "
       "[Send it to ArbCom|Email the checkusers] [if it matters|privately].",
       "{target}, threatening to [contact someone's employer|email someone's HR "
       "department] [will get you blocked|is a blockable offence], whether or not you "
       "[actually know who they are|follow through].",
       ),
    _n("en.neg.r5w_public_figure_turns", "public_figure", ("article", "article_talk",
                                                           "wikidata"),
       "{public_name}, the [MP for {town}|presenter|club captain], turns {age} on "
       "[Tuesday|Saturday] (born {dob})[; the BBC ran a profile|, per [his|her] official "
       "biography].",
       "[Added|Sourced] date of birth for {public_name} ({dob}) to [the infobox|the lead], "
       "citing [the parliament website|Who's Who|the club's press release].",
       "[Is|Was] {public_name} [still|] the [chief constable|council leader] while "
       "[working|serving] at {org}? [The birth date {dob} is confirmed|Born {dob}, per] "
       "[in the Gazette|the electoral commission].",
       ),
    _n("en.neg.r5w_removed_number_suppressed", "removed", ("summary", "noticeboard",
                                                           "user_talk"),
       "Removed a [private phone number|mobile number|home address] that [an IP|a new "
       "account] added to the [SPI|talk page]; [suppression requested|oversight has been "
       "emailed].",
       "[Done|Actioned] - the [diffs|revisions] with {target}'s [alleged|supposed] "
       "[address|number|date of birth] are [suppressed|revdeleted]. [Please don't repeat "
       "it.|Closing this thread.]",
       "rm personal info (phone/workplace) about another editor, [revdel|RD4] requested",
       ),
)

# ------------------------------------------------------------------------------------- German
DE = (
    _o("de.address.r5w_ueber_der_baeckerei", ("address",), (*_BOARD, "deletion"),
       "[Übrigens|Nur so nebenbei]: {target} wohnt [direkt|] über der Bäckerei in der "
       "{street}, [zweiter|dritter] Stock [links|rechts][, da wo immer das Fenster offen "
       "steht|].",
       "[Wer|Wenn jemand] {target} mal persönlich [was sagen|sprechen] will: {street}, "
       "[Hinterhaus|Seitenflügel], [gleich|] hinter [dem Edeka|der Sparkasse|der "
       "Kirche][. Nicht zu verfehlen.|.]",
       "ja klar, [der|die] [editiert|schreibt] doch [eh|] nur über {town} weil [er|sie] "
       "[da|dort] wohnt, {street}, [neben|gegenüber von] der [Apotheke|Dönerbude]",
       ),
    _o("de.address.r5w_klingelschild_cu", ("name", "address"), ("checkuser", "spi"),
       "[Zusätzlich zu den technischen Daten|Ergänzend]:\n* Klingelschild {street}, "
       "[3. OG|EG links|Dachgeschoss]: „{surname}“\n* [dort|da] wohnt {name} = {target}\n"
       "* [die Socke|der Zweitaccount] [editiert|schreibt] vom selben [Anschluss|WLAN]",
       "Beide Konten gehören zu {name}. [Das Klingelschild|Der Briefkasten] in der "
       "{street} ({postcode} {town}) [trägt|hat] [beide Namen|den Namen {surname}], "
       "[ich wohne zwei Häuser weiter|hab ich selbst gesehen].",
       "CU [eigentlich überflüssig|dürfte das bestätigen]: {name}, {street}, "
       "[Wohnung 7|Whg. 12], [Hinterhof|Aufgang B] – das ist {target}.",
       ),
    _o("de.birth_date.r5w_ausweis_gesehen", ("name", "birth_date"), ("file", "deletion",
                                                                     "user_talk"),
       "Auf dem [hochgeladenen|eingescannten] [Ausweis|Perso|Führerschein] steht es "
       "[doch|] [deutlich|schwarz auf weiß]: {name}, geb. {dob_num}. [Das ist {target}.|"
       "So viel zur Anonymität, {target}.]",
       "[{target} hat|Der Uploader hat] [einmal|mal] [seinen|ihren] "
       "[Personalausweis|Studentenausweis] als Beleg [hochgeladen|gemailt]. "
       "Geburtsdatum: {dob}. [Steht da drauf.|Einfach mal nachlesen.]",
       "Löschen, [aber|] [nur der Vollständigkeit halber|fürs Protokoll]: die abgebildete "
       "Person ist {name}, geboren am {dob}, [also|=] {target}.",
       ),
    _o("de.birth_date.r5w_wird_am", ("birth_date",), (*_TALK, "noticeboard"),
       "[Nächste|Kommende] Woche wird {target} {age} – [Geburtstag|Ehrentag] ist der "
       "{dob_num}. [Vielleicht wird es dann ja vernünftiger.|Mal sehen, ob mit {age} die "
       "Reife kommt.]",
       "[Kein Wunder, dass|Klar, dass] {target} [so|dermaßen] [stur|kindisch] ist, "
       "[Sternzeichen|Jahrgang] passt halt: geboren am {dob}.",
       "[zur Info|fyi]: {target} [feiert|hat] am {dob_num} [Geburtstag|seinen {age}.], "
       "[stand|steht] [so|] in [seinem|ihrem] [Lebenslauf|Vereinsprofil]",
       ),
    _o("de.phone.r5w_kleinanzeige_verein", ("phone",), (*_TALK, "noticeboard", "spi"),
       "[Lustig|Witzig]: die Nummer aus {target}s [Kleinanzeige|eBay-Anzeige] "
       "[für das Fahrrad|für den Kinderwagen|für die Modellbahn] ist {phone}. "
       "[Einfach mal anrufen.|Dieselbe wie im gelöschten Artikel.]",
       "{target} steht [doch|übrigens] [in der Mitgliederliste|im Telefonverzeichnis] "
       "[vom Schützenverein|vom Kleingartenverein|der Feuerwehr]: {phone}[, Handy|].",
       "[Hab|Habe] {target} gestern unter {phone} erreicht – [abgestritten hat er's "
       "nicht|sie hat nicht mal widersprochen]. [Also bitte.|Damit wäre das geklärt.]",
       ),
    _o("de.workplace.r5w_nachtschicht_wachdienst", ("workplace",), (*_SOCK, "user_talk"),
       "[Der|Die] [schiebt|macht] Nachtschicht als {job} bei {employer}, [deshalb|daher] "
       "die [ganzen|] Edits [um drei Uhr nachts|zwischen 1 und 5 Uhr].",
       "[Erklärt|Das erklärt] [alles|die Uhrzeiten]: {target} [sitzt|hockt] nachts [an der "
       "Pforte|im Wachhäuschen|am Empfang] von {employer} und hat [Langeweile|nix zu tun].",
       "{target} = Nachtwächter bei {employer}. [Wer sonst|Wer bitte sonst] [editiert|"
       "revertiert] jede Nacht [ab|nach] Mitternacht [im Minutentakt|pünktlich]?",
       ),
    _o("de.threat.r5w_lokalpresse", ("threat",), _BOARD,
       "Die Lokalzeitung in {town} würde sich [bestimmt|sicher] für die Geschichte "
       "interessieren – mit vollem Namen. Noch eine Bearbeitung, {target}, und ich "
       "[rufe dort an|schreibe der Redaktion].",
       "[Ich kenne da einen Redakteur|Ein Bekannter schreibt] beim [Tageblatt|Anzeiger]. "
       "Der wüsste [sicher gern|bestimmt gern], wer hinter {target} steckt. [Überleg dir "
       "den nächsten Revert gut.|Deine Entscheidung.]",
       "weiter so, {target}. [ein post|ein beitrag] in der facebook-gruppe von {town} mit "
       "[deinem klarnamen|deinem echten namen] und alle [wissen bescheid|kennen dich]. "
       "[noch hab ich's nicht gemacht|noch]",
       ),
)

DE_NEG = (
    _n("de.neg.r5w_business_eintrag", "business", ("article", "article_talk", "wikidata"),
       "{employer}, {street}, {postcode} {town} (Eingang [über den Hof|neben der Bäckerei]), "
       "Tel. {org_phone}, [Mo–Fr 8–18 Uhr|geöffnet werktags].",
       "[Die Kontaktdaten|Anschrift und Telefonnummer] von {employer} [stehen|findet man] "
       "im Impressum: {street}, {town}, {org_phone}[ – habe sie so übernommen|].",
       "[Einzelnachweis|Beleg]: Branchenbuch {year}, Eintrag „{employer}, {street}, "
       "Telefon {org_phone}“.",
       ),
    _n("de.neg.r5w_selbst_geburtstag_wohnung", "self_disclosure", ("own_user_page",),
       "Ich bin am {dob} in {town} geboren und wohne [heute|inzwischen] [in einer WG|in "
       "einer kleinen Wohnung] über der Bäckerei ({street}). [Fürs Stammtischtreffen|"
       "Für Fotowünsche] erreicht ihr mich unter {phone}.",
       "{{Benutzer:Geburtstag|{dob_num}}}\nMoin! [Im echten Leben|Hauptberuflich] "
       "[mache ich Nachtschicht als|bin ich] {job} bei {employer} – deshalb "
       "[bearbeite ich meist nachts|sind meine Edits oft um drei Uhr].",
       "[Kontakt|Erreichbarkeit]: [Handy|WhatsApp] {phone}, [Post an|Anschrift:] {address}. "
       "[Gerne auch anrufen.|Ich freue mich über Nachrichten.]",
       ),
    _n("de.neg.r5w_historisch_gedenktafel", "historical", ("article", "file",
                                                           "article_talk"),
       "{name} ([1812|1839|1857]–[1871|1899|1924]) wohnte [ab 1860|zeitlebens] im "
       "[Obergeschoss|Dachstübchen] des Hauses {street}, [über der damaligen Bäckerei|neben "
       "der alten Post]; eine Gedenktafel erinnert [daran|seit 1975 daran].",
       "Laut Kirchenbuch wurde {name} am [3. März 1788|14. Juli 1802] in {town} geboren und "
       "[arbeitete|diente] als [Nachtwächter|Torwächter] [der Stadt|beim Amt].",
       "Historische Aufnahme ([um 1910|1925]): das Haus {street} [hinter dem Bahnübergang|"
       "am Dorfausgang], [in dem|wo] {name} bis zu [seinem|ihrem] Tod lebte.",
       ),
    _n("de.neg.r5w_vrt_hausfoto", "vrt", ("file", "deletion", "user_talk"),
       "{{Permission received}} Die Freigabe [der Eigentümerin|des Eigentümers] des "
       "Hauses {street} ist im Support-Team eingegangen (Ticket#{year}0[41|73|18]…); "
       "[Behalten.|Kein Löschgrund mehr.]",
       "Die abgebildete Person, {name}, hat der Veröffentlichung [schriftlich|per Mail an "
       "permissions-de] zugestimmt; [das Ticket ist verlinkt|siehe VRT-Ticket].",
       "[VRT|OTRS]: [Genehmigung|Freigabe] für die Aufnahmen vom {date} liegt vor, "
       "[einschließlich|inklusive] [Innenhof|Treppenhaus] des Hauses {street}.",
       ),
    _n("de.neg.r5w_warnung_umschreibung", "warning", (*_BOARD, "checkuser"),
       "Auch Umschreibungen wie „wohnt über der Bäckerei“ oder „macht Nachtschicht bei "
       "[der Firma X|XY]“ sind Outing. [Bitte unterlasst das.|Wer das wiederholt, wird "
       "gesperrt.] [[WP:ANON]]",
       "@{target}: Drohungen, den Arbeitgeber oder Vermieter [eines Benutzers|anderer] "
       "zu [kontaktieren|informieren], führen zur [Sperre|sofortigen Sperre] – "
       "[egal|unabhängig davon], ob du [es ernst meinst|die Person kennst].",
       "[Bitte keine|Keine] Spekulationen [über|zu] Geburtsdatum, Telefonnummer oder "
       "Wohnort von {target} [auf dieser Seite|hier]; [das gehört per Mail an die CUs|"
       "solche Hinweise bitte per Mail an das Oversight-Team].",
       ),
)

# ------------------------------------------------------------------------------------- French
FR = (
    _o("fr.address.r5w_au_dessus_du_tabac", ("address",), (*_BOARD, "deletion"),
       "[Pour info|Au passage], {target} [crèche|habite] au-dessus du [tabac|PMU|kebab] "
       "au {street}, [3e|4e] étage, porte [gauche|du fond]. [Tout le quartier le sait.|Demandez "
       "à n'importe qui.]",
       "c'est la [maison|baraque] [juste après|avant] le rond-point, au {street}, "
       "celle avec [les volets bleus|le portail rouillé|la caravane], c'est là que "
       "[vit|habite] {target}",
       "[Si vous voulez|Qui veut] [aller|passer] [lui dire bonjour|discuter en vrai] : "
       "{street}, [bâtiment B|escalier C], [interphone|sonnette] au nom de "
       "[sa mère|{target}][, en face de la boulangerie|].",
       ),
    _o("fr.address.r5w_demenage_rcu", ("address",), ("checkuser", "spi"),
       "[Changement d'IP normal|Changement de plage logique] : {target} a [déménagé|changé "
       "d'appart] [en {year}|cet été], [il|elle] est maintenant {street}, "
       "[appartement|appt] [12|24|3B], [{postcode} {town}|{town}].",
       "Éléments [hors technique|non techniques] :\n* même [quartier|immeuble]\n"
       "* [le faux-nez|le second compte] [vit|habite] {address} — "
       "[c'est l'adresse de|c'est chez] {target}",
       ),
    _o("fr.birth_date.r5w_bon_anniversaire", ("name", "birth_date"),
       ("user_talk", "user_page"),
       "Joyeux anniversaire {given} ! {age} ans [aujourd'hui|ce week-end] (le {dob}"
       "[, je n'ai pas oublié|, on se connaît mieux que tu crois|]).",
       "[bon anniv|joyeux anniv] {target} [alias|aka] {name} [ 🎂|] {age} ans le "
       "{dob_num}[ mdr|, c'était sur ton badge|]",
       "[Un petit mot pour souhaiter|Je passe souhaiter] un bon anniversaire à {name} "
       "(né(e) le {dob}), même si tu ne l'as [jamais écrit|jamais dit] ici.",
       ),
    _o("fr.phone.r5w_joignable_au", ("phone",), (*_TALK, "deletion"),
       "[Elle|Il] est joignable au {phone}, c'est son portable [perso|personnel]. "
       "[Appelez|Demandez-lui] [directement|vous-mêmes].",
       "[Plutôt que|Au lieu de] [polémiquer|débattre] ici, [envoie-lui un texto|"
       "écris-lui sur WhatsApp] au {phone}[, il répond toujours|].",
       "[J'ai eu|J'ai appelé] {target} au {phone} [hier soir|ce matin] : "
       "[il|elle] [confirme|ne nie même pas] être l'auteur [de l'article|des "
       "modifications].",
       ),
    _o("fr.workplace.r5w_collegue_agence", ("name", "workplace"), (*_BOARD, "spi"),
       "[Le second compte|L'autre compte], c'est [sa collègue|son collègue] {name}, chez "
       "{employer} ([site|agence] du {street}) — ils [partagent le même bureau|tiennent le "
       "même guichet].",
       "{target} [et|+] {name}, tous deux [employés|salariés] chez {employer}[, même "
       "service|]. Ils votent [toujours|systématiquement] ensemble en PàS.",
       "[FYI|Pour info] {name}, qui [bosse|travaille] avec {target} [pour|chez] {employer}, "
       "[a créé|vient de créer] un compte [juste pour|pour] [soutenir|appuyer] la PàS.",
       ),
    _o("fr.workplace.r5w_reconnu_au_comptoir", ("workplace",), (*_TALK, "deletion"),
       "Je [l'ai|l’ai] reconnu(e) : {target} [est|bosse comme] {job} [pour|chez] "
       "{employer}, [il|elle] m'a [servi|reçu] la semaine dernière[, même tête que sur "
       "la photo de profil|].",
       "[Marrant|Amusant], [la personne|celui] qui [défend|écrit] cet article est "
       "{job} chez {employer} — je [la|le] vois [tous les matins|chaque samedi] "
       "[derrière le comptoir|à l'accueil].",
       ),
    _o("fr.threat.r5w_collegues_bistro", ("threat",), _BOARD,
       "Tes collègues [de bureau|] seraient ravis de lire ton historique de contributions, "
       "{target}. Une annulation de plus et je leur [transfère|envoie] le lien.",
       "On se croisera peut-être à la sortie de ton boulot, qui sait. [Laisse cet article "
       "tranquille.|Réfléchis avant de révoquer.]",
       "Tu veux vraiment que je raconte sur le Bistro qui se cache derrière {target} ? "
       "[Continue comme ça.|Encore un revert et c'est fait.]",
       ),
)

FR_NEG = (
    _n("fr.neg.r5w_fiction_inspecteur", "fiction", ("article", "article_talk"),
       "Dans le roman, l'inspecteur {name} habite au-dessus du [tabac|bistrot], "
       "au {street}, au [troisième|dernier] étage[, et travaille de nuit comme {job}|].",
       "[Résumé|Intrigue] : {name}, {job} [chez|pour] {employer} [dans la série|dans le "
       "feuilleton], reçoit [chaque nuit|un soir] un appel [du|au] {phone}[ — numéro "
       "fictif|].",
       "Le personnage de {name} [fête ses|a] {age} ans le {dob} [dans le tome 3|au début du "
       "film]; [on découvre|on apprend] qu'[il|elle] [loge|vit] {street}.",
       ),
    _n("fr.neg.r5w_public_org_accueil", "public_org", ("article", "article_talk",
                                                       "wikidata"),
       "{org} : {org_address} ([2e étage|rez-de-chaussée], [après la poste|à côté de la "
       "gare]), tél. {org_phone}, {org_email}[ — d'après le site officiel|].",
       "J'ai mis à jour [le standard|le numéro d'accueil] [de|pour] {org} ({org_phone}) "
       "[selon|d'après] [leur site|l'annuaire du service public].",
       "Contact presse [de la structure|de l'établissement] : {org_email}, "
       "{org_phone} [(source : communiqué de {year})|(page Contact)].",
       ),
    _n("fr.neg.r5w_moi_joignable", "self_disclosure", ("own_user_page",),
       "Vous pouvez me joindre au {phone} (pas après 21 h !). J'habite [au-dessus|à côté] "
       "[du tabac|de la boulangerie], {street}, {town}[, passez pour un café|].",
       "== Qui suis-je ? ==\nNé(e) le {dob} à {town}, je [suis|travaille comme] {job} "
       "[chez|pour] {employer}[ et je contribue surtout la nuit|, je contribue sur mon temps "
       "libre].",
       "[Anniversaire|Mon anniversaire] : {dob}. [WhatsApp|Portable] : {phone}. "
       "[Pour les rencontres wiki de {town}, écrivez-moi.|N'hésitez pas !]",
       ),
    _n("fr.neg.r5w_personnalite_nee_le", "public_figure", ("article", "wikidata",
                                                           "article_talk"),
       "{public_name}, [député, né|maire de {town}, née|présentateur du journal, né] "
       "le {dob} [à {town}|], [selon sa fiche officielle|d'après le site de l'Assemblée].",
       "[Ajout|Sourçage] de la date de naissance de {public_name} ({dob}) : [dépêche AFP|"
       "notice BnF|Who's Who].",
       "{public_name} [fête|a fêté] ses {age} ans [ce mardi|hier] ; [la presse régionale|"
       "Ouest-France] [y a consacré|a publié] un portrait.",
       ),
    _n("fr.neg.r5w_masquage_numero", "removed", ("summary", "noticeboard", "user_talk"),
       "Masquage de [la version|l'historique] : donnée personnelle d'un tiers ([numéro de "
       "téléphone|adresse|date de naissance]) ajoutée par une IP. [Demande transmise aux "
       "masqueurs.|Fait.]",
       "[Fait|C'est fait] : les diffs [mentionnant|avec] [le lieu de travail supposé|"
       "l'adresse supposée] de {target} sont masqués. [Merci de ne pas recommencer.|"
       "Section close.]",
       "retrait d'informations personnelles sur un contributeur (téléphone, employeur), "
       "masquage demandé",
       ),
)

# ------------------------------------------------------------------------------------ Spanish
ES = (
    _o("es.address.r5w_portal_farmacia", ("address",), (*_BOARD, "deletion"),
       "[Por si a alguien le interesa|Para que lo sepáis], {target} vive en {street}, "
       "el portal [de al lado|justo después] de la [farmacia|panadería|churrería], "
       "[tercero|cuarto|segundo] [B|izquierda].",
       "[es|sí, es] la casa [blanca|de la esquina] [pasando|después de] la gasolinera en "
       "{street}, [la del perro|la que tiene la furgoneta aparcada], ahí [vive|escribe] "
       "{target}",
       "[Quien quiera|Si alguien quiere] [decirle algo|hablar con {target}] en persona: "
       "{street}, [bajo|ático] [A|C], [encima del bar|frente al colegio]. [No tiene "
       "pérdida.|Fácil.]",
       ),
    _o("es.address.r5w_mi_vecino", ("address",), (*_TALK, "spi"),
       "Lo sé [de buena tinta|perfectamente] porque {target} es mi vecino: vive en el "
       "piso de arriba, {street}, [{town}|{postcode} {town}]. [Lo oigo teclear de "
       "madrugada.|Coincidimos en el ascensor.]",
       "[Se mudó|Se ha mudado] [hace poco|en {year}] a {street}[ ({town})|], [justo "
       "enfrente de|al lado de] mi [casa|portal], así que [no me vengáis|no me vengas] con "
       "que no es [él|ella].",
       ),
    _o("es.birth_date.r5w_renombrado_colegio", ("name", "birth_date"),
       ("rename", "steward", "user_talk"),
       "[En contra|Me opongo] del cambio de nombre: [conozco|sé] quién es, {name}, "
       "[nacido|nacida] el {dob}, [fuimos al mismo colegio|éramos compañeros de clase]. "
       "Cambiar el nombre no lo va a esconder.",
       "[Comentario|Nota]: la cuenta {target} [pertenece a|es de] {name} "
       "(fecha de nacimiento {dob_num}, [según su DNI|según el carné que subió]).",
       "{target} nació el [{dob_num}|{dob}] ([tiene|va a cumplir] {age}), "
       "[lo sé porque|ya que] [trabajamos juntos|compartimos piso]. [Nada de "
       "menor de edad.|No es ningún crío.]",
       ),
    _o("es.birth_date.r5w_horoscopo", ("birth_date",), (*_TALK, "noticeboard"),
       "[Normal que|No me extraña que] {target} sea [tan|así de] [cabezota|terco], nació el "
       "{dob}[, mira su horóscopo|, cosas del signo]. [jaja|xD|]",
       "[Dentro de nada|La semana que viene] {target} cumple {age} [añitos|años] "
       "({dob_num}) [y sigue editando como un crío|y sigue igual de infantil].",
       ),
    _o("es.phone.r5w_bizum_anuncio", ("phone",), (*_TALK, "noticeboard", "spi"),
       "Le [pagué|hice un Bizum por] las fotos [por Bizum|] al {phone}, así que sé "
       "perfectamente que ese es el número de {target}[.|, no me vengas con cuentos.]",
       "[El número|El teléfono] del anuncio que {target} puso en [Wallapop|Milanuncios] "
       "[para vender la bici|del piso] es el {phone}[, el mismo de la firma del artículo|]. "
       "[Blanco y en botella.|Casualidades.]",
       "{target} está en el grupo de WhatsApp de [la comunidad de vecinos|la peña|la "
       "asociación] con el {phone}[, lo tengo delante|]. [Es él.|Es ella.]",
       ),
    _o("es.workplace.r5w_vigilante_noche", ("workplace",), (*_SOCK, "user_talk"),
       "Es [vigilante de noche|el de seguridad de noche|{job} del turno de noche] en "
       "{employer}, por eso [edita|revierte] a las tres de la mañana.",
       "[Las ediciones de madrugada tienen explicación|Tanta edición nocturna se "
       "explica fácil]: {target} [hace|tiene] el turno de noche en {employer}[ y se aburre|].",
       "[Ojo a|Mirad] los horarios: {target} solo edita [de 23 a 7|de madrugada], "
       "[lo normal|claro], [trabaja|curra] de noche [en|para] {employer}.",
       ),
    _o("es.threat.r5w_pasarme_por_tu_trabajo", ("threat",), _BOARD,
       "Cualquier día me paso por tu trabajo a saludarte, {target}. [Ya sé a qué hora "
       "sales.|Sé en qué turno estás.] Tú sigue revirtiendo.",
       "¿Qué dirían tus compañeros de trabajo si les enseño este historial? [Piénsalo antes "
       "de la próxima reversión.|Tengo el enlace preparado.]",
       "[Ojo|Cuidado], {target}: tengo [una carpeta|un montón de capturas] con [tu nombre, "
       "tu calle y tu empresa|todo lo tuyo]. De ti depende que siga en mi ordenador.",
       ),
)

ES_NEG = (
    _n("es.neg.r5w_ficha_comercio", "business", ("article", "article_talk", "wikidata"),
       "{employer} – {street}, {postcode} {town} ([entrada por el patio|junto a la "
       "farmacia]) – tel. {org_phone} – [de lunes a viernes|horario comercial].",
       "{employer}: los datos de contacto [vienen|están] en su [web|ficha de Google]: "
       "{street}, {town}, {org_phone}[; los he copiado tal cual|].",
       "[Referencia|Fuente]: Páginas Amarillas {year}, «{employer}, {street}, "
       "teléfono {org_phone}».",
       ),
    _n("es.neg.r5w_historica_casa_natal", "historical", ("article", "file", "article_talk"),
       "{name} ([1821|1843|1867]-[1889|1901|1936]) nació en la casa de {street}, "
       "[encima de la antigua botica|junto a la iglesia]; hoy [luce|tiene] una placa "
       "[conmemorativa|municipal].",
       "Según el padrón de [1900|1910], {name} [vivía|residía] en {street}, [segundo|"
       "tercero] izquierda, y [trabajaba de|era] [sereno|guarda nocturno] del "
       "ayuntamiento.",
       "Fotografía de [1925|hacia 1930]: la casa de campo [pasando el puente|junto a la "
       "ermita] donde {name} vivió hasta su muerte.",
       ),
    _n("es.neg.r5w_mi_pagina_cumple", "self_disclosure", ("own_user_page",),
       "¡Hola! Nací el {dob} en {town} y vivo [en un piso|en un ático] encima de la "
       "panadería, {street}. Si venís a la quedada, [escribidme|mandadme un whatsapp] al "
       "{phone}.",
       "{{Usuario:Cumpleaños|{dob_num}}}\nTrabajo de noche como {job} en {employer}, "
       "[así que|por eso] [edito mucho de madrugada|muchas de mis ediciones son a las "
       "tres].",
       "Contacto: {phone} ([móvil|WhatsApp|Telegram]). [Correo postal|Dirección]: "
       "{address}. [Encantado de ayudar.|Escribidme sin problema.]",
       ),
    _n("es.neg.r5w_aviso_no_publicar", "warning", (*_BOARD, "checkuser"),
       "No [publiques|pongas] el teléfono, la dirección ni el trabajo de nadie, "
       "[aunque|ni aunque] lo hayas [encontrado en internet|visto en redes]. "
       "[Escríbelo por correo a los checkusers.|Eso es acoso.]",
       "{target}, [amenazar con|insinuar que vas a] contactar con la empresa o los vecinos "
       "de otro usuario [es motivo de bloqueo|supone un bloqueo inmediato], lo hagas o no.",
       "[Por favor,|] [nada de|evitad] especular sobre la fecha de nacimiento o el "
       "domicilio de {target} [en esta página|aquí]; [para eso está el correo de "
       "supresores|se gestiona en privado].",
       ),
    _n("es.neg.r5w_vrt_permiso", "vrt", ("file", "deletion", "user_talk"),
       "Permiso recibido en VRT: la persona retratada, {name}, [autoriza|ha autorizado] "
       "la publicación [por escrito|por correo]. [Se mantiene.|Cierro la consulta.]",
       "{{Permiso VRT}} El propietario de la vivienda de {street} [ha enviado|envió] "
       "la autorización [el {date}|a permissions-es]; [ya no hay motivo de borrado|"
       "mantener].",
       ),
)

# ------------------------------------------------------------------------------------ Italian
IT = (
    _o("it.address.r5w_citofono", ("name", "address"), (*_SOCK, "user_talk"),
       "[Per chi non lo sapesse|Giusto per la cronaca], {target} è {name}: al citofono "
       "[di|in] {street} c'è [il suo cognome|scritto {surname}], scala [B|C], interno "
       "[7|12|3].",
       "Elementi non tecnici:\n* l'account sospetto e {target} "
       "abitano [nello stesso palazzo|allo stesso indirizzo]\n* {street}, [terzo|quarto] "
       "piano, [targhetta|campanello] «{surname}»\n* [stesso orario|stessi articoli]",
       "[Inutile fare il CU|Non serve il CU]: {name}, {street} ({postcode} {town}), "
       "[secondo piano|piano terra] [sopra la farmacia|accanto al tabaccaio] – è {target}.",
       ),
    _o("it.address.r5w_si_e_trasferito", ("address",), (*_TALK, "deletion"),
       "[Da quando|Dopo che] si è trasferito a {town} abita in {street}, "
       "[sopra il bar|accanto alla pizzeria], [ecco perché|per questo] ora scrive [solo|"
       "sempre] di [{town}|{article}].",
       "[eh|beh] [lo so io|lo sanno tutti] dove sta {target}: [la villetta|la casa gialla] "
       "[dopo|subito dopo] il passaggio a livello in {street}[, quella col cancello verde|]",
       ),
    _o("it.birth_date.r5w_compie_anni", ("birth_date",), ("user_talk", "user_page",
                                                          "article_talk"),
       "[Domani|Sabato] {target} compie {age} anni (è nato il {dob})[: auguri!|, "
       "auguroni!] [Tanto lo so.|Sorpresa.]",
       "[auguri|tanti auguri] {target}!! {age} anni il {dob_num}[, lo diceva il tuo "
       "badge|, me l'ha detto tua sorella|]",
       "[Con|A] {age} anni [compiuti|suonati] il {dob} [uno|qualcuno] potrebbe anche "
       "[smetterla|evitare] di fare [edit war|rollback a raffica], {target}.",
       ),
    _o("it.phone.r5w_ha_risposto", ("phone", "name"), (*_TALK, "spi"),
       "[Ho chiamato|Ho provato a chiamare] il {phone} [che compare|indicato] [nella "
       "bozza|sul volantino] e ha risposto {name}[ in persona|]. [Quindi|Dunque] "
       "l'account {target} è [suo|il suo].",
       "[Il cellulare|Il numero] di {target} è il {phone} – [risponde|ha risposto] "
       "{name}, [ho controllato|provato ieri sera].",
       "[Nell'annuncio|Sull'annuncio] [su Subito|in bacheca] c'era il {phone}: ho "
       "chiamato, ha risposto {name}, [cioè|ossia] {target}.",
       ),
    _o("it.workplace.r5w_collega_filiale", ("name", "workplace"), (*_BOARD, "spi"),
       "[Il secondo account|L'altra utenza] è {name}, [collega|compagno di ufficio] di {target}: "
       "[lavora|sta] allo sportello presso {employer}[ in {street}|]. [Si coprono a "
       "vicenda.|Votano sempre uguale.]",
       "{target} e {name} lavorano [entrambi|tutti e due] presso {employer}: "
       "[stesso ufficio|stesso turno], stesse [modifiche|voci].",
       ),
    _o("it.workplace.r5w_badge_nella_foto", ("workplace",), ("file", "deletion",
                                                             "user_talk"),
       "Nella foto caricata da {target} si vede [chiaramente|bene] il badge aziendale "
       "({employer}): lavora lì come {job}[, altro che «opera propria»|].",
       "[Guardate il|Occhio al] [cartellino|badge] [appeso al collo|sulla divisa] nella foto "
       "[profilo|caricata]: {target} [lavora presso|lavora per] {employer}.",
       ),
    _o("it.threat.r5w_cassetto", ("threat",), _BOARD,
       "Ho [già|] salvato tutto, {target}: nome, indirizzo e posto di lavoro. Per ora "
       "[resta nel mio cassetto|rimane tra noi]. [Il prossimo rollback decide.|Vedi tu.]",
       "Conosco [la tua palestra|il bar dove fai colazione] e so come ti chiami. "
       "[Non farmi venire a salutarti.|Continua pure con i rollback, vediamo.]",
       "[ultimo avviso|ultima possibilità] {target}: [se annulli ancora|al prossimo "
       "revert] [scrivo|metto] [nome e cognome|chi sei davvero] [in talk|al bar].",
       ),
)

IT_NEG = (
    _n("it.neg.r5w_romanzo_commissario", "fiction", ("article", "article_talk"),
       "Nel romanzo il commissario {name} abita in {street}, [sopra la tabaccheria|al "
       "terzo piano, interno 7], e [fa il turno di notte|lavora di notte] come {job}.",
       "[Trama|Nella serie]: {name}, {job} presso {employer}, riceve [ogni notte|una sera] "
       "una telefonata dal {phone}[ – numero inventato dagli autori|].",
       "Il personaggio di {name} compie {age} anni il {dob} [nel terzo libro|all'inizio "
       "del film] e [si trasferisce|va a vivere] in {street}.",
       ),
    _n("it.neg.r5w_biblioteca_contatti", "public_org", ("article", "article_talk",
                                                        "wikidata"),
       "{org} – {org_address} ([primo piano|piano terra], [accanto al municipio|dopo la "
       "stazione]) – tel. {org_phone} – {org_email}",
       "{org}: [aggiornato|corretto] il numero del centralino ({org_phone}), [come da|fonte:] "
       "[sito istituzionale|pagina Contatti].",
       "Recapiti [ufficio stampa|URP]: {org_email}, {org_phone} [(comunicato del "
       "{year})|(sito ufficiale)].",
       ),
    _n("it.neg.r5w_pagina_utente_compleanno", "self_disclosure", ("own_user_page",),
       "Sono nato il {dob} a {town} e abito in {street}, [sopra il bar|al secondo "
       "piano]. [Per i raduni|Per le wikigite] scrivetemi su WhatsApp al {phone}.",
       "{{Utente compleanno|{dob_num}}}\nNella vita [lavoro come|faccio il] {job} "
       "presso {employer}, [spesso di notte|a turni]: per questo modifico [a orari "
       "strani|di notte].",
       "Contatti: {phone} ([cellulare|Telegram]). [Indirizzo|Posta]: {address}. [Scrivetemi "
       "pure!|Volentieri per foto della zona.]",
       ),
    _n("it.neg.r5w_sindaco_nato", "public_figure", ("article", "wikidata", "article_talk"),
       "{public_name}, [sindaco di {town}|deputato|volto del TG regionale], "
       "data di nascita {dob}[ ({town})|], [secondo il sito del comune|come da scheda "
       "ufficiale].",
       "[Aggiunta|Fonte per] la data di nascita di {public_name} ({dob}): [ANSA|sito della "
       "Camera|Treccani].",
       "{public_name} [compie {age} anni oggi|ha compiuto {age} anni ieri]; [la stampa "
       "locale|Il Resto del Carlino] ha pubblicato un ritratto.",
       ),
    _n("it.neg.r5w_oscurato", "removed", ("summary", "noticeboard", "user_talk"),
       "Ho oscurato la versione con [l'indirizzo|il numero di telefono|la data di "
       "nascita] di un utente; [richiesta di oversight inviata|segnalato agli oversight].",
       "[Fatto:|Fatto,] le versioni con il presunto posto di lavoro di {target} sono "
       "[oscurate|nascoste]. [Per favore non ripetere.|Discussione chiusa.]",
       "rimozione dati personali (telefono, datore di lavoro) di un altro utente, "
       "oscuramento richiesto",
       ),
)

FAMILIES = (*EN, *EN_NEG, *DE, *DE_NEG, *FR, *FR_NEG, *ES, *ES_NEG, *IT, *IT_NEG)
