"""Round 50's unanswered kinds (assistant/plain50.py) and "I'm safe, he's not here"
(assistant/safety.says_safe): follow-ups whose answer, or whose honest "the information I have
doesn't say", is in the sources, where a neighbouring stock block, a menu, a repeated "Are you
safe right now?" or "I'd rather not guess" came."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain50 as p
from assistant.safety import says_safe

CRISIS_TURN = [["utter_crisis", "utter_crisis_next"]]
STORY = ["my ex posted my pics"]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_never_a_first_message():
    for first in (
        "if i block him will he know",
        "how do i get it off peoples phones",
        "can i still report to cybertip even tho im 18 now?",
    ):
        assert p.follow_up(first, [], [], []) is None, first


def test_removal_after_the_crisis_answer():
    for said, intent in (
        (
            "im not going to do anything stupid. i just need it gone. its been up 2 days",
            "need_help_now",
        ),
        ("i dont know. i guess im safe. i just want them gone", "dont_know"),
    ):
        assert p.follow_up(said, [], STORY, CRISIS_TURN, intent=intent) == [
            p.REMOVAL_AFTER_CRISIS
        ], said
    # a young writer: the youth routes too
    young = ["im 15 and they posted my pics"]
    assert p.follow_up("i just need it gone", [], young, CRISIS_TURN, intent="need_help_now") == [
        p.REMOVAL_AFTER_CRISIS,
        p.YOUTH_REMOVAL,
    ]
    # still in crisis: the crisis answers' own, never the removal steps
    for crisis in (
        "i just want them gone and i want to die",
        "i cant do this anymore i just need it gone",
        "im not ok, i just want it gone",
    ):
        assert p.follow_up(crisis, [], STORY, CRISIS_TURN, intent="need_help_now") is None, crisis
    # read as a removal question: the older after-crisis answers, with their lines
    assert (
        p.follow_up(
            "ok i texted 988. how do i get it off the site",
            [],
            STORY,
            CRISIS_TURN,
            intent="ask_image_removal",
        )
        is None
    )
    # no crisis answer in the last two turns: the older removal answers
    assert (
        p.follow_up(
            "i just need it gone", [], STORY, [["utter_image_removal"]], intent="need_help_now"
        )
        is None
    )
    check_in = [["utter_crisis_checkin", "action_suggest_topics"]]
    assert p.follow_up(
        "i guess im safe. i just want them gone", [], STORY, check_in, intent="dont_know"
    ) == [p.REMOVAL_AFTER_CRISIS]


def test_will_they_know_i_blocked_them():
    for ask in (
        "ok. if i block him will he know",
        "no i mean on snapchat if i block him does he see that i blocked him",
        "does snapchat notify them when you block",
    ):
        assert p.follow_up(ask, [], STORY, []) == [p.BLOCK_NOTICE], ask
    # blocking without a "will he know": the older block-and-report steps
    assert p.follow_up("should i block him?", [], STORY, []) is None


def test_removal_while_waiting_for_the_lawyer():
    for ask in (
        "ok so over a week before I talk to a lawyer. meanwhile the video's still up. is there"
        " anything faster?",
        "right but while I wait, can anyone get the video down sooner?",
    ):
        assert p.follow_up(ask, [], STORY, []) == [p.REMOVAL_NOW], ask
    again = "right but while I wait, can anyone get the video down sooner?"
    assert p.follow_up(again, [p.REMOVAL_NOW], STORY, []) == ["utter_stop_spread"]
    # faster, with no wait for the lawyer in it: the older removal answers
    assert p.follow_up("is there anything faster than calling?", [], STORY, []) is None
    assert (
        p.follow_up("is there any way to get reddit to take it down faster?", [], STORY, []) is None
    )


def test_cybertip_for_someone_now_18():
    for ask in (
        "can i still report to cybertip even tho im 18 now? i thought that was for kids",
        "does cybertip take reports from adults if the pics are from when they were under 18",
    ):
        assert p.follow_up(ask, [], STORY, []) == [p.CYBERTIP_ADULT], ask
    # a helper's "does it have to be an adult?", a plain "what's cybertip": the older answers
    assert (
        p.follow_up("can i contact cybertip myself or does it have to be an adult?", [], STORY, [])
        is None
    )
    assert p.follow_up("whats cybertip", [], STORY, []) is None


def test_copies_the_online_tools_do_not_reach():
    for ask in (
        "ok but the pics are on peoples phones not online. does take it down even work for that",
        "its a group chat not a website tho. stopncii wont do anything for a group chat right? "
        "what do i do about the people who have it",
    ):
        assert p.follow_up(ask, [], STORY, []) == [p.COPIES_NOT_ONLINE], ask
    iips = "so can the IIPS people contact the guys in the group chat and ask them to delete it?"
    assert p.follow_up(iips, [], STORY, []) == [p.COPIES_SAVED]
    family = (
        "the photo still in the whatsapp group. how we remove from group? family not want delete"
    )
    assert p.follow_up(family, [], STORY, []) == [p.COPIES_SAVED]
    # other copies on phones or in a group: the older answers (a helper's, a young writer's)
    for older in (
        "how do i get it off peoples phones",
        "Half the class still has it saved on their phones - do I tell them to delete it?",
        "how do i just get it out of the group chat",
    ):
        assert p.follow_up(older, [], STORY, []) is None, older


def test_who_a_tribunal_order_covers():
    ask = "the tribunal can tell the family people to delete also, or only the ex fiance?"
    assert p.follow_up(ask, [], STORY, []) == [p.ORDER_WHO]
    assert p.follow_up("can the tribunal order him to delete it?", [], STORY, []) is None
    assert (
        p.follow_up("can the tribunal make reddit take it down or only my ex?", [], STORY, [])
        is None
    )


def test_the_chat_on_the_device_after_it_was_deleted():
    deleted = [["utter_delete_confirm"], ["utter_conversation_deleted"]]
    for ask in ("will it still be on my phone tho? like the messages on the screen",):
        assert p.follow_up(ask, [], STORY, deleted) == [p.DEVICE_TRACE], ask
    # "still in my browser?", "can he see it in my browser history": the older answers'
    assert p.follow_up("will it still be in my browser tho", [], STORY, deleted) is None
    assert (
        p.follow_up("no i mean this chat. can he see it in my browser history", [], STORY, deleted)
        is None
    )
    # nothing deleted: "on my phone" is about the evidence, the older answers'
    assert p.follow_up("will it still be on my phone?", [], STORY, [["utter_evidence"]]) is None


def test_the_school_says_it_is_not_their_problem():
    ask = "ok. and the school say is not their problem, is true?"
    assert p.follow_up(ask, [], ["my daughter is 14, her photo went round the school"], []) == [
        p.SCHOOL_SAYS_NO
    ]
    assert p.follow_up("the school says its not their problem.", [], STORY, []) is None


def test_safe_with_the_person_away_is_safe():
    assert says_safe("im safe right now hes not here. but who can i talk to about being scared")
    assert says_safe("I am safe, he is not around. how do I get a protection order")
    # anything that still says now: still asked
    assert not says_safe("im safe right now hes not here yet")
    assert not says_safe("im safe, he is not home but hes coming back tonight")
    assert not says_safe("im safe for now but hes outside")


def test_after_rounds_51_52_a_friend_whose_life_is_over_and_no_one_can_fix_this():
    from assistant.after_crisis import still_distressed
    from assistant.helper_reading import other_person_may_hurt_themselves

    # round 51 p20: the lines for the friend
    assert other_person_may_hurt_themselves("she just keeps saying her life is over")
    assert other_person_may_hurt_themselves("my sister said she cant go on like this")
    assert not other_person_may_hurt_themselves("she said her pics are over the internet")
    # round 51 p24: right after the crisis answer, hopelessness stays with the person
    assert still_distressed("no one can fix this. its already out there")
    assert not still_distressed("can the tribunal fix this?")
