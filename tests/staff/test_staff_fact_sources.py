"""Finding which content/ fact a bot text states."""

import pytest

from assistant.content import all_facts, value
from assistant.staff.fact_sources import facts_in


def names(text):
    return [fact.name for fact in facts_in(text)]


def test_phone_number_in_any_format():
    phone = value("contacts.intake_phone")
    digits = "".join(ch for ch in phone if ch.isdigit())
    assert "contacts.intake_phone" in names(f"Call {phone} today")
    assert "contacts.intake_phone" in names(f"[{phone}](tel:{digits})")
    assert "contacts.intake_phone" in names(f"call {phone.replace('-', ' ')}")


def test_email_and_web_addresses_case_insensitive():
    email = value("contacts.intake_email")
    assert "contacts.intake_email" in names(f"Email {email.upper()}.")


def test_grouped_number():
    limit = value("bc_routes.crt_damages_limit")
    assert "bc_routes.crt_damages_limit" in names(f"up to ${limit:,}")


def test_number_inside_another_number_does_not_match():
    hours = value("service.free_advice_hours")
    assert "service.free_advice_hours" not in names(f"{hours}{hours}{hours}4")


@pytest.mark.parametrize("text", ["", "Hello, how are you feeling?"])
def test_plain_text_names_no_fact(text):
    assert names(text) == []


def test_list_facts_are_not_matched():
    list_facts = [f for f in all_facts().values() if isinstance(f.value, list)]
    assert list_facts
    for fact in list_facts:
        assert fact.name not in names(" ".join(str(v) for v in fact.value))


def test_section_numbers_and_24_7_are_not_mistaken_for_other_facts():
    names = [fact.name for fact in facts_in("Criminal Code s. 162.1. VictimLinkBC is open 24/7.")]
    assert "bc_routes.criminal_code_section" in names
    assert "bc_routes.voyeurism_section" not in names
    assert "privacy.retention_hours" not in names
    assert "bc_routes.voyeurism_section" in [f.name for f in facts_in("voyeurism (s. 162)")]
