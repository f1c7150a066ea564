"""Training the outing model: features of labelled records, LightGBM per target, isotonic
calibration on held-out folds, operating points and the model card. Used by `outingwatch train`
and `outingwatch eval`; never imported by the service.
"""
