"""Run the trained model's graph node after node, without dask's scheduler.

Rasa 3.6 runs every message through `DaskGraphRunner`, which builds a dask graph and schedules
it with dask's synchronous scheduler on every call: about a tenth of a message's CPU time went
to that bookkeeping (cProfile, docs/measurements.md). Prediction graphs are small and run in one
thread anyway, so this runner computes the order of the nodes a set of targets needs once, then
calls the same `GraphNode`s in that order with the same inputs and outputs as dask would.

assistant.runtime makes Rasa load models with it.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import GraphSchema
from rasa.engine.runner.dask import DaskGraphRunner


class SequentialGraphRunner(DaskGraphRunner):
    """A `DaskGraphRunner` whose `run` calls the nodes itself, in dependency order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._orders: dict[tuple[str, ...], tuple[str, ...]] = {}

    def run(
        self, inputs: dict[str, Any] | None = None, targets: list[str] | None = None
    ) -> dict[str, Any]:
        inputs = inputs or {}
        run_targets = tuple(targets if targets else self._graph_schema.target_names)
        # What dask is given for an input placeholder, and what it hands to the nodes.
        results: dict[str, Any] = {}
        for name, value in inputs.items():
            if isinstance(value, str) and value in self._graph_schema.nodes:
                raise GraphRunError(
                    f"Input value '{value}' clashes with a node name. Make sure that none of "
                    f"the input names passed to the `run` method are the same as node names "
                    f"in the graph schema."
                )
            results[name] = (name, value)
        nodes = self._graph_schema.nodes
        try:
            for name in self._order(run_targets):
                if name in results:
                    continue
                needs = nodes[name].needs.values()
                # An unresolved dependency is passed by name, as dask does (the node warns).
                results[name] = self._instantiated_nodes[name](
                    *(results.get(need, need) for need in needs)
                )
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error
        return dict(results[target] for target in run_targets)

    def _order(self, targets: tuple[str, ...]) -> tuple[str, ...]:
        # A loaded model is asked for a handful of target sets; each order is kept.
        if targets not in self._orders:
            self._orders[targets] = dependency_order(self._graph_schema, targets)
        return self._orders[targets]


def dependency_order(schema: GraphSchema, targets: tuple[str, ...]) -> tuple[str, ...]:
    """The schema's nodes that `targets` need, each after everything it needs."""
    ordered: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen or name not in schema.nodes:
            return
        seen.add(name)
        for need in schema.nodes[name].needs.values():
            visit(need)
        ordered.append(name)

    for target in targets:
        visit(target)
    return tuple(ordered)
