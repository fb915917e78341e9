"""Asked about pictures with someone under 18, the age answer starts with the images rule and
says the activity rule is a separate one (round 30 p14: "In general, the law allows it" came
first to "can a 15 and a 19 year old share pics?")."""

from __future__ import annotations

from assistant import age_answers, age_rules


def test_a_question_about_pics_leads_with_the_images_rule():
    messages = age_rules.explain(age_rules.check_age_rules(15, 19, False), about_images=True)
    assert "child sexual abuse material" in messages[0]
    assert "allows it" not in messages[0]
    assert messages[1].startswith("Sexual activity is a separate rule.")
    assert sum("child sexual abuse material" in message for message in messages) == 1


def test_without_pictures_the_activity_rule_still_comes_first():
    messages = age_rules.explain(age_rules.check_age_rules(15, 19, False))
    assert "allows it" in messages[0]
    assert any("child sexual abuse material" in message for message in messages[1:])


def test_two_adults_asked_about_pictures_keep_the_adults_wording():
    messages = age_rules.explain(age_rules.check_age_rules(20, 25, False), about_images=True)
    assert "separate rule" not in " ".join(messages)
    assert any("18 or older and agrees" in message for message in messages)


def test_picture_words_are_read_in_any_of_the_messages():
    assert age_answers.names_images(["15 and 19, can they share pics?", "no"])
    assert age_answers.names_images(["is sexting legal at 16"])
    assert not age_answers.names_images(["I'm 15 and he's 19, is that legal?", "no"])
