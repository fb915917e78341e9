"""Rounds 51-52's unanswered kinds (assistant/plain53.py): words the bot uses, what to write in
the email, the tribunal online, "so is that a no?" after the trust rule, "will he get in
trouble?" after a child asked for images, the number asked for plainly, a claim without a copy,
a tribunal order and a foreign site."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain53 as p

STORY = ["my ex posted my pics"]
TRUST_TURN = [["action_age_check_answer", "utter_youth_asked_next_authority"]]
CHILD_TURN = [["utter_child_asked", "utter_child_asked_support"]]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_follow_up_kinds_never_answer_a_first_message():
    for first in (
        "what does de-indexed mean",
        "what should I write in the email?",
        "so is that a no?",
        "will he get in trouble?",
    ):
        assert p.follow_up(first, [], [], []) is None, first


def test_words_the_bot_uses_are_explained():
    for said, answer in (
        ("What does de-indexed mean? Like Google won't show it?", p.DEINDEX),
        ("is a protection order like a restraining order?", p.PROTECTION_ORDER),
        ("what's a hash", p.HASH),
        ("what are damages exactly", p.DAMAGES),
        ("what is the solution explorer?", p.SOLUTION_EXPLORER),
    ):
        assert p.follow_up(said, [], STORY, [[]]) == [answer], said
    # The word used without asking what it means is the older answers'.
    assert p.follow_up("can I get damages from him?", [], STORY, [[]]) is None


def test_what_to_write_in_the_email_and_asked_again():
    for said in (
        "Can I just email them instead? What should I put in the email?",
        "ok but what do I actually write in the email? I don't know what to say",
    ):
        assert p.follow_up(said, [], STORY, [[]]) == [p.EMAIL_WORDING], said
    again = p.follow_up("but what do i write in the email", [p.EMAIL_WORDING], STORY, [[]])
    assert again == ["utter_email_what_to_write_short"]


def test_the_tribunal_online_with_the_tribunal_named_or_just_given():
    said = "And the tribunal you mentioned, must that be done on the computer?"
    assert p.follow_up(said, [], STORY, [[]]) == [p.CRT_HOW]
    helped = "Could my granddaughter help me fill it in, if it is on the internet?"
    assert p.follow_up(helped, [], STORY, [["utter_crt"]]) == [p.CRT_HOW]
    assert p.follow_up(helped, [p.CRT_HOW], STORY, [[p.CRT_HOW]]) == ["utter_crt_how_to_use_again"]
    # Without the tribunal anywhere, "fill it in" is another form's.
    assert p.follow_up(helped, [], STORY, [["utter_contact"]]) is None


def test_yes_or_no_after_the_trust_rule_for_a_young_writer():
    earlier = ["my coach asked me for pics and i sent some. im 17 so i can consent right?"]
    said = "thats a lot of text lol. so is that a no? hes only 23"
    assert p.follow_up(said, [], earlier, TRUST_TURN) == [p.TRUST_NO]
    both = "ok so hes the one breaking the law not me? i dont want him to get fired tho"
    assert p.follow_up(both, [], earlier, TRUST_TURN) == [p.TRUST_NO, p.TRUST_NOT_YOUR_JOB]
    again = "can a 17 year old legally send pics to their coach yes or no"
    assert p.follow_up(again, [p.TRUST_NO], earlier, [[p.TRUST_NO]]) == [
        "utter_trust_plain_no_again"
    ]
    # An adult writer, or no trust rule given: the older answers.
    assert p.follow_up(said, [], ["my coach asked me for pics, im 25"], TRUST_TURN) is None
    assert p.follow_up(said, [], earlier, [["utter_crt"]]) is None


def test_a_child_asked_for_images_is_not_in_trouble():
    earlier = ["my little brother is 12 and someone on discord keeps asking him for pics"]
    said = "its not me its my brother. should i tell my parents or will he get in trouble"
    assert p.follow_up(said, [], earlier, CHILD_TURN) == [p.CHILD_NOT_IN_TROUBLE]
    again = "is he in trouble if my parents find out? he thinks he is"
    assert p.follow_up(
        again, [p.CHILD_NOT_IN_TROUBLE], earlier, [*CHILD_TURN, [p.CHILD_NOT_IN_TROUBLE]]
    ) == ["utter_child_asked_not_in_trouble_again"]
    assert p.follow_up(said, [], earlier, [["utter_crt"]]) is None


def test_the_number_asked_for_plainly():
    said = "ok good. what number i call? and he want money, should i give? he is family"
    assert p.follow_up(said, [], STORY, [[]]) == [p.NUMBER_PLAIN, p.SHORT_DONT_PAY]
    only = "too much english. only tell me phone number for lawyer with punjabi please"
    assert p.follow_up(only, [], STORY, [[]]) == [p.NUMBER_PLAIN]
    assert p.follow_up(only, [p.NUMBER_PLAIN], STORY, [[p.NUMBER_PLAIN]]) == [
        "utter_intake_number_plain_again"
    ]
    # A number asked beside another question keeps the older answers (with their other lines).
    for beside in (
        "should I report to the cops first, and what number do I call for legal advice",
        "i need to get my pics off instagram and whats the number for the lawyer",
        "ok what number do i call first. im 19 in kelowna",
    ):
        assert p.follow_up(beside, [], STORY, [[]]) is None, beside


def test_a_claim_without_a_copy():
    for said in (
        "HR already deleted the Slack post. Does that ruin my case? I didn't screenshot it",
        "can I still make a claim if I don't have a copy of it?",
    ):
        assert p.follow_up(said, [], STORY, [[]]) == [p.NO_COPY], said
    assert p.follow_up("I already deleted it", [], STORY, [[]]) is None


def test_a_tribunal_order_and_a_foreign_site():
    said = (
        "my photos were posted on a website hosted in Russia. If I get a tribunal order,"
        " can they make a foreign site take them down?"
    )
    assert p.follow_up(said, [], [], []) == [p.SITE_ABROAD]
    assert p.follow_up("the site is hosted in russia, can police help?", [], [], []) is None


def test_more_on_a_child_asked_for_images():
    earlier = ["A man on Roblox keeps messaging my 11 year old daughter asking for photos"]
    crime = "is it a crime for an adult to ask an 11 year old for pictures, if she never sent any?"
    assert p.follow_up(crime, [], earlier, CHILD_TURN) == [p.CHILD_ASKED_CRIME]
    where = "Should I report this man to the police? Or somewhere else?"
    assert p.follow_up(where, [], earlier, CHILD_TURN) == [p.HELPER_MINOR_FIRST]
    assert p.follow_up(crime, [], earlier, [["utter_crt"]]) is None


def test_reporting_after_leaving_the_job():
    earlier = ["im 17 and my manager keeps asking me for pics"]
    for said in (
        "if i quit can i still report him after",
        "if i dont work there anymore can i still report it",
    ):
        assert p.follow_up(said, [], earlier, [[]]) == [p.REPORT_AFTER_LEAVING], said


def test_the_free_service_is_for_the_person_pictured():
    earlier = ["my son is 19 and he sent naked pictures of his ex to his friends"]
    said = "so the free 3 hours is for him too? just want to be sure before he calls"
    assert p.follow_up(said, [], earlier, [["utter_relative_is_sharing"]]) == [
        p.FOR_PERSON_PICTURED
    ]
    assert p.follow_up(said, [], earlier, [["utter_crt"]]) is None


def test_blocked_before_anything_is_posted_for_an_adult():
    said = "is there anything i can do now so that IF he posts them they get blocked?"
    assert p.follow_up(said, [], ["my ex still has my photos, I'm 35"], [[]]) == [
        "utter_stopncii_before_posting"
    ]
    assert p.follow_up(said, [], ["im 15 and my ex has my pics"], [[]]) is None


def test_will_the_police_take_me_seriously_after_paying():
    said = "And the police? Will they take me seriously, given I paid them money?"
    assert p.follow_up(said, [], ["they asked me for $2,000"], [[]]) == [p.POLICE_VIEW]


def test_am_i_in_trouble_misspelled_and_inside_a_form():
    assert p.follow_up("am i in trubble", [], [], []) == p.IN_TROUBLE
    said = "i sent a pic of me to a kid whos 16 he asked me. im 12. will police come to my house"
    assert p.in_form(said, [], ["am i in trubble"]) == ([p.POLICE_COME_YOUNG], True)
    assert p.follow_up(said, [], ["am i in trubble"], [p.IN_TROUBLE]) == [p.POLICE_COME_YOUNG]
    again = "yes i live in bc. but am i in trubble for sending it"
    assert p.follow_up(again, [], [said], [[p.POLICE_COME_YOUNG]]) == p.IN_TROUBLE_YOUNG
    police_again = "will the police come"
    assert p.follow_up(police_again, [], [said], [[p.POLICE_COME_YOUNG]]) == p.IN_TROUBLE_YOUNG
    scared = "so will the police come or not. im scared"
    both = [[p.POLICE_COME_YOUNG], p.IN_TROUBLE_YOUNG]
    assert p.follow_up(scared, [], [said], both) == [p.NOT_IN_TROUBLE_SHORT]


def test_a_helper_does_not_look_at_the_image_to_check():
    earlier = [
        "I'm a school counsellor. A grade 9 student (14) told me photos of her are going around"
    ]
    said = "Can I look at his phone to confirm it's her before I report?"
    helped = [["utter_helper_minor", "utter_helper_minor_removal"], ["utter_duty_to_report"]]
    assert p.follow_up(said, [], earlier, helped) == [p.NO_NEED_TO_LOOK]
    assert p.follow_up(said, [], earlier, [["utter_crt"]]) is None


def test_the_older_answers_keep_their_wordings():
    """Wordings the full conversation run found answered by older readers, with more in them."""
    trust = [["utter_youth_asked_next_authority"]]
    young = ["im 16 and my teacher asks me for pics"]
    for said, earlier, replies in (
        ("whats a protection order, does it cost anything?", STORY, [[]]),
        ("what's the CRT damages cap now? I had $5,000 in my notes.", STORY, [[]]),
        ("is kids help phone confidential yes or no", young, trust),
        ("so thats a no? hes like 30. if i report him will i get fired", young, trust),
        ("i dont want to get him in trouble tho. everyone on the team likes him", young, trust),
        (
            "she thinks she's in trouble. should I go to her parents or the police first?",
            STORY,
            CHILD_TURN,
        ),
        ("do i tell my mom or her parents even though i promised?", STORY, CHILD_TURN),
        ("would she get in trouble if she sent him something? shes only 13", STORY, CHILD_TURN),
        (
            "Is it a crime for a 19 year old to ask my 13 year old for a nude,"
            " even if she sent it willingly?",
            STORY,
            CHILD_TURN,
        ),
        (
            "And the amount? Also I don't use computers much, can I file by telephone?",
            STORY,
            [["utter_crt"]],
        ),
        (
            "Is there any way to do this without a computer?"
            " Could somebody help me with the forms?",
            STORY,
            [["utter_crt"]],
        ),
        (
            "could the tribunal order the owner to delete videos"
            " even though i have no proof he has any?",
            STORY,
            [[]],
        ),
        ("like if he posts them can they be taken down after", STORY, [[]]),
        ("i sent them to him myself tho. will i get in trouble if i tell the police", young, [[]]),
        ("but am i in trouble with the police? i dont want my dad to know", young, [[]]),
        ("so am i in trouble bc i sent it to him? like legally", young, trust),
        ("wait so am i in trouble?? i sent it", young, trust),
        ("is it even illegal tho? like they're dating. 14 and 18", STORY, CHILD_TURN),
        (
            "The photos are still up on a website now. Anything I can do today?",
            STORY,
            [["utter_crt"]],
        ),
    ):
        assert p.follow_up(said, [], earlier, replies) is None, said


def test_in_trouble_asked_again_where_the_reply_would_be_a_dead_end():
    earlier = ["i sent a pic of me to a kid whos 16 he asked me. im 12"]
    said = "i dont know what he did with it. i just want to know if im in trouble"
    assert p.dead_end_answer(said, [], earlier) == [p.NOT_IN_TROUBLE_SHORT]
    assert p.dead_end_answer(said, [], ["my ex shared my pics, im 30"]) is None
    others = "huh? i asked if the guys sending my pic around can get in trouble"
    assert p.dead_end_answer(others, [], earlier) is None


def test_an_acknowledgment_is_thanked_not_read_as_a_question():
    for said in ("perfect", "got it", "awesome!!", "ok perfect", "Great 🙂", "makes sense"):
        assert p.follow_up(said, [], STORY, [["utter_crt"]]) == [p.THANKS], said
    for said in (
        "ok",
        "yes",
        "sweet thanks",
        "perfect, but can he still post it?",
        "great so what",
    ):
        assert p.follow_up(said, [], STORY, [["utter_crt"]]) is None, said
    assert p.follow_up("perfect", [], [], []) is None  # never a first message


def test_rounds_53_54_a_child_asked_for_images_the_helpers_next_questions():
    earlier = ["a man on roblox is asking my 11 year old grandson for pictures"]
    for said, answer in (
        ("should I tell her mother first or report it first?", p.ORDER_FIRST),
        ("how do I talk to an 11-year-old about this", p.TALK_TO_CHILD),
        ("should I take the tablet away?", p.CHILD_DEVICE),
        ("should we tell our parents? she's 14", p.TELL_PARENTS),
        ("And the tablet? Should I take it from him?", p.CHILD_DEVICE),
        ("If he did send a picture, can it be removed somehow?", p.CHILD_REMOVAL),
    ):
        assert p.follow_up(said, [], earlier, CHILD_TURN) == [answer], said
    both = "Should I tell his mother before, or report first? And should I take the tablet away?"
    assert p.follow_up(both, [], earlier, CHILD_TURN) == [p.ORDER_FIRST, p.CHILD_DEVICE]
    # A promise not to tell keeps the older answer ("telling is still okay").
    promised = "should i tell our parents? she made me promise not to"
    assert p.follow_up(promised, [], earlier, CHILD_TURN) is None
    assert p.follow_up("how do I talk to her", [], earlier, [["utter_crt"]]) is None


def test_talking_with_ones_own_child_who_shared():
    earlier = ["my 17 year old son shared a 16 year old girl's nudes"]
    said = "how do I talk to him about this"
    assert p.follow_up(said, [], earlier, [["utter_own_child_shared"]]) == [p.OWN_CHILD_TALK]


def test_a_young_writer_threatened_with_failing_or_the_bench():
    earlier = ["im 16 and my teacher asked me for a pic"]
    for said in (
        "he said he'd make sure I fail if I tell",
        "I never sent him anything, I just don't want to get kicked off the team",
    ):
        assert p.follow_up(said, [], earlier, [[]]) == [p.REPRISAL_YOUNG], said
    assert p.follow_up("he said he'd make sure I fail", [], ["im 30"], [[]]) is None
    known = "if i report it will he find out it was me? hes gonna bench me or something"
    assert p.follow_up(known, [], earlier, [[]]) is None


def test_a_helpers_question_with_other_parts_keeps_the_older_answers():
    earlier = ["my 13 year old daughter is being asked for pics by a man online"]
    for said in (
        "should i take her phone away? and should i call police first or cybertip",
        "Should I block the account or leave it? And how do I bring this up with him?",
        "will he get in trouble if he already sent one? and can the pictures be removed",
        "should he tell our parents? he says they'll take his phone away",
        "Am I required to report this as school staff? And should I tell her parents?",
    ):
        assert p.follow_up(said, [], earlier, CHILD_TURN) is None, said
    young = ["im 15 and my coach asks for pics"]
    for said in (
        "will he find out if i report it? i dont want to get kicked off the team",
        "he says if i tell anyone ill get cut from the team. who am i even supposed to tell",
    ):
        assert p.follow_up(said, [], young, [[]]) is None, said


def test_an_acknowledgment_right_after_the_thanks_gets_the_warm_ending():
    assert p.follow_up("got it", [p.THANKS], STORY, [[p.THANKS]]) == ["utter_thanks_close"]


def test_an_adult_correcting_an_under_18_reading():
    for said in ("I am 67 years old, not under 18. I have grandchildren!", "im not a kid, im 34"):
        assert p.follow_up(said, [], STORY, [[]]) == [p.ADULT_NOT_MINOR], said
    assert p.follow_up("im 15, not an adult", [], STORY, [[]]) is None
    assert p.follow_up("she is not a kid", [], STORY, [[]]) is None
    # With a question of its own, the older answers (they answer the question for an adult).
    asked = "im not under 18, im 19 and its college. so what do i do, police or that tribunal?"
    assert p.follow_up(asked, [], STORY, [[]]) is None
