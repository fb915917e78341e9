"""Rounds 41-42 (assistant/plain42.py): own-words follow-ups the sources answer, where a
helper's or a victim's stock block, the youth block for an adult or "I'd rather not guess"
came."""

from __future__ import annotations

from response_names import domain_responses, module_responses

from assistant import plain42 as p
from assistant.age_parsing import parse_ages


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()


def test_a_young_writers_phone_holds_someone_elses_images():
    sent = (
        "my friend took my phone and sent my gfs pics to our group chat as a joke. shes 16 and "
        "so am i. am i in trouble??"
    )
    assert p.follow_up(sent, [], []) == [p.PHONE_SENT_YOUNG]
    hers = "theyre not my pics theyre hers. she sent them to me. is it illegal that i had them"
    assert p.follow_up(hers, [], [sent]) == [p.PRIVATE_EXCEPTION]
    chat = "im in the chat too, am i gonna get in trouble bc i have it on my phone?"
    friend = ["my friends nudes are going around a group chat at our school, shes 16"]
    assert p.follow_up(chat, [], friend) == [p.RECEIVED]
    # other "on my phone" questions keep the older received-image answers
    assert p.follow_up("am i in trouble for having it on my phone", [], friend) is None
    # an adult's own images sent from a phone someone took: not this answer
    assert p.follow_up("my ex took my phone and sent my pics. am i in trouble?", [], []) is None
    # no trouble asked: not this module's
    assert p.follow_up("someone took my phone and sent my pics", [], []) is None


def test_which_line_to_phone_first_and_reaching_without_phoning():
    first = "That is a great deal of information. Which one should I telephone first?"
    assert p.follow_up(first, [], ["He wants $2000"]) == [p.FIRST_CALL]
    ring = "So shall I ring the 1-833 number first, or the lawyer? I would like just one."
    assert p.follow_up(ring, [], ["x"]) == [p.FIRST_CALL]
    channels = "She might be ok with texting or email instead. Which of these can she reach?"
    assert p.follow_up(channels, [], ["x"]) == [p.BY_TEXT_OR_EMAIL]
    emails = "ok what's the email for the lawyer and for the government protection service"
    assert p.follow_up(emails, [], ["x"]) == [p.BY_TEXT_OR_EMAIL]
    office = "That is the same number. Is there another telephone number, a government office?"
    assert p.follow_up(office, [], ["x"]) == [p.GOVERNMENT_OFFICE]
    # sent the turn before: the next reader answers, never the same text twice
    assert p.follow_up(first, [p.FIRST_CALL], ["x"]) is None


def test_suing_someone_unnamed_and_a_camera_with_nothing_shared():
    unnamed = "i don't know who did it. its a throwaway account. can i still sue? how much?"
    assert p.follow_up(unnamed, [], ["fake nudes on reddit"]) == [p.UNKNOWN_SHARER, p.DAMAGES]
    assert p.follow_up("how do you sue someone you cant name", [], ["x"]) == [p.UNKNOWN_SHARER]
    camera = ["I found a small camera hidden in the bathroom of an Airbnb", "can I sue the host?"]
    never = "even if he never shared anything? I don't know if he did"
    assert p.follow_up(never, [], camera) == [p.RECORDED_NOT_SHARED]
    # no camera said: not this answer
    assert p.follow_up(never, [], ["my ex has my pics", "can I sue him?"]) is None


def test_threats_meeting_him_money_and_a_public_claim():
    grindr = "A guy I met on Grindr says he'll send my pics to my family if I don't keep seeing him"
    keep = "he also says I have to keep meeting him or he sends them. do I have to?"
    assert p.follow_up(keep, [], [grindr]) == [p.DONT_HAVE_TO]
    public = "If I file with the tribunal is it public? would my name be out there"
    assert p.follow_up(public, [], [grindr]) == [p.TRIBUNAL_PRIVATE]
    calgary = "she's telling me she'll post pictures of me online if I don't give her back money"
    illegal = "ok. is what she's doing even illegal? threatening to post unless I pay her"
    assert p.follow_up(illegal, [], [calgary]) == [p.THREAT_FOR_MONEY]
    # no money anywhere: not extortion's answer
    assert p.follow_up("is what he's doing illegal?", [], ["he posted my pics"]) is None


def test_a_young_writer_asked_by_an_adult_at_school():
    ea = "an EA at my school keeps asking me for pics on insta. im 16. who can i talk to"
    report = "an adult at my school asking a 16 year old for nudes. can i report that?"
    assert p.follow_up(report, [], [ea]) == [p.ASKING_YOUNG]
    # "is it illegal" keeps the older trust-rule answers (an EA is school staff: age_parsing)
    assert p.follow_up("ok but is what HE is doing illegal or not", [], [ea]) is None
    # an adult writer: not the young person's answer
    assert p.follow_up(report, [], ["I'm 30. my boss asks me for pics"]) is None


def test_a_young_writer_at_school_and_telling_someone():
    kid = [
        "a kid at my school has a pic of me",
        "he says hell show everyone unless i send more. im 13",
    ]
    teacher = "if i tell a teacher will he post it to get back at me"
    assert p.follow_up(teacher, [], kid) == [p.TELL_RETALIATION]
    see = "no i mean in real life. hes at school. what do i do when i see him"
    assert p.follow_up(see, [], kid) == [p.IN_PERSON_YOUNG]
    brother = "my brother is 17 tho, does he count? i really dont wanna tell my dad"
    assert p.follow_up(brother, [], kid) == [p.SAFE_ADULT_SIBLING]
    tell = "ok. how do i tell my parents about this its so embarrassing"
    assert p.follow_up(tell, [], ["someone made a fake nude of me, im 16"]) == [p.HOW_TO_TELL]
    # an adult asking how to tell their parents: not the young person's words
    assert p.follow_up(tell, [], ["I'm 34 and my ex posted my pics"]) is None


def test_under_18_in_the_images_a_helper_and_sending_more():
    taken = ["my ex took photos of me when I was 17 and now (I'm 20) he's posted them"]
    serious = "would the police take this more seriously because I was 17 in them?"
    assert p.follow_up(serious, [], taken) == [p.TAKEN_YOUNG_CRIME]
    asked = "would the police take this more seriously?"
    assert p.follow_up(asked, [], ["my ex posted my photos"]) is None
    mother = ["I am the mother. My daughter she is 19 and she study in Victoria."]
    feelings = "Merci. And someone to talk for her feelings? She need to talk to somebody"
    assert p.follow_up(feelings, [], mother) == [p.SUPPORT_FOR_THEM]
    sister = ["My sister is 19, someone is blackmailing her. She already sent him more."]
    late = "She already sent more though, does that mess things up? And how do I help her"
    assert p.follow_up(late, [], sister) == [p.SENT_MORE, p.HELP_THEM]
    # "if i dont send more" is no sending that happened
    told = ["he says hell post it if i dont send more. im 14"]
    assert p.follow_up("am i gonna get in trouble for the pic i sent him", [], told) is None


def test_take_it_down_the_school_and_money_from_the_tribunal():
    young = ["my ex uploded vids of me to a porn site. i was 16 in them. im 18 now"]
    which = "u didnt say, is take it down the right one since i was 16"
    assert p.follow_up(which, [], young) == [p.WHICH_TOOL_YOUNG]
    school = "My question is whether the school handling it is enough."
    assert p.follow_up(school, [], ["my daughter is 14"]) == [p.SCHOOL_ENOUGH]
    pay = "I meant can the tribunal order him to pay ME money"
    assert p.follow_up(pay, [], ["my ex put printed photos in mailboxes"]) == [p.DAMAGES]


def test_first_messages_a_trust_role_asking():
    assert p.follow_up("my coach wants me to send pics", [], []) == p.PRESSURED
    # a threat or money: the older sextortion answers; an age: the older trust-rule answers
    assert p.follow_up("my coach wants me to send pics or he'll post the old ones", [], []) is None
    assert p.follow_up("im 16 and my coach wants me to send pics", [], []) is None
    # later in a conversation: the older readers' answers
    assert p.follow_up("my coach wants me to send pics", [], ["hello"]) is None


def test_police_first_the_free_lawyer_for_held_images_and_the_iips_contacting_him():
    police = "but do i HAVE to go to police before the lawyer or the protection service will help?"
    assert p.follow_up(police, [], ["my roommate's boyfriend filmed me in the shower"]) == [
        p.POLICE_FIRST
    ]
    held = ["my ex still has nudes of me. he hasnt shared them or threatened anything"]
    lawyer = "so basically no tribunal. what about the free lawyer, would they help me or no"
    assert p.follow_up(lawyer, [], held) == [p.LAWYER_HELD]
    assert p.follow_up(lawyer, [], ["my ex posted my nudes"]) is None
    contact = "not the lawyer, the protection service. so they'd contact him?"
    assert p.follow_up(contact, [], ["x"], None, [p.IIPS_TELLS_HIM]) == [p.IIPS_CONTACT_SHORT]
    assert p.follow_up(contact, [], ["x"], None, []) is None


def test_phone_numbers_are_never_ages():
    # Round 42 p06: "ring the 1-833 number" read as age 1 gave a 68-year-old the youth block.
    for text in ("So shall I ring the 1-833 number first", "I called 9-1-1", "i texted 9-8-8"):
        assert parse_ages(text).age is None, text
    assert parse_ages("I am 16. I called 310-6789").age == 16


def test_who_else_to_tell_and_anger_at_no():
    young = ["some guy on insta says hell send my pics unless i pay", "im 15 btw"]
    who = "but like who else could i even tell if not my parents"
    assert p.follow_up(who, [], young) == [p.NO_ONE_TO_TELL]
    threat = ["he says he'll post them if I don't come back to him. nothing posted yet."]
    angry = "he gets really angry when i say no to him"
    assert p.follow_up(angry, [], threat) == [p.ANGRY_WHEN_NO]
    # being asked for pictures, or a longer story: the older answers
    asked = ["my boyfriend keeps asking me for nudes"]
    assert p.follow_up(angry, [], asked) is None
    longer = "he gets mad when i say no to him. he told me he'll send my nudes to my family"
    assert p.follow_up(longer, [], threat) is None


def test_who_else_to_tell_asked_again():
    young = ["some guy on insta says hell send my pics unless i pay", "im 15 btw"]
    again = "i mean who can i talk to that isnt my mom and dad"
    assert p.follow_up(again, [p.NO_ONE_TO_TELL], young) == [p.YOUTH_LINE]


def test_paid_already_and_asked_whether_to_pay_the_rest():
    paid = (
        "I should tell you I already sent them $500 yesterday because I panicked. Now they say "
        "they want the rest. If I pay the remainder will they leave me alone?"
    )
    steps = ["utter_sextortion", "utter_sextortion_steps"]
    assert p.follow_up(paid, steps, ["They are demanding $2,000"]) == [p.PAID_ALREADY]
    # not right after the blackmail steps: the older paid answers (with 9-1-1, VictimLinkBC)
    assert p.follow_up(paid, [], ["They are demanding $2,000"]) is None
    # whether to pay, nothing paid: the older pay answers
    assert p.follow_up("should i pay them?", [], ["they want $2000"]) is None


def test_a_parent_whose_son_shared_asks_about_a_lawyer():
    son = [
        "My son is 17 and I just found out from the school that he shared nude pictures of a "
        "girl in his grade with his friends. Will he be charged?"
    ]
    asked = "Should we get him a lawyer? Can this free service help him? or make him delete them?"
    assert p.follow_up(asked, [], son) == [p.SHARER_LAWYER, p.SHARER_WHAT_NOW]
    # without "make him delete": the older sharer-parent answers
    assert p.follow_up("Should we get him a lawyer?", [], son) is None
    # a victim's parent asking about a lawyer: not this answer
    victim = ["My daughter is 15 and a boy in her class shared her pictures"]
    assert p.follow_up("should we get her a lawyer?", [], victim) is None
