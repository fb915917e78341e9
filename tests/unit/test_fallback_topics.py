"""The fallback's first stage: closest topics from the ranking (assistant/fallback_topics.py)."""

from assistant.fallback_topics import (
    button_titles,
    closest_topics,
    suggestion_buttons,
    unclear_twice_in_a_row,
)


def buttons(*pairs):
    return [{"title": title, "payload": payload} for title, payload in pairs]


RESPONSES = {
    "utter_a": [
        {
            "text": "a",
            "buttons": buttons(
                ("What is consent?", "/ask_consent"),
                ("Talk to someone", "/contact_lawyer"),
                ("Yes", "/affirm"),
            ),
        }
    ],
    "utter_b": [
        {
            "text": "b",
            "buttons": buttons(
                ("Consent", "/ask_consent"),
                ("What is consent?", "/ask_consent"),
                ("Show me the topics", "/ask_capabilities"),
                ("Age rules", "/ask_age_of_consent"),
                ("Police", '/inform{"x": 1}'),
            ),
        }
    ],
}


def ranking(*pairs):
    return [{"name": name, "confidence": confidence} for name, confidence in pairs]


def test_titles_are_the_domains_most_used_ones():
    titles = button_titles(RESPONSES)
    assert titles["ask_consent"] == "What is consent?"
    assert "inform" not in titles  # payloads with entities are not topics


def test_closest_topics_skip_replies_unknown_and_unlikely_intents():
    titles = button_titles(RESPONSES)
    found = closest_topics(
        ranking(
            ("nlu_fallback", 0.35),
            ("affirm", 0.3),
            ("ask_age_of_consent", 0.25),
            ("ask_no_consent", 0.2),  # no button title in the domain
            ("ask_consent", 0.2),
            ("contact_lawyer", 0.1),  # always offered anyway
            ("greet", 0.01),
        ),
        titles,
    )
    assert found == ["ask_age_of_consent", "ask_consent"]
    assert closest_topics(ranking(("ask_consent", 0.01)), titles) == []


def test_buttons_end_with_the_topic_list_and_a_person():
    titles = button_titles(RESPONSES)
    offered = suggestion_buttons(["ask_consent"], titles)
    payloads = [b["payload"] for b in offered]
    assert payloads == ["/ask_consent", "/ask_capabilities", "/contact_lawyer"]


def test_second_unclear_message_gets_the_full_list():
    assert unclear_twice_in_a_row(["greet", "nlu_fallback", "nlu_fallback"])
    assert not unclear_twice_in_a_row(["nlu_fallback", "ask_consent", "nlu_fallback"])
