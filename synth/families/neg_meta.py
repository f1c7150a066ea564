"""Hard negatives that talk ABOUT outing, or use its vocabulary, without exposing anyone.

Four groups, each in every language (flag=False):

- administrators' and oversighters' notices about outing that repeat no data: block notices,
  "I've suppressed the edit", oversight requests that describe without repeating, deletion
  closures, policy talk about real names, privacy, IP masking and doxxing in general;
- fiction and media: characters' fictional addresses, phones, jobs and birthdays in article prose
  and on article talk pages (the slots are fictional there);
- VRT/OTRS permission tickets, catalogue and inventory numbers, ISBNs, court case numbers;
- range blocks and vandalism reports from schools, libraries, hotspots and mobile ranges that tie
  no account to anyone.
"""

from __future__ import annotations

from synth.family import Family

# Ticket numbers built from slots (never literal numbers); no `[a|b]` inside `{{...}}`.
_TICKET = "{year}0[3|5|9]1[0|5|8]100[12|74|39]{age}"
_TICKET_ID = "{year}0{age}1100{age}"
_ISBN = "978-[0|1|3|2|84|88|85|90|83]-[19|412|7046|85]-{age}{age}-[4|7|X|2]"
_REV = "{age}[41|873|0612|95]{age}[3|7|]"


def _neg(lang: str, exemption: str, slug: str, kinds: tuple[str, ...],
         *templates: str) -> Family:
    return Family(id=f"{lang}.neg.{exemption}.{slug}", lang=lang, flag=False,
                  exemption=exemption, kinds=kinds, templates=templates)


# ---------------------------------------------------------------------------------- English
_EN = (
    _neg(
        "en", "warning", "block_notice_for_outing", ("user_talk", "noticeboard"),
        "You have been [blocked|indefinitely blocked|blocked for [one week|72 hours|a month]] "
        "for [posting|publishing|attempting to post] [another editor's|other editors'] "
        "personal information, [in violation of|contrary to] [[WP:OUTING]]. [If you believe "
        "this block is unjustified, you may appeal by adding {{unblock|reason=your reason}} "
        "below.|Any appeal must go to the Arbitration Committee by email.|]",
        "{{OversightBlock}} [This account has been blocked by an oversighter.|Blocked by an "
        "oversighter.] [Do not remove this notice.|Appeals go to ArbCom, not to the talk page.|]",
        "[Blocked|I've blocked] {target_link} [indefinitely|for a month|for two weeks] for "
        "[outing|harassment by outing|repeated attempts to out another editor]. [The edits have "
        "been suppressed.|Diffs are oversighted, so I won't link them.|Details to ArbCom "
        "only.]",
        "'''[Blocked|Indeffed]'''[.|,] [Outing is a bright line|We don't do outing here], and "
        "[this|the post on the article talk page] [crossed it|was clear-cut]. [Nothing more to "
        "add in public.|No further comment on-wiki.|]",
        "[Closing|Closed]: [user|account] blocked [by|per] [oversight|an oversighter] for "
        "[posting personal details|doxxing]; [nothing left to do here|please don't discuss "
        "the content of the removed edits].",
    ),
    _neg(
        "en", "neutral", "removed_and_suppressed", ("user_talk", "article_talk", "noticeboard"),
        "I've [removed|reverted] your [last|recent] edit[ to this page|] because it "
        "[contained|included] [what looks like|] [someone's home address|a private phone "
        "number|another person's real name|personal details about a living person]. [I've "
        "also asked for it to be suppressed.|It has since been oversighted.|Please don't "
        "restore it.]",
        "[Done|{{done}}][.| -] [Revision-deleted|Revdel'd|Suppressed] [the edit|the diff|both "
        "revisions] [containing|with] the [address|phone number|employer details|real "
        "name][.|;] [Thanks for the heads-up.|Let me know if it reappears.|]",
        "[Note|FYI]: [an edit|a comment] in this thread [has been|was] [suppressed|hidden by "
        "oversight] because it [disclosed|exposed] [personal information|non-public "
        "information] about an editor. [Please don't speculate about what it said.|Please "
        "don't repeat it.|]",
        "[Removed|Hid] [the|that] comment [above|]; [it named|it gave the workplace of|it "
        "linked a social media profile of] [a private individual|an editor]. [Discussion can "
        "continue without it.|Please keep personal details out of this.]",
        ":[Already|] [taken care of|handled] - [an oversighter|{{u|Oversight}}] [pulled|"
        "suppressed] it [a few minutes|an hour] [ago|later]. [Nothing to see now.|]",
    ),
    _neg(
        "en", "neutral", "oversight_request_described", ("noticeboard", "user_talk", "steward"),
        "[Please|Could someone please] [suppress|oversight|revdel] [rev|revision|diff] "
        + _REV + " on [[{article}]][ -|:] it contains [someone's|a private person's|an "
        "editor's] [phone number|home address|date of birth|real name and workplace]. [I "
        "haven't repeated it here.|Emailed oversight as well.|]",
        "[Requesting|Request for] suppression: [[Talk:{article}]], [edits|revisions] [at|"
        "around] {date}. [Personal information about|The real name of] [{target}|another "
        "editor|a minor] [was posted|has been posted]. [Not reposting the details here, "
        "obviously.|Details sent privately.]",
        "Could an oversighter look at the history of [[User talk:{target}]]? [An IP|A new "
        "account] posted what [it claims is|appears to be] [their address|their employer|their "
        "phone number]. [Revdel'd as a stopgap.|I've already hidden it with revdel.|]",
        "[Urgent|Not urgent, but]: [private information|personal data|doxxing] in [the last "
        "two revisions|revision " + _REV + "] of {article}. [Revdel'd for now, needs "
        "suppression.|Please suppress.]",
        "Please hide [the edit|two revisions] on [[{article}]] (the local wiki has no "
        "oversighters): [it contains|they contain] [personal information about a user|a "
        "private address]. [Thanks.|]",
    ),
    _neg(
        "en", "neutral", "afd_close_data_removed", ("deletion",),
        "The result was '''[delete|keep|speedy delete]'''. [Note: s|S]everal comments "
        "[containing|that included] personal information about the article's subject [have "
        "been|were] [removed|suppressed] [during the discussion|by an oversighter]; [they did "
        "not affect the outcome.|the close is based on the remaining arguments.]",
        "'''[Closing|Closed] as [delete|no consensus]'''[.|;] [The|This] page [was|has been] "
        "[courtesy blanked|blanked as a courtesy] because it [contained|had] [private details|"
        "the home address and phone number] of a non-notable person[; history suppressed|].",
        "[Speedy deleted|Deleted] under [[WP:G10|G10]]: [attack page|page] [giving|listing] "
        "personal details of a private individual. [Salted.|Creator blocked.|]",
        "[Comment|Note] for the closer: I [removed|redacted] a [comment|post] above that "
        "speculated about the [nominator's|creator's] real identity. [No opinion on the "
        "article itself.|]",
    ),
    _neg(
        "en", "neutral", "policy_talk_real_names", ("noticeboard", "article_talk", "user_talk"),
        "[Should|Do] we [allow|require] editors to [use|disclose] their real names? [I think|"
        "IMO] [pseudonymity|anonymity] [protects|is essential for] [editors in small "
        "countries|people editing contentious topics].",
        "With IP masking [coming|rolled out], [temporary accounts|temp accounts] [hide|mask] IP "
        "addresses from [most users|non-patrollers]; [how will|what does this mean for] "
        "[range blocks|AIV reports] [work|going forward]?",
        "[Doxxing|Outing] [is|remains] the [one|] thing [we block for on sight|that gets you "
        "indeffed], [regardless of|no matter] [how sure you are|how obvious the COI is]. [Take "
        "COI evidence to ArbCom privately.|Email the evidence to functionaries instead.]",
        "[The|Our] [[WP:OUTING]] [policy|wording] [is|seems] [too broad|too narrow|unclear] on "
        "[linking to off-wiki accounts|LinkedIn profiles|self-disclosed employers that were "
        "later removed]. [Proposal below.|Thoughts?]",
        "[Per|Under] [[WP:HARASS]], [even|] [speculating|guessing] about who someone is "
        "[counts|can count] as outing[, even if you're wrong|]. [Worth remembering before "
        "posting at COIN.|Just a reminder for everyone here.]",
    ),
    _neg(
        "en", "fiction", "novel_character_prose", ("article",),
        "In the novel, {name} [lives|has lived for years] at {street} in [a fictionalised|the "
        "novel's] {town}[, a flat|, a terraced house] [she shares|he shares] with [a sister|a "
        "dog|an ex-husband].",
        "'''{name}''' is a fictional character in [the [BBC|ITV|Netflix] series|{public_name}'s "
        "novel] ''[The Quiet Street|Northern Line|Harbour Lights]''. [Working as|Employed as] "
        "a {job} at {employer}, [the character|she|he] [is introduced|first appears] in [the "
        "pilot|chapter three|series two].",
        "[Detective|Inspector] {name} [traces|follows] the [calls|call] to {phone}, [a number|"
        "the number] [registered to|belonging to] [a payphone|the victim's brother] in {town}.",
        "Born on {dob} [according to the show's bible|in the comics' continuity|in-universe], "
        "{given} [grew up|was raised] in {town} and [works|worked] as a {job}.",
        "[Her|His] [in-game|in-universe] [address|apartment] ({street}) is [a nod to|a "
        "reference to|based on] [the author's childhood home|a real street in {town}|the first "
        "game].",
    ),
    _neg(
        "en", "fiction", "talk_about_character_canon", ("article_talk",),
        "[Is|Was] {given}'s [job|occupation] ever [confirmed|stated] in the [show|books|film]? "
        "The infobox says {job} at {employer} but [I can't find a source|that's only on fan "
        "wikis|I only remember it from a deleted scene].",
        "The [character's|protagonist's] [birthday|birth date] ({dob}) [comes from|is only in] "
        "[a tie-in novel|the official guidebook|a tweet by the showrunner][ -|;] [is that "
        "canon?|should we include it?|is that reliable enough?]",
        "[Removed|Reverted] the [fan theory|speculation] that {name} [moved|moves] to {street} "
        "in [season 4|the sequel]; [it's not in the episode|no source given].",
        "[Minor point, but|Nitpick:] the phone number {name} [gives out|writes on the napkin] "
        "in [episode 5|the finale] is {phone}, [one of the fictional 555 numbers|a deliberately "
        "fake number][, so it's fine to mention.|. Worth a footnote?]",
    ),
    _neg(
        "en", "fiction", "character_infobox_lines", ("article",),
        "| occupation = {job}[ at {employer}|]\n| residence = {street}, {town}\n| "
        "first_appearance = [Episode 1|Issue #1|Chapter 1]",
        "| portrayed_by = {public_name}\n| birth_date = {dob} (in-universe)\n| occupation = "
        "{job}",
        "| character_name = {name}\n| home = {address} ([fictional|in the series])\n| "
        "phone = {phone} ([seen on screen|fictional number])",
        "| family = {name2} ([sister|husband|mother])\n| workplace = {employer} "
        "([fictional|series 1-3])",
    ),
    _neg(
        "en", "vrt", "ticket_followup", ("file", "user_talk", "deletion"),
        "[Permission|The release] for this [photo|image|logo] [was received|has been "
        "confirmed] via VRT; see ticket:" + _TICKET + ". [Please don't tag it as missing "
        "permission again.|Removing the no-permission tag.|]",
        "[Hi|Hello] {target}, [I've|I have] [processed|handled] [your|the] [VRT ticket|"
        "permission email] (#" + _TICKET + ") [for|about] [[File:{article} {year}.jpg]]. [The "
        "licence is now confirmed.|We still need the photographer to confirm the licence.]",
        "[Per|See] [OTRS|VRT] ticket #" + _TICKET + ", the [uploader|copyright holder] [is|"
        "has confirmed being] the [author|photographer]. [Kept.|Closing the DR as kept.|]",
        "{{PermissionTicket|id=" + _TICKET_ID + "|user={editor}}} [Verified|Confirmed] by a "
        "VRT agent on {date}.",
        "{{VRT pending|year={year}}} [Email sent to permissions-commons on {date}.|The "
        "uploader says permission was forwarded on {date}.]",
    ),
    _neg(
        "en", "example", "case_and_catalogue_numbers", ("article",),
        "The [case|suit] was [heard|decided] in {year} ([Case|Docket] No. [1|2|4]:{year}-"
        "[cv|cr]-0[1|3|7][12|48|95]) [and settled out of court|; the ruling was upheld on "
        "appeal].",
        "The [painting|manuscript|vase] is in the collection of {org} (inventory [no.|number] "
        "[PD|NG|M] {year}.[1|14|203])[, where it has been on display since {year}|].",
        "{{cite book |author={public_name} |title=A History of {town} |year={year} "
        "|isbn=" + "978-0-19-{age}{age}{age}-4" + "}}",
        "* {public_name}, ''[Walking in|The Story of] {town}'' ({year}), ISBN " + _ISBN + ".",
        "Accession number {year}.{age}.[1|3|12]; [purchased|acquired] [at auction|from the "
        "estate of the artist] in {year}.",
    ),
    _neg(
        "en", "no_tie", "school_range_report", ("noticeboard", "user_talk"),
        "{ip_link} [-|–] [persistent|repeated] vandalism [to|on] [[{article}]][ and other "
        "pages|]. [It's|This is] a [school|high school|college] [network|IP] per WHOIS; "
        "[please soft-block|please block anon-only|a soft block would do] [until the end of "
        "term|for a year].",
        "{{IPvandal|{ip}}} Vandalism after final warning. [Shared IP of|Registered to] {org}"
        "[, public terminals|]. [Anon-only block please.|]",
        "[Range block request|Requesting a rangeblock]: {ip6}/64 ([mobile carrier|a mobile "
        "provider|public Wi-Fi]). [Collateral should be low|Collateral looks moderate]; "
        "[anon-only|soft] block [recommended|for three months].",
        "[Blocked|Soft-blocked] {ip} [for six months|for a year] {{anonblock}}[ - school IP|, "
        "shared library terminal|]. [Logged-in editors are unaffected.|Students can request "
        "an account via ACC.]",
        "[Heads up:|FYI,] the [vandalism|silly edits] on [[{article}]] [come from|are coming "
        "from] [a rotating mobile range|a public hotspot|the library's public computers]. [No "
        "way to tell who it is and no need to;|Whoever it is,] [semi-protection would be "
        "simpler|I've semi-protected for a week].",
    ),
    _neg(
        "en", "warning", "block_log_summary", ("summary",),
        "[Blocked|blocked] {target} [(indefinite)|with an expiration time of 1 month]: "
        "[[WP:OUTING|Outing]][, oversight block|]",
        "[rv|Reverted] and [requested|sent for] suppression: [personal info|private "
        "information] about [another editor|a third party]",
        "[Suppressed|Hid] [2|3|several] revisions ([personal information|outing])",
        "[Closing|Archiving]: [handled by oversight|emailed to oversight], [OP|user] blocked",
    ),
)

# ----------------------------------------------------------------------------------- German
_DE = (
    _neg(
        "de", "warning", "sperre_wegen_outing", ("user_talk", "noticeboard"),
        "{target_link} [wurde|ist] [unbeschränkt|für drei Tage|für eine Woche] gesperrt. "
        "Begründung: [Outing|Outing eines anderen Benutzers|Veröffentlichung "
        "personenbezogener Daten Dritter]. [Die betreffenden Versionen sind versteckt.|Die "
        "Edits wurden per Oversight entfernt.|]",
        "Sperre wegen Outing[ –|:] [das ist eine der wenigen Sachen, bei denen es keine "
        "Vorwarnung gibt|da gibt es keinen Ermessensspielraum]. [Eine Sperrprüfung ist "
        "möglich.|Sperrprüfung bitte per Mail.|]",
        "Hallo {target}, du bist wegen Verstoßes gegen [[WP:Anonymität]] gesperrt[, weil du "
        "Daten eines anderen Benutzers veröffentlicht hast|]. [Details nur per Mail.|Die "
        "Diffs sind nicht mehr sichtbar, das ist Absicht.]",
        "'''[Erledigt|Gesperrt]''', [unbeschränkt|infinit]. [Outing|Klarnamen-Outing] + "
        "[PA|persönliche Angriffe][, Versionen gelöscht|].",
        "[Konto|Account] gesperrt ([Outing|Veröffentlichung privater Daten]), [VM erledigt|"
        "hier erledigt]. [Bitte nicht weiter über den Inhalt der gelöschten Beiträge "
        "spekulieren.|]",
    ),
    _neg(
        "de", "neutral", "version_versteckt", ("user_talk", "article_talk", "noticeboard"),
        "Ich habe [deinen|den] Beitrag [entfernt|zurückgesetzt] und [die Version verstecken "
        "lassen|eine Versionslöschung beantragt], weil [eine Privatadresse|eine "
        "Telefonnummer|der Klarname eines Benutzers|der Arbeitgeber eines Benutzers] "
        "drinstand. [Bitte nicht wiederherstellen.|Bitte lass das.]",
        "[Erledigt|{{Erledigt}}], [Versionen|die Version|beide Versionen] [versteckt|gelöscht|"
        "per OS unterdrückt]. [Danke für den Hinweis.|]",
        "Hinweis: Ein Beitrag in diesem Abschnitt wurde [von einem Oversighter|per Oversight] "
        "[entfernt|unterdrückt], da er [personenbezogene Daten|private Daten eines Benutzers] "
        "enthielt. [Bitte nicht darüber spekulieren.|Bitte nicht wiederholen.]",
        "[Abschnitt|Beitrag] [entfernt|gekürzt][ –|:] [enthielt|da stand] [eine "
        "Handynummer|eine Anschrift|den Link auf ein privates Profil]. [Weiter bitte ohne.|]",
        ":Ist schon [weg|versteckt], [ein Oversighter|jemand vom Oversight-Team] war schneller. "
        "[Danke trotzdem.|]",
    ),
    _neg(
        "de", "neutral", "versionsloeschung_beantragt", ("noticeboard", "user_talk", "steward"),
        "Bitte [Versionslöschung|Versionen verstecken] in [[{article}]], [Version|Edit] vom "
        "{date}: enthält [die Wohnadresse|die Telefonnummer|den Klarnamen|das Geburtsdatum] "
        "eines [Benutzers|Dritten|Minderjährigen]. [Ich wiederhole das hier natürlich nicht.|"
        "Näheres per Mail an Oversight.]",
        "Kann ein Oversighter [mal|bitte] in die Versionsgeschichte von [[Benutzer Diskussion:"
        "{target}]] schauen? [Eine IP|Ein neues Konto] hat dort [persönliche Daten|Angaben zur "
        "Person] [gepostet|hinterlassen]. [Hab's schon per Versionslöschung versteckt.|]",
        "[Dringend|Eilt]: [Outing-Versuch|Privatdaten] auf [[Diskussion:{article}]], "
        "[letzte Version|die letzten beiden Versionen]. [Bitte unterdrücken.|Bitte "
        "verstecken, Details per Mail.]",
        "[Versionslöschung|VL] [erbeten|beantragt] für [Version|Oldid] " + _REV + " – "
        "[Klarname und Arbeitgeber|Adresse] eines Benutzers. [Danke.|]",
    ),
    _neg(
        "de", "neutral", "ld_entscheidung_daten_entfernt", ("deletion",),
        "'''[Gelöscht|Behalten]'''. [Einige|Mehrere] Beiträge dieser Diskussion enthielten "
        "[Angaben zur Person|private Angaben] [des Artikelgegenstands|eines Benutzers] und "
        "wurden [versteckt|entfernt]; [für die Entscheidung spielten sie keine Rolle.|die "
        "Entscheidung stützt sich auf die übrigen Argumente.]",
        "[Schnellgelöscht|SLA ausgeführt]: Die Seite bestand [ausschließlich|im Wesentlichen] "
        "aus [privaten Daten|Adresse und Telefonnummer] einer Privatperson. [Versionen "
        "unterdrückt.|Ersteller gesperrt.|]",
        "[Anmerkung|Hinweis] für den Abarbeiter: [Ich habe|Habe] [einen Beitrag|einen "
        "Kommentar] oben entfernt, der über die Identität des [Antragstellers|Artikelerstellers] "
        "spekulierte. [Ohne Votum.|]",
        "LAE, [Artikel|Lemma] [überarbeitet|gekürzt] – [Angaben zum Privatleben|"
        "Wohnort und Familie] [entfernt|raus], [was bleibt, ist belegt|Relevanz ist klar].",
    ),
    _neg(
        "de", "neutral", "kurier_anonymitaet", ("noticeboard", "article_talk", "user_talk"),
        "[Sollten|Müssen] wir [wirklich|eigentlich] über eine Klarnamenpflicht [reden|"
        "diskutieren]? [Ich halte|Für mich ist] [Pseudonymität|Anonymität] [für|] "
        "[unverzichtbar|einen Grundpfeiler des Projekts].",
        "Mit der IP-Maskierung [(temporäre Konten)|] sehen [normale Benutzer|die meisten] "
        "[keine IP-Adressen mehr|nur noch ~2025-Kennungen]. [Wie soll das bei "
        "Bereichssperren funktionieren?|Was heißt das für die VM?]",
        "[Outing|Doxxing] [bleibt|ist] [tabu|ein Sperrgrund], [egal|ganz gleich] wie "
        "[offensichtlich|sicher] der [Interessenkonflikt|Verdacht] ist. [Belege gehören per "
        "Mail an den Support.|Sowas klärt man per Mail, nicht auf der VM.]",
        "[Die|Unsere] Regel zu [[WP:Anonymität]] [ist|scheint mir] [zu weit|zu eng|unklar], "
        "was [Links auf externe Profile|früher selbst genannte Arbeitgeber] angeht. "
        "[Vorschlag unten.|Meinungen?]",
    ),
    _neg(
        "de", "fiction", "figur_in_roman_und_serie", ("article",),
        "[Die Ermittlerin|Der Ermittler|Die Hauptfigur] {name} wohnt [in der Serie|in den "
        "Romanen] in der "
        "{street} in {town}[, über einer Kneipe|, zusammen mit [ihrer Tochter|seinem Vater]|].",
        "'''{name}''' ist eine fiktive Figur aus [der [ARD|ZDF]-Serie|{public_name}s Roman] "
        "''[Die stille Straße|Nordlicht|Am Hafen]''. [Sie|Er] arbeitet als {job} bei "
        "{employer} und [tritt erstmals in Folge 1 auf|ist ab der zweiten Staffel dabei].",
        "Die Nummer {phone}, die {given} [in Folge 3|im Finale] [anruft|auf einen Zettel "
        "schreibt], ist [eine fiktive Nummer|ein Fantasieanschluss][ aus dem Drehbuch|].",
        "[Laut|Nach] [Serienbibel|Begleitbuch|Spielhandbuch] [wurde|ist] die Figur am {dob} "
        "in {town} geboren[ und arbeitet als {job}|].",
    ),
    _neg(
        "de", "fiction", "diskussion_figur_kanon", ("article_talk",),
        "[Ist|Wird] [der Beruf|die Arbeitsstelle] von {given} [irgendwo|in der Serie] "
        "[belegt|genannt]? In der Infobox steht {job} bei {employer}, [ich finde das aber "
        "nur in Fan-Wikis|das kommt nur in einer geschnittenen Szene vor].",
        "Das Geburtsdatum der Figur ({dob}) stammt [nur|ausschließlich] aus [einem "
        "Begleitroman|dem offiziellen Spielhandbuch] – [ist das Kanon?|reicht das als Beleg?]",
        "[Habe|Ich habe] die [Fan-Theorie|Spekulation] [entfernt|zurückgesetzt], dass {name} "
        "in [Staffel 4|der Fortsetzung] in die {street} zieht[. Steht so nicht in der Folge.|; "
        "kein Beleg.]",
        "[Kleinigkeit|Nebenbei]: Die Adresse {address} aus [dem Film|Folge 12] ist "
        "[erfunden|fiktiv], [die Straße gibt es in {town} gar nicht|das Haus steht "
        "tatsächlich woanders].",
    ),
    _neg(
        "de", "vrt", "freigabe_ticket", ("file", "user_talk", "deletion"),
        "Die Freigabe [liegt dem Support-Team vor|ist beim Support-Team eingegangen] "
        "(Ticket #" + _TICKET + ")[; bitte den Baustein nicht wieder setzen|]. ",
        "Hallo {target}, [ich habe|habe] [dein Ticket|die Freigabe-Mail] (#" + _TICKET + ") "
        "[bearbeitet|angeschaut]. [Die Lizenz ist jetzt bestätigt.|Es fehlt noch die "
        "Bestätigung des Fotografen.]",
        "{{Permission OTRS|id=" + _TICKET_ID + "}} [Freigabe|Genehmigung] [geprüft|bestätigt] "
        "am {date}.",
        "[Laut|Gemäß] [OTRS|VRT]-Ticket #" + _TICKET + " ist der Hochlader [der Urheber|"
        "selbst der Fotograf]. [Behalten.|LA erledigt, behalten.|]",
    ),
    _neg(
        "de", "example", "aktenzeichen_und_inventar", ("article",),
        "Das [Landgericht|Oberlandesgericht|Bundesverwaltungsgericht] [entschied|urteilte] "
        "{year} in einem Verfahren gegen das Land [Hessen|Thüringen] (Az. [2|4|7] [O|U|C] "
        "{age}/{year})[; {org} trat als Klägerin auf|][; das Urteil ist rechtskräftig|].",
        "Das [Gemälde|Manuskript|Objekt] gehört heute zum Bestand: {org} (Inv.-Nr. "
        "[Gm|Kg|Hz] {age}[1|3|7])[, ausgestellt seit {year}|].",
        "* {public_name}: ''[Geschichte der Stadt|Spaziergänge durch] {town}.'' "
        "[Selbstverlag|Verlag am Markt], {town} {year}, ISBN " + _ISBN + ".",
        "Der Fall wird beim [Bundesgerichtshof|BGH] unter dem Aktenzeichen [I|VI|XII] ZR "
        "{age}/{year} geführt[; {org} ist Beklagte|].",
    ),
    _neg(
        "de", "no_tie", "schul_ip_meldung", ("noticeboard", "user_talk"),
        "{ip_link} [–|:] [Vandalismus|Unfug] in [[{article}]][ und weiteren Artikeln|]. "
        "[Laut Whois ein Schulnetz|Schul-IP laut Whois], [bitte bis "
        "Schulschluss sperren|bitte nur für nicht angemeldete Benutzer sperren].",
        "{{Schul-IP}} [Wiederholt|Erneut] [Vandalismus|Blödsinn] [aus diesem Netz|von dieser "
        "Adresse][, bitte längerfristig sperren|]. [Angemeldete Schüler sind nicht betroffen.|]",
        "[Bereichssperre|Rangesperre] für {ip6}/64 [(Mobilfunk)|(öffentliches WLAN)|(Hotspot: "
        "{org})] [angeregt|erbeten][ –|:] [Kollateralschaden gering|wenig Kollateral].",
        "{ip} [für drei Monate|für ein halbes Jahr] gesperrt[, öffentlicher Rechner ({org})|"
        ", Schulnetz|]. [Wer dahintersteckt, ist egal|Ist ohnehin eine geteilte IP].",
    ),
)

# ----------------------------------------------------------------------------------- French
_FR = (
    _neg(
        "fr", "warning", "blocage_divulgation", ("user_talk", "noticeboard"),
        "Vous avez été [bloqué|bloqué indéfiniment|bloqué pour [une semaine|trois jours|un "
        "mois]] pour [divulgation d'informations personnelles|avoir publié des données "
        "personnelles] concernant un autre contributeur. [Vous pouvez contester ce blocage "
        "avec {{Déblocage}}.|Les modifications concernées ont été masquées.|]",
        "{{ping|{target}}} [blocage|bloqué] [indéfini|en écriture] : [atteinte à la vie "
        "privée|tentative de dévoilement d'identité]. [Les diffs ont été masqués, inutile de "
        "les chercher.|Aucune autre précision ne sera donnée ici.]",
        "'''[Fait|Bloqué]'''. [Dévoiler|Chercher à dévoiler] l'identité d'un contributeur "
        "[est|reste] [inacceptable|une ligne rouge], [quel que soit le contexte|peu importe "
        "le conflit].",
        "[Requête traitée|Traité][ :|,] compte bloqué [par un masqueur|après masquage], "
        "[merci de ne pas revenir sur le contenu retiré|sujet clos].",
    ),
    _neg(
        "fr", "neutral", "masquage_effectue", ("user_talk", "article_talk", "noticeboard"),
        "J'ai [annulé|retiré] [votre|ta] [dernière|] modification[ sur cette page|] car elle "
        "[contenait|comportait] [l'adresse d'une personne|un numéro de téléphone privé|le nom "
        "réel d'un contributeur|des informations personnelles]. [J'ai demandé un masquage.|"
        "Elle a été masquée depuis.|Merci de ne pas la rétablir.]",
        "[Fait|{{fait}}], [version masquée|versions masquées|diff supprimé] [(données "
        "personnelles)|]. [Merci du signalement.|]",
        "[Note|Information] : un message de cette section a été [masqué|supprimé] par un "
        "masqueur car il [divulguait|contenait] des [données personnelles|informations "
        "privées] sur un contributeur. [Merci de ne pas spéculer sur son contenu.|Inutile de "
        "le reproduire.]",
        "[Message|Intervention] [retiré|retirée] : [elle donnait|il donnait] [l'employeur|le "
        "profil Facebook|le nom] d'un [particulier|contributeur]. [On peut continuer sans.|]",
    ),
    _neg(
        "fr", "neutral", "requete_aux_masqueurs", ("noticeboard", "user_talk", "steward"),
        "[Bonjour, merci de|Merci de] masquer la version " + _REV + " de "
        "[[{article}]] : elle contient [le numéro de téléphone|l'adresse|la date de "
        "naissance|le nom réel] d'un [contributeur|particulier]. [Je ne le recopie pas ici, "
        "évidemment.|Détails envoyés par courriel.]",
        "[Demande de masquage|Requête en masquage] sur [[Discussion:{article}]], [messages|"
        "versions] du {date} : [informations personnelles|tentative de dévoilement] "
        "concernant [{target}|un autre contributeur]. [J'ai déjà fait une suppression de "
        "version en attendant.|]",
        "Un masqueur pourrait-il [regarder|jeter un œil à] l'historique de "
        "[[Discussion utilisateur:{target}]] ? [Une IP|Un nouveau compte] y a [publié|laissé] "
        "[ce qui ressemble à|] des [données personnelles|coordonnées privées].",
        "[Urgent|Pas urgent mais à traiter] : [données personnelles|doxxing] dans les "
        "[deux dernières versions|dernières versions] de {article}. [Merci.|]",
    ),
    _neg(
        "fr", "neutral", "cloture_pas_donnees_retirees", ("deletion",),
        "'''[Conservation|Suppression]''' [— |: ][Plusieurs|Quelques] avis contenant des "
        "[informations personnelles|données privées] sur le sujet de l'article ont été "
        "[masqués|retirés] pendant le débat ; [ils n'ont pas pesé dans la décision.|la "
        "clôture repose sur les autres arguments.]",
        "[Page supprimée|Supprimée en SI] : [page d'attaque|contenu] [donnant|listant] les "
        "coordonnées d'un particulier[, historique masqué|]. [Créateur bloqué.|]",
        "[Remarque|Note] pour l'administrateur qui clôturera : j'ai [retiré|masqué] un "
        "message ci-dessus qui spéculait sur l'identité réelle du [proposant|créateur]. "
        "[Pas d'avis.|]",
        "Article [allégé|élagué] : [détails sur la vie privée|adresse et famille] "
        "[retirés|supprimés], [le reste est sourcé|admissibilité pas en cause].",
    ),
    _neg(
        "fr", "neutral", "bistro_vie_privee", ("noticeboard", "article_talk", "user_talk"),
        "[Faut-il|Devrait-on] [encourager|obliger] les contributeurs à [utiliser|indiquer] "
        "leur vrai nom ? [Personnellement,|À mon avis] le pseudonymat [protège|est essentiel "
        "pour] [ceux qui écrivent sur des sujets sensibles|les contributeurs isolés].",
        "Avec le masquage des IP [(comptes temporaires)|], les adresses IP ne seront plus "
        "visibles [pour la plupart des utilisateurs|du grand public] ; [comment feront les "
        "patrouilleurs pour les blocages de plage ?|quid des requêtes aux administrateurs ?]",
        "[Le doxxing|Dévoiler l'identité de quelqu'un] [reste|est] [un motif de blocage "
        "immédiat|interdit], [même en cas de conflit d'intérêts évident|quelles que soient "
        "les circonstances]. [Les preuves se transmettent par courriel.|]",
        "[La règle|La recommandation] sur la vie privée [me semble|est] [trop floue|trop "
        "large] concernant [les liens vers des profils externes|les employeurs auto-déclarés "
        "puis retirés]. [Proposition ci-dessous.|Des avis ?]",
    ),
    _neg(
        "fr", "fiction", "personnage_bd_roman", ("article",),
        "Dans [la série|l'album|le roman], {name} habite au {street}, à {town}[, au-dessus "
        "d'un café|, avec [sa sœur|son chien]|].",
        "'''{name}''' est un personnage de fiction [de la bande dessinée|du roman de "
        "{public_name}|de la série télévisée] ''[Rue des Lilas|Le Port|Nuit blanche]''. "
        "[Il|Elle] travaille comme {job} pour {employer} et apparaît dès [le premier album|le "
        "pilote|le chapitre 3].",
        "[L'inspecteur|La commissaire] {name} [remonte|retrouve] la trace de l'appel jusqu'au "
        "{phone}, [une cabine|le numéro du frère de la victime] à {town}.",
        "Selon [la bible de la série|le guide officiel|le jeu], [le personnage|{given}] est né "
        "le {dob} à {town} et exerce le métier de {job}.",
    ),
    _neg(
        "fr", "fiction", "pdd_personnage_canon", ("article_talk",),
        "Le métier de {given} ({job} chez {employer}) est-il [vraiment|] [mentionné|sourcé] "
        "dans la série ? [Je ne le trouve que sur des wikis de fans.|Je crois que c'est "
        "seulement dans une scène coupée.]",
        "La date de naissance du personnage ({dob}) [vient|provient] [d'un roman dérivé|du "
        "guide officiel] : [est-ce canonique ?|suffisant comme source ?]",
        "J'ai [retiré|annulé] la [théorie de fans|spéculation] selon laquelle {name} "
        "[déménage|s'installe] au {street} dans [la saison 4|la suite][ ; rien dans "
        "l'épisode|, non sourcé].",
        "[Détail|Petite remarque] : le numéro {phone} [affiché|donné] dans [l'épisode 5|le "
        "final] est [fictif|un numéro réservé à la fiction], [on peut le citer.|à mettre en "
        "note ?]",
    ),
    _neg(
        "fr", "vrt", "ticket_autorisation", ("file", "user_talk", "deletion"),
        "L'autorisation [a été reçue|est confirmée] par VRT (ticket n° " + _TICKET + ")[ ; "
        "merci de ne pas remettre le bandeau|].",
        "Bonjour {target}, j'ai [traité|examiné] [votre|ton] ticket (#" + _TICKET + ") [pour|"
        "concernant] ce fichier. [La licence est désormais validée.|Il manque encore la "
        "confirmation du photographe.]",
        "{{PermissionTicket|id=" + _TICKET_ID + "|user={editor}}} [Vérifié|Confirmé] par un "
        "agent VRT le {date}.",
        "[Selon|D'après] le ticket [OTRS|VRT] #" + _TICKET + ", l'importateur [est bien|a "
        "confirmé être] l'auteur. [Conservé.|Demande de suppression close.|]",
    ),
    _neg(
        "fr", "example", "numero_affaire_inventaire", ("article",),
        "La Cour de cassation [a tranché|s'est prononcée] en {year} (pourvoi n° "
        "[1|2]{age}-[1|2]{age}.{age}[1|4|8])[, confirmant l'arrêt d'appel|].",
        "Le [tableau|manuscrit|vase] est conservé par {org} (n° d'inventaire "
        "[MV|RF|INV] {age}[12|07|3])[, exposé depuis {year}|].",
        "* {public_name}, ''[Histoire de|Promenades à] {town}'', [Éditions du Port|L'Harmattan]"
        ", {year}, ISBN " + _ISBN + ".",
        "[L'affaire|Le dossier] est [enregistré|inscrit] au tribunal administratif sous le "
        "n° [1|2]{age}0{age}[12|45][ et concerne {org}|].",
    ),
    _neg(
        "fr", "no_tie", "ip_scolaire_signalement", ("noticeboard", "user_talk"),
        "{ip_link} : [vandalisme|vandalismes répétés] sur [[{article}]][ et d'autres "
        "pages|]. [IP scolaire d'après le whois|Réseau d'un lycée selon le whois], [blocage "
        "jusqu'à la fin de l'année scolaire ?|merci de bloquer les anonymes seulement.]",
        "{{IP scolaire}} [Vandalisme|Dégradations] [récurrent|récurrentes] depuis cette "
        "adresse[ ; blocage long demandé|]. [Les comptes connectés ne sont pas touchés.|]",
        "[Demande de blocage de plage|Blocage de plage demandé] : {ip6}/64 ([opérateur "
        "mobile|wifi public|borne wifi : {org}]). [Peu de dommages collatéraux.|Dommages "
        "collatéraux limités.]",
        "{ip} [bloquée|bloquée trois mois] [(poste public, {org})|(réseau scolaire)|]. "
        "[Impossible de savoir qui c'est, et peu importe.|IP partagée de toute façon.]",
    ),
)

# ---------------------------------------------------------------------------------- Spanish
_ES = (
    _neg(
        "es", "warning", "bloqueo_datos_personales", ("user_talk", "noticeboard"),
        "Has sido [bloqueado|bloqueado para siempre|bloqueado durante [una semana|tres días|"
        "un mes]] por [publicar|difundir] datos personales de otro usuario, [lo que|algo que] "
        "[vulnera|infringe] [[WP:PRIVACIDAD]]. [Puedes apelar con {{desbloquear|motivo}}.|Las "
        "ediciones han sido ocultadas.|]",
        "[Bloqueado|Bloqueada la cuenta] {target_link} [de forma indefinida|por un mes] por "
        "[intentar revelar la identidad de|acosar a] otro editor. [Los diffs están "
        "suprimidos, no los enlazo.|Más detalles solo por correo.]",
        "'''[Hecho|Bloqueado]'''. [Revelar datos personales|Exponer a otro usuario] es "
        "[motivo de bloqueo inmediato|intolerable], [sin excepciones|da igual el conflicto].",
        "[Cerrado|Atendido]: cuenta bloqueada [por un supresor|tras la supresión]; [por favor, "
        "no comentéis el contenido retirado|nada más que hacer aquí].",
    ),
    _neg(
        "es", "neutral", "edicion_ocultada", ("user_talk", "article_talk", "noticeboard"),
        "He [revertido|retirado] tu [última|] edición[ en esta página|] porque [incluía|"
        "contenía] [la dirección de una persona|un teléfono privado|el nombre real de otro "
        "usuario|datos personales]. [He pedido que se suprima.|Ya ha sido suprimida.|No la "
        "restaures, por favor.]",
        "[Hecho|{{hecho}}]: [versión ocultada|versiones ocultadas|versiones suprimidas] [por datos "
        "personales|]. [Gracias por el aviso.|]",
        "[Aviso|Nota]: un comentario de esta sección [fue|ha sido] [suprimido|ocultado] por "
        "[un supresor|los supresores] porque [revelaba|contenía] [información personal|datos "
        "privados] de un usuario. [No especuléis sobre su contenido.|No lo repitáis.]",
        "[Retirado|Quitado] el mensaje anterior: [daba el lugar de trabajo de|enlazaba el "
        "perfil de|nombraba a] un [particular|usuario]. [Se puede seguir sin él.|]",
    ),
    _neg(
        "es", "neutral", "solicitud_a_supresores", ("noticeboard", "user_talk", "steward"),
        "[¿Podría alguien|¿Puede algún supresor] [suprimir|ocultar] la [edición|versión] "
        "" + _REV + " de "
        "[[{article}]]? [Contiene|Incluye] [el teléfono|la dirección|la fecha de nacimiento|"
        "el nombre real] de un [usuario|particular]. [No lo repito aquí, claro.|Detalles por "
        "correo.]",
        "Solicitud de supresión en [[Discusión:{article}]], [ediciones|versiones] del {date}: "
        "[datos personales de|intento de revelar la identidad de] [{target}|otro editor]. "
        "[Ya lo oculté con borrado de versiones mientras tanto.|]",
        "¿Puede un supresor revisar el historial de [[Usuario discusión:{target}]]? [Una IP|"
        "Una cuenta nueva] publicó [lo que parece|] [su dirección|su empleo|su teléfono].",
        "[Urgente|Sin prisa pero]: [datos privados|doxeo] en las [dos últimas versiones|"
        "últimas ediciones] de {article}. [Gracias.|]",
    ),
    _neg(
        "es", "neutral", "cierre_consulta_datos_retirados", ("deletion",),
        "'''[Mantener|Borrar]'''. [Varios|Algunos] comentarios con [información personal|"
        "datos privados] sobre el biografiado fueron [retirados|ocultados] durante la "
        "consulta; [no influyeron en el cierre.|el cierre se basa en los demás argumentos.]",
        "[Borrado rápido|Borrado] [por|según] [[WP:CBR]]: [página de ataque|contenido] con los "
        "datos de contacto de un particular[, historial suprimido|]. [Creador bloqueado.|]",
        "[Nota|Comentario] para quien cierre: he [retirado|ocultado] un mensaje que "
        "especulaba sobre la identidad real del [proponente|creador]. [Sin voto.|]",
        "Artículo [recortado|limpiado]: [detalles de la vida privada|domicilio y familia] "
        "[eliminados|quitados], [lo demás está referenciado|la relevancia no está en duda].",
    ),
    _neg(
        "es", "neutral", "cafe_privacidad", ("noticeboard", "article_talk", "user_talk"),
        "¿[Deberíamos|Tendríamos que] [obligar|animar] a los editores a [usar|dar] su nombre "
        "real? [Creo que|Para mí] el seudónimo [protege a|es clave para] [quienes editan temas "
        "polémicos|editores de países pequeños].",
        "Con el enmascaramiento de IP [(cuentas temporales)|], [la mayoría|los usuarios "
        "normales] ya no verán direcciones IP; [¿cómo haremos los bloqueos de rango?|¿qué "
        "pasa con el tablón de vandalismo?]",
        "[Revelar la identidad|El doxeo] de otro usuario [sigue siendo|es] [motivo de bloqueo|"
        "inaceptable], [por evidente que sea el conflicto de interés|sin excepciones]. [Las "
        "pruebas, por correo.|]",
        "[La política|[[WP:PRIVACIDAD]]] [es|me parece] [demasiado ambigua|poco clara] "
        "sobre [enlazar perfiles externos|empleos que el usuario mencionó y luego borró]. "
        "[Propuesta abajo.|¿Opiniones?]",
    ),
    _neg(
        "es", "fiction", "personaje_telenovela", ("article",),
        "En la [telenovela|serie|novela], {name} vive en la {street} de {town}[, encima de "
        "una farmacia|, con [su hermana|su abuela]|].",
        "'''{name}''' es un personaje [de ficción|ficticio] de [la serie|la novela de "
        "{public_name}|la historieta] ''[La calle del olvido|Puerto Viejo|Noches de "
        "{town}]''. Trabaja como {job} en {employer} y aparece [desde el primer capítulo|en "
        "la segunda temporada].",
        "[El inspector|La detective] {name} [rastrea|localiza] la llamada hasta el {phone}, "
        "[una cabina|el número del hermano de la víctima] en {town}.",
        "Según [la guía oficial|el videojuego|la biblia de la serie], el personaje nació el "
        "{dob} en {town}[ y trabaja como {job}|].",
    ),
    _neg(
        "es", "fiction", "discusion_personaje_canon", ("article_talk",),
        "¿Se [dice|confirma] en la serie que {given} trabaja como {job} en {employer}? [Solo "
        "lo encuentro en wikis de fans.|Creo que sale solo en una escena eliminada.]",
        "La fecha de nacimiento del personaje ({dob}) [sale|procede] [de una novela "
        "derivada|del libro oficial]; [¿es canon?|¿sirve como fuente?]",
        "He [quitado|revertido] la [teoría de fans|especulación] de que {name} se muda a un "
        "piso en {street} en [la cuarta temporada|la secuela][; no aparece en el episodio|, sin "
        "referencia].",
        "[Detalle|Una cosa]: el teléfono {phone} que [aparece|se ve] en [el episodio 5|el "
        "final] es [ficticio|inventado], [se puede citar.|¿lo ponemos en nota?]",
    ),
    _neg(
        "es", "vrt", "ticket_archivo", ("file", "user_talk", "deletion"),
        "El permiso [se recibió|está confirmado] por VRT (tique n.º " + _TICKET + ")[; no "
        "vuelvas a poner la plantilla, por favor|].",
        "Hola, {target}: he [tramitado|revisado] [tu|el] tique (#" + _TICKET + ") [de|sobre] "
        "este archivo. [La licencia ya está confirmada.|Falta la confirmación del fotógrafo.]",
        "{{PermissionTicket|id=" + _TICKET_ID + "|user={editor}}} [Verificado|Confirmado] por "
        "un agente de VRT el {date}.",
        "[Según|De acuerdo con] el tique [OTRS|VRT] #" + _TICKET + ", el usuario que lo subió "
        "es el autor. [Se mantiene.|Cerrada la solicitud de borrado.|]",
    ),
    _neg(
        "es", "example", "expediente_inventario", ("article",),
        "El Tribunal Supremo [resolvió|falló] en {year} (STS {age}{age}/{year}, recurso "
        "n.º [1|2|3]{age}/{year})[ en un litigio con {org}|].",
        "La [pintura|pieza|escultura] se conserva en {org} (n.º de inventario "
        "[P|CE|DO]0{age}[12|45|7])[, expuesta desde {year}|].",
        "* {public_name}: ''[Historia de|Paseos por] {town}''. [Ediciones del Puerto|"
        "Editorial Andana], {year}. ISBN " + _ISBN + ".",
        "El [expediente|procedimiento] [quedó registrado|se tramita] con el n.º "
        "{age}[1|4]/{year} en el juzgado de {town}[; parte demandada: "
        "{org}|].",
    ),
    _neg(
        "es", "no_tie", "ip_escolar_tablon", ("noticeboard", "user_talk"),
        "{ip_link}: [vandalismo|vandalismo reiterado] en [[{article}]][ y otros "
        "artículos|]. [Según el whois es un instituto|IP de un colegio según el whois]; "
        "[solicito bloqueo solo a anónimos|bloqueo hasta fin de curso, por favor].",
        "{{IP compartida|{org}}} [Vandalismo constante|Ediciones de prueba repetidas] "
        "desde esta IP[; pido un bloqueo largo|]. [Los usuarios registrados no se ven "
        "afectados.|]",
        "Solicito bloqueo de rango {ip6}/64 ([operador móvil|wifi pública|punto de acceso: "
        "{org}]). [Daño colateral bajo.|Poco daño colateral.]",
        "{ip} bloqueada [tres meses|seis meses][ (ordenadores públicos, {org})| (red "
        "escolar)|]. [No hay forma de saber quién es, ni hace falta.|IP compartida de todos "
        "modos.]",
    ),
)

# ---------------------------------------------------------------------------------- Italian
_IT = (
    _neg(
        "it", "warning", "blocco_dati_personali", ("user_talk", "noticeboard"),
        "Sei stato [bloccato|bloccato in scrittura|bloccato per [una settimana|tre giorni|un "
        "mese]] per aver [pubblicato|diffuso] dati personali di un altro utente, in "
        "violazione di [[WP:Privacy]]. [Le modifiche sono state oscurate.|Puoi chiedere lo "
        "sblocco con {{sblocco|motivo}}.|]",
        "{{ping|{target}}} utenza bloccata [infinito|per un mese]: [tentativo di "
        "outing|violazione della privacy di un altro utente]. [I diff sono oscurati, non li "
        "linko.|Dettagli solo via mail.]",
        "'''[Fatto|Bloccato]'''. [Rivelare l'identità|Pubblicare dati personali] di un utente "
        "[non è tollerato|è un motivo di blocco immediato], [a prescindere dal conflitto|"
        "senza eccezioni].",
        "[Chiuso|Evaso]: utenza bloccata [da un oversighter|dopo l'oscuramento]; [si prega di "
        "non commentare il contenuto rimosso|nient'altro da fare].",
    ),
    _neg(
        "it", "neutral", "versione_oscurata", ("user_talk", "article_talk", "noticeboard"),
        "Ho [annullato|rimosso] la tua [ultima|] modifica[ a questa pagina|] perché "
        "[conteneva|riportava] [l'indirizzo di una persona|un numero di telefono privato|il "
        "nome reale di un utente|dati personali]. [Ho chiesto l'oscuramento.|È stata "
        "oscurata.|Per favore non ripristinarla.]",
        "[Fatto|{{fatto}}], [versione oscurata|versioni oscurate|versioni soppresse] [(dati "
        "personali)|]. [Grazie della segnalazione.|]",
        "[Avviso|Nota]: un intervento di questa sezione è stato [oscurato|soppresso] "
        "perché [rivelava|conteneva] [dati personali|informazioni private] di un utente. [Non "
        "speculate sul contenuto.|Non ripetetelo.]",
        "[Rimosso|Tolto] il messaggio sopra: [indicava il posto di lavoro di|linkava il "
        "profilo di|nominava] un [privato|utente]. [Si può proseguire senza.|]",
    ),
    _neg(
        "it", "neutral", "richiesta_oscuramento", ("noticeboard", "user_talk", "steward"),
        "[Qualcuno può|Un oversighter può] oscurare la versione " + _REV + " di [[{article}]]? "
        "[Contiene|Riporta] [il numero di telefono|l'indirizzo|la data di nascita|il nome "
        "reale] di un [utente|privato]. [Ovviamente non lo ripeto qui.|Dettagli via mail.]",
        "Richiesta di oscuramento su [[Discussione:{article}]], [interventi|versioni] del "
        "{date}: [dati personali di|tentativo di outing ai danni di] [{target}|un altro "
        "utente]. [Nel frattempo ho nascosto la versione.|]",
        "Un oversighter può guardare la cronologia di [[Discussioni utente:{target}]]? [Un "
        "IP|Un'utenza nuova] ha [pubblicato|lasciato] [quello che sembra|] [il suo "
        "indirizzo|il suo lavoro|il suo numero].",
        "[Urgente|Non urgente]: [dati privati|doxxing] nelle [ultime due versioni|ultime "
        "versioni] di {article}. [Grazie.|]",
    ),
    _neg(
        "it", "neutral", "chiusura_pdc_dati_rimossi", ("deletion",),
        "'''[Mantenuta|Cancellata]'''. [Alcuni|Diversi] interventi con [dati personali|"
        "informazioni private] sul soggetto della voce sono stati [oscurati|rimossi] durante "
        "la procedura; [non hanno influito sull'esito.|la chiusura si basa sugli altri "
        "argomenti.]",
        "[Cancellata in immediata|Cancellazione immediata]: [pagina d'attacco|contenuto] con i "
        "recapiti di un privato[, cronologia oscurata|]. [Autore bloccato.|]",
        "[Nota|Commento] per chi chiude: ho [rimosso|oscurato] un intervento che speculava "
        "sull'identità reale del [proponente|creatore]. [Nessun voto.|]",
        "Voce [ripulita|sfoltita]: [dettagli sulla vita privata|indirizzo e familiari] "
        "[rimossi|tolti], [il resto è fontato|l'enciclopedicità non è in discussione].",
    ),
    _neg(
        "it", "neutral", "bar_privacy", ("noticeboard", "article_talk", "user_talk"),
        "[Dovremmo|Ha senso] [obbligare|incoraggiare] gli utenti a [usare|dichiarare] il "
        "proprio nome reale? [Secondo me|Per me] lo pseudonimo [protegge|è fondamentale per] "
        "[chi scrive di temi delicati|gli utenti più esposti].",
        "Con il mascheramento degli IP [(account temporanei)|] gli indirizzi [non saranno "
        "più visibili|spariranno] [ai più|agli utenti comuni]; [come faremo i blocchi di "
        "range?|e le segnalazioni ai vandalismi in corso?]",
        "[L'outing|Il doxxing] [resta|è] [motivo di blocco immediato|vietato], [anche con un "
        "conflitto d'interessi evidente|senza eccezioni]. [Le prove vanno mandate via mail.|]",
        "[La linea guida|[[WP:Privacy]]] [è|mi sembra] [troppo vaga|poco chiara] su [link a "
        "profili esterni|lavori dichiarati e poi cancellati]. [Proposta sotto.|Pareri?]",
    ),
    _neg(
        "it", "fiction", "personaggio_fumetto_romanzo", ("article",),
        "Nel [fumetto|romanzo|telefilm], {name} abita in {street} a {town}[, sopra una "
        "trattoria|, con [la sorella|il cane]|].",
        "'''{name}''' è un personaggio [immaginario|di finzione] [del fumetto|del romanzo di "
        "{public_name}|della serie televisiva] ''[Via dei Tigli|Il porto|Notti a {town}]''. "
        "Lavora come {job} presso {employer} e compare [dal primo albo|nella seconda "
        "stagione].",
        "[Il commissario|L'ispettrice] {name} [risale|rintraccia] la telefonata fino al "
        "{phone}, [una cabina|il numero del fratello della vittima] a {town}.",
        "Secondo [la guida ufficiale|il videogioco|la bibbia della serie] il personaggio è "
        "nato il {dob} a {town}[ e fa il {job}|].",
    ),
    _neg(
        "it", "fiction", "discussione_personaggio_canone", ("article_talk",),
        "Nella serie si dice [davvero|] che {given} lavora come {job} presso {employer}? [Lo trovo "
        "solo su wiki di fan.|Mi pare sia solo in una scena tagliata.]",
        "La data di nascita del personaggio ({dob}) [viene|deriva] [da un romanzo spin-off|"
        "dalla guida ufficiale]: [è canonica?|basta come fonte?]",
        "Ho [tolto|annullato] la [teoria dei fan|speculazione] che {name} si trasferisca in "
        "{street} nella [quarta stagione|seconda serie][; non c'è nell'episodio|, senza "
        "fonte].",
        "[Dettaglio|Piccola nota]: il numero {phone} che [compare|si vede] nell'[episodio "
        "5|ultimo episodio] è [fittizio|inventato], [si può citare.|mettiamo una nota?]",
    ),
    _neg(
        "it", "vrt", "ticket_file", ("file", "user_talk", "deletion"),
        "Il permesso [è arrivato|è confermato] tramite VRT (ticket n. " + _TICKET + ")[; per "
        "favore non rimettere l'avviso|].",
        "Ciao {target}, ho [gestito|esaminato] il [tuo|] ticket (#" + _TICKET + ") [per|su] "
        "questo file. [La licenza ora è confermata.|Manca ancora la conferma del fotografo.]",
        "{{PermissionTicket|id=" + _TICKET_ID + "|user={editor}}} [Verificato|Confermato] da "
        "un volontario VRT il {date}.",
        "[Secondo|In base al] ticket [OTRS|VRT] #" + _TICKET + ", chi ha caricato il file ne "
        "è l'autore. [Mantenuto.|Richiesta di cancellazione chiusa.|]",
    ),
    _neg(
        "it", "example", "sentenza_inventario", ("article",),
        "La Corte di cassazione si è pronunciata nel {year} (sent. n. {age}{age}[1|4]/{year})"
        "[; parte ricorrente: {org}|].",
        "[L'opera|La tavola|La statua] è conservata presso {org} (n. inv. [{age}|0{age}][12|45|7])"
        "[, esposta dal {year}|].",
        "* {public_name}, ''[Storia di|Passeggiate a] {town}'', [Edizioni del Porto|Il "
        "Mulino], {year}, ISBN " + _ISBN + ".",
        "Il ricorso è iscritto al TAR con il n. R.G. {age}[1|4]/{year}[ e riguarda "
        "{org}|].",
    ),
    _neg(
        "it", "no_tie", "ip_scolastico_segnalazione", ("noticeboard", "user_talk"),
        "{ip_link}: [vandalismi|vandalismi ripetuti] su [[{article}]][ e altre voci|]. "
        "[Dal whois è una scuola|IP scolastico secondo il whois]; [blocco solo anonimi|"
        "blocco fino a fine anno scolastico], grazie.",
        "{{IP condiviso|{org}}} [Vandalismi|Test] [continui|ripetuti] da questo "
        "indirizzo[; chiedo un blocco lungo|]. [Gli utenti registrati non sono toccati.|]",
        "Richiesta di blocco del range {ip6}/64 ([operatore mobile|wifi pubblico|hotspot: "
        "{org}]). [Pochi danni collaterali.|Collaterali limitati.]",
        "{ip} bloccato [tre mesi|sei mesi][ (postazioni pubbliche, {org})| (rete "
        "scolastica)|]. [Impossibile sapere chi sia, e non serve.|È comunque condiviso.]",
    ),
)

# ------------------------------------------------------------------------------- Portuguese
_PT = (
    _neg(
        "pt", "warning", "bloqueio_dados_pessoais", ("user_talk", "noticeboard"),
        "Você foi [bloqueado|bloqueado por tempo indeterminado|bloqueado por [uma semana|três "
        "dias|um mês]] por [publicar|divulgar] dados pessoais de outro editor, o que viola "
        "[[WP:Privacidade]]. [As edições foram ocultadas.|Pode contestar com "
        "{{desbloqueio|motivo}}.|]",
        "{{ping|{target}}} conta bloqueada [indefinidamente|por um mês]: [tentativa de "
        "exposição|violação da privacidade de outro utilizador]. [Os diffs foram suprimidos; "
        "não vou ligá-los.|Detalhes só por e-mail.]",
        "'''[Feito|Bloqueado]'''. [Expor a identidade|Divulgar dados pessoais] de um "
        "[editor|utilizador] [não é tolerado|dá bloqueio imediato], [seja qual for o "
        "conflito|sem exceções].",
        "[Fechado|Resolvido]: conta bloqueada [por um supervisor|após a supressão]; [favor "
        "não comentar o conteúdo removido|nada mais a fazer aqui].",
    ),
    _neg(
        "pt", "neutral", "edicao_suprimida", ("user_talk", "article_talk", "noticeboard"),
        "[Reverti|Removi] a sua [última|] edição[ nesta página|] porque [continha|trazia] "
        "[o endereço de uma pessoa|um telefone privado|o nome real de outro editor|dados "
        "pessoais]. [Pedi a supressão.|Já foi suprimida.|Por favor não a restaure.]",
        "[Feito|{{feito}}]: [revisão ocultada|revisões ocultadas|revisões suprimidas] [(dados "
        "pessoais)|]. [Obrigado pelo aviso.|]",
        "[Aviso|Nota]: um comentário desta secção foi [suprimido|ocultado] por [um "
        "supervisor|um supressor] porque [expunha|continha] [dados pessoais|informação "
        "privada] de um utilizador. [Não especulem sobre o conteúdo.|Não o repitam.]",
        "[Retirei|Removi] a mensagem acima: [indicava o emprego de|tinha o link do perfil "
        "de|nomeava] um [particular|editor]. [Dá para continuar sem ela.|]",
    ),
    _neg(
        "pt", "neutral", "pedido_supressao", ("noticeboard", "user_talk", "steward"),
        "[Por favor,|Alguém pode] suprimir a revisão " + _REV + " de [[{article}]]? [Contém|"
        "Traz] [o telefone|a morada|o endereço|a data de nascimento|o nome real] de um "
        "[editor|particular]. [Obviamente não o repito aqui.|Detalhes por e-mail.]",
        "Pedido de supressão em [[Discussão:{article}]], [edições|revisões] de {date}: "
        "[dados pessoais de|tentativa de expor] [{target}|outro editor]. [Já ocultei a "
        "revisão entretanto.|]",
        "Um supervisor pode ver o histórico de [[Usuário(a) Discussão:{target}]]? [Um IP|"
        "Uma conta nova] [publicou|deixou] [o que parece ser|] [o endereço|o emprego|o "
        "telefone] dele.",
        "[Urgente|Sem pressa]: [dados privados|doxxing] nas [duas últimas revisões|últimas "
        "edições] de {article}. [Obrigado.|]",
    ),
    _neg(
        "pt", "neutral", "encerramento_pe_dados_removidos", ("deletion",),
        "'''[Mantido|Eliminado]'''. [Alguns|Vários] comentários com [dados pessoais|"
        "informação privada] sobre o biografado foram [ocultados|removidos] durante a "
        "discussão; [não pesaram no encerramento.|o resultado baseia-se nos restantes "
        "argumentos.]",
        "[Eliminação rápida|Eliminado por ER]: [página de ataque|conteúdo] com os contactos de "
        "um particular[, histórico suprimido|]. [Criador bloqueado.|]",
        "[Nota|Comentário] para quem encerrar: [removi|ocultei] uma mensagem que especulava "
        "sobre a identidade real do [proponente|criador]. [Sem voto.|]",
        "Artigo [enxugado|limpo]: [detalhes da vida privada|morada e família] [removidos|"
        "retirados], [o resto tem fontes|a notoriedade não está em causa].",
    ),
    _neg(
        "pt", "neutral", "esplanada_privacidade", ("noticeboard", "article_talk", "user_talk"),
        "[Devíamos|Deveríamos] [obrigar|incentivar] os editores a [usar|revelar] o nome "
        "real? [Acho que|Para mim] o pseudónimo [protege|é essencial para] [quem edita temas "
        "polémicos|editores mais expostos].",
        "Com o mascaramento de IPs [(contas temporárias)|], [a maioria deixa|os utilizadores "
        "comuns deixam] de ver os endereços; [como ficam os bloqueios de intervalo?|e as "
        "notificações de vandalismo?]",
        "[Expor alguém|O doxxing] [continua a ser|é] [motivo de bloqueio imediato|proibido], "
        "[por mais evidente que seja o conflito de interesses|sem exceções]. [Provas, por "
        "e-mail.|]",
        "[A política|[[WP:Privacidade]]] [é|parece-me] [ambígua|pouco clara] sobre [links "
        "para perfis externos|empregos que o próprio mencionou e depois apagou]. [Proposta "
        "abaixo.|Opiniões?]",
    ),
    _neg(
        "pt", "fiction", "personagem_novela_romance", ("article",),
        "Na [novela|série|obra], {name} mora na {street}, em {town}[, por cima de uma "
        "padaria|, com [a irmã|a avó]|].",
        "'''{name}''' é [uma personagem|um personagem] [fictícia|de ficção] da [telenovela|"
        "série|obra de {public_name}] ''[Rua das Flores|Porto Velho|Noites de {town}]''. "
        "Trabalha como {job} ({employer}) e aparece [desde o primeiro capítulo|na segunda "
        "temporada].",
        "[O inspetor|A delegada] {name} [rastreia|localiza] a chamada até o {phone}, [um "
        "orelhão|o número do irmão da vítima] em {town}.",
        "Segundo [o guia oficial|o jogo|a bíblia da série], a personagem nasceu em {dob} em "
        "{town}[ e trabalha como {job}|].",
    ),
    _neg(
        "pt", "fiction", "discussao_personagem_canon", ("article_talk",),
        "A série [diz mesmo|confirma] que {given} trabalha como {job} ({employer})? [Só "
        "encontro isso em wikis de fãs.|Acho que só aparece numa cena cortada.]",
        "A data de nascimento da personagem ({dob}) [vem|sai] [de um livro derivado|do guia "
        "oficial]: [é canónica?|serve como fonte?]",
        "[Removi|Reverti] a [teoria de fãs|especulação] de que {name} se muda para a {street} "
        "na [quarta temporada|sequência][; não está no episódio|, sem fonte].",
        "[Detalhe|Pequena nota]: o telefone {phone} que [aparece|se vê] no [episódio 5|final] "
        "é [fictício|inventado], [pode ser citado.|pomos em nota?]",
    ),
    _neg(
        "pt", "vrt", "ticket_ficheiro", ("file", "user_talk", "deletion"),
        "A autorização [foi recebida|está confirmada] via VRT (ticket n.º " + _TICKET + ")[; "
        "favor não recolocar a marcação|].",
        "Olá {target}, [tratei|analisei] o [seu|] ticket (#" + _TICKET + ") [sobre|referente "
        "a] este [ficheiro|arquivo]. [A licença já está confirmada.|Falta a confirmação do "
        "fotógrafo.]",
        "{{PermissionTicket|id=" + _TICKET_ID + "|user={editor}}} [Verificado|Confirmado] por "
        "um agente VRT em {date}.",
        "[Segundo|Conforme] o ticket [OTRS|VRT] #" + _TICKET + ", quem carregou é o autor. "
        "[Mantido.|Pedido de eliminação encerrado.|]",
    ),
    _neg(
        "pt", "example", "processo_inventario", ("article",),
        "O [Supremo Tribunal Federal|STJ|Tribunal da Relação] decidiu em {year} "
        "([processo|Proc.] n.º {age}{age}[1|4]/{year}[-0|.]{age})[ em ação contra {org}|].",
        "A [pintura|peça|escultura] (n.º de inventário [{age}|0{age}][12|45|7]) "
        "[está exposta desde {year}|integra o acervo]; instituição: {org}.",
        "* {public_name}. ''[História de|Passeios por] {town}''. [Edições do Porto|Editora "
        "Aurora], {year}. ISBN " + _ISBN + ".",
        "O processo [tramita|corre] na vara de {town} sob o n.º 0{age}[1|4]{age}-{year}[; "
        "parte ré: {org}|].",
    ),
    _neg(
        "pt", "no_tie", "ip_escolar_notificacao", ("noticeboard", "user_talk"),
        "{ip_link}: [vandalismo|vandalismo repetido] em [[{article}]][ e outros artigos|]. "
        "[Pelo whois é uma escola|IP escolar segundo o whois]; [peço bloqueio só para "
        "anónimos|bloqueio até ao fim do ano letivo], por favor.",
        "{{IP compartilhado|{org}}} [Vandalismo|Testes] [constante|repetido] a partir deste "
        "endereço[; peço bloqueio longo|]. [Contas registadas não são afetadas.|]",
        "Pedido de bloqueio de intervalo {ip6}/64 ([operadora móvel|wi-fi público|hotspot: "
        "{org}]). [Pouco dano colateral.|Colateral baixo.]",
        "{ip} bloqueado [três meses|seis meses][ (computadores públicos, {org})| (rede "
        "escolar)|]. [Não há como saber quem é, nem é preciso.|IP partilhado de qualquer "
        "forma.]",
    ),
)

# ------------------------------------------------------------------------------------ Dutch
_NL = (
    _neg(
        "nl", "warning", "blokkade_persoonsgegevens", ("user_talk", "noticeboard"),
        "Je bent [geblokkeerd|voor onbepaalde tijd geblokkeerd|[een week|drie dagen|een "
        "maand] geblokkeerd] wegens het [publiceren|verspreiden] van persoonsgegevens van een "
        "andere gebruiker. [De bewerkingen zijn verborgen.|Bezwaar kan via de mail.|]",
        "{{ping|{target}}} account geblokkeerd [onbepaald|voor een maand]: [poging tot "
        "outing|schending van de privacy van een medegebruiker]. [De diffs zijn verborgen, "
        "die link ik niet.|Verdere details alleen per mail.]",
        "'''[Uitgevoerd|Geblokkeerd]'''. [Iemands identiteit onthullen|Persoonsgegevens "
        "plaatsen] [wordt niet getolereerd|levert direct een blokkade op], [ongeacht het "
        "conflict|zonder uitzondering].",
        "[Afgehandeld|Gesloten]: account geblokkeerd [door oversight|na verbergen]; [graag niet "
        "verder ingaan op de verwijderde inhoud|hier verder niets te doen].",
    ),
    _neg(
        "nl", "neutral", "versie_verborgen", ("user_talk", "article_talk", "noticeboard"),
        "Ik heb je [laatste|] bewerking [teruggedraaid|verwijderd] omdat er [iemands adres|"
        "een privételefoonnummer|de echte naam van een gebruiker|een geboortedatum] in "
        "stond. [Ik heb om verbergen gevraagd.|Die is inmiddels verborgen.|Zet het "
        "a.u.b. niet terug.]",
        "[Gedaan|{{done}}]: [versie|versies] [verborgen|onderdrukt] [(persoonsgegevens)|]. "
        "[Bedankt voor de melding.|]",
        "[Let op|Opmerking]: een bijdrage in deze sectie is [verborgen|weggehaald] door "
        "oversight omdat er [persoonsgegevens|privégegevens] van een gebruiker in stonden. "
        "[Graag niet speculeren over de inhoud.|Herhaal het niet.]",
        "[Bericht|Reactie] hierboven [weggehaald|verwijderd]: [het noemde de werkgever van|"
        "het linkte naar het profiel van|het noemde de naam van] een [privépersoon|"
        "gebruiker]. [We kunnen zonder verder.|]",
    ),
    _neg(
        "nl", "neutral", "verzoek_verbergen", ("noticeboard", "user_talk", "steward"),
        "[Kan iemand|Kan een oversighter|Wil iemand] versie " + _REV + " van [[{article}]] "
        "verbergen? [Er staat|Er stond] [het telefoonnummer|het adres|de geboortedatum|de echte "
        "naam] van een "
        "[gebruiker|privépersoon] in. [Ik herhaal het hier uiteraard niet.|Details per mail.]",
        "Verzoek om verbergen op [[Overleg:{article}]], [bewerkingen|versies] van {date}: "
        "[persoonsgegevens van|poging tot outing van] [{target}|een andere gebruiker]. [Heb "
        "de versie alvast verborgen.|]",
        "Kan iemand met oversightrechten naar de geschiedenis van [[Overleg gebruiker:"
        "{target}]] kijken? [Een IP|Een nieuw account] heeft daar [wat lijkt op|] [een adres|"
        "een werkgever|een telefoonnummer] [gezet|achtergelaten].",
        "[Dringend|Geen haast]: [privégegevens|doxxing] in de [laatste twee versies|laatste "
        "bewerkingen] van {article}. [Dank.|]",
    ),
    _neg(
        "nl", "neutral", "tbp_afhandeling_gegevens", ("deletion",),
        "'''[Behouden|Verwijderd]'''. [Enkele|Een paar] reacties met [persoonsgegevens|"
        "privégegevens] over het onderwerp zijn tijdens de beoordeling [verborgen|"
        "weggehaald]; [die speelden geen rol bij de afhandeling.|de beslissing rust op de "
        "overige argumenten.]",
        "[Direct verwijderd|Nuweg uitgevoerd]: [aanvalspagina|pagina] met de contactgegevens "
        "van een privépersoon[, geschiedenis verborgen|]. [Aanmaker geblokkeerd.|]",
        "[Opmerking|Noot] voor de afhandelend moderator: ik heb een reactie hierboven "
        "[weggehaald|verborgen] die speculeerde over de echte identiteit van de [nominator|"
        "aanmaker]. [Geen stem.|]",
        "Artikel [ingekort|opgeschoond]: [details over het privéleven|woonplaats en familie] "
        "[verwijderd|eruit], [de rest is bebronnd|relevantie staat niet ter discussie].",
    ),
    _neg(
        "nl", "neutral", "kroeg_privacy", ("noticeboard", "article_talk", "user_talk"),
        "[Moeten|Zouden] we gebruikers [verplichten|aanmoedigen] hun echte naam te "
        "[gebruiken|vermelden]? [Volgens mij beschermt een pseudoniem|Een "
        "pseudoniem beschermt] [wie over gevoelige onderwerpen schrijft|kwetsbare "
        "gebruikers].",
        "Met het maskeren van IP-adressen [(tijdelijke accounts)|] ziet [bijna niemand nog IP's|de "
        "gewone gebruiker geen IP's meer]; [hoe doen we dan rangeblokkades?|wat betekent dat voor "
        "de verzoekpagina?]",
        "[Outing|Doxxing] [blijft|is] [reden voor een directe blokkade|verboden], [hoe "
        "duidelijk de belangenverstrengeling ook is|zonder uitzondering]. [Bewijs gaat per "
        "mail.|]",
        "[De richtlijn|Het privacybeleid] [is|lijkt me] [te vaag|onduidelijk] over [links "
        "naar externe profielen|een werkgever die iemand zelf noemde en later weghaalde]. "
        "[Voorstel hieronder.|Meningen?]",
    ),
    _neg(
        "nl", "fiction", "personage_strip_serie", ("article",),
        "In de [strip|serie|roman] woont {name} aan de {street} in {town}[, boven een café|, "
        "samen met [zijn zus|haar hond]|].",
        "'''{name}''' is een [fictief personage|personage] uit [de stripreeks|de roman van "
        "{public_name}|de televisieserie] ''[De Stille Straat|Haven|Nachten in {town}]''. "
        "[Hij|Zij] werkt als {job} bij {employer} en verschijnt [vanaf het eerste album|in "
        "het tweede seizoen].",
        "[Inspecteur|Rechercheur] {name} [traceert|volgt] het gesprek naar {phone}, [een "
        "telefooncel|het nummer van de broer van het slachtoffer] in {town}.",
        "Volgens [het officiële naslagwerk|het spel|de seriebijbel] is het personage geboren "
        "op {dob} in {town}[ en werkt als {job}|].",
    ),
    _neg(
        "nl", "fiction", "overleg_personage_canon", ("article_talk",),
        "Wordt ergens in de serie [bevestigd|gezegd] dat {given} als {job} bij {employer} "
        "werkt? [Ik vind het alleen op fanwiki's.|Volgens mij komt het alleen in een "
        "verwijderde scène voor.]",
        "De geboortedatum van het personage ({dob}) komt [alleen|enkel] uit [een spin-off-"
        "roman|het officiële boek]: [is dat canon?|volstaat dat als bron?]",
        "[Fantheorie|Speculatie] [verwijderd|teruggedraaid] dat {name} in [seizoen 4|het "
        "vervolg] naar de {street} verhuist[; staat niet in de aflevering|, geen bron].",
        "[Detail|Kleine opmerking]: het nummer {phone} uit [aflevering 5|de finale] is "
        "[fictief|verzonnen], [dat mag er gewoon in.|voetnoot waard?]",
    ),
    _neg(
        "nl", "vrt", "ticket_bestand", ("file", "user_talk", "deletion"),
        "De toestemming is [ontvangen|bevestigd] via VRT (ticket #" + _TICKET + ")[; graag "
        "het sjabloon niet opnieuw plaatsen|].",
        "Hoi {target}, ik heb [je|het] ticket (#" + _TICKET + ") over dit bestand "
        "[afgehandeld|bekeken]. [De licentie is nu bevestigd.|We wachten nog op bevestiging "
        "van de fotograaf.]",
        "{{PermissionTicket|id=" + _TICKET_ID + "|user={editor}}} [Gecontroleerd|Bevestigd] "
        "door een VRT-medewerker op {date}.",
        "[Volgens|Op basis van] [OTRS|VRT]-ticket #" + _TICKET + " is de uploader de maker. "
        "[Behouden.|Verwijderverzoek gesloten.|]",
    ),
    _neg(
        "nl", "example", "zaaknummer_inventaris", ("article",),
        "De Hoge Raad deed in {year} uitspraak (ECLI:NL:HR:{year}:{age}[1|4|7])[ in een "
        "zaak tegen {org}|].",
        "Het [schilderij|handschrift|object] bevindt zich in {org} (inv.nr. "
        "[SK-A-|BK-|]{age}[12|45|7])[, sinds {year} te zien|].",
        "* {public_name}, ''[Geschiedenis van|Wandelen door] {town}'' ([Uitgeverij De Haven|"
        "Boom], {year}), ISBN " + _ISBN + ".",
        "De zaak [staat|is] bij de rechtbank [geregistreerd|bekend] onder zaaknummer C/"
        "{age}/{age}[12|45]{age}[ en betreft een geschil met {org}|].",
    ),
    _neg(
        "nl", "no_tie", "school_ip_regblok", ("noticeboard", "user_talk"),
        "{ip_link} – [vandalisme|herhaald vandalisme] op [[{article}]][ en andere "
        "artikelen|]. [Volgens whois een school|Schoolnetwerk volgens whois]; [graag alleen "
        "anoniemen blokkeren.|blokkade tot de zomervakantie?]",
        "{{Gedeeld IP|{org}}} [Vandalisme|Testbewerkingen] [steeds|telkens] vanaf dit adres"
        "[; graag langere blokkade|]. [Ingelogde gebruikers merken er niets van.|]",
        "Verzoek om rangeblokkade {ip6}/64 ([mobiele provider|openbare wifi|hotspot van "
        "{org}]). [Weinig nevenschade.|Beperkte collateral.]",
        "{ip} [drie maanden|een half jaar] geblokkeerd[ (publieke computers van {org})| "
        "(schoolnetwerk)|]. [Wie het is, valt niet te zeggen en doet er niet toe.|Gedeeld IP "
        "hoe dan ook.]",
    ),
)

# ----------------------------------------------------------------------------------- Polish
_PL = (
    _neg(
        "pl", "warning", "blokada_ujawnienie_danych", ("user_talk", "noticeboard"),
        "Zostałeś [zablokowany|zablokowany na stałe|zablokowany na [tydzień|trzy dni|miesiąc]] "
        "za [publikowanie|ujawnianie] danych osobowych innego wikipedysty. [Edycje zostały "
        "ukryte.|Możesz się odwołać przez {{odblokuj|powód}}.|]",
        "{{ping|{target}}} konto zablokowane [bezterminowo|na miesiąc]: [próba ujawnienia "
        "tożsamości|naruszenie prywatności innego użytkownika]. [Diffy są ukryte, nie będę ich "
        "linkować.|Szczegóły tylko mailem.]",
        "'''[Załatwione|Zablokowany]'''. [Ujawnianie tożsamości|Publikowanie danych "
        "osobowych] innych edytorów [jest niedopuszczalne|kończy się natychmiastową "
        "blokadą], [bez względu na spór|bez wyjątków].",
        "[Zamykam|Załatwione]: konto zablokowane [przez rewizora|po ukryciu wersji]; [proszę "
        "nie komentować usuniętej treści|nic więcej do zrobienia].",
    ),
    _neg(
        "pl", "neutral", "wersja_ukryta", ("user_talk", "article_talk", "noticeboard"),
        "[Wycofałem|Usunąłem] twoją [ostatnią|] edycję[ na tej stronie|], bo [zawierała|"
        "podawała] [czyjś adres|prywatny numer telefonu|prawdziwe nazwisko innego "
        "użytkownika|dane osobowe]. [Poprosiłem o ukrycie.|Została już ukryta.|Proszę jej "
        "nie przywracać.]",
        "[Zrobione|{{załatwione}}]: [wersja ukryta|wersje ukryte|edycje ukryte] [(dane "
        "osobowe)|]. [Dzięki za zgłoszenie.|]",
        "[Uwaga|Informacja]: jedna z wypowiedzi w tym wątku została [ukryta|usunięta] przez "
        "rewizora, bo [ujawniała|zawierała] [dane osobowe|prywatne informacje] użytkownika. "
        "[Proszę nie spekulować, co tam było.|Proszę tego nie powtarzać.]",
        "[Usunąłem|Zdjąłem] wpis powyżej: [podawał miejsce pracy|linkował profil|podawał "
        "nazwisko] [osoby prywatnej|wikipedysty]. [Można dyskutować dalej bez niego.|]",
    ),
    _neg(
        "pl", "neutral", "prosba_o_ukrycie_wersji", ("noticeboard", "user_talk", "steward"),
        "[Proszę o ukrycie wersji|Czy ktoś może ukryć wersję] " + _REV + " w "
        "[[{article}]]. [Zawiera|Widać w niej] [numer telefonu|adres|datę urodzenia|prawdziwe "
        "nazwisko] "
        "[użytkownika|osoby prywatnej]. [Oczywiście nie powtarzam tego tutaj.|Szczegóły "
        "mailem.]",
        "Prośba o ukrycie na [[Dyskusja:{article}]], [edycje|wersje] z {date}: [dane osobowe|"
        "próba ujawnienia tożsamości] [{target}|innego wikipedysty]. [Tymczasem ukryłem "
        "wersję.|]",
        "Czy ktoś z uprawnieniami oversight może zajrzeć do historii [[Dyskusja wikipedysty:"
        "{target}]]? [IP|Nowe konto] [wrzuciło|zostawiło] tam [coś, co wygląda na|] [adres|"
        "miejsce pracy|telefon].",
        "[Pilne|Bez pośpiechu]: [prywatne dane|doxxing] w [dwóch ostatnich wersjach|"
        "ostatnich edycjach] {article}. [Dzięki.|]",
    ),
    _neg(
        "pl", "neutral", "poczekalnia_zamkniecie", ("deletion",),
        "'''[Zostawiono|Usunięto]'''. [Kilka|Parę] wypowiedzi z [danymi osobowymi|prywatnymi "
        "informacjami] o bohaterze artykułu zostało w trakcie dyskusji [ukrytych|usuniętych]; "
        "[nie miały wpływu na decyzję.|rozstrzygnięcie opiera się na pozostałych "
        "argumentach.]",
        "[Usunięto ekspresowo|EK wykonane]: [strona atakująca|treść] z danymi kontaktowymi "
        "osoby prywatnej[, historia ukryta|]. [Autor zablokowany.|]",
        "[Uwaga|Notka] dla zamykającego: [usunąłem|ukryłem] wpis powyżej, który spekulował o "
        "prawdziwej tożsamości [zgłaszającego|autora]. [Bez głosu.|]",
        "Artykuł [okrojony|wyczyszczony]: [szczegóły z życia prywatnego|adres i rodzina] "
        "[usunięte|wyrzucone], [reszta ma przypisy|encyklopedyczność nie budzi wątpliwości].",
    ),
    _neg(
        "pl", "neutral", "kawiarenka_prywatnosc", ("noticeboard", "article_talk", "user_talk"),
        "[Czy powinniśmy|Może warto] [wymagać|zachęcać], żeby edytorzy [używali "
        "prawdziwych nazwisk|podawali prawdziwe nazwiska]? [Moim zdaniem|Według mnie] pseudonim "
        "[chroni osoby piszące o drażliwych "
        "tematach|jest kluczowy dla bardziej narażonych użytkowników].",
        "Po wprowadzeniu maskowania IP [(konta tymczasowe)|] [większość|zwykli użytkownicy] "
        "nie zobaczy już adresów; [jak będą działać blokady zakresów?|co ze "
        "zgłoszeniami wandalizmu?]",
        "[Outing|Doxxing] [pozostaje|jest] [powodem natychmiastowej blokady|zakazany], "
        "[nawet przy oczywistym konflikcie interesów|bez wyjątków]. [Dowody wysyła się "
        "mailem.|]",
        "[Moim zdaniem|Wydaje mi się, że] zasady o prywatności są [zbyt ogólne|niejasne] w "
        "kwestii [linków do zewnętrznych profili|miejsca pracy podanego kiedyś przez samego "
        "użytkownika]. [Propozycja poniżej.|Opinie?]",
    ),
    _neg(
        "pl", "fiction", "postac_serialu_powiesci", ("article",),
        "W [serialu|powieści|komiksie] {name} mieszka przy {street} w miejscowości {town}[, nad "
        "piekarnią|, razem z [siostrą|babcią]|].",
        "'''{name}''' – [fikcyjna postać|postać fikcyjna] z [serialu|powieści|"
        "komiksu] ''[Cicha ulica|Port|Noce w {town}]''[ ({public_name})|]. Pracuje jako {job} "
        "(miejsce pracy: "
        "{employer}); pojawia się [od pierwszego odcinka|w drugim sezonie].",
        "[Komisarz|Aspirant] {name} [namierza|śledzi] połączenie do numeru {phone} – [budki "
        "telefonicznej|brata ofiary] ({town}).",
        "Według [oficjalnego przewodnika|gry|biblii serialu] postać urodziła się {dob} w "
        "miejscowości {town}[ i pracuje jako {job}|].",
    ),
    _neg(
        "pl", "fiction", "dyskusja_postac_kanon", ("article_talk",),
        "Czy w serialu [naprawdę|] pada, że {given} pracuje jako {job} ({employer})? [Znajduję "
        "to tylko na fanowskich wiki.|Chyba było to tylko w wyciętej scenie.]",
        "Data urodzenia postaci ({dob}) pochodzi [tylko|wyłącznie] z [powieści pobocznej|"
        "oficjalnego przewodnika] – [czy to kanon?|czy to wystarczy jako źródło?]",
        "[Usunąłem|Wycofałem] [teorię fanów|spekulację], że {name} zamieszka pod adresem "
        "{street} w [czwartym sezonie|kontynuacji][; nie ma tego w odcinku|, brak źródła].",
        "[Drobiazg|Mała uwaga]: numer {phone} z [odcinka 5|finału] jest [fikcyjny|"
        "zmyślony], [można go podać.|może przypis?]",
    ),
    _neg(
        "pl", "vrt", "zgoda_ticket_plik", ("file", "user_talk", "deletion"),
        "Zgoda [wpłynęła|została potwierdzona] przez VRT (zgłoszenie nr " + _TICKET + ")[; "
        "proszę nie wstawiać ponownie szablonu|].",
        "Cześć {target}, [obsłużyłem|sprawdziłem] [twoje|] zgłoszenie (#" + _TICKET + ") "
        "dotyczące tego pliku. [Licencja jest już potwierdzona.|Brakuje jeszcze "
        "potwierdzenia od fotografa.]",
        "{{PermissionTicket|id=" + _TICKET_ID + "|user={editor}}} [Zweryfikowane|Potwierdzone] "
        "przez agenta VRT ({date}).",
        "[Według zgłoszenia|Zgodnie ze zgłoszeniem] [OTRS|VRT] #" + _TICKET + " przesyłający jest "
        "autorem. [Zostawiono.|Wniosek o usunięcie zamknięty.|]",
    ),
    _neg(
        "pl", "example", "sygnatura_akt_inwentarz", ("article",),
        "Sąd Najwyższy [rozstrzygnął sprawę|orzekł] w {year} (sygn. akt [I|II|III] "
        "[CSK|KK|PK] {age}[1|4]/{year})[; strona: {org}|].",
        "[Obraz|Rękopis|Eksponat] (nr inw. [MNW|MNK|]{age}[12|45|7]) "
        "[eksponowany od {year}|w zbiorach stałych]; właściciel: {org}.",
        "* {public_name}: ''{town}. [Dzieje miasta|Przewodnik]''. [Wydawnictwo Portowe|PWN], "
        "{year}. ISBN " + _ISBN + ".",
        "Sprawa toczy się przed sądem rejonowym ({town}) pod sygnaturą [I C|II K|VI GC] "
        "{age}[12|45]/{year}[; pozwany: {org}|].",
    ),
    _neg(
        "pl", "no_tie", "ip_szkolne_zgloszenie", ("noticeboard", "user_talk"),
        "{ip_link} – [wandalizm|powtarzający się wandalizm] w [[{article}]][ i innych "
        "hasłach|]. [Whois wskazuje na szkołę|Szkolne IP według whois]; [proszę o blokadę "
        "tylko dla niezalogowanych|blokada do końca roku szkolnego?]",
        "{{Współdzielone IP|{org}}} [Wandalizmy|Testy] [stale|wciąż] z tego adresu[; proszę o "
        "dłuższą blokadę|]. [Zalogowani nie są objęci blokadą.|]",
        "Prośba o blokadę zakresu {ip6}/64 ([operator komórkowy|publiczne wi-fi|hotspot: "
        "{org}]). [Niewielkie szkody uboczne.|Mało kolateralu.]",
        "{ip} zablokowane na [trzy miesiące|pół roku][ (publiczne komputery: {org})| (sieć "
        "szkolna)|]. [Nie da się ustalić, kto to, i nie ma potrzeby.|I tak to współdzielone "
        "IP.]",
    ),
)

FAMILIES: tuple[Family, ...] = _EN + _DE + _FR + _ES + _IT + _PT + _NL + _PL
