"""Round-three phrasing families for English, German and Dutch: outing and its hard negatives.

Per language fifteen outing families (two each for workplace, profile, address, name, threat
and birth_date; one each for ip_address, email and id_number), each a different speech act or
page: an aside in a content dispute, a "concerned" conflict-of-interest report, a sockpuppet
evidence list, an objection to a rename request, a Commons file description, a Wikidata
statement dump, an edit summary, a sarcastic one-liner, a conditional threat, a name given
through a relative, a workplace given by role, a profile given as a handle with the platform
named in other words.

The negatives mirror those surfaces (a name next to a job, a handle, a street, an IP, a birth
date, an ID-shaped number) under an exemption: the editor's own user page, a public figure's
public role, a public body's or a shop's contact, a historical person, a plot summary, a photo
credit, a VRT or consent note, a warning, a removal, an IP editor's own signature, a
documentation example, or a person tied to no account.
"""

from __future__ import annotations

from synth.family import Family
from synth.lexicon import LEXICON


def _f(fid: str, kinds: tuple[str, ...], types: tuple[str, ...], *templates: str) -> Family:
    return Family(id=fid, lang=fid.split(".", 1)[0], templates=templates, kinds=kinds,
                  types=types)


def _n(fid: str, kinds: tuple[str, ...], exemption: str, *templates: str) -> Family:
    return Family(id=fid, lang=fid.split(".", 1)[0], templates=templates, kinds=kinds,
                  flag=False, exemption=exemption)


def _low(lang: str, key: str = "given") -> str:
    """An alternative group of the language's invented names in lower case."""
    return "[" + "|".join(n.lower() for n in LEXICON[lang][key]) + "]"


_TALK = ("user_talk", "article_talk")
_BOARD = ("noticeboard", "user_talk", "article_talk")
_SOCK = ("spi", "checkuser", "noticeboard")

# ----------------------------------------------------------------------------------- English
_EN_G = _low("en")

EN = (
    # workplace ------------------------------------------------------------------------------
    _f("en.workplace.role_aside_dispute", _TALK, ("workplace",),
       "[Not that it matters for the sourcing question, but|Side note:|Funny how this works -] "
       "the person pushing this version is the [duty manager on Sundays|receptionist on the "
       "front desk|one who opens up every morning|guy who runs the stockroom] at {employer}"
       "[, which explains a lot|. Draw your own conclusions|][.|]",
       "{target} keeps citing the [staff newsletter|internal memo|rota] because {target} "
       "[is|literally is] the [weekend {job}|{job} on the late shift|new {job}] "
       "at {employer}[.|, come on.]",
       "[Of course|Naturally] the article on {article} reads like an advert - it was written "
       "by [their|the] {job} from {employer}[, {target}|]. [Ask anyone who's been in there.|"
       "Same person who answers the phone there.]",
       "[lol|ha,] {target} [lecturing us on neutrality|talking about COI] while doing "
       "[nights|weekends|the school run] as {job} at {employer}"),
    _f("en.workplace.coi_report_staff_page", ("noticeboard", "article_talk", "deletion"),
       ("workplace",),
       "[Reporting|Flagging] a likely conflict of interest: {target} [works for|is on the "
       "payroll of|is employed at] {employer}[ as {job}|]. [Their edits to|The recent "
       "rewrite of] {article} [removed every criticism|adds opening hours and prices]. "
       "[Concerned this is paid editing.|Could someone uninvolved take a look?]",
       "I'm [genuinely|a bit] concerned about {target}. [Comparing the edit times with|"
       "Matching the photos against] the staff page of {employer}, [it's clearly|this is] "
       "their [{job}|office manager|weekend supervisor][.|, and they haven't declared it.]",
       "'''Delete''' - [promotional|self-serving] page created by an employee of {employer} "
       "({target} [works the front desk there|is their {job}])[.|, per the COI noticeboard.]",
       "COI: {target} = [staff member|employee] at {employer} ([{job}|shift lead], "
       "[{town} site|main branch])[.|] [Pinging an admin.|Requesting a COI tag.]"),
    # profile --------------------------------------------------------------------------------
    _f("en.profile.handle_platform_paraphrase", ("user_talk", "article_talk", "noticeboard"),
       ("profile",),
       "{target} is {handle} on the [bird site|blue bird app|orange site|photo app|"
       "short-video app|hellsite] - same [avatar|bio|cat picture][, same rants|][.|]",
       "[pretty sure|100%] {target} [posts|tweets|streams] as {handle}[. go look|, the "
       "username is a giveaway|]",
       "If you want to know why {target} is so keen on this article, [have a scroll through|"
       "read the pinned post on|check the replies on] {handle}[, the account with the "
       "{town} bio|][.|.]",
       "[Oh hi|Evening], {handle}. [Yes, we all know it's you, {target}.|Thought you'd "
       "[use|pick] a different name on here, {target}?]"),
    _f("en.profile.spi_evidence_list", _SOCK, ("profile",),
       "Evidence:\n* [Same|Identical] [avatar|profile photo] as {{nowrap|[{profile_url} this "
       "{platform} account]}}\n* {target} linked that [page|account] [themselves|in an edit "
       "summary] [in {year}|before the block]\n* [Writing style matches|Same typos]",
       "* {target} - [operates|runs] {profile_url}[ (confirmed by the bio)|]\n* [Behavioural "
       "overlap|Same article set] with the [master|blocked account]",
       "[Additional|Off-wiki] evidence: the [master|sockmaster] [advertises|promotes] the "
       "[edits|drafts] on {platform} under {handle}; {target} [copies|pastes] the same "
       "wording [within hours|a day later].",
       "[Diffs above.|See the diffs above.] [Also,|And] {target}'s {platform} ({handle}) "
       "[announced|bragged about] the [new account|restart] on {date}."),
    # address --------------------------------------------------------------------------------
    _f("en.address.sarcastic_greeting", ("user_talk", "summary", "user_page"), ("address",),
       "[Say hi to|Give my regards to] [your mum|the neighbours|your flatmate] at {address}"
       "[, {target}|][ :)|]",
       "[nice|lovely] [bins|front door|hedge] at {street}[, {target}|] [btw|by the way]",
       "{target}, [maybe|perhaps] [spend less time editing and|go and] [mow the lawn|fix "
       "the gate|shovel the drive] at {street}, {town}",
       "[hey|oi] {target}, [the post|your parcel|the pizza] [is|went] to {street} "
       "({postcode})[, right?|, didn't it?]"),
    _f("en.address.commons_description", ("file",), ("address",),
       "Front of the house of Wikipedia user {target}, {street}, {town}[, taken from "
       "the pavement|, seen from across the road][.|]",
       "[Photo of|Picture of] {street}, {town} {postcode} - [where|the house where] {target} "
       "[lives|lives with their parents][.|. Uploaded for the record.]",
       "{target}'s [car|caravan|van] parked [on the drive at|outside] "
       "{street}[, {town}|] [({year})|]",
       "[Letterbox|Doorbell|Gate] at {address}. [Subject:|Depicts:] the home of {target}"
       "[ (editor)|]."),
    # name -----------------------------------------------------------------------------------
    _f("en.name.rename_objection", ("rename", "steward"), ("name",),
       "'''Oppose''' - [the requester|{target}] is [really|actually] {name} and [wants|is "
       "trying] to [hide|bury] the link between the old account and [their|the] "
       "[company|business|self-promotion][.|. Renaming won't change that.]",
       "[Comment|Note for the renamer]: [this|the] [account|user] [belongs to|is operated "
       "by] {name}[ of {town}|]; the new name [is meant|looks designed] to "
       "[obscure|sidestep] that.",
       "[Decline please|Please don't do this one]. {target} [= |is ]{name}[, everyone on "
       "the project knows it|], and a clean start would [erase|hide] [the COI history|the "
       "harassment history].",
       "Request: {target} -> [Fresh Start|{editor}2]. [Objection:|I object:] the user is "
       "{given} {surname} [and has been told off for paid editing|, a known "
       "promotional editor][.|]"),
    _f("en.name.through_relative", ("user_talk", "article_talk", "noticeboard"), ("name",),
       f"{{target}} is [clearly|obviously] {{name2}}'s [son|daughter|nephew|niece], "
       f"{_EN_G}[ - I know the family|][.|]",
       "{name}, [a relative|family|an aunt of theirs], [told me|let slip] that the "
       "[son|daughter|youngest] is behind {target}[.|, so there's that.]",
       "{target} [edits|writes] [about|in favour of] {article} [because|since] [the|his|her] "
       "[grandfather|uncle|aunt] is {name2}[.|; you can guess the rest.] [Behind the "
       "account:|The person behind it is] {given}[ {surname}|].",
       f"[my cousin|my neighbour's lad|the {_EN_G} kid] runs {{target}}, [family name "
       f"{{surname}}|surname {{surname}}][, lives with his gran|]"),
    # threat ---------------------------------------------------------------------------------
    _f("en.threat.dossier_goes_live", _TALK, ("threat",),
       "[I've started|I'm putting together] a [little|tidy] page about you, {target}, with "
       "[everything I found|your name and all]. It goes [live|public] the day you revert me "
       "again.",
       "[Keep going|Carry on] and [the whole {town} community group|your old school's "
       "Facebook page|everyone at your work] will know [who {target} is|what {target} does "
       "in the evenings][.|. Your choice.]",
       "[Would be a shame|Shame really] if [somebody|someone] [connected|joined up] {target} "
       "to [a real name|a face|an address][, wouldn't it?| - just saying.]",
       "[Tick tock|Clock's ticking], {target}. [Undo your edit|Self-revert] by [tonight|"
       "Friday] or I [start posting|publish] what I know about you[.|. Not a joke.]"),
    _f("en.threat.summary_oneliner", ("summary",), ("threat",),
       "rv[ again|] - [next time|one more time] I [post your name|put your address here|tell "
       "people who you are]",
       "[undo|reverted]: [you know|I know] who you are, {target}[, stop|]",
       "[reverted|rv] {target}; [your employer will hear about this|I'll be in touch with your "
       "boss][.|]",
       "[restoring|restored] sourced text. {target}: [keep this up and I go public|keep it up "
       "and I'll share who you are]"),
    # birth_date -----------------------------------------------------------------------------
    _f("en.birth_date.wikidata_statements", ("wikidata",), ("birth_date",),
       "{target}\n[description|Description]: Wikipedia editor[ from {town}|]\n"
       "date of birth (P569): {dob}\nWikimedia username (P4174): {target}",
       "instance of (P31): human\nWikimedia username (P4174): {target}\n"
       "date of birth (P569): {dob_num}\n[occupation (P106): {job}|]",
       "{target}\n[alias|Also known as]: {name}\ndate of birth (P569): {dob}"),
    _f("en.birth_date.birthday_jibe", _BOARD, ("birth_date",),
       "[lol|Also,] {target} was born {dob}[, so {age}|] - [maybe grow up a bit|and "
       "still edit warring like a kid]",
       "[Happy early birthday|Many happy returns], {target}[ :)|]. [Born {dob}, right?|"
       "{dob} - {age} already, wow.]",
       "{target} [was born|is born] {dob_num} [according to|per] [the school register|their "
       "old forum post|the family tree site][, so they're {age}|][.|]",
       "[FYI|fwiw] the [editor|account] {target} is {age} - [DOB|born] {dob}[, not a minor|"
       ", just old enough]."),
    # ip_address -----------------------------------------------------------------------------
    _f("en.ip_address.logged_out_jibe", ("user_talk", "summary", "noticeboard"),
       ("ip_address",),
       "[Nice try|Cute] logging out, {target}. {ip} [geolocates|resolves] to [your|the same] "
       "[office|street|town] [as always|]",
       "[Forgot to log in again|Logged out again], {target}? [That's|That was] you on {ip}"
       "[ at 3am|, same as last week|]",
       "reverting {ip} (= {target}[ logged out| evading]) ",
       "[Hello again|Welcome back], {target} - [or should I say|aka] {ip_link}[?|.]"),
    # email ----------------------------------------------------------------------------------
    _f("en.email.concerned_report", ("noticeboard", "user_talk", "spi"), ("email",),
       "[Raising this here|Posting this] because I'm [worried|concerned]: the [emails|messages] "
       "I've been getting from {email} are from {target}[, the same person who reverted "
       "me|]. [Can an admin|Could someone] look into it?",
       "[For info|For the record], {target} [contacted|wrote to] the [subject|museum|"
       "publisher] from {email_obf}[, their private address|][.|, posing as an admin.]",
       "{target} [signed up|registered] to the [mailing list|forum] as {email}[ - same "
       "person|; same name, same account]",
       "The [VRT|permission] [mail|email] [came from|was sent from] {email}, which is "
       "[{target}'s personal address|{target}, not the photographer][.|!]"),
    # id_number ------------------------------------------------------------------------------
    _f("en.id_number.document_leak", ("noticeboard", "user_talk", "file"), ("id_number",),
       "The [scan|document|invoice] {target} [uploaded|sent to VRT] shows [their|the] "
       "{id_word}: {id_number}[.|. Not sure they meant that.]",
       "[{target}'s|Their] {id_word} ({id_number}) is [on|visible on] the [letter|form|"
       "screenshot] [they posted|in the file history][.|, someone should hide it - or not.]",
       "{id_word} {id_number} - [belongs to|that's] {target}[, check it if you don't "
       "believe me|]",
       "[Proof|Here's proof] {target} is [who I said|a real person and not a bot]: "
       "{id_word} {id_number}[.|.]"),

    # negatives ------------------------------------------------------------------------------
    _n("en.neg.own_page_job_shift", ("own_user_page",), "self_disclosure",
       "I [work|do nights] at {employer}[ as a nurse|, mostly on the late shift|]. "
       "[Editing is how I unwind.|I edit between shifts.]",
       "About me: {job}, [employed by|working at] {employer} since {year}. [I avoid editing "
       "anything about my employer.|Any COI is declared below.]",
       "{{connected contributor|{employer}}} I am [a member of staff|the {job}] at "
       "{employer} and won't edit that article directly."),
    _n("en.neg.public_head_of_org", ("article", "article_talk", "deletion"), "public_figure",
       "{public_name} has been [director|chief executive|head] of {org} since {year}, "
       "[according to the annual report|as announced in the local paper].",
       "The source [is fine|checks out]: {public_name} is the [publicly "
       "named|listed] [director|chair] of {org}, [it's in every press release|on their "
       "website].",
       "'''Keep''' - {public_name}, [head|director] of {org}, [is covered|gets covered] in "
       "[several|multiple] independent sources."),
    _n("en.neg.own_handle_list", ("own_user_page", "user_talk"), "self_disclosure",
       "[Elsewhere|Off-wiki]: I'm {handle} on {platform}[ - mostly photos|, mostly "
       "birdwatching|].",
       "You can [find|reach] me on {platform} ({profile_url}) [if you'd rather|for anything "
       "non-wiki].",
       "[My|Personal] accounts: {platform} - {handle}. [Feel free to follow.|Same name "
       "everywhere.]"),
    _n("en.neg.warning_no_linking", _BOARD, "warning",
       "[Please|Kindly] don't [link|post] other editors' social media accounts, even if "
       "you're [sure|certain] it's them. [That's outing.|It will be oversighted.]",
       "{target}, [speculating about|guessing at] who is behind an account [and where they "
       "work|or what their handle is elsewhere] is not OK here. [Drop it.|Consider this a "
       "warning.]",
       "[Reminder|A reminder]: [addresses|home addresses], employers and real names of "
       "editors are [off limits|not to be posted], [whatever the dispute|however annoyed "
       "you are]."),
    _n("en.neg.business_listing", ("article", "article_talk"), "business",
       "{surname} [& Sons|Bros.] [Plumbing|Bakery|Joinery] [trades|has traded] from "
       "{org_address} since {year}; [bookings|orders] on {org_phone}.",
       "The [shop|garage|pub] is [at|on] {org_address}[, opposite the station|] - "
       "[opening hours and number ({org_phone}) are|the number ({org_phone}) is] on their "
       "sign and website.",
       "[Added|Sourced] the [address|trading address] of {surname} Ltd ({org_address}) from "
       "the Companies House listing."),
    _n("en.neg.street_view_no_person", ("file",), "no_tie",
       "{street}, {town}, looking [north|south|towards the church][ in the snow|] ({year})",
       "[Terraced houses|Victorian villas|Shopfronts] on {street}, {town}[, {postcode}|]. "
       "[Taken from the pavement.|Own work.]",
       "[Corner of|Junction of] {street} [and the high street|and Station Road], {town}, "
       "[before|after] the [resurfacing|new crossing]."),
    _n("en.neg.rename_to_own_name", ("rename", "steward"), "self_disclosure",
       "Request: {target} -> {name}. Reason: [I'd like|I want] to edit under my real name"
       "[, which I already use on my user page|].",
       "[Hi,|Hello,] please rename my account to \"{name}\" - [that's my own name|it's my "
       "name] and I'm [happy|fine] for it to be public.",
       "Renaming myself from {target} to {given} {surname}[ (my legal name)|]; [request made "
       "while logged in|I confirm this is my own account]."),
    _n("en.neg.historical_family", ("article", "article_talk"), "historical",
       "{name} ([1821|1838|1857]-[1890|1904|1912]) was born into the family of the "
       "[miller|blacksmith|parish clerk] {surname} and [lived|grew up] at {street}.",
       "[Per|According to] the [1881|1901] census, {name2}'s [son|nephew] {given} "
       "[worked|was listed] as a [carter|weaver|lamplighter] in {town}.",
       "[The parish register|A baptism record] of [1843|1862] names {name} as the "
       "[grandson|niece] of {name2}[, a local innkeeper|]."),
    _n("en.neg.warning_threats", ("noticeboard", "user_talk"), "warning",
       "{target}, threatening to [reveal|publish] [someone's|another editor's] identity "
       "[gets|will get] you blocked. [Stop now.|Final warning.]",
       "[Blocked|I've blocked] {target} [indefinitely|for a week] for threatening to "
       "[out|expose] another editor. [The diffs have been suppressed.|Diffs oversighted.]",
       "[Please|Everyone,] [don't|do not] [respond to|engage with] threats to post personal "
       "information - [email|contact] the oversight team [instead|and let them handle it]."),
    _n("en.neg.removed_summary", ("summary",), "removed",
       "[removed|Removed] [a birth date|the date of birth|an address|personal details] "
       "[someone|an IP] added about [another editor|a user]; [requesting suppression|"
       "oversight notified]",
       "[rm|rv] personal info [about|on] {target}[ per WP:OUTING|] - [do not|don't] re-add",
       "[reverted|undid] [edit|edits] by {ip}: [private info|personal data] about [an "
       "editor|a private person], [RevDel requested|sent to oversight]"),
    _n("en.neg.public_figure_dob_wikidata", ("wikidata", "article"), "public_figure",
       "{public_name}\n[description|Description]: [English|Scottish] footballer\n"
       "date of birth (P569): {dob}\nmember of sports team (P54): {town} [FC|Town|United]",
       "{public_name}\n[description|Description]: [British|American] [politician|novelist|"
       "television presenter]\ndate of birth (P569): {dob}",
       "'''{public_name}''' (born {dob}) is [an English|a British] [singer|MP|broadcaster] "
       "[from|based in] {town}."),
    _n("en.neg.own_birthday_box", ("own_user_page",), "self_disclosure",
       "{{User born|{birth_year}}} I was born on {dob} in {town}[ and still live "
       "there|].",
       "Birthday: {dob}. [Yes, I'm|I am] {age}[, no, I won't stop editing|].",
       "[This user was|I was] born on {dob}[ - cake welcome on the day|]."),
    _n("en.neg.ip_own_signature", ("user_talk", "article_talk"), "self_disclosure",
       "[Sorry|Apologies], [forgot to log in|wasn't logged in] - the edit from {ip} was "
       "me, {editor}[. Same opinion as above.|.]",
       "[I agree with the merge.|Fixed the dates as discussed.] --{ip} ({date})",
       "[That was|It's] me on {ip}, [I'm on a library computer|my session expired] - "
       "{editor}"),
    _n("en.neg.public_contact_email", ("article", "article_talk", "wikidata"), "public_org",
       "[Image permissions|Enquiries] for {org} [go|can go] to {org_email} [as stated|as "
       "listed] on their [website|contact page].",
       "The [museum|library] [answers|handles] [research|photo] requests at {org_email}"
       "[ and on {org_phone}|].",
       "{org}\nemail address (P968): mailto:{org_email}\nphone number (P1329): {org_phone}"),
    _n("en.neg.id_example_doc", ("article", "article_talk"), "example",
       "The {id_word} [looks like|has the format] {id_number} (a [made-up|dummy] example); "
       "[real numbers should never be posted|never post a real one].",
       "Template documentation: <code>|id=</code> takes the [number|value] without spaces, "
       "e.g. <code>{id_number}</code> (fictional).",
       "[Format|Shape] of the {id_word}: see the sample card ({id_number}, [specimen|"
       "not a real number]) [in the article|on the government site]."),
    _n("en.neg.fiction_plot_job", ("article", "article_talk"), "fiction",
       "In [series two|the second season], {name} [takes a job|starts work] as the night "
       "[nurse|porter] at the fictional {town} General[, where she meets {name2}|].",
       "Plot: {given} [lives|is living] at {street} [with her aunt|above the chip shop] and "
       "[works|is working] [on the tills|as a cleaner][ until the murder|].",
       "[The novel's|The film's] [protagonist|narrator], {name}, [is|works as] a "
       "[bank clerk|postman|receptionist] in {town} whose [neighbour|boss] {name2} "
       "[vanishes|is found dead]."),
    _n("en.neg.vrt_consent_photo", ("file",), "vrt",
       "{{PermissionTicket|id={year}0315100{age}}} Portrait of {name}, "
       "[published with the subject's written permission|consent received by VRT].",
       "[Photograph|Photo] by {name}[ ({town})|]. Permission [confirmed|archived] via "
       "VRT[, ticket pending|].",
       "Author: {name2}. The [subject|person shown] [agreed|consented] to publication; see "
       "[the VRT ticket|VRT]."),
    _n("en.neg.no_tie_employee_quote", ("article", "article_talk"), "no_tie",
       "A [nurse|porter|{job}] at {employer} told the [local paper|Gazette] that the "
       "[ward|branch] would close in {year}.",
       "[Staff|An employee] at {employer} [confirmed|described] the [closure|refit] to "
       "[reporters|the BBC] - [no name given|unnamed] in the source.",
       "The [source|article] quotes [an unnamed|a] {job} from {town}; that's fine for "
       "[the strike section|the background]."),
)

# ------------------------------------------------------------------------------------ German
_DE_G = _low("de")

DE = (
    # workplace ------------------------------------------------------------------------------
    _f("de.workplace.rolle_nebenbei", _TALK, ("workplace",),
       "[Nur am Rande|Nebenbei bemerkt|Ohne jetzt auf die Quellenfrage einzugehen]: wer "
       "hier [so vehement|ständig] diese Version durchdrückt, ist [die Nachtschwester auf "
       "Station 6|der Hausmeister|die Frau an der Info-Theke|der Filialleiter] von "
       "{employer}[. Das erklärt einiges.|. Muss man wissen.|]",
       "{target} zitiert [den Dienstplan|das Intranet|die Mitarbeiterzeitung], weil "
       "{target} [selbst|halt] [dort|da] als {job} arbeitet – {employer}[, Spätdienst|"
       ", Standort {town}|][.|]",
       "[Klar|Natürlich] liest sich der Artikel {article} wie ein Werbeprospekt, "
       "[geschrieben|verfasst] [vom Personal|von jemandem aus dem Haus] selbst "
       "({job}, {employer})[.|. Frag mal vor Ort nach.]",
       "[lol,|haha,] {target} [erklärt uns NPOV|redet von Neutralität] und [schiebt "
       "Nachtdienste|sitzt jeden Samstag an der Kasse] bei {employer}"),
    _f("de.workplace.ik_meldung_mitarbeiterseite", ("noticeboard", "article_talk", "deletion"),
       ("workplace",),
       "[Möglicher|Wahrscheinlicher] Interessenkonflikt: {target} ist [Mitarbeiter|"
       "Angestellter] von {employer}[, dort als {job}|]. [Die Änderungen an|Die Edits in] "
       "{article} [entfernen jede Kritik|ergänzen Preise und Öffnungszeiten]. [Bitte mal "
       "draufschauen.|Kann sich das jemand Unbeteiligtes ansehen?]",
       "Ich mache mir [ehrlich gesagt|etwas] Sorgen wegen {target}. [Gleicht man die "
       "Editzeiten|Vergleicht man die Fotos] mit der Teamseite von {employer} ab, ist das "
       "[eindeutig|ganz klar] [die Büroleitung|der {job}|die Schichtleitung] dort[.| – und "
       "nichts davon ist offengelegt.]",
       "'''Löschen''' – [Werbeeintrag|Selbstdarstellung], angelegt von [einem Angestellten|"
       "einer Mitarbeiterin] von {employer} ({target} [sitzt dort am Empfang|ist dort "
       "{job}])[.|, siehe VM.]",
       "IK: {target} = [Mitarbeiter|Beschäftigte] bei {employer} ({job}[, Standort {town}|"
       "])[.|] [Bitte um Admin-Blick.|Baustein gesetzt.]"),
    # profile --------------------------------------------------------------------------------
    _f("de.profile.handle_umschrieben", ("user_talk", "article_talk", "noticeboard"),
       ("profile",),
       "{target} ist {handle} [beim Vogel|auf der Foto-App|bei Insta|auf dem Tröt-Server|"
       "im Karrierenetzwerk] – gleiches [Profilbild|Avatar|Katzenfoto][, gleiche Sprüche|]"
       "[.|]",
       "[bin mir ziemlich sicher,|100 %,] {target} [postet|tweetet|streamt] als {handle}"
       "[. schaut mal rein|, der Name verrät's ja schon|]",
       "Wer wissen will, warum {target} so an diesem Artikel hängt: [einfach mal durch "
       "{handle} scrollen|den angepinnten Beitrag von {handle} lesen][, das Konto mit "
       "{town} in der Bio|][.|]",
       "[Na, hallo|Guten Abend], {handle}. [Wir wissen alle, dass du {target} bist.|Dachtest "
       "du, hier merkt keiner, dass {target} derselbe ist?]"),
    _f("de.profile.cu_belege_liste", _SOCK, ("profile",),
       "Belege:\n* [Gleiches Profilbild|Identisches Profilbild|Derselbe Avatar] wie "
       "{{nowrap|[{profile_url} dieses {platform}-Konto]}}\n* {target} hat [das Konto|die "
       "Seite] [selbst|in einer Zusammenfassungszeile] verlinkt\n* [Gleicher Schreibstil|"
       "Dieselben Tippfehler]",
       "* {target} – [betreibt|führt] {profile_url}[ (laut Bio)|]\n* [Gleiche Artikel|"
       "Verhaltensmuster identisch] wie beim [gesperrten Hauptkonto|Sockenzoo]",
       "[Zusätzlich|Außerhalb der Wikipedia]: der [Sockenpuppenspieler|Hauptaccount] "
       "kündigt seine Edits auf {platform} als {handle} an; {target} übernimmt "
       "den Wortlaut [wenige Stunden später|am nächsten Tag].",
       "[Difflinks siehe oben|Diffs siehe oben]. [Außerdem|Zudem] hat {target} auf {platform} "
       "({handle}) am {date} [den Neustart|das neue Konto] [angekündigt|gefeiert]."),
    # address --------------------------------------------------------------------------------
    _f("de.address.spoettischer_gruss", ("user_talk", "summary", "user_page"), ("address",),
       "[Schöne Grüße an|Grüß mir] [deine Mutter|die Nachbarn|deinen Mitbewohner] "
       "({address})[, {target}|][ ;-)|]",
       "{street}: [schöne|hübsche] [Hecke|Haustür|Garage] [übrigens|btw][, {target}|]",
       "{target}, geh [mal weniger editieren und|lieber] [den Rasen mähen|Schnee "
       "schippen|das Gartentor reparieren] – {street}, {postcode} {town}[, ich seh's doch|]",
       "[na|hey] {target}, [das Paket|die Pizza|die Post] [geht|ging] doch an {street} "
       "({postcode} {town})[, oder?|, stimmt's?]"),
    _f("de.address.commons_beschreibung", ("file",), ("address",),
       "Wohnhaus [des Wikipedia-Benutzers|der Wikipedianerin] {target}, {street}, "
       "{postcode} {town}[, vom Gehweg aus|, von gegenüber aufgenommen][.|]",
       "[Foto|Ansicht] {street}, {postcode} {town} – [hier wohnt {target}|das Haus, in dem "
       "{target} bei den Eltern wohnt][.|. Zur Dokumentation hochgeladen.]",
       "[Auto|Wohnwagen|Lieferwagen] von {target}, [Einfahrt|vor dem Haus] "
       "{street}[, {town}|] [({year})|]",
       "[Briefkasten|Klingelschild|Hoftor] {address}. [Motiv:|Zeigt:] Wohnung von {target}"
       "[ (Benutzer)|]."),
    # name -----------------------------------------------------------------------------------
    _f("de.name.umbenennung_einspruch", ("rename", "steward"), ("name",),
       "'''Contra''' – [der Antragsteller|{target}] heißt [in Wirklichkeit|eigentlich] "
       "{name} und will [die Verbindung|den Zusammenhang] zwischen Altkonto und "
       "[Firma|Eigenwerbung] [verschleiern|loswerden][.|. Daran ändert ein neuer Name "
       "nichts.]",
       "[Anmerkung|Hinweis für die Umbenenner]: [das Konto|der Account] [gehört|wird "
       "betrieben von] {name}[ aus {town}|]; der neue Name soll [das|genau das] "
       "[verdecken|verschleiern].",
       "[Bitte ablehnen|Bitte nicht durchführen]. {target} [= |ist ]{name}[, weiß im "
       "Projekt jeder|], und ein Neuanfang würde [die IK-Vorgeschichte|die "
       "Belästigungsgeschichte] [verschwinden lassen|verstecken].",
       "Antrag: {target} → [Neuanfang|{editor}2]. [Einspruch:|Ich widerspreche:] der "
       "Benutzer ist {given} {surname}[, wegen bezahlten Schreibens schon ermahnt|, "
       "bekannter Werbeschreiber][.|]"),
    _f("de.name.ueber_verwandte", ("user_talk", "article_talk", "noticeboard"), ("name",),
       f"{{target}} ist [eindeutig|offensichtlich] [das Kind|das Enkelkind|der Nachwuchs] "
       f"von {{name2}}, also {_DE_G}[ – ich kenne die Familie|][.|]",
       "Jemand aus der Familie, {name}, hat [mir erzählt|sich verplappert], dass [der "
       "Sohn|die Tochter|das Enkelkind] hinter {target} steckt[.|. Nur so am Rande.]",
       "{target} schreibt [so positiv|so eifrig] über {article}, weil [der Opa|der Onkel|die "
       "Tante] {name2} ist[.|; den Rest kann man sich denken.] [Dahinter steckt|Am "
       "Rechner sitzt] {given}.",
       "[ein Cousin von mir|das Nachbarskind|der Jüngste von {name2}] betreibt {target}, "
       "[Nachname|mit Nachnamen] {surname}[, wohnt noch bei der Oma|]"),
    # threat ---------------------------------------------------------------------------------
    _f("de.threat.dossier_veroeffentlichen", _TALK, ("threat",),
       "Ich stelle gerade eine [kleine|hübsche] Seite über dich zusammen, {target} – [mit "
       "allem, was ich gefunden habe|mit Klarnamen und allem]. Die geht [online|raus], sobald du "
       "mich noch einmal revertierst.",
       "[Mach nur weiter|Weiter so], und [die ganze {town}-Facebookgruppe|dein "
       "Sportverein|dein Büro] weiß bald, [wer {target} ist|was {target} abends so "
       "treibt][.|. Deine Entscheidung.]",
       "Wäre [doch schade|ja blöd], wenn [jemand|irgendwer] {target} mit [einem echten "
       "Namen|einem Gesicht|einer Adresse] [in Verbindung bringt|verknüpft][, oder?| – nur "
       "so gesagt.]",
       "[Tick, tack|Die Uhr läuft], {target}. [Nimm deinen Edit zurück|Setz selbst "
       "zurück] bis [heute Abend|Freitag], sonst [stelle ich online|veröffentliche ich], "
       "was ich über dich weiß[.|. Kein Witz.]"),
    _f("de.threat.zusammenfassung_einzeiler", ("summary",), ("threat",),
       "rev.[ schon wieder|] – [beim nächsten Mal steht hier dein Name|noch einmal und ich "
       "poste deine Adresse|noch einmal und ich sage allen, wer du bist]",
       "[zurückgesetzt|rv]: [du weißt|ich weiß], wer du bist, {target}[, lass es|]",
       "[rv|Zurückgesetzt] {target}; [dein Arbeitgeber|dein Chef] [erfährt davon|wird "
       "davon hören][.|]",
       "[belegten Text wiederhergestellt|Belegtes wiederhergestellt]. {target}: [so "
       "weiter und ich mache das öffentlich|noch so ein Edit und ich sage, wer du bist]"),
    # birth_date -----------------------------------------------------------------------------
    _f("de.birth_date.wikidata_aussagen", ("wikidata",), ("birth_date",),
       "{target}\n[Beschreibung|beschreibung]: Wikipedia-Autor[ aus {town}|]\n"
       "Geburtsdatum (P569): {dob}\nWikimedia-Benutzername (P4174): {target}",
       "ist ein(e) (P31): Mensch\nWikimedia-Benutzername (P4174): {target}\n"
       "Geburtsdatum (P569): {dob_num}\n[Tätigkeit (P106): {job}|]",
       "{target}\n[Alias|Auch bekannt als]: {name}\nGeburtsdatum (P569): {dob}"),
    _f("de.birth_date.geburtstag_stichelei", _BOARD, ("birth_date",),
       "[lol,|Übrigens,] {target} ist Jahrgang {birth_year}, genauer [am|] {dob} [geboren|"
       "], [mit {age} könnte man mal erwachsen werden|und trotzdem Editwar wie ein Kind]",
       "[Alles Gute nachträglich|Schon mal alles Gute zum Geburtstag], {target}[ :)|]. "
       "[Geboren am {dob}, oder?|{dob} – schon {age}, Wahnsinn.]",
       "{target} ist laut [Schülerliste|altem Forenpost|Ahnenforschungsseite] am {dob_num} "
       "geboren[, also {age}|][.|]",
       "[Zur Info|FYI]: [der Benutzer|das Konto] {target} ist {age} – [geb.|geboren am] "
       "{dob}[, also nicht minderjährig|, gerade volljährig]."),
    # ip_address -----------------------------------------------------------------------------
    _f("de.ip_address.ausgeloggt_spott", ("user_talk", "summary", "noticeboard"),
       ("ip_address",),
       "[Netter Versuch|Süß], das Ausloggen, {target}. {ip} [landet|geolokalisiert] [wie "
       "immer|] bei [deinem Büro|deiner Straße|deinem Kaff]",
       "[Wieder vergessen, dich anzumelden|Schon wieder ausgeloggt], {target}? [Das|Das "
       "da] [warst|bist] du mit {ip}[ um drei Uhr nachts|, wie letzte Woche|]",
       "rv {ip} (= {target}[ ausgeloggt|, Sperrumgehung])",
       "[Hallo nochmal|Willkommen zurück], {target} – [oder soll ich sagen|alias] "
       "{ip_link}[?|.]"),
    # email ----------------------------------------------------------------------------------
    _f("de.email.besorgte_meldung", ("noticeboard", "user_talk", "spi"), ("email",),
       "Ich melde das hier, weil ich [mir Sorgen mache|beunruhigt bin]: die [Mails|"
       "Nachrichten], die ich von {email} bekomme, [stammen|kommen] von {target}[, "
       "derselbe, der mich revertiert|]. [Kann ein Admin|Kann sich jemand] das ansehen?",
       "[Zur Info|Fürs Protokoll]: {target} hat [den Verlag|das Museum|die Person im "
       "Artikel] von {email_obf} aus [angeschrieben|kontaktiert][, private Adresse|][.|, "
       "und sich als Admin ausgegeben.]",
       "{target} hat sich [bei der Mailingliste|im Forum] als {email} [angemeldet|"
       "registriert][ – dieselbe Person|; gleicher Name, gleiches Konto]",
       "Die [Freigabe|VRT-Mail] [kam von|wurde geschickt von] {email}, und das ist "
       "[die private Adresse von {target}|{target} und nicht der Fotograf][.|!]"),
    # id_number ------------------------------------------------------------------------------
    _f("de.id_number.dokument_sichtbar", ("noticeboard", "user_talk", "file"),
       ("id_number",),
       "Auf dem [Dokument|Schreiben|Formular], das {target} [hochgeladen|an VRT geschickt] "
       "hat, steht [seine|ihre|die] {id_word}: {id_number}[.|. Ob das Absicht war?]",
       "[Die {id_word} von {target}|{target}s {id_word}] ({id_number}) ist auf dem "
       "[Bescheid|Formular|Screenshot] [zu sehen|gut lesbar][.|, sollte mal jemand "
       "verstecken – oder auch nicht.]",
       "{id_word} {id_number} – [gehört|das ist] {target}[, könnt ihr gern nachprüfen|]",
       "[Beweis|Hier der Beweis], dass {target} [eine echte Person ist|kein Bot ist]: "
       "{id_word} {id_number}[.|]"),

    # negatives ------------------------------------------------------------------------------
    _n("de.neg.eigene_seite_beruf", ("own_user_page",), "self_disclosure",
       "Ich arbeite [als {job}|im Schichtdienst] bei {employer}[, meistens Spätschicht|]. "
       "[Wikipedia ist mein Ausgleich.|Ich editiere zwischen den Diensten.]",
       "Über mich: {job}, [angestellt|tätig] bei {employer} seit {year}. [Artikel über "
       "meinen Arbeitgeber bearbeite ich nicht.|Meinen Interessenkonflikt lege ich hier "
       "offen.]",
       "{{Interessenkonflikt|{employer}}} Ich bin [Mitarbeiter|{job}] bei {employer} und "
       "schreibe den Artikel nicht selbst."),
    _n("de.neg.leitung_oeffentlich", ("article", "article_talk", "deletion"),
       "public_figure",
       "{org}: [Leitung|Direktor] seit {year} ist {public_name}[, so der "
       "Jahresbericht|, wie die Lokalzeitung meldete].",
       "[Die Quelle|Der Beleg] passt: {public_name} ist [öffentlich|offiziell] als "
       "[Leitung|Vorsitz] von {org} [genannt|aufgeführt], [steht in jeder "
       "Pressemitteilung|auf deren Website].",
       "'''Behalten''' – {public_name}, [Leiter|Direktorin] von {org}, [wird|ist] in "
       "[mehreren|etlichen] unabhängigen Quellen [behandelt|erwähnt]."),
    _n("de.neg.eigene_konten", ("own_user_page", "user_talk"), "self_disclosure",
       "[Außerhalb der Wikipedia|Anderswo]: ich bin {handle} auf {platform}[ – meist "
       "Fotos|, vor allem Vögel|].",
       "Ihr [findet|erreicht] mich [auch|] auf {platform} ({profile_url}), [wenn euch "
       "das lieber ist|für alles außerhalb des Wikis].",
       "[Meine|Persönliche] Konten: {platform} – {handle}. [Folgen erlaubt.|Überall "
       "derselbe Name.]"),
    _n("de.neg.hinweis_keine_verlinkung", _BOARD, "warning",
       "[Bitte|Bitte grundsätzlich] keine Social-Media-Konten anderer Benutzer "
       "[verlinken|posten], auch wenn ihr [sicher|überzeugt] seid, dass sie es sind. "
       "[Das ist Outing.|Das wird versionsgelöscht.]",
       "{target}, [Spekulationen darüber|Mutmaßungen], wer hinter einem Konto steckt [und "
       "wo er arbeitet|oder wie er anderswo heißt], haben hier nichts verloren. "
       "[Lass das.|Betrachte das als Ansprache.]",
       "[Erinnerung|Zur Erinnerung]: [Wohnadressen|Anschriften], Arbeitgeber und Klarnamen "
       "von Benutzern [sind tabu|werden nicht gepostet], [egal wie der Streit läuft|auch "
       "wenn man sich ärgert]."),
    _n("de.neg.betrieb_eintrag", ("article", "article_talk"), "business",
       "Die [Bäckerei|Schreinerei|Metzgerei] {surname} (gegründet {year}) hat ihren "
       "Sitz unter der Anschrift {org_address}; [Bestellungen|Termine] unter {org_phone}.",
       "Der [Laden|Betrieb|Gasthof] ({org_address}[, gegenüber dem Bahnhof|]): "
       "[Öffnungszeiten und Nummer ({org_phone}) stehen|Die Nummer ({org_phone}) steht] "
       "[am Schaufenster|im Impressum].",
       "[Ergänzt|Belegt]: Geschäftsanschrift der {surname} GmbH ({org_address}) laut "
       "[Handelsregister|Impressum]."),
    _n("de.neg.strassenansicht_ohne_person", ("file",), "no_tie",
       "{street}, {town}, Blick [nach Norden|nach Süden|Richtung Kirche][ im Schnee|] "
       "({year})",
       "[Reihenhäuser|Gründerzeitvillen|Ladenzeile], {street}, {postcode} {town}. "
       "[Vom Gehweg aus aufgenommen.|Eigenes Werk.]",
       "[Ecke|Kreuzung] {street} / [Hauptstraße|Bahnhofstraße], {town}, [vor|nach] der "
       "[Sanierung|Umgestaltung]."),
    _n("de.neg.umbenennung_eigener_name", ("rename", "steward"), "self_disclosure",
       "Antrag: {target} → {name}. Begründung: [Ich möchte|Ich will] unter meinem "
       "Klarnamen schreiben[, der ohnehin auf meiner Benutzerseite steht|].",
       "[Hallo,|Moin,] bitte mein Konto in „{name}“ umbenennen – [das ist mein "
       "richtiger Name|so heiße ich] und [er darf gern öffentlich sein|das ist mir recht].",
       "Umbenennung von {target} in {given} {surname}[ (mein bürgerlicher Name)|]; "
       "[angemeldet beantragt|ich bestätige, dass es mein eigenes Konto ist]."),
    _n("de.neg.historische_familie", ("article", "article_talk"), "historical",
       "{name} ([1821|1838|1857]–[1890|1904|1912]) stammte aus der Familie des "
       "[Müllers|Schmieds|Küsters] {surname} und wuchs im Haus {street} auf.",
       "[Laut|Nach] dem Adressbuch von [1881|1901] arbeitete {given} aus der Familie von "
       "{name2} als [Fuhrmann|Weber|Laternenanzünder] in {town}.",
       "[Das Kirchenbuch|Ein Taufeintrag] von [1843|1862] nennt {name} als "
       "[Enkelkind|Patenkind] von {name2}[, Gastwirt im Ort|]."),
    _n("de.neg.ansprache_drohung", ("noticeboard", "user_talk"), "warning",
       "{target}, wer droht, die Identität [anderer Benutzer|eines Mitautors] [offenzulegen|"
       "zu veröffentlichen], wird gesperrt. [Letzte Warnung.|Lass es.]",
       "[Gesperrt|Ich habe {target} gesperrt] – [unbeschränkt|für eine Woche] wegen "
       "Outing-Drohung. [Die Versionen sind unterdrückt.|Oversight ist informiert.]",
       "[Bitte|Allgemein:] auf Drohungen, private Daten zu posten, [nicht eingehen|nicht "
       "reagieren] – [schreibt|mailt] dem Oversight-Team [stattdessen|, die kümmern sich]."),
    _n("de.neg.entfernt_zusammenfassung", ("summary",), "removed",
       "[Geburtsdatum|Wohnadresse|Persönliche Angaben] [eines Benutzers|über einen "
       "Mitautor] entfernt, [die eine IP|die jemand] eingefügt hat; [Oversight "
       "angefragt|VL beantragt]",
       "[entf.|rv] persönliche Daten [über|zu] {target}[ gem. WP:ANON|] – [nicht wieder "
       "einfügen|bitte nicht erneut]",
       "[Änderung|Änderungen] von {ip} [zurückgesetzt|rückgängig gemacht]: [private "
       "Angaben|personenbezogene Daten] über [einen Benutzer|eine Privatperson], "
       "[Versionslöschung beantragt|an Oversight gemeldet]"),
    _n("de.neg.person_oeffentlich_wikidata", ("wikidata", "article"), "public_figure",
       "{public_name}\n[Beschreibung|beschreibung]: deutscher [Fußballspieler|Handballer]\n"
       "Geburtsdatum (P569): {dob}\nMitglied der Sportmannschaft (P54): [SC|VfL|TSV] {town}",
       "{public_name}\n[Beschreibung|beschreibung]: [deutscher Politiker|deutsche "
       "Schriftstellerin|deutscher Fernsehmoderator]\nGeburtsdatum (P569): {dob}",
       "'''{public_name}''' (* {dob} in {town}) [sitzt seit {year} im "
       "Landtag|moderiert seit {year} das Regionalmagazin|ist Frontstimme der Band "
       "''Nachtzug'']."),
    _n("de.neg.eigener_geburtstag", ("own_user_page",), "self_disclosure",
       "{{Benutzer:Vorlage/Geburtsjahr|{birth_year}}} Ich bin am {dob} in {town} geboren"
       "[ und wohne noch immer dort|].",
       "Geburtstag: {dob}. [Ja, ich bin|Ich bin] {age}[, und nein, ich höre nicht auf zu "
       "editieren|].",
       "[Dieser Benutzer wurde|Ich wurde] am {dob} geboren[ – Kuchen zum Geburtstag "
       "willkommen|]."),
    _n("de.neg.ip_eigene_signatur", ("user_talk", "article_talk"), "self_disclosure",
       "[Sorry|Entschuldigung], [war nicht angemeldet|hab vergessen, mich einzuloggen] – "
       "der Edit von {ip} war ich, {editor}[. Meinung wie oben.|.]",
       "[Zustimmung zur Zusammenführung.|Daten wie besprochen korrigiert.] --{ip} ({date})",
       "[Das war|Das bin] ich unter {ip}, [sitze am Bibliotheksrechner|Sitzung "
       "abgelaufen] – {editor}"),
    _n("de.neg.oeffentliche_kontaktadresse", ("article", "article_talk", "wikidata"),
       "public_org",
       "Anfragen zu [Bildrechten|Archivbeständen] beantwortet {org} unter {org_email}, [wie "
       "auf der Website angegeben|laut Kontaktseite].",
       "[Das Museum|Die Bibliothek] [beantwortet|bearbeitet] [Recherche-|Bild-]Anfragen "
       "unter {org_email}[ und {org_phone}|].",
       "{org}\nE-Mail-Adresse (P968): mailto:{org_email}\nTelefonnummer (P1329): "
       "{org_phone}"),
    _n("de.neg.id_beispiel_doku", ("article", "article_talk"), "example",
       "Eine {id_word} [sieht etwa so aus|hat das Format]: {id_number} ([erfundenes|"
       "fiktives] Beispiel); [echte Nummern gehören nie hierher|niemals eine echte posten].",
       "Vorlagendoku: <code>|id=</code> erwartet die Nummer ohne Leerzeichen, z. B. "
       "<code>{id_number}</code> (fiktiv).",
       "[Aufbau|Format] der {id_word}: siehe [Musterausweis|Muster] ({id_number}, "
       "[Mustermann-Beispiel|keine echte Nummer]) [im Artikel|auf der Behördenseite]."),
    _n("de.neg.fiktion_handlung_beruf", ("article", "article_talk"), "fiction",
       "In der [zweiten Staffel|zweiten Folge] fängt {name} als [Nachtwache|Pförtner] im "
       "fiktiven Klinikum {town} an[, wo die Figur auf {name2} trifft|].",
       "Handlung: {given} wohnt [bei der Tante|über der Imbissbude] ({street}) und "
       "arbeitet [an der Kasse|als Putzkraft][, bis der Mord geschieht|].",
       "[Die Hauptfigur des Romans|Im Film], {name}, arbeitet [in einer Bank|bei der "
       "Post|am Empfang eines Hotels] in {town}, bis [der Nachbar|der Chef] {name2} "
       "[verschwindet|tot aufgefunden wird]."),
    _n("de.neg.vrt_einwilligung_foto", ("file",), "vrt",
       "{{Permission OTRS|id={year}0315100{age}}} Porträt von {name}, [mit schriftlicher "
       "Einwilligung der abgebildeten Person|Freigabe liegt dem Support-Team vor].",
       "[Foto|Aufnahme]: {name}[ ({town})|]. Freigabe [bestätigt|archiviert] über "
       "VRT[, Ticket in Bearbeitung|].",
       "Urheber: {name2}. Die [abgebildete Person|Porträtierte] hat der Veröffentlichung "
       "[zugestimmt|eingewilligt]; siehe [VRT-Ticket|Support-Team]."),
    _n("de.neg.ohne_bezug_mitarbeiter_zitat", ("article", "article_talk"), "no_tie",
       "[Eine Pflegekraft|Ein Mitarbeiter|Eine Angestellte] von {employer} sagte der "
       "[Lokalzeitung|Regionalpresse], die [Station|Filiale] schließe {year}.",
       "[Beschäftigte von {employer} bestätigten|Ein Mitarbeiter von {employer} bestätigte] "
       "die [Schließung|Umbaupläne] gegenüber [Reportern|dem NDR] – [ohne Namen|namentlich "
       "nicht genannt] in der Quelle.",
       "Die Quelle zitiert [eine ungenannte Person|jemanden ohne Namen] ({job}) aus {town}; "
       "für den [Streik-Abschnitt|Hintergrund] reicht das."),
)

# ------------------------------------------------------------------------------------- Dutch
_NL_G = _low("nl")

NL = (
    # workplace ------------------------------------------------------------------------------
    _f("nl.workplace.rol_terzijde", _TALK, ("workplace",),
       "[Los van de bronnenkwestie|Even terzijde|Grappig trouwens]: degene die deze versie "
       "er steeds weer in zet, is [de nachtdienst van afdeling 6|de receptioniste|degene "
       "die 's ochtends opent|de bedrijfsleider op zondag] bij {employer}[. Dat verklaart "
       "een hoop.|. Trek je eigen conclusies.|]",
       "{target} verwijst steeds naar [het rooster|het personeelsblad|het intranet], omdat "
       "{target} [zelf|gewoon] bij {employer} werkt[, late dienst,|, vestiging {town},|] als "
       "{job}[.|, kom op.]",
       "[Natuurlijk|Geen wonder] leest het artikel over {article} als een folder: "
       "[geschreven|opgesteld] door [iemand van de zaak zelf|het personeel zelf] ({job} bij "
       "{employer})[.|. Vraag het daar maar eens na.]",
       "[haha|lol] {target} die ons de les leest over NPOV[,|] terwijl [die|hij|zij] [elk "
       "weekend|elke zaterdag] [achter de kassa staat|nachtdiensten draait] bij {employer}"),
    _f("nl.workplace.belangen_melding", ("noticeboard", "article_talk", "deletion"),
       ("workplace",),
       "[Mogelijke|Waarschijnlijke] belangenverstrengeling: {target} [werkt bij|is in dienst "
       "van] {employer}[ als {job}|]. [De bewerkingen aan|De herschrijving van] {article} "
       "[halen alle kritiek weg|voegen prijzen en openingstijden toe]. [Kan iemand "
       "onafhankelijk meekijken?|Graag een moderator erbij.]",
       "Ik maak me [eerlijk gezegd|een beetje] zorgen over {target}. [Leg je de "
       "bewerkingstijden naast|Vergelijk je de foto's met] de teampagina van {employer}, "
       "dan is het [duidelijk|overduidelijk] [hun {job}|de kantoormanager|de "
       "teamleider][.|, en dat is nergens vermeld.]",
       "'''Verwijderen''' – [reclame|zelfpromotie], aangemaakt door [een medewerker|iemand "
       "van het personeel] van {employer} ({target} [zit daar aan de balie|is daar "
       "{job}])[.|, zie ook de Verzoekpagina.]",
       "Belangenverstrengeling: {target} = [medewerker|personeelslid] bij {employer} "
       "({job}[, vestiging {town}|])[.|] [Graag een sjabloon erop.|Moderator gevraagd.]"),
    # profile --------------------------------------------------------------------------------
    _f("nl.profile.handle_omschreven", ("user_talk", "article_talk", "noticeboard"),
       ("profile",),
       "{target} is {handle} op [dat vogeltjesplatform|die foto-app|Insta|dat "
       "zakelijke netwerk|die filmpjesapp] – zelfde [profielfoto|bio|kattenfoto][, zelfde "
       "toon|][.|]",
       "[ik weet vrij zeker dat|100% dat] {target} [post|twittert|streamt] als {handle}"
       "[. kijk zelf maar|, de naam zegt genoeg|]",
       "Wie wil weten waarom {target} zo aan dit artikel hangt: [scroll eens door|lees het "
       "vastgepinde bericht van] {handle}[, het account met {town} in de bio|][.|]",
       "[Hallo|Goedenavond], {handle}. [We weten allemaal dat jij {target} bent.|Dacht je "
       "dat niemand hier doorhad dat {target} dezelfde is?]"),
    _f("nl.profile.sokpop_bewijs", _SOCK, ("profile",),
       "Bewijs:\n* [Dezelfde profielfoto|Identieke avatar] als "
       "{{nowrap|[{profile_url} dit {platform}-account]}}\n* {target} heeft [dat account|die "
       "pagina] [zelf|in een bewerkingssamenvatting] gelinkt\n* [Zelfde schrijfstijl|Dezelfde "
       "tikfouten]",
       "* {target} – [beheert|runt] {profile_url}[ (volgens de bio)|]\n* [Zelfde "
       "artikelen als|Gedrag identiek aan] [het geblokkeerde hoofdaccount|de eerdere sokpoppen]",
       "[Daarnaast|Buiten Wikipedia]: [het hoofdaccount|de sokpoppenspeler] kondigt de "
       "bewerkingen aan op {platform} als {handle}; {target} neemt de tekst "
       "[een paar uur later|de dag erna] letterlijk over.",
       "[Diffs: zie hierboven.|Zie de diffs hierboven.] [Verder|Bovendien] heeft {target} "
       "op {platform} ({handle}) op {date} [het nieuwe account|de doorstart] aangekondigd."),
    # address --------------------------------------------------------------------------------
    _f("nl.address.spottende_groet", ("user_talk", "summary", "user_page"), ("address",),
       "[Doe de groeten aan|Groetjes aan] [je moeder|de buren|je huisgenoot] op {address}"
       "[, {target}|][ ;)|]",
       "{street}: [mooie|leuke] [heg|voordeur|schutting] trouwens[, {target}|]",
       "{target}, ga [eens minder bewerken en|liever] [het gras maaien|de stoep vegen|dat "
       "hek repareren] – {street}, {postcode} {town}[, ik zie het heus wel|]",
       "[hé|nou] {target}, [dat pakketje|die pizza|de post] [gaat|ging] toch naar {street} "
       "({postcode} {town})[, toch?|, of niet?]"),
    _f("nl.address.commons_beschrijving", ("file",), ("address",),
       "Woonhuis van Wikipediagebruiker {target}, {street}, {postcode} {town}[, vanaf de "
       "stoep|, vanaf de overkant gefotografeerd][.|]",
       "[Foto|Gezicht op] {street}, {postcode} {town} – [hier woont {target}|het huis waar "
       "{target} bij de ouders woont][.|. Ter documentatie geüpload.]",
       "[Auto|Caravan|Bestelbus] van {target}, [op de oprit|voor de deur] {street}[, "
       "{town}|] [({year})|]",
       "[Brievenbus|Naambordje|Tuinhek] {address}. [Onderwerp:|Toont:] de woning van "
       "{target}[ (gebruiker)|]."),
    # name -----------------------------------------------------------------------------------
    _f("nl.name.hernoeming_bezwaar", ("rename", "steward"), ("name",),
       "'''Tegen''' – [de aanvrager|{target}] is [in werkelijkheid|eigenlijk] {name} en "
       "wil het verband tussen het oude account en [het bedrijf|de eigen reclame] "
       "[wegpoetsen|verbergen][.|. Een nieuwe naam verandert daar niets aan.]",
       "[Opmerking|Let op, hernoemers]: [dit account|deze gebruiker] [is van|wordt beheerd "
       "door] {name}[ uit {town}|]; de nieuwe naam is [bedoeld|duidelijk gekozen] om dat "
       "te [verhullen|maskeren].",
       "[Graag afwijzen|Liever niet uitvoeren]. {target} [= |is ]{name}[, dat weet iedereen "
       "op het project|], en met een schone lei verdwijnt [de geschiedenis van "
       "belangenverstrengeling|de intimidatiegeschiedenis].",
       "Aanvraag: {target} → [Nieuwe Start|{editor}2]. [Bezwaar:|Ik maak bezwaar:] de "
       "gebruiker is {given} {surname}[, al eens aangesproken op betaald schrijven|, "
       "bekende reclameschrijver][.|]"),
    _f("nl.name.via_familie", ("user_talk", "article_talk", "noticeboard"), ("name",),
       f"{{target}} is [duidelijk|overduidelijk] [het kind|het kleinkind|de jongste] van "
       f"{{name2}}, dus {_NL_G}[ – ik ken de familie|][.|]",
       "{name} [uit de familie|, familie van de gebruiker,] heeft [me verteld|zich "
       "verspreken] dat [de zoon|de dochter|het kleinkind] achter {target} zit[.|. Zomaar "
       "even gezegd.]",
       "{target} schrijft [zo lovend|zo ijverig] over {article} omdat [opa|de oom|de tante] "
       "{name2} is[.|; de rest laat zich raden.] [Erachter zit|Achter het toetsenbord zit] "
       "{given}.",
       "[een neef van me|het buurjochie|de jongste van {name2}] beheert {target}, "
       "[achternaam|van de familie] {surname}[, woont nog bij oma|, woont nog thuis|]"),
    # threat ---------------------------------------------------------------------------------
    _f("nl.threat.dossier_online", _TALK, ("threat",),
       "Ik ben een [klein|aardig] pagina'tje over je aan het [maken|samenstellen], {target}, "
       "[met alles wat ik gevonden heb|met je echte naam en alles erop en eraan]. Dat gaat "
       "[online|live] zodra je me nog één keer terugdraait.",
       "[Ga zo door|Ga je gang], en [de hele {town}-Facebookgroep|je sportclub|je kantoor] "
       "weet binnenkort [wie {target} is|wat {target} 's avonds uitspookt][.|. Jouw keuze.]",
       "Zou [toch zonde|jammer] zijn als [iemand|er iemand] {target} koppelt aan [een echte "
       "naam|een gezicht|een adres][, toch?| – ik zeg maar wat.]",
       "[Tik tak|De klok tikt], {target}. [Draai je bewerking terug|Zet het zelf terug] "
       "voor [vanavond|vrijdag], anders [zet ik online|publiceer ik] wat ik over je "
       "weet[.|. Geen grap.]"),
    _f("nl.threat.samenvatting_eenregel", ("summary",), ("threat",),
       "terugdraai[ alweer|] – [volgende keer staat hier je naam|nog één keer en ik zet "
       "je adres erbij|nog één keer en iedereen weet wie je bent]",
       "[teruggedraaid|rv]: [ik weet|je weet best] wie je bent, {target}[, stop ermee|]",
       "[rv|Teruggedraaid] {target}; [je werkgever|je baas] [hoort hiervan|krijgt dit te "
       "horen][.|]",
       "[bronvermelde tekst teruggezet|Met bron teruggeplaatst]. {target}: [zo doorgaan en "
       "ik maak het openbaar|nog zo'n bewerking en ik vertel wie je bent]"),
    # birth_date -----------------------------------------------------------------------------
    _f("nl.birth_date.wikidata_claims", ("wikidata",), ("birth_date",),
       "{target}\n[Beschrijving|beschrijving]: Wikipediabewerker[ uit {town}|]\n"
       "geboortedatum (P569): {dob}\nWikimedia-gebruikersnaam (P4174): {target}",
       "is een (P31): mens\nWikimedia-gebruikersnaam (P4174): {target}\n"
       "geboortedatum (P569): {dob_num}\n[beroep (P106): {job}|]",
       "{target}\n[Alias|Ook bekend als]: {name}\ngeboortedatum (P569): {dob}"),
    _f("nl.birth_date.verjaardag_steek", _BOARD, ("birth_date",),
       "[lol,|Trouwens,] {target} is van {dob}[, dus {age}|] – [tijd om volwassen te "
       "worden|en nog steeds bewerkingsoorlogjes als een kleuter]",
       "[Alvast gefeliciteerd|Nog gefeliciteerd], {target}[ :)|]. [Geboren op {dob}, "
       "toch?|{dob} – al {age}, tjonge.]",
       "{target} is volgens [de klassenlijst|een oud forumbericht|die stamboomsite] geboren "
       "op {dob_num}[, dus {age}|][.|]",
       "[Ter info|FYI]: [gebruiker|het account] {target} is {age} – [geb.|geboren] {dob}"
       "[, dus niet minderjarig|, net meerderjarig]."),
    # ip_address -----------------------------------------------------------------------------
    _f("nl.ip_address.uitgelogd_spot", ("user_talk", "summary", "noticeboard"),
       ("ip_address",),
       "[Leuk geprobeerd|Schattig], dat uitloggen, {target}. {ip} [komt|wijst] [zoals "
       "altijd|] uit bij [je kantoor|je straat|je dorp]",
       "[Weer vergeten in te loggen|Alweer uitgelogd], {target}? [Dat was|Dat ben] jij op "
       "{ip}[ om drie uur 's nachts|, net als vorige week|]",
       "rv {ip} (= {target}[ uitgelogd|, blokkadeontduiking])",
       "[Welkom terug|Daar ben je weer], {target} – [of moet ik zeggen|alias] {ip_link}[?|.]"),
    # email ----------------------------------------------------------------------------------
    _f("nl.email.bezorgde_melding", ("noticeboard", "user_talk", "spi"), ("email",),
       "Ik meld het hier omdat ik me [zorgen maak|er niet gerust op ben]: de [mails|"
       "berichten] die ik krijg van {email} komen van {target}[, dezelfde die mij "
       "terugdraait|]. [Kan een moderator|Kan iemand] hier naar kijken?",
       "[Ter info|Voor de volledigheid]: {target} heeft [de uitgever|het museum|de persoon "
       "uit het artikel] benaderd vanaf {email_obf}[, een privéadres|][.|, en deed zich "
       "voor als moderator.]",
       "{target} heeft zich [bij de mailinglijst|op het forum] [aangemeld|ingeschreven] als "
       "{email}[ – dezelfde persoon|; zelfde naam, zelfde account]",
       "De [toestemmingsmail|VRT-mail] [kwam van|is verstuurd vanaf] {email}, en dat is "
       "[het privéadres van {target}|{target} en niet de fotograaf][.|!]"),
    # id_number ------------------------------------------------------------------------------
    _f("nl.id_number.document_zichtbaar", ("noticeboard", "user_talk", "file"),
       ("id_number",),
       "Op het [document|formulier|briefje] dat {target} [heeft geüpload|naar VRT stuurde] "
       "staat [zijn|haar|het] {id_word}: {id_number}[.|. Of dat de bedoeling was?]",
       "Het {id_word} van {target} ({id_number}) is [te zien|goed leesbaar] op de "
       "[scan|schermafbeelding|brief][.|, iemand zou het moeten verbergen – of ook niet.]",
       "{id_word} {id_number} – [is van|dat is] {target}[, check het maar|]",
       "[Bewijs|Hier het bewijs] dat {target} [een echt persoon is|geen bot is]: {id_word} "
       "{id_number}[.|]"),

    # negatives ------------------------------------------------------------------------------
    _n("nl.neg.eigen_pagina_werk", ("own_user_page",), "self_disclosure",
       "Ik werk [als {job}|in ploegendienst] bij {employer}[, meestal late dienst|]. "
       "[Wikipedia is mijn uitlaatklep.|Ik bewerk tussen de diensten door.]",
       "Over mij: {job}, [werkzaam|in dienst] bij {employer} sinds {year}. [Artikelen over "
       "mijn werkgever bewerk ik niet.|Mijn belang meld ik hier.]",
       "Ik ben [medewerker|{job}] bij {employer} en schrijf [dat artikel|het artikel over "
       "mijn werkgever] dus niet zelf. [Zie ook mijn overlegpagina.|Vragen? Overleg "
       "hieronder.]"),
    _n("nl.neg.directeur_publiek", ("article", "article_talk", "deletion"), "public_figure",
       "{public_name} is sinds {year} [directeur|hoofd] van {org}[, aldus het "
       "jaarverslag|, zoals de regionale krant meldde].",
       "De bron [klopt|is in orde]: {public_name} staat [openbaar|officieel] vermeld als "
       "[directeur|voorzitter] van {org}, [in elk persbericht|op hun website].",
       "'''Behouden''' – {public_name}, [directeur|hoofd] van {org}, [komt voor|wordt "
       "besproken] in [meerdere|diverse] onafhankelijke bronnen."),
    _n("nl.neg.eigen_accounts", ("own_user_page", "user_talk"), "self_disclosure",
       "[Buiten Wikipedia|Elders]: ik ben {handle} op {platform}[ – vooral foto's|, vooral "
       "vogels|].",
       "Je [vindt|bereikt] me [ook|] op {platform} ({profile_url}), [als je dat liever "
       "hebt|voor alles buiten de wiki].",
       "[Mijn|Persoonlijke] accounts: {platform} – {handle}. [Volgen mag.|Overal dezelfde "
       "naam.]"),
    _n("nl.neg.waarschuwing_niet_linken", _BOARD, "warning",
       "[Graag|Alsjeblieft] geen socialemedia-accounts van andere gebruikers [linken|"
       "plaatsen], ook niet als je [zeker|overtuigd] bent dat zij het zijn. [Dat is "
       "outing.|Dat wordt verborgen.]",
       "{target}, [gissen|speculeren] wie er achter een account zit [en waar die werkt|of "
       "hoe die elders heet], hoort hier niet. [Stop ermee.|Beschouw dit als waarschuwing.]",
       "[Herinnering|Ter herinnering]: woonadressen, werkgevers en echte namen van "
       "gebruikers [zijn taboe|worden niet geplaatst], [hoe hoog het conflict ook "
       "oploopt|ook als je boos bent]."),
    _n("nl.neg.bedrijfsvermelding", ("article", "article_talk"), "business",
       "[Bakkerij|Timmerbedrijf|Slagerij] {surname} (opgericht {year}) is gevestigd aan "
       "{org_address}; [bestellen|afspraken] via {org_phone}.",
       "De [winkel|garage|herberg] ({org_address}[, tegenover het station|]): "
       "[openingstijden en nummer ({org_phone}) staan|het nummer ({org_phone}) staat] [op "
       "de etalage|op hun website].",
       "[Toegevoegd|Bron erbij]: vestigingsadres van {surname} B.V. ({org_address}) "
       "volgens het [Handelsregister|KvK-uittreksel]."),
    _n("nl.neg.straatbeeld_zonder_persoon", ("file",), "no_tie",
       "{street}, {town}, gezien [naar het noorden|naar het zuiden|richting de kerk][ in de "
       "sneeuw|] ({year})",
       "[Rijtjeshuizen|Herenhuizen|Winkelpanden], {street}, {postcode} {town}. [Vanaf de "
       "stoep gefotografeerd.|Eigen werk.]",
       "[Hoek|Kruising] {street} / [Dorpsstraat|Stationsweg], {town}, [voor|na] de "
       "[herinrichting|renovatie]."),
    _n("nl.neg.hernoeming_eigen_naam", ("rename", "steward"), "self_disclosure",
       "Aanvraag: {target} → {name}. Reden: ik wil [graag|] onder mijn eigen naam "
       "bewerken[, die al op mijn gebruikerspagina staat|].",
       "[Hoi,|Hallo,] graag mijn account hernoemen naar ‘{name}’ – [dat is mijn echte "
       "naam|zo heet ik] en [die mag openbaar zijn|daar heb ik geen bezwaar tegen].",
       "Hernoeming van {target} naar {given} {surname}[ (mijn officiële naam)|]; [aangevraagd "
       "terwijl ik ingelogd ben|ik bevestig dat dit mijn eigen account is]."),
    _n("nl.neg.historische_familie", ("article", "article_talk"), "historical",
       "{name} ([1821|1838|1857]–[1890|1904|1912]) kwam uit de familie van [molenaar|smid|"
       "koster] {surname} en groeide op in het pand {street}.",
       "Volgens het bevolkingsregister van [1881|1901] werkte {given}, uit de familie van "
       "{name2}, als [voerman|wever|lantaarnopsteker] in {town}.",
       "[Het doopboek|Een doopinschrijving] van [1843|1862] noemt {name} als "
       "[kleinkind|petekind] van {name2}[, herbergier in het dorp|]."),
    _n("nl.neg.waarschuwing_dreigen", ("noticeboard", "user_talk"), "warning",
       "{target}, wie dreigt de identiteit van [een andere gebruiker|een medebewerker] "
       "[openbaar te maken|te onthullen], wordt geblokkeerd. [Laatste waarschuwing.|Stop "
       "hiermee.]",
       "[Geblokkeerd|Ik heb {target} geblokkeerd] – [onbepaalde tijd|een week] wegens "
       "dreigen met outing. [De versies zijn verborgen.|Oversight is ingelicht.]",
       "[Graag|Algemeen:] niet reageren op dreigementen om privégegevens te plaatsen – "
       "[mail|meld het bij] het oversightteam[, die pakken het op|]."),
    _n("nl.neg.verwijderd_samenvatting", ("summary",), "removed",
       "[Geboortedatum|Woonadres|Persoonlijke gegevens] van [een gebruiker|een "
       "medebewerker] verwijderd, [door een IP toegevoegd|door iemand toegevoegd]; "
       "[oversight gevraagd|versies laten verbergen]",
       "[verw.|rv] persoonlijke info [over|van] {target} – [niet opnieuw toevoegen|graag "
       "niet terugzetten]",
       "[Bewerking|Bewerkingen] van {ip} teruggedraaid: [privégegevens|persoonsgegevens] "
       "over [een gebruiker|een privépersoon], [gemeld bij oversight|verbergen "
       "aangevraagd]"),
    _n("nl.neg.publiek_persoon_wikidata", ("wikidata", "article"), "public_figure",
       "{public_name}\n[Beschrijving|beschrijving]: Nederlands [voetballer|schaatser]\n"
       "geboortedatum (P569): {dob}\nlid van sportteam (P54): [FC|SC|VV] {town}",
       "{public_name}\n[Beschrijving|beschrijving]: Nederlands [politicus|schrijver|"
       "televisiepresentator]\ngeboortedatum (P569): {dob}",
       "'''{public_name}''' ({town}, {dob}) [zit sinds {year} in de Tweede Kamer|presenteert "
       "sinds {year} het regionale journaal|zingt in de band ''Nachttrein'']."),
    _n("nl.neg.eigen_verjaardag", ("own_user_page",), "self_disclosure",
       "{{Gebruiker geboren|{birth_year}}} Ik ben geboren op {dob} in {town}[ en woon er "
       "nog steeds|].",
       "Verjaardag: {dob}. [Ja, ik ben|Ik ben] {age}[, en nee, ik stop niet met "
       "bewerken|].",
       "[Deze gebruiker is|Ik ben] geboren op {dob}[ – taart op de verjaardag welkom|]."),
    _n("nl.neg.ip_eigen_ondertekening", ("user_talk", "article_talk"), "self_disclosure",
       "[Sorry|Excuus], [niet ingelogd|vergeten in te loggen] – de bewerking vanaf {ip} was "
       "van mij, {editor}[. Mening zoals hierboven.|.]",
       "[Eens met samenvoegen.|Data aangepast zoals besproken.] --{ip} ({date})",
       "[Dat was|Dat ben] ik op {ip}, [ik zit op een bibliotheekcomputer|sessie verlopen] "
       "– {editor}"),
    _n("nl.neg.publiek_contactadres", ("article", "article_talk", "wikidata"), "public_org",
       "Vragen over [beeldrechten|de collectie] beantwoordt {org} via {org_email}, [zoals "
       "op de website staat|volgens de contactpagina].",
       "[Het museum|De bibliotheek] [behandelt|beantwoordt] [onderzoeks|beeld]verzoeken via "
       "{org_email}[ en {org_phone}|].",
       "{org}\ne-mailadres (P968): mailto:{org_email}\ntelefoonnummer (P1329): {org_phone}"),
    _n("nl.neg.id_voorbeeld_doc", ("article", "article_talk"), "example",
       "Een {id_word} [ziet er zo uit|heeft de vorm]: {id_number} ([verzonnen|fictief] "
       "voorbeeld); [echte nummers horen hier nooit|plaats nooit een echt nummer].",
       "Sjabloondocumentatie: <code>|id=</code> verwacht het nummer zonder spaties, bijv. "
       "<code>{id_number}</code> (fictief).",
       "[Opbouw|Vorm] van het {id_word}: zie het [specimen|voorbeelddocument] ({id_number}, "
       "[geen echt nummer|specimen]) [in het artikel|op de site van de overheid]."),
    _n("nl.neg.fictie_plot_werk", ("article", "article_talk"), "fiction",
       "In [het tweede seizoen|de tweede aflevering] begint {name} als [nachtwaker|portier] "
       "in het fictieve ziekenhuis van {town}[, waar het personage {name2} ontmoet|].",
       "Plot: {given} woont [bij een tante|boven de snackbar] ({street}) en werkt [achter de "
       "kassa|als schoonmaker][ tot de moord|].",
       "[De hoofdpersoon van de roman|In de film], {name}, werkt [bij een bank|bij de post|"
       "aan de balie van een hotel] in {town}, tot [de buurman|de baas] {name2} "
       "[verdwijnt|dood wordt gevonden]."),
    _n("nl.neg.vrt_toestemming_foto", ("file",), "vrt",
       "{{Permission OTRS|id={year}0315100{age}}} Portret van {name}, [met schriftelijke "
       "toestemming van de geportretteerde|toestemming ligt bij het VRT-team].",
       "[Foto|Opname]: {name}[ ({town})|]. Toestemming [bevestigd|gearchiveerd] via VRT"
       "[, ticket in behandeling|].",
       "Auteur: {name2}. De [geportretteerde|persoon op de foto] heeft [ingestemd met|"
       "toestemming gegeven voor] publicatie; zie [het VRT-ticket|VRT]."),
    _n("nl.neg.geen_band_medewerker_citaat", ("article", "article_talk"), "no_tie",
       "[Iemand van het personeel|Een medewerker|Een personeelslid] van {employer} vertelde de "
       "[regionale krant|lokale omroep] dat de [afdeling|vestiging] in {year} sluit.",
       "[Medewerkers van {employer} bevestigden|Een medewerker van {employer} bevestigde] "
       "de [sluiting|verbouwing] tegenover [verslaggevers|Omroep Gelderland] – [zonder "
       "naam|niet bij naam genoemd] in de bron.",
       "De bron citeert [een niet bij naam genoemde|een anonieme] {job} uit {town}; voor "
       "de [stakingsparagraaf|achtergrond] is dat genoeg."),
)

FAMILIES = (*EN, *DE, *NL)
