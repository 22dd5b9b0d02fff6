"""JSON Schema of every record kind, generated from the model and committed under schemas/, and the editor
settings that give each data folder its schema (.vscode/settings.json, `yaml.schemas`)."""

from __future__ import annotations

import json
from pathlib import Path

from .kinds import TYPE_OF_COLLECTION

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_documents() -> dict[str, str]:
    """File name -> JSON text, one per collection (`agreements.schema.json` …)."""
    documents = {}
    for collection, model in TYPE_OF_COLLECTION.items():
        schema = {"$schema": SCHEMA_DIALECT, **model.model_json_schema(mode="validation")}
        schema["title"] = f"{model.__name__} record (data/{collection}/<id>.yml)"
        documents[f"{collection}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    return documents


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_documents().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path) -> list[str]:
    """Names of schema files that are missing or differ from what the model generates."""
    return [
        name
        for name, text in schema_documents().items()
        if not (directory / name).is_file() or (directory / name).read_text(encoding="utf-8") != text
    ]


EDITOR_SETTINGS = Path(".vscode") / "settings.json"


def editor_schemas() -> dict[str, str]:
    """The `yaml.schemas` setting: each collection's schema for its folder's files."""
    return {f"./schemas/{collection}.schema.json": f"data/{collection}/*.yml" for collection in TYPE_OF_COLLECTION}


def write_editor_settings(root: Path) -> Path:
    """Set `yaml.schemas` in the project's editor settings, keeping every other setting."""
    path = root / EDITOR_SETTINGS
    settings = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    settings["yaml.schemas"] = editor_schemas()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(settings, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def stale_editor_settings(root: Path) -> bool:
    path = root / EDITOR_SETTINGS
    return not path.is_file() or json.loads(path.read_text(encoding="utf-8")).get("yaml.schemas") != editor_schemas()
