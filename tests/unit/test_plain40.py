"""Rounds 39-40 (assistant/plain40.py): own-words follow-ups the sources answer, where a nearby
stock block, a wrong reading or "I'd rather not guess" came."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain40 as p

SON_SHARED = [
    "My 16 year old son forwarded a nude picture of a girl from his school to a group chat."
]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_a_threat_with_a_demand_that_is_not_money_counts():
    text = (
        "My ex girlfriend has a video of us and she keeps saying she'll post it if I don't get "
        "back with her. She hasn't posted anything yet though. Does that even count for anything?"
    )
    assert p.follow_up(text, [], []) == p.THREAT_COUNTS
    older = (
        "my ex says he'll post my pics if I don't come back to him. does it count if they only "
        "said they would?"
    )
    assert p.follow_up(older, [], []) is None
    money = "he says he'll post it if i don't pay him 500. does that count?"
    assert p.follow_up(money, [], []) is None


def test_several_people_one_claim_and_the_tribunals_limits():
    several = "its like 4 different guys. do i have to do a separate claim against each one?"
    assert p.follow_up(several, [], ["some guys made AI nudes of me"]) == [p.CLAIM_SEVERAL]
    small = "so whats the difference between going to the CRT and going to small claims court?"
    assert p.follow_up(small, [], ["Is the CRT an actual court?"]) == [p.CRT_VS_SMALL_CLAIMS]
    over = "if I want more than 75000 in damages where do I file"
    assert p.follow_up(over, [], ["x"]) == [p.CRT_DAMAGES]


def test_a_sharers_parent_asking_again_about_deleting():
    asked = "And what about deleting it? yes or no?"
    assert p.follow_up(asked, [], SON_SHARED) == [p.SHARER_DELETE_SHORT]
    # asked the first time, the older readers' answers (the what-now answer, the child's part)
    assert p.follow_up("Should my child delete it?", [], SON_SHARED) is None


def test_a_debt_does_not_make_a_threat_ok_and_refusing_is_not_a_threat():
    sister = ["her ex is saying hes going to post her nudes if she doesnt pay him back. shes 23"]
    debt = "yeah but does it matter that she owes him money? like does that make the threat ok"
    assert p.follow_up(debt, [], sister) == [p.DEBT]
    refuse = "If I ask him to delete them and he refuses, does that count as a threat?"
    assert p.follow_up(refuse, [], ["My ex still has photos of me"]) == [p.REFUSE]


def test_a_friend_contacting_the_ex():
    friend = ["My friend's ex posted her nudes on twitter. She's 29"]
    asked = "I actually know her ex. should I message him and tell him to take it down?"
    assert p.follow_up(asked, [], friend) == [p.HELPER_CONTACT_EX]
    assert p.follow_up("How do I talk to her about it without making it worse?", [], friend) is None
    brother = ["some guy keeps messaging my little sister on snapchat asking for pics. she's 11"]
    revenge = "should i message him back pretending to be her and like threaten him?"
    assert p.follow_up(revenge, [], brother) is None


def test_take_it_down_and_own_originals():
    asked = (
        "i still have the originals on my old phone. should i delete them? i need them for "
        "take it down right?"
    )
    assert p.follow_up(asked, [], ["pics of me from when i was 16 are on a site"]) == [
        p.TAKE_IT_DOWN_NEEDS
    ]
    # uploading, asked alone: the older no-copy and removal answers
    upload = "do i have to upload the pics to take it down? i dont want to send them anywhere"
    assert p.follow_up(upload, [], ["pics of me from when i was 16 are on a site"]) is None


def test_free_help_in_a_calm_first_message_is_not_the_crisis_answer():
    text = (
        "Hi. My ex put a photo of me up online last week, it's on some forum. I didn't agree to "
        "that. Is there anyone who can help me for free?"
    )
    assert p.follow_up(text, [], []) == p.FREE_HELP


def test_the_service_by_phone_and_reporting_to_the_platform():
    phone = "But can it all be done over the telephone? I would rather not fill in forms."
    assert p.follow_up(phone, [], ["my brother-in-law threatens to show photos"]) == [
        p.PHONE_SOMEONE
    ]
    both = "Can I do all of this by telephone, and would the lawyer cost me anything?"
    assert p.follow_up(both, [], ["x"]) == [p.PHONE_SOMEONE, p.COST]
    # removal without a call is the older answer's, not the phone answer
    without = "is there a way to get it down without her having to talk to anyone on the phone?"
    assert p.follow_up(without, [], ["my friend's ex posted her nudes"]) is None
    tribunal = "This tribunal, can I do it over the telephone?"
    assert p.follow_up(tribunal, [], ["x"]) is None
    platform = "no i mean report the acount to instagram itself. will they take it down"
    assert p.follow_up(platform, [], ["someone made a fake insta"]) == [p.PLATFORM]
    sister = "right but can *I* report them to twitter, as her sister? or only she can"
    assert p.follow_up(sister, [], ["my sister's ex posted her pics on twitter"]) is None
    call = "can you just call them for me"
    assert p.follow_up(call, [], ["my ex posted my pics on reddit"]) is None


def test_languages_abroad_young_what_to_say_and_waiting():
    wife = ["my husband say he will send my photos to my family in Jordan if i leave him"]
    both = "can victimlink talk arabic? and if he send photos to Jordan, BC law can stop it?"
    assert p.follow_up(both, [], wife) == [p.VICTIMLINK_LANGUAGE, p.ABROAD]
    young = ["a boy keeps asking me for pics", "im 13 hes 17. is that ok?"]
    assert p.follow_up("what do i even say to him. he gets mad", [], young) == [p.WHAT_TO_SAY_YOUNG]
    stops = "he gets really mad when i say no. do i have to send something so he stops"
    assert p.follow_up(stops, [], young) == [p.WHAT_TO_SAY_YOUNG]
    wait = "so it could be over a week before I actually speak with the lawyer?"
    assert p.follow_up(wait, [], ["When would I actually speak to a lawyer?"]) == [p.WAIT_TIME]


def test_the_service_by_phone_asked_again():
    again = "But can it all be done over the telephone? I would rather not fill in forms."
    assert p.follow_up(again, [], ["x"], None, [p.PHONE_SOMEONE]) == [p.PHONE_ALL_THE_WAY]


def test_should_i_just_pay_right_after_the_steps_is_the_short_answer():
    asked = "but what if they actually send them. i should just pay so they go away right"
    steps = ["utter_sextortion_pay", "utter_sextortion_steps", "utter_sextortion_next"]
    said = ["some1 on insta says theyll send my pics if i dont send 200 dollars"]
    assert p.follow_up(asked, [], said, None, steps) == [p.PAY_SHORT, p.IF_SENT]
    assert p.follow_up("i should just pay him right", [], said, None, steps) == [p.PAY_SHORT]
    # "should I just pay" keeps the older answers (with VictimLinkBC)
    assert p.follow_up("should i just pay so it stops", [], said, None, steps) is None
    # before any steps: the older sextortion answers
    assert p.follow_up("should i just pay", [], said, None, []) is None


def test_a_bc_town_named_as_home_and_another_denied_is_bc():
    from assistant.home_reading import home_from_text

    said = "WHAT DOES THE TRIBUNAL COST ME. IM IN FORT ST JOHN NOT VANCOUVER DO I HAVE TO GO THERE"
    assert home_from_text(said) == "yes"
    assert home_from_text("im in calgary not vancouver") == "no"


def test_after_rounds_41_42():
    church = ["my ex is emailing photos to my church", "is the lawyer free? I am on a pension"]
    other = "and if that number doesn't answer, who else can I phone?"
    assert p.follow_up(other, [], church) == [p.OTHER_NUMBERS]
    complained = "What about the government service, do they tell him who complained?"
    assert p.follow_up(complained, [], ["my ex shared pictures of me"]) is None
    told = "would he find out if I called that government service?"
    assert p.follow_up(told, [], ["my boyfriend showed my pics to his friends"]) == [
        p.IIPS_TELLS_HIM
    ]
    still = "it was posted once in 2022 and just stayed up. does that count as going on after?"
    assert p.follow_up(still, [], ["my photos were posted in 2022"]) == [p.STILL_UP]
    which = "is take it down the one for me?"
    said = ["videos of me from when i was 16 are on a porn site, im 18 now"]
    assert p.follow_up(which, [], said) == [p.WHICH_TOOL_YOUNG]
    fake = "does StopNCII work for a fake? it's not even my body"
    assert p.follow_up(fake, [], ["someone made AI nudes of me"]) == [p.STOPNCII_FAKE]
    email = "Can she text or email instead of phoning? She hates the phone."
    assert p.follow_up("can i email instead of calling?", [], ["x"]) is None
    assert p.follow_up(email, [], ["my sister is threatened by her ex"]) == [p.APPLY_BY_EMAIL]
    ballpark = "so ballpark a week? two?"
    assert p.follow_up(ballpark, [], ["how long before I talk to a lawyer?"]) == [p.WAIT_TIME]
