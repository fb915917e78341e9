"""Rounds 33-34 (assistant/plain34.py): plain follow-ups the sources answer: a threat not carried
out, screenshots, almost 18, travel, "and the cap?", an adult telling family."""

from __future__ import annotations

import yaml

from assistant import plain34 as p

EX_THREATENS = ["my ex keeps threatening to post a video of me"]
YOUNG_MANAGER = ["im 17 and my manager keeps asking me for pics"]
SEXTORTION_ADULT = ["I am 72. He says unless I send gift cards he will send my photographs"]


def test_a_threat_not_carried_out_asked_about_gets_threats_count():
    for text in (
        "ok. but he only say he will send, he not send. lawyer still help me or only if video "
        "is send? what number I call",
        "he hasnt posted it, its just threats so far. is that enough to do anything or do i "
        "have to wait til he posts",
        "can the tribunal or the lawyer do anything about a threat, or only once its posted?",
        "the video is not send yet only he say. lawyer can help me for this?",
    ):
        assert p.follow_up(text, [], EX_THREATENS) == p.THREAT_COUNTS, text


def test_threats_not_read_without_a_question_or_with_violence():
    assert p.follow_up("he only said he would post it", [], EX_THREATENS) is None
    assert p.follow_up("he only said he'd hurt me, can the lawyer help?", [], EX_THREATENS) is None
    # left to the older answers: a demand in the message, a spoken threat, outside B.C., the
    # police alone, images held but never threatened
    demand = "he says he'll post my pics if I don't come back. does it count if he only said it?"
    assert p.follow_up(demand, [], []) is None
    spoken = "does a threat he only said out loud count, without proof?"
    assert p.follow_up(spoken, [], EX_THREATENS) is None
    outside = (
        "can I use the tribunal even if I'm in Alberta? nothing's posted yet, it's just threats"
    )
    assert p.follow_up(outside, [], EX_THREATENS, None, True) is None
    police = "would the calgary police even do anything about a threat"
    assert p.follow_up(police, [], EX_THREATENS) is None
    held = "He has not shared them with anybody. Does it cost anything? And what is the CRT?"
    assert p.follow_up(held, [], ["my partner filmed us without my knowing"]) is None
    # asked right after the same answer: the next reader answers
    asked = "is a threat enough or do I have to wait til he posts?"
    assert p.follow_up(asked, p.THREAT_COUNTS, EX_THREATENS) is None


def test_screenshot_asked_even_after_thanks():
    for text in (
        "Thank you. I am sorry but what is a screenshot and how do I make one? I use an iPad.",
        "whats a screenshot",
        "how do i take a screenshot on my phone?",
    ):
        assert p.follow_up(text, [], SEXTORTION_ADULT) == [p.SCREENSHOT], text
    assert p.follow_up("I took screenshots already", [], SEXTORTION_ADULT) is None


def test_almost_18_said_by_the_writer():
    for text in (
        "ok. so him saying its fine cause im almost 18 is bs right",
        "does it matter that im almost 18",
        "he says its fine cause i turn 18 in march, is that true?",
    ):
        assert p.follow_up(text, [], YOUNG_MANAGER) == [p.ALMOST_18], text
    # someone else's age, from an adult writer: not this answer
    adult = ["my daughter's coach asked her for pics, I'm her mom"]
    assert p.follow_up("does it matter that he's almost 18?", [], adult) is None


def test_travel_asked():
    for text in (
        "ok but do i have to go to vancouver for any of it its like 16 hours drive",
        "can i do everything by phone or do i have to go to vancouver",
    ):
        assert p.follow_up(text, [], ["my ex posted a pic of me"]) == [p.NO_TRAVEL], text


def test_the_cap_only_right_after_a_tribunal_answer():
    assert p.follow_up("And the cap?", ["utter_crt_damages_fee"], ["what's the crt fee"]) == [p.CAP]
    assert p.follow_up("And the cap?", ["utter_youth"], ["im 15"]) is None


def test_warning_family_before_he_sends_it_is_left_to_the_older_answer():
    asked = "should i tell my family before he sends it to them?"
    assert p.follow_up(asked, [], ["some scammer has my pics and wants money"]) is None


def test_an_adult_asking_about_telling_family():
    asked = "Well then, should I tell my son about this? I am so ashamed."
    assert p.follow_up(asked, [], SEXTORTION_ADULT) == [p.TELL_FAMILY]
    both = asked + " And will the police think I am a foolish old woman?"
    assert p.follow_up(both, [], SEXTORTION_ADULT) == [p.TELL_FAMILY, p.POLICE_VIEW]
    # a young writer is told to tell a safe adult by the older answers
    assert p.follow_up("should i tell my mom?", [], ["im 14 and he wants pics"]) is None
    # the family member who did it is not "someone to tell"
    assert p.follow_up("should I tell my husband?", [], ["my husband posted my pics"]) is None


def test_every_answer_is_a_response_in_the_domain():
    with open("domain/plain34.yml", encoding="utf-8") as handle:
        responses = set(yaml.safe_load(handle)["responses"])
    assert {p.SCREENSHOT, p.ALMOST_18, p.TELL_FAMILY, p.SHARER_OTHER_FAMILY} <= responses
    with open("domain/legal_asks.yml", encoding="utf-8") as handle:
        assert p.NO_TRAVEL in yaml.safe_load(handle)["responses"]


def test_the_sharers_parent_asking_what_to_say_to_the_other_family():
    told = [
        "My 16 year old son shared a picture his girlfriend sent him with some of his friends. "
        "Her parents just called me."
    ]
    asked = "Okay. And what do I say to the girl's parents? They are very angry."
    assert p.sharer_family_step(asked, told, []) == [p.SHARER_OTHER_FAMILY]
    # a victim's parent asking about the other family is not the sharer's parent
    victim = ["a boy shared a nude photo of my 14 year old daughter"]
    assert p.sharer_family_step("what do I say to the boy's parents?", victim, []) is None
    assert p.sharer_family_step(asked, told, [p.SHARER_OTHER_FAMILY]) is None


def test_a_sharers_parent_reporting_it_themselves():
    """Round 34 p18: "would it help him if we go to the police ourselves?" is the parent-report
    answer (assistant/writer_role._REPORT_OWN_CHILD), not the victim's police text."""
    from assistant import writer_role

    son = "my 15 year old son sent a naked picture of a girl in his class to his friends"
    for text in (
        "Would it help him if we go to the police ourselves before anyone else does?",
        "Is it better for him if we report it ourselves, or talk to a lawyer first?",
    ):
        assert writer_role.role_kind(text, [son]) == writer_role.PARENT_REPORT, text


def test_from_one_place_living_in_another_is_home_in_the_second():
    """Round 33 p30: "an international student from washington state living in vancouver" lives
    in B.C. (assistant/home_reading._LIVING_AFTER_FROM)."""
    from assistant import home_reading

    student = "im an international student from washington state living in vancouver"
    assert home_reading.home_from_text(student) == "yes"
    assert home_reading.home_from_text("I am from Calgary living in Surrey now") == "yes"
    ex_there = "my ex from toronto living in vancouver posted my pics. i live in calgary"
    assert home_reading.home_from_text(ex_there) == "no"


def test_staff_asking_about_copies_on_students_phones():
    told = [
        "Hi, I'm a school counsellor in Richmond. A grade 9 student (14) disclosed to me today "
        "that intimate photos of her are being passed around among students."
    ]
    asked = (
        "Several students apparently still have the photos on their phones. Should the school "
        "be collecting the phones or asking them to delete them?"
    )
    assert p.follow_up(asked, [], told) == [p.STAFF_COPIES]
    # a young person asking about copies on classmates' phones is not staff
    young = ["im 15 and my ex sent my pics to people at school"]
    assert p.follow_up("should i ask them to delete it from their phones?", [], young) is None


def test_a_parent_deciding_about_the_childs_game_gets_the_older_device_answer():
    """Round 34 p03: "the game" is a device in assistant/helper_followups._TAKE_DEVICE."""
    from assistant import helper_followups

    told = ["my 13 year old daughter told me an older boy on a game asked her for photos"]
    for asked in (
        "But what about the game itself, do I take it away from her?",
        "Should I let her keep playing the game?",
    ):
        kind = helper_followups.helper_child_kind(asked, told)
        assert kind == helper_followups.HELPER_DEVICE, asked


def test_a_young_person_naming_a_teacher_is_not_staff():
    told = ["who do i tell. my teacher?", "im 14 and my pics are going around school"]
    assert p.follow_up("can i get it deleted off everyones phones", [], told) is None


def test_one_persons_phone_and_an_order_are_not_the_schools_copies():
    told = ["Hi, I'm a secondary school counsellor. A boy shared a student's nude."]
    asked = "Could she get an order requiring the boy to delete it from his phone?"
    assert p.follow_up(asked, [], told) is None


def test_an_adult_helper_taking_it_on_is_not_read_as_the_age_in_the_images():
    told = ["yo my little sister is 14 and some kids at her school are passing around pics of her"]
    asked = (
        "our parents dont really speak english. im 20, can i be the one to deal with this for her"
    )
    assert p.follow_up(asked, [], told) == [p.HELPER_ON_CALL]
    assert p.follow_up(asked, [], ["my ex posted my pics"]) is None


def test_staff_asking_who_reports():
    told = ["Hello, I teach grade 10. A student, 15, is being threatened by someone online."]
    asked = "Should I be the one to report it, or should she? And do I need to involve her parents?"
    assert p.follow_up(asked, [], told) == [p.DUTY_TO_REPORT, p.TELL_PARENTS]
    assert p.follow_up("who should make the report, me or her?", [], told) == [p.DUTY_TO_REPORT]


def test_outing_is_said_to_be_outside_the_sources():
    told = ["my ex is threatening to post our pics and out me to my family"]
    asked = "what about the outing part, like if he just tells them im gay. can anyone stop that"
    assert p.follow_up(asked, [], told) == [p.OUTING]


def test_a_teachers_vague_first_message():
    first = (
        "Hello, I teach grade 10 in Duncan. A student told me today that something scary "
        "happened to her online and she doesn't know what to do. I want to help her properly."
    )
    assert p.follow_up(first, [], []) == [p.STAFF_DISCLOSURE]
    detailed = "I'm a teacher. A student told me a boy shared her nudes."
    assert p.follow_up(detailed, [], []) is None


def test_no_threat_is_not_read_as_a_threat():
    held = ["I don't know if my ex has shared my pictures. He still has them and he's bitter"]
    asked = "does the free legal advice service help if he hasn't shared or threatened?"
    assert p.follow_up(asked, [], held) is None


def test_a_parent_asks_whether_the_boy_who_shared_committed_a_crime():
    told = ["my daughter is 14 and a boy at her school has been showing a nude photo she sent him"]
    for asked in (
        "Is what the boy did actually a crime? He is 15 I think.",
        "I'm asking if the 15 year old boy broke the law by showing my daughter's photo.",
        "Did the boy commit a crime or not?",
    ):
        assert p.follow_up(asked, [], told) == [p.MINORS_WHO_SHARED], asked
    assert p.follow_up("Did the boy commit a crime?", [], ["my ex posted my pics"]) is None


def test_someone_sent_images_asks_whether_to_delete_them():
    first = "my ex wants me to delete the nudes she sent me. do i legally have to?"
    assert p.follow_up(first, [], []) == [p.HOLDER_KEEP]
    again = "can i keep nudes my ex sent me or do i have to delete them if she asks"
    assert p.follow_up(again, [], [first]) == [p.HOLDER_KEEP]
    # a victim keeping what was sent as evidence is not the holder's question
    evidence = "can i keep the messages he sent me as evidence?"
    assert p.follow_up(evidence, [], ["he sent me threats"]) is None


def test_calling_the_protection_service_for_someone():
    told = ["I am writing on behalf of my granddaughter who is 19"]
    for asked in (
        "Could I telephone the 1-833 number for her? She is too upset.",
        "whether I, her grandmother, can phone the protection service on her behalf",
    ):
        assert p.follow_up(asked, [], told) == [p.IIPS_FOR_THEM], asked


def test_round35_36_readings_in_older_modules():
    """A deadline's hour is not an age; "my 11 year old niece" is a helper's; an aunt asking to
    report herself is the helper-report answer; no threat is a not-shared case."""
    from assistant import deadends34, misread_followups, young31
    from assistant.age_parsing import parse_ages

    assert parse_ages("She says I have until 9 o'clock tonight.").age is None
    assert parse_ages("I have until 9 tonight").age is None
    assert parse_ages("im 15").age == 15
    assert young31._helper(["a man keeps messaging my 11 year old niece on roblox"])
    for asked in (
        "can i report it to cybertip myself even though im only her aunt, not her parent?",
        "no, the man is a stranger online. im the aunt. can an aunt make the report?",
    ):
        assert misread_followups.helper_reports(asked), asked
    asked = "he hasn't threatened anything. so the free lawyer wouldn't take me then?"
    assert deadends34.follow_up(asked, [], ["my ex has my pics"]) == [deadends34.LAWYER_NOT_SHARED]


def test_the_device_asked_in_plain_words():
    from assistant import plain_questions

    for asked in (
        "will it be gone from my phone tho? thats what im worried about",
        "like if he picks up my phone can he see i was talking to you",
    ):
        assert plain_questions.device_trace(asked), asked


def test_getting_the_college_to_act_is_the_institution_question():
    """Round 37 p07: "can i get the college to do something about him or nah" fell to the
    fallback (assistant/answer_kinds_what_happens._PLACE_ACTS)."""
    from assistant import answer_kinds_what_happens as what_happens

    asked = "hes in my program tho, can i get the college to do something about him or nah"
    assert what_happens._institution(asked) == what_happens.INSTITUTION


def test_the_protection_services_hours_in_plain_words():
    """Round 36 p15 (assistant/stock27._HOURS)."""
    from assistant import stock27

    asked = "ok. if i email the protection service tonight will someone answer or is it like 9-5"
    assert stock27.iips_hours(asked)
    assert stock27.iips_hours("no i mean protectyourimages. are they open at night")
