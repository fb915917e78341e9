"""The route finder over the real bot: questions with buttons, then the routes that fit."""

from __future__ import annotations

from tests.support.messages import texts


def test_youth_who_wants_images_removed(bot):
    sender = bot.new_sender()
    assert "share your intimate images" in texts(bot.say("what can I do?", sender))
    assert "under 18" in texts(bot.say("/inform_shared", sender))
    assert "matters most" in texts(bot.say('/inform{"choice": "minor"}', sender))
    assert "on or after March 6, 2023" in texts(bot.say('/inform{"choice": "removal"}', sender))
    reply = texts(bot.say('/inform{"choice": "on_or_after"}', sender))
    assert (
        "Take It Down" in reply and "Cybertip.ca" in reply and "Civil Resolution Tribunal" in reply
    )
    assert "StopNCII" not in reply
    assert "legal information, not legal advice" in reply


def test_date_is_not_asked_when_it_does_not_matter(bot):
    sender = bot.new_sender()
    bot.say("what are my options", sender)
    bot.say("/inform_threatened", sender)
    bot.say('/inform{"choice": "adult"}', sender)
    reply = texts(bot.say('/inform{"choice": "police"}', sender))
    assert "Did any of the sharing" not in reply and "Police" in reply


def test_known_answers_are_not_asked_again(bot):
    sender = bot.new_sender()
    bot.say("he posted my pics", sender)
    reply = texts(bot.say("what can I do?", sender))
    assert "share your intimate images, or threaten" not in reply
    assert "under 18" in reply


def test_crisis_inside_the_route_finder(bot):
    sender = bot.new_sender()
    bot.say("what can I do?", sender)
    reply = texts(bot.say("honestly i just want to die", sender))
    assert "9-8-8" in reply and "1-800-563-0808" in reply
    assert bot.tracker(sender).active_loop_name == "route_form"
    assert "Okay, let's carry on" in texts(bot.say("/resume", sender))


def test_stop_leaves_the_route_finder(bot):
    sender = bot.new_sender()
    bot.say("what can I do?", sender)
    assert "stop there" in texts(bot.say("never mind", sender))
    assert bot.tracker(sender).active_loop_name is None


def test_point6_sharing_that_started_before_and_went_on_keeps_the_crt(bot):
    """Issue 11 point 6: "before that" used to drop the CRT routes for continuing sharing; the
    question now says that sharing which went on after the date counts."""
    sender = bot.new_sender()
    bot.say("what can I do?", sender)
    bot.say("/inform_shared", sender)
    bot.say('/inform{"choice": "adult"}', sender)
    asked = bot.say('/inform{"choice": "removal"}', sender)
    assert "started before that date and went on after it, that counts" in texts(asked)
    titles = [button["title"] for message in asked for button in message.get("buttons") or []]
    assert "No, all of it was before" in titles
    reply = texts(bot.say('/inform{"choice": "on_or_after"}', sender))
    assert "Civil Resolution Tribunal" in reply and "went on after it" in reply
