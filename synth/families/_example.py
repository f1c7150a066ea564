"""The shape of a families module (this one is an example and holds no families)."""

from __future__ import annotations

from synth.family import Family

EXAMPLE = Family(
    id="en.phone.call_them_on",
    lang="en",
    types=("phone",),
    kinds=("user_talk", "noticeboard", "article_talk"),
    templates=(
        "[Why not|Go ahead and] [ring|call|phone] {target} on {phone}[ and ask|, ask] "
        "[him|her|them] [yourself|directly][.|!]",
        "{target}'s [mobile|number|cell] is {phone}[, enjoy|. Call it| if you want to talk to "
        "the real person behind the account].",
    ),
)

FAMILIES: tuple[Family, ...] = ()
