"""Round 27-28 kinds (assistant/safety28.py): keeping a known person away, the person near in
person, what works tonight once images were shared, check-ins that only delay the answer."""

from assistant import safety28 as s
from assistant.helper_reading import cannot_reach
from assistant.safety import read_safety

SEXTORTION = ["my brothers friend has a pic of me and he says hell post it unless i send more"]


def test_keep_away_adult_and_young():
    for text in (
        "he lives like 3 blocks away and im scared he'll do it again or worse. can i get him to "
        "stay away from me",
        "can I get a restraining order so he can't come near me",
        "how do i keep him away from me and my house",
        "is there a no contact order so he cant come near me",
    ):
        assert s.follow_up(text, [], ["my ex posted my pics"]) == [s.KEEP_AWAY_ADULT], text
    assert s.follow_up("can i make him stay away from me", [], ["im 15"]) == [s.KEEP_AWAY_YOUNG]


def test_keep_away_asked_again_is_not_the_same_block():
    text = "no i mean like a restraining order so he cant come near me or my house"
    assert s.follow_up(text, [s.KEEP_AWAY_ADULT], []) == [s.KEEP_AWAY_AGAIN]
    # a third time: nothing from this module (the next reader answers)
    assert s.follow_up(text, [s.KEEP_AWAY_AGAIN], []) is None


def test_in_person():
    young = "i cant block him hes at our house like every weekend. what do i do about that"
    assert s.follow_up(young, [], SEXTORTION, True) == [s.IN_PERSON_YOUNG]
    again = (
        "no like blocking doesnt help, hes in my house in person. my brother doesnt know. im "
        "kind of scared when hes over"
    )
    assert s.follow_up(again, [s.IN_PERSON_YOUNG], SEXTORTION, True) == [s.IN_PERSON_AGAIN_YOUNG]
    adult = "ok free is good. but he very angry, he say he come to my house tonight. i am scare"
    assert s.follow_up(adult, [], ["my ex husband he say he will send my photos"]) == [
        s.IN_PERSON_ADULT
    ]


def test_not_keep_away():
    for text in (
        "how do I keep evidence",
        "should i block him",
        "he lives in vancouver",
        "my daughter's ex is at our house, can he be stopped from posting",
        "can the tribunal order him to delete them",
        "i'm scared he will post them",
        "my friend came to my house and told me",
        # the tribunal's order and the images keep their older answers
        "would a tribunal order make him keep away from me too?",
        "is there like a restraining order for this or no",
        "can i get a restraining order against my ex, he keeps threatening to post my video",
    ):
        assert s.follow_up(text, [], []) is None, text


def test_tonight_after_sharing():
    told = ["my ex took a video of us and showed it to his roommates and sent it to one"]
    text = (
        "I told you I live in Vancouver. And it's 11pm, offices are closed. What can I "
        "actually do tonight?"
    )
    assert s.follow_up(text, [], told) == [s.TONIGHT_SHARED]
    # a threat to post is repeat25's tonight steps, not this one
    assert s.follow_up("what can i do tonight", [], ["he says he'll post it unless i pay"]) is None
    assert s.follow_up("what can i do tonight", [], ["i need advice"]) is None
    friend = ["my friend's ex posted her nudes and she won't get help"]
    assert (
        s.follow_up("what can i do for her right now, tonight? she's really not ok", [], friend)
        is None
    )


def test_clarified_after_crisis_reply():
    text = (
        "i dont mean like that. i mean i cant go back to work. my ex sent them to the whole company"
    )
    assert s.follow_up(text, ["utter_crisis", "utter_crisis_next"], []) == [
        s.CLARIFIED_HEARD,
        s.SHARED_NEXT,
    ]
    assert s.follow_up(text, ["utter_evidence"], []) is None


def test_check_in_skipped_on_figures():
    marker = {"intent": "crisis", "reason": "classifier"}
    for text in (
        "i cant tell my parents they would kill me",
        "i cant tell my mom she'll kill me. do i have to tell a adult? can the school do something",
        "if my dad finds out he'd kill me",
        "if i report to cybertip will he know it was me? hes gonna bench me",
        "will the coach kick me off the team",
        "Should I message the person back myself and tell them I'm his mother and I've called "
        "the police? Or just block?",
    ):
        assert s.check_in_skippable(text, marker, []), text


def test_check_in_kept():
    marker = {"intent": "immediate_danger", "reason": "classifier"}
    for text in (
        "my ex said he'll kill me if i tell",
        "i cant tell my parents they would kill me and i want to die",
        "i'm scared he will hurt me",
        "he's gonna kill me",
        "my boyfriend would kill me if he knew",
        "will the coach cut me from the team",  # "cut" keeps the check-in
    ):
        assert not s.check_in_skippable(text, marker, []), text
    assert not s.check_in_skippable("i cant tell my parents they would kill me", None, [])


def test_clarification_skips_only_after_a_crisis_reply():
    marker = {"intent": "crisis", "reason": "ambiguous wording"}
    text = "i dont mean like that. i mean i cant go back to work"
    assert s.check_in_skippable(text, marker, ["utter_crisis", "utter_crisis_next"])
    assert not s.check_in_skippable(text, marker, ["utter_evidence"])
    assert not s.check_in_skippable(
        "i dont mean like that, i mean i want to die", marker, ["utter_crisis"]
    )


def test_kept_from_reaching_is_no_one_unreachable():
    assert not cannot_reach("Should my sister delete the app right away so he can't reach her?")
    assert cannot_reach("i cant reach her and she said she wants to die")


def test_in_person_at_home_is_a_check_in_not_the_danger_reply():
    reading = read_safety(
        "blocking doesnt help, hes in my house in person. im scared when hes over"
    )
    assert reading is not None and not reading.clear
    for text in ("he's in my house", "hes in my house in person right now"):
        reading = read_safety(text)
        assert reading is not None and reading.clear, text


def test_delete_app_so_he_cant_reach():
    text = "OK. Should my sister delete the app from the tablet right away so he can't reach her?"
    assert s.follow_up(text, [], ["my niece is 11, a man asked her for photos"]) == [s.DELETE_APP]
    assert s.follow_up("should i delete my snapchat so he cant message me", [], []) == [
        s.DELETE_APP
    ]
    assert s.follow_up("should i delete the app", [], []) is None


def test_tonight_never_first_nor_twice():
    text = "my ex showed my video to his roommates, what can i do tonight?"
    assert s.follow_up(text, [], []) is None
    told = ["my ex showed my video to his roommates"]
    assert s.follow_up("what can i do tonight", [], told, None, [s.TONIGHT_SHARED]) is None


def test_in_person_who_to_call():
    text = "no. he come to my house tonight. who i call"
    assert s.follow_up(text, [s.IN_PERSON_ADULT], ["my ex husband has my photos"]) == [
        s.IN_PERSON_AGAIN_ADULT
    ]


def test_not_gonna_do_anything_stupid_i_mean_the_video_is_a_clarification():
    from assistant import safety28

    text = "im not gonna do anything stupid. i mean the video, its on his facebook"
    assert safety28.check_in_skippable(text, {"reason": "model"}, ["utter_crisis_checkin"])
    risky = "im not gonna do anything stupid. i just want to die"
    assert not safety28.check_in_skippable(risky, {"reason": "model"}, ["utter_crisis_checkin"])
