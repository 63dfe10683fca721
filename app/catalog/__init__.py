"""The 事项 catalog as data: schema, loader, situations (情形) and the loaded catalog."""

from functools import lru_cache

from app.catalog.loader import load_catalog, load_catalog_texts, register_load_hook
from app.catalog.model import Catalog
from app.catalog.schema import FormField, Material, ServiceItem, Situation
from app.catalog.situations import Resolution, normalize_answers, resolve


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The packaged catalog, loaded once per process."""
    return load_catalog()


__all__ = ["Catalog", "FormField", "Material", "Resolution", "ServiceItem", "Situation", "default_catalog",
           "load_catalog", "load_catalog_texts", "normalize_answers", "register_load_hook", "resolve"]

# Later stages that check a catalog as it loads register their hooks on import: pre-review
# compiles every rule's CEL (a broken rule fails the load, naming file, item and rule id).
import app.review  # noqa: E402,F401  (after the names above: app.review imports them)
