"""Tables: a data cell is read with its column's header before it ("geboren: 14-08-1969",
"E-Mail: …"), as a reader of the table sees the two together. Without it a value in a table
loses the cue its header gives it: a date under "born" is just a date, a number under "tax ID"
just a number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_HEADER = 40  # longer header cells are prose, not a column's label


@dataclass(slots=True)
class Table:
    headers: list[str] = field(default_factory=list)
    cell: int = 0  # index of the next cell in the current row
    data_row: bool = False  # the current row has a data cell (its header cells label rows)

    def row(self) -> None:
        self.cell, self.data_row = 0, False

    def header(self, text: str) -> None:
        """A header cell's plain text: a column's label while the row holds only headers."""
        if not self.data_row:
            label = " ".join(text.split())
            del self.headers[self.cell:]
            self.headers.append(label)
        self.cell += 1

    def label(self) -> str:
        """The label of the next data cell's column ("" when it has none worth reading)."""
        self.data_row = True
        label = self.headers[self.cell] if self.cell < len(self.headers) else ""
        self.cell += 1
        return label if len(label) <= MAX_HEADER else ""
