"""Session 22, mine: fixes made while merging round 22's helpers."""

from assistant import statements


def test_a_young_friends_no_parents_replaces_the_adult_helpers_answer():
    # "my friends nudes ... shes 16" now marks the first answer as a child's; the friend's
    # "she doesnt want to tell her parents" keeps the friend's answer (round12_statements.yml).
    assert statements.HELPER_NO_PARENTS in statements.replaces(statements.FRIEND_NO_PARENTS)


def test_other_statements_do_not_replace_the_adult_helpers_answer():
    for read in (statements.HELPER_NO_PARENTS, statements.NO_MONEY, None):
        assert statements.HELPER_NO_PARENTS not in statements.replaces(read)
    assert statements.replaces(None) == statements.REPLACES
