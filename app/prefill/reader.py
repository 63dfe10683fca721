"""Read one page: flatten → size for OCR → upright it (0/90/180/270) → OCR → classify → extract.

Boxes come back in the coordinates of the image that was given (the source photo for the CLI,
the stored page image for the capture service), so a UI can crop the evidence from the file it
has. Timing is measured per page (model load excluded when the engine is warm).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import cv2
import numpy as np

from app.imaging.bilevel import drop_background_lines, is_bilevel, is_dithered, soften_for_reread
from app.imaging.contrast import (
    body_ink,
    despeckled,
    faded_stretched,
    light_divided,
    paper_level,
    print_only,
    unboxed_ink,
    washed_out,
    washed_stretched,
)
from app.imaging.deblur import deblur, motion_blur
from app.imaging.document import (
    KEYSTONE_CARD_TEXT,
    ProcessedPage,
    Quality,
    content_box,
    deskew_with_matrix,
    downscaled,
    find_document_quad,
    process_document,
    rotate90,
    rotate90_matrix,
    text_line_direction,
    text_scale,
)
from app.imaging.screen import (
    TILE_RANK,
    delattice,
    demoire,
    descreen,
    display_grid,
    display_white,
    is_screen_photo,
    lattice_period,
)
from app.prefill.curl import row_curl, row_fan
from app.prefill.engine import OcrEngine, StageClock, TextLine, get_engine, second_recognizer, text_rows
from app.prefill.extract import (
    BILEVEL_TORN_DIGIT,
    BRANCH_AFTER,
    COVER_CHECK,
    FIELD_LABELS,
    GAP_CHECK,
    MARK_BESIDE_NUMBER,
    MARK_PAST,
    NAME_CHAR,
    NO_SURNAME,
    PAGE_LABELS,
    PAPER_CHECK,
    PLACE_MISREAD,
    ROW_BELOW,
    STOP_CHECK,
    STOP_INNER,
    STOP_OPEN,
    STOP_TUCK,
    THRESHOLD,
    Extraction,
    FieldResult,
    _id_period,
    _period,
    classify,
    cross_check_sides,
    distrust_torn_digits,
    extract,
    kind_labels,
)
from app.prefill.layout import (
    Line,
    _label_char,
    _spelled,
    clean,
    normalize_labels,
    same_row,
    spells_label,
    to_lines,
)
from app.prefill.textlayer import with_text_layer
from app.validators import validate_id_number
from app.validators.creditcode import validate_uscc
from app.validators.dates import add_years
from app.validators.text import to_halfwidth

CARD_SHORT_SIDE = 544  # ID card pages: ~30 px text, the det model works at this size without upscaling
CARD_MARGIN = 0.5  # a small card's text box is widened by this share of its extent to take the card in
CARD_REGION_TURNED = True  # … the card's extent measured along the page's rows in the source (False: along x, as before)
TITLE_MARGIN = 1.0  # … by this share when only its title was read (the rows lie below it, a title's width away)
NUMBER_REACH = 4.0  # a cut-short ID number row is read again this many line heights further right
DAMAGED_CHAR = 0.95  # on photos the quality gate calls blurred or glared: the weakest character
DAMAGED_LINE = 0.95  # … and the weakest line
LEGIBLE_PAGE = 0.8  # a blurred page whose values read at a median certainty of this or better is legible …
LEGIBLE_FLOOR = 0.92  # … and there its values need every character and line at this or better
# a photo the quality gate passed whose values read mostly in doubt (not `legible_page`) is held to
# DAMAGED_CHAR/DAMAGED_LINE as a blurred one is (ZU zu_0093, a phone photo with a seal and handwriting
# over its rows: five of eight values in doubt, and `…企业管到咨询有限公司` pre-filled at 0.85 for 管理;
# not asked of the second recogniser: the note is no SECOND_NOTES one) (False: off)
POOR_PAGE = True
# … the values it judges so: a registered name, which no vocabulary, grammar or check holds (a misread is
# another valid-looking name). On ZU's rest, addresses (place grammar), entity types (vocabulary) and numbers
# read under 0.95 on such pages were right (zu_0023's address at 0.77, its JY number at 0.92; zu_0091's type)
POOR_PAGE_KEYS = ("name",)
MIN_PAGE_SIDE = 400  # an A4-shaped quad narrower than this is a thumbnail (a viewer's side panel), not the page
STRIP_ASPECT = 8.0  # a printed-matter box this many times longer than wide is no page's (a copier's dark edge): 0 off
WIDE_LONG_SIDE = 2400  # pages wider than A4 (spreads, screenshots) at most
PAGE_LONG_SIDE = 1400  # licences: large enough for 5 mm scope text, small enough for 2 cores
RED_INK = True
GLARE_LEVEL = 248  # paper after a row this bright (near clipping) …
GLARE_STEP = 10  # … and this much brighter than under the row itself is glare
SECOND_LOOK = 0.9  # lines (or characters) below this are read once more
SECOND_LOOK_MAX = 12  # … unless the whole page is that doubtful (then a retake is needed, not this)
RED_SHARE = 0.002  # share of clearly red pixels that makes a page "stamped"
ROW_BELOW_INK = 0.01  # share of ink under a value's last row start that is a further row
ROW_BELOW_OWN = True  # the row below a value is looked for under its own start, never its label's (False: off)
INK_CONTRAST = 40  # grey levels between a row's paper and its ink needed to tell a blank from a row
ROOM_INK = 0.02  # share of ink where a value assumes paper above which a character stands there
ROOM_FAINT = 0.25  # … ink: this far from the paper towards the row's print (a faded character counts)
FAINT_MARK = 0.1  # a fainter level where marks are told by size: one STROKE of a line height long is ink
STROKE = 0.3
ROOM_RULES = True  # a ruled line through a value's room (and on past it) is no character there (False: ink)
STOP_READ = True  # a lone stop-sized mark after a scope's closing bracket is read as its `。` (`stop_mark`)
OPEN_STOP_READ = True  # … and after a wrapped scope's open end (`extract._room_after_last`; False: blank there)


@dataclass
class PageRead:
    kind: str
    extraction: Extraction
    lines: list[TextLine]  # in source-image coordinates
    rotation: int  # clockwise degrees applied to make the page upright
    quality: Quality | None
    elapsed_ms: int
    doc_format: str = ""
    page: np.ndarray | None = field(default=None, repr=False)  # the flattened, upright page
    # CPU and wall ms per stage (prepare, det, cls, rec, second_look, recover_labels, layout)
    clock: StageClock | None = field(default=None, repr=False)
    # further documents on the same page (the other side of an ID card copied onto one sheet)
    others: list[Extraction] = field(default_factory=list)
    # why nothing on the page could be read as captured, when that is the case (`retake_cause`:
    # `screen`, `too_dark`, `small_print`, `blurred`): its blank fields say `retake`; "" otherwise
    retake: str = ""

    def public(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "fields": self.extraction.public_fields(),
                                  "elapsed_ms": self.elapsed_ms}
        if self.others:
            out["documents"] = self.documents()
        if self.retake:
            out["retake"] = self.retake
        return out

    def documents(self) -> list[dict[str, object]]:
        """Every document read on the page, the first one (`kind`, `fields`) first."""
        return [{"kind": e.kind, "fields": e.public_fields()} for e in (self.extraction, *self.others)]

    def stored(self) -> dict[str, object]:
        """What a material keeps (quality["ocr"]): public fields plus flags, candidates, rotation;
        `documents` as `kind` + such fields for every document on the page, the first one first."""
        docs = [{"kind": e.kind, "fields": {k: {**f.public(), "flagged": f.flagged,
                                                  "candidate": f.value if f.flagged else None, "note": f.note}
                                             for k, f in e.fields.items()}}
                for e in (self.extraction, *self.others)]
        return {"kind": self.kind, "rotation": self.rotation, "elapsed_ms": self.elapsed_ms,
                "fields": docs[0]["fields"], "documents": docs, "retake": self.retake}


def _vertical_share(lines: list[TextLine]) -> float:
    vert = horiz = 0.0
    for ln in lines:
        if len(ln.text) < 3:
            continue
        x1, y1, x2, y2 = ln.bbox
        if (y2 - y1) > 1.5 * (x2 - x1):
            vert += len(ln.text)
        elif (x2 - x1) > 1.5 * (y2 - y1):
            horiz += len(ln.text)
    return vert / (vert + horiz) if vert + horiz else 0.0


def _flipped_share(lines: list[TextLine]) -> float:
    total = sum(len(ln.text) for ln in lines)
    return sum(len(ln.text) for ln in lines if ln.flipped) / total if total else 0.0


def upside_down(lines: list[TextLine]) -> bool:
    """The line classifier read most of the page's own lines upside down: the page lies turned by
    180°. Text running diagonally across the page has no vote: a scanning app's or a copier's
    watermark (`仅供…使用，他用无效`, repeated at 20–45° over the sheet) is laid in the frame's
    orientation, not the document's, and its many fragments (`11`, `ji`, read the right way up on a
    card back lying upside down) outvoted the card's rows (o0023: 0.56 with them, 0.85 without)."""
    return _flipped_share(drop_slanted(lines) if SLANT_NO_VOTE else lines) > 0.6


SLANT_NO_VOTE = True  # slanted lines have no vote in `upside_down` (False: every line votes, as before)


def _scale_for_ocr(page: np.ndarray, doc_format: str) -> float:
    """Card pages to the det model's working size; A4/licence pages down to PAGE_LONG_SIDE, never
    to card size: a licence small in the photo (~1100 px, ~20 px text) used to be shrunk like a
    card and lost its labels. (Scaling such pages up was measured: no gain, ~50 % more CPU.)"""
    h, w = page.shape[:2]
    if doc_format in ("a4", "full_frame", "content"):
        # (a whole photo or a printed-matter box is no card crop, whatever its aspect: a licence
        # filling a 768×1024 photo shrunk to a card's 544 px lost its labels). A page wider than
        # A4 (a 结婚证 spread, a screenshot) keeps an A4 page's short side, up to WIDE_LONG_SIDE.
        s = max(PAGE_LONG_SIDE / max(h, w), min(PAGE_LONG_SIDE / 1.414 / min(h, w), WIDE_LONG_SIDE / max(h, w)))
        return min(1.0, s)
    if doc_format == "id_card" or max(h, w) < 1300 and min(h, w) / max(h, w) > 0.55:
        return CARD_SHORT_SIDE / min(h, w) if min(h, w) > CARD_SHORT_SIDE * 1.15 else 1.0
    return min(1.0, PAGE_LONG_SIDE / max(h, w))


# A page flattened to a card's shape is shrunk to CARD_SHORT_SIDE, where a card's own print (rows 4–8 % of its short
# side) stands 22–44 px high. A licence photographed at an angle with an edge out of the picture can measure a card's
# aspect too (AF af_0137, a 食品经营许可证 held in the hand, its foot cut by the frame: 1.47) and keep it when its rows
# are large for a licence (3.2 %, over `document.CARD_TEXT`): shrunk like a card its rows were 17 px and its credit
# code, legal representative and address went blank (check digit, doubtful characters); read at 760 px, all three
# read sure. A card-shaped page whose rows are under a card's (`document.KEYSTONE_CARD_TEXT`, measured by
# `process_document` as `text_rows`) is shrunk no further than to where its rows are CARD_ROW_PX high (0: off)
CARD_ROW_PX = 24.0


def _card_row_scale(processed: ProcessedPage, s: float) -> float:
    """The OCR scale `s` for a page flattened as a card: not below where its text rows are CARD_ROW_PX
    high when they are smaller than a card's (a licence in a card's outline); a card's page as `s` says."""
    if not CARD_ROW_PX or s >= 1.0 or processed.doc_format != "id_card" or processed.quality is None:
        return s
    rows = processed.quality.metrics.get("text_rows", 0.0)
    if not 0.0 < rows < KEYSTONE_CARD_TEXT:
        return s
    return max(s, min(1.0, CARD_ROW_PX / (rows * min(processed.image.shape[:2]))))


BILEVEL_REREAD = 1.6  # σ (px) of the softened second reading of a 1-bit page's blank fields (0: none; 1.2 read 5 fewer on Q)
BILEVEL_REREAD_DET = True  # … detected anew (False: the first reading's lines are recognised again: 4 of its 6 fields, half its CPU)
BILEVEL_REREAD_AGREE = True  # … taken only when both readings agree on every field both read
# … its detector run at the side measured on the page it was softened from (False: measured on the softened copy).
# Softening leaves the rows as high as they were, but it joins a fax's dotted scan-line streaks into solid page-wide
# bands that `text_scale` counts as the longest rows (AJ aj_005, a faxed ID back: rows 2.2 % of the short side on the
# page, 0.7 % on the copy — two 1 px streaks at its foot), so `_det_side` gave the copy the page's full size (2,292 px
# for the first pass's 1,024: ~3.3 s CPU of a 5.5 s page). Either way the copy's measure is not the page's: on AG/AH
# faxes blurred strokes measured taller (1,826 → 1,420 px). Switch to True: docs/capture-ocr.md, Session 39 (latency8).
BILEVEL_REREAD_SIDE = True
BILEVEL_ROW_PX = 48.0  # a bilevel page is shrunk no further than to text rows this high (the recogniser's input height)


DET_BILEVEL_SIGMA = 0.0  # σ (px) of the blur the detector sees a 1-bit page through (0: the page as it is)
# … but a 1-bit page read as no kind with fewer than BILEVEL_BLIND_LINES lines boxed is read once more with the detector
# seeing it through a blur of this σ (0: never): a fax whose dithered background (a card's guilloche, a tinted sheet
# turned to a worm pattern of dots by the fax's error diffusion) covers the page gives the detector texture everywhere
# and it boxes nothing (W zw_040, a faxed ID front: 0 lines, `other`); blurred, the dots are an even grey and the
# print stands out. Kept when it boxes more (the first boxed almost nothing: nothing to lose); the words decide the kind
BILEVEL_BLIND_SIGMA = 1.6
BILEVEL_BLIND_LINES = 3
# … and that read comes first, before the page's other guess (`other_page`) and its despeckled reading: a card
# copied small onto an A4 sheet and faxed (AC ac_094: the card's tint dithered, a usage watermark across it) boxed
# nothing, the whole frame and the median-filtered page (a median leaves a dither a texture) took the page's two
# re-reads (`REREAD_BUDGET`), and the blind read that boxes its number, birth year and address was never made
# (False: the blind read last, as before)
BLIND_FIRST = True


def _bilevel_scale(page: np.ndarray, s: float) -> float:
    """The OCR scale `s` for a bilevel page (a fax, a 1-bit scan): not below where its text rows
    are BILEVEL_ROW_PX high. Shrinking averages a 1-bit page's thin strokes — a Song face's
    hairline horizontals, already broken into dots by the threshold — into faint grey the
    recogniser passes over; at its own resolution it reads them (L's 1-bit G4 faxes: 72.1 % →
    76.5 % of fields, none lost). The detector still works shrunk (`_det_side`), so the cost is
    the recogniser's larger crops; grey pages are untouched."""
    if s >= 1.0:
        return s
    gray = page if page.ndim == 2 else cv2.cvtColor(page[..., :3], cv2.COLOR_BGR2GRAY)
    if not is_bilevel(gray):
        return s
    row = text_scale(page) * min(page.shape[:2])
    return s if row <= 0 else max(s, min(1.0, BILEVEL_ROW_PX / row))


DET_TEXT_PX = 16.0  # the detector's input is shrunk until the page's text rows are this high (0: never)
DET_MIN_SIDE = 1024  # … but never below this long side (pages smaller than it are read as they are)
DET_CARD_ROW = 0.0  # … unless its rows are a card's: then down to where they are this high (32 measured; 0: off, docs) …
DET_CARD_SIDE = 862  # … but not below a flattened card's own long side (CARD_SHORT_SIDE at 1.585)
DET_CARD_SHARE = 0.1  # … and only rows up to this share of the short side (a card's are 4–8 %)
DET_BOX_ROW = 20.0  # a printed-matter box (`content`) with a card's rows: the detector down to where they are this high (0: off)
DET_BOX_TEXT = 0.03  # … rows from this share of the box's short side up (a card's, not a licence's 1.5–3 %)
DET_BOX_ASPECT = (1.15, 1.8)  # … and only a landscape box of a card's shape, width over height (cards' boxes 1.2–1.68)


def card_box_shape(page: np.ndarray) -> bool:
    """Whether an upright printed-matter box has a card's shape: landscape, DET_BOX_ASPECT wide.
    The box is cut around a card's print with a small margin, not at its edges, so it is not the
    card's 1.585: it measured 1.2–1.68 on the card sides of S, R, P, Q, T, U (a card's print can leave
    a pale edge out). Large print is no card's by itself: a 卫生许可证 (portrait, 0.70: T's faxed
    and flatbed ones, U's photographed one, rows 3.3–3.7 % of the width) and a 正本 drawn with large
    rows whose box is its rows' block (2.2) read as a card's rows, and detected at a card's size a
    faded row-end character went unboxed. (A landscape licence's ≈ 1.41 is inside the window: its
    rows, 1.5–3 % of the box's short side, keep it out — none of G K L M O P Q R S T U's passes.)"""
    h, w = page.shape[:2]
    return DET_BOX_ASPECT[0] * h <= w <= DET_BOX_ASPECT[1] * h


def _det_side(page: np.ndarray, doc_format: str = "") -> int | None:
    """The long side to run the text detector at on a page (None: the page's own size), from the
    height of the page's text rows as measured on the page (`text_scale`, the median row by
    length: on a licence the scope's rows, its smallest text). A licence photographed close fills
    1400 px with 25 px rows, where the detector needs far fewer pixels than a far one's 16 px rows:
    the size follows the text, never the page's format. The recogniser still reads crops of the
    full-size page.

    One exception to the 1,024 px floor: a printed-matter box (`doc_format` "content", the box
    around the print on a plain scanner bed or desk) whose rows are a card's share of its short
    side is a card cut out with a small margin — a flatbed or scanner-app card, a photocopied card
    on an A4 sheet — and is detected like a flattened card (DET_CARD_SIDE, rows DET_BOX_ROW high)
    instead of at the licences' floor: ~0.7 of the detector's pixels (S: 9 of 45 ID sides, CPU
    −22 % on them, fields the same) — only a box of a card's shape (`card_box_shape`: a licence
    printed large has a card's rows too). Not for whole frames or quads snapped to A4 (a close-up card
    filling the photo, a wallet's window): there the smaller input moved a long address's
    doubt checks (a lost-character gap, glare after a row) on K and L."""
    long_ = max(page.shape[:2])
    if not DET_TEXT_PX or long_ <= DET_MIN_SIDE:
        return None
    row = text_scale(page) * min(page.shape[:2])
    if row <= 0:
        return None
    side = max(DET_MIN_SIDE, long_ * DET_TEXT_PX / row)
    card_row, least = (DET_BOX_ROW, DET_BOX_TEXT) if doc_format == "content" and DET_BOX_ROW and card_box_shape(page) else (DET_CARD_ROW, 0.0)
    if card_row and least * min(page.shape[:2]) <= row <= DET_CARD_SHARE * min(page.shape[:2]):
        # rows a card's size (a card scanned or photographed filling the frame, 1,600 px wide with
        # 55–65 px rows): the detector sees them as high as a flattened card's at its own 862 px
        # (26–32 px), never smaller than that side. (A "row" over a tenth of the short side is no
        # text row: a licence's ornate border measured 235–320 px on 990 px pages.)
        side = min(side, max(DET_CARD_SIDE, long_ * card_row / row))
    return int(side) if side < 0.9 * long_ else None


def _map_lines(lines: list[TextLine], m: np.ndarray) -> list[TextLine]:
    """Map line quads through the 3×3 matrix m (page → source).

    `xs` are fractions of the box from its left edge: they are mirrored when the map turns the
    line's direction in x around (a 180° turn), judged from the quad's first edge before and
    after — not after only: a quad mapped through a 180° turn keeps its points' order, so its
    first edge runs right to left from then on, and a later small turn (levelling a tilted
    line) must not mirror the characters again (`…12号1` read as ending far from its box's end)."""
    out = []
    for ln in lines:
        pts = np.array(ln.quad, np.float64).reshape(-1, 1, 2)
        mapped = cv2.perspectiveTransform(pts, m).reshape(-1, 2)
        xs = ln.xs
        if len(mapped) >= 2 and (mapped[1][0] - mapped[0][0]) * (ln.quad[1][0] - ln.quad[0][0]) < 0:
            xs = tuple(1.0 - x for x in xs)  # (the line now runs the other way in x)
        out.append(TextLine(ln.text, ln.score, tuple((float(x), float(y)) for x, y in mapped), ln.flipped, ln.chars,
                            xs))
    return out


SKEW_MIN = 1.0  # degrees: text running at a smaller angle is read as level
CURL_LEVEL = True  # rows fanning down a curled page laid level one by one (`app.prefill.curl`; False: as photographed)
# … and on such a page a digit read below BILEVEL_TORN_DIGIT with another digit second is doubted, as on a
# 1-bit page: ZJ zj_0032's address, paired once levelled, read `…虹井路1637号` for 1657 (3 at 0.88, 5 second;
# the 5's top stroke lost in the bend, to the eye too) — and the second recogniser agreed
CURL_TORN_DIGITS = True
FILL_NOT_SAME_LOST = True  # a second reading's value equal to one the first found a character lost from fills nothing
# … nor one equal to a value the first put in doubt against another print of it on the page (a 成立日期 against
# its 营业期限's start, a 卫生许可证 number's year against its term): the same pixels read again agree with
# themselves, not with the other print (ZW zw_009: the 1-bit page's softened reading filled back the `2001`
# the broken term start had put in doubt)
FILL_SURNAME_SURER = True  # a name flagged `extract.NO_SURNAME` takes a second reading only as sure as it (False: any)
# an entity name held back for starting one character off its own place (`extract.PLACE_MISREAD`: the credit code's
# or licence number's division, `NAME_DIVISION_CHECK` / `kinds.FOOD_NAME_DIVISION`, or any place's name,
# `PLACE_HEAD_ONE_OFF`) takes a second reading only when that reading differs from it in one character — the
# place's: the first reading misread a character it was sure of, and a second reading that reads other characters
# of the name otherwise too is one more reading of doubtful print, not the name (AF af_0018: `乌鲁术齐…华美面馆`
# held back, then filled from the re-read `乌鲁木齐…华美画馆`, 画 for 面 — a wrong pre-fill again; False: any)
FILL_PLACE_ONE_OFF = True
# an address held for a mark between a building's letter or a number and its measure word (`…200号E,座…`, AG ag_032:
# B's bowls read E and a comma) takes no second reading that is the first with the mark left out (`…200号E座…`):
# the mark was the letter's own stroke, and the same pixels read again leave the letter as doubtful (False: any)
FILL_MARK_DROPPED = True  # (landed off under load; switched on by the lead with the folder run)
NOT_SAME_NOTES = ("lost character", "term's start disagrees", "number's year disagrees", "prints a digit apart")
FAN_LEVEL = True  # straight rows fanning in perspective laid level by one projective map (`curl.row_fan`; False: as read)
# a digit torn with another digit (as CURL_TORN_DIGITS) is doubted on any other page too: a phone photo's blur or
# a washed-out frame takes the same strokes (the 3's open left
# side, the 4's crossbar) — ZU zu_0040 `…980弄31号8楼` for 3楼 (8 at 0.83, 3 second at 0.14; shake), zu_0025
# `…34号8楼` (8 at 0.949, 3 second; low light and glare), both pre-filled. The second recogniser is asked
# (`second_opinion`: a value both read alike, the second sure where the first was not, is taken) (False: off)
GREY_TORN_DIGITS = True
# on a 1-bit page (a fax, a scanner's black-and-white mode) a digit torn with another digit is doubted up to
# this certainty, and the second recogniser is asked (`second_opinion`: a value both read alike on its crop
# is taken): thresholding at a fax's 98 lines an inch drops the one stroke that tells 3 from 5 or 1 from 4
# on both readings of it, and the recogniser's doubt stays small (ZW zw_131, a fax: `…29幢308室` for 508, the
# 3 at 0.963 with 5 second, pre-filled; the second recogniser read 508; the licence number on the same page,
# `JY23302…` for JY23502…, its 3 at 0.93, was blanked by BILEVEL_TORN_DIGIT) (0: BILEVEL_TORN_DIGIT only)
BILEVEL_TORN_ASK = 0.99
# … and such a value is taken when both recognisers read its crop with the same digits (`digits_agree`: a
# number glued to its label in one box, `许可证号：豫卫公证字(2017)第7534号`, is cropped with the label —
# ZW zw_113, a scanner app's 1-bit page, its 7 at 0.98 with 1 second: blank until the digits alone were compared)
TORN_ASKED = "digit in doubt on a 1-bit page"


# a licence's 法定代表人 / 负责人 whose least sure character was read below this (though at NAME_CHAR or better) is
# not pre-filled: a name has no grammar, each of its two or three characters is the whole value, and a one-stroke
# twin (诺/诸) differs in the few pixels a chat app's recompression or a dim photo blurs (ZV zv_064, a chat
# forward: `钟一诸` for 钟一诺, 诸 at 0.919 with 诺 second; ZT zt0134, a low-light photo, `相始雪` for 胡怡雪). The
# second recogniser is not asked: on the reader's crop of zv_064's name both read 钟一诸. Measured on the 159
# business, food and health licences of ZV, ZW and ZT other than faxes, copies and screens: 2 wrong names blank,
# 2 right ones too (zw_030's 白桐, zt0091's 廖华梅) (0: names judged by NAME_CHAR alone, as before)
NAME_ASK = 0.95
NAME_ASK_KEYS = ("legal_representative",)


def distrust_doubtful_names(extraction: Extraction) -> None:
    """`NAME_ASK`: a person's name read at NAME_CHAR or better but with a character under NAME_ASK is
    not pre-filled."""
    if not NAME_ASK:
        return
    for key in NAME_ASK_KEYS:
        f = extraction.fields.get(key)
        if f is not None and f.value and not f.flagged and f.weakest < NAME_ASK:
            f.flagged, f.note = True, "name character in doubt"
            f.confidence = min(f.confidence, f.weakest)


def distrust_page_digits(extraction: Extraction, *, bilevel: bool, curled: bool) -> None:
    """`distrust_torn_digits` as the page's capture calls for it: on a binarised capture (`_unlined`),
    on a curled page (CURL_TORN_DIGITS) and, with GREY_TORN_DIGITS, on any other page."""
    if bilevel:
        distrust_torn_digits(extraction)
        if BILEVEL_TORN_ASK:
            distrust_torn_digits(extraction, note=TORN_ASKED, floor=BILEVEL_TORN_ASK)
    elif CURL_TORN_DIGITS and curled:
        # a curled page: its digits were photographed bent and foreshortened — the second
        # recogniser reads the same pixels, so its agreement settles nothing (no SECOND_NOTES)
        distrust_torn_digits(extraction, note="torn digit on a bent row")
    elif GREY_TORN_DIGITS:
        distrust_torn_digits(extraction)


def line_skew(lines: list[TextLine]) -> float:
    """The angle (degrees, as `deskew_with_matrix` takes it) at which the page's text lines run,
    from the top edges of their quads — 0 when they run level, or when the lines disagree.

    An axis-aligned box of a line tilted by a few degrees is much taller than its text: rows of
    a wrapped value then overlap, a continuation row looks like the same row, and the value
    stops early (a 3-line address read as 2 lines)."""
    angles = []
    for ln in lines:
        if len(ln.text) < 4 or len(ln.quad) < 2:
            continue
        (x0, y0), (x1, y1), (x3, y3) = ln.quad[0], ln.quad[1], ln.quad[-1]
        if np.hypot(x1 - x0, y1 - y0) < 3 * max(1.0, np.hypot(x3 - x0, y3 - y0)):
            continue  # too short for its own angle
        deg = float(np.degrees(np.arctan2(y1 - y0, x1 - x0)))
        # (a quad turned with its page may run right to left: the same line, the other way round)
        angles.append(deg - 180 if deg > 90 else deg + 180 if deg <= -90 else deg)
    if len(angles) < 3:
        return 0.0
    med = float(np.median(angles))
    spread = float(np.median([abs(a - med) for a in angles]))
    if abs(med) < SKEW_MIN or abs(med) > 60 or spread > 1.5:
        return 0.0
    return med


SLANT_MIN = 20.0  # degrees: a line this far from level (and as far from vertical) on a page whose rows
SLANT_LEVEL = 6.0  # … run level (this close to 0°) is laid over the page, not printed in its rows
SLANT_ROWS = 3  # level lines needed before anything is called slanted


def _line_angle(line: TextLine) -> float | None:
    """The angle (degrees, −90..90) of a line's top edge, None for a box too small to tell."""
    if len(line.quad) < 4:
        return None
    (x0, y0), (x1, y1), (x3, y3) = line.quad[0], line.quad[1], line.quad[-1]
    if np.hypot(x1 - x0, y1 - y0) < 1.2 * max(1.0, np.hypot(x3 - x0, y3 - y0)):
        return None
    deg = float(np.degrees(np.arctan2(y1 - y0, x1 - x0)))
    return deg - 180 if deg > 90 else deg + 180 if deg <= -90 else deg


def drop_slanted(lines: list[TextLine]) -> list[TextLine]:
    """The page's own lines, without text running diagonally across it: a copy's watermark
    (`仅供办理…使用，他用无效` repeated at 30–45° over the whole sheet) is read by the detector as
    slanted lines whose upright boxes cover several rows of the document, so a label lost its
    value and a card's text seemed to span the whole sheet. Only when the page has level rows
    (`SLANT_ROWS` lines within `SLANT_LEVEL`°): a page photographed at an angle keeps all its lines
    until it is levelled."""
    angles = [_line_angle(ln) for ln in lines]
    level = sum(1 for a, ln in zip(angles, lines, strict=True)
                if a is not None and abs(a) <= SLANT_LEVEL and len(ln.text) >= 2)
    if level < SLANT_ROWS:
        return lines
    return [ln for a, ln in zip(angles, lines, strict=True)
            if a is None or not SLANT_MIN <= abs(a) <= 90 - SLANT_MIN]


def _too_wide(line: TextLine, twins: bool = False) -> bool:
    """A short line whose box is wider than its text needs lost a character (`4` in the box of
    `4室`, `)` in the box of `动)`): CJK characters are about as wide as the line is high, digits,
    Latin letters and brackets about half. With `twins`, a character whose runner-up is its own
    full-width twin (`(` torn with `（`) may be printed full width and counts as wide: the box of
    `(副本)` read from `（副本）` is explained by the brackets' width, not by a lost character."""
    if len(line.text) > 4 or all(ord(ch) >= 0x2E80 for ch in line.text):
        return False  # (spaced labels such as 姓  名 are wide on purpose)
    x1, y1, x2, y2 = line.bbox
    h = y2 - y1
    if h <= 0 or x2 - x1 < h:
        return False
    alts = [c[1] for c in line.chars] if twins and len(line.chars) == len(line.text) else [""] * len(line.text)
    need = sum(0.55 if ord(ch) < 0x2E80 and not (alt and alt != ch and ord(alt) >= 0x2E80
                                                 and to_halfwidth(alt) == to_halfwidth(ch)) else 1.0
               for ch, alt in zip(line.text, alts, strict=True))
    return (x2 - x1) / h > need + 0.6


INK_CHECK = True  # label-column strips of blank paper are not sent to the recogniser


# second_look re-reads a line for its doubtful characters; a space torn only with `　` (the rest is
# the CTC blank: is there a gap?) and a character torn only with its width twin (（ vs (, ； vs ;)
# are no doubt about what the layout keeps: it drops spaces and folds widths (`to_lines`). Lines
# weak only there (12 J licences: 46 of the 50 lines re-read, the long scope rows among them) still
# shape the second look's batches (a short line's reading depends on the blank it is padded with:
# left out, they changed an I name), but are not recognised again. Switches for A/B runs:
SECOND_LOOK_SPACES = False  # True: a space whose runner-up is a space (` ` vs `　`) is re-read
SECOND_LOOK_TWINS = False  # True: a character whose runner-up is its width twin is re-read
# Two more kinds of doubt the second look is not asked to settle (the lines still shape its
# batches, so every line it does read reads bit for bit as before):
# - a short line whose box is wider than its text only because a bracket torn with its full-width
#   twin may be printed full width (`(副本)` in the box of `（副本）`; `_too_wide(twins=True)`);
# - a birth date whose every doubtful character lies inside the date, on a page where exactly one
#   valid 公民身份号码 was read and that number's birth date is the date read (`_vouched_dates`): the
#   number's check digit vouches for it, and an ID front's birth date is taken from the number
#   then anyway (the printed date only agrees with it). ID fronts with widely spaced dates
#   (`出生1989年 1 月 2日`, spaces torn with a digit) had their birth row re-read, ~60 ms of CPU on
#   one thread, for no change.
SECOND_LOOK_WIDE_TWINS = True  # False: the box of a line whose brackets may be full width is judged as before
SECOND_LOOK_VOUCHED = True  # False: a birth date the page's valid ID number vouches for is re-read
_ID_RUN = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9Xx])")
_DATE_RUN = re.compile(r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日")


def _vouched_dates(lines: list[TextLine], doubtful: list[int]) -> set[int]:
    """The doubtful lines (indices) whose doubt is a birth date the page's ID number vouches for:
    exactly one valid 18-character 公民身份号码 is read on the page, the line holds one date equal
    to that number's birth date, and every character of the line below SECOND_LOOK that is a doubt
    at all (`_char_doubt`'s folding) lies inside that date."""
    cands = [i for i in doubtful if len(lines[i].chars) == len(lines[i].text) and "年" in lines[i].text]
    if not cands:
        return set()
    numbers = {m.upper() for ln in lines for m in _ID_RUN.findall(re.sub(r"\s", "", ln.text))}
    valid = [chk for chk in (validate_id_number(n) for n in sorted(numbers)) if chk.ok and chk.normalized]
    if len(valid) != 1:
        return set()
    birth = valid[0].facts["birth_date"].strftime("%Y%m%d")
    out = set()
    for i in cands:
        ln = lines[i]
        dates = list(_DATE_RUN.finditer(ln.text))
        if len(dates) != 1:
            continue
        m = dates[0]
        if f"{int(m.group(1)):04d}{int(m.group(2)):02d}{int(m.group(3)):02d}" != birth:
            continue
        weak = [k for k, (ch, c) in enumerate(zip(ln.text, ln.chars, strict=True))
                if c[0] < SECOND_LOOK and _char_doubt(TextLine(ch, c[0], ln.quad, chars=(c,)), fold=True) < SECOND_LOOK]
        if all(m.start() <= k < m.end() for k in weak):
            out.add(i)
    return out


def _char_doubt(line: TextLine, fold: bool = False) -> float:
    """The line's least certain character; with `fold`, not counting those the layout folds away (a
    space torn with a space, a width twin: see SECOND_LOOK_SPACES / _TWINS): 1.0 when every weak
    character is such a one."""
    if not line.chars:
        return line.score
    probs = [c[0] for ch, c in zip(line.text, line.chars, strict=False)
             if not fold or ((SECOND_LOOK_SPACES or not (ch.isspace() and c[1].isspace()))
                             and (SECOND_LOOK_TWINS or ch.isspace() or not c[1]
                                  or to_halfwidth(c[1]) != to_halfwidth(ch)))]
    return min(probs, default=1.0)


def _doubtful(line: TextLine) -> bool:
    """A line `second_look` reads again: its score or a character below SECOND_LOOK, or too wide."""
    return line.score < SECOND_LOOK or _char_doubt(line) < SECOND_LOOK or _too_wide(line)


def second_look(lines: list[TextLine], page: np.ndarray, engine: OcrEngine,
                clock: StageClock | None = None) -> list[TextLine]:
    """Read doubtful lines once more from an upright crop with a margin of paper around them.

    Short lines (a wrapped `动)`, a lone `)`, `4` in the box of `4室`) and lines of a page that was
    read upside down are where the recogniser is least sure or drops characters; a second crop —
    upright, with some paper around it — often reads them cleanly. The better-scored reading wins (never a merge of the two), so a
    second look can only replace a doubtful reading with a surer one.
    """
    recognize = getattr(engine, "recognize", None)
    if recognize is None:
        return lines
    doubtful = [i for i, ln in enumerate(lines) if _doubtful(ln)]
    if not doubtful or len(doubtful) > SECOND_LOOK_MAX:
        return lines
    # (lines weak only at what the layout folds away are batched, not read: SECOND_LOOK_TWINS)
    folded = {i for i in doubtful if not (lines[i].score < SECOND_LOOK or _char_doubt(lines[i], fold=True) < SECOND_LOOK
                                          or _too_wide(lines[i], twins=SECOND_LOOK_WIDE_TWINS))}
    if SECOND_LOOK_VOUCHED:
        folded |= _vouched_dates(lines, doubtful)  # (a birth date the page's ID number vouches for)
    if len(folded) == len(doubtful):
        return lines
    view = ocr_view(page)
    crops, keep = [], []
    spans: list[tuple[int, int]] = []
    for i in doubtful:
        x1, y1, x2, y2 = lines[i].bbox
        h = y2 - y1
        if h <= 0 or (x2 - x1) > 1.5 * h * 40 or h > 3 * (x2 - x1) + 1:
            continue
        xa, xb = int(max(0, x1 - 0.3 * h)), int(min(page.shape[1], x2 + 0.3 * h))
        ya, yb = int(max(0, y1 - 0.12 * h)), int(min(page.shape[0], y2 + 0.12 * h))
        if xb - xa < 4 or yb - ya < 4:
            continue
        crops.append(np.ascontiguousarray(view[ya:yb, xa:xb]))
        keep.append(i)
        spans.append((xa, xb))
    if not crops:
        return lines
    out = list(lines)
    spots: list[list[float]] = [[] for _ in crops]
    shape_only = [i in folded for i in keep]
    try:
        reads = recognize(crops, spots, clock, shape_only=shape_only)
    except TypeError:  # an engine that does not report character positions or batch crops
        reads = recognize(crops)
    for j, (i, (raw, score, chars)) in enumerate(zip(keep, reads, strict=False)):
        text = raw.strip()
        old = lines[i]
        if not text or len(chars) != len(text):
            continue
        weakest_new = min(c[0] for c in chars)
        weakest_old = min((c[0] for c in old.chars), default=old.score)
        longer = len(text) > len(old.text) and _too_wide(old) and weakest_new >= SECOND_LOOK
        if (score > old.score + 0.02 and weakest_new >= weakest_old) or longer:
            out[i] = TextLine(text, score, old.quad, old.flipped, tuple(chars), _line_xs(old, spans[j], spots[j], raw))
            if clock is not None:
                clock.count("second_look_taken")
    return out


def _line_xs(line: TextLine, span: tuple[int, int], spots: list[float], raw: str) -> tuple[float, ...]:
    """Character centres of a second reading, as fractions of the line's box (as `TextLine.xs`):
    the crop was cut with a margin of paper, so its fractions are mapped back onto the line's box.
    Keeping them keeps the checks that need them (a lost character, a value starting late)."""
    text = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    if len(spots) != len(raw) or not text:
        return ()
    x1, _, x2, _ = line.bbox
    if x2 - x1 <= 0:
        return ()
    xa, xb = span
    return tuple(min(1.0, max(0.0, (xa + f * (xb - xa) - x1) / (x2 - x1))) for f in spots[lead:lead + len(text)])


RECOVER_MAX = 12  # label-column crops read per page at most
RECOVER_TITLES = False  # True: the strips left of a card back's title rows (the emblem) are read too


RECOVER_SEEN_SKIP = True  # a strip's reading that is a label read already where the strip reaches into it is dropped
RECOVER_NEAR = True  # a strip read as a label with one character misread is taken as that label
RECOVER_NEAR_SCORE = 0.6  # … when the recogniser's score of the strip is at least this
RECOVER_AT_COLUMN = True  # a strip before a row that starts at the value column keeps only its label
VALUE_COLUMN_SLACK = 0.4  # … a row starts at the value column within this share of its height
# … on a licence's page too, not only an ID card's: AA aa_083 (a flatbed scan of a 食品经营许可证 under a diagonal
# usage watermark, `…食品经营许可使用…`): the strip before `上海锦程食品有限公司` (its row starting where the other
# rows' values start) read `经营者名称口` — the watermark's 品 crossing the gap — and the name was pre-filled
# `口上海锦程食品有限公司` (False: ID cards only)
RECOVER_AT_COLUMN_PAGES = True
# a label column of one label read whole is the column when another row's label starts there read as its
# first character(s) only (a letter-spaced `地　　址` on a copy of a copy: the detector keeps `地` alone)
RECOVER_STUB_COLUMN = True
RECOVER_STUB_SLACK = 0.5  # … that stub's left end within this share of its height of the label's


def near_label(text: str, labels: tuple[str, ...], taken: set[str]) -> str | None:
    """The one label of the kind a label-column strip's reading spells but for one character
    (`经曾场所` for 经营场所, `惟所` for 住所): a label printed lighter and smaller than its value
    (a copy of a copy, a photo in dim light) is read with a character lost where the value's
    print is read whole. The reading must be the whole label (the strip holds only the label
    column), no other label may be as near, and the label must not have been read on the page
    already (then the strip is some other row's). A trailing colon is the label's. (The caller
    takes it only before a row read sure: R's r0145, a blurred photo, read `类人` 0.74 left of a
    stray `M` 0.68 before its 类型 value, and the label made the stray part of the value.)"""
    text = text.rstrip(":：")
    if len(text) < 2:
        return None

    def misses(lab: str) -> int:
        return sum(not _label_char(a, b) for a, b in zip(text, lab, strict=True))

    near = {lab for lab in labels if len(lab) == len(text) and misses(lab) <= 1}
    if len(near) != 1:
        return None
    lab = near.pop()
    return None if lab in taken else lab


def recover_labels(lines: list[Line], page: np.ndarray, engine: OcrEngine, labels: tuple[str, ...],
                   clock: StageClock | None = None, *, card: bool = False) -> list[Line]:
    """Read the label column where the detector found nothing: a justified label (`名　　　称`)
    is two small characters far apart, and the detector often skips them (or keeps only the one
    glued to the value). For each row whose text starts right of a column where other rows have
    their labels, with nothing between, the strip between that column and the text is read once
    more; what it spells, if it is a label or the start of one the row's text completes, is
    added as a line (the layout then joins it). Rows that are wrapped values read as empty paper.
    On an ID card (`card`; any page with RECOVER_AT_COLUMN_PAGES), a strip before a row that starts at
    the value column keeps only its label (`_value_column`; measured on cards first).
    """
    recognize = getattr(engine, "recognize", None)
    if recognize is None or not labels:
        return lines
    norm = normalize_labels(lines, labels)
    heads = [ln for ln in norm if ln.text in labels]
    if len(heads) < 2 and not (RECOVER_STUB_COLUMN and len(heads) == 1 and _column_stub(norm, heads[0], labels)):
        return lines
    view = ocr_view(page)
    crops, targets = [], []
    for ln in sorted(norm, key=lambda o: o.cy):
        if ln.text in labels or ln.owner or len(crops) >= RECOVER_MAX:
            continue
        if not RECOVER_TITLES and BACK_TITLE.fullmatch(ln.text):
            continue  # a card back's title: no label left of it, the national emblem (read on every back)
        cols = [h.x1 for h in heads if h.x1 < ln.x1 - 1.2 * ln.h and ln.x1 - h.x1 < 9 * ln.h]
        if not cols:
            continue
        col = min(cols)
        if any(o is not ln and same_row(o, ln) and o.x2 > col + 0.2 * ln.h and o.x1 < ln.x1 - 0.3 * ln.h
               and (o.text in labels or not re.fullmatch(r"[\u4e00-\u9fff☑□]{1,2}", o.text)) for o in norm):
            continue  # a label (or other text) was read there already; single characters are re-read
        xa, xb = int(max(0, col - 0.3 * ln.h)), int(min(view.shape[1], ln.x1 + 0.1 * ln.h))
        ya, yb = int(max(0, ln.y1 - 0.15 * ln.h)), int(min(view.shape[0], ln.y2 + 0.15 * ln.h))
        if xb - xa < ln.h or yb - ya < 4 or (INK_CHECK and not has_ink(view[ya:yb, xa:xb])):
            continue
        crops.append(np.ascontiguousarray(view[ya:yb, xa:xb]))
        targets.append((ln, (xa, ya, xb, yb)))
    if not crops:
        return lines
    at_column = _value_column(norm, heads)
    found: list[Line] = []
    try:
        reads = recognize(crops, None, clock) if clock is not None else recognize(crops)
    except TypeError:  # an engine that takes only the crops
        reads = recognize(crops)
    for (ln, (xa, ya, xb, yb)), (text, score, chars) in zip(targets, reads, strict=False):
        text = clean(text)
        if not text or score < min(0.8, RECOVER_NEAR_SCORE if RECOVER_NEAR else 0.8):
            continue
        if RECOVER_SEEN_SKIP and any(h.y1 < yb and h.y2 > ya and h.x1 < xb and h.x2 > xa
               and (spells_label(text, (h.text,)) or spells_label(text + ln.text, (h.text,), prefix=len(text)))
               for h in heads):
            continue  # a label read already, cut by the strip: a wrapped row close under its label's row
            # reaches into it (`经营范围` read again beside the scope's second row would end its first)
        if score >= 0.8 and (spells_label(text, labels) or spells_label(text + ln.text, labels, prefix=len(text))):
            if (card or RECOVER_AT_COLUMN_PAGES) and RECOVER_AT_COLUMN and at_column(ln):
                text, chars = _label_only(text, chars, labels)
            aligned = tuple(chars) if len(chars) == len(text) else ()
            found.append(Line(text, score, float(xa), float(ya), float(xb), float(yb), ln.idx, aligned))
        elif RECOVER_NEAR and score >= RECOVER_NEAR_SCORE and not any(same_row(o, ln) for o in found) \
                and len(ln.text) >= 2 and ln.score >= 0.8 \
                and (lab := near_label(text, labels, {h.text for h in heads} | {o.text for o in found})):
            found.append(Line(lab, score, float(xa), float(ya), float(xb), float(yb), ln.idx, ()))
    if not found:
        return lines
    return sorted(lines + found, key=lambda o: (o.cy, o.x1))


def _column_stub(lines: list[Line], head: Line, labels: tuple[str, ...]) -> bool:
    """Whether another row's label starts at `head`'s column read as its first one or two characters
    only: a justified label (`地　　址`, `许　可　项　目`) whose characters stand apart, printed bold and
    filled in by a copier's tone curve, is often boxed character by character and mostly skipped, so
    one label read whole is all the column has — and the stub at its left end is the second row that
    says where the labels start (a line of other words there is no stub: its text must begin a label
    of the kind that is not the head's)."""
    for o in lines:
        if o is head or same_row(o, head) or not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", o.text):
            continue
        if abs(o.x1 - head.x1) > RECOVER_STUB_SLACK * o.h:
            continue
        if any(lab.startswith(o.text) and len(lab) > len(o.text) and lab != head.text for lab in labels):
            return True
    return False


def _value_column(lines: list[Line], heads: list[Line]) -> Callable[[Line], bool]:
    """Whether a row's text starts at the page's value column: where the text right after the
    labels read on other rows starts (the median of at least two such rows). A value that starts
    there has nothing of its own left of it, so what a label strip reads after the label is some
    other ink between the label and the value — a watermark's word crossing the gap (ZA za0105:
    `服务` of a copy watermark over 姓名's row read `姓名务`, which made the name `务雷祥丽`)."""
    starts = []
    for h in heads:
        right = [o for o in lines if o is not h and o.text not in (x.text for x in heads) and same_row(o, h)
                 and o.x1 >= h.x2 - 0.2 * h.h]
        if right:
            starts.append(min(o.x1 for o in right))
    if len(starts) < 2:
        return lambda ln: False
    starts.sort()
    col = starts[len(starts) // 2]
    return lambda ln: abs(ln.x1 - col) <= VALUE_COLUMN_SLACK * ln.h


def _label_only(text: str, chars: tuple | list, labels: tuple[str, ...]) -> tuple[str, tuple | list]:
    """The label a strip's reading starts with (and its colon), without what follows it."""
    n = max((len(lab) for lab in labels if len(lab) >= 2 and _spelled(text, lab, 0) == len(lab)), default=0)
    if not n:
        return text, chars
    while n < len(text) and text[n] in ":：":
        n += 1
    return text[:n], (chars[:n] if len(chars) == len(text) else chars)


INK_DELTA = 30  # grey levels below the strip's paper that count as ink
INK_SHARE = 0.015  # share of such pixels below which a strip is blank paper


def has_ink(strip: np.ndarray) -> bool:
    """Whether a strip holds anything darker than its paper (a character, a stroke of one)."""
    gray = strip if strip.ndim == 2 else cv2.cvtColor(strip, cv2.COLOR_BGR2GRAY)
    if gray.size == 0:
        return False
    paper = float(np.percentile(gray, 90))
    return float(np.count_nonzero(gray < paper - INK_DELTA)) / gray.size >= INK_SHARE


INK_DARKEST = 0.06  # the darkest share of a box's pixels taken as its print's ink (`line_ink`)


def line_ink(page: np.ndarray, box: tuple[float, float, float, float]) -> tuple[float, ...]:
    """The ink a box's print is made of: (its darkness as a share of the paper's light around it — 0
    black, 1 paper —, its Lab a* and b* — 0 for grey or black —, the paper's grey level); () for a box
    too small. Measured on the darkest INK_DARKEST of the box's pixels (a character's strokes, not their
    edges), each against the paper within a character's height of it (the box's brightest there): a
    shadow across the box darkens print and paper alike (ZW zw_004, a desk photo whose phone's shadow
    lies over half a scope row). The paper's level is the box's lightest tenth."""
    x1, y1, x2, y2 = (int(round(v)) for v in box)
    x1, y1 = max(0, x1), max(0, y1)
    crop = page[y1:max(y1, y2), x1:max(x1, x2)]
    if crop.shape[0] < 6 or crop.shape[1] < 6:
        return ()
    colour = crop.ndim == 3 and crop.shape[2] == 3
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if colour else crop if crop.ndim == 2 else crop[..., 0]
    paper = float(np.percentile(gray[::2, ::2], 90))
    k = max(3, int(crop.shape[0]) | 1)
    around = cv2.dilate(gray, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    share = gray.astype(np.float32) / np.maximum(around, 1).astype(np.float32)
    cut = float(np.percentile(share, 100 * INK_DARKEST))
    dark = share <= cut
    level = float(np.median(share[dark]))
    if not colour:
        return (level, 0.0, 0.0, paper)
    lab = cv2.cvtColor(crop[dark].reshape(-1, 1, 3), cv2.COLOR_BGR2LAB).reshape(-1, 3).mean(axis=0)
    return (level, float(lab[1]) - 128.0, float(lab[2]) - 128.0, paper)


class LineInk(Sequence):
    """`line_ink` of a box on a page, measured when first asked (most rows are never compared)."""

    __slots__ = ("_page", "_box", "_ink")

    def __init__(self, page: np.ndarray, box: tuple[float, float, float, float]) -> None:
        self._page: np.ndarray | None = page
        self._box = box
        self._ink: tuple[float, ...] | None = None

    def _value(self) -> tuple[float, ...]:
        if self._ink is None:
            self._ink = line_ink(self._page, self._box) if self._page is not None else ()
            self._page = None
        return self._ink

    def __len__(self) -> int:
        return len(self._value())

    def __getitem__(self, i):  # type: ignore[override]
        return self._value()[i]


def mark_inks(lines: list[Line], page: np.ndarray) -> None:
    """Each line's `ink` (`line_ink`, measured when first asked), where not known yet."""
    for ln in lines:
        if isinstance(ln.ink, tuple) and not ln.ink:
            ln.ink = LineInk(page, (ln.x1, ln.y1, ln.x2, ln.y2))


def ocr_view(page: np.ndarray) -> np.ndarray:
    """What the recogniser sees: on a page with red ink (a 公章 or 登记专用章 stamped over the
    text, red titles) its red channel as grey. Red ink is as light there as the paper, so seal
    characters stop leaking into values (30万元整 + 用 of 登记专用章) and black text under a seal
    stays black; blue and black print keep their contrast. Other pages are left as they are."""
    if not RED_INK or page.ndim != 3:
        return page
    small = page[::4, ::4].astype(np.int16)
    b, g, r = small[..., 0], small[..., 1], small[..., 2]
    red = (r > 120) & (r - g > 60) & (r - b > 50)
    if red.mean() < RED_SHARE:
        return page
    return cv2.cvtColor(page[..., 2], cv2.COLOR_GRAY2BGR)


def room_blank(gray: np.ndarray, room: tuple[float, float, float, float], row: tuple[float, float, float, float],
               faint: float = 0.0) -> bool:
    """Whether a part of a row where a value assumes paper (the room a row left at its end, the start
    of a box before its first character) is blank: beyond a speck's share, nothing in its middle band
    darker than ROOM_FAINT of the way from the row's paper to its ink (measured over the row's print,
    `row`) — a character faded or glared so that it was not read is still that dark. `faint`: a
    lower level, counting marks of at least a stroke's length (a speck's few pixels do not count)."""
    got = _room_mask(gray, room, row, faint)
    if got is None:
        return False
    mask, h = got
    if not faint:
        return float(mask.mean()) < ROOM_INK
    return not _has_stroke(mask, h) and float(mask.mean()) < 2 * ROOM_INK


# `room_strokes`: a stroke stands this far darker than what surrounds it (averaged over a sixth of the row's height),
# of the row's paper-to-ink contrast — print and a stamp's frame; a display's lattice photographed (ZO zo_0144: grey
# lines between its pixels' light dots) and a dither's dots average to a grey
ROOM_STROKE = 0.25


def room_strokes(gray: np.ndarray, room: tuple[float, float, float, float],
                 row: tuple[float, float, float, float]) -> bool:
    """Whether a room holds strokes: marks darker than what surrounds them by ROOM_STROKE of the row's
    paper-to-ink contrast (a morphological black-hat over half a line height, so a card's printed
    background — a gradient, a checker of large squares — is paper; the page averaged over a sixth of
    it first, so a display's lattice or a dither is a grey), one at least a STROKE of the room's
    height long (a texture's specks are not). A character or a stamp's frame is strokes."""
    x1, y1, x2, y2 = (int(round(v)) for v in room)
    h = max(1, y2 - y1)
    levels = _row_levels(gray, row)
    if levels is None or x1 < 0 or y1 < 0 or x2 > gray.shape[1] or y2 > gray.shape[0] or x2 - x1 < 2:
        return False
    paper, ink = levels
    pad = h
    ya, yb, xa, xb = max(0, y1 - pad), min(gray.shape[0], y2 + pad), max(0, x1 - pad), min(gray.shape[1], x2 + pad)
    k = max(3, h // 2) | 1
    b = max(1, h // 6) | 1  # (averaged over a stroke's width first: a lattice's or a dither's dots are a grey)
    soft = cv2.blur(gray[ya:yb, xa:xb], (b, b))
    hat = cv2.morphologyEx(soft, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    mask = (hat[y1 - ya + h // 6:y2 - ya - h // 6, x1 - xa:x2 - xa] > ROOM_STROKE * (paper - ink)).astype(np.uint8)
    return mask.size > 0 and _has_stroke(mask, h)


def _has_stroke(mask: np.ndarray, h: int) -> bool:
    """Whether a room's ink mask holds a mark at least a STROKE of the room's height `h` long (a
    character's stroke, a frame's side), not only a texture's or a grain's specks."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask)
    return any(max(stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT]) >= STROKE * h for i in range(1, n))


def _row_levels(gray: np.ndarray, row: tuple[float, float, float, float]) -> tuple[float, float] | None:
    """A row's paper and ink levels (its 90th and 5th percentiles), None where the row is off the page
    or its print too faint to tell ink from paper (INK_CONTRAST)."""
    ra, rb = max(0, int(row[0])), min(gray.shape[1], int(row[2]))
    under = gray[max(0, int(row[1])):int(row[3]), ra:rb]
    if under.size == 0:
        return None
    paper, ink = float(np.percentile(under, 90)), float(np.percentile(under, 5))
    return None if paper - ink < INK_CONTRAST else (paper, ink)


def _room_mask(gray: np.ndarray, room: tuple[float, float, float, float], row: tuple[float, float, float, float],
               faint: float = 0.0) -> tuple[np.ndarray, int] | None:
    """`room_blank`'s mask of the room's middle band darker than its level (ruled lines out) and the
    room's height; None where the room is off the page or the row's print too faint to tell ink."""
    x1, y1, x2, y2 = (int(round(v)) for v in room)
    h = max(1, y2 - y1)
    inside = gray[max(0, y1 + h // 6):y2 - h // 6, max(0, x1):min(gray.shape[1], x2)]
    levels = _row_levels(gray, row) if inside.size else None
    if levels is None:
        return None  # (off the page, or too faint a print to tell paper from ink)
    paper, ink = levels
    level = paper - (faint or ROOM_FAINT) * (paper - ink)
    mask = (inside < level).astype(np.uint8)
    if ROOM_RULES:
        mask = _rule_rows_out(gray, mask, (max(0, x1), max(0, y1 + h // 6), x2), level, h)
    return mask, h


# on a 1-bit page (a fax, a thresholded copy) a cell checked after a row's box (`extract.ROOM_END_CELL`: the `室`
# a box stopped short of) is paper too when it holds no more ink than the next cell on: a tinted card dithered is
# dots all over, and a lost character is ink where the paper beyond has none (the label-less fax of an ID front in
# test_labelless_pages: its card's 222 grey dithered to a dot in eight; False: off). On a grey page dots are no
# paper, and a wrapped `室` stopped short of leaves part of itself in the next cell (ZT zt0015)
ROOM_END_BESIDE = True
ROOM_END_MARGIN = 0.05  # share of the cell's pixels its ink may exceed the next cell's by
TWO_LEVEL_SHARE = 0.02  # a page with fewer of its pixels between black and white than this share is 1-bit


def two_level(gray: np.ndarray) -> bool:
    """Whether a grey page is 1-bit: all but TWO_LEVEL_SHARE of its pixels near black or white."""
    return np.count_nonzero((gray > 32) & (gray < 224)) < TWO_LEVEL_SHARE * gray.size


def gap_blank(gray: np.ndarray, room: tuple[float, float, float, float], row: tuple[float, float, float, float],
              *, dotted: bool = False) -> bool:
    """`room_blank`, or (ROOM_END_BESIDE, on a 1-bit page: `dotted`) for a room past the row's box, no darker
    than the paper beyond it."""
    if room_blank(gray, room, row):
        return True
    if not (ROOM_END_BESIDE and dotted) or room[0] < row[2]:
        return False
    w = room[2] - room[0]
    here = _room_mask(gray, room, row)
    beyond = _room_mask(gray, (room[0] + w, room[1], room[2] + w, room[3]), row)
    if here is None or beyond is None or beyond[0].shape != here[0].shape:
        return False
    return float(here[0].mean()) <= float(beyond[0].mean()) + ROOM_END_MARGIN


MARK_PAST_INK = 0.05  # `mark_past`: share of ink in the room that is a mark (a 、 fills a fifth of it; grain a few pixels)


def mark_past(gray: np.ndarray, room: tuple[float, float, float, float], row: tuple[float, float, float, float]) -> bool:
    """Whether a room past a scope row's end (`extract.MARK_PAST`: a separator hung past the column's edge,
    a second stop) holds a mark: ink beyond a speck's share (ROOM_INK), and by that share more than the
    same width of paper further on — a fax's or a photocopy's grain is all over the margin, a mark is not
    (AD ad_048, a fax: 3 grain pixels in the small room after a row's 法 blanked its right scope)."""
    here = _room_mask(gray, room, row)
    if here is None:
        return False  # (too faint a row to tell: taken as read, as before the check)
    w = room[2] - room[0]
    beyond = _room_mask(gray, (room[2] + 0.5 * w, room[1], room[2] + 1.5 * w, room[3]), row)
    share = float(here[0].mean())
    base = float(beyond[0].mean()) if beyond is not None and beyond[0].size else 0.0
    return share >= MARK_PAST_INK and share > base + ROOM_INK


RULE_RUN = 3.0  # a pixel row inked across the room and this many row heights on to its right: a ruled line


def _rule_rows_out(gray: np.ndarray, mask: np.ndarray, at: tuple[int, int, int], level: float, h: int) -> np.ndarray:
    """`mask` (ink in a room after a value, its top-left at `at`[:2], ending at x `at`[2]) without the
    pixel rows a ruled line crosses: a form that rules its rows (a 2023 食品经营许可证) prints its values
    touching the rule, which runs through the room and on past it. A pixel row inked across the whole
    room and RULE_RUN row heights further right is that rule (and the rows beside it, its soft edges);
    a lost character's stroke — a thin 一 as well — ends within the character."""
    x1, y1, x2 = at
    run = gray[y1:y1 + mask.shape[0], x2:min(gray.shape[1], x2 + int(RULE_RUN * h))]
    if run.shape[1] < RULE_RUN * h * 0.9 or run.shape[0] != mask.shape[0]:
        return mask  # (the page ends there: nothing to tell a rule by)
    ruled = (mask.mean(axis=1) > 0.9) & ((run < level).mean(axis=1) > 0.9)
    if not ruled.any() or ruled.sum() > max(2, round(0.2 * h)):
        return mask  # (a band as tall as a fifth of the row — a highlighter's, a shadow's — is no rule)
    near = ruled.copy()
    near[1:] |= ruled[:-1]
    near[:-1] |= ruled[1:]
    out = mask.copy()
    out[near] = 0
    return out


# a cell after a scope's closing bracket beside a row too faint to judge (its paper and its 5th percentile within
# INK_CONTRAST) holds no stop when none of its pixels lies a faint stroke's depth (STOP_FAINT of that contrast)
# under its own paper (False: such a cell may hold one — the scope in doubt, as before). Measured on ZP's photos of
# light Ming/Song print: 高拍仪 rows zp_0087 (paper 251, 5th percentile 223) and zp_0129 (251 / 232), a desk photo
# zp_0120 (227 / 191) — each scope read whole, its cell after the bracket bare (251 flat; 221–228)
STOP_BARE = True
STOP_INK = 0.01  # share of the cell after a scope's closing bracket darker than its own paper by STOP_FAINT: a `。`
STOP_FAINT = 0.35
# a `。` sits in the lower part of its cell (low at its left, or centred): ink only in the cell's top band
# — the strokes of the row above reaching down into a tightly spaced row's box, or a bracket's tip — is
# no stop. The cell after a scope's bracket is judged from this share of its height down (0.0: all of
# it). AE ae_0073 (a hand-held photo) and ae_0002 (a photocopy): each scope read whole and ending
# `…经营活动)` with no stop, the row above's stroke ends in the cell's top 3–4 of 32 pixels: blank on main
STOP_TOP = 0.25


def stop_unread(gray: np.ndarray, room: tuple[float, float, float, float], row: tuple[float, float, float, float]) -> bool:
    """Whether the cell after a 经营范围's closing bracket holds a mark (the scope's own `。`, which
    the recogniser often drops after a bracket). Measured against the cell's own paper, not the row's:
    a phone photo's shading darkens the paper towards an edge as much as a faint print's stop."""
    cell = _stop_cell(gray, room, row)
    if cell is None:
        return False
    inside, paper, ink, local = cell
    inside = inside[int(round(STOP_TOP * inside.shape[0])):]
    if inside.size == 0:
        return False
    if paper - ink < INK_CONTRAST:
        # too faint a print to tell: the stop may be there — unless the cell is bare paper, not one
        # pixel of it as dark as a faint stroke would be (STOP_BARE: a light face's thin strokes cover
        # so little of the row's box that its 5th percentile lands near the paper, though the row was
        # read whole; a 高拍仪's ring light clips the paper flat — zp_0129's cell all 251)
        return not (STOP_BARE and float(inside.min()) > local - STOP_FAINT * (paper - ink))
    return float((inside < local - STOP_FAINT * (paper - ink)).mean()) > STOP_INK


def _stop_cell(gray: np.ndarray, room: tuple[float, float, float, float],
               row: tuple[float, float, float, float]) -> tuple[np.ndarray, float, float, float] | None:
    """The cell after a scope's bracket and the levels it is judged by: (its pixels, the row's paper
    and ink, the cell's own paper); None when the cell or the row is off the page."""
    x1, y1, x2, y2 = (int(round(v)) for v in room)
    ra, rb = max(0, int(row[0])), min(gray.shape[1], int(row[2]))
    under = gray[max(0, int(row[1])):int(row[3]), ra:rb]
    inside = gray[max(0, y1):y2, max(0, x1):min(gray.shape[1], x2)]
    if under.size == 0 or inside.size == 0 or x2 > gray.shape[1]:
        return None
    return (inside, float(np.percentile(under, 90)), float(np.percentile(under, 5)),
            float(np.percentile(inside, 90)))


STOP_SIZE = (0.1, 0.5)  # a `。` read off the page: its ink this share of the row's height across, at least and at most


def stop_mark(gray: np.ndarray, room: tuple[float, float, float, float], row: tuple[float, float, float, float]) -> bool:
    """Whether the ink `stop_unread` found in the cell after a 经营范围's closing bracket is a full
    stop and nothing else: one compact mark (STOP_SIZE of the row's height across, none of it at the
    row's top — a character's strokes reach there) and no other mark in the cell. The scope's
    grammar leaves nothing else to print there, so that mark is its `。`; any other ink (a
    character, a seal's stroke, two marks) leaves the scope in doubt as before."""
    cell = _stop_cell(gray, room, row)
    if cell is None:
        return False
    inside, paper, ink, local = cell
    mask = (inside < local - STOP_FAINT * (paper - ink)).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask)
    h = max(1, int(round(room[3])) - int(round(room[1])))
    marks = [i for i in range(1, n) if stats[i, cv2.CC_STAT_AREA] >= 3]
    if len(marks) != 1:
        return False
    x, y, w, hh = (stats[marks[0], k] for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH,
                                                 cv2.CC_STAT_HEIGHT))
    lo, hi = STOP_SIZE
    return lo * h <= max(w, hh) <= hi * h and y > 0.2 * h and x + w < mask.shape[1]


def stop_low(gray: np.ndarray, room: tuple[float, float, float, float],
             row: tuple[float, float, float, float]) -> tuple[bool, bool]:
    """Whether the cell after a wrapped 经营范围's open end (`extract.STOP_OPEN`) holds a stop-sized
    compact mark low in the row (STOP_SIZE of its height across, its top below the row's upper
    half): a `。` the recogniser dropped after a plain character — and whether that mark is all the
    cell holds (specks cut by the cell's top or bottom edge are the rows above's and below's, not
    this row's). Other ink alone — a fold's crease, a frame's line, a seal's stroke — is no such
    mark: lists printed open (`…装卸搬运`) stay as read."""
    ink_mask = _stop_ink(gray, room, row)
    if ink_mask is None:
        return False, False  # (no cell, or too faint a print to tell: the list as read, as before)
    mask = ink_mask.astype(np.uint8)
    h = mask.shape[0]
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask)
    lo, hi = STOP_SIZE
    marks = [i for i in range(1, n) if stats[i, cv2.CC_STAT_AREA] >= 3]
    low = [i for i in marks if stats[i, cv2.CC_STAT_TOP] > 0.4 * h
           and lo * h <= max(stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT]) <= hi * h
           and stats[i, cv2.CC_STAT_LEFT] + stats[i, cv2.CC_STAT_WIDTH] < mask.shape[1]]
    edge = [i for i in marks if stats[i, cv2.CC_STAT_HEIGHT] < 0.25 * h and (
        stats[i, cv2.CC_STAT_TOP] == 0 or stats[i, cv2.CC_STAT_TOP] + stats[i, cv2.CC_STAT_HEIGHT] >= h)]
    return bool(low), len(low) == 1 and len(marks) == 1 + len([i for i in edge if i not in low])


# on a 1-bit page (a fax, a scanner's black-and-white mode: `two_level`) a few specks together low in the first
# half of the cell after a wrapped scope's open end, too small for `stop_low`'s stop, are what thresholding left
# of the list's `。` (its thin ring falls between a fax's scan lines): the scope is not pre-filled, with or
# without the stop (ZW zw_009 and ZT zt0033, faxes: `…第二类增值电信业务` and `…水果种植` pre-filled without
# their `。`, three and two specks within 5 px where it stood). A fax's noise specks stand alone (False: off)
STOP_REMAINS = True
STOP_REMAINS_PX = 3  # … ink pixels at least, within a stop's size (STOP_SIZE's largest) of one another


def _stop_ink(gray: np.ndarray, room: tuple[float, float, float, float],
              row: tuple[float, float, float, float]) -> np.ndarray | None:
    """The ink of the cell `_stop_cell` cuts after a scope's end (a boolean mask), or None where there is
    no such cell or the print is too faint to tell ink from paper (INK_CONTRAST)."""
    cell = _stop_cell(gray, room, row)
    if cell is None:
        return None
    inside, paper, ink, local = cell
    if paper - ink < INK_CONTRAST:
        return None
    return inside < local - STOP_FAINT * (paper - ink)


def stop_remains(gray: np.ndarray, room: tuple[float, float, float, float],
                 row: tuple[float, float, float, float]) -> bool:
    """Whether the cell after a wrapped 经营范围's open end holds a stop's remains (`STOP_REMAINS`): at
    least STOP_REMAINS_PX ink pixels in its lower half, first half, all within a stop's largest size."""
    mask = _stop_ink(gray, room, row)
    if mask is None:
        return False
    h, w = mask.shape
    ys, xs = np.nonzero(mask[h // 2:, :max(1, w // 2)])
    if ys.size < STOP_REMAINS_PX:
        return False
    return max(int(np.ptp(ys)), int(np.ptp(xs))) + 1 <= STOP_SIZE[1] * h


def stop_tucked(gray: np.ndarray, room: tuple[float, float, float, float],
                row: tuple[float, float, float, float]) -> bool:
    """Whether a stop-sized mark stands low beside a 经营范围's last `）`, in the bracket's own cell
    (`extract.STOP_TUCK`): typesetting that compresses CJK punctuation sets `）。` in one cell, the
    `。` against the bracket's lower end, where neither the recogniser's box nor the cell after the
    bracket (`stop_unread`) holds it — the scope read without it is then wrong, not whole. The
    bracket is the ink of the row's upper half (a `）` bulges furthest right at its middle and curls
    back left below it); a compact mark of STOP_SIZE in the lower half, right of all that ink and
    clear of the cell's right edge, is the stop. A ruled line or a seal's long stroke is no compact
    mark; ink in the upper half to the right (a stamp over the cell) hides the bracket's edge and
    leaves the scope as read."""
    mask = _stop_ink(gray, room, row)
    if mask is None:
        return False  # (no cell, or too faint a print to tell: the cell after the bracket decides, as before)
    h = mask.shape[0]
    cols = np.nonzero(mask[int(0.1 * h):int(0.55 * h)].any(axis=0))[0]
    if cols.size == 0:
        return False  # (no bracket seen where it was read: nothing to measure against)
    return bool(_tucked_marks(mask, cols)[0])


def _tucked_marks(mask: np.ndarray, cols: np.ndarray) -> tuple[list[np.ndarray], int]:
    """The stop-sized compact marks in the lower part of a bracket's cell right of the bracket's
    ink (`stop_tucked`), each as its stats row, and how many marks of any size (3 px or more) stand
    there in all."""
    h = mask.shape[0]
    low = mask[int(0.55 * h):].astype(np.uint8)
    low[:, :cols.max() + 2] = 0
    n, _, stats, _ = cv2.connectedComponentsWithStats(low)
    lo, hi = STOP_SIZE
    marks = [stats[i] for i in range(1, n) if stats[i, cv2.CC_STAT_AREA] >= 3]
    stops = [s for s in marks if lo * h <= max(s[cv2.CC_STAT_WIDTH], s[cv2.CC_STAT_HEIGHT]) <= hi * h
             and s[cv2.CC_STAT_LEFT] + s[cv2.CC_STAT_WIDTH] < low.shape[1]]
    return stops, len(marks)


STOP_TUCK_READ = True  # a tucked stop alone right of a scope's last `）` is read as its `。` (`tucked_stop`; False: blank)
STOP_ROUND = 2.0  # a tucked `。`'s ink at most this many times as wide as high or high as wide (a ring; a stroke is long)


def tucked_stop(gray: np.ndarray, room: tuple[float, float, float, float],
                row: tuple[float, float, float, float]) -> bool:
    """Whether the mark `stop_tucked` found beside a 经营范围's last `）` is the scope's own `。` and
    nothing else: the one mark of any size right of the bracket's ink in the cell's lower part, of
    STOP_SIZE and about as wide as high (STOP_ROUND). Compressed CJK punctuation (`）。` set in about
    one cell: Typst's, Word's and WPS's 标点挤压) puts the stop exactly there, and the scope's grammar
    leaves nothing else to print after its bracket; a speck beside it, a stroke of a stamp, two marks
    leave the scope blank as before. (`stop_mark` reads the cell after the bracket the same way.)"""
    mask = _stop_ink(gray, room, row)
    if mask is None:
        return False
    h = mask.shape[0]
    cols = np.nonzero(mask[int(0.1 * h):int(0.55 * h)].any(axis=0))[0]
    if cols.size == 0:
        return False
    stops, count = _tucked_marks(mask, cols)
    if len(stops) != 1 or count != 1:
        return False
    w, hh = int(stops[0][cv2.CC_STAT_WIDTH]), int(stops[0][cv2.CC_STAT_HEIGHT])
    if int(stops[0][cv2.CC_STAT_LEFT]) <= cols.max() + 2:
        return True  # (a stop touching the bracket is cut where the bracket's ink ends: its width is not its own)
    return max(w, hh) <= STOP_ROUND * max(1, min(w, hh))


COVERED = 0.3  # share of a character's room as dark as print: a cover (a thumb, a pen), not specks or pattern lines
# `COVER_SEAL_PAPER`: the room after an ID card's name (`extract.COVER_CHECK`) is judged with a red seal's ink as the
# paper it is stamped on: clearly red pixels (`ocr_view`'s test: r > 120, r − g > 60, r − b > 50) are measured by
# their red channel, where the seal is as light as the paper, every other pixel by its grey. A copy stamped or
# certified beside the name (AG ag_081, a chat-forwarded card copy with a company's seal right after `汤雨松`, read
# at 0.999) filled the room with the seal's rim and characters and blanked the name `lost character`; a thumb
# (skin: r − g well under 60) or a pen (blue or black: a dark red channel) still covers it. False: off (grey).
COVER_SEAL_PAPER = True


def _seal_as_paper(page: np.ndarray, gray: np.ndarray, boxes: list[tuple[float, float, float, float]]) -> np.ndarray:
    """`COVER_SEAL_PAPER`: the grey page with clearly red pixels replaced by their red channel (only
    within the span of `boxes`, the rooms and rows judged)."""
    if not COVER_SEAL_PAPER or page.ndim != 3 or not boxes:
        return gray
    x1, y1 = (max(0, int(min(bx[k] for bx in boxes))) for k in (0, 1))
    x2, y2 = (int(max(bx[k] for bx in boxes)) + 1 for k in (2, 3))
    part = page[y1:y2, x1:x2]
    b, g, r = (part[..., k].astype(np.int16) for k in range(3))
    red = (r > 120) & (r - g > 60) & (r - b > 50)
    if not red.any():
        return gray
    out = gray.copy()
    out[y1:y2, x1:x2][red] = part[..., 2][red]
    return out


def room_covered(gray: np.ndarray, room: tuple[float, float, float, float],
                 row: tuple[float, float, float, float]) -> bool:
    """Whether the paper a value's end should have after it is covered: COVERED of its middle band
    darker than ROOM_FAINT of the way from the row's paper to its ink. Only positive evidence counts
    (a page edge, a print too faint to tell paper from ink: not covered) — background pattern lines
    and specks fill far less of it; a thumb fills it."""
    x1, y1, x2, y2 = (int(round(v)) for v in room)
    h = max(1, y2 - y1)
    ra, rb = max(0, int(row[0])), min(gray.shape[1], int(row[2]))
    under = gray[max(0, int(row[1])):int(row[3]), ra:rb]
    if x1 < 0 or x2 > gray.shape[1] or y1 < 0 or y2 > gray.shape[0] or under.size == 0:
        return False
    inside = gray[y1 + h // 6:y2 - h // 6, x1:x2]
    paper, ink = float(np.percentile(under, 90)), float(np.percentile(under, 5))
    if inside.size == 0 or paper - ink < INK_CONTRAST:
        return False
    return float((inside < paper - ROOM_FAINT * (paper - ink)).mean()) > COVERED


STOP_SEAL_PAPER = True  # a scope's stop cells are judged as the recogniser saw the page: a red seal there is paper (False: grey)


def _stop_view(page: np.ndarray, gray: np.ndarray) -> np.ndarray:
    """The page a scope's stop cells (`stop_unread`, `stop_mark`, `stop_low`, `stop_tucked`) are judged
    on: the recogniser's own view (`ocr_view`: on a stamped page its red channel, where the seal's red
    ink is as light as the paper and black print stays black), else the plain grey page."""
    if not STOP_SEAL_PAPER or page.ndim != 3:
        return gray
    view = ocr_view(page)
    return view if view.ndim == 2 else cv2.cvtColor(view, cv2.COLOR_BGR2GRAY)


# a dithered capture's (`bilevel.is_dithered`) scope stop cells are judged through a Gaussian of this σ (px, on the page
# as read; 0: as any page's). AF af_0048, a fine-mode fax dithered whole (lone dots 0.52: the paper's tint printed as a
# dot in ten), shrunk to 0.6 for the recogniser: its scope read whole and right, `…经营活动)` at 0.999 with no `。` on
# the paper, was blanked `full stop not read` for the tint's specks in the cell after the bracket
STOP_DOTS_SIGMA = 1.0


def confirm_row_end(extraction: Extraction, lines: list[Line], page: np.ndarray, *, dithered: bool = False) -> None:
    """A wrapped value that may go on in a row the detector did not box (`ROW_BELOW`: an ID card
    address whose last row fills the column and ends in a bare room number, `…3单元1703` with `室`
    squeezed alone against the number row) is taken only when the paper under its last row's
    start — where a further row would begin — is blank. A value that assumes paper somewhere
    (`blank_after`: the room a row left before a number that wrapped whole, a box's start before its
    first character read) only when there is paper there: a character lost (a thin 一 the detector
    did not box, a faded one it boxed but could not read) leaves ink."""
    gray = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    seen: np.ndarray | None = None  # the recogniser's view (a seal's red ink as light as paper)
    dotted = False  # (a 1-bit page: `two_level`, measured with `seen`)
    # (a scope's stop cells are judged on that view too: the registrar's seal is stamped over the
    # 登记机关 date right under a short scope, and its red rim reaching the last row's height after
    # the closing bracket is no `。` — a printed stop is black and stays dark there; STOP_SEAL_PAPER)
    cells: np.ndarray | None = None
    averaged = False  # (`dithered`: the stop cells' view averaged once)
    covers: np.ndarray | None = None  # (the page a name's cover is judged on: COVER_SEAL_PAPER)
    for key, f in extraction.fields.items():
        if f.value and not f.flagged and any(note == COVER_CHECK for _, _, note in f.blank_after) and covers is None:
            covers = _seal_as_paper(page, gray, [bx for room, row, note in f.blank_after if note == COVER_CHECK
                                                 for bx in (room, row)])
        if f.value and not f.flagged and any(room_covered(covers, room, row) for room, row, note in f.blank_after
                                             if note == COVER_CHECK):
            f.flagged, f.note = True, "lost character"
            continue
        if f.value and not f.flagged and any(room_strokes(gray, room, row) for room, row, note in f.blank_after
                                             if note == BRANCH_AFTER):
            f.flagged, f.note = True, BRANCH_AFTER  # (a city bureau's branch name after it, not read)
            continue
        gaps = [(room, row) for room, row, note in f.blank_after if note == GAP_CHECK]
        if f.value and not f.flagged and gaps:
            if seen is None:
                view = ocr_view(page)
                seen = view if view.ndim == 2 else cv2.cvtColor(view, cv2.COLOR_BGR2GRAY)
                dotted = two_level(gray)
            if any(not gap_blank(seen, room, row, dotted=dotted) for room, row in gaps):
                # (paper where two characters stand apart holds a character the recogniser skipped)
                f.flagged, f.note = True, "lost character"
                continue
        if f.value and not f.flagged and any(mark_past(gray, room, row) for room, row, note in f.blank_after
                                             if note == MARK_PAST):
            f.flagged, f.note = True, "lost character"  # (a separator or stop past a scope row's end, not read)
            continue
        stops = [(room, row) for room, row, note in f.blank_after if note == STOP_CHECK]
        if cells is None and any(note in (STOP_CHECK, STOP_OPEN, STOP_TUCK, STOP_INNER) for _, _, note in f.blank_after):
            cells = seen if seen is not None and STOP_SEAL_PAPER else _stop_view(page, gray)
        if cells is not None and dithered and STOP_DOTS_SIGMA and not averaged:
            # (a dithered page's paper tint is dots all over — shrunk for the recogniser, grey specks
            # as dark as a faint stop: its stop cells are judged through their average, where the
            # tint is a light grey and a printed stop's black ring stays dark)
            cells, averaged = cv2.GaussianBlur(cells, (0, 0), STOP_DOTS_SIGMA), True
        marks = gray if cells is None else cells
        if f.value and not f.flagged and any(stop_unread(marks, room, row) for room, row in stops):
            if STOP_READ and f.value.endswith(")") and len(stops) == 1 and stop_mark(marks, *stops[0]):
                f.value += "。"  # (the scope's own full stop, which the recogniser dropped after the bracket)
                continue
            f.flagged, f.note = True, STOP_CHECK  # (a `。` after the scope's closing bracket, not read)
            continue
        inner = [(room, row) for room, row, note in f.blank_after if note == STOP_INNER]
        if f.value and not f.flagged and any(stop_unread(marks, room, row) for room, row in inner):
            f.flagged, f.note = True, STOP_CHECK  # (a `。` between a list's end and the sentence's bracket, not read)
            continue
        opens = [(room, row) for room, row, note in f.blank_after if note == STOP_OPEN]
        low, alone = stop_low(marks, *opens[0]) if len(opens) == 1 else (False, False)
        if f.value and (not f.flagged or f.note == ROW_BELOW) and low:
            if OPEN_STOP_READ and alone:
                f.value += "。"  # (the list's own full stop, alone in the cell after its last character)
                if not f.flagged:
                    continue
            else:
                f.flagged, f.note = True, STOP_CHECK  # (a `。` after the list's last character, not read)
                continue
        if f.value and (not f.flagged or f.note == ROW_BELOW) and not low and len(opens) == 1 and STOP_REMAINS \
                and two_level(gray) and stop_remains(marks, *opens[0]):
            f.flagged, f.note = True, STOP_CHECK  # (what a 1-bit page kept of a `。` after the list's end)
            continue
        tucks = [(room, row) for room, row, note in f.blank_after if note == STOP_TUCK]
        if f.value and (not f.flagged or f.note in (ROW_BELOW, PAPER_CHECK)) and f.value.endswith(")") \
                and any(stop_tucked(marks, room, row) for room, row in tucks):
            if STOP_TUCK_READ and not f.flagged and len(tucks) == 1 and tucked_stop(marks, *tucks[0]):
                f.value += "。"  # (the scope's own full stop, set against its bracket by compressed punctuation)
                continue
            f.flagged, f.note = True, STOP_CHECK  # (a `。` set inside the bracket's cell, not read)
            continue
        if f.note not in (ROW_BELOW, PAPER_CHECK) or not f.value or not f.box:
            continue
        # (before a row's first character a faded character is looked for at a fainter level: a speck
        # is what the detector's box took in there, and specks are told from strokes by their size)
        inked = [note for room, row, note in f.blank_after if note not in (STOP_TUCK, STOP_OPEN)
                 and (stop_unread(marks, room, row) if note == STOP_CHECK
                     else not room_blank(gray, room, row, FAINT_MARK if note == "lost character" else 0.0))]
        if inked:
            f.note = inked[0]
            continue
        if f.note == PAPER_CHECK:
            f.flagged, f.note = False, ""
            continue
        x1, y1, x2, y2 = f.box
        inside = sorted((ln for ln in lines if ln.x2 > x1 + 2 and ln.x1 < x2 - 2 and ln.y1 >= y1 - 2
                         and ln.y2 <= y2 + 2), key=lambda ln: ln.cy)
        if not inside:
            continue
        last = [ln for ln in inside if same_row(ln, inside[-1])]
        ra, rb = int(min(ln.x1 for ln in last)), int(max(ln.x2 for ln in last))
        if ROW_BELOW_OWN:
            # (a line of the row starting left of the value's box is its label — its own box, which the
            # value's overlaps by a few pixels (`经营场所` ending 5 px inside `辽宁省…2704`), or the box
            # the value was read in with it: the row below is looked for under the value's start)
            ra = max(ra, int(x1))
        ya, yb = int(min(ln.y1 for ln in last)), int(max(ln.y2 for ln in last))
        h = max(1, yb - ya)
        depth, faint = h, 0.5
        if extraction.kind == "business_license" and key == "business_scope":
            # a licence scope's further row lies one of the value's own row pitches lower, and may hold
            # nothing but a full stop on its baseline (`。` wrapped alone): look down to its bottom
            tops = sorted({round(ln.cy) for ln in inside if not same_row(ln, inside[-1])})
            if tops:
                depth = max(h, int(inside[-1].cy - tops[-1]))
            faint = 0.3  # (a lone `。` is a thin ring: a copy prints it lighter than the row's strokes)
        under = gray[ya:yb, ra:rb]
        below = gray[yb + h // 6:yb + depth, ra:ra + 2 * h]
        if under.size == 0 or below.shape[0] < h // 2 or below.shape[1] < h:
            continue  # the page ends there: it stays blank
        paper, ink = float(np.percentile(under, 90)), float(np.percentile(under, 5))
        if paper - ink < INK_CONTRAST:
            continue  # too faint a print to tell paper from ink
        if float(_without_rules(below < paper - faint * (paper - ink), h).mean()) < ROW_BELOW_INK:
            f.flagged, f.note = False, ""


def _without_rules(mask: np.ndarray, h: int) -> np.ndarray:
    """An ink mask with its table rules left out: a thin band of pixel rows inked across nearly the
    whole width looked at (two characters wide) and the rows beside it. A ruled form (a 2016 营业执照 printed as a
    table) closes a value's cell with a rule under its last row; no character of a further row has a
    stroke unbroken over two characters' width, so a rule says nothing about a row there."""
    full = mask.mean(axis=1) > 0.85
    # (a rule is thin: a band of such rows as tall as a fifth of a row is print, not a rule)
    i = 0
    while i < len(full):
        j = i
        while j < len(full) and full[j]:
            j += 1
        if j - i > max(2, round(0.2 * h)):
            full[i:j] = False
        i = j + 1
    near = full.copy()
    near[1:] |= full[:-1]
    near[:-1] |= full[1:]
    # (ink in a thin band along the top edge — a rule drawn at a slant, the value row's own descents —
    # ends within a fifth of a row: a further row's characters stand taller, a lone `。` apart from it)
    inked = mask.mean(axis=1) > 0.02
    run = 0
    while run < len(inked) and inked[run]:
        run += 1
    if 0 < run <= max(2, round(0.2 * h)) and run < len(inked):
        near[:run] = True
    if not near.any():
        return mask
    out = mask.copy()
    out[near] = False
    return out


def distrust_glare(extraction: Extraction, lines: list[Line], page: np.ndarray) -> None:
    """A wrapped value whose non-last row ends where the paper turns near-white and brighter than
    under the row itself ends at a glare: the row went on under it (`广东省深圳` + glare +
    `道327号`), and joining the rows would skip what the glare hid. Such a value is not
    pre-filled. (An evenly over-exposed page is as bright under its rows: it is not glare.)"""
    gray = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    for f in extraction.fields.values():
        if not f.value or f.flagged or not f.box:
            continue
        x1, y1, x2, y2 = f.box
        inside = sorted((ln for ln in lines if ln.x2 > x1 + 2 and ln.x1 < x2 - 2 and ln.y1 >= y1 - 2
                         and ln.y2 <= y2 + 2), key=lambda ln: ln.cy)
        rows: list[list[Line]] = []
        for ln in inside:
            if rows and same_row(rows[-1][-1], ln):
                rows[-1].append(ln)
            else:
                rows.append([ln])
        glared, clear = [], []
        for row in rows[:-1]:
            ra, rb = int(min(ln.x1 for ln in row)), int(max(ln.x2 for ln in row))
            ya, yb = int(min(ln.y1 for ln in row)), int(max(ln.y2 for ln in row))
            h = max(1, yb - ya)
            right = gray[ya:yb, min(gray.shape[1], rb + h // 3):min(gray.shape[1], rb + 3 * h)]
            under = gray[ya:yb, ra:rb]
            if right.size < h * h // 2 or under.size == 0:
                continue  # the row reaches the page's edge
            brightness = float(right.mean())
            # (the paper between the row's characters, not the row's ink: a photocopy's bold print is
            # dark over most of its row while its paper is as white as beyond the row's end)
            if brightness >= GLARE_LEVEL and brightness > float(np.percentile(under, 90)) + GLARE_STEP:
                glared.append((rb, h))
            else:
                clear.append(rb)
        # (a glared row that ends where the value's rows without glare after them end reaches the
        # column's edge: the glare beyond it — a reflection between two columns — hides none of it)
        edge = sorted(clear)[len(clear) // 2] if len(clear) >= 2 else None
        if any(edge is None or rb < edge - 0.3 * h for rb, h in glared):
            f.flagged, f.note = True, "glare after a row"


CUT_INK = 0.03  # share of ink right after a row's end (beside it, where no box was read) that goes on
CUT_DENSITY = 0.8  # … and at least this share of the ink density under the row itself
CUT_WRAPPED = True  # … looked for on every page after the rows a value wraps from (False: photographed screens only) …
# … of these kinds: a licence's value column ends in margin or the next column; an ID front's address
# rows end at the portrait, whose ink follows them (V v0086, v0136: right addresses blanked)
CUT_WRAPPED_KINDS = frozenset({"business_license", "food_business_license", "public_health_license"})
CUT_COLUMN_EDGE = True  # a scope's wrapped row ending at its column's edge (CUT_COLUMN_ROWS rows end there) is whole (False: looked at)
CUT_COLUMN_ROWS = 3
CUT_CLOSED = True  # a value its own format closes (a whole date, a number its check digit proves) is not judged (False: judged)
# on a photographed screen, the rows an ID front's address wraps from are looked at only in the next
# character's cell, as a wrapped row on paper is: they end at the portrait, whose grey ground and slanted
# silhouette stand within the two heights a last row is looked at over (ZY zy_0077, zy_0133: whole addresses
# blanked); a character or two the moiré cut off still ink that cell (False: two heights, as the last row)
CUT_PORTRAIT_ROWS = True
_WHOLE_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _closed_value(key: str, value: str) -> bool:
    """Whether a value's own format says it is whole: a date read to its day (a period row's `2010.12.03-
    2030.12.03`, a 成立日期), or a credit code or citizen number whose check digit holds. A row cut short
    leaves no such value (its day, or its check digit, is what the cut takes), so what follows its
    row's end — a screen's moiré fringe, a seal, a thumb — says nothing about it."""
    return bool(_WHOLE_DATE.fullmatch(value)) or (key in _CHECKED and _CHECKED[key](value))


def distrust_cut_rows(extraction: Extraction, lines: list[Line], page: np.ndarray, *, wrapped: bool = False) -> None:
    """On a photographed screen, the detector's box of a row may stop where the moiré grows stronger,
    while the row's print goes on (`地址：…迎宾大道1754号` + unread `13号楼2210号`): the value read is a
    true start of the value but not all of it, and looks complete. A value one of whose rows has ink
    right after its end, in the row's own height and in no box read, is not pre-filled.

    `wrapped` (any page, `CUT_WRAPPED`): only the rows a value goes on from (a further row of it lies
    below). A wrapped row ends where its column does, and only margin, a frame or the next column
    follows it; a watermark's stroke over a character stops the detector's box there just as moiré
    does (`…幸福里2` + `楼4单元…` with `8号` unboxed under it). The last row is left alone on paper (a
    stamp, a tick or a signature beside a value's end is common and says nothing). (A wrapped row
    ending less than a line height from the page's edge says nothing: a page found as its print's
    box ends there with a whole value — W w0142.)"""
    gray = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    for key, f in extraction.fields.items():
        if not f.value or f.flagged or not f.box or (CUT_CLOSED and _closed_value(key, f.value)):
            continue
        x1, y1, x2, y2 = f.box
        inside = [ln for ln in lines if ln.x2 > x1 + 2 and ln.x1 < x2 - 2 and ln.y1 >= y1 - 2 and ln.y2 <= y2 + 2]
        # each row's last box, and those of them with a row of the value below (the wrapped rows)
        row_ends = [ln for ln in inside if not any(o is not ln and o.x1 >= ln.x2 - 2 and same_row(o, ln) for o in inside)]
        wrapped_ends = [ln for ln in row_ends if any(o.cy > ln.y2 and not same_row(o, ln) for o in inside)]
        ends = [ln.x2 for ln in wrapped_ends]
        for ln in wrapped_ends if wrapped else row_ends:
            if wrapped and CUT_COLUMN_EDGE and key == "business_scope" \
                    and sum(abs(e - ln.x2) <= 0.25 * ln.h for e in ends) >= CUT_COLUMN_ROWS:
                # (a scope's wrapped row ending where at least two more of its wrapped rows end
                # ends at its column's right edge: what lies beyond is margin or the next column's
                # print — a watermark, a seal — not the row going on; a row cut short of the edge
                # is still looked at, and `ragged` measures every row against that edge)
                continue
            # (a card's wrapped row ends at its portrait: its next cell only, `CUT_PORTRAIT_ROWS`)
            cell = wrapped or CUT_PORTRAIT_ROWS and extraction.kind == "id_card_front" \
                and any(ln is w for w in wrapped_ends)
            if _row_goes_on(gray, ln, lines, wrapped=cell):
                f.flagged, f.note = True, "gap in the value's row"
                break


def _row_goes_on(gray: np.ndarray, ln: Line, lines: list[Line], *, wrapped: bool = False) -> bool:
    """Whether print as dense as the row's own goes on right after its end (`ln`), where no box was read
    (`distrust_cut_rows`): after a wrapped row the next character's cell is looked at, else two heights."""
    h = int(max(1, ln.h))
    # (after a wrapped row, where its column ends, the next character's cell is looked at: a
    # character or two lost there leave a wider window mostly paper)
    xa, xb = int(ln.x2 + h // 4), int(min(gray.shape[1], ln.x2 + (1.2 if wrapped else 2) * h))
    if xb - xa < (h // 2 if wrapped else h) \
            or any(o is not ln and same_row(o, ln) and o.x2 > xa and o.x1 < xb for o in lines):
        return False  # the page ends there, or a box was read there (the next column)
    under = gray[int(ln.y1):int(ln.y2), int(ln.x1):int(ln.x2)]
    beside = gray[int(ln.y1 + 0.15 * h):int(ln.y2 - 0.15 * h), xa:xb]
    if under.size == 0 or beside.size == 0:
        return False
    paper, ink = float(np.percentile(under, 90)), float(np.percentile(under, 5))
    # (a column inked from above the row to below it, across the gaps between rows, is a
    # frame line or the edge of the paper — a phone screen's black bezel: no character
    # crosses a row gap. Only what lies before it can be the row going on)
    tall = gray[max(0, int(ln.y1 - 0.4 * h)):int(ln.y2 + 0.4 * h), xa:xb] < (paper + ink) / 2
    edge = np.flatnonzero(tall.mean(axis=0) > 0.92) if tall.size else np.array([], int)
    if edge.size:
        beside = beside[:, :int(edge[0])]
        if beside.shape[1] < h // 2:
            return False
    share = float((beside < (paper + ink) / 2).mean())
    own = float((under < (paper + ink) / 2).mean())
    # (as dense as the row's own print: the residual moiré, a frame line or a stray mark
    # beside a complete value is far sparser than characters)
    return paper - ink >= INK_CONTRAST and share >= max(CUT_INK, CUT_DENSITY * own)


# a 食品经营许可证's 主体业态 read as a form a longer one starts with — `食品销售` (older certificates print it
# so) of `食品销售经营者(超市)`, `餐饮服务经营者` without its bracketed kind of premises — is whole only where
# paper follows it on its row: a faint copy's detector box may stop after its first words, and every
# shorter form is itself in the vocabulary (ZW zw_129, a copy of a copy: `食品销售` pre-filled, its
# `经营者(超市)` unboxed beside it). Looked at on any page, the value's only row, as a screen's cut rows
# are (`_row_goes_on`: print as dense as its own within two heights of its end) (False: not judged)
OPEN_FORM = True
_OPEN_FORM = re.compile(r"(?:食品销售|餐饮服务)(?:经营者)?|(?:集中用餐)?单位食堂")


def distrust_open_form(extraction: Extraction, lines: list[Line], page: np.ndarray) -> None:
    """`OPEN_FORM`: a bare 主体业态 whose row goes on after it is not pre-filled."""
    f = extraction.fields.get("business_form")
    if not OPEN_FORM or extraction.kind != "food_business_license" or f is None or not f.value or f.flagged \
            or not f.box or not _OPEN_FORM.fullmatch(to_halfwidth(f.value).strip()):
        return
    x1, y1, x2, y2 = f.box
    inside = [ln for ln in lines if ln.x2 > x1 + 2 and ln.x1 < x2 - 2 and ln.y1 >= y1 - 2 and ln.y2 <= y2 + 2]
    # (the value's own box when the page's reading boxed none of it: a field filled from a second reading)
    end = max(inside, key=lambda o: o.x2) if inside else Line(f.value, f.confidence, x1, y1, x2, y2, -1)
    gray = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    if _row_goes_on(gray, end, lines):
        f.flagged, f.note = True, "gap in the value's row"


def legible_page(extraction: Extraction) -> bool:
    """Whether the recogniser read a page the quality gate calls blurred as legible: the median of
    its values' certainty (weakest character or line) at LEGIBLE_PAGE or better. The gate measures
    the whole page's edges, and a screenshot sent through a chat, a scaled screen or a dim desk
    photo is soft everywhere yet its print, several pixels tall, still reads at 0.99 on most rows;
    a page the blur has truly reached reads most of its values in doubt (a median near 0.5), and
    there even a value at 0.93 was a wrong digit (R, a low-light 食品经营许可证). The page's own
    rows say which of the two it is, where one number for the page's edges cannot."""
    sure = sorted(min(f.weakest, f.confidence) for f in extraction.fields.values() if f.value)
    return len(sure) >= 3 and sure[(len(sure) - 1) // 2] >= LEGIBLE_PAGE  # (the lower median)


def distrust_damaged(extraction: Extraction, quality: Quality | None) -> None:
    """On a photo the quality gate calls blurred or glared, free text must be read near-perfectly
    to be trusted: lines at DAMAGED_LINE and every character at DAMAGED_CHAR or better, or at
    LEGIBLE_FLOOR on a blurred page whose other rows read sure (`legible_page`) (validated values —
    check digits, cross-checks — carry ≥ 0.97 and 1.0 and stay; closed vocabularies count as sure characters). The clerk is asked to retake."""
    if POOR_PAGE and not (quality and ("blurred" in quality.reasons or quality.metrics.get("glare", 0.0) > 0.04)) \
            and not legible_page(extraction) and len([f for f in extraction.fields.values() if f.value]) >= 3:
        # a page the gate passed whose values the recogniser read mostly in doubt (`legible_page`): its
        # print is as far gone as a blurred photo's, and its names are held to the same floor
        for key, f in extraction.fields.items():
            if key in POOR_PAGE_KEYS and f.value and not f.flagged \
                    and (f.weakest < DAMAGED_CHAR or f.confidence < DAMAGED_LINE):
                f.flagged, f.note = True, "page read poorly"
        return
    if quality and ("blurred" in quality.reasons or quality.metrics.get("glare", 0.0) > 0.04):
        why = "blurred" if "blurred" in quality.reasons else "glare"
        char_floor, line_floor = DAMAGED_CHAR, DAMAGED_LINE
        if why == "blurred" and quality.metrics.get("glare", 0.0) <= 0.04 and legible_page(extraction):
            char_floor = line_floor = LEGIBLE_FLOOR
        for f in extraction.fields.values():
            if f.value and (f.weakest < char_floor or f.confidence < line_floor):
                # (a character or line already found doubtful is explained by the damage: a retake
                # helps, which `blurred`/`glare` tells the clerk and `doubtful_character` does not)
                if not f.flagged or f.note in ("", "doubtful character"):
                    f.note = why
                f.flagged = True


def _ocr_processed(processed: ProcessedPage, engine: OcrEngine, clock: StageClock, *,
                   guess: bool = True, soften: float = 0.0, enlarge: float = 1.0,
                   ) -> tuple[np.ndarray, np.ndarray, int, list[TextLine]]:
    """Size a flattened page for OCR, upright it and read it: (page, source→page matrix, rotation, lines).
    `guess=False` for a part of the photo cut to read small text at its full resolution (a card's
    text box with a wide margin), which keeps the detector's page-size rules (no card box).
    `soften`: σ of the blur the detector sees a 1-bit page through (else DET_BILEVEL_SIGMA).
    `enlarge`: the page is read at least this many times its own size (cubic), its long side up to
    WIDE_LONG_SIDE — a photographed screen's page after `demoire` (`DEMOIRE_ENLARGE`)."""
    sigma = soften or DET_BILEVEL_SIGMA
    with clock.stage("prepare"):
        page, to_page = processed.image, processed.transform if processed.transform is not None else np.eye(3)
        one_bit = bool(sigma) and is_bilevel(
            page if page.ndim == 2 else cv2.cvtColor(page[..., :3], cv2.COLOR_BGR2GRAY))
        s = _card_row_scale(processed, _bilevel_scale(page, _scale_for_ocr(page, processed.doc_format)))
        if enlarge > 1.0:
            s = max(s, min(enlarge, WIDE_LONG_SIDE / max(page.shape[:2])))
        if abs(s - 1.0) > 0.02:
            page = cv2.resize(page, (max(8, int(page.shape[1] * s)), max(8, int(page.shape[0] * s))),
                              interpolation=cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC)
            to_page = np.diag([s, s, 1.0]) @ to_page
        vertical = text_line_direction(page) == "vertical"  # cheap morphology check saves a second OCR pass
    with clock.stage("det"):
        # (the check's "vertical" overruled by the detector's small pass: `TURN_CHECK`)
        level = vertical and TURN_CHECK > 0 and _runs_level(page, engine, clock)
    with clock.stage("prepare"):
        rotation = 0
        if vertical and not level:
            to_page = rotate90_matrix(page.shape, 90) @ to_page
            page = rotate90(page, 90)
            rotation = 90
        view = ocr_view(page)
        det_side = _det_side(page, processed.doc_format if guess else "")
        # a 1-bit page's strokes are broken (a Song face's horizontals dropped by the threshold,
        # a dither's dots): the detector looks at it softened so a row's dots join into one text
        # region; the recogniser still reads the page as it is
        seen = cv2.GaussianBlur(view, (0, 0), sigma) if one_bit else None
    # (the detector runs at the page's own size unless the page's text is larger than it needs
    # (`_det_side`): a fixed 1024 px for every licence, or 736 px for cards, halved its CPU but
    # lost a 民族 and a 许可项目 and took a notice for a licence)
    if level:
        # the page was not turned: read as a page turned by the check and turned back is read
        # (the reading below, after the turned one ran down the page)
        # (and its matrix as there: turned and turned back, rounding alike)
        clock.count("turn_checked")
        turned = rotate90_matrix(page.shape, 90) @ to_page
        to_page = rotate90_matrix((page.shape[1], page.shape[0]), 270) @ turned
        lines = engine.read(ocr_view(page), clock=clock)
    else:
        lines = engine.read(view, det_side, clock=clock, det_image=seen)
    if not level and (lines or rotation) and (not lines or _vertical_share(lines) > 0.6):
        # the recogniser's lines run down the page, or it read nothing on a page the morphology
        # check turned (digits and Latin read sideways are dropped as noise). After that check
        # turned the page, it was wrong (a table's stacked labels, a desk's grain): the page is
        # turned back rather than on by another 90° — the flipped-line test below is the weaker
        # one, and a photo is far more often upright than upside down
        turn = 270 if rotation == 90 else 90
        rot = rotate90_matrix(page.shape, turn)
        page = rotate90(page, turn)
        to_page = rot @ to_page
        rotation = (rotation + turn) % 360
        lines = engine.read(ocr_view(page), clock=clock)
    if lines and upside_down(lines):
        # the line classifier read most lines upside down: the page is rotated 180°. The text is
        # already right; turn the geometry so the layout (labels left of values) is right too.
        rot = rotate90_matrix(page.shape, 180)
        page = rotate90(page, 180)
        to_page = rot @ to_page
        rotation = (rotation + 180) % 360
        lines = _map_lines(lines, rot)
    return page, to_page, rotation, drop_slanted(lines)


# The morphology check (`text_line_direction`) is fooled by print that is no text row: a licence's
# guilloche border, longer down a portrait page's sides than across its head and foot, and heavier
# than its small print (ZS: 9 of 20 upright 食品经营许可证 called "vertical"). The page was then
# turned 90°, read whole — detector, classifier and recogniser, 2–3 s of CPU — found to run down the
# page (`_vertical_share`), turned back and read again. Where the check says "vertical", the small
# detector pass (`RapidOcrEngine.level_share`, a quarter of a full pass or less) looks first: when
# at least TURN_CHECK of the text it boxes runs level, over TURN_CHECK_BOXES boxes or more, the page
# is not turned; it is read as the turned-back page was (the same call: same pixels, same sizes).
TURN_CHECK = 0.9  # share of the boxed text running level that overrules the check (0: off, always turn)
TURN_CHECK_BOXES = 8  # … among at least this many boxes running level or upright


def _runs_level(page: np.ndarray, engine: OcrEngine, clock: StageClock) -> bool:
    """Whether the detector's small pass finds the text of `page` running level (`TURN_CHECK`)."""
    share_of = getattr(engine, "level_share", None)
    if share_of is None:
        return False
    share, n = share_of(ocr_view(page), clock)
    return n >= TURN_CHECK_BOXES and share >= TURN_CHECK


def _iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - ix * iy
    return ix * iy / union if union > 0 else 0.0


def _region_of(processed: ProcessedPage, shape: tuple[int, ...]) -> tuple[float, float, float, float]:
    """The part of the source image a processed page was cut from (its bounding box)."""
    if processed.quad is not None:
        q = processed.quad
        return float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max())
    if processed.region is not None:
        return tuple(float(v) for v in processed.region)  # type: ignore[return-value]
    return 0.0, 0.0, float(shape[1]), float(shape[0])


def too_small_for_a_page(processed: ProcessedPage) -> bool:
    """A cut of no document's shape too small to hold a page's print: a viewer's thumbnail, a copy's
    red 与原件一致 stamp, a label (a card keeps its card shape however small it is in the photo)."""
    return processed.doc_format in ("a4", "unknown") and min(processed.image.shape[:2]) < MIN_PAGE_SIDE


def _bilevel_inner(frame: np.ndarray, quad: np.ndarray, bilevel: bool | None = None) -> bool:
    """Whether a quad found on a bilevel image (a fax, a 1-bit scan) leaves rows of print outside
    it: such an image has no desk around the page, so the quad is a ruled table or a frame inside
    the page (a 卫生许可证's table, its title and number above it), not the page's edge.
    `bilevel`: `is_bilevel` of the frame's grey when the caller knows it."""
    if bilevel is None:
        bilevel = is_bilevel(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))
    return bilevel and rows_outside(frame, quad)


def choose_page(image: np.ndarray, bilevel: bool | None = None) -> ProcessedPage:
    """The first guess of where the page is: the document's edges when they are found; else the
    box around the printed matter (a white page on a white scanner bed has no edges, and read
    whole at the OCR size an ID card on an A4 bed would be too small); else the whole image.

    (The whole image is flattened only when it is the guess: deskewing, shrinking and judging a
    300 dpi scan as a page, then throwing it away for its printed-matter box, was 150–220 ms of
    CPU per flatbed or PDF card copy.)

    `bilevel`: whether the BGR `image` is a binarised capture, when the caller has judged it
    (`read_page`, through `unlined`): not judged twice."""
    frame = image  # (the BGR frame process_document looks for the edges in)
    if image.ndim == 2:
        frame = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    elif image.shape[2] == 4:
        frame = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    small = downscaled(frame)  # (looked at by both guesses: shrunk once, ~18 ms of a 2400 px photo)
    quad = find_document_quad(frame, small)
    if quad is not None and _bilevel_inner(frame, quad, bilevel if frame is image else None):
        quad = None  # (a ruled table's border inside a faxed page: the page is its print)
    if quad is not None:
        processed = process_document(image, quad=quad)
        if not too_small_for_a_page(processed):
            return processed
        # a thumbnail or a far page: no crop to read; nor a small box of no document's shape — a
        # copy's red 与原件一致 stamp, a label (a card small in the photo keeps its card shape)
    box = content_box(image, small=small if frame is image else None)
    if box is not None and _iou(tuple(float(v) for v in box), (0.0, 0.0, float(image.shape[1]), float(image.shape[0]))) < 0.85 \
            and not (print_strip(box) and print_outside(image, box)):
        return process_document(image, detect=False, region=box)
    return process_document(image, detect=False)


def print_strip(box: tuple[int, int, int, int]) -> bool:
    """Whether a printed-matter box (x1, y1, x2, y2) is a strip no page fills: STRIP_ASPECT times
    longer than wide. A photocopy's dark border down one side is the largest "ink" block of the
    image, and the card's print far from it is not joined to it: the box was that border (V v0128,
    99 × 2,923 px). Read as a page, the strip was turned, read as nothing, turned back, and the
    detector — which brings a page's short side up to DET_LIMIT_SIDE — ran at 16,864 × 544 px
    (~20 s CPU) before the whole image was read as the second guess. A page (a card 1.6, A4 1.4,
    two card sides side by side ≤ 3, a receipt ~3) is never that long for its width: when the image
    holds print outside such a strip (`print_outside`), the whole image is the first guess instead.
    (A strip that is all the image holds — an ADF's streak down a blank sheet, U u0132 — stays the
    guess: the whole blank sheet read instead cost more, 3.0 → 4.5 s CPU, for the same `other`.)"""
    if not STRIP_ASPECT:
        return False
    w, h = box[2] - box[0], box[3] - box[1]
    return max(w, h) >= STRIP_ASPECT * max(1, min(w, h))


OUTSIDE_INK = 8  # grey levels under their surroundings that count as a mark outside a page's box
# (content_box's own blocks take 18: faint print it left out must still send the whole image to be read)


def print_outside(image: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """Whether the image holds any mark outside `box` (x1, y1, x2, y2): a stroke, a faint line of
    print, a speck a few pixels across, a scanner's dark edge — anything the recogniser might read
    and the box would leave out. Judged on a 900 px grey copy at a low threshold, so it errs on
    the side of reading the whole image."""
    h, w = image.shape[:2]
    s = min(1.0, 900 / max(h, w))
    small = cv2.resize(image, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA) if s < 1 else image
    gray = small if small.ndim == 2 else cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    bw = cv2.adaptiveThreshold(cv2.GaussianBlur(gray, (3, 3), 0), 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                               cv2.THRESH_BINARY_INV, 31, OUTSIDE_INK)
    x1, y1, x2, y2 = box
    bw[int(y1 * s):int(np.ceil(y2 * s)), int(x1 * s):int(np.ceil(x2 * s))] = 0
    n, _, stats, _ = cv2.connectedComponentsWithStats(bw)
    return any(area >= 4 and max(cw, ch) >= 3 for _x, _y, cw, ch, area in stats[1:n].tolist())


def rows_outside(image: np.ndarray, quad: np.ndarray) -> bool:
    """Whether a row of print (`engine.text_rows`: long, level runs of ink on paper, a desk's grain
    left out) has its centre outside `quad` (4×2, image coordinates)."""
    poly = np.asarray(quad, np.float32).reshape(-1, 1, 2)
    return any(cv2.pointPolygonTest(poly, ((x1 + x2) / 2, (y1 + y2) / 2), False) < 0
               for x1, y1, x2, y2 in text_rows(image).tolist())


def other_page(image: np.ndarray, first: ProcessedPage) -> ProcessedPage | None:
    """A second guess when the first page read as no known kind: the box around the image's
    printed matter after a detected quad (a text block, a photo or a seal inside a page can look
    like its edges), the whole image after that box. None when it would be (nearly) the same."""
    h, w = image.shape[:2]
    region: tuple[int, int, int, int] | None
    if first.quad is not None:
        region = content_box(image)
        if region is None:
            return None
        if not rows_outside(image, first.quad):
            # no row of print lies off the page found: the box would hold the same page and the
            # desk around it (whose grain `content_box` takes for ink)
            return None
    elif first.region is not None:
        if not print_outside(image, first.region):
            # the box holds every mark of the image: the whole image would be the same print read
            # smaller, and a page that read as no known kind in the box reads as none there either
            # (a vector PDF's or a clean scan's unknown page was read twice: ~2 s of CPU)
            return None
        region = None  # the whole image
    else:
        return None  # the whole image was read
    cand = tuple(float(v) for v in region) if region is not None else (0.0, 0.0, float(w), float(h))
    if _iou(cand, _region_of(first, image.shape)) > 0.85:
        return None
    return process_document(image, detect=False, region=region)


def _reread_further_right(lines: list[Line], rows: list[Line], page: np.ndarray, engine: OcrEngine,
                          holds: Callable[[str], bool], below: float = 0.0) -> list[Line] | None:
    """Read each of `rows` (at most two) once more from a crop running NUMBER_REACH line heights
    further right than its box (and `below` line heights under it); a reading `holds` accepts
    replaces the row. None when nothing changed (or the engine cannot recognise crops)."""
    recognize = getattr(engine, "recognize", None)
    if recognize is None:
        return None
    view = ocr_view(page)
    crops, targets = [], []
    for ln in rows[:2]:
        xa, xb = int(max(0, ln.x1 - 0.3 * ln.h)), int(min(view.shape[1], ln.x2 + NUMBER_REACH * ln.h))
        ya, yb = int(max(0, ln.y1 - 0.1 * ln.h)), int(min(view.shape[0], ln.y2 + below * ln.h))
        if xb <= ln.x2 + 0.5 * ln.h or yb - ya < 4:
            continue  # (nothing further right: the page ends there)
        crops.append(np.ascontiguousarray(view[ya:yb, xa:xb]))
        targets.append((ln, (xa, xb)))
    if not crops:
        return None
    out, changed = list(lines), False
    for (ln, (xa, xb)), (text, score, chars) in zip(targets, recognize(crops), strict=False):
        text = clean(text)
        if not holds(text):
            continue
        aligned = tuple(chars) if len(chars) == len(text) else ()
        out[out.index(ln)] = Line(text, score, float(xa), ln.y1, float(xb), ln.y2, ln.idx, aligned)
        changed = True
    return out if changed else None


def _holds_id_number(text: str) -> bool:
    runs = re.findall(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9Xx])", text)
    return len(runs) == 1 and validate_id_number(runs[0].upper()).ok


def reread_short_number(lines: list[Line], page: np.ndarray, engine: OcrEngine) -> list[Line] | None:
    """The ID number's row read with a digit run shorter than 18 (and no valid number on the page):
    the detector's box stopped short of the row's end (a barcode or a smear over the last digits,
    glare), and the recogniser read only what the box held. Each such row is read once more from a
    crop running NUMBER_REACH line heights further right; a reading that holds a number passing its
    check character replaces the row (the extractor then cross-checks it as any other). None when
    nothing changed."""
    rows = [ln for ln in lines if re.search(r"\d{12,17}", ln.text) and not re.search(r"\d{18}", ln.text)]
    return _reread_further_right(lines, rows, page, engine, _holds_id_number)


_CUT_PERIOD = re.compile(r"(19|20)\d\d[.,]?\d\d[.,]?\d\d[-—–一~]+[\d.,]{0,9}$")
PERIOD_REREAD = True  # a card back's period row cut short is read again further right (False: off)


def _holds_period(text: str) -> bool:
    frm, to = _id_period(text)
    return bool(frm and to)


def reread_short_period(lines: list[Line], page: np.ndarray, engine: OcrEngine) -> list[Line] | None:
    """A card back's validity period read with its start whole and its end cut short
    (`2016.02.11—2036,02.`): the detector's box stopped before the row's end — a watermark's stroke
    crossing the last digits went into a box of its own. As for a short ID number
    (`reread_short_number`), such a row (at most two) is read once more from a crop running
    NUMBER_REACH line heights further right; a reading that holds a whole period (16 digits, or 8
    and 长期) replaces the row, and the extractor's 5/10/20-year check then judges it as any other.
    None when nothing changed."""
    if not PERIOD_REREAD:
        return None
    rows = [ln for ln in lines if _CUT_PERIOD.search(re.sub(r"\s", "", ln.text)) and "长期" not in ln.text]
    return _reread_further_right(lines, rows, page, engine, _holds_period, below=0.1)


PERIOD_ROW_REACH = 20.0  # a permit's period row left unboxed is read from a crop this many label heights long (0: off)
_PERIOD_LABEL = re.compile(r"有效?期限?[:：]?")


def _four_years(frm: str | None, to: str | None) -> bool:
    """A 公共场所卫生许可证's own cross-check: valid four years (to the day before, or the day)."""
    if not frm or not to or to == "长期":
        return False
    end = add_years(dt.date.fromisoformat(frm), 4)
    return to in {end.isoformat(), (end - dt.timedelta(days=1)).isoformat()}


def reread_unboxed_period(lines: list[Line], page: np.ndarray, engine: OcrEngine) -> list[Line] | None:
    """A 卫生许可证's period label (`有效期限`, or `有效期` with its last character lost) read with
    nothing boxed right of it on its row: a certified copy's handwritten note (`此件与原件核对无误`)
    written across the row's lower half, and the detector boxed neither the row nor the note (Z
    z0067). The row right of the label is read once, by the recogniser alone, from a crop
    PERIOD_ROW_REACH label heights long; a reading holding a period of exactly the permit's four
    years (its own cross-check: a misread digit breaks it) is added as the row's value. None when
    nothing was added."""
    recognize = getattr(engine, "recognize", None)
    if not PERIOD_ROW_REACH or recognize is None:
        return None
    labels = [ln for ln in lines if _PERIOD_LABEL.fullmatch(re.sub(r"\s", "", ln.text))
              and not any(o is not ln and same_row(ln, o) and o.x2 > ln.x2 + 0.5 * ln.h for o in lines)]
    if len(labels) != 1:
        return None
    ln = labels[0]
    view = ocr_view(page)
    xa, xb = int(ln.x2), int(min(view.shape[1], ln.x2 + PERIOD_ROW_REACH * ln.h))
    ya, yb = int(max(0, ln.y1 - 0.15 * ln.h)), int(min(view.shape[0], ln.y2 + 0.15 * ln.h))
    if xb - xa < 4 * ln.h or yb - ya < 4:
        return None
    text, score, chars = recognize([np.ascontiguousarray(view[ya:yb, xa:xb])])[0]
    text = clean(text)
    start = next((i for i, ch in enumerate(text) if ch.isdigit()), -1)
    if start < 0 or not _four_years(*_period(text[start:])):
        return None
    value = text[start:]
    aligned = tuple(chars[start:]) if len(chars) == len(text) else ()
    x1 = xa + (xb - xa) * start / max(1, len(text))
    return [*lines, Line(value, score, float(x1), ln.y1, float(xb), ln.y2, max(o.idx for o in lines) + 1, aligned)]


PERIOD_BELOW_REACH = 12.0  # a card back's unseen period row is read from a crop this many authority heights long (0: off)


def reread_period_below(lines: list[Line], page: np.ndarray, engine: OcrEngine, authority: str) -> list[Line] | None:
    """A card back whose authority was read but whose validity period nowhere was (no label, no
    line with a date): a copy of a copy or a halftoned copy of a card on a sheet leaves the period's
    thin digits as faint specks the detector boxes not at all, while the heavier authority above
    them survives (ZD zd0070). The card prints 有效期限 as the row right under 签发机关, its value
    starting where the authority's does: that row is read once, by the recogniser alone, from a crop
    PERIOD_BELOW_REACH authority heights long. Only a reading holding a period of exactly 5, 10 or 20
    years is added (both dates agree with a legal term: a misread digit would have to hit both
    alike); `长期` has no such check and is not taken. None when nothing was added."""
    recognize = getattr(engine, "recognize", None)
    if not PERIOD_BELOW_REACH or recognize is None or len(authority) < 4:
        return None
    rows = [ln for ln in lines if re.sub(r"\s", "", ln.text).endswith(authority[-3:])]
    if len(rows) != 1:
        return None
    ln = rows[0]
    at = re.sub(r"\s", "", ln.text).find(authority[:2])
    x0 = ln.x_at(at) if at > 0 and len(re.sub(r"\s", "", ln.text)) == len(ln.text) else ln.x1
    h = ln.h
    view = ocr_view(page)
    xa, xb = int(max(0, x0 - 0.5 * h)), int(min(view.shape[1], x0 + PERIOD_BELOW_REACH * h))
    ya, yb = int(ln.y2 + 0.1 * h), int(min(view.shape[0], ln.y2 + 1.7 * h))
    if xb - xa < 6 * h or yb - ya < 0.8 * h:
        return None
    text, score, chars = recognize([np.ascontiguousarray(view[ya:yb, xa:xb])])[0]
    text = clean(text)
    frm, to = _id_period(text)
    if not frm or not to or to == "长期":
        return None
    start = dt.date.fromisoformat(frm)
    if not any(add_years(start, y).isoformat() == to for y in (5, 10, 20)):
        return None
    return [*lines, Line(text, score, float(xa), float(ya), float(xb), float(yb), max(o.idx for o in lines) + 1,
                         tuple(chars) if len(chars) == len(text) else ())]


def _card_lines(lines: list[Line], extraction: Extraction) -> list[Line]:
    """The lines of the card whose fields were read: those within CARD_MARGIN of the fields' extent
    from the box around them. A copy of the card on an A4 sheet carries other print far from it — a
    `复印件与原件一致` stamp, a signature and a date under it — which is no part of the card and would
    make its text seem to fill the sheet. All the lines when no field has a box."""
    boxes = [f.box for f in extraction.fields.values() if f.box]
    if not boxes:
        return lines
    x1, y1 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x2, y2 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    m = CARD_MARGIN * max(x2 - x1, y2 - y1)
    return [ln for ln in lines if ln.x2 > x1 - m and ln.x1 < x2 + m and ln.y2 > y1 - m and ln.y1 < y2 + m]


def _card_region(lines: list[Line], shape: tuple[int, ...], to_page: np.ndarray,
                 source: tuple[int, ...], *, title_only: bool = False) -> tuple[int, int, int, int] | None:
    """The source-image box around a card's text read on a page much larger than the card (its
    text spans under half the page each way), widened by CARD_MARGIN of the text's extent each
    side for the rows not seen; None when the text fills the page or the box would hardly be
    larger in the source than on the page (nothing to gain). When only the card's title was read
    (`title_only`: a card back copied onto an A4 sheet, its small labels a few pixels high at the
    sheet's OCR size, its large 中华人民共和国 居民身份证 readable), two lines are enough and the box is
    widened by TITLE_MARGIN: the back's rows lie under the title, about the title's width below."""
    if len(lines) < (2 if title_only else 3):
        return None
    x1, y1 = min(ln.x1 for ln in lines), min(ln.y1 for ln in lines)
    x2, y2 = max(ln.x2 for ln in lines), max(ln.y2 for ln in lines)
    if x2 - x1 > 0.5 * shape[1] or y2 - y1 > 0.5 * shape[0]:
        return None
    m = (TITLE_MARGIN if title_only else CARD_MARGIN) * max(x2 - x1, y2 - y1)
    pts = np.array([[x1 - m, y1 - m], [x2 + m, y1 - m], [x2 + m, y2 + m], [x1 - m, y2 + m]], np.float64)
    src = cv2.perspectiveTransform(pts.reshape(-1, 1, 2), np.linalg.inv(to_page)).reshape(-1, 2)
    sx1, sy1 = int(max(0, src[:, 0].min())), int(max(0, src[:, 1].min()))
    sx2, sy2 = int(min(source[1], src[:, 0].max())), int(min(source[0], src[:, 1].max()))
    # (the page's rows run along the source's x, or along its y when the page was turned 90° or
    # 270° to read it — a card back lying sideways on a scanned A4 sheet)
    along, across = (sx2 - sx1, sy2 - sy1) if abs(src[1, 0] - src[0, 0]) >= abs(src[1, 1] - src[0, 1]) \
        or not CARD_REGION_TURNED else (sy2 - sy1, sx2 - sx1)
    if along < 1.3 * (x2 - x1 + 2 * m) or across < 16:
        return None  # (the source holds no more pixels of it than the page did)
    return sx1, sy1, sx2, sy2


CARD_TITLE_REREAD = True  # a page read as `other` whose only card text is a small 居民身份证 is read again around it
CARD_TITLE = re.compile(r"^(中华人民共和国)?居民身份证$")  # a card back's large title (not a form's 居民身份证号码)


def card_title_region(lines: list[Line], shape: tuple[int, ...], to_page: np.ndarray,
                      source: tuple[int, ...]) -> tuple[int, int, int, int] | None:
    """The source-image box where a card back lies when its title is all that was read of a page:
    a card back copied small onto an A4 sheet (a speckled copy, a watermark over its rows) gives
    the detector its large 居民身份证 and nothing of its 3 px rows, so the page reads as `other`
    and the card path (`_card_region`, which needs a card kind) never runs. The back's rows lie
    under its title, about the title's width below, its emblem to the left: the box reaches one
    title width left, right and above and two below. None when no such title was read, or when the
    title is no small part of the page (a card filling the frame was read as it is)."""
    titles = [ln for ln in lines if CARD_TITLE.match(ln.text.replace(" ", ""))]
    if len(titles) != 1:
        return None
    t = titles[0]
    w = t.x2 - t.x1
    if w <= 0 or w > 0.4 * shape[1]:
        return None
    pts = np.array([[t.x1 - w, t.y1 - w], [t.x2 + w, t.y1 - w], [t.x2 + w, t.y2 + 2 * w], [t.x1 - w, t.y2 + 2 * w]],
                   np.float64)
    return _source_box(pts, to_page, source, 32)


CARD_NUMBER_REREAD = True  # a page read as `other` holding one checked citizen number, small, and no card label is read again around it
# where the card lies: from the number's box, these many of its widths left, right, above and below. A front's number
# row starts about a third of the card's width in (after 公民身份号码) and spans about 0.6 of it; the card's top is
# about 0.9 number widths above it (ID-1: 85.6 × 54 mm) — measured on ZH's photocopied fronts, with room for a tilt
NUMBER_CARD_REACH = (1.0, 0.5, 1.5, 0.5)
NUMBER_SMALL = 0.4  # … only a number under this share of the page's width (a card small on a sheet)
FRONT_LABELS = ("姓名", "性别", "民族", "出生", "住址", "公民身份")  # any of them read: the labels were not lost


def card_number_region(lines: list[Line], shape: tuple[int, ...], to_page: np.ndarray,
                       source: tuple[int, ...]) -> tuple[int, int, int, int] | None:
    """The source-image box where an ID front lies when a page read as `other` holds its checked
    citizen number small and none of its labels: a photocopy washes out the card's light-blue
    labels (and its 年/月/日) and the copier's specks break the short rows — 女, 彝, `1963 6 4` —
    out of the detector's view at the sheet's OCR size (ZH zh_0087: the name, the address and the
    number read, nothing else, `other`). Read as a card's box, at a card's OCR size, those rows are
    found and the values prove the page (`kinds.labelless_kind`). None when the page holds two
    numbers or none, a label of a front (a form naming a person prints them: its labels decide),
    or a number spanning much of the page."""
    from app.prefill import kinds as _kinds  # (imported by extract, which this module imports first)

    numbers = []
    for ln in lines:
        for m in _kinds._ID_RUN.finditer(re.sub(r"\s+", "", ln.text)):
            if validate_id_number(m.group(0)).ok:
                numbers.append(ln)
    if len(numbers) != 1 or any(lab in re.sub(r"\s+", "", ln.text) for ln in lines for lab in FRONT_LABELS):
        return None
    n = numbers[0]
    w = n.x2 - n.x1
    if w <= 0 or w > NUMBER_SMALL * shape[1]:
        return None
    left, right, up, down = NUMBER_CARD_REACH
    pts = np.array([[n.x1 - left * w, n.y1 - up * w], [n.x2 + right * w, n.y1 - up * w],
                    [n.x2 + right * w, n.y2 + down * w], [n.x1 - left * w, n.y2 + down * w]], np.float64)
    return _source_box(pts, to_page, source, 64)


def _source_box(pts: np.ndarray, to_page: np.ndarray, source: tuple[int, ...],
                least: int) -> tuple[int, int, int, int] | None:
    """The source image's box around page points `pts` (`to_page` maps source → page), clipped to the
    image; None when it is under `least` pixels either way (nothing there to read again)."""
    src = cv2.perspectiveTransform(pts.reshape(-1, 1, 2), np.linalg.inv(to_page)).reshape(-1, 2)
    sx1, sy1 = int(max(0, src[:, 0].min())), int(max(0, src[:, 1].min()))
    sx2, sy2 = int(min(source[1], src[:, 0].max())), int(min(source[0], src[:, 1].max()))
    if sx2 - sx1 < least or sy2 - sy1 < least:
        return None
    return sx1, sy1, sx2, sy2


OTHER_SIDE = {"id_card_front": "id_card_back", "id_card_back": "id_card_front"}
# a sheet's other side that classifies as no kind is still the front when its values prove it with
# no label read (`kinds.labelless_kind` of that part alone): a fax or a copier's threshold takes a
# card front's light-blue labels and leaves its black values, while the back's black title and
# labels survive — the front then stood beside a readable back and was lost (ZN's standard faxes
# zn_0006, zn_0020: the back read, the front's name, number and address on the sheet unlabelled)
# (False: as before, such a part is no side)
LABELLESS_OTHER_SIDE = True
BACK_TITLE = re.compile(r"^(中华人民共和国|(中华人民共和国)?居民身份证)$")  # a card back's title lines (above its fields)


def other_side(extraction: Extraction, lines: list[Line], shape: tuple[int, ...]) -> tuple[list[Extraction], bool]:
    """The other side of an ID card on the same page: a 身份证复印件 copies both sides of the card
    onto one sheet, one above the other or side by side, and the window needs both (the front's
    name and number, the back's 签发机关 and 有效期限). The lines above, below, left and right of the
    side read — of the box around its fields — are read as the other side when they classify as it
    (the side's own labels, left of its values, never do) and one of its fields is read (a front:
    its number, the row under its address). Lines reaching the page's edge (`shape`) were cut
    by the page's crop (a quad snapped to A4 around one card and half the other, a card's quad
    cutting the end of the other side's number): an address there may have lost its last row, so
    nothing is taken from such a part, and the second value says the crop cut print.
    (A side's own lines left over — a back's title above its rows — find no other side: nothing is
    added.)"""
    other = OTHER_SIDE.get(extraction.kind)
    boxes = [f.box for f in extraction.fields.values() if f.box]
    if other is None or not boxes or not lines:
        return [], False
    top, bottom = min(b[1] for b in boxes), max(b[3] for b in boxes)
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    h = sorted(ln.h for ln in lines)[len(lines) // 2]
    # (the back read first: its title lines above its rows are its own, not the front's)
    own = [ln for ln in lines if extraction.kind == "id_card_back" and BACK_TITLE.match(ln.text)]
    def at_edge(ln: Line, margin: float) -> bool:
        return ln.y1 < margin or ln.y2 > shape[0] - margin or ln.x1 < margin or ln.x2 > shape[1] - margin

    cut = False
    for part in ([ln for ln in lines if ln.y2 < top - h and ln not in own],
                 [ln for ln in lines if ln.y1 > bottom + h and ln not in own],
                 [ln for ln in lines if ln.x2 < left - h and ln not in own],
                 [ln for ln in lines if ln.x1 > right + h and ln not in own]):
        if not part or classify(part)[0] != other and not _labelless_side(part, other):
            # (print cut by the crop's very edge beside the side read: `715`, the end of the other
            # side's number, under a quad around the back)
            cut = cut or any(at_edge(ln, 0.1 * h) for ln in part)
            continue
        if any(at_edge(ln, 0.5 * h) for ln in part):
            cut = True
            continue
        got = extract(part, other)
        number = got.fields.get("id_number")
        if any(f.value and not f.flagged for f in got.fields.values()) and (
                number is None or number.value and not number.flagged):
            return [got], False
    return [], cut


def _labelless_side(part: list[Line], other: str) -> bool:
    """Whether a part of a sheet beside the side read is a card front whose labels were lost,
    known by the values that prove themselves (`LABELLESS_OTHER_SIDE`)."""
    if not LABELLESS_OTHER_SIDE or other != "id_card_front":
        return False
    from app.prefill import kinds as _kinds  # (imported by extract, which this module imports first)

    return _kinds.labelless_kind(part) == "id_card_front"


CUT_EDGE = 0.5  # a line starting this many line heights from the photo's border was cut by it
_CUT_TAIL = re.compile(r"([^:]{1,8}):")
# a value one of whose rows ends at the photo's own border (CUT_EDGE line heights from it) is not
# pre-filled (note EDGE_NOTE): the page ran on beyond the picture, and the row with it — a chat
# screenshot showing a card's left part, `住址 天津市和平区滨江道147` cut through the 5 of 1475号 with
# `号` wrapped whole below it (ZR zr_0003). Printed values stand inside the paper's margin, so only a
# picture that cut the page puts a row's end at its border. Free-text fields only: a date, a number
# or a code is whole by its own grammar (False: off)
EDGE_ROWS = True
EDGE_FIELDS = frozenset({"name", "address", "legal_representative", "business_scope", "entity_type",
                         "registered_capital", "issuing_authority", "license_items", "premises_address",
                         "business_form", "business_items", "holder", "location", "bank_name"})
EDGE_NOTE = "row at the picture's edge"


def _end_at_photo_edge(ln: Line, to_page: np.ndarray, source: tuple[int, ...]) -> bool:
    """The line ends at the photo's own border (its print may go on beyond the picture)."""
    pts = np.array([[ln.x2, ln.y1], [ln.x2, ln.y2]], np.float64).reshape(-1, 1, 2)
    src = cv2.perspectiveTransform(pts, np.linalg.inv(to_page)).reshape(-1, 2)
    h = float(np.hypot(*(src[1] - src[0])))
    x, y = src.mean(axis=0)
    return min(x, y, source[1] - x, source[0] - y) < max(2.0, CUT_EDGE * h)


def distrust_edge_rows(extraction: Extraction, lines: list[Line], to_page: np.ndarray,
                       source: tuple[int, ...] | None) -> None:
    """Flag a free-text value one of whose rows ends at the photo's border (EDGE_ROWS): its row
    may go on outside the picture. Values in doubt are flagged so too (the second recogniser reads
    the same cut row and would settle only how its characters read)."""
    if not EDGE_ROWS or source is None:
        return
    for key, f in extraction.fields.items():
        if key not in EDGE_FIELDS or not f.value or not f.box or (f.flagged and f.note not in SECOND_NOTES):
            continue
        x1, y1, x2, y2 = f.box
        inside = [ln for ln in lines if ln.x2 > x1 + 2 and ln.x1 < x2 - 2 and ln.y1 >= y1 - 2 and ln.y2 <= y2 + 2]
        ends = [ln for ln in inside if not any(o is not ln and o.x1 >= ln.x2 - 2 and same_row(o, ln) for o in inside)]
        if any(_end_at_photo_edge(ln, to_page, source) for ln in ends):
            f.flagged, f.note = True, EDGE_NOTE


def _at_photo_edge(ln: Line, to_page: np.ndarray, source: tuple[int, ...]) -> bool:
    """The line starts at the photo's own border (the page ran on beyond the picture)."""
    pts = np.array([[ln.x1, ln.y1], [ln.x1, ln.y2]], np.float64).reshape(-1, 1, 2)
    src = cv2.perspectiveTransform(pts, np.linalg.inv(to_page)).reshape(-1, 2)
    h = float(np.hypot(*(src[1] - src[0])))
    x, y = src.mean(axis=0)
    return min(x, y, source[1] - x, source[0] - y) < max(2.0, CUT_EDGE * h)


def cut_label_heads(lines: list[Line], kind: str, to_page: np.ndarray,
                    source: tuple[int, ...] | None) -> list[Line] | None:
    """A page photographed with its left edge outside the picture keeps its labels' last
    characters and colons (`称:南昌朗峰小吃店`, `目:热食类食品制售`): a row starting at the photo's
    border with a tail and a colon gets its label's head back when the tail ends exactly one of
    the kind's field labels and none of its other printed labels (`所:` ends both 住所 and
    经营场所, `人:` both 法定代表人 and 签发人: such rows stay as read and their fields blank).
    None when no row changed. (Labels printed without a colon, a card's, are left alone: a
    value's first characters are no label's tail.)"""
    if source is None:
        return None
    groups = {aliases for aliases in FIELD_LABELS.get(kind, {}).values()}
    field_words = {a for g in groups for a in g}
    others = [a for a in PAGE_LABELS.get(kind, ()) if a not in field_words]
    out, changed = list(lines), False
    for i, ln in enumerate(lines):
        m = _CUT_TAIL.match(ln.text)
        if not m:
            continue
        tail = m.group(1)
        if tail in field_words or tail in others:
            continue  # the whole label was read
        owners = [g for g in groups if any(a.endswith(tail) for a in g)]
        if len(owners) != 1 or any(o.endswith(tail) for o in others) or not _at_photo_edge(ln, to_page, source):
            continue
        label = next(a for a in owners[0] if a.endswith(tail))
        head = label[:-len(tail)]
        chars = ((1.0, "", 0.0),) * len(head) + ln.chars if len(ln.chars) == len(ln.text) else ()
        xs = (ln.x1,) * len(head) + ln.xs if len(ln.xs) == len(ln.text) else ()
        out[i] = replace(ln, text=head + ln.text, chars=chars, xs=xs)
        changed = True
    return out if changed else None


def classify_cut(lines: list[Line], to_page: np.ndarray,
                 source: tuple[int, ...] | None) -> tuple[str, float, list[Line]]:
    """`classify`, and when the page reads as no known kind, once more with the label heads a cut
    left edge took (`cut_label_heads`) given back for each kind in turn: kept when exactly one
    kind then classifies as itself (its title and the labels' tails are its evidence)."""
    kind, score = classify(lines)
    if kind != "other" or source is None:
        return kind, score, lines
    found = []
    for k in FIELD_LABELS:
        restored = cut_label_heads(lines, k, to_page, source)
        if restored is not None:
            got, s = classify(restored)
            if got == k:
                found.append((got, s, restored))
    return found[0] if len(found) == 1 else (kind, score, lines)


def _labels_missed(extraction: Extraction) -> bool:
    """A known kind none of whose labelled fields was found: its title was read, not its rows."""
    fields = list(extraction.fields.values())
    return bool(fields) and extraction.kind != "other" and all(f.note == "not found" for f in fields)


CROP_REREAD = 0.5  # a licence read from a detected quad with fewer than this share of its fields read sure is read whole too (0: off)
CROP_REREAD_FLOOR = 0.95  # … and a field is taken from that reading only with every character read at this or better
CROP_REREAD_KINDS = frozenset({"business_license", "food_business_license", "public_health_license"})
# … and not on a 1-bit capture (a fax, a scanner app's black-and-white mode; False: there too): what the
# re-read serves — a photo's corners sunk in a lamp's or dim room's vignette, a crop cut at the
# border's inner rule — is a camera's; a binarised page has neither, and its blank fields are
# the threshold's (BILEVEL_REREAD looks for them). ZH: 4 of its 5 crop re-reads were on 1-bit
# pages (zh_0020, zh_0046, zh_0132, zh_0149), ~3–4 s CPU each, none filled a field
CROP_REREAD_BILEVEL = False


REREAD_BUDGET = 2  # whole-page re-reads (a detector pass and a reading each) a page may take after its first


def _budget_left(clock: StageClock) -> bool:
    """Whether the page may still be read again whole (`REREAD_BUDGET`): a page that reads badly
    — a fax, a copy of a copy, a chat-app-sized photo — qualifies for several of `read_page`'s
    re-reads, each a detector pass and a reading (2–4 s CPU), one after the other."""
    return clock.counts.get("rereads", 0.0) < REREAD_BUDGET


def _reread(clock: StageClock, name: str = "") -> bool:
    """`_budget_left`, and when it is, the re-read about to run counted against the budget (and
    under `name`, for `benchmarks.ocr_stages`)."""
    if not _budget_left(clock):
        return False
    clock.count("rereads")
    if name:
        clock.count(name)
    return True


def _crop_read_short(extraction: Extraction, quality: Quality | None = None) -> bool:
    """A licence read from its crop with most of its fields left unread (`CROP_REREAD`): fewer than
    that share read sure, the fields the page prints none of (`none printed`) not counted — and
    none of the values it read is one the blur or glare rules distrust (`distrust_damaged`): there
    the print itself is damaged, and the whole photo holds the same print smaller (of 44 such
    pages on ZC ZB Z Y X, the 17 with a value so judged gained one field between them, for 2–3 s
    of CPU each)."""
    if extraction.kind not in CROP_REREAD_KINDS:
        return False
    fields = [f for f in extraction.fields.values() if not (REREAD_SETTLED and f.note == "none printed")]
    if not fields or _read_count(extraction) >= CROP_REREAD * len(fields):
        return False
    judged = Extraction(extraction.kind, extraction.kind_score,
                        {k: replace(f) for k, f in extraction.fields.items()})
    distrust_damaged(judged, quality)
    return not any(f.note in ("blurred", "glare") for f in judged.fields.values())


def _row_cut_off(extraction: Extraction, lines: list[Line]) -> bool:
    """An ID card front whose number was not found at all (no 17 digits, no part of its label
    公民身份号码) while its other rows were read: the number's row lies outside the page read."""
    f = extraction.fields
    return extraction.kind == "id_card_front" and "id_number" in f and f["id_number"].note == "not found" \
        and sum(1 for k, v in f.items() if k != "id_number" and v.value) >= 3 \
        and not any(w in ln.text for ln in lines for w in ("公民", "身份", "号码"))


TOP_ROW_REREAD = True  # an ID front whose name row the crop cut is read whole too (False: off)


def _top_row_cut_off(extraction: Extraction, lines: list[Line]) -> bool:
    """An ID card front read but for its name, with neither the name nor any part of its label
    姓名 seen, its other rows read: the name's row (the card's top row) lies outside the page read."""
    f = extraction.fields
    return TOP_ROW_REREAD and extraction.kind == "id_card_front" and "name" in f and f["name"].note == "not found" \
        and sum(1 for k, v in f.items() if k != "name" and v.value and not v.flagged) >= 3 \
        and not any(w in ln.text for ln in lines for w in ("姓", "名"))


def _map_box(box: list[float] | tuple[float, ...], m: np.ndarray) -> list[float]:
    x1, y1, x2, y2 = box[:4]
    pts = np.array([[x1, y1], [x2, y1], [x2, y2], [x1, y2]], np.float64).reshape(-1, 1, 2)
    mp = cv2.perspectiveTransform(pts, m).reshape(-1, 2)
    return [float(mp[:, 0].min()), float(mp[:, 1].min()), float(mp[:, 0].max()), float(mp[:, 1].max())]


def fill_rows_unseen(whole: Extraction, crop: Extraction, crop_to_whole: np.ndarray) -> bool:
    """Two readings of one ID card front — the whole image (`whole`) and the crop guess that cut a
    row off (`crop`, whose page maps onto the whole's by `crop_to_whole`): the whole reading
    keeps its fields, and takes from the crop those it read nothing for (a lone 瑶 beside 民族,
    skipped by the detector at the whole image's smaller scale) and the crop read undoubted. Only when both read the same valid ID number and agree on every field both
    read (the same card, read alike); a field either reading doubted stays as the whole has it.
    True when a field was taken."""
    a, b = whole.fields, crop.fields
    if whole.kind != crop.kind or "id_number" not in a or "id_number" not in b:
        return False
    if not a["id_number"].value or a["id_number"].flagged or a["id_number"].value != b["id_number"].value:
        return False
    if any(a[k].value and not a[k].flagged and b[k].value and not b[k].flagged and a[k].value != b[k].value
           for k in a if k in b):
        return False
    took = False
    for k, f in a.items():
        g = b.get(k)
        if not f.value and g is not None and g.value and not g.flagged and g.box:
            a[k] = replace(g, box=_map_box(g.box, crop_to_whole),
                           blank_after=[(tuple(_map_box(r, crop_to_whole)), tuple(_map_box(n, crop_to_whole)), note)
                                        for r, n, note in g.blank_after])
            took = True
    return took


def reread_lines(lines: list[TextLine], page: np.ndarray, engine: OcrEngine,
                 clock: StageClock | None = None) -> list[TextLine]:
    """The lines of a reading recognised once more, from the same boxes on another rendering of
    the page (`page`: the same geometry): no second detection. Lines the engine cannot read again
    (no `recognize`) stay as they were."""
    recognize = getattr(engine, "recognize", None)
    if recognize is None or not lines:
        return lines
    from rapidocr.utils.process_img import get_rotate_crop_image

    view = ocr_view(page)
    crops = []
    for ln in lines:
        crop = get_rotate_crop_image(view, np.asarray(ln.quad, np.float32).copy())
        crops.append(cv2.rotate(crop, cv2.ROTATE_180) if ln.flipped else crop)
    spots: list[list[float]] = [[] for _ in crops]
    try:
        reads = recognize(crops, spots, clock, main=True)
    except TypeError:
        return lines
    out = []
    for ln, (raw, score, chars), xs in zip(lines, reads, spots, strict=True):
        text = raw.strip()
        if not text or score < 0.3:
            continue
        lead = len(raw) - len(raw.lstrip())
        pos = xs[lead:lead + len(text)] if len(xs) == len(raw) else []
        out.append(TextLine(text, float(score), ln.quad, ln.flipped, tuple(chars[lead:lead + len(text)]),
                            tuple(1.0 - x for x in pos) if ln.flipped else tuple(pos)))
    return out


# … nor one whose digits are as many as the first reading's, but other digits: the two readings of one print
# disagree on a digit, and the second's certainty is no evidence against the first (ZZ zz_002, a fax: the first
# reading in doubt of `50万元` — its 整 lost — and of `2007-08-15` — its 5 at 0.57 with 3 second; the softened
# reading `30万元整` and `2007-08-13`, both sure, filled both wrong) (False: taken as before)
FILL_DIGITS_DISAGREE = True
# … nor one that is the first reading's value with characters taken away (every character of the second in the
# first, in order, and a character or digit more there): the first reading saw print where the second read none,
# and the second's certainty says nothing about print it did not read (ZT zt0056, a desk photo of a 卫生许可证: the first
# reading in doubt of `规挂红` — `人）魏` of the label's end and the name's surname read as one — the stretched
# page's `挂红` sure filled it; ZZ zz_069, a fax: `深圳宏达有限公司` in doubt for a gap, its
# softened reading `圳宏达有限公司` filled it; both wrong) (False: taken as before)
FILL_FEWER_CHARS = True


def _fewer_characters(first: str, second: str) -> bool:
    """`FILL_FEWER_CHARS`: `second` is `first` with one or more of its characters (a Chinese character, a
    letter or a digit among them) left out, the rest in order; spaces and width aside."""
    a = "".join(to_halfwidth(first or "").split())
    b = "".join(to_halfwidth(second or "").split())
    if not b or len(b) >= len(a):
        return False
    extra, i = [], 0
    for ch in a:
        if i < len(b) and ch == b[i]:
            i += 1
        else:
            extra.append(ch)
    return i == len(b) and any(ch.isalnum() for ch in extra)


def _digits_disagree(a: str, b: str) -> bool:
    """`FILL_DIGITS_DISAGREE`: both values hold the same number of digits, not the same ones."""
    da, db = re.sub(r"\D", "", to_halfwidth(a or "")), re.sub(r"\D", "", to_halfwidth(b or ""))
    return bool(da) and len(da) == len(db) and da != db


def _mark_dropped(held: str, other: str) -> bool:
    """`FILL_MARK_DROPPED`: `other` is `held` with its marks (anything not a letter, digit or CJK) left out."""
    return re.sub(r"[^0-9A-Za-z\u4e00-\u9fff()]", "", held) == other


def fill_blank_fields(first: Extraction, second: Extraction, second_to_first: np.ndarray, *,
                      floor: float = 0.0) -> bool:
    """Two readings of one page (a 1-bit page and its softened copy): `first` keeps its fields and
    takes from `second` those it has no undoubted value for and `second` read undoubted — only
    when both read the same kind and (BILEVEL_REREAD_AGREE) agree on every field both read
    undoubted: a second reading that reads a field otherwise is not trusted with the blanks.
    `floor`: a field is taken only when its least certain character (`weakest`) is read at this
    or better (a second reading at a smaller scale misreads where the first was sure of nothing).
    True when a field was taken."""
    a, b = first.fields, second.fields
    if first.kind != second.kind:
        return False
    def sure(f: FieldResult | None) -> bool:
        return f is not None and bool(f.value) and not f.flagged
    if BILEVEL_REREAD_AGREE and any(sure(a[k]) and sure(b.get(k)) and a[k].value != b[k].value for k in a):
        return False
    took = False
    for k, f in list(a.items()):
        g = b.get(k)
        if not sure(f) and sure(g) and g is not None and g.box and g.weakest >= floor \
                and not (FILL_NOT_SAME_LOST and f.note in NOT_SAME_NOTES and g.value == f.value) \
                and not (FILL_DIGITS_DISAGREE and _digits_disagree(f.value, g.value)) \
                and not (FILL_FEWER_CHARS and _fewer_characters(f.value, g.value)) \
                and not (FILL_SURNAME_SURER and f.note == NO_SURNAME and g.weakest < f.weakest) \
                and not (FILL_MARK_DROPPED and f.note == MARK_BESIDE_NUMBER and _mark_dropped(f.value, g.value)) \
                and not (FILL_PLACE_ONE_OFF and f.note == PLACE_MISREAD and f.value
                         and (len(g.value) != len(f.value) or sum(x != y for x, y in zip(f.value, g.value, strict=True)) != 1)):
            # (a name read sure with a first character no one carries (`旧志`, ae_0013, a fax) is not
            # replaced by another reading's surname (`阳志` at 0.96) read less sure than the first
            # reading read its own characters: two readings of one print disagreeing, neither surer)
            # (the same characters the first reading found a character lost from, read again, do not
            # show the lost one was never there: sleeve glare on zs_0145's 陶璐洁, `陶洁` in both readings)
            a[k] = replace(g, box=_map_box(g.box, second_to_first),
                           blank_after=[(tuple(_map_box(r, second_to_first)), tuple(_map_box(n, second_to_first)), note)
                                        for r, n, note in g.blank_after])
            took = True
    return took


# A field taken from a reading of the page with its tones changed (a washed-out or faded page stretched, a dim
# one with its light divided out) has its pixel checks (`confirm_row_end`: the paper after a scope's bracket, the
# room a row left) made on the pixels it was read from (False: on the page as captured, at the end)
CHECK_ON_READ_PIXELS = True


def fill_checked(first: Extraction, again: tuple[np.ndarray, np.ndarray, list[TextLine], list[Line], Extraction],
                 to_first: np.ndarray) -> bool:
    """`fill_blank_fields` from a reading of a tone-changed copy of the page (`again`, as `_extract_read`
    returns it). On the page as captured such print lies 20–35 levels under its paper — under
    INK_CONTRAST, where a pixel check cannot tell ink from paper and answers "may be ink": ZP's 高拍仪
    licences (zp_0087, zp_0129: print 223–232 on paper 251 under the ring light) had their scopes read
    whole and right from the stretched page, then flagged `full stop not read` after the closing
    bracket, where the stretched page shows bare paper. The fields that reading has sure are checked on
    its own page first: a check that finds ink flags the field (it is not taken), one that finds paper is
    settled and not made again on the faint page."""
    second = again[4]
    if CHECK_ON_READ_PIXELS:
        sure = {k: f for k, f in second.fields.items() if f.value and not f.flagged}
        confirm_row_end(Extraction(second.kind, second.kind_score, sure), again[3], again[0])
        for f in sure.values():
            if f.value and not f.flagged:
                f.blank_after = []  # (checked on the pixels it was read from)
    return fill_blank_fields(first, second, to_first)


def _read_count(extraction: Extraction) -> int:
    return sum(1 for f in extraction.fields.values() if f.value and not f.flagged)


REREAD_SETTLED = True  # a field the page prints none of (`none printed`) does not make a re-read fire (False: it does)
REREAD_CHECKED = True  # … nor a value whose only doubt the paper after it settles (`confirm_row_end`; False: it does)


def _unsettled(extraction: Extraction, page_lines: list[Line] | None = None, page: np.ndarray | None = None) -> bool:
    """Whether a field of the reading is left to find: one neither read sure nor known to be printed
    nowhere on the page (`none printed`: a 个体工商户 licence's capital or term, found as its type
    with no such label). The re-reads that fill blanks (watermark, washed-out, 1-bit) fire only then:
    a licence read whole but for such fields (Y y0008, y0115; U u0121, V v0133) paid a second
    detector pass and reading (~1.5–2 s CPU) for fields that are empty on the paper.

    With the page and its lines (REREAD_CHECKED), a value flagged only until the paper after it is
    looked at (`paper not checked`, `may go on below`: a wrapped scope or address whose end the
    reader confirms at the end of `read_page`) is judged as `confirm_row_end` will judge it, on a
    copy: where that finds paper the value is sure, and a second detector pass and reading for it
    (ZC zc0038 13 s, zc0149 6 s CPU, their scope taken as read either way) is spent for nothing."""
    left = [k for k, f in extraction.fields.items()
            if not (f.value and not f.flagged) and not (REREAD_SETTLED and f.note == "none printed")]
    if not left or not REREAD_CHECKED or page_lines is None or page is None \
            or any(extraction.fields[k].note not in (ROW_BELOW, PAPER_CHECK) for k in left):
        return bool(left)
    copy = replace(extraction, fields={k: replace(f) for k, f in extraction.fields.items()})
    confirm_row_end(copy, page_lines, page)
    return any(not (copy.fields[k].value and not copy.fields[k].flagged) for k in left)


def _read_again(image: np.ndarray, engine: OcrEngine, clock: StageClock, source: tuple[int, ...] | None,
                region: tuple[int, int, int, int] | None = None, *, guess: bool = True,
                ) -> tuple[ProcessedPage, int, tuple[np.ndarray, np.ndarray, list[TextLine], list[Line], Extraction]]:
    """The photo read again from the start for one of `read_page`'s second looks — whole (no quad:
    the first crop cut the page short) or `region`, a part of it at its own resolution (`guess=False`:
    small text cut out to be read larger): (the page processed, its rotation, `_extract_read`'s tuple)."""
    with clock.stage("prepare"):
        processed = process_document(image, detect=False, region=region)
    page, to_page, rotation, lines = _ocr_processed(processed, engine, clock, guess=guess)
    return processed, rotation, _extract_read(page, to_page, lines, engine, clock, source)


def _outlined(processed: ProcessedPage) -> bool:
    """Whether the page was cut from the photo by its outline: a quad found and snapped to a document's
    shape (a card, A4). A quad of no document's shape (`unknown`: a thumb or the desk's edge in one of its
    sides, zr_0106, zr_0123) leaves the page in perspective like a page read without one."""
    return processed.quad is not None and processed.doc_format != "unknown"


def _extract_read(page: np.ndarray, to_page: np.ndarray, lines: list[TextLine], engine: OcrEngine,
                  clock: StageClock, source: tuple[int, ...] | None = None, *, outline: bool = False,
                  ) -> tuple[np.ndarray, np.ndarray, list[TextLine], list[Line], Extraction]:
    """Level the read lines, read doubtful ones again, classify, recover labels and extract
    (`source`: the photo's shape, to tell labels its border cut; `outline`: the page was cut from the
    photo by its found outline, so a fan of its rows is no flat page's perspective — `row_fan` — but a
    fold's or a wrong outline's)."""
    skew = line_skew(lines)
    if skew:
        # the text still runs at an angle (a card small in a photo on a desk): turn the page and
        # the lines' geometry upright, so rows, columns and wrapped rows are read level (the
        # recogniser read each line from its own rotated crop: the text needs no second reading)
        page, rot = deskew_with_matrix(page, skew)
        to_page = rot @ to_page
        lines = drop_slanted(_map_lines(lines, rot))
    curl = row_curl(lines, page.shape) if CURL_LEVEL else None
    if curl is not None:
        # rows that fan down the page (a curled page: 10° at the top, −4° at the foot) turn by no one
        # angle: each is laid level about its own centre, pixels and boxes alike (`app.prefill.curl`)
        clock.count("curl_level")
        page = curl.remap(page)
        to_page = curl.homography(page.shape) @ to_page
        lines = drop_slanted(curl.lines(lines))
    fan = row_fan(lines, page.shape) if FAN_LEVEL and not outline and not skew and curl is None else None
    if fan is not None:
        # straight rows fanning through one point (a flat page at a slant read without its outline):
        # the projective map that sends the point to infinity lays them level (`app.prefill.curl`)
        clock.count("fan_level")
        m, size = fan
        page = cv2.warpPerspective(page, m, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        to_page = m @ to_page
        lines = drop_slanted(_map_lines(lines, m))
    with clock.stage("second_look"):
        lines = second_look(lines, page, engine, clock)
    with clock.stage("layout"):
        kind, kind_score, page_lines = classify_cut(to_lines(lines), to_page, source)
        if kind != "other":
            page_lines = cut_label_heads(page_lines, kind, to_page, source) or page_lines
    if kind != "other":
        with clock.stage("recover_labels"):
            page_lines = recover_labels(page_lines, page, engine, kind_labels(kind), clock,
                                        card=kind.startswith("id_card"))
    with clock.stage("layout"):
        mark_inks(page_lines, page)
        extraction = extract(page_lines, kind, kind_score)
    number = extraction.fields.get("id_number")
    if kind == "id_card_front" and number is not None and number.flagged and number.note != "several valid numbers":
        with clock.stage("second_look"):
            longer = reread_short_number(page_lines, page, engine)
        if longer is not None:
            page_lines = longer
            with clock.stage("layout"):
                mark_inks(page_lines, page)
                extraction = extract(page_lines, kind, kind_score)
    until = extraction.fields.get("valid_to")
    if kind == "id_card_back" and until is not None and (not until.value or until.flagged):
        with clock.stage("second_look"):
            longer = reread_short_period(page_lines, page, engine)
        if longer is not None:
            page_lines = longer
            with clock.stage("layout"):
                mark_inks(page_lines, page)
                extraction = extract(page_lines, kind, kind_score)
    since, auth = extraction.fields.get("valid_from"), extraction.fields.get("issuing_authority")
    if (kind == "id_card_back" and since is not None and not since.value and since.note == "not found"
            and auth is not None and auth.value and not auth.flagged):
        with clock.stage("second_look"):
            row = reread_period_below(page_lines, page, engine, auth.value)
        if row is not None:
            clock.count("period_below_reread")
            page_lines = row
            with clock.stage("layout"):
                mark_inks(page_lines, page)
                extraction = extract(page_lines, kind, kind_score)
            since = extraction.fields.get("valid_from")
    if kind == "public_health_license" and since is not None and not since.value:
        with clock.stage("second_look"):
            row = reread_unboxed_period(page_lines, page, engine)
        if row is not None:
            clock.count("period_row_reread")
            page_lines = row
            with clock.stage("layout"):
                mark_inks(page_lines, page)
                extraction = extract(page_lines, kind, kind_score)
    return page, to_page, lines, page_lines, extraction


def unlined(image: np.ndarray) -> np.ndarray:
    """A binarised capture (scanner app's black-and-white mode, 1-bit PDF) without the background
    hairlines its thresholding drew (`app.imaging.bilevel`); any other image as it is. Done on the
    whole image before the page is looked for, so every guess of the page reads the same pixels."""
    return _unlined(image)[0]


# A dithered 1-bit capture (a fax's or a copier's screen: `bilevel.is_dithered`) whose reading left fields blank is
# read once more through a Gaussian of this σ (px), the whole image from its page's search on (0: never); its fields
# fill only the blanks, as `BILEVEL_REREAD`'s do (`fill_blank_fields`: same kind, no sure field read otherwise). The dither draws grey print as scattered dots — a 50 %
# grey as a checkerboard, a stroke's pixels alternating with paper — which the recogniser, trained on grey print,
# reads as texture; averaged over a dot's neighbours they are the grey strokes they stood for. ZZ's skewed dithered
# faxes had been averaged by accident (the deskew's interpolation took them past `is_bilevel`, and `_bilevel_scale`
# let them shrink) and read better than the level ones read at their own size: zz_100, a card back on A4 at 98 lines,
# 0 of 3 fields; AA aa_068's term. Not the first reading: read averaged from the start, ZS zs_0054 lost its kind and
# ZO zo_0035's scope its first character (`包装食品…`, a wrong value), where the dots read right
DITHER_DESCREEN = 1.0
# … and a free-text value of that reading (not vouched for by a check or a vocabulary) with a character read under this
# fills nothing (0: as any reading's). The average guesses the grey between the dots, and a dot more or less there is
# a stroke more or less: ZU zu_0117's 友谊路 read `发谊路` (发 at 0.898, 友 its runner-up at 0.101), a dithered fax's stray
# dot for 发's own. The bar is a name's (`extract.NAME_CHAR`): every character of a value counts as a name's does
DITHER_CHAR = NAME_CHAR
DITHER_NOTE = "character in doubt on a dithered page"  # (not asked of the second recogniser: it reads the same average)
_DATE_OR_LONG = re.compile(r"\d{4}-\d{2}-\d{2}|长期")


def _unlined(image: np.ndarray) -> tuple[np.ndarray, bool | None, bool]:
    """`unlined(image)`, and False when the image was judged not bilevel (it is returned as it is),
    None when it was (its lines are gone: the image returned is another one); last, whether it draws its
    print in dots (`bilevel.is_dithered`, asked only while DITHER_DESCREEN is on)."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image[..., :3], cv2.COLOR_BGR2GRAY)
    if not is_bilevel(gray):
        return image, False, False
    out = drop_background_lines(image, text_scale(image) * min(image.shape[:2]))
    return out, None, bool(DITHER_DESCREEN) and is_dithered(gray)


def distrust_dithered(extraction: Extraction) -> None:
    """`DITHER_CHAR`: in a reading of a page through its dots' average, a value with a character read under
    the bar is not taken (a value a check digit or a closed vocabulary vouched for holds its `weakest` at
    1.0 or its line's score, and is judged by that as anywhere). A date (or 长期) is left to its calendar and
    term checks, as `extract.distrust_torn_digits` leaves it."""
    if not DITHER_CHAR:
        return
    for f in extraction.fields.values():
        if f.value and not f.flagged and f.weakest < DITHER_CHAR and not _DATE_OR_LONG.fullmatch(f.value):
            f.flagged, f.note = True, DITHER_NOTE
            f.confidence = min(f.confidence, f.weakest)


DESPECKLE_SHARE = 0.001  # a page unread as any kind is read despeckled with this many specks per pixel (0: never)
SPECK_SIDE = 1200  # … counted with the page's long side at most this
SPECK_DEPTH = 60  # … a speck: a dot this many grey levels darker than the paper around it …
SPECK_AREA = 4  # … of at most this many pixels, touching no other ink


SPECK_REREAD = True  # a speckled page read as a kind with its body unread is read again, its detector's view despeckled
SPECK_BODY_SHARE = 0.5  # … when at least this share of its fields' labels were not found
# … not on a card side whose every label was missed on a guessed crop (a quad or a printed-matter box): the whole
# photo is read next (`look_labels_missed`). A strip of the card cut out as the page (AE ae_0011, ae_0148: ~200×640 px,
# its title alone) was lifted to a 1,728 px detector input for the despeckled re-read of the same strip, which filled
# nothing on AE (nor on ae_0078), ~0.5 s CPU each (False: the strip read despeckled first, as before). Measured in
# session 38 (AE −0.5 s on its three such backs, ZZ and AF unchanged), switched on once the whole tests/prefill
# folder had passed with it on
SPECK_AFTER_WHOLE = True

WATERMARK_REREAD = True  # a licence (or card side: WATERMARK_CARDS) with blank fields whose detector saw a watermark's slanted lines is read again, the
# watermark taken out of the detector's view (`contrast.print_only`); only its blank fields are taken from that reading
WATERMARK_SLANTED = 1  # … slanted detector boxes (left out as a watermark's) that make a page watermarked
WATERMARK_SHARE = 0.05  # … and at least this share of the page's ink taken out as lighter than the print
# … an ID card side too: a 身份证复印件 certified for one purpose carries the watermark over the card
# (Z's cards on A4 under `仅供社保登记使用`: name, 民族, address rows unboxed). A/B on the ID sides
# of Z (45): 90.95 → 96.19 % exact, CPU p50 975 → 965 ms; on the failing ID sides of X, W, T +3, +2,
# +5 fields, ZA Y V U none changed; 0 wrong everywhere (it only fills blank or doubtful fields)
WATERMARK_CARDS = True
WATERMARK_REUSE = True  # … boxes its detector finds again where a line was read sure keep that reading (not recognised again)
# a page read as no kind whose detector saw a watermark's slanted lines is read again the same way, and
# kept when that reading is a kind (False: off). ZE ze0052 (an adf copy of a 卫生许可证, its title under
# the watermark) was `other`
WATERMARK_KIND = True
# the watermark's own ink, in the boxes the detector saw its lines in (`StageClock.overlays`), sets how dark a
# stroke of print is at least (`contrast.print_only`'s `overlay`; False: the page's ink alone, as before)
WATERMARK_OWN_INK = True


def _overlay_mask(clock: StageClock, shape: tuple[int, ...]) -> np.ndarray | None:
    """Where the last detector pass over an image of this shape saw a watermark's lines (`StageClock.overlays`)."""
    if not WATERMARK_OWN_INK:
        return None
    quads = next((q for s, q in reversed(clock.overlays) if tuple(s) == tuple(shape[:2])), None)
    if quads is None or len(quads) == 0:
        return None
    mask = np.zeros(shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.asarray(q, np.int32).reshape(-1, 2) for q in quads], 1)
    return mask > 0


WASHED_REREAD = 100.0  # a page whose darkest ink (`contrast.washed_out`) is this light, with blank fields, is read again stretched (0: never)
# a licence whose body rows' stroke cores (`contrast.body_ink`) are this light, its title dark, is read again stretched
# from them, as a washed-out page (0: never). Measured on ZL's first readings: the faded copies zl_0131 181, zl_0093
# 172; photocopies read whole 123–139 (zl_0072, zl_0100: 114), clean flatbeds 16–118 (zl_0008's light serif 118)
FADED_BODY = 160.0
# a licence whose detector left runs of faded print unboxed (`contrast.unboxed_ink`), however dark the rows it boxed,
# is read again stretched from that print, as a faded body is (0: never). A copy of a copy fades one part of its
# print and keeps another dark — W zw_108 its grey labels (values boxed at ~120, labels unboxed at ~184), zw_129 its
# Song values under dark 黑体 labels (~180) —, and `body_ink`, measured in the boxes, sees the dark part alone
UNBOXED_FADED = 150.0


def _washed_ink(page: np.ndarray, page_lines: list[Line]) -> float | None:
    """The grey a washed-out or faded page is stretched from, or None when its print is dark enough:
    the page's darkest ink when even that is light (`washed_out`: haze, overexposure, a light copy),
    else its body rows' ink when that is (`body_ink`: a copy that kept its bold title black and
    faded its small print), else the ink of the print its detector left unboxed when that is
    (`unboxed_ink`: a copy that faded its labels, or its values, and kept the rest dark)."""
    if washed_out(page, WASHED_REREAD):
        return -1.0  # (`washed_stretched`'s own ink)
    if not FADED_BODY:
        return None
    boxes = [(ln.x1, ln.y1, ln.x2, ln.y2) for ln in page_lines]
    ink = body_ink(page, boxes)
    if ink is not None and ink >= FADED_BODY:
        return ink
    if not UNBOXED_FADED:
        return None
    ink = unboxed_ink(page, boxes)  # (the faded part of a page whose boxed rows are dark: the print left unboxed)
    return ink if ink is not None and ink >= UNBOXED_FADED else None


def _body_unread(extraction: Extraction) -> bool:
    """A known kind read from its title and a row or two: most of its labelled rows not found."""
    fields = list(extraction.fields.values())
    return bool(fields) and extraction.kind != "other" \
        and sum(1 for f in fields if f.note == "not found") >= SPECK_BODY_SHARE * len(fields)


def speckled(image: np.ndarray) -> bool:
    """The page is peppered with isolated dark dots (a photocopy's toner specks, a fax's noise):
    tiny blobs far darker than their surroundings (a 5×5 median) that touch no other ink. A
    character's strokes are joined into blobs far larger than a speck, however thin they are."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image[..., :3], cv2.COLOR_BGR2GRAY)
    s = SPECK_SIDE / max(gray.shape[:2])
    if s < 1.0:
        gray = cv2.resize(gray, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
    dark = (cv2.medianBlur(gray, 5).astype(np.int16) - gray.astype(np.int16) > SPECK_DEPTH).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    specks = int((stats[1:, cv2.CC_STAT_AREA] <= SPECK_AREA).sum())
    return specks >= DESPECKLE_SHARE * gray.shape[0] * gray.shape[1]


DEBLUR_SHARP = 25.0  # a photo's page softer than this (`sharpness`, the gate's "blurred" is < 15) is checked for a motion smear (0: never)


def unsmeared(processed: ProcessedPage) -> ProcessedPage:
    """The page with a camera-motion smear undone (`app.imaging.deblur`), when the quality gate finds
    it soft and its cepstrum shows a straight smear; otherwise the page as it is. S's x0062 (a
    licence smeared ~8 px): its labels were washed out, 0 of 8 fields read; deconvolved, 5. A
    smear a multi-frame capture left as copies is undone as copies (`deblur.copies_kept`)."""
    q = processed.quality
    if not DEBLUR_SHARP or q is None or q.metrics.get("sharpness", DEBLUR_SHARP) >= DEBLUR_SHARP:
        return processed
    page = processed.image
    blur = motion_blur(page if page.ndim == 2 else cv2.cvtColor(page[..., :3], cv2.COLOR_BGR2GRAY))
    if blur is None:
        return processed
    return replace(processed, image=deblur(page, *blur))


# A sheet photographed soft all over (a phone's small sensor, a rendered page's texture filtering): the
# strokes of its small print are grey ramps a few pixels wide, which the recogniser, scaling a 20 px row up
# to its 48 px input, reads as look-alikes (`莫`→`集`, a credit code's digit failing its check) and the
# detector leaves unboxed. It is read once more through an unsharp mask (`SOFT_REREAD`, in `read_page`),
# and fills only what the first reading left blank or in doubt. Session 35 read the whole page sharpened
# instead (`SOFT_PAGE_*`, reverted): the mask lifted faint ink beside the rows, which the paper-after-a-row
# and wrapped-row checks then took for print (family B's glare case), and fields read right unsharpened
# were lost (AA aa_067's name, aa_071's capital, aa_094's name, aa_112's kind).
SOFT_REREAD = True  # (False: off)
SOFT_READ = 1.0  # the mask's weight
SOFT_READ_SIGMA = 1.5  # its Gaussian σ, px of the page as read
SOFT_READ_SHARP = 22.0  # a page the gate measured softer than this (`sharpness`; its "blurred" is < 15)
# … read as a licence (small print on a sheet), or as no kind; not other documents (a 结婚证 read from ZZ zz_038,
# a page of no kind, took a nationality from the sharpened reading: a field more on a page read as the wrong kind)
SOFT_KINDS = frozenset({"business_license", "food_business_license", "public_health_license"})


def soft_sheet(processed: ProcessedPage) -> bool:
    """A sheet's page (its outline found A4-shaped: not a card, nor a crop around print) the gate
    found soft (`sharpness` under SOFT_READ_SHARP) but not blurred (a blurred page's doubt is the
    blur rules' and the retake's). A card's print is large for its page and reads as it is;
    sharpened, the light watermark over AA's photographed ID fronts came out as print and joined
    the name (session 35: aa_107 `何案使用` for 何思颖)."""
    q = processed.quality
    if not SOFT_READ or q is None or processed.doc_format != "a4" or "blurred" in q.reasons:
        return False
    return 0.0 < q.metrics.get("sharpness", SOFT_READ_SHARP) < SOFT_READ_SHARP


def _as_levelled(page: np.ndarray, shape: tuple[int, ...], m: np.ndarray) -> np.ndarray:
    """`page` in the geometry a reading of it levelled its copy to (`m`: page → levelled, `shape`):
    the checks after a sharpened reading measure the page as photographed, not the mask's copy."""
    if shape[:2] == page.shape[:2] and np.allclose(m, np.eye(3), atol=1e-6):
        return page
    return cv2.warpPerspective(page, m, (shape[1], shape[0]), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def sharpened(page: np.ndarray) -> np.ndarray:
    """`page` through an unsharp mask (σ SOFT_READ_SIGMA, weight SOFT_READ)."""
    soft = cv2.GaussianBlur(page, (0, 0), SOFT_READ_SIGMA)
    return cv2.addWeighted(page, 1.0 + SOFT_READ, soft, -SOFT_READ, 0)


DIM_PAPER = 170.0  # a photo's page whose paper (`contrast.paper_level`) is darker than this was taken in dim light (0: no dim re-read)
# (ZL's photos: the nine taken in a dim room 99–154, every lit one 245 or more; scans and copies 220 or more)


DISPLAY_WHITE = True  # a page whose paper is a display's cold white is read as a photographed screen (False: off)
CARD_ROWS = 0.03  # text rows this high (share of the short side) or higher are a card's (`document.CARD_TEXT`)


def shown_on_display(processed: ProcessedPage) -> bool:
    """A page (not a card) whose paper is a display's cold white (`screen.display_white`): a photo
    of a screen too blurred to show its sub-pixels. Read through the brightest channel like a
    patterned one: family S's photographed monitors 28 → 31 of 45 fields, the one wrong (银川章天…
    for 覃) gone. An ID card's printed background is blue like that white: cards (by their crop's
    shape, or rows a card's height) are left as they are."""
    if not DISPLAY_WHITE or processed.doc_format in ("id_card", "stored") or not display_white(processed.image):
        return False
    return text_scale(processed.image) < CARD_ROWS


RETAKE = True  # a page of a known kind of which no field could be read as captured says why, and asks for a retake (False: its fields' own reasons)
RETAKE_PITCH = 11.0  # … print whose characters stand closer than this (source pixels, `print_pitch`) is too small to read
RETAKE_FEW = 1 / 3  # a page that reads at most this share of the fields it prints is asked for a retake too, when its print is small (0: only a page that reads none)
RETAKE_FEW_PITCH = 13.0  # … print whose characters stand closer than this (`print_pitch`): ZX's chat forwards 11.2–12.6 px


def print_pitch(lines: list[TextLine]) -> float:
    """The page's character pitch in the pixels of the image the lines are given in: over lines
    of four characters or more, (box length − box height) / (characters − 1), the median by
    character (a line counts as often as it has characters, so a page's body rows outweigh its
    title and a watermark's few large words). The detector pads a box by the same margin on every
    side (about 0.8 of the print's height for a thin row), so the difference takes the padding
    out and leaves n − 1 pitches of print: a row of 7 px characters in a 25 px box reads 7, not
    25 / n. A digit counts half a character (a credit code's 18 in the width of 9); a letter does
    not, as print too small to read comes out as runs of letters (`ALERRIEFOI` for six
    characters). 0.0 when no line is long enough."""
    pitches: list[tuple[float, float]] = []
    for ln in lines:
        n = sum(0.5 if ch.isdigit() else 1.0 for ch in ln.text)  # (a digit is half a character wide)
        if n < 4:
            continue
        q = np.asarray(ln.quad, np.float64)
        length = (np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])) / 2
        height = (np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])) / 2
        pitches.append((max(length - height, 0.0) / (n - 1), n))
    if not pitches:
        return 0.0
    pitches.sort()
    half, acc = sum(n for _, n in pitches) / 2, 0.0
    for pitch, n in pitches:
        acc += n
        if acc >= half:
            return pitch
    return pitches[-1][0]


def retake_cause(extraction: Extraction, lines: list[TextLine], quality: Quality | None, screen: bool,
                 grain: bool = False, grid: bool = False) -> str:
    """Why a page of a known kind gave the clerk nothing, when the capture says so: every field
    blank (none read sure; a field the page prints none of does not count) and the capture
    measured as the cause — a photographed screen (its sub-pixel grid or cold white: moiré over
    the strokes), too dark or blurred by the quality gate, or print too small (`print_pitch`
    under RETAKE_PITCH: a licence forwarded through a chat app at a few pixels a character).
    Such a page's fields are left blank either way; what changes is what the clerk is told:
    not a scatter of `label_not_found` (type it in) but to ask the applicant for the original
    picture or a new capture. A page that reads a field is called so only when it reads few of
    them and its print is measured small (`_few_read_cause`), and a page read as no kind (a
    negative, a screen showing something else) is left alone. "" for none.
    `grain`: what `screen` saw is a dim photo's sensor grain, not a display's grid (`display_grid`):
    the light was too little — named so, not a screen. `grid`: the display's panel lattice was
    measured (`lattice_period`, the surest sign of a screen: a colour pattern alone is measured on
    ID-card copies and flatbeds too, a cold white on blue-tinted paper): a page that reads few fields
    under it is told so too (`_few_read_cause`)."""
    if not RETAKE or extraction.kind == "other":
        return ""
    read = _read_count(extraction)
    if read > 0:
        return _few_read_cause(extraction, lines, read, grid)
    if not any(f.flagged for f in extraction.fields.values()):
        return ""
    reasons = quality.reasons if quality is not None else ()
    if "too_dark" in reasons:
        return "too_dark"
    pitch = print_pitch(lines)
    if 0.0 < pitch < RETAKE_PITCH:
        return "small_print"
    # (the screen last: what was measured on the print itself, its size or its blur, is the surer
    # thing to tell the clerk)
    if "blurred" in reasons:
        return "blurred"
    if screen:
        return "too_dark" if grain else "screen"
    return ""


def _few_read_cause(extraction: Extraction, lines: list[TextLine], read: int, grid: bool = False) -> str:
    """`small_print` for a page that read a field or two and left most of what it prints blank, its
    print standing under RETAKE_FEW_PITCH apart, or `screen` when the display's own pixels were
    measured on it (`grid`); "" otherwise. ZX's licences forwarded through a chat app (720 × 960,
    print ~10 px high at a 11.2–12.6 px pitch, JPEG'd twice) read their credit code (its check digit
    holds it) or a date, and 7–8 of 9 fields went blank as `doubtful_character` / `label_not_found`
    with no word to the clerk that the picture, not the document, was the cause: a field or two read
    is no sign the rest could be typed from the picture. ZW's monitors photographed with their panel's
    lattice (zw_106, zw_147: print 8–12 px under the fringes) read the credit code alone; the moiré
    garbles their rows into fewer characters than printed, so the pitch measures 16–18 px there —
    the lattice is the cause measured. A colour pattern or a cold white alone (`is_screen_photo`,
    `shown_on_display`: ZT's copied and scanned ID cards measure one) or the quality gate's blur is
    not trusted on a page that reads fields. The fields read keep their values; the blank ones say
    `retake`."""
    if not RETAKE_FEW:
        return ""
    printed = read + sum(1 for f in extraction.fields.values() if f.flagged)  # (a field printed nowhere is neither)
    if printed - read < 2 or read > RETAKE_FEW * printed:
        return ""
    pitch = print_pitch(lines)
    if 0.0 < pitch < RETAKE_FEW_PITCH:
        return "small_print"
    return "screen" if grid else ""


# on a page too small in print to read most of its fields (`small_print` with fields read), a date one of whose
# digits was read below extract.BILEVEL_TORN_DIGIT with another digit second is not kept (False: kept, as every
# date is left to its calendar and term checks): the small print's closed loops are what tells 6 from 8, and a
# 个体工商户 licence prints no term to check its 注册日期 against (AD ad_089, a hand-held photo: `2011-06-11` for
# 2011-08-11, the 6 at 0.937 with 8 second). The dates such pages of AA, AD, ZX and ZY kept right read their
# torn digits at 0.997 and above
SMALL_PRINT_TORN_DATES = True


def distrust_small_print_dates(extraction: Extraction) -> None:
    """`SMALL_PRINT_TORN_DATES`: a date with a digit torn with another digit, on a small-print page."""
    for f in extraction.fields.values():
        if f.value and not f.flagged and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.value) \
                and f.torn_digit < BILEVEL_TORN_DIGIT:
            f.flagged, f.note = True, "doubtful character"
            f.confidence = min(f.confidence, f.torn_digit)


def ask_retake(extraction: Extraction) -> None:
    """Every blank field the page could not read says `retake` (a field the page prints none of,
    blank and unflagged, stays as it is)."""
    for f in extraction.fields.values():
        if f.flagged:
            f.note = "retake"


SMALL_PRINT_TITLE_KIND = True  # a page read as no kind whose print is too small to read and whose title stands alone is that kind, every field blank (False: `other`)
# … and a photographed display's page so read (its sub-pixel grid measured: `is_screen_photo`, not a dim
# photo's grain): ZK zk_0132 and zk_0137 (a 营业执照 and a 食品经营许可证 shown on a monitor, photographed
# at 1,600 px, the page ~1,100 px wide): the title read at 1.00, every row read as digits and symbols
# through the moiré (`8.0.8m 085500 52=502…`) — fewer characters than printed, so `print_pitch` measures
# 19–25 px and the small-print test does not see them (False: `other`, as before)
SCREEN_TITLE_KIND = True


# a page read as no kind whose rows the recogniser read at a median line score under this, while its title stands
# alone as its largest print (`kinds.title_only`), is that document with every field blank, told `blurred` (0: off,
# `other` as before; 0.6 since session 39's folder run). The quality gate measures one sharpness for the whole page and passes a
# hand-held photo at its edge (AH ah0021, a 食品经营许可证 held at arm's length, soft all over: sharpness 15.4
# against the gate's 15, its 3 mm rows at a 15 px pitch, smeared): the 10 mm title read at 1.00, the seventeen body
# lines at 0.35–0.87 (median 0.48: `日常监智很理人编：强类玲，美用游`), so it was `other` with no word to the clerk.
# A legible page's rows read at 0.9 and above (`legible_page` calls a median of 0.8 legible), a negative's
# (a letter, a form, a photo of a screen showing something else) have no licence title standing alone
POOR_ROWS_TITLE = 0.6
POOR_ROWS_MIN = 5  # … over at least this many body lines of four characters or more (the title and a copy's note not counted)


def _poor_rows_title(page_lines: list[Line]) -> Extraction | None:
    """`POOR_ROWS_TITLE`: the extraction of a page read as no kind whose body lines read past reading and
    whose title stands alone (`kinds.title_only`), every field blank and flagged `blurred`; None otherwise."""
    from app.prefill import kinds as _kinds  # (imported by extract, which this module imports first)

    titles = [w for words in _kinds.TITLED.values() for w in words]
    body = [ln.score for ln in page_lines if len(re.sub(r"\s", "", ln.text)) >= 4
            and not any(w in re.sub(r"\s", "", ln.text) for w in titles)
            and not _kinds._copy_note(re.sub(r"\s", "", ln.text))]
    if len(body) < POOR_ROWS_MIN or float(np.median(body)) >= POOR_ROWS_TITLE:
        return None
    titled = _kinds.title_only(page_lines)
    if titled is None:
        return None
    extraction = extract(page_lines, titled, 0.0)
    for f in extraction.fields.values():
        if f.value or f.flagged:
            f.flagged, f.note = True, "blurred"
    return extraction


def _small_print_title(lines: list[TextLine], page_lines: list[Line], to_page: np.ndarray,
                       screen: bool = False) -> Extraction | None:
    """The extraction of a page read as no kind whose print is too small to read in the photo
    (`print_pitch` under RETAKE_PITCH, in the photo's own pixels) and whose title stands alone as its
    largest print (`kinds.title_only`), None otherwise. A phone held far from a licence, or at a
    steep angle over it (the whole desk in view: ZG's 营业执照 正本 in a 1,280 px photo, 770 px wide),
    leaves its 3 mm rows 8–10 px high — read as strings of wrong characters — while its 10 mm title
    reads at 1.00: the page is that document, and the clerk is told the print was too small
    (`retake_cause`), not that the document is unknown. No value of such a read is offered: print
    read at that size is no value a clerk should have to check (its labels go unread, and a
    value found beside a misread label is a guess). `screen`: the page is a photographed display's
    (SCREEN_TITLE_KIND) — its moiré garbles small print into fewer, wrong characters whatever their
    pitch measures, and the clerk is told it was a screen (`retake_cause`)."""
    from app.prefill import kinds as _kinds  # (imported by extract, which this module imports first)

    pitch = print_pitch(_map_lines(lines, np.linalg.inv(to_page)))
    if not 0.0 < pitch < RETAKE_PITCH and not (SCREEN_TITLE_KIND and screen):
        return None
    titled = _kinds.title_only(page_lines)
    if titled is None:
        return None
    extraction = extract(page_lines, titled, 0.0)
    for f in extraction.fields.values():
        if f.value:
            f.flagged = True
    return extraction


MISREAD_LABELS_KIND = True  # a page read as no kind whose title stands alone and whose labels read one character off is that kind (False: `other`)
BLURRED_TITLE_KIND = True  # a blurred photo read as no kind whose only sure evidence is its title stands alone is that kind (False: `other`)
BILEVEL_TITLE_KIND = True  # … and a 1-bit page (a fax) read so: its body's grey print dithered or thresholded away (False: `other`)
TITLE_BAND = 0.4  # share of the page's height, from its top, read again for a title not read (0: off)
TITLE_EVIDENCE = 2  # … only on a page whose read holds this many of a licence's own labels (0: every page)
LICENCE_LABELS = ("统一社会信用代码", "经营范围", "法定代表人", "注册资本", "成立日期", "登记机关", "营业期限",
                  "经营者名称", "许可证编号", "主体业态", "经营项目", "经营场所", "许可项目", "发证机关")


def _holds_title(text: str) -> bool:
    from app.prefill import kinds as _kinds  # (imported by extract, which this module imports first)

    t = clean(text)  # (a title's line holds little else: `凭营业执照依法…`, a scope's end, names it in a sentence)
    return any(_kinds._near(w, t) and len(_kinds._TITLE_DECOR.sub("", t)) <= len(w) + 2
               for w in _kinds.TITLES if w != "中华人民共和国")


def _licence_rows(lines: list[TextLine]) -> bool:
    """Whether the page read holds TITLE_EVIDENCE of a licence's own labels (a credit code's, a
    scope's, a licence number's…): the pages whose title is worth a second read. A blank sheet, a
    receipt or a letter holds none, and the band's read cost them a detector pass each (every
    family's negatives: p50 ~0.9 → ~1.3–1.5 s); the licences it is for (a dim photo's, a chat
    screenshot's) had their rows read and only the large, letter-spaced title missed."""
    found = {w for ln in lines for w in LICENCE_LABELS if w in clean(ln.text)}
    return len(found) >= TITLE_EVIDENCE


def reread_title(page: np.ndarray, lines: list[TextLine], engine: OcrEngine,
                 clock: StageClock) -> list[TextLine] | None:
    """The page's lines with its title added when a read of the page's top band alone finds it
    (None when the page read holds a title already, or the band read finds none). A licence's
    title is printed large and letter-spaced: over a whole page (a chat app's tall screenshot, a
    dim photo) the detector can miss it altogether or run it into the credit code printed beside
    its first character (`921501053304314富业执照`), while the same band read alone, at its own
    size, boxes it. Only for a page that reads as no kind: the added line is only a title."""
    if any(_holds_title(ln.text) for ln in lines):
        return None
    if TITLE_EVIDENCE and not _licence_rows(lines):
        return None
    band = page[: max(8, int(page.shape[0] * TITLE_BAND))]
    with clock.stage("prepare"):
        view = ocr_view(band)
    found = [ln for ln in engine.read(view, clock=clock) if _holds_title(ln.text)]
    return lines + found if found else None


# A value left blank only because a character of it was read unsure (`doubtful_character`,
# `low_confidence`: not its layout, format, vocabulary, glare or blur) is pre-filled when its
# one-row crop, read again by the first recogniser and by a second, separately trained one
# (`engine.SecondRecognizer`, PP-OCRv6 tiny), gives exactly the value both times, the second sure
# where the first was unsure (`sure_where_unsure`) — what a clerk's second look would give.
# Measured (session 26, through `zongchuang ocr` on every file where it can act): ZF +2 exact,
# ZE +2, ZG +2, no wrong value (its first form, punctuation folded and no certainty asked of the
# second model, also took ZG's zg0115 `晟秦` and zg0126's scope without its `。`).
# Blanking pre-fills the two models read otherwise was measured and not kept: the second model is
# the weaker reader (it reads 7 % of ZF's right one-row values otherwise), and it blanked 2–5
# right values per wrong one caught on ZF (none caught there). False: off.
# OFF since the fresh-clone CI of 37ae6b8: it pre-fills what the crop shows when the doubt was a
# hidden part of the value — tests/prefill/test_leaning_card (a surname under a thumb: `文涛` for
# 柳文涛, wrong where main left it blank) and test_id_front_cases failed with it on, pass off. A value
# whose doubt is a covered or cut character must never be confirmed by a reading of what is left.
# ON again in session 27 (wrongs) with `SECOND_NOTES`: only a doubt about how a read character reads is
# asked (the thumb's `文涛` carried `lost character` and is no longer asked); measured on the files of
# ZE–ZI whose last full run held such a blank — ZF +2, ZG +2, ZE +2 right values, ZH none, 0 wrong.
SECOND_REC = True
SECOND_LOG: list[dict[str, object]] | None = None  # (measurement: a list here receives each check)
SECOND_REASONS = ("doubtful_character", "low_confidence")
# … and only a doubt about how a character that was read reads (a character below its floor, or the
# value's score): the unsure character's ink is in the crop, and a second model can settle it. A doubt
# from where a value's ink is — a character lost between two read ones, before the first or after the
# last (a thumb, a glare, a frame's edge, a seal: `lost character`), a value read twice or glued to a
# misread label — is about print that the crop does not show read: a second reading of the rest would
# confirm the rest (the session 26 CI: `文涛` for 柳文涛, its surname under a thumb, note `lost character`)
SECOND_NOTES = ("doubtful character", "")
SECOND_PAD = 0.12  # line heights of page around a value's box in its crop (the detector's boxes have their own margin)
SECOND_ROW = 1.5  # a box higher than this many of its rows' heights holds several rows: not asked
_BRACKETS = str.maketrans({"〔": "(", "〕": ")", "［": "(", "］": ")", "[": "(", "]": ")", "【": "(", "】": ")"})
_CHECKED = {"credit_code": lambda v: validate_uscc(v).ok, "id_number": lambda v: validate_id_number(v).ok}


def _value_crop(box: list[float], page_lines: list[Line], view: np.ndarray) -> np.ndarray | None:
    """The crop of a value's box when it holds one row (None when it spans several rows)."""
    x1, y1, x2, y2 = box
    inside = [ln for ln in page_lines
              if x1 - 1 <= (ln.x1 + ln.x2) / 2 <= x2 + 1 and y1 - 1 <= (ln.y1 + ln.y2) / 2 <= y2 + 1]
    if not inside:
        return None
    h = min(ln.y2 - ln.y1 for ln in inside)
    if h <= 2 or y2 - y1 > SECOND_ROW * h:
        return None
    pad = SECOND_PAD * h
    ya, yb = max(0, int(y1 - pad)), min(view.shape[0], int(np.ceil(y2 + pad)))
    xa, xb = max(0, int(x1 - pad)), min(view.shape[1], int(np.ceil(x2 + pad)))
    if yb - ya < 4 or xb - xa < 4:
        return None
    return np.ascontiguousarray(view[ya:yb, xa:xb])


def _folded(chars: str) -> str:
    """`chars` half-width, brackets alike, without spaces: how two readings of a value compare
    (punctuation is kept — a value that lost its `。` reads otherwise than its print)."""
    return "".join(ch for ch in to_halfwidth(chars).translate(_BRACKETS) if not ch.isspace())


def reads_as(value: str, text: str) -> bool:
    """Whether a crop read as `text` gives exactly `value` (a date value also as 年月日 print)."""
    got = _folded(text)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        y, mo, d = m.groups()
        return got in {f"{y}年{mo}月{d}日", f"{y}年{int(mo)}月{int(d)}日"}
    return bool(got) and got == _folded(value)


def digits_agree(value: str, first: str, second: str) -> bool:
    """Whether two readings of a value's crop hold the value's digits, in order and no others (`TORN_ASKED`:
    the doubt was a digit's; the crop may take in a label read with the value)."""
    digits = re.sub(r"\D", "", to_halfwidth(value))
    return bool(digits) and re.sub(r"\D", "", to_halfwidth(first)) == digits == re.sub(r"\D", "", to_halfwidth(second))


def sure_where_unsure(first: tuple[str, float, list], second: tuple[str, float, list]) -> bool:
    """Two readings alike character for character, the second sure (≥ SECOND_LOOK) of every
    character the first was unsure of (below SECOND_LOOK). Two models trained on the same kind of
    data share some misreads: ZG zg0115's 晟泰 read 晟秦 by both, the first at 0.54, the second at
    0.85; the right values they confirmed read the first's unsure character at 0.97–0.99 in the
    second, or had no such character in the first's reading of the crop."""
    a = [(to_halfwidth(ch).translate(_BRACKETS), c[0]) for ch, c in zip(first[0], first[2], strict=False) if not ch.isspace()]
    b = [(to_halfwidth(ch).translate(_BRACKETS), c[0]) for ch, c in zip(second[0], second[2], strict=False) if not ch.isspace()]
    if len(first[2]) != len(first[0]) or len(second[2]) != len(second[0]) or [x for x, _ in a] != [x for x, _ in b]:
        return False
    return all(pb >= SECOND_LOOK for (_, pa), (_, pb) in zip(a, b, strict=True) if pa < SECOND_LOOK)


def second_opinion(extraction: Extraction, page_lines: list[Line], page: np.ndarray, engine: OcrEngine,
                   clock: StageClock) -> None:
    """Pre-fill the values in doubt for a character that both recognisers read alike (SECOND_REC)."""
    asks = [(key, f) for key, f in extraction.fields.items()
            if f.flagged and f.value and f.box and f.reason in SECOND_REASONS and f.note in (*SECOND_NOTES, TORN_ASKED)
            and (key not in _CHECKED or _CHECKED[key](f.value))]
    if not asks or not hasattr(engine, "recognize"):
        return
    view = ocr_view(page)
    crops = [(key, f, _value_crop(list(f.box), page_lines, view)) for key, f in asks]
    crops = [(key, f, c) for key, f, c in crops if c is not None]
    if not crops:
        return
    firsts = engine.recognize([c for _, _, c in crops])
    seconds = second_recognizer().recognize([c for _, _, c in crops], clock)
    for (key, f, crop), first, second in zip(crops, firsts, seconds, strict=True):
        agree = digits_agree(f.value, first[0], second[0]) if f.note == TORN_ASKED else \
            reads_as(f.value, first[0]) and reads_as(f.value, second[0]) and sure_where_unsure(first, second)
        if SECOND_LOG is not None:
            SECOND_LOG.append({"kind": extraction.kind, "key": key, "value": f.value, "note": f.note,
                               "conf": f.confidence, "t1": first[0], "t2": second[0], "agree": agree, "crop": crop,
                               "c1": first[2], "c2": second[2]})
        if agree:
            clock.count("second_rec_filled")
            f.flagged, f.note = False, ""
            f.confidence = max(f.confidence, THRESHOLD)


# a photographed display's page read as no kind whose photo resolves the panel's own pixels (a lattice of
# `screen.LATTICE_MIN_PERIOD` camera pixels or more, `screen.lattice_period`) is read again through
# `screen.delattice` — the channel mean low-passed over one panel pixel — and kept when that reading is
# a kind (False: off). ZP's monitors photographed close (7 pages, lattice 2.6–4.7 px): the brightest
# channel kept the lattice and its fringes, the detector found one row or none (zp_0040, an ID back:
# its title, 签发机关 and the authority read at 1.00 through the mean)
LATTICE_REREAD = True


def _lattice_reread(shown: ProcessedPage, engine: OcrEngine, clock: StageClock, source: tuple[int, ...] | None
                    ) -> tuple[ProcessedPage, tuple[np.ndarray, np.ndarray, int, list[TextLine]], str] | None:
    """`LATTICE_REREAD`'s reading of the page as photographed (`shown`, its colour kept), and the kind
    it reads as; None when the photo shows no panel lattice or that reading is no kind either (nor
    a title standing alone, `kinds.title_only`)."""
    with clock.stage("prepare"):
        period = lattice_period(shown.image)
    if not period or not _reread(clock, "look_lattice"):
        return None
    with clock.stage("prepare"):
        smooth = replace(shown, image=delattice(shown.image, period))
    got = _ocr_processed(smooth, engine, clock)
    from app.prefill import kinds as _kinds  # (imported by extract, which this module imports first)

    with clock.stage("layout"):
        kind, _, page_lines = classify_cut(to_lines(got[3]), got[1], source)
        if kind == "other" and _kinds.title_only(page_lines) is None:
            return None  # (a title read alone is kept: the page is that kind, told as a screen — SCREEN_TITLE_KIND)
    clock.count("look_lattice_kept")
    return smooth, got, kind


# a photographed display's page (its grid measured, `is_screen_photo`, not a dim photo's grain) whose photo
# resolves the panel's pixels (`screen.lattice_period`) is read through `screen.demoire` — the channel mean
# with the lattice's fringes taken out patch by patch, print as sharp as photographed — instead of the
# brightest channel, which keeps the lattice (a gap between panel pixels is dark in all three channels).
# ZU zu_0100 (a 卫生许可证 on a monitor, lattice 5.2 px): the detector boxed its title alone through the
# brightest channel and through `delattice`'s low-pass (12 px print blurred with the lattice); through
# `demoire` every row, read at 0.89–1.00 (False: the brightest channel, as before)
DEMOIRE_READ = True
# … and a page whose photo resolves a panel's lattice (`screen.lattice_period`) though its colour does not change
# from pixel to pixel (`is_screen_photo` False): the camera blends each panel pixel's three sub-pixels and
# resolves the dark gaps between panel pixels — a grey lattice over the paper and the print. ZW's monitors
# (7 of its 13 screen photos, lattice 2.9–6.7 px, colour 0.7–2.8 under SCREEN_PATTERN's 3.0): read through the
# grey the detector boxed the title and a few labels; 4 of them read as no kind. No page of another capture
# measures a lattice on GREY_LATTICE_TILES of its tiles or more (ZW's screens 4–8 of 9; two pages of 1,050 of ZP,
# ZQ, ZR, ZS, ZT, ZU, ZV and ZW's other captures on 3: zr_0108 a chat forward, zt0002 a desk photo — a lattice
# with no colour to back it must cover more of the page) (False: only a colour grid's page)
GREY_LATTICE = True
GREY_LATTICE_TILES = 4
# … a lattice of DEMOIRE_LATTICE camera pixels or more (`screen.DEMOIRE_MIN_PERIOD`, the finest `demoire` takes out),
# not only `screen.LATTICE_MIN_PERIOD`'s 2.5 (kept for `LATTICE_REREAD`'s low-pass over a panel pixel). ZW zw_020 (an
# 营业执照 on a monitor, a colour lattice of 2.35 px): through the brightest channel 3 of its 9 fields, through
# `demoire` 6. Of 1,050 pages of ZP–ZW, five measure a lattice of 2.0–2.5 px, every one a screen's (zt0030,
# zw_020, zw_028, zw_103, zw_107): the other four read as before (2.5: as before)
DEMOIRE_LATTICE = 2.0
# … and when that page asks for a retake (`retake_cause`), it is read once more at DEMOIRE_ENLARGE times its size (cubic;
# its long side up to WIDE_LONG_SIDE), the reading kept when it pre-fills more fields: after `demoire` a screen's print is 10–13 px high and soft (a panel pixel is 2–4 camera pixels, the lattice's
# fringes taken out with part of each stroke), and at that size the detector boxes rows in pieces or not at all and the
# recogniser's crops of them lose faint strokes (closing brackets, a digit, a name's character at 0.3–0.8). AD's 12
# photographed monitors (lattice 2.2–4.5 px, the lit panel 790–1,530 px) read enlarged every time: 55.1 → 61.8 %
# exact, 0 wrong, but AA aa_126 7 → 0 of 9 and ZY zy_0101 3 → 2 — hence a second reading of a retake page only, kept
# when it fills more: ad_002's type, legal rep, capital, date (2 → 6 of 9) (1.0: no second reading, as before)
DEMOIRE_ENLARGE = 1.5
# the whole photo a screen's page was found in is put through that page's view (`demoire`, `descreen`) only when a
# reading asks for the photo's pixels (a second page guess, a re-read of the whole photo or of a region of it), not
# before every screen's reading: most read from their page alone. `demoire` of a 1600×1200 photo costs 2–3 times the
# page's (AE ae_0114: 899 vs 346 ms CPU under load; ae_0052's 2048×1536 1,191 vs 401) — every reading as before
# (False: the photo through the view up front, as before)
WHOLE_VIEW_LAZY = True


def _blind_reread(processed: ProcessedPage, lines: list[TextLine], to_page: np.ndarray,
                  source: tuple[int, ...] | None, engine: OcrEngine, clock: StageClock,
                  ) -> tuple[np.ndarray, np.ndarray, int, list[TextLine]] | None:
    """A 1-bit page on which the detector boxed (almost) nothing and which reads as no kind: a dither's
    texture over the whole sheet (`BILEVEL_BLIND_SIGMA`). Read once more, the detector looking at it
    blurred, the recogniser at the page as it is; the reading is returned when it boxes more lines
    (the kind is then read from its words by the rules that follow, as for any page: a card's labels
    lost to the dither leave its checked number and birth row, `kinds.labelless_kind`), else None.
    `BLIND_FIRST` decides whether this runs before the other-page and despeckled re-reads or after."""
    if not BILEVEL_BLIND_SIGMA or len(lines) >= BILEVEL_BLIND_LINES or not _budget_left(clock) \
            or classify_cut(to_lines(lines), to_page, source)[0] != "other":
        return None
    clock.count("look_bilevel_blind")
    clock.count("rereads")
    got = _ocr_processed(processed, engine, clock, soften=BILEVEL_BLIND_SIGMA)
    if len(got[3]) <= len(lines):
        return None
    clock.count("look_bilevel_blind_kept")
    return got


# a page refused as `small_print` (`retake_cause`: its characters stand under RETAKE_PITCH / RETAKE_FEW_PITCH
# apart) is read once more from the photo enlarged (`enlarged_read`) so that its print stands this far apart
# (0: never): AA's 高拍仪 licences (a whole sheet in a 1,600 px frame, print at a 9–10 px pitch, CImg's
# filtered strokes) gave nothing as photographed — the detector, run on rows 8–10 px high, boxes two rows
# as one or none, and the crops it cuts hold half characters —; enlarged 1.6× they read their credit code,
# type, term or representative sure (aa_034, aa_070). The recogniser's own scaling of a crop to 48 px cannot
# do this: it scales the crops the detector cut, not the rows it missed
SMALL_PRINT_PITCH_TO = 16.0
SMALL_PRINT_MAX_SCALE = 2.0  # … at most this much (a page so small that more is needed is left to the retake)
SMALL_PRINT_MIN_SCALE = 1.25  # … and only when it is enlarged at least this much


def _scaled_read(read: PageRead, k: float) -> PageRead:
    """`read` with every line's quad and field's box multiplied by `k`."""
    lines = [replace(ln, quad=tuple((x * k, y * k) for x, y in ln.quad)) for ln in read.lines]
    for f in (f for ex in (read.extraction, *read.others) for f in ex.fields.values()):
        if f.box:
            f.box = [float(v) * k for v in f.box]
    return replace(read, lines=lines)


def enlarged_read(image: np.ndarray, first: PageRead, engine: OcrEngine) -> PageRead:
    """`first`, a page of small print refused (`retake` `small_print`), read again from `image`
    enlarged until its print stands SMALL_PRINT_PITCH_TO px apart (`print_pitch`; print that needs
    more than SMALL_PRINT_MAX_SCALE for it is left to the retake: a chat picture's 6 px characters).
    `first` keeps every field it read and takes from the enlarged reading only what it left blank,
    when both read the same kind and agree on every field both read (`fill_blank_fields`); a date
    with a digit torn with another is not taken (`distrust_small_print_dates`). What stays blank
    still asks for the retake."""
    pitch = print_pitch(first.lines)
    if not SMALL_PRINT_PITCH_TO or pitch <= 0.0:
        return first
    k = SMALL_PRINT_PITCH_TO / pitch
    if not SMALL_PRINT_MIN_SCALE <= k <= SMALL_PRINT_MAX_SCALE:
        return first
    big = cv2.resize(image, None, fx=k, fy=k, interpolation=cv2.INTER_CUBIC)
    again = _scaled_read(read_page(big, engine, _enlarged=True), 1.0 / k)
    if SMALL_PRINT_TORN_DATES:
        distrust_small_print_dates(again.extraction)
    clock = first.clock if first.clock is not None else StageClock()
    clock.count("small_print_enlarged")
    if fill_blank_fields(first.extraction, again.extraction, np.eye(3)):
        clock.count("small_print_enlarged_filled")
    return replace(first, elapsed_ms=first.elapsed_ms + again.elapsed_ms)


# a second guess of the page (`other_page`, the despeckled page) is kept when it reads as a kind — and also
# when it reads as no kind by its words yet its values prove an ID front with its labels lost
# (`kinds.labelless_kind`), as the page kept is asked at the end: a faxed card small on a sheet, its grey
# labels thresholded away, read from the whole sheet with its birth year misread (`1991≤128100` for 1997 年
# 12 月 10 日) and from the other crop guess with the year whole — that reading was dropped for reading as
# `other`, and the kept one failed the end's test (AF af_0109, af_0031) (False: `classify` only, as before)
GUESS_LABELLESS = True


def _guess_kind(lines: list[Line], to_page: np.ndarray, source: tuple[int, ...] | None,
                current: list[Line] | None = None) -> str:
    """The kind a further guess of the page reads as: `classify_cut`'s, else (GUESS_LABELLESS) the
    kind its values prove with no label read (`kinds.labelless_kind`), else `other`. `current`: the
    reading the guess would replace — when its own values already prove the kind with no label, it
    stays (it is read around its number later, and a worse crop must not replace it: a small front
    copied onto a sheet lost its name and address so)."""
    kind = classify_cut(lines, to_page, source)[0]
    if kind == "other" and GUESS_LABELLESS:
        from app.prefill import kinds as _kinds  # (imported by extract, which this module imports first)

        if current is not None and _kinds.labelless_kind(current):
            return "other"
        return _kinds.labelless_kind(lines) or "other"
    return kind


def read_page(image: np.ndarray, engine: OcrEngine | None = None, *, flatten: bool = True,
              text_layer: tuple = (), layer_to_image: np.ndarray | None = None, _enlarged: bool = False,
              enlarge: float = 1.0) -> PageRead:
    """OCR one page image (BGR). `flatten=False` for pages that are already cropped (stored pages).
    `text_layer`: a PDF page's characters in the image's pixels (`hardware.scanner.files.page_chars`),
    read into the first reading's lines where the pixels show the same text (`app.prefill.textlayer`);
    `layer_to_image`: the 3×3 map from the pixels those characters were given in to this image's (a
    page flattened and stored after its render: the capture's), identity when None.

    The page crop is a guess (`choose_page`): when it reads as no known kind, a second guess
    (`other_page`) is read too — a scanner bed's white page has no edges to find, and a text
    block, a photo or a seal inside a page can look like one. The kind never comes from the
    crop's shape: only from the words read in it. A page refused for its small print is read
    once more enlarged (`enlarged_read`; `_enlarged`: this is that reading)."""
    photo = image
    t0 = time.perf_counter()
    clock = StageClock()
    engine = engine or get_engine()
    whole_view: Callable[[np.ndarray], np.ndarray] | None = None
    with clock.stage("prepare"):
        image, bilevel, dithered = _unlined(image)
        processed: ProcessedPage = choose_page(image, bilevel) if flatten else replace(
            process_document(image, detect=False, deskew_page=False), doc_format="stored")  # a cropped page
        colour = is_screen_photo(processed.image)
        screen = colour or shown_on_display(processed)
        grain = colour and not display_grid(processed.image)  # (a dim photo's sensor grain: read alike, told apart)
        shown = processed  # (the page as photographed, before `descreen`: `LATTICE_REREAD` reads its channel mean)
        # (a display's grid whose panel pixels the photo resolves: its lattice's fringes, `DEMOIRE_READ`)
        lattice = DEMOIRE_READ and (colour or GREY_LATTICE) and not grain and flatten \
            and lattice_period(processed.image, TILE_RANK if colour else GREY_LATTICE_TILES, DEMOIRE_LATTICE) > 0
        screen = screen or lattice
        if screen:
            # a page shown on a monitor or a phone and photographed: its paper is a grid of coloured
            # sub-pixels, which the grey the recogniser reads turns into stripes as strong as thin
            # print. Read (this page and any other guess of it) through the brightest channel — or,
            # where the photo resolves the panel's pixels, through their mean with the lattice's
            # fringes taken out (`screen.demoire`)
            view = demoire if lattice else descreen
            if WHOLE_VIEW_LAZY:
                whole_view = view  # (the whole photo through it only when a reading asks for it: `whole`)
            else:
                image = view(image)
            processed = replace(processed, image=view(processed.image))
        elif bilevel is False and flatten:
            processed = unsmeared(processed)
    viewed: list[np.ndarray] = []

    def whole() -> np.ndarray:
        # the image the page was found in, as the page is read (a screen's through `whole_view`, made once)
        if whole_view is None:
            return image
        if not viewed:
            with clock.stage("prepare"):
                viewed.append(whole_view(image))
            clock.count("whole_view")
        return viewed[0]
    page, to_page, rotation, lines = _ocr_processed(processed, engine, clock,
                                                    enlarge=enlarge if lattice and flatten else 1.0)
    text_only = None  # (the page as the layer's text alone, in the geometry of `layer_at`)
    if text_layer:
        # a vector PDF's own characters, where the render's OCR reads the same (`textlayer`)
        with clock.stage("layer"):
            onto = to_page if layer_to_image is None else to_page @ layer_to_image
            lines, text_only = with_text_layer(lines, text_layer, onto, ocr_view(page), engine, clock)
            layer_at = to_page.copy()
    source = image.shape if flatten else None  # (a stored page's edge is its crop's, not the photo's)
    with clock.stage("layout"):
        kind = classify_cut(to_lines(lines), to_page, source)[0]
    if kind == "other" and flatten and LATTICE_REREAD and colour and not grain and _budget_left(clock):
        got = _lattice_reread(shown, engine, clock, source)
        if got is not None:
            processed, (page, to_page, rotation, lines), kind = got
    blind = flatten and bilevel is None
    if BLIND_FIRST and blind:
        got = _blind_reread(processed, lines, to_page, source, engine, clock)
        if got is not None:
            page, to_page, rotation, lines = got
            with clock.stage("layout"):
                kind = classify_cut(to_lines(lines), to_page, source)[0]
    alt = None
    if kind == "other" and flatten:
        with clock.stage("prepare"):
            alt = other_page(whole(), processed)
    if alt is not None and _reread(clock):
        clock.count("look_alt_page")
        got = _ocr_processed(alt, engine, clock)
        with clock.stage("layout"):
            alt_kind = _guess_kind(to_lines(got[3]), got[1], source, to_lines(lines))
        if alt_kind != "other":
            clock.count("look_alt_page_kept")
            processed, (page, to_page, rotation, lines) = alt, got
    if kind == "other" and flatten and DESPECKLE_SHARE and _budget_left(clock) and speckled(processed.image):
        # a copy of a copy peppered with toner specks: the detector finds the large title and
        # little else (the specks break the small rows' text regions). The page is read once more
        # with the specks taken out (a 3×3 median keeps strokes); it is kept when it reads as a kind
        with clock.stage("prepare"):
            clean_page = replace(processed, image=cv2.medianBlur(processed.image, 3))
        clock.count("look_despeckle")
        clock.count("rereads")
        got = _ocr_processed(clean_page, engine, clock)
        with clock.stage("layout"):
            clean_kind = _guess_kind(to_lines(got[3]), got[1], source, to_lines(lines))
        if clean_kind != "other":
            clock.count("look_despeckle_kept")
            processed, (page, to_page, rotation, lines) = clean_page, got
    if not BLIND_FIRST and blind:  # (the blind read after the other page and the despeckled one, as before)
        got = _blind_reread(processed, lines, to_page, source, engine, clock)
        if got is not None:
            page, to_page, rotation, lines = got
    if TITLE_BAND and flatten and classify_cut(to_lines(lines), to_page, source)[0] == "other":
        titled = reread_title(page, lines, engine, clock)
        if titled is not None and classify_cut(to_lines(titled), to_page, source)[0] != "other":
            lines = titled
    read_from = page
    page, to_page, lines, page_lines, extraction = _extract_read(page, to_page, lines, engine, clock, source,
                                    outline=_outlined(processed))
    if BLURRED_TITLE_KIND and flatten and extraction.kind == "other" and processed.quality is not None \
            and "blurred" in processed.quality.reasons:
        # a licence photographed in dim light with the camera moving: its rows smeared past reading,
        # its large title read whole (`kinds.title_only`). The page is read as that kind; what its
        # rows give is judged by the blur rules (`distrust_damaged`), which ask for a retake
        from app.prefill import kinds as _kinds  # (imported by extract, which this module imports first)

        with clock.stage("layout"):
            titled = _kinds.title_only(page_lines)
            if titled is not None:
                clock.count("blurred_title_kind")
                extraction = extract(page_lines, titled, 0.0)
                for f in extraction.fields.values():
                    if not f.value and f.flagged:
                        f.note = "blurred"  # (its label unread for the blur: a retake, not typing, is what helps)
    if flatten and extraction.kind == "other":
        # a card or licence whose labels are lost, on a page every reading so far left `other`: an
        # ID front known by its checked number and its birth year printed apart
        # (`kinds.labelless_kind`); and a 1-bit page (a fax, a scanner's black-and-white mode) whose
        # title alone was read (BILEVEL_TITLE_KIND) — the large black title survives the
        # thresholding or the dithering that scatters a licence's grey labels and small rows into
        # dots (ZA's faxes: `营业执照` read at 1.00 and no label): the page is that document
        # (`kinds.title_only`: its title on a line of its own as the largest print, no other
        # document's title, no form's line). The fields are what the extraction finds as on any
        # page of the kind: with its labels unread, the values that prove themselves (an ID
        # number and what follows from it), the rest blank
        from app.prefill import kinds as _kinds

        with clock.stage("layout"):
            found = _kinds.labelless_kind(page_lines)
            if found is None and BILEVEL_TITLE_KIND and bilevel is None:
                found = _kinds.title_only(page_lines)
            if found is not None:
                clock.count("labelless_kind")
                extraction = extract(page_lines, found, 0.0)
    if CARD_NUMBER_REREAD and flatten and extraction.kind == "other":
        region = card_number_region(page_lines, page.shape, to_page, image.shape)
        if region is not None:
            # an ID front copied onto a sheet, its labels washed out and its short rows unseen
            # (`card_number_region`): the part of the photo around its number is read as a card's
            # box; kept when the card reads as a front with a field — by its labels, or by the
            # values that prove themselves (`kinds.labelless_kind`, as for the page above)
            from app.prefill import kinds as _kinds

            clock.count("look_card_number")
            near, near_rotation, again = _read_again(whole(), engine, clock, source, region, guess=False)
            near_ex = again[4]
            if near_ex.kind == "other":
                with clock.stage("layout"):
                    if _kinds.labelless_kind(again[3]) == "id_card_front":
                        near_ex = extract(again[3], "id_card_front", 0.0)
            if near_ex.kind == "id_card_front" and _read_count(near_ex) > 0:
                clock.count("look_card_number_kept")
                processed, rotation = near, near_rotation
                page, to_page, lines, page_lines, extraction = again[0], again[1], again[2], again[3], near_ex
    if WATERMARK_KIND and flatten and extraction.kind == "other" \
            and clock.counts.get("det_slanted", 0.0) >= WATERMARK_SLANTED:
        # a copy whose usage watermark (`仅供…使用`, at an angle across the sheet) crosses its title: the
        # detector sees one region at the watermark's angle there and boxes neither, so the title (and
        # the rows it crosses) go unread and the page reads as no kind (ZE ze0052: `公共场所卫生许可证`
        # and its number under `仅供办理食品经营许可证使用`, the labels below read). The page is read once
        # more with the watermark out of the detector's view, as WATERMARK_REREAD reads a known kind;
        # the reading is kept when it is a kind (the words still decide: a letter stays a letter)
        with clock.stage("prepare"):
            view = ocr_view(page)
            seen, share = print_only(view, _overlay_mask(clock, view.shape))
        if share >= WATERMARK_SHARE and _reread(clock):
            clock.count("watermark_kind")
            got_lines = drop_slanted(engine.read(view, _det_side(page), clock=clock, det_image=seen))
            again = _extract_read(page, to_page, got_lines, engine, clock, source,
                                    outline=_outlined(processed))
            if again[4].kind != "other":
                clock.count("watermark_kind_kept")
                page, to_page, lines, page_lines, extraction = again
    if SPECK_REREAD and _body_unread(extraction) and _budget_left(clock) \
            and not (SPECK_AFTER_WHOLE and flatten and extraction.kind in ("id_card_front", "id_card_back")
                     and _labels_missed(extraction) and (processed.quad is not None or processed.region is not None)) \
            and speckled(page):
        # a speckled copy read as a kind from its title and a number, its body's rows unboxed:
        # the toner specks broke the small rows' text regions. The detector looks at the page
        # despeckled (`contrast.despeckled`), the recogniser reads the page as it is; the reading
        # is kept when it is of the same kind and reads more fields
        with clock.stage("prepare"):
            view = ocr_view(page)
            seen = despeckled(view)
        clock.count("rereads")
        got_lines = drop_slanted(engine.read(view, _det_side(page), clock=clock, det_image=seen))
        again = _extract_read(page, to_page, got_lines, engine, clock, source,
                                    outline=_outlined(processed))
        clock.count("look_speck")
        if again[4].kind == extraction.kind and _read_count(again[4]) > _read_count(extraction):
            clock.count("look_speck_kept")
            page, to_page, lines, page_lines, extraction = again
    if WATERMARK_REREAD and extraction.kind != "other" \
            and (WATERMARK_CARDS or extraction.kind not in ("id_card_front", "id_card_back")) \
            and clock.counts.get("det_slanted", 0.0) >= WATERMARK_SLANTED \
            and _unsettled(extraction, page_lines, page):
        # a copy with a usage watermark (`仅供…使用`) over its print: where the watermark's lines cross
        # a row of values the detector sees one region at the watermark's angle and boxes neither,
        # so legible values go unread. The detector looks at the page with the ink lighter than the
        # print and nowhere near a print stroke's core taken out; the recogniser reads the page as
        # it is, and only fields the first reading left blank or in doubt are taken (both readings
        # agreeing on every field both read)
        with clock.stage("prepare"):
            view = ocr_view(page)
            seen, share = print_only(view, _overlay_mask(clock, view.shape))
        if share >= WATERMARK_SHARE and _reread(clock):
            clock.count("watermark_reread")
            # the page read is the one the first reading's lines were read on (not turned level
            # since): a box found again where a line read sure is, is that line's crop, read
            # already — only the boxes the watermark hid, and those of lines in doubt (a reading
            # in another batch may be surer: U u0040's scope), are recognised (`engine.read`'s `known`)
            known = [ln for ln in lines if not _doubtful(ln)] if WATERMARK_REUSE and page is read_from else []
            got_lines = drop_slanted(engine.read(view, _det_side(page), clock=clock, det_image=seen, known=known)
                                     if known else engine.read(view, _det_side(page), clock=clock, det_image=seen))
            again = _extract_read(page, to_page, got_lines, engine, clock, source,
                                    outline=_outlined(processed))
            with clock.stage("layout"):
                if fill_blank_fields(extraction, again[4], to_page @ np.linalg.inv(again[1])):
                    clock.count("watermark_filled")
    if SOFT_REREAD and flatten and bilevel is False and not screen and soft_sheet(processed) \
            and (extraction.kind == "other" or extraction.kind in SOFT_KINDS and _unsettled(extraction, page_lines, page)) \
            and _reread(clock, "look_soft"):
        # a sheet photographed soft all over (`soft_sheet`): its small print read as look-alikes or not
        # at all. The page is read once more through an unsharp mask, detector and recogniser; a page
        # read as no kind takes that reading when it is a kind, a known kind takes only the fields it
        # left blank or in doubt (both readings agreeing on every field both read): a field read is
        # never lost, and every check of the paper beside a row is made on the page as photographed
        # (the row-end, glare and cut-row checks below: not on the mask's lifted faint ink)
        with clock.stage("prepare"):
            sharp = sharpened(page)
        got_lines = drop_slanted(engine.read(ocr_view(sharp), _det_side(sharp), clock=clock))
        again = _extract_read(sharp, to_page, got_lines, engine, clock, source, outline=_outlined(processed))
        if extraction.kind == "other":
            if again[4].kind != "other":
                clock.count("look_soft_kept")
                page = _as_levelled(page, again[0].shape, again[1] @ np.linalg.inv(to_page))
                to_page, lines, page_lines, extraction = again[1], again[2], again[3], again[4]
        else:
            with clock.stage("layout"):
                if fill_blank_fields(extraction, again[4], to_page @ np.linalg.inv(again[1])):
                    clock.count("soft_filled")
    washed = None
    if WASHED_REREAD and bilevel is False and extraction.kind not in ("other", "id_card_front", "id_card_back") \
            and _budget_left(clock) and _unsettled(extraction, page_lines, page):
        washed = _washed_ink(page, page_lines)
    if washed is not None:
        # a washed-out licence (a sleeve's haze over it, an overexposed frame, a light copy): no ink on
        # it is dark, and the detector leaves its lighter rows — often the grey labels — unboxed.
        # The page is read once more with its grey stretched from its darkest ink to its paper
        # (`contrast.washed_stretched`), and only fields the first reading left blank or in doubt
        # are taken (both readings agreeing on every field both read): a field read is never lost.
        # (Not on ID sides: W's w0069 paid 1.9 s CPU for nothing, and no card side gained on T U V W)
        # (a copy whose small print alone faded is stretched from that print: `FADED_BODY`)
        with clock.stage("prepare"):
            bright = washed_stretched(page) if washed < 0 else faded_stretched(page, washed)
        clock.count("look_washed" if washed < 0 else "look_faded")  # (a second detector pass and reading: `ocr_stages` shows where it fires)
        clock.count("rereads")
        got_lines = drop_slanted(engine.read(ocr_view(bright), _det_side(bright), clock=clock))
        again = _extract_read(bright, to_page, got_lines, engine, clock, source,
                                    outline=_outlined(processed))
        with clock.stage("layout"):
            if fill_checked(extraction, again, to_page @ np.linalg.inv(again[1])):
                clock.count("washed_filled")
    if DIM_PAPER and flatten and bilevel is False and not screen \
            and extraction.kind not in ("id_card_front", "id_card_back") \
            and (extraction.kind == "other" or _unsettled(extraction, page_lines, page)) \
            and _budget_left(clock) and paper_level(page) < DIM_PAPER:
        # a page photographed in dim light (a desk lamp, a dusk room: paper at 80–150 grey) whose
        # thin print lies 20–40 levels under its paper: the detector's fixed input normalisation
        # sees too little contrast there and boxes the bold labels, not the values. The page is read
        # once more with the light divided out (`contrast.light_divided`: paper lifted to a lit
        # page's white); a page read as no kind takes that reading when it is a kind, a known kind
        # takes only the fields it left blank or in doubt (both readings agreeing on every field
        # both read): a field read is never lost. (Not on ID sides: a card's large black print
        # reads in dim light as lit, and divided, its light labels came out as dark as its values.)
        with clock.stage("prepare"):
            lit = light_divided(page)
        clock.count("look_dim")
        clock.count("rereads")
        got_lines = drop_slanted(engine.read(ocr_view(lit), _det_side(lit), clock=clock))
        again = _extract_read(lit, to_page, got_lines, engine, clock, source,
                                    outline=_outlined(processed))
        if extraction.kind == "other":
            if again[4].kind != "other":
                clock.count("look_dim_kept")
                page, to_page, lines, page_lines, extraction = again
        else:
            with clock.stage("layout"):
                if fill_checked(extraction, again, to_page @ np.linalg.inv(again[1])):
                    clock.count("dim_filled")
    if CARD_TITLE_REREAD and flatten and extraction.kind == "other":
        region = card_title_region(page_lines, page.shape, to_page, image.shape)
        if region is not None and _reread(clock, "look_card_title"):
            # a card back small on a sheet, only its title read (`card_title_region`): the part of
            # the photo around the title is read at the photo's own resolution, as a card's text
            # box is (one more pass, only on `other` pages holding a lone 居民身份证)
            near, near_rotation, again = _read_again(whole(), engine, clock, source, region, guess=False)
            if again[4].kind in ("id_card_back", "id_card_front") and _read_count(again[4]) > 0:
                clock.count("look_card_title_kept")
                processed, rotation = near, near_rotation
                page, to_page, lines, page_lines, extraction = again
    if flatten and _labels_missed(extraction) and (processed.quad is not None or processed.region is not None) \
            and _reread(clock):
        # the crop guess cut the page short (a card scanned edge to edge has a wide blank band
        # between its title and its rows, which the printed-matter box can take for the end of
        # the page; an emblem can look like a page's edges): the title was read, the labels
        # were not. The whole image is read too; the reading with more fields is kept
        wide, wide_rotation, again = _read_again(whole(), engine, clock, source)
        clock.count("look_labels_missed")
        if _read_count(again[4]) > _read_count(extraction):
            clock.count("look_labels_missed_kept")
            processed, rotation = wide, wide_rotation
            page, to_page, lines, page_lines, extraction = again
    if CROP_REREAD and flatten and processed.quad is not None and not clock.counts.get("look_labels_missed") \
            and (CROP_REREAD_BILEVEL or bilevel is not None) \
            and _crop_read_short(extraction, processed.quality) and _reread(clock):
        # a licence photographed under a lamp or in dim light whose page corners sink into the dark
        # of the vignette: the edges found are another line (the border's inner rule, a column of
        # print, the lens's bent edge) and the crop cuts the label column (`称:`, `表人:` read with
        # their heads lost) or maps the page askew (its rows run across the crop's rows). Most of
        # its fields go unread though its print is legible. The whole photo is read too, and only
        # the fields the crop left blank or in doubt are taken from it — when it reads more fields
        # sure than the crop (else the trouble is the print: dim light, a watermark, blur — ZA za0004's
        # whole reading lost a watermarked `（超市）` and read no more), each read sure to its weakest
        # character (CROP_REREAD_FLOOR: ZB zb0125's `社族`), both readings agreeing on every field both
        # read sure: a field read is never lost. Licences only (an ID side is read again by its own
        # rules), only when fewer than CROP_REREAD of its fields were read, and not when a value it
        # read is one the blur or glare rules distrust (`_crop_read_short`)
        wide, wide_rotation, again = _read_again(whole(), engine, clock, source)
        clock.count("look_crop_short")
        with clock.stage("layout"):
            if _read_count(again[4]) > _read_count(extraction) and fill_blank_fields(
                    extraction, again[4], to_page @ np.linalg.inv(again[1]), floor=CROP_REREAD_FLOOR):
                clock.count("look_crop_short_filled")
    top_cut = flatten and _top_row_cut_off(extraction, page_lines)
    if flatten and (_row_cut_off(extraction, page_lines) or top_cut) \
            and (processed.quad is not None or processed.region is not None) and _reread(clock):
        # an ID card front read whole but for its number, with neither the number nor its label
        # seen: the crop guess left the number's row out (a wide blank band between the address
        # and the number row looks like the end of the printed matter). The whole image is read
        # too; the reading with more fields is kept (one more pass, only on such pages). The same
        # for the name's row above the rest (a chat app's screenshot of a tilted card: the crop's
        # top edge ran under 姓名); there the whole reading, if it saw the name, also takes the rows
        # it alone missed from the crop (`fill_rows_unseen`)
        wide, wide_rotation, again = _read_again(whole(), engine, clock, source)
        clock.count("look_row_cut")
        if top_cut and again[4].fields.get("name") is not None and again[4].fields["name"].value \
                and not again[4].fields["name"].flagged:
            with clock.stage("layout"):
                fill_rows_unseen(again[4], extraction, again[1] @ np.linalg.inv(to_page))
        if again[4].kind == extraction.kind and _read_count(again[4]) > _read_count(extraction):
            clock.count("look_row_cut_kept")
            processed, rotation = wide, wide_rotation
            page, to_page, lines, page_lines, extraction = again
    if flatten and extraction.kind in ("id_card_front", "id_card_back") and processed.doc_format != "id_card" \
            and _read_count(extraction) < len(extraction.fields):
        region = _card_region(_card_lines(page_lines, extraction), page.shape, to_page, image.shape,
                              title_only=_labels_missed(extraction))
        if region is None and CARD_TITLE_REREAD and _labels_missed(extraction):
            # (a title-only back on a sheet not much larger in the source than on the page: the
            # crop around its title is still read larger than the sheet's OCR size reads it)
            region = card_title_region(page_lines, page.shape, to_page, image.shape)
        if region is not None and _reread(clock, "look_card_region"):
            # a card small in a photo of the desk (its edges lost in a shadow): read whole, its
            # text is a few pixels high and a row goes unseen; the part of the photo around the
            # text read is read again at the photo's own resolution
            near, near_rotation, again = _read_again(whole(), engine, clock, source, region, guess=False)
            if again[4].kind == extraction.kind and _read_count(again[4]) > _read_count(extraction):
                clock.count("look_card_region_kept")
                processed, rotation = near, near_rotation
                page, to_page, lines, page_lines, extraction = again
    if bilevel is None and BILEVEL_REREAD > 0 and extraction.kind != "other" \
            and _budget_left(clock) and _unsettled(extraction, page_lines, page):
        # a 1-bit page (`bilevel.soften_for_reread`): the fields it left blank are looked for again
        # in a softened copy; only fields the first reading has no value for are taken from it
        with clock.stage("prepare"):
            soft = soften_for_reread(page, BILEVEL_REREAD)
        side = _det_side(page) if BILEVEL_REREAD_SIDE else _det_side(soft)
        got_lines = engine.read(ocr_view(soft), side, clock=clock) if BILEVEL_REREAD_DET \
            else reread_lines(lines, soft, engine, clock)
        again = _extract_read(soft, to_page, got_lines, engine, clock, source,
                                    outline=_outlined(processed))
        clock.count("look_bilevel")
        clock.count("rereads")
        with clock.stage("layout"):
            if fill_blank_fields(extraction, again[4], to_page @ np.linalg.inv(again[1])):
                clock.count("look_bilevel_kept")
    if dithered and flatten and _unsettled(extraction, page_lines, page) \
            and (_budget_left(clock) or not _read_count(extraction)):
        # a dithered capture (`DITHER_DESCREEN`): read again through its dots' average, from the page's
        # search on; a page the first reading read nothing of is read so whatever the budget
        clock.count("look_dither")
        clock.count("rereads")
        with clock.stage("prepare"):
            averaged = cv2.GaussianBlur(whole(), (0, 0), DITHER_DESCREEN)
            near = choose_page(averaged, True)
        got = _ocr_processed(near, engine, clock)
        again = _extract_read(got[0], got[1], got[3], engine, clock, source, outline=_outlined(near))
        with clock.stage("layout"):
            distrust_dithered(again[4])
            if fill_blank_fields(extraction, again[4], to_page @ np.linalg.inv(again[1])):
                clock.count("look_dither_kept")
    with clock.stage("layout"):
        others, cut = other_side(extraction, page_lines, page.shape)
    if cut and flatten and (processed.quad is not None or processed.region is not None) \
            and _reread(clock, "look_side_cut"):
        # the page's crop cut the card's other side (a quad snapped to A4 around one side and half
        # the other): the whole sheet is read too, and kept when it holds both sides and reads more
        # of them (the side it reads first may be the other one)
        wide, wide_rotation, again = _read_again(whole(), engine, clock, source)
        with clock.stage("layout"):
            more, _ = other_side(again[4], again[3], again[0].shape)
        if more and _read_count(again[4]) + _read_count(more[0]) > _read_count(extraction):
            clock.count("look_side_cut_kept")
            processed, rotation, others = wide, wide_rotation, more
            page, to_page, lines, page_lines, extraction = again
        elif not more and again[4].kind == extraction.kind and _read_count(again[4]) > _read_count(extraction):
            # no other side, but the crop had cut this one (a thumb over a card's corner drew the
            # quad across its label column: `址` at the crop's edge, the 住址 row unread): the
            # whole sheet reads more of it (the read is done already: no extra cost)
            clock.count("look_side_cut_kept")
            processed, rotation = wide, wide_rotation
            page, to_page, lines, page_lines, extraction = again
    if SMALL_PRINT_TITLE_KIND and flatten and extraction.kind == "other":
        # last, after every other reading of the page had its turn: named by its title alone, the
        # page has no field a re-read of the same pixels could settle (`_small_print_title`)
        small = _small_print_title(lines, page_lines, to_page, screen=bool(colour) and not grain)
        if small is not None:
            clock.count("small_print_title_kind")
            extraction = small
    if MISREAD_LABELS_KIND and flatten and extraction.kind == "other":
        # last as well: a page whose title stands alone and whose labels were read, each but for a
        # character (`kinds.misread_labels_kind`: a phone's poor light or angle over the 3 mm labels)
        # is that kind; its fields are what its extraction finds, judged as on any page
        from app.prefill import kinds as _kinds  # (imported by extract, which this module imports first)

        with clock.stage("layout"):
            misread = _kinds.misread_labels_kind(page_lines)
            if misread is not None:
                clock.count("misread_labels_kind")
                extraction = extract(page_lines, misread, 0.0)
    poor_rows = False
    if POOR_ROWS_TITLE and flatten and extraction.kind == "other":
        # last too: a photo whose every row the recogniser read as strings of wrong characters while its
        # title stands alone (`_poor_rows_title`) is that document, every field blank and the clerk asked
        # to retake it, as the gate's blurred photo is (BLURRED_TITLE_KIND)
        with clock.stage("layout"):
            poor = _poor_rows_title(page_lines)
        if poor is not None:
            clock.count("poor_rows_title_kind")
            extraction, poor_rows = poor, True
    # (a page read with its text layer is judged by its text's ink alone, when still in that geometry)
    ink = text_only if text_only is not None and text_only.shape == page.shape \
        and np.allclose(to_page, layer_at) else page
    with clock.stage("layout"):
        cross_check_sides([extraction, *others])  # (both sides of a card copied onto one sheet)
        for ex in (extraction, *others):
            confirm_row_end(ex, page_lines, ink, dithered=dithered)
            distrust_glare(ex, page_lines, ink)
            if screen or CUT_WRAPPED and ex.kind in CUT_WRAPPED_KINDS:
                distrust_cut_rows(ex, page_lines, ink, wrapped=not screen)
            distrust_open_form(ex, page_lines, ink)
            distrust_edge_rows(ex, page_lines, to_page, source)
            distrust_damaged(ex, processed.quality)
            distrust_page_digits(ex, bilevel=bilevel is None, curled=bool(clock.counts.get("curl_level")))
            distrust_doubtful_names(ex)
    if SECOND_REC:
        with clock.stage("second_rec"):
            for ex in (extraction, *others):
                second_opinion(ex, page_lines, page, engine, clock)
    with clock.stage("layout"):
        # boxes back to the caller's image coordinates
        back = np.linalg.inv(to_page)
        src_lines = _map_lines(lines, back)
        for f in (f for ex in (extraction, *others) for f in ex.fields.values()):
            if f.box:
                pts = np.array([[f.box[0], f.box[1]], [f.box[2], f.box[1]], [f.box[2], f.box[3]],
                                [f.box[0], f.box[3]]], np.float64).reshape(-1, 1, 2)
                mp = cv2.perspectiveTransform(pts, back).reshape(-1, 2)
                f.box = [float(mp[:, 0].min()), float(mp[:, 1].min()), float(mp[:, 0].max()), float(mp[:, 1].max())]
        retake = "" if others else retake_cause(extraction, src_lines, processed.quality, bool(screen), grain=grain,
                                                grid=bool(lattice))
        if poor_rows and not retake:
            retake = "blurred"  # (its rows, not the gate's one number for the page, measured the blur)
        if retake == "small_print" and SMALL_PRINT_TORN_DATES:
            distrust_small_print_dates(extraction)
        if retake:
            ask_retake(extraction)
    elapsed = int(round((time.perf_counter() - t0) * 1000))
    read = PageRead(extraction.kind, extraction, src_lines, rotation, processed.quality, elapsed,
                    processed.doc_format, page, clock, others, retake)
    if retake == "small_print" and flatten and not text_layer and not _enlarged:
        return enlarged_read(photo, read, engine)
    if retake and lattice and flatten and enlarge == 1.0 and DEMOIRE_ENLARGE > 1.0 and not text_layer and not _enlarged:
        # a screen's page that asks for a retake (not for its small print: `enlarged_read`): read once more enlarged
        # (`DEMOIRE_ENLARGE`), kept when it fills more
        clock.count("look_enlarged")
        big = read_page(photo, engine, flatten=flatten, enlarge=DEMOIRE_ENLARGE, _enlarged=True)
        if big.clock is not None:
            big.clock.absorb(clock)
        if _filled(big) > _filled(read):
            if big.clock is not None:
                big.clock.count("look_enlarged_kept")
            big.elapsed_ms = int(round((time.perf_counter() - t0) * 1000))
            return big
    return read


def _filled(read: PageRead) -> int:
    """How many fields a page's reading pre-fills (its documents' together; a flagged value is no pre-fill)."""
    return sum(bool(v["value"]) for ex in (read.extraction, *read.others) for v in ex.public_fields().values())
