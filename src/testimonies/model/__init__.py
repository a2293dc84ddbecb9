"""Typed domain objects of the three layers, independent of storage."""
