"""The follow-up readers that answer the latest message with a sequence of their own, in the
order they are asked (the first that answers wins). Each takes the message's context
(message_context.py) and gives the actions to run, or None.

Order matters where two readers know the same words: the narrower one comes first, and the
comment beside it says which one it goes before and why. Run only outside forms and never on
the crisis or danger intents (InterruptPolicy._direct_answer checks that)."""

from __future__ import annotations

from collections.abc import Callable

from assistant import (
    ages21,
    ages23,
    answers22,
    asks23,
    asks25,
    crisis_for_others,
    deadends31,
    deadends34,
    explored_kinds,
    followups22,
    helper_role,
    late_report,
    limits25,
    neighbours23,
    no_report_needed,
    parts23,
    place_questions,
    plain27,
    plain34,
    plain38,
    plain40,
    plain42,
    plain44,
    plain46,
    plain48,
    plain50,
    plain53,
    plain57,
    plain59,
    plain61,
    plain65,
    plain67,
    plain69,
    plain71,
    plain73,
    plain75,
    police_or_911,
    practical_next,
    question_parts,
    reasks,
    removal_tools,
    repeat25,
    roles22,
    roles23,
    roles28,
    roles31,
    safety28,
    said_again,
    stock27,
    stock28,
    stock31,
    threat27,
    who25,
    who27,
    work_reprisal,
    young31,
    young_share_consent,
)
from assistant.policies.message_context import MessageContext

Reader = Callable[[MessageContext], "list[str] | None"]


def _who25(ctx: MessageContext) -> list[str] | None:
    # A parent, grandparent or school staff stays who is writing: talking with the child, lines
    # for parents, "should we pay", staff duty (round 24). First: who is writing decides which
    # answer fits, and its readers are narrow (never on a first message).
    return who25.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.earlier_actions)


def _plain27(ctx: MessageContext) -> list[str] | None:
    # A young writer who sent a picture to an adult asks "am I in trouble", a site blocking the
    # images before they are posted, "does it still count if he deleted it", "how long" after
    # the removal routes (round 27). First: each is narrow, and older readers sent a nearby
    # stock block (the consent text, the evidence steps, the lawyer letter's week).
    return plain27.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor)


def _young31(ctx: MessageContext) -> list[str] | None:
    # A young writer asked for pictures by family who says it's a secret, "am I in trouble /
    # who do I tell", "if I tell he'll say I did bad stuff", "will she get arrested, I just want
    # it deleted", "he's showing them to people" (rounds 29-30). After plain27: its "am I in
    # trouble" for a picture sent to an adult is narrower; before who27 and the rest, whose
    # threat, consent and crime answers are an adult's.
    return young31.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.earlier_actions)


def _safety28(ctx: MessageContext) -> list[str] | None:
    # Keeping a known person away ("a restraining order so he can't come near me"), the person
    # near in person ("I can't block him, he's at our house"), what works tonight once images
    # were shared, a clarification after a crisis reply (rounds 27-28). First: threat27's
    # and repeat25's fear and tonight answers would take these words; its gates are narrow
    # (an order or the person at or coming to the writer's home, never a helper's message).
    return safety28.follow_up(
        ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.earlier_actions
    )


def _work_reprisal(ctx: MessageContext) -> list[str] | None:
    # Punished at work for saying no ("he's been cutting my shifts since I said no", round 31
    # p12). Last: the older job and team answers come first where they know the words.
    return work_reprisal.follow_up(ctx.text, ctx.earlier, ctx.is_minor, ctx.replies_flat)


def _plain34(ctx: MessageContext) -> list[str] | None:
    # A threat not carried out asked whether anyone can help yet, "what is a screenshot", "does
    # it matter that I'm almost 18", "do I have to go to Vancouver" (rounds 33-34). After the
    # helper and young-writer readers (who is writing decides their answers); before threat27,
    # repeat25 and practical_next, whose sextortion steps and timing answer took the threat.
    return plain34.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.outside_bc)


def _plain38(ctx: MessageContext) -> list[str] | None:
    # A safe adult who is not a parent, going along with a demand, money the sharer made, what
    # to tell Cybertip.ca, a young writer's own fears, the tribunal's date cutoff, the assistant's
    # sources (rounds 37-38). Before plain34 and after who25: who is writing decides its answers,
    # and the older readers after it sent a nearby stock block for these words.
    return plain38.follow_up(
        ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.replies_flat, ctx.outside_bc
    )


def _crisis_for_others(ctx: MessageContext) -> list[str] | None:
    # "its not me its her, can i call 988 for her?" right after the crisis reply (round 41
    # p17): the lines for her and what the helper can do. First: every later reader answered
    # the helper's earlier question (calling the lawyer for her) instead.
    # Ends with action_listen: no narrow part beside it ("can I call for her" is this answer).
    recent = [name for turn in ctx.replies[-2:] for name in turn]
    sequence = crisis_for_others.follow_up(ctx.text, ctx.previous, recent)
    return [*sequence, "action_listen"] if sequence else None


def _plain42(ctx: MessageContext) -> list[str] | None:
    # Rounds 41-42: a young writer's phone and trouble, which line to phone first, reaching
    # services by text or email, suing someone unnamed, a threat for money or a meeting, a
    # helper's "someone to talk to for her feelings" (assistant/plain42.py). After safety28 and
    # before the role readers: these said a helper's or a victim's block for these words.
    return plain42.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.replies_flat)


def _plain46(ctx: MessageContext) -> list[str] | None:
    # Rounds 45-46: a named service's number, Take It Down and uploading, who reads this chat,
    # the tribunal online, what to have ready, the advice's hours, a lawyer of one's own, a
    # sharer's lawyer, reporting without parents or screenshots, one thing tonight, "it's her
    # fault", a young writer ignoring him, staff referring a youth outside B.C., "that's all"
    # (assistant/plain46.py). After plain44, for the same reason as plain42 and plain44.
    return plain46.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor)


def _plain50(ctx: MessageContext) -> list[str] | None:
    # Round 50's kinds: removal after the crisis answer, will he know I blocked him, removal
    # while waiting for the lawyer, Cybertip.ca at 18, copies the online tools don't reach,
    # family who won't delete, who a tribunal order covers, the chat on the device after it was
    # deleted, "the school says it's not their problem" (assistant/plain50.py). After plain48.
    return plain50.follow_up(
        ctx.text,
        ctx.previous,
        ctx.earlier,
        ctx.replies,
        ctx.is_minor,
        ctx.intent,
    )


def _plain57(ctx: MessageContext) -> list[str] | None:
    # Rounds 55-56: a young person helping a friend their age, a child messaged by a man, money
    # back, a claim's deadline, a college, the IIPS and who asked, "since we're together", a
    # remark as a threat, French today, one's own pictures from under 18 (assistant/plain57.py).
    return plain57.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.replies, ctx.is_minor)


def _plain59(ctx: MessageContext) -> list[str] | None:
    # Rounds 57-58: a teacher told by a student, family finding out through the police, what to
    # say back, what to have ready, calling for someone, a game's report tool, the IIPS and him,
    # damages a sharer may pay, a college's discipline (assistant/plain59.py).
    return plain59.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.replies, ctx.is_minor)


def _plain61(ctx: MessageContext) -> list[str] | None:
    # Rounds 59-60: an underwear photo, someone who can't block the person threatening them, a
    # parent whose child shared someone's image, a child groomed, removal without suing, "I am
    # the one in the photos" (assistant/plain61.py).
    return plain61.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.replies, ctx.is_minor)


def _police_or_911(ctx: MessageContext) -> list[str] | None:
    # Round 65: "the police station or 911?" in any conversation (assistant/police_or_911.py).
    return police_or_911.follow_up(ctx.text, ctx.previous)


def _plain71(ctx: MessageContext) -> list[str] | None:
    # Rounds 69-70: what to say to a crisis line, deleting the copy on someone else's device, a
    # lawyer for the one who shared, Cybertip.ca at 18, a private group, a joke, filming agreed
    # but not sharing, the lawyer in court, applying for the order, police and a young writer's
    # parents, a young person calling alone (assistant/plain71.py).
    return plain71.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.replies)


def _plain73(ctx: MessageContext) -> list[str] | None:
    # Rounds 71-72: a lawyer for the one who shared, the bank after paying, a friend instead of
    # a parent, the person who says no to deleting, the IIPS's number, finding the police
    # number (assistant/plain73.py).
    said_before = " ".join(ctx.response_text(name) for name in ctx.previous)
    return plain73.follow_up(
        ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.replies, said_before
    )


def _plain75(ctx: MessageContext) -> list[str] | None:
    # Rounds 73-74: the cost asked with no money demanded, how much money, telling the parents
    # from an adult sibling, telling Airbnb, shown on a phone (assistant/plain75.py).
    return plain75.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.replies)


def _plain69(ctx: MessageContext) -> list[str] | None:
    # Rounds 67-68: an adult telling HR, SMS texts on the phone, is the threat real, what words
    # to say, does a removal tool tell anyone, wait and see (assistant/plain69.py).
    return plain69.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor)


def _plain67(ctx: MessageContext) -> list[str] | None:
    # Rounds 65-66: Take It Down without a parent, a spoken threat, will the lawyer see the
    # video, Stand Informed's dates, telling work, an upskirt photo, the tribunal for images
    # only held, the IIPS from outside B.C., a teacher and the parents (assistant/plain67.py).
    return plain67.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.replies)


def _child_trouble_again(ctx: MessageContext) -> list[str] | None:
    # Round 66 p31: a helped child's "is she in trouble" asked again after its answer; ahead of
    # plain48, whose child-asked block would only repeat (assistant/plain65.py).
    return plain65.trouble_asked_again(
        ctx.text, ctx.previous, ctx.earlier, ctx.replies, ctx.is_minor
    )


def _plain65(ctx: MessageContext) -> list[str] | None:
    # Rounds 63-66: a child's helper asks whether paying made it stop, says they are not the
    # young person, or asks whether the child is in trouble (assistant/plain65.py); ahead of
    # plain53's adult correction.
    return plain65.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.replies, ctx.is_minor)


def _plain53(ctx: MessageContext) -> list[str] | None:
    # Rounds 51-52's kinds: words the bot uses (de-indexed, protection order, hash, damages),
    # what to write in the email, the tribunal online, "so is that a no?" after the trust rule,
    # "will he get in trouble?" after a child asked for images, the number asked for plainly,
    # a claim without a copy, a tribunal order and a foreign site (assistant/plain53.py).
    return plain53.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.replies, ctx.is_minor)


def _plain48(ctx: MessageContext) -> list[str] | None:
    # Rounds 47-48: the tribunal only online and who helps, the letter and the mail, what
    # happens after the call, a story that disappears, legal help in another province, AirDrop
    # is sharing, filmed and not shared, 9-8-8 and the police, a helper's interpreter, a
    # helper's child's images going around (assistant/plain48.py). After plain46.
    return plain48.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.earlier_actions)


def _plain44(ctx: MessageContext) -> list[str] | None:
    # Rounds 43-44: an adult at college, a printed copy given back, what to bring to the police,
    # both routes, taking back consent, where to go if the service says no, a service's languages
    # (assistant/plain44.py). After plain42, for the same reason.
    return plain44.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor)


def _plain40(ctx: MessageContext) -> list[str] | None:
    # A threat with a demand that is not money, several people in one claim, a sharer's parent
    # and deleting, a debt, refusing to delete, Take It Down, the tribunal's limits, the service
    # by phone, a young writer's "what do I say to him" (rounds 39-40). After plain38, before
    # plain34: the older readers after it sent a nearby stock block for these words.
    return plain40.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.replies_flat)


def _sharer_family(ctx: MessageContext) -> list[str] | None:
    # A parent whose own child shared asks what to say to the other family (round 33 p13). First:
    # the helper readers answered it with a victim's parent's advice.
    return plain34.sharer_family_step(ctx.text, ctx.earlier, ctx.previous)


def _no_report_needed(ctx: MessageContext) -> list[str] | None:
    # A helper of someone under 18 asks whether a police report is needed first (round 32
    # p08). Before who27/who25 and the helpers' removal answers, which took these words.
    return no_report_needed.follow_up(ctx.text, ctx.earlier, ctx.replies_flat)


def _late_report(ctx: MessageContext) -> list[str] | None:
    # "can I tell police after 10 years?", "I worry for the girls he coaches now, who should I
    # tell?" (round 32 p24): both fell to "I'd rather not guess". Last: answers22's police-years-
    # later answer (voyeurism, position of trust) comes first where it knows the words.
    return late_report.follow_up(ctx.text, ctx.replies_flat)


def _threat27(ctx: MessageContext) -> list[str] | None:
    # Images sent around right now without a demand, not wanting to be alone with a boss or
    # coach, "can't I force him", someone else to ask him, a young writer asked for pictures
    # by an adult (rounds 25-26). Before repeat25: its anger answer would take "he gets mad,
    # I don't want to be alone with him at my shift", which asks what to do at the shift.
    return threat27.follow_up(
        ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.earlier_actions
    )


def _roles28(ctx: MessageContext) -> list[str] | None:
    # A young person who promised a threatened friend secrecy asks whether to tell an adult
    # (rounds 27-28). First: who is writing decides the answer, and its gate is narrow (a
    # promise, a friend, a harm and a young writer or friend all said).
    return roles28.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor)


def _deadends31(ctx: MessageContext) -> list[str] | None:
    # Own-words follow-ups that got "I'd rather not guess" or a nearby topic (rounds 29-30):
    # telling an owner instead of police, private or deactivate, police before a move, "is it
    # closed", what "pilot" means, showing a partner's picture, waiting for the parents, a friend
    # reporting posts, StopNCII without the images, "only 4 friends", one claim or two; outside
    # B.C.: the IIPS, "what can I do here". Before who27 and the older readers, which sent the
    # nearby block; its gates are narrow (never on a first message). Its GATED kinds only where
    # the reply would otherwise be a dead end (dead_end_sequence below).
    return deadends31.follow_up(
        ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.outside_bc, dead_end=False
    )


def _roles31(ctx: MessageContext) -> list[str] | None:
    # Who is writing decides the wording (rounds 29-30): a teen's friend in danger ("911 or her
    # mom first?"), "do I HAVE to tell our parents" after a promise, a parent for a grown child
    # who is blackmailed, a counsellor's "is she eligible" when nothing was sent, a parent's
    # removal question. After safety28 (a danger to the writer is its); before roles28, whose
    # promise answer is worded for a young writer (roles31 sends it to a young writer too).
    return roles31.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.intent)


def _who27(ctx: MessageContext) -> list[str] | None:
    # Another person's B.C. home asked about by a writer outside B.C., a young friend's age and
    # the writer's own, legal help if the pilot closed (rounds 25-26). Before who25: who27's
    # "can she use it" is about the place, which who25 does not read; all three are narrow.
    return who27.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.earlier_actions, ctx.outside_bc)


def _repeat25(ctx: MessageContext) -> list[str] | None:
    # "simpler please" / "who do I call tonight" after a long answer, fear of family beside the
    # interpreter, anger at a no from a coach, "what can I do tonight": never the long text
    # again (round 24). First: it reads what the turn before sent, not the topic.
    return repeat25.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor)


def _stock28(ctx: MessageContext) -> list[str] | None:
    # Own-words follow-ups that got a stock block (rounds 27-28): a B.C. order and a person
    # abroad, warning a daughter first, a lawyer for the child who shared, no copy of the images,
    # the other person's address for a claim, "will that number call me back"... Last: the
    # older readers keep what they already answered (a parent's "cheap lawyer for him", the
    # images sent to people abroad).
    last_reply = " ".join(ctx.response_text(name) for name in (ctx.replies or [[]])[-1])
    return stock28.follow_up(
        ctx.text, ctx.previous, ctx.earlier, ctx.earlier_actions, ctx.is_minor, last_reply
    )


def _stock28_early(ctx: MessageContext) -> list[str] | None:
    # "Will that number call me back" right after the 1-833 line, a B.C. order and a person
    # abroad (round 28 p25, p04). After repeat25; before asks25 and the contact readers, whose
    # answers (the police abroad, the legal line's call-back) would take these.
    last_reply = " ".join(ctx.response_text(name) for name in (ctx.replies or [[]])[-1])
    return stock28.early_follow_up(ctx.text, ctx.previous, ctx.earlier, last_reply)


def _stock31(ctx: MessageContext) -> list[str] | None:
    # Own-words follow-ups that one word sent to a stock reply, or that got the earlier block
    # again (rounds 29-30): the time from the call to the lawyer, "his friends deleted it, any
    # point?", "do I have to do what he says", "1 hour or he posts", "if I stop paying won't he
    # post", "who do I call to get her charged", safely with a partner's temper, "without him
    # finding out". After repeat25 (it keeps "simpler please"); before stock28_early, roles22's
    # deleted-evidence answer and the sextortion steps, which took these words.
    return stock31.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.earlier_actions, ctx.is_minor)


def _roles23(ctx: MessageContext) -> list[str] | None:
    # A young friend's image going around, forwarding it, the copy on the writer's phone, a
    # threat from someone also under 18 (round 22). Before neighbours23: narrower (a friend's
    # story told).
    return roles23.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.replies_flat)


def _neighbours23(ctx: MessageContext) -> list[str] | None:
    # A lease, paper copies, "make sure he doesn't send it to anyone else", finding out if it's
    # going around, a young writer's "make him stop", telling the parents or a teacher.
    return neighbours23.follow_up(ctx.text, ctx.earlier, ctx.previous, ctx.is_minor)


def _asks23(ctx: MessageContext) -> list[str] | None:
    # The intake number from outside B.C., income, writing to him, email and meeting hours,
    # texted not online, his friends, a past B.C. home, the police non-emergency number (round
    # 23); a second question beside it is answered too (question_parts.py).
    plain_ask = asks23.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.outside_bc)
    if not plain_ask:
        return None
    return (
        question_parts.with_every_part(
            plain_ask,
            asks23.KIND,
            ctx.intent,
            ctx.parse_data,
            ctx.previous,
            ctx.response_text,
        )
        or plain_ask
    )


def _asks25(ctx: MessageContext) -> list[str] | None:
    # The blackmailer abroad, warning people first, shown on a phone, the free lawyer when
    # nothing was sent, blocking before screenshots, an interpreter by the language's name, a
    # hidden camera taken away (round 24); other parts beside it too, unless the answer stands
    # alone (asks25.adds_parts).
    plain_ask = asks25.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor)
    if plain_ask and asks25.adds_parts(plain_ask):
        return (
            question_parts.with_every_part(
                plain_ask,
                asks25.KIND,
                ctx.intent,
                ctx.parse_data,
                ctx.previous,
                ctx.response_text,
            )
            or plain_ask
        )
    return plain_ask


def _stock27_prints(ctx: MessageContext) -> list[str] | None:
    # Keep the prints or get rid of them, right after the answer on the prints (round 25 p11).
    # Before limits25: its order answer would otherwise be sent again for it.
    return stock27.prints_follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.is_minor)


def _stock27(ctx: MessageContext) -> list[str] | None:
    # Own-words follow-ups that got a stock paragraph on a nearby topic (rounds 25-26): the
    # parents and reporting, the 1-833 line's hours and who it tells, one number, StopNCII and
    # reposts, a spoken threat, seeing him at the tribunal... Last: the older readers keep what
    # they already answered ("will my parents find out", "screencap the page for proof").
    recent = [ctx.response_text(name) for turn in ctx.replies[-3:] for name in turn]
    return stock27.follow_up(
        ctx.text, ctx.previous, ctx.earlier, ctx.earlier_actions, ctx.is_minor, recent
    )


def _limits25(ctx: MessageContext) -> list[str] | None:
    # An income figure, StopNCII and a named site, how long removal takes, the prints given
    # back, removal asked from outside B.C. (round 24).
    return limits25.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.outside_bc)


def _followups22(ctx: MessageContext) -> list[str] | None:
    # Stopping it without the police, an adult's age, quitting the job, a recording not known to
    # be shared, suing after the sharing was told, which police before a move (round 21).
    return followups22.follow_up(
        ctx.text, ctx.intent, ctx.earlier, ctx.previous, ctx.is_minor, ctx.outside_bc
    )


def _answers22(ctx: MessageContext) -> list[str] | None:
    # An order not obeyed, other legal help, how the service reaches you, police years later.
    return answers22.follow_up(ctx.text, ctx.previous, ctx.earlier)


def _parts23(ctx: MessageContext) -> list[str] | None:
    # Someone to talk to today or on a weekend, a screenshot of images taken under 18.
    return parts23.follow_up(ctx.text, ctx.previous, ctx.earlier, ctx.outside_bc)


def _helper_role(ctx: MessageContext) -> list[str] | None:
    # A helper's own part (on the call, reporting, filing for them, who to tell first), a
    # relative who is the one sharing (round 20).
    return helper_role.follow_up(ctx.text, ctx.previous, ctx.earlier)


def _place(ctx: MessageContext) -> list[str] | None:
    # The service asked about for a place outside B.C. ("can someone in alberta use this").
    last_replies = (ctx.replies or [[]])[-1]
    return place_questions.service_for_place(ctx.text) or place_questions.other_person_in_bc(
        ctx.text, [*ctx.previous, *last_replies]
    )


def _stopncii_before_posting(ctx: MessageContext) -> list[str] | None:
    # StopNCII before anything is posted (round 22 p19).
    return removal_tools.stopncii_before_posting(ctx.text, ctx.earlier, ctx.is_minor, ctx.previous)


def _roles22(ctx: MessageContext) -> list[str] | None:
    # A receiver helping the friend pictured, a young helper's block question, copies already
    # gone, witnesses, "i know who did it" (round 21).
    return roles22.follow_up(ctx.text, ctx.previous, ctx.earlier)


def _ages21(ctx: MessageContext) -> list[str] | None:
    # Ages already given (a young writer's trust question, "what do i do", "someone for kids").
    return ages21.follow_up(
        ctx.text,
        ctx.intent,
        ctx.earlier,
        ctx.earlier_topics,
        ctx.is_minor,
        ctx.previous,
        ctx.earlier_actions,
    )


def _ages23(ctx: MessageContext) -> list[str] | None:
    # A young writer threatened, a young sharer's age, living with the person threatening, a
    # parent whose child shared asking about deleting (round 23).
    return ages23.follow_up(ctx.text, ctx.earlier, ctx.is_minor, ctx.image_situation, ctx.previous)


def _removal_without_phone(ctx: MessageContext) -> list[str] | None:
    # Removal asked by someone who said they won't phone: the online and text routes, before
    # the written contacts (round 21).
    return reasks.removal_without_phone(ctx.text, ctx.intent, ctx.earlier, ctx.previous)


def _explored(ctx: MessageContext) -> list[str] | None:
    # Cannot phone; "you already told me that" (round 19).
    return explored_kinds.follow_up(ctx.text, ctx.previous)


def _said_again(ctx: MessageContext) -> list[str] | None:
    # Someone to talk to, paying to buy time, the IIPS's cost, which route first (round 19).
    return said_again.follow_up(ctx.text, ctx.previous, bool(ctx.earlier))


def _young_share(ctx: MessageContext) -> list[str] | None:
    # A young writer's "even if she says it's ok?" about showing someone's image: the under-18
    # rule, even with consent (session 20).
    kind = young_share_consent.young_share_consent(
        ctx.text, ctx.earlier, ctx.replies_flat, ctx.previous
    )
    return young_share_consent.ANSWERS[kind] if kind else None


def _practical_next(ctx: MessageContext) -> list[str] | None:
    # Now or wait, reporting from outside B.C., which first or quickest, a young person telling
    # a trusted adult (round 19, second pass).
    return practical_next.follow_up(
        ctx.text, ctx.previous, ctx.earlier, ctx.outside_bc, ctx.is_minor
    )


SEQUENCE_READERS: tuple[tuple[str, Reader], ...] = (
    ("crisis_for_others", _crisis_for_others),
    ("sharer_family", _sharer_family),
    ("safety28", _safety28),
    ("plain42", _plain42),
    ("plain44", _plain44),
    ("plain46", _plain46),
    ("child_trouble_again", _child_trouble_again),
    ("plain48", _plain48),
    # Narrowed to the wordings older readers left unanswered (the full conversation run,
    # session 33, found them answering the broader ones with their own rated answers).
    ("plain50", _plain50),
    ("police_or_911", _police_or_911),
    ("plain71", _plain71),
    ("plain73", _plain73),
    ("plain75", _plain75),
    ("plain69", _plain69),
    ("plain67", _plain67),
    ("plain65", _plain65),
    ("plain53", _plain53),
    ("plain57", _plain57),
    ("plain59", _plain59),
    ("plain61", _plain61),
    ("no_report_needed", _no_report_needed),
    ("roles31", _roles31),
    ("roles28", _roles28),
    ("plain27", _plain27),
    ("young31", _young31),
    ("deadends31", _deadends31),
    ("who27", _who27),
    ("who25", _who25),
    ("plain38", _plain38),
    ("plain40", _plain40),
    ("plain34", _plain34),
    ("threat27", _threat27),
    ("repeat25", _repeat25),
    ("stock31", _stock31),
    ("stock28_early", _stock28_early),
    ("roles23", _roles23),
    ("neighbours23", _neighbours23),
    ("asks23", _asks23),
    ("asks25", _asks25),
    ("stock27_prints", _stock27_prints),
    ("limits25", _limits25),
    ("followups22", _followups22),
    ("answers22", _answers22),
    ("parts23", _parts23),
    ("helper_role", _helper_role),
    ("place_questions", _place),
    ("stopncii_before_posting", _stopncii_before_posting),
    ("roles22", _roles22),
    ("ages21", _ages21),
    ("ages23", _ages23),
    ("removal_without_phone", _removal_without_phone),
    ("explored_kinds", _explored),
    ("said_again", _said_again),
    ("young_share_consent", _young_share),
    ("practical_next", _practical_next),
    ("stock27", _stock27),
    ("stock28", _stock28),
    ("work_reprisal", _work_reprisal),
    ("late_report", _late_report),
)


def in_form_answer(ctx: MessageContext) -> tuple[list[str], bool] | None:
    """Inside a form, (the answer to a plain question, whether the form ends after it), or
    None (assistant/plain48.py: "does airdrop count as sharing?" asked in the check;
    assistant/plain53.py: a young writer's "will police come to my house?")."""
    return plain48.in_form(
        ctx.text, ctx.previous, ctx.earlier, ctx.earlier_actions
    ) or plain53.in_form(ctx.text, ctx.previous, ctx.earlier)


def first_sequence(ctx: MessageContext) -> list[str] | None:
    """The sequence of the first reader that answers the latest message, or None."""
    for _name, reader in SEQUENCE_READERS:
        sequence = reader(ctx)
        if sequence:
            if sequence[-1].endswith("_form") or sequence[-1] == "action_listen":
                return sequence
            # Round 25-26 (parts27): a narrow part beside the reader's answer ("and my husband
            # cannot know", "i want to burn them") is answered too (question_parts.py).
            return question_parts.with_narrow_parts(
                sequence, ctx.text, ctx.previous, ctx.response_text
            )
    return None


def dead_end_sequence(ctx: MessageContext) -> list[str] | None:
    """Rounds 29-30 (deadends31): the answer to an own-words follow-up that the bot would
    otherwise meet with a dead end ("I'd rather not guess", "not sure I have the answer", "my
    answer above doesn't say more"), its GATED kinds included: copies saved on phones, Take It
    Down for images taken under 18, the police where an outside-B.C. writer lives, not sure
    who. Those are not read from SEQUENCE_READERS: ahead of the rules, the InterruptPolicy's
    own answers and the older readers they changed older answers (session 26);
    InterruptPolicy._dead_end_replaced asks here only when the reply chosen without it is a
    dead end (deadends31.DEAD_ENDS)."""
    sequence = deadends31.follow_up(
        ctx.text, ctx.previous, ctx.earlier, ctx.is_minor, ctx.outside_bc
    ) or (deadends34.follow_up(ctx.text, ctx.previous, ctx.earlier) if ctx.earlier else None)
    sequence = sequence or plain48.dead_end_answer(ctx.text, ctx.previous)
    sequence = sequence or plain53.dead_end_answer(
        ctx.text, ctx.previous, ctx.earlier, ctx.is_minor
    )
    sequence = sequence or plain67.dead_end_answer(
        ctx.text, ctx.previous, ctx.earlier, ctx.is_minor
    )
    if not sequence:
        return None
    return question_parts.with_narrow_parts(sequence, ctx.text, ctx.previous, ctx.response_text)
