"""Printed documents of a case: receipts, notices, commitment letters, certificates.

Every document is an A4 PDF drawn with reportlab in the shipped TrueType font (embedded), from
a `DocumentData` built out of the case (`app.services.printing` builds it). Which documents an
item prints comes from its catalog entry (`documents`, `result.certificate`); a document whose
required value is missing is refused with the field named (`MissingDocumentValue`).
"""

from app.documents.data import DocumentData, MaterialLine
from app.documents.errors import DocumentNotApplicable, MissingDocumentValue, UnknownDocument
from app.documents.registry import DOCUMENTS, DocumentSpec, documents_for_item, resolve_document
from app.documents.render import RenderOptions, render_pdf

__all__ = ["DOCUMENTS", "DocumentData", "DocumentNotApplicable", "DocumentSpec", "MaterialLine",
           "MissingDocumentValue", "RenderOptions", "UnknownDocument", "documents_for_item", "render_pdf",
           "resolve_document"]
