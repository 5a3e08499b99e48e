"""Fetch the current official text ("toestand") of each known law from the BWB repository.

The repository publishes, per law, a manifest at <base>/<BWB id>/manifest.xml:

    <work label="BWBR0015703" _latestItem="2026-01-01_0/xml/BWBR0015703_2026-01-01_0.xml">
      <expression label="2026-01-01_0">
        <metadata><datum_inwerkingtreding>2026-01-01</datum_inwerkingtreding></metadata>
        <manifestation label="xml">
          <item label="BWBR0015703_2026-01-01_0.xml" _deleted="false"/>
        </manifestation>
      </expression>
      ...
    </work>

Of the expressions, the one in force today (the latest inwerkingtreding on or before today) is
taken; toestanden published ahead for a future date are left until that date. With no usable
expression list, `_latestItem` decides. Files go to <laws_dir>/<BWB id>/<date>.xml with a
<date>.json beside it (expression, URL, SHA-256, when fetched, which indexes have it). A version
already present is not downloaded again; a superseded one moves to <data_dir>/laws-archive/.
Only the configured base URL's host is ever contacted (no redirects elsewhere, no proxies).

Modules:
- `errors`: the expected faults (`LawsUpdateError`, `LawsUnavailable`) and the fetch-level ones.
- `manifest`: parse the manifest, pick the expression in force, check a fetched toestand.
- `fetch`: the HTTP client that only ever contacts the base URL's origin.
- `store`: the local law store (stored versions, their .json metadata, archive).
- `report`: `LawUpdate` / `UpdateReport`, what `regiewijzer laws update` prints.
- `update`: `update_laws`, the whole update (select, fetch, store, ingest).
"""
