"""Outing families where a private person's phone number is spelled out in words, digit by
digit ("zero seven seven, double nine..."), the way people write a number to slip past filters.
One family per language; the `{phone_words}` slot keeps the number's own grouping.
"""

from __future__ import annotations

from synth.family import Family

_KINDS = ("user_talk", "article_talk", "noticeboard", "summary")


def _f(fid: str, *templates: str) -> Family:
    return Family(id=fid, lang=fid.split(".", 1)[0], templates=templates, kinds=_KINDS,
                  types=("phone",))


FAMILIES = (
    _f("en.phone.spelled_out",
       "[Since the filter eats numbers|Spelling it out so the bot won't eat it]: {target}'s "
       "[mobile|phone|cell] is {phone_words}.",
       "[Want to talk to|Ring] {target} [yourself|in person]? {phone_words}[, evenings "
       "mostly|]. [Enjoy.|Have fun.|]",
       "{phone_words} - [that's|this is] {target}[, or rather {name}|]. [Ask him|Ask her] "
       "[why|what] [he|she] keeps [reverting|doing this]."),
    _f("de.phone.ausgeschrieben",
       "[Für alle, die|Wer] {target} [mal anrufen|die Meinung sagen] [wollen|will]: "
       "{phone_words}[. Viel Spaß.|.]",
       "Die [Handynummer|Nummer] von {target} [lautet|ist] {phone_words} (ausgeschrieben, "
       "[damit der Filter nicht greift|wegen des Filters]).",
       "{phone_words} - [das ist|so erreicht man] {target}[ alias {name}|]. [Ruft ihn doch "
       "an.|Fragt sie selbst.]"),
    _f("fr.phone.en_toutes_lettres",
       "[Pour ceux qui|Si vous] [veulent|voulez] [appeler|joindre] {target} : "
       "{phone_words}[. Bonne chance.|.]",
       "Le [portable|numéro] de {target}, en toutes lettres [pour le filtre|pour que le "
       "robot ne l'efface pas] : {phone_words}.",
       "{phone_words}. [C'est|Voilà] le numéro de {target}[, c'est-à-dire {name}|], "
       "[appelez-le|demandez-lui] [vous-même|directement]."),
    _f("es.phone.en_letras",
       "[Quien|El que] quiera [llamar a|hablar con] {target}, [aquí va|su móvil es] "
       "{phone_words}[. Suerte.|.]",
       "El [teléfono|móvil] de {target}, [escrito en letras|en palabras] para que el filtro "
       "no lo borre: {phone_words}.",
       "{phone_words}: [ese es|así se localiza a] {target}[, o sea {name}|]. "
       "[Llamadle|Preguntadle] [vosotros|directamente]."),
    _f("it.phone.in_lettere",
       "[Chi vuole|Se qualcuno vuole] [chiamare|parlare con] {target}, il [cellulare|numero] "
       "è {phone_words}[. Auguri.|.]",
       "Numero di {target} [scritto in lettere|a parole], così il filtro non lo "
       "[blocca|cancella]: {phone_words}.",
       "{phone_words} - [questo è|ecco] {target}[, cioè {name}|]. [Chiamatelo|Chiedetelo "
       "a lui] [voi|direttamente]."),
    _f("pt.phone.por_extenso",
       "[Quem quiser|Se alguém quiser] [ligar para|falar com] {target}, o [telemóvel|celular|"
       "número] é {phone_words}[. Boa sorte.|.]",
       "O número de {target} [por extenso|escrito em palavras] para o filtro não "
       "[apagar|bloquear]: {phone_words}.",
       "{phone_words} - [é o|esse é o] número de {target}[, ou seja {name}|]. [Liguem|"
       "Perguntem] [vocês mesmos|diretamente]."),
    _f("nl.phone.uitgeschreven",
       "[Wie|Als iemand] {target} [wil bellen|even wil spreken]: {phone_words}[. Succes.|.]",
       "Het [mobiele nummer|nummer] van {target}, [uitgeschreven|in woorden] zodat het "
       "filter het niet [pakt|weghaalt]: {phone_words}.",
       "{phone_words} - [dat is|zo bereik je] {target}[, oftewel {name}|]. [Bel hem "
       "zelf.|Vraag het haar zelf.]"),
    _f("pl.phone.slownie",
       "[Kto chce|Jeśli ktoś chce] [zadzwonić do|pogadać z] {target}, [numer to|komórka:] "
       "{phone_words}[. Powodzenia.|.]",
       "Numer {target} [słownie|zapisany słowami], żeby filtr go nie [usunął|złapał]: "
       "{phone_words}.",
       "{phone_words} - [to jest|tak złapiecie] {target}[, czyli {name}|]. [Dzwońcie "
       "sami.|Zapytajcie go sami.]"),
)
