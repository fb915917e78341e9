"""A second opinion on crisis and danger: a small text classifier of its own (issue 14).

The patterns of content/safety.yml catch the wording someone wrote down; each fresh batch of
unseen messages found about one crisis in ten worded in a way no pattern had ("just know I
tried", "I've hidden pills in my room just in case", "leaving everything to my little
sister"). The intent classifier learns crisis from a few hundred training examples among
fifty intents. This model learns only "crisis, danger or neither" from every message we hold:
the regression sets in data/safety/ (about 1,900 crisis and danger messages, 3,200 ordinary
ones that sound alarming) and the intent classifier's training examples. Measured leaving
out each fresh batch and everything after it, at 0.5 it caught 16 of batch 7's 33 misses,
19 of 25 (batch 8) and 15 of 23 (batch 9) and flagged 2, 5 and 1 more ordinary messages
(docs/safety.md). It never gives the full crisis reply alone: a check-in and the answer.

Features: word 1-2 grams and character 2-5 grams (within words, so "kms", "unalive" and
misspellings share pieces), hashed (no vocabulary to store), tf-idf weighted and scaled to unit
length per kind; a multinomial logistic regression over them. Stored as plain arrays; loading
never runs code from the model. Plain functions: no Rasa here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import yaml

CRISIS = "crisis"
IMMEDIATE_DANGER = "immediate_danger"
NEITHER = "neither"
LABELS = (NEITHER, CRISIS, IMMEDIATE_DANGER)
HASH_FEATURES = 2**18  # per kind of n-gram; collisions are rare at ~10,000 short messages
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 5)


@cache
def _vectorizers():
    # Stateless (hashed): built once, not for every message.
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": HASH_FEATURES, "alternate_sign": False, "norm": None}
    return (
        HashingVectorizer(ngram_range=WORD_NGRAMS, **common),
        HashingVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, **common),
    )


def counts(texts: list[str]) -> list[sp.csr_matrix]:
    """One count matrix per kind of n-gram (lower-cased by the vectorizers)."""
    return [vectorizer.transform(texts).tocsr() for vectorizer in _vectorizers()]


def fitted_idf(matrix: sp.csr_matrix) -> np.ndarray:
    """Smoothed inverse document frequency, as scikit-learn's TfidfTransformer computes it."""
    documents = matrix.shape[0]
    frequency = np.bincount(matrix.indices, minlength=matrix.shape[1])
    return (np.log((1 + documents) / (1 + frequency)) + 1).astype(np.float32)


def weighted(matrix: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear tf times idf, each row scaled to unit length (entry by entry: a diagonal
    matrix of 2**18 idf values per message cost more than the rest of the model)."""
    matrix = matrix.astype(np.float32).tocsr(copy=True)
    matrix.data = (1 + np.log(matrix.data)) * idf[matrix.indices]
    lengths = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), lengths)
    norms = np.sqrt(np.bincount(rows, weights=matrix.data**2, minlength=matrix.shape[0]))
    norms[norms == 0] = 1
    matrix.data /= np.repeat(norms, lengths).astype(np.float32)
    return matrix


@dataclass(frozen=True)
class SafetyModel:
    idf: tuple[np.ndarray, ...]  # one per kind of n-gram
    weights: sp.csr_matrix  # labels x features
    bias: np.ndarray

    @cached_property
    def _by_feature(self) -> sp.csc_matrix:
        """The weights as features x labels, converted once."""
        return self.weights.T.tocsc()

    def features(self, texts: list[str]) -> sp.csr_matrix:
        blocks = [weighted(block, idf) for block, idf in zip(counts(texts), self.idf, strict=True)]
        return sp.hstack(blocks).tocsr()

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """Rows of P(neither, crisis, danger), one per text."""
        scores = (self.features(texts) @ self._by_feature).toarray() + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def opinion(self, text: str) -> dict[str, float]:
        """{"crisis": p, "immediate_danger": p} for one message."""
        row = self.probabilities([text])[0]
        return {CRISIS: round(float(row[1]), 4), IMMEDIATE_DANGER: round(float(row[2]), 4)}


def train(
    texts: list[str], labels: list[str], c: float = 10.0, max_iter: int = 3000
) -> SafetyModel:
    """Fit on labelled messages (labels from LABELS); classes weighted to count equally."""
    from sklearn.linear_model import LogisticRegression

    raw = counts(texts)
    idf = tuple(fitted_idf(block) for block in raw)
    matrix = sp.hstack(
        [weighted(block, weights) for block, weights in zip(raw, idf, strict=True)]
    ).tocsr()
    targets = np.array([LABELS.index(label) for label in labels])
    fitted = LogisticRegression(C=c, max_iter=max_iter, class_weight="balanced")
    fitted.fit(matrix, targets)
    # Unseen columns keep a weight of exactly zero: stored sparse, the model stays small.
    weights = sp.csr_matrix(fitted.coef_.astype(np.float32))
    weights.eliminate_zeros()
    return SafetyModel(idf, weights, fitted.intercept_.astype(np.float32))


def save(model: SafetyModel, path: Path) -> None:
    weights = model.weights.tocsr()
    np.savez_compressed(
        path,
        idf_words=model.idf[0],
        idf_chars=model.idf[1],
        data=weights.data,
        indices=weights.indices,
        indptr=weights.indptr,
        shape=np.array(weights.shape),
        bias=model.bias,
    )


def load(path: Path) -> SafetyModel:
    with np.load(path, allow_pickle=False) as arrays:
        shape = tuple(int(n) for n in arrays["shape"])
        weights = sp.csr_matrix((arrays["data"], arrays["indices"], arrays["indptr"]), shape=shape)
        return SafetyModel((arrays["idf_words"], arrays["idf_chars"]), weights, arrays["bias"])


def read_examples(path: Path) -> list[tuple[str, str]]:
    """(text, label) from a data/safety file: `crisis:` and `immediate_danger:` lists, or an
    ordinary `messages:` list (label neither)."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples: list[tuple[str, str]] = []
    keys = ((CRISIS, CRISIS), (IMMEDIATE_DANGER, IMMEDIATE_DANGER), ("messages", NEITHER))
    for key, label in keys:
        for text in document.get(key) or []:
            if not isinstance(text, str):
                raise ValueError(f"{path.name}:{key}: {text!r} is not a string; quote it")
            examples.append((text, label))
    return examples
