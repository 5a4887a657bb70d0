"""The registry of file kinds: what can be imported and exported, declared once.

The command line (``csdesk import KIND``, ``csdesk export KIND``) and the window's import
window read this table; adding a kind is one entry here. An entry names its service
module and functions rather than holding them, so that reading the table loads nothing:
an area's module is imported when its kind is used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class FileKind:
    """One kind of file csdesk reads or writes.

    Attributes:
        name: the command line's KIND; also files the saved column maps.
        module: the area's service module that reads and writes it.
        fields: that module's function listing the fields (key, label, required, accepted).
        importer: its import function ``(db, path, mapping, dry_run, progress, ...)``.
        exporter: its export function, or None when csdesk does not write the kind.
        by_account: rows name agents by platform account (``--skip-unknown`` applies).
        by_period: a file without a date column needs ``--period`` (agent summaries).
        export_module: the module of the exporter, when not ``module``.
    """

    name: str
    module: str
    fields: str
    importer: str
    exporter: str | None = None
    by_account: bool = False
    by_period: bool = False
    export_module: str = ""

    def function(self, name: str, module: str = "") -> Callable[..., Any]:
        """The service function ``name`` of this kind's module (imported now)."""
        return getattr(import_module(module or self.module), name)

    def field_list(self) -> list[tuple[str, str, bool, str]]:
        """The fields an import of this kind takes, in the user's language."""
        return self.function(self.fields)()

    def file_columns(self, path: Path) -> list[Any]:
        """The columns of ``path`` with the field each is guessed to be."""
        return self.function("file_columns")(path)

    def run_import(self, *args: Any, **kwargs: Any) -> Any:
        """Import a file of this kind (see the importer's docstring)."""
        return self.function(self.importer)(*args, **kwargs)

    def run_export(self, *args: Any, **kwargs: Any) -> int:
        """Export this kind (see the exporter's docstring); return the rows written."""
        if self.exporter is None:
            raise ValueError(f"{self.name} files are read, not written")
        return self.function(self.exporter, self.export_module)(*args, **kwargs)


FILE_KINDS: dict[str, FileKind] = {
    kind.name: kind
    for kind in (
        FileKind(
            "staff",
            "csdesk.services.staff.staff_files",
            "staff_fields",
            "import_staff",
            "export_staff",
        ),
        FileKind(
            "training",
            "csdesk.services.training.training_files",
            "training_fields",
            "import_training",
            "export_training",
        ),
        FileKind(
            "complaints",
            "csdesk.services.complaints.complaint_files",
            "complaint_fields",
            "import_complaints",
            "export_complaints",
            export_module="csdesk.services.complaints.complaint_export",
        ),
        FileKind(
            "conversations",
            "csdesk.services.performance.conversation_files",
            "conversation_fields",
            "import_conversations",
            by_account=True,
        ),
        FileKind(
            "summaries",
            "csdesk.services.performance.summary_files",
            "summary_fields",
            "import_summaries",
            by_account=True,
            by_period=True,
        ),
        FileKind(
            "rota",
            "csdesk.services.rota.rota_files",
            "rota_fields",
            "import_rota",
            "export_week",
        ),
    )
}
IMPORT_KINDS = tuple(FILE_KINDS)
EXPORT_KINDS = tuple(name for name, kind in FILE_KINDS.items() if kind.exporter)
