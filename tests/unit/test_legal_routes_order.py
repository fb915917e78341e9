"""The routes for the one goal a person named come first; the rest keep content order
(assistant/legal_routes.py named_goal_first)."""

from __future__ import annotations

from assistant import legal_routes as routes


def _keys(found: list[routes.Route]) -> list[str]:
    return [route.key for route in found]


def _shared() -> list[routes.Route]:
    return routes.fitting_routes("shared", None, None, None)


def test_wanting_her_charged_puts_the_police_first_and_keeps_every_route():
    ordered = routes.named_goal_first(_shared(), routes.goal_from_text("I WANT HER CHARGED"))
    assert _keys(ordered)[0] == "police"
    assert sorted(_keys(ordered)) == sorted(_keys(_shared()))


def test_money_puts_the_tribunals_damages_first():
    ordered = routes.named_goal_first(_shared(), "money")
    assert _keys(ordered)[0] == "crt_damages"


def test_no_goal_or_removal_keeps_content_order():
    assert _keys(routes.named_goal_first(_shared(), None)) == _keys(_shared())
    assert _keys(routes.named_goal_first(_shared(), routes.UNSURE)) == _keys(_shared())
    assert _keys(routes.named_goal_first(_shared(), "removal")) == _keys(_shared())


def test_a_route_kept_for_one_age_group_is_not_lifted():
    ordered = _keys(routes.named_goal_first(_shared(), "police"))
    assert ordered.index("cybertip") > ordered.index("legal_advice")
