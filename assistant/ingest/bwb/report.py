"""What a law update did, per law and in all: `UpdateReport.to_text()` / `.to_dict()`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from assistant.ingest.bwb.diff import LawChanges


@dataclass
class LawUpdate:
    bwb_id: str
    name: str
    status: str  # downloaded | unchanged | kept | missing
    version_date: str | None = None
    path: str | None = None
    message: str = ""
    changes: LawChanges | None = None  # for a download: what changed since the stored version


@dataclass
class UpdateReport:
    base_url: str
    laws: list[LawUpdate] = field(default_factory=list)
    offline: bool = False
    warnings: list[str] = field(default_factory=list)
    requests: int = 0
    ingest: dict | None = None

    @property
    def downloaded(self) -> list[LawUpdate]:
        return [law for law in self.laws if law.status == "downloaded"]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["downloaded"] = len(self.downloaded)
        return data

    def to_text(self) -> str:
        labels = {
            "downloaded": "nieuwe versie opgehaald",
            "unchanged": "al actueel",
            "kept": "opgeslagen versie blijft in gebruik",
            "missing": "niet beschikbaar",
        }
        lines = [*self.warnings]
        for law in self.laws:
            version = f" (versie {law.version_date})" if law.version_date else ""
            extra = f": {law.message}" if law.message and law.status in ("kept", "missing") else ""
            if law.changes is not None:
                extra = f" ({law.changes.to_text()})"
            lines.append(f"{law.name} [{law.bwb_id}]{version}: {labels[law.status]}{extra}")
        if self.ingest is not None:
            lines.append(
                f"Ingelezen in {self.ingest.get('index')}: {self.ingest.get('documents', 0)} wettekst(en), "
                f"{self.ingest.get('chunks', 0)} stukken."
            )
        return "\n".join(lines)
