"""A loaded catalog: items by code, 一件事 bundles by code, its version and content hash."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.catalog.schema import CatalogManifest, ServiceItem
from app.errors import NotFoundError

if TYPE_CHECKING:
    from app.catalog.bundles import Bundle


@dataclass
class Catalog:
    manifest: CatalogManifest
    items: dict[str, ServiceItem]
    content_hash: str
    origin: dict[str, str] = field(default_factory=dict)
    extras: dict[str, object] = field(default_factory=dict)  # e.g. compiled rules, keyed by stage
    bundles: dict[str, Bundle] = field(default_factory=dict)  # 高效办成一件事, see app.catalog.bundles
    bundle_origin: dict[str, str] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return self.manifest.version

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]

    def get(self, code: str) -> ServiceItem:
        """The item with this code (case-insensitive); a clear bilingual error otherwise."""
        item = self.items.get(code) or next((i for c, i in self.items.items() if c.lower() == code.lower()), None)
        if item is None:
            raise NotFoundError(f"事项编码 {code} 不在目录中（可用 `zongchuang catalog list` 查看）",
                                f"item code {code} is not in the catalog (see `zongchuang catalog list`)")
        return item

    def sorted_items(self) -> list[ServiceItem]:
        return sorted(self.items.values(), key=lambda i: i.code)

    def bundle(self, code: str) -> Bundle:
        """The 一件事 with this code (case-insensitive); a clear bilingual error otherwise."""
        b = self.bundles.get(code) or next((v for c, v in self.bundles.items() if c.lower() == code.lower()), None)
        if b is None:
            raise NotFoundError(f"一件事编码 {code} 不在目录中（可用 `zongchuang catalog list` 查看）",
                                f"bundle code {code} is not in the catalog (see `zongchuang catalog list`)")
        return b
