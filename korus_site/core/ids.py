"""Reading database ids from what people send (paths, query strings, form fields)."""

# The largest id a database key holds (a signed 64-bit integer, PostgreSQL's bigint).
LARGEST_ID = 2**63 - 1


def parse_id(value) -> int | None:
    """``value`` (text or int) as a database id: an int from 1 to LARGEST_ID, or None for anything else.

    Never raises: text with other characters than the digits 0-9, or too long, gives None.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 19:
        number = int(value)
    else:
        return None
    return number if 1 <= number <= LARGEST_ID else None
