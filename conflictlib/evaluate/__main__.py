"""``python -m conflictlib.evaluate``: see :mod:`conflictlib.evaluate`."""

from . import main

raise SystemExit(main())
