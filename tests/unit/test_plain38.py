"""Rounds 37-38 (assistant/plain38.py): own-words follow-ups the sources answer, where a nearby
stock block, the eligibility form or "I'd rather not guess" came."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain38 as p

SISTER_16 = [
    "hey my little sister is 16 and some guy on snap is threatening to post her pics unless "
    "she sends more"
]
YOUNG_COACH = ["my volleyball coach asked me for pics and i sent some. im 15 hes 22"]
YOUNG_SEXTORTED = ["some guy on insta has my pics and i paid him 50", "im 14"]
ADULT_POSTED = ["my ex posted my pictures online, im 29"]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_an_adult_sibling_can_be_the_safe_adult():
    for text in (
        "so can i be her safe adult or does it have to be a parent",
        "she really doesnt want our parents to know. does she have to tell our parents?",
        "does it have to be a parent?",
    ):
        assert p.follow_up(text, [], SISTER_16) == [p.SAFE_ADULT], text
    # an adult's friend: not the under-18 steps; staff and reporting: the older answers
    assert p.follow_up("can i be her safe adult", [], ADULT_POSTED) is None
    counsellor = ["im a school counsellor, one of my students (14) told me her nude is out"]
    assert (
        p.follow_up("Do I have to tell her parents? She begged me not to.", [], counsellor) is None
    )
    report = "am i allowed to report it myself or does it need to be a parent"
    assert p.follow_up(report, [], ["some guy keeps messaging my little sister, shes 12"]) is None


def test_going_along_with_a_demand():
    for text in (
        "honestly should i just keep seeing him so he doesnt send it",
        "he wants me to keep hooking up with him or he sends it. do i just go along with it?",
    ):
        assert p.follow_up(text, [], ["he recorded us and says he'll send it"]) == p.DONT_GO_ALONG
    assert p.follow_up("should i keep seeing my therapist", [], []) is None


def test_money_the_sharer_made_is_not_blackmail_paid():
    assert p.follow_up("can i also get back the money he made off my videos?", [], []) == [
        p.MONEY_MADE
    ]
    assert p.follow_up("i paid him 200, can i get my money back", [], []) is None


def test_what_to_have_ready_when_reporting():
    asked = "I meant what do I tell the Cybertip people when I ring them. Do I need the messages?"
    assert p.follow_up(asked, [], ["my granddaughter is 12"]) == [p.WHAT_TO_HAVE]
    # words for the child, not for Cybertip.ca: the older answers
    assert p.follow_up("what do I say to her", [], ["my granddaughter is 12"]) is None


def test_a_helper_reporting_or_calling_themselves():
    sister = ["My sister's ex posted videos of her online. She's 30"]
    site = "but can I report it to the site myself, or does it have to be her?"
    assert p.follow_up(site, [], sister) == [p.HELPER_REPORTS]
    both = (
        "can I report it to the site or call that protection service myself, or does it have "
        "to be her?"
    )
    assert p.follow_up(both, [], sister) == [p.HELPER_REPORTS, p.IIPS_FOR_THEM]
    # the lawyer or the IIPS alone: the older answers
    lawyer = "will the lawyer talk to me or does it have to be him"
    assert p.follow_up(lawyer, [], ["my son is 22 and his ex put his pics on twitter"]) is None
    iips = (
        "Not the lawyer. The Intimate Images Protection Service. Can a brother call them about "
        "his sister's videos?"
    )
    assert p.follow_up(iips, [], sister) == [p.IIPS_FOR_THEM]


def test_gender_question_is_the_any_gender_answer():
    text = (
        "I'm a guy. My girlfriend sent a video of us having sex to her friends without asking me. "
        "Does any of this stuff even apply to men?"
    )
    assert p.follow_up(text, [], []) == [p.ANY_GENDER]
    # a short one is the older gender reader's ("Yes, men and boys can use it")
    assert p.follow_up("is this only for women? im a man", [], ["my ex shared my nudes"]) is None


def test_a_young_writers_own_questions():
    manager = ["im 17 and my manager at work keeps asking me to send him pics"]
    ok = "i never sent him anything btw. so am i ok? like i didnt do anything wrong"
    assert p.follow_up(ok, [], manager) == [p.NEVER_SENT]
    sent = "i dont get it. i already sent him one is that bad"
    # "am i in trouble" after sending one is plain27's (round 15 p29)
    assert p.follow_up("i already sent him one :( am i in trouble", [], manager) is None
    assert p.follow_up(sent, [], ["theres this guy hes 17 and im 13 asking for pics"]) == p.SENT_ONE
    mad = "my parents are gonna be so mad i used my moms card for the gift cards"
    assert p.follow_up(mad, [], YOUNG_SEXTORTED) == [p.PARENTS_MAD]
    tell = "i mean do i have to tell them?? im scared"
    assert p.follow_up(tell, [], [*YOUNG_SEXTORTED, mad]) == [p.TELL_ANYONE_YOUNG]
    # asked as a question, the older who-to-tell answers (with Cybertip.ca) come
    assert p.follow_up("who should i tell. my dad will freak out", [], YOUNG_SEXTORTED) is None
    wanted = "but he didnt force me, i wanted to. we're kind of dating. so its ok right?"
    assert p.follow_up(wanted, [], YOUNG_COACH) == [p.WANTED_IT]
    # an adult saying the same: not the under-18 answers
    assert p.follow_up(ok, [], ["im 30 and my boss keeps asking"]) is None


def test_a_young_persons_record_for_the_sharers_parent():
    parent = [
        "My son is 15 and I just found out he forwarded a naked picture of a girl in his class"
    ]
    asked = "He's a good kid. If he's charged would he have a criminal record forever?"
    assert p.follow_up(asked, [], parent) == [p.YOUTH_RECORD]


def test_not_sexual_still_asks_the_definition():
    asked = "ok but my question was if a shower pic counts when its not sexual"
    assert p.follow_up(asked, [], ["my roommate took a pic of me in the shower"]) == p.DEFINITION


def test_police_for_a_past_year_and_the_tribunal_cutoff():
    sued = ["I want to sue my ex for posting my pictures", "he posted them in 2021"]
    police = "ok. can I still report it to police even though it was 2021?"
    assert p.follow_up(police, [], sued) == [p.POLICE_YEARS]
    assert p.follow_up(police, [], sued, None, [p.POLICE_YEARS]) is None
    cutoff = "Is there some kind of date cutoff for the tribunal? It was around November last year."
    assert p.follow_up(cutoff, [], ["my ex shared photos a year ago"]) == p.CRT_DATES
    where = "can I still go to that tribunal thing against him or is that only for BC people too"
    assert p.follow_up(where, [], sued) is None
    ended = "they're not still up, it all ended in 2022. so the tribunal is out for me?"
    assert p.follow_up(ended, [], sued) == [p.CRT_ONLY_BEFORE]


def test_asking_him_not_knowing_who_and_the_sources():
    assert p.follow_up("should i just ask him straight up if he sent it?", [], ["x"]) == [p.ASK_HIM]
    unknown = "ok but my question is, do I need the name of who did it? for the government service?"
    assert p.follow_up(unknown, [], ["someone put my video on a site"]) == [p.UNKNOWN_SHARER]
    sources = "who runs you and where does your info come from"
    assert p.follow_up(sources, [], ["hi"]) == [p.SOURCES]


def test_not_sent_twice_in_a_row():
    asked = "should i just ask him straight up if he sent it?"
    assert p.follow_up(asked, [p.ASK_HIM], ["x"]) is None


def test_outside_bc_asking_whether_the_service_is_for_them():
    first = (
        "Hi, I live in Calgary. My ex lives in Kelowna and he's been sending my nudes to people "
        "we both know. Can I use your service?"
    )
    assert p.follow_up(first, [], [], None, None, True) == p.OUTSIDE_BC
    assert p.follow_up(first, [], [], None, None, False) is None


def test_the_outside_bc_answer_asked_again_is_the_plain_one():
    asked = "ok but what about the free lawyer? can I get that if I'm in Alberta"
    said = ["I live in Calgary. My ex lives in Kelowna"]
    assert p.follow_up(asked, [], said, None, [p.OUTSIDE_BC[0]], True) == [p.OUTSIDE_AGAIN]


def test_someone_sent_another_persons_images():
    text = (
        "Someone I matched with on a dating app sent me nudes of his ex girlfriend. I didn't ask "
        "for them. What am I supposed to do with this? Am I in trouble for having them?"
    )
    assert p.follow_up(text, [], []) == [p.RECEIVED]


def test_staff_asking_where_to_send_someone_for_an_order():
    text = (
        "If intake says they're closed, where would you send someone who wants an order to get "
        "images taken down, and what does it cost them?"
    )
    assert p.follow_up(text, [], ["I work at a legal clinic"]) == p.REFER_FOR_ORDER


def test_cybertip_phone_and_what_to_say_both_answered():
    text = "Is that Cybertip a real telephone where I can speak to a person? And what do I say?"
    assert p.follow_up(text, [], ["my granddaughter is 12"]) == [p.CYBERTIP_PHONE, p.WHAT_TO_HAVE]


def test_a_young_writer_asking_if_they_must_tell_anyone():
    text = "i dont want him to get in trouble tho. hes really nice to me. do i have to tell anyone?"
    assert p.follow_up(text, [], YOUNG_COACH) == [p.TELL_ANYONE_YOUNG]


def test_more_own_words_questions_answered_the_first_time():
    assert p.follow_up("Could I get it taken down as a copyright thing instead?", [], ["x"]) == [
        p.COPYRIGHT
    ]
    sites = "does that stopncii thing even work on porn sites or just like instagram"
    assert p.follow_up(sites, [], ["x"]) == [p.STOPNCII_SITES]
    police = "If I telephone the police, will they go and speak to him? I don't want trouble."
    assert p.follow_up(police, [], ["my ex put prints in mailboxes"]) == [p.POLICE_WHAT]
    write = "Is it alright if I write down what he said instead?"
    assert p.follow_up(write, [], ["my granddaughter is 11"]) == [p.WRITE_DOWN]
    hold = "ok so how do i get a hold of them"
    assert p.follow_up(hold, [], ["x"], None, ["utter_examples"]) == [p.CONTACT]
    assert p.follow_up(hold, [], ["x"], None, ["utter_cybertip_parents"]) is None


def test_a_parents_child_who_may_have_sent_a_picture_and_a_sharers_charge():
    mother = ["my daughter is 13. A man on Discord has been asking her for photos"]
    asked = "And if it turns out she did send him a picture, is she in any trouble with the law?"
    assert p.follow_up(asked, [], mother) == [p.HELPED_CHILD_TROUBLE]
    father = ["My son is 15 and I just found out he forwarded a naked picture of a girl"]
    charged = "Is there any way to find out if he'll be charged? He's terrified."
    assert p.follow_up(charged, [], father) == [p.CHARGE_UNKNOWN]


def test_screenshot_and_warning_family_both_answered():
    text = "I DONT KNOW HOW TO DO A SCREENSHOT. AND SHOULD I TELL MY CHILDREN BEFORE HE SENDS IT?"
    assert p.follow_up(text, [], ["he will send it to my children unless i pay"]) == [
        p.WRITE_DOWN,
        p.WARN_BEFORE,
    ]


def test_the_tribunal_without_a_computer():
    text = "I am 67. This tribunal, can I do it over the telephone or by post instead of online?"
    assert p.follow_up(text, [], ["my ex put prints in mailboxes"]) == [p.CRT_BY_PHONE]


def test_a_young_person_asks_how_to_get_copies_off_others_phones():
    own = ["my bf shared my nudes w his friends. im 17 hes 17"]
    for asked in (
        "no like its on their PHONES. not a site. how do i get them to delete it off their phones",
        "ok. how do i get his friends to delete it tho, its on their phones not online",
    ):
        assert p.follow_up(asked, [], own) == [p.YOUNG_COPIES], asked
    # an adult: the older answers
    assert p.follow_up(own[0].replace("im 17 hes 17", "im 30"), [], []) is None
    adult = "can anyone make them delete it off their phones"
    assert p.follow_up(adult, [], ["my coworkers have it, im 29"]) is None
    staff = (
        "Several students apparently still have the photos on their phones. Should the school be "
        "collecting the phones or asking them to delete them?"
    )
    counsellor = ["I'm a school counsellor. A grade 9 student (14) disclosed photos of her"]
    assert p.follow_up(staff, [], counsellor) is None


def test_a_question_that_takes_the_sharing_as_done_prefills_the_check():
    from assistant.situation_reading import SHARED, situation_said_earlier

    asked = "Can I sue my ex for posting my pictures? How much money could I get?"
    assert situation_said_earlier([asked]) == SHARED
    assert situation_said_earlier(["can he share my pics?"]) is None


def test_an_outside_bc_answer_covers_if_im_in_alberta():
    from assistant.question_parts import said_in

    part = "can i get that if i'm in alberta"
    assert said_in(part, "The free legal advice service is for people who live in B.C.")
    assert not said_in(part, "The cost: the legal advice is free.")
