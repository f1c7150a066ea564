"""LightGBM per target, out-of-fold predictions grouped by family, Platt calibration."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import lightgbm
import numpy as np
from sklearn.model_selection import GroupKFold

from judgement.model import Calibration
from judgement.textmodel import TextModel, vectorize

FOLDS = 4


def params(seed: int) -> dict[str, Any]:
    return {
        "objective": "binary", "learning_rate": 0.05, "num_leaves": 15,
        "min_data_in_leaf": 40, "feature_fraction": 0.5, "bagging_fraction": 0.8,
        "bagging_freq": 1, "lambda_l2": 5.0, "seed": seed, "deterministic": True,
        "force_row_wise": True, "num_threads": 1, "verbosity": -1,
    }


ROUNDS = 300


def train(x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], seed: int) -> lightgbm.Booster:
    data = lightgbm.Dataset(x, label=y, free_raw_data=False)
    return lightgbm.train(params(seed), data, num_boost_round=ROUNDS)


def out_of_fold(x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], groups: Sequence[str],
                seed: int) -> np.ndarray[Any, Any]:
    """Each row scored by a model that never saw its family."""
    oof = np.zeros(len(y))
    for fit_rows, held_rows in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        booster = train(x[fit_rows], y[fit_rows], seed)
        oof[held_rows] = booster.predict(x[held_rows])
    return oof


_GRID = np.linspace(-12.0, 12.0, 241)  # raw scores in logit space where the table is kept


def calibrate(raw: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> Calibration:
    """Platt scaling on the out-of-fold scores (a logistic fit on their logit), kept as a table
    the model interpolates. Isotonic calibration, used before, maps whole ranges of raw scores
    to one value: hundreds of held-out edits tied, the queue could not rank them, and the
    operating points jumped between two steps (0.354 and 0.429) from one retraining to the
    next. A strictly increasing map keeps every difference the trees see."""
    from sklearn.linear_model import LogisticRegression

    if y.min() == y.max():  # one class only (a tiny corpus): the rate is the calibration
        return Calibration((0.0, 1.0), (float(y.mean()), float(y.mean())))
    logit = np.log(np.clip(raw, 1e-6, 1 - 1e-6) / (1 - np.clip(raw, 1e-6, 1 - 1e-6)))
    platt = LogisticRegression(C=1e4).fit(logit.reshape(-1, 1), y)
    slope, bias = float(platt.coef_[0][0]), float(platt.intercept_[0])
    xs = 1 / (1 + np.exp(-_GRID))
    ys = 1 / (1 + np.exp(-(slope * _GRID + bias)))
    return Calibration(tuple(float(v) for v in xs), tuple(float(v) for v in ys))


TEXT_ALPHA = 2e-5  # L2 strength of the text model (logistic loss, stochastic gradient)
TEXT_EPOCHS = 20


def _text_fit(x: Any, y: np.ndarray[Any, Any], seed: int) -> TextModel:
    from sklearn.linear_model import SGDClassifier

    sgd = SGDClassifier(loss="log_loss", alpha=TEXT_ALPHA, max_iter=TEXT_EPOCHS, tol=None,
                        random_state=seed)
    sgd.fit(x, y)
    return TextModel(np.asarray(sgd.coef_[0], dtype=np.float32), float(sgd.intercept_[0]))


def text_model(texts: Sequence[str], y: np.ndarray[Any, Any], groups: Sequence[str],
               seed: int) -> tuple[TextModel, np.ndarray[Any, Any]]:
    """The text model on every row, and each row's score from a model that never saw its
    family (what the trees are trained on, so they do not trust it more than it deserves)."""
    x = vectorize(texts)
    oof = np.zeros(len(y))
    for fit_rows, held_rows in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        model = _text_fit(x[fit_rows], y[fit_rows], seed)
        oof[held_rows] = model.score([texts[i] for i in held_rows])
    return _text_fit(x, y, seed), oof
