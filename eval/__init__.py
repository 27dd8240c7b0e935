"""Accuracy evaluations over labelled data written for claimdiff (eval/data, eval/stories)."""
