"""Exceptions the library raises; the CLI turns them into one-line messages."""


class TestimoniesError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(TestimoniesError):
    """A file or value given by the user cannot be used; the message names it and says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(TestimoniesError):
    """The store cannot be opened or is not in the expected state."""


class NotFoundError(TestimoniesError):
    """A record asked for by id or name does not exist."""


class ServiceError(TestimoniesError):
    """A service a command needs (a model server) cannot be reached: no document can be done in
    this run, so the run stops instead of marking each document failed."""
