"""Synthetic labelled edits for training the outing judgement: phrasing families rendered with
invented values inside real surrounding text. `outingwatch synth` writes them; `train` reads them.
"""
