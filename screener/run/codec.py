"""Typed JSON round trip of the model (results, extracted documents), so cache entries are plain data that is
checked as it is read.

`to_plain` turns a model dataclass into JSON-ready values; `from_plain` rebuilds it from its type hints and raises
ValueError on anything that does not fit, so a damaged or foreign cache entry is recomputed, never trusted.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import types
import typing
from collections.abc import Callable
from typing import Any

from .. import models

_SCALARS = (str, int, float, bool)
_AS_IS = frozenset(_SCALARS) | {type(None)}  # exact types JSON holds unchanged (a str-valued Enum is not one)
_EXACT = (str, int, bool)  # the types JSON gives back as they were stored (a float may come back as an int)


def to_plain(value: Any) -> Any:
    kind = type(value)
    if kind in _AS_IS:
        return value
    names = _field_names(kind)
    if names is not None:  # a model dataclass: most values of an entry are fields of one
        plain = {}
        for name in names:
            field = getattr(value, name)
            plain[name] = field if type(field) in _AS_IS else to_plain(field)
        return plain
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [v if type(v) in _AS_IS else to_plain(v) for v in value]
    if isinstance(value, _SCALARS):
        return value
    raise TypeError(f"cannot store {type(value).__name__}")


@functools.cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type in order (None for any other type), looked up once per type: an
    extracted document has a record per line, a result dozens, and dataclasses.fields() is slow beside them."""
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None


def from_plain(hint: Any, data: Any) -> Any:
    """`data` as an instance of the type `hint` (a model dataclass, enum, date, scalar, tuple or optional)."""
    return _decoder(hint)(data)


def _fail(what: str) -> Any:
    raise ValueError(what)


@functools.cache
def _decoder(hint: Any) -> Callable[[Any], Any]:
    """A function that checks and rebuilds one type, made once per type so reading an entry is only the checks."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in args if a is not type(None)]
        some = _decoder(inner)
        return lambda d: None if d is None else some(d)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0])
        return lambda d: tuple(map(item, d)) if type(d) is list else _fail(f"expected a list for {hint}")
    if origin is tuple and all(a in _EXACT for a in args):  # (page, line), a highlight's (start, end): no decoding
        return lambda d: (tuple(d) if type(d) is list and tuple(map(type, d)) == args
                          else _fail(f"expected {len(args)} items for {hint}"))
    if origin is tuple:
        items = tuple(map(_decoder, args))
        return lambda d: (tuple(f(v) for f, v in zip(items, d)) if type(d) is list and len(d) == len(items)
                          else _fail(f"expected {len(items)} items for {hint}"))
    if dataclasses.is_dataclass(hint):
        return _dataclass_decoder(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_decoder(hint)
    if hint is dt.date:
        return lambda d: dt.date.fromisoformat(d) if type(d) is str else _fail("expected a date")
    if hint is float:
        return lambda d: float(d) if type(d) in (int, float) else _fail(f"expected a number, got {type(d).__name__}")
    if hint in _SCALARS:
        return lambda d: d if type(d) is hint else _fail(f"expected {hint.__name__}, got {type(d).__name__}")
    raise TypeError(f"no decoder for {hint}")


def _enum_decoder(cls: type[enum.Enum]) -> Callable[[Any], Any]:
    """A member by its value through a dict: calling the Enum class does the same lookup at several times the cost."""
    members = {member.value: member for member in cls}

    def decode(data: Any) -> Any:
        try:
            return members[data]
        except (KeyError, TypeError):  # TypeError: an unhashable value, a list or a table
            raise ValueError(f"{data!r} is not a {cls.__name__}") from None
    return decode


def _dataclass_decoder(cls: type) -> Callable[[Any], Any]:
    """A decoder written out for this dataclass, field by field, as dataclasses writes __init__: a result entry
    holds dozens of small records, so a loop over the fields per record was most of the decoding time. Fields
    whose value JSON gives as is (str, int, bool, or None where optional) are type-checked inline; the others go
    through their decoder, which refuses what does not fit. A frozen dataclass without slots or __post_init__
    is filled as pickle fills one (its __dict__ in field order): its __init__ sets each field through
    object.__setattr__, a third of the time again."""
    hints = typing.get_type_hints(cls, vars(models))
    names = [f.name for f in dataclasses.fields(cls)]
    scope: dict[str, Any] = {"cls": cls, "names": frozenset(names), "fail": _fail, "new": object.__new__,
                             "set": object.__setattr__}
    code = ["def decode(data):",
            "    if type(data) is not dict or data.keys() != names:",
            f"        fail('expected the fields of {cls.__name__}')"]
    for i, name in enumerate(names):
        plain, scope[f"full{i}"] = _plain_types(hints[name]), _decoder(hints[name])
        code.append(f"    v{i} = data[{name!r}]")
        if plain:
            scope[f"plain{i}"] = plain
            code.append(f"    if type(v{i}) not in plain{i}: v{i} = full{i}(v{i})")
        else:
            code.append(f"    v{i} = full{i}(v{i})")
    if hasattr(cls, "__slots__") or hasattr(cls, "__post_init__"):
        code.append(f"    return cls({', '.join(f'v{i}' for i in range(len(names)))})")
    else:
        fields = ", ".join(f"{name!r}: v{i}" for i, name in enumerate(names))
        code += ["    made = new(cls)", f"    set(made, '__dict__', {{{fields}}})", "    return made"]
    exec("\n".join(code), scope)  # noqa: S102 - the code is made from the model's own field names
    return scope["decode"]


def _plain_types(hint: Any) -> frozenset[type]:
    """The JSON types a field of type `hint` keeps unchanged: str, int and bool are themselves (a float is
    converted, an int is not a bool), None where the field is optional."""
    args = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    return frozenset(a for a in args if a in (*_EXACT, type(None)))


def sealed(payload: bytes) -> bytes:
    """A cache file's bytes: the payload's sha256 on the first line, so that a damaged or edited file is seen."""
    return hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def unsealed(raw: bytes) -> bytes:
    """The payload of a cache file's bytes; ValueError when its checksum does not match."""
    digest, _, payload = raw.partition(b"\n")
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        raise ValueError("checksum does not match")
    return payload
