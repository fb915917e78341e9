"""Rounds 45-46 (assistant/plain46.py): own-words questions whose answer, or whose honest "the
information I have doesn't say", is in the sources, where a neighbouring stock block came."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain46 as p
from assistant import plain_questions as pq


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()
    assert module_responses(pq) - domain_responses() == set()


def test_a_named_services_number_in_the_order_named():
    both = "IIPS email and the Cybertip phone number?"
    assert p.follow_up(both, [], ["x"]) == [pq.CONTACT_IIPS, pq.CONTACT_CYBERTIP]
    assert p.follow_up("and cybertip's number", [], ["x"]) == [pq.CONTACT_CYBERTIP]
    assert p.follow_up("kids help phone number?", [], []) == [pq.CONTACT_KHP]
    assert p.follow_up("victimlink email pls", [], ["x"]) == [pq.CONTACT_VICTIMLINK]
    # the IIPS alone keeps plain_questions' answer; "Kids Help Phone" asks no number
    assert p.follow_up("whats the iips number", [], ["x"]) is None
    khp = "if i call kids help phone will they tell my coach or my school"
    assert p.follow_up(khp, [], ["x"]) is None
    # asked again right after: the next reader says so, never the same block twice in a row
    assert p.follow_up("cybertip number?", [pq.CONTACT_CYBERTIP], ["x"]) is None


def test_take_it_down_and_uploading():
    ask = "do i need to send them the actual video for take it down? i dont want to upload it"
    assert p.follow_up(ask, [], ["videos of me from when i was 16"]) == [p.NO_UPLOAD]
    again = "u didnt answer. does it make me upload the video or not"
    earlier = ["which one, take it down?", "x"]
    assert p.follow_up(again, [p.NO_UPLOAD], earlier) == [p.TAKE_IT_DOWN_UPLOAD]
    # no Take It Down in sight, or no copy kept: the older answers
    assert p.follow_up("do i have to upload anything?", [], ["x", "y", "z"]) is None
    gone = "do i need to send take it down the actual pics? i dont even have them anymore"
    assert p.follow_up(gone, [], ["x"]) is None


def test_who_reads_this_chat():
    for text in (
        "ok but does anyone on your end read the chats",
        "does a human see what i type here",
        "do staff look at these conversations?",
    ):
        assert p.follow_up(text, [], ["x"]) == p.WHO_READS_CHAT, text
    assert p.follow_up("does anyone read it", [], ["x"]) is None  # no chat named


def test_the_tribunal_online_not_the_lawyer_meetings():
    crt = ["my ex posted them in 2022", "how much money could I get from the tribunal?"]
    online = "I'm up in Smithers. Is the whole thing online or would I have to travel?"
    assert p.follow_up(online, [], crt) == [p.CRT_ONLINE]
    meant = "I meant the tribunal claim, not the lawyer. Do I have to go anywhere in person?"
    assert p.follow_up(meant, [], ["x"]) == [p.CRT_ONLINE]
    # the lawyer's meeting, a move, "is it all online?" alone: the older answers
    lawyer = "When I phone the legal advice number, will I have to travel to Vancouver?"
    assert p.follow_up(lawyer, [], crt) is None
    move = "if i start a tribunal claim now and then move to alberta can i keep going online"
    assert p.follow_up(move, [], crt) is None
    assert p.follow_up("so its all online? i wont have to be in a room with him?", [], crt) is None
    assert p.follow_up("he knows where i live. will he show up", [], crt) is None


def test_the_call_and_the_advice():
    ready = "and is there anything I should have ready for the call, like screenshots?"
    assert p.follow_up(ready, [], ["I called yesterday"]) == [p.READY_FOR_CALL]
    # for the police: plain44's answer
    assert p.follow_up("should I have anything ready for the police?", [], ["x"]) is None
    hours = "How long is the free advice if they do take me? Is it one meeting?"
    assert p.follow_up(hours, [], ["x"]) == [p.ADVICE_HOURS]
    hire = "If they say no, can I just hire a regular lawyer? Is there a referral service?"
    assert p.follow_up(hire, [], ["I make 90k"]) == [p.HIRE_OWN_LAWYER]
    # a lawyer hired with no turning down in sight, hours beside the cost: the older answers
    assert p.follow_up("should I hire a lawyer?", [], ["x"]) is None
    cost = "and how many hours with the lawyer do I get? is it really free"
    assert p.follow_up(cost, [], ["x"]) is None


def test_reporting_without_parents_or_proof():
    parents = "thats not what i asked. can my sister report to cybertip without our parents knowing"
    assert p.follow_up(parents, [], ["my sisters pics"]) == [p.REPORT_WITHOUT_PARENTS]
    # "will my parents find out if I report?" keeps the older answers
    assert p.follow_up("will my parents find out if i report it? im 15", [], ["x"]) is None
    secondhand = "Can I report to Cybertip even though I don't have any screenshots?"
    assert p.follow_up(secondhand, [], ["she's 11"]) == [p.CYBERTIP_SECONDHAND]
    heard = "Will Cybertip take a report from a coach who only heard about it secondhand?"
    assert p.follow_up(heard, [], ["x"]) == [p.CYBERTIP_SECONDHAND]


def test_a_helpers_one_thing_and_her_fault():
    friend = ["asking for my friend. her ex posted her nudes"]
    one = "thats a lot lol. if she only does ONE thing tonight what should it be?"
    assert p.follow_up(one, [], friend) == [p.ONE_THING]
    fault = "how do i support her, she keeps saying its her fault for sending them"
    assert p.follow_up(fault, [], friend) == [p.NOT_HER_FAULT]
    # a young writer's one thing keeps the youth answers
    assert p.follow_up(one, [], ["im 14 and my friend"]) is None


def test_a_young_writer_ignoring_him():
    coach = ["my coach keeps asking me for pics. im 16 and hes 24"]
    ignore = "i dont want to get him in trouble. cant i just ignore it"
    assert p.follow_up(ignore, [], coach) == [p.IGNORE_YOUNG]
    assert p.follow_up(ignore, [], ["im 30 and my boss"]) is None  # an adult's: older answers
    # no coach, teacher or boss: the older answers for a young writer asked for pictures
    stranger = "hes not blackmailing me he just keeps asking. im 13. is it bad if i just ignore him"
    assert p.follow_up(stranger, [], ["a guy keeps asking me for pics"]) is None


def test_staff_refer_a_youth_outside_bc_and_a_close():
    staff = ["Hi, I work at a victim services agency."]
    refer = "My question: a 15-year-old living in Alberta, where do I refer them?"
    assert p.follow_up(refer, [], staff) == [p.REFER_YOUTH_OUTSIDE_BC]
    assert p.follow_up(refer, [], ["my ex posted them"]) is None  # not staff
    assert p.follow_up("ok that's all, no more questions", [], staff) == [p.GOODBYE]
    assert p.follow_up("thats all for now thanks", [], staff) == [p.GOODBYE]
    assert p.follow_up("is that all I can do?", [], staff) is None
    assert p.follow_up("i'm done", [], staff) is None  # the form's own close is older
    # "would they contact my mom": no number asked
    assert p.follow_up("i meant cybertip. would they contact my mom", [], ["x"]) is None


def test_rounds_47_48_stalling_reporting_anyway_anger_and_a_held_picture():
    sister = ["my little sister is 15 and some guy is making her send more pics or hell post"]
    stall = (
        "he said if she blocks him he posts it instantly. should she keep replying to stall him?"
    )
    assert p.follow_up(stall, [], sister) == [p.STALL]
    nephew = ["my nephew is 11 and some man in roblox has been asking him to send photos"]
    anyway = "He did send one picture but it was just his face. Is that still something to report?"
    assert p.follow_up(anyway, [], nephew) == [p.REPORT_CHILD_ANYWAY]
    # no child asked for pictures in sight: the older reporting answers
    assert p.follow_up(anyway, [], ["my ex posted my pics"]) is None
    teen = ["my bf keeps asking for nudes", "hes 17 im 14. is it illegal if i send one"]
    mad = "ok but he gets really mad when i say no and says i dont love him"
    assert p.follow_up(mad, [], teen) == [p.ANGRY_WHEN_NO]
    assert p.follow_up(mad, [], ["my husband, im 40"]) is None  # an adult's: the older answers
    manager = ["im 16 and my manager at my job keeps asking for pics. hes 22"]
    assert p.follow_up("can i get him to delete the one i sent", [], manager) == [p.YOUNG_HELD]
    charged = "i was passed out and my top was off. CAN I GET HIM CHARGED"
    assert p.follow_up(charged, [], ["he airdropped a pic of me to 10 ppl"]) == [p.REPORT_POLICE]


def test_a_screenshot_of_a_post_from_under_18_and_is_it_an_intimate_image():
    young = ["the pics were taken when I was 16 by my ex. she posted them on twitter"]
    shot = "can i screenshot the tweet to report it? or is that bad because i was 16 in it"
    assert p.follow_up(shot, [], young) == p.YOUNG_SCREENSHOT
    again = "so screenshot the post but the post IS the pic. confused"
    assert p.follow_up(again, p.YOUNG_SCREENSHOT, [*young, shot]) == p.YOUNG_SCREENSHOT_AGAIN
    assert p.follow_up(shot.replace("i was 16", "im 30"), [], ["my ex posted"]) is None
    skirt = "But is a photo up my skirt even considered an intimate image? he just took it."
    assert p.follow_up(skirt, [], ["my manager"]) == p.IS_INTIMATE_SECRET
    plain = "is that even an intimate image? its just me in a bikini"
    assert p.follow_up(plain, [], ["my ex posted a photo"]) == p.IS_INTIMATE
