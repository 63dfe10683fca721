"""Layout reasoning over OCR lines: find a label, take the value beside it and the lines it wraps to.

OCR returns text lines with boxes in no dependable order: a label may be merged with its value
("性别男民族汉"), spaced out ("名  称"), split from it into a separate box on the same row, and a
value may wrap to lines below that start at the value's left edge (addresses, business scopes).
Two-column documents (licences) need the right column kept out of the left column's values.
Everything here works on geometry (rows, x-ranges, line heights), never on line order alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from app.prefill.engine import TextLine
from app.validators.text import to_halfwidth

_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """Half-width, without white space (Chinese documents do not use spaces inside values)."""
    return _SPACE.sub("", to_halfwidth(text))


@dataclass
class Line:
    text: str  # cleaned
    score: float
    x1: float
    y1: float
    x2: float
    y2: float
    idx: int
    # per character of `text`: (probability, runner-up character, its probability); () = unknown
    chars: tuple[tuple[float, str, float], ...] = ()
    owner: str = ""  # the label this line's text followed in its box (a value split off a label)
    xs: tuple[float, ...] = ()  # per character of `text`: its centre's x (from the recogniser), () = unknown
    tall: float = 0.0  # a line set top to bottom (`to_lines`): its box's bottom as read (0 = as y2)
    # the print's ink in the box (`reader.mark_inks`, measured when first asked): its depth below the
    # paper, its colour and the paper's level (`foreign_ink`); () = unknown
    ink: Sequence[float] = field(default=(), compare=False)

    def xs_of(self, start: int, end: int) -> tuple[float, ...]:
        """`xs` of text[start:end] (() when unknown)."""
        return self.xs[start:end] if len(self.xs) == len(self.text) else ()

    def char_info(self, start: int, end: int) -> tuple[tuple[float, str, float], ...]:
        """`chars` of text[start:end] (the line score and no runner-up when the engine gave none)."""
        if len(self.chars) != len(self.text):
            return ((self.score, "", 0.0),) * max(0, min(end, len(self.text)) - start)
        return self.chars[start:end]

    def split_at(self, i: int, x: float, left_end: float | None = None) -> tuple[Line, Line]:
        """The line cut before character `i` at page x `x`: the left part keeps the owner and ends at
        `left_end` (default `x`), the right part starts at `x` with no owner; per-character
        probabilities and centres follow their characters when known."""
        full = len(self.chars) == len(self.text)
        left = Line(self.text[:i], self.score, self.x1, self.y1, x if left_end is None else left_end, self.y2,
                    self.idx, self.chars[:i] if full else (), self.owner, self.xs_of(0, i), ink=self.ink)
        right = Line(self.text[i:], self.score, x, self.y1, self.x2, self.y2, self.idx,
                     self.chars[i:] if full else (), "", self.xs_of(i, len(self.text)), ink=self.ink)
        return left, right

    @property
    def h(self) -> float:
        return max(1.0, self.y2 - self.y1)

    @property
    def cy(self) -> float:
        return (self.y1 + self.y2) / 2

    def x_at(self, offset: int) -> float:
        """Approximate x where character `offset` of the text starts: digits and Latin letters
        are printed half as wide as Chinese characters and full-width punctuation."""
        widths = [0.55 if ch.isascii() and ch.isalnum() else 1.0 for ch in self.text]
        if len(self.xs) == len(self.text) and 0 < offset < len(self.text):
            # the recogniser's frames: half a character before this character's centre, never
            # before the middle of the gap after the previous one (a label glued to its value)
            half = 0.45 * self.h * widths[offset]
            return max(self.xs[offset] - half, (self.xs[offset - 1] + self.xs[offset]) / 2)
        total = sum(widths) or 1.0
        return self.x1 + (self.x2 - self.x1) * sum(widths[:offset]) / total


class Value(list):
    """The pieces of one value; `hole` is set when text on the value's row lies beyond a gap
    while the value goes on (wraps, or the text beyond is more than stray marks): something
    between them — glare, a fold, a seal — was not read, and the joined text would skip it."""

    hole: bool = False
    # the only doubt is a row right under the value that was not taken (`hole` is set too): a value
    # whose grammar says it ended there (a 经营范围's closing sentence) is whole
    under: bool = False
    # taken from the row under its label (a label longer than the label column, `value_after`)
    below: bool = False


SCRIPT_SPACES = 3  # a value stepping wider at each of this many changes of script than within one prints spaces there (0: off)
# … or at two or more changes, measured as their lower median against the median step within a script
# (the recogniser places a character to one of its frames, a third of a digit: a space steps a frame
# wider at one change and a frame narrower at the next, and one pair of digits a frame apart) (False: off)
SCRIPT_SPACES_MEDIAN = True
GAP_ROOM = 0.3  # a gap's paper looked at (`Piece.wide_gaps`) is at least this share of the row's height wide

# full-width punctuation whose ink stands off its cell's centre (as `clean` leaves it, half-width)
_OFF_CENTRE = frozenset(",.;:()、。《》“”‘’!?")
# a period's separator right after its start date (`2011.02.13-长期`, `2011.02.13 — 2031.02.13`): an ID card's
# back may print the end in the second date's slot, the space after the hyphen is printed (`Piece.lost_character`)
PERIOD_SEPARATOR = re.compile(r"\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?\s*([-－—~～])")
# … and a term's 至 read as another character (`…22日52039年01月22日`, `extract.LOOKALIKE_SEPARATOR`): the place
# between a whole 年月日 date and the next one (or 长期), which the licence prints with spaces around it
# (never: `(?!)`)
# (a date's digits 4-2-2 and the two characters between them, whatever they read as: `extract` shapes terms by it too)
SHAPED_DATE = r"\d{4}[^\d\s]\d{2}[^\d\s]\d{2}"
TERM_SLOT = re.compile(SHAPED_DATE + r"[^\d\s](\S)(?=" + SHAPED_DATE + "|长期)")


@dataclass
class Piece:
    """A value (or part of one) read from one line."""

    text: str
    score: float
    box: tuple[float, float, float, float]
    chars: tuple[tuple[float, str, float], ...] = ()  # per character of `text`, as `Line.chars`
    xs: tuple[float, ...] = ()  # per character of `text`: its centre's x, as `Line.xs`

    @property
    def lost_character(self) -> bool:
        """Two neighbouring characters much further apart than the others: one between them was
        not read (a dropped `湖` in `西湖区`). Needs 4+ characters with known positions.

        The recogniser places characters to a few pixels only: in small print a step between two
        digits may look twice their pitch. A lost character leaves paper as wide as itself, so
        the step must also exceed the expected one by nearly half a line height. The spaces a
        licence prints around `至` in a term are no lost character (a character lost there leaves
        no valid date beside it, which the term's own check catches)."""
        if len(self.xs) != len(self.text) or len(self.text) < 4:
            return False
        steps = [b - a for a, b in zip(self.xs, self.xs[1:], strict=False)]
        wide = [0.55 if ch.isascii() and ch.isalnum() else 1.0 for ch in self.text]
        pair = [max(0.3, (wide[i] + wide[i + 1]) / 2) for i in range(len(steps))]
        unit = sorted(st / w for st, w in zip(steps, pair, strict=True))[len(steps) // 2]
        h = max(1.0, self.box[3] - self.box[1])
        # (full-width punctuation sets its ink off its cell's centre — 。、，；：）at the left, （ at the
        # right — so the steps beside it are uneven (`询。(除`: 18, 41, 14 px at a 24 px pitch). The
        # paper is measured between the characters either side of a run of it: a lost character
        # still leaves its width there)
        anchors = [i for i, ch in enumerate(self.text) if ch not in _OFF_CENTRE]
        spans = [(i, j) for i, j in zip(anchors, anchors[1:], strict=False)]
        # (a period is printed `2017年10月17日 至 2027年10月16日`: the steps beside 至 are spaces; so are
        # those after the hyphen that ends a start date — an ID back's `2011.02.13-    长期`, its end in
        # the second date's slot. A character lost there leaves neither a date nor 长期 after it, which
        # the period's own check catches)
        seps = {m.start(1) for m in PERIOD_SEPARATOR.finditer(self.text)} | {
            m.start(1) for m in TERM_SLOT.finditer(self.text)}
        return unit > 0 and any(
            self.xs[j] - self.xs[i] - sum(pair[i:j]) * unit > max(0.75 * unit * min(1.0, sum(pair[i:j])), 0.45 * h)
            and "至" not in self.text[i:j + 1] and not seps.intersection(range(i, j + 1)) for i, j in spans)

    def wide_gaps(self, share: float) -> list[tuple[float, float, float, float]]:
        """The paper between two neighbouring Chinese characters standing more than `share` of a
        character pitch further apart than the value's others (boxes of the gap's middle, clear of
        both characters' ink): where a character was dropped (`方力利店` for 方力便利店, 便 under a
        seal's ring) — or a printed space. The reader looks there for ink (`reader.confirm_row_end`).
        Needs 4+ characters with known positions; the spaces around a term's `至` are printed."""
        if len(self.xs) != len(self.text) or len(self.text) < 4:
            return []
        cjk = [i for i, ch in enumerate(self.text) if "\u4e00" <= ch <= "\u9fff"]
        steps = sorted(self.xs[j] - self.xs[i] for i, j in zip(cjk, cjk[1:], strict=False) if j == i + 1)
        if len(steps) < 3:
            return []
        unit = steps[len(steps) // 2]
        if unit <= 0:
            return []
        slots = {m.start(1) for m in TERM_SLOT.finditer(self.text)}
        y1, y2 = self.box[1], self.box[3]
        # (a character lost leaves paper about as wide as one: a sliver between two characters of a
        # dense row — 4 px at a 28 px row — is their spacing read coarsely, with the neighbours' ink)
        return [(self.xs[i] + 0.55 * unit, y1, self.xs[i + 1] - 0.55 * unit, y2)
                for i in cjk if i + 1 in cjk and self.xs[i + 1] - self.xs[i] > (1 + share) * unit
                and self.xs[i + 1] - self.xs[i] - 1.1 * unit >= GAP_ROOM * (y2 - y1)
                and "至" not in self.text[i:i + 2] and not slots & {i, i + 1}]

    def wide_digit_gaps(self, share: float, room: float) -> list[tuple[float, float, float, float]]:
        """`wide_gaps` where a digit or Latin letter stands on either side (`4单元30室` of 304室, the 4
        crossed by a fold): a digit is printed half a character wide, so the paper it leaves when lost
        is half of what `wide_gaps` waits for, and `lost_character`'s floor of half a line height is
        wider than a digit. The step a pair should take is the value's own advance per character
        width (the median over its steps, a digit counted 0.55 of a Chinese character); a step more
        than `share` of a digit's width longer than that leaves a box of paper (clear of both
        neighbours' ink by 0.6 of their widths, at least `room` of the row's height wide) for the
        reader to look at for ink (`reader.confirm_row_end`). Needs 4+ characters with known positions."""
        if len(self.xs) != len(self.text) or len(self.text) < 4:
            return []
        wide = [0.55 if ch.isascii() and ch.isalnum() else 1.0 for ch in self.text]
        solid = [ch.isascii() and ch.isalnum() or "\u4e00" <= ch <= "\u9fff" for ch in self.text]
        pairs = [i for i in range(len(self.text) - 1) if solid[i] and solid[i + 1]]
        ratios = sorted((self.xs[i + 1] - self.xs[i]) / ((wide[i] + wide[i + 1]) / 2) for i in pairs)
        if len(ratios) < 3:
            return []
        unit = ratios[len(ratios) // 2]
        if unit <= 0:
            return []
        y1, y2 = self.box[1], self.box[3]
        extra = {i: self.xs[i + 1] - self.xs[i] - (wide[i] + wide[i + 1]) / 2 * unit for i in pairs}
        # (a page set with spaces between Chinese and Latin script — `经三路 877 号 27 号楼`, what
        # typesetters' and word processors' CJK–Latin spacing prints — steps wide at every change of
        # script: the usual step there is the value's own, and a digit lost beside one leaves paper
        # beyond that space)
        switch = sorted(extra[i] for i in pairs if (wide[i] == 1.0) != (wide[i + 1] == 1.0))
        within = [extra[i] for i in pairs if wide[i] != 1.0 and wide[i + 1] != 1.0]
        spaced = bool(SCRIPT_SPACES) and len(switch) >= SCRIPT_SPACES and \
            switch[0] > max(within, default=0.0) + 0.1 * unit
        middle = switch[len(switch) // 2] if spaced else 0.0
        if not spaced and SCRIPT_SPACES and SCRIPT_SPACES_MEDIAN and len(switch) >= 2:
            # (the lower median: a digit lost beside one of two spaced changes steps wider there only)
            middle = switch[(len(switch) - 1) // 2]
            spaced = middle > sorted(within)[len(within) // 2] + 0.1 * unit if within else middle > 0.1 * unit
        out = []
        slots = {m.start(1) for m in TERM_SLOT.finditer(self.text)}  # (a 至 read as a digit: its spaces are printed)
        for i in pairs:
            if wide[i] == 1.0 and wide[i + 1] == 1.0 or slots & {i, i + 1}:
                continue  # (two Chinese characters: `wide_gaps`)
            a, b = self.xs[i] + 0.6 * wide[i] * unit, self.xs[i + 1] - 0.6 * wide[i + 1] * unit
            usual = middle if spaced and (wide[i] == 1.0) != (wide[i + 1] == 1.0) else 0.0
            if spaced and usual:
                a, b = a + usual / 2, b - usual / 2
            if extra[i] - usual > share * 0.55 * unit and b - a >= room * (y2 - y1) \
                    and "至" not in self.text[i:i + 2]:
                out.append((a, y1, b, y2))
        return out

    @property
    def weakest(self) -> float:
        """The least certain character's probability (the line score when unknown)."""
        return min(c[0] for c in self.chars) if self.chars else self.score


VERTICAL_TOP = True  # a line set top to bottom (tall: VERTICAL_TALL × its characters' count × its width) stands on its first character's row
VERTICAL_TALL = 0.7


def to_lines(raw: list[TextLine]) -> list[Line]:
    out = []
    for i, t in enumerate(raw):
        folded = to_halfwidth(t.text)
        same = len(folded) == len(t.text)
        aligned = len(t.chars) == len(t.text) and same
        spots = getattr(t, "xs", ())
        placed = len(spots) == len(t.text) and same
        keep = [k for k, ch in enumerate(folded) if not ch.isspace()]
        kept = [(folded[k], t.chars[k] if aligned else None) for k in keep]
        text = "".join(ch for ch, _ in kept)
        if not text:
            continue
        # a runner-up that is the same character once folded (（ vs ( ) is no doubt about the text
        twins = [c[2] for ch, c in kept if c and c[1] and to_halfwidth(c[1]) == ch] if aligned else []
        chars = tuple((p + ap, alt, ap) if alt and to_halfwidth(alt) == ch else (p, alt, ap)
                      for ch, (p, alt, ap) in kept) if aligned else ()  # type: ignore[misc]
        # (the line's score, a mean over its characters, counts them so too: a 类型 read
        # `有限责任公司（自然人独资)` torn only between bracket widths scored 0.93, and on a photo with
        # glare a value's line under 0.95 is distrusted — i0128, counter glass)
        score = min(1.0, t.score + sum(twins) / len(t.text)) if twins else t.score
        x1, y1, x2, y2 = t.bbox
        xs = tuple(x1 + spots[k] * (x2 - x1) for k in keep) if placed and keep else ()
        if VERTICAL_TOP and len(text) >= 2 and y2 - y1 >= VERTICAL_TALL * len(text) * (x2 - x1) \
                and text.count("一") < 2:
            # a label written top to bottom in a narrow cell (单/位/名/称 stacked at a form's left):
            # its row is its first character's, where the cell's value starts beside it — its whole
            # height set it on no row of values (its centre lies rows below the value's first).
            # (Not a box down a label column across the table's rules, read as 一 between the
            # labels' characters — `住一经一主一` on a fax: each of its labels is on its own row)
            y2, xs, tall = y1 + (x2 - x1), (), y2
        else:
            tall = 0.0
        out.append(Line(text, score, x1, y1, x2, y2, i, chars, xs=xs, tall=tall))  # type: ignore[arg-type]
    out.sort(key=lambda ln: (ln.cy, ln.x1))
    return out


def _near_match(text: str, label: str) -> bool:
    """Exact prefix, or one substituted character for labels of 4+ characters."""
    if text.startswith(label):
        return True
    if len(label) >= 4 and len(text) >= len(label):
        return sum(a != b and not (TRADITIONAL_LABEL and _simplified(a) == b)
                   for a, b in zip(text[: len(label)], label, strict=True)) <= 1
    return False


def find_label(lines: list[Line], aliases: tuple[str, ...], *, anywhere: bool = False) -> tuple[Line, int, int] | None:
    """The first line (top to bottom) holding one of the labels: (line, start, end offsets)."""
    for ln in lines:
        for alias in aliases:
            if _near_match(ln.text, alias):
                return ln, 0, len(alias)
    if anywhere:
        for ln in lines:
            for alias in aliases:
                pos = ln.text.find(alias)
                if pos >= 0:
                    return ln, pos, pos + len(alias)
    return None


# a recogniser's usual confusions of label characters (a label is found by its characters, so one
# misread character of a two-character label must not lose the whole field)
LABEL_CONFUSIONS: dict[str, str] = {
    "称": "祢秫弥", "住": "往佳注柱仕", "所": "斫听", "型": "形刑", "类": "美娄", "名": "各", "址": "扯", "姓": "娃",
    "期": "朗", "限": "很", "围": "国", "范": "苑", "营": "菅", "经": "轻", "资": "姿", "法": "沽",
    "户": "戸", "号": "弓", "权": "杈", "坐": "全崇", "落": "洛", "积": "枳", "码": "玛", "籍": "藉",
    "体": "休",  # (one stroke apart: 主体业态's lone `体` read `休` at 0.89 on a phone photo, ZL zl_0076)
    # (住's 仕: the dot over 主 lost — a fax's threshold takes the small stroke first; ZX zx_101's `仕址`, its
    # address rows then read as a label-less card's and blank, `address ends abruptly`)
}
# what a certified copy's stamp and a copy's use line say (`与原件一致`, `仅供办理…使用`): print over
# the page, never a row of a value
COPY_MARK = re.compile(r"(经核对)?与?原件(一致|相符)?|此?复印件(与原件一致)?|(此复印件)?仅供.{0,20}(使用|有效)(,?他用无效)?"
                       r"|他用无效|(此件|本件|此复印件)?与原件核对(无误|一致|相符)")
# (the certifier's own words: `此件与原件核对无误`, handwritten large on a certified copy, as
# `此复印件与原件一致` is)
HOLE_GAP = 1.3  # paper between two boxes of one value wider than this many line heights: a part was not read
TALL_BOX = 2.5  # a box this many times a value's row height is no row of it (a stamp's or a seal's text)
LABEL_ADVANCE = 1.5  # a label's box wider than this many row heights a character of it read holds more than the label
# a box that tall beside a wrapped row, past its end, read as one or two characters at its own size,
# is no part of that row either: it leaves no gap in the value (a seal's character, 58 px tall beside
# 20 px rows, read in the gutter between a 正本's columns: ZJ zj_0011's right scope blanked; False: off)
ROW_GAP_TALL = True
# print clearly smaller than a value's own — its characters advancing under SMALL_PRINT of the value's
# pitch and its box under SMALL_PRINT_HEIGHT of the value's row — does not continue the value: a
# value is set in one size, and smaller type beside it is other print (the 2019 营业执照 正本's caption
# by its QR code, `扫描二维码登录…了解更多登记、备案…`, set just right of the 住所/经营场所 row: ZR zr_0004,
# zr_0100). Both boxes are measured over SMALL_PRINT_UNITS characters at least (a short box's padding
# says little of its pitch); the height keeps a curl's sideways squeeze (narrower, as tall) out
# (0: off)
SMALL_PRINT = 0.7
SMALL_PRINT_HEIGHT = 0.85
SMALL_PRINT_UNITS = 4.0
# a box glued after a value's last box that starts inside that box and opens with the character the
# value ends with is that character read twice, not a second one: a printed value runs on to the right,
# and the next character's box starts past the last one's end. Print set over the value's row end —
# a seal's ring of characters ending the firm's own name, `…水果店` over `市南区邵记水果店` (AI ai_038:
# the watermark re-read boxed the seal's `店` apart, 0.6 of the row tall, 3 px into the name's box,
# and the name read `…水果店店`) — or the detector boxing the last character again. When the echo box is
# under SMALL_PRINT_HEIGHT of the value's row it is other print and left out; as tall, the value is
# in doubt (`Value.hole`). (False: off, main's path: the box is the value's continuation)
ECHO_TAIL = True

PARAGRAPH_GAP = 1.3  # rows of one value this many times further apart than its other rows: two fields
LABEL_GAP = 8.0  # justified labels (wide table cells): up to this many line heights between two label characters


def _label_char(ch: str, want: str) -> bool:
    return ch == want or ch in LABEL_CONFUSIONS.get(want, "") or (TRADITIONAL_LABEL and _simplified(ch) == want)


# a label character read as its traditional form (`項` for 项, `營` for 营) is that character: labels are
# printed in simplified characters and the recogniser's charset holds both forms, splitting its certainty
# between them on a blurred or filled-in stroke (AE ae_0006, a copy of a copy: `经管項目` for 经营项目 — with
# 管 for 营, two characters off, so the items' row was read into 主体业态's value and the items blank `not
# found`) (False: the traditional form is another character)
TRADITIONAL_LABEL = True


@lru_cache(maxsize=1)
def _traditional() -> dict[str, str]:
    """Traditional characters → their one simplified form (resources/standards/opencc_ts_characters.txt)."""
    text = resources.files("resources.standards").joinpath("opencc_ts_characters.txt").read_text(encoding="utf-8")
    return dict(ln.split("\t", 1) for ln in text.splitlines() if ln and not ln.startswith("#"))


def _simplified(ch: str) -> str:
    return _traditional().get(ch, ch)


def _spelled(text: str, label: str, start: int) -> int:
    """How many characters of `label` text[start:] spells (allowing the usual confusions)."""
    n = 0
    while n < len(label) and start + n < len(text) and _label_char(text[start + n], label[n]):
        n += 1
    return n


def _ends_label(text: str, rest: str) -> bool:
    """`text` starts with the rest of a label and the colon a label ends with (`目:` for 经营项目
    when `经营项` was read in the box before): the colon confirms the characters are the label's."""
    n = _spelled(text, rest, 0)
    return n == len(rest) and text[n:n + 1] in (":", "：")


def _bracket_misread(text: str, label: str) -> bool:
    """`text` starts with a label that ends in a bracketed alternative (`法定代表人(负责人)`) read
    with one character of the bracket's inside wrong (`法定代表人(负员人)龚宏梅`): the brackets
    at the label's own places and the words before them spelled make it that label, as
    `find_label` allows one substituted character in a long label. Without this the shorter label
    (`法定代表人`) was taken and the bracket's rest became the value's start."""
    cut = label.find("(")
    if cut < 2 or not label.endswith(")") or len(text) < len(label) or text[len(label) - 1] != ")":
        return False
    if _spelled(text, label[:cut + 1], 0) != cut + 1:
        return False
    inside = label[cut + 1:-1]
    return len(inside) >= 3 and sum(a != b for a, b in zip(text[cut + 1:len(label) - 1], inside, strict=True)) <= 1


BARE_BRACKETS = True  # a bracketed label read without its two brackets is that label (False: off)


def _without_brackets(text: str, label: str) -> int:
    """How many characters of `text` spell `label` — one ending in a bracketed alternative of three
    characters or more (`法定代表人(负责人)`) — with both its brackets lost (`法定代表人负责人贾东超`):
    the recogniser drops thin brackets, and the shorter label (`法定代表人`) would take the
    bracket's inside as its value's start. 0 when it does not."""
    cut = label.find("(")
    if not BARE_BRACKETS or cut < 2 or not label.endswith(")") or len(label) - cut - 2 < 3:
        return 0
    bare = label[:cut] + label[cut + 1:-1]
    n = _spelled(text, bare, 0)
    return n if n == len(bare) and text[n:n + 1] not in ("(", ")") else 0


BRACKET_CUT = True  # a bracketed label whose inside's end was lost into its value is that label (False: off)
# a label read with characters of it lost and its value glued on in one box ends half a character past the
# last character read, not where the value starts: the paper between held the unread characters, and a
# value's first character lost there is seen as a gap after its label (ZT zt0021; False: off)
LABEL_READ_END = True


def _bracket_cut(text: str, label: str) -> int:
    """How many characters of `text` are a label ending in a bracketed alternative of three
    characters or more (`法定代表人(负责人)`) read with the inside's end and its closing bracket
    lost, the value glued on (`法定代表人(负责黎胜涵`): the words before the bracket, the opening
    bracket and at least two characters of the inside spelled in order — no value starts with the
    label's own words (`负责`), so they are the label's, never the value's start. 0 when it does
    not."""
    cut = label.find("(")
    if not BRACKET_CUT or cut < 2 or not label.endswith(")") or len(label) - cut - 2 < 3:
        return 0
    if _spelled(text, label[:cut + 1], 0) != cut + 1:
        return 0
    inside = label[cut + 1:-1]
    m = _spelled(text, inside, cut + 1)
    if m < 2 or m == len(inside) or text[cut + 1 + m:cut + 2 + m] in ("", ")"):
        return 0
    return cut + 1 + m


# a copy's speck (a copy of a copy's grey background, a toner dot) read as a mark next to a label — between
# the label and its value in one box (`经营场所.四川省…`, `所.湖北省…`) or inside the label (`法定代表人.(负责人)
# 郝建华`, `社会信用代码(身份证号码·)`) — is neither the label's text nor the value's: the value is read from
# the character after it, the label spelled around it (ZY's copies of copies zy_0027, zy_0112: the address
# `.四川省…` flagged as a stray character before the place, the representative `(负责人)郝建华` not a name).
# A value never starts with these marks, and no label holds one (False: off)
LABEL_SPECK = True
SPECK_MARKS = frozenset(".·•・．")


def _speck(text: str, i: int, rest: str = "") -> bool:
    """text[i] is a speck mark (`LABEL_SPECK`): followed by `rest` spelled (the label's rest), or —
    `rest` empty — by what starts a value: a Chinese character, a letter, a digit or an opening
    bracket, not another mark (`..`, an ellipsis's dots)."""
    if not LABEL_SPECK or text[i:i + 1] not in SPECK_MARKS:
        return False
    if rest:
        return _spelled(text, rest, i + 1) == len(rest)
    ch = text[i + 1:i + 2]
    return bool(ch) and (ch.isalnum() or ch in "(（")


# a bracketed label read whole but for its closing bracket — read as a thin mark (`法定代表人（负责人，`: a fax's
# threshold or a copy's lost toner leaves the bracket's lower end, a comma) or lost at its box's end, the value
# in a box of its own — is that label (ZY zy_0136, a faxed 卫生许可证: `（负责人，` was taken as the value of
# `法定代表人` and the name beside it, `钟国庆` at 1.00, never looked at) (False: off)
BRACKET_CLOSE_LOST = True
_CLOSE_LOOKS = frozenset(",，.。、:：;；'`|lIJ1]】」")
_HALF_BRACKETS = str.maketrans({"（": "(", "）": ")"})


def _bracket_close_lost(text: str, label: str) -> int:
    """How many characters of `text` are a label ending in a bracketed alternative of three
    characters or more (`法定代表人(负责人)`) read with every character right but its closing bracket:
    that bracket read as a thin mark (`_CLOSE_LOOKS`), or the box ending where it stands. The words
    before the bracket, the opening bracket and the whole inside spelled in order (no character
    misread besides: `_bracket_misread` allows one there, with both brackets read). 0 when it does
    not."""
    t, lab = text.translate(_HALF_BRACKETS), label.translate(_HALF_BRACKETS)
    cut = lab.find("(")
    if not BRACKET_CLOSE_LOST or cut < 2 or not lab.endswith(")") or len(lab) - cut - 2 < 3:
        return 0
    end = len(lab) - 1
    if _spelled(t, lab[:end], 0) != end:
        return 0
    if len(t) == end:
        return end
    return end + 1 if t[end] in _CLOSE_LOOKS else 0


def spells_label(text: str, labels: tuple[str, ...], prefix: int = 0) -> bool:
    """`text` begins with a whole label (allowing the usual confusions), and — when `prefix` is
    given — the label takes in more than the first `prefix` characters (text read in the label
    column plus the box that follows it)."""
    return any(len(lab) >= 2 and _spelled(text, lab, 0) == len(lab) and len(lab) > prefix for lab in labels)


STACK_ROWS = (0.6, 1.6)  # a stacked box's rows: this share of the page's typical row height


def split_stacked(lines: list[Line], labels: tuple[str, ...]) -> list[Line]:
    """A form justifies its labels across the label column, so their first characters stand one
    under the other with paper around them (`名` over `类` over `经`): the detector may box that
    column as one tall, narrow box (`名类经`) which lies across the rows of all of them and so
    is no row's label. Such a box — n characters, each of some label, about n rows tall and
    one character wide (with the detector's padding) — is split into n boxes of one character, one per row, so each label
    is found on its own row. Other lines are kept as they are."""
    chars = {c for lab in labels for c in lab}
    rows = sorted(ln.h for ln in lines if len(ln.text) >= 2 and ln.x2 - ln.x1 > 2 * ln.h)
    if not rows:
        return lines
    row_h = rows[len(rows) // 2]
    out: list[Line] = []
    for ln in lines:
        n = len(ln.text)
        # (a box `to_lines` set on its first row as a label written top to bottom is measured whole;
        # one that spells a whole label is that label, not a column of labels' first characters)
        h = ln.tall - ln.y1 if ln.tall else ln.h
        if n < 2 or not all(_label_char(c, c) and c in chars for c in ln.text) or ln.text in labels \
                or ln.x2 - ln.x1 > min(2 * row_h, 0.75 * h) or not STACK_ROWS[0] <= h / n / row_h <= STACK_ROWS[1]:
            out.append(ln)
            continue
        step = h / n
        cx = (ln.x1 + ln.x2) / 2
        for i, c in enumerate(ln.text):
            out.append(Line(c, ln.chars[i][0] if len(ln.chars) == n else ln.score, ln.x1, ln.y1 + i * step,
                            ln.x2, ln.y1 + (i + 1) * step, ln.idx, ln.chars[i:i + 1] if len(ln.chars) == n else (),
                            "", (cx,)))
    return out


GLUE_GAP = 1.4  # paper between two characters of one box, in character pitches, that parts two columns


def split_glued_heads(lines: list[Line], labels: tuple[str, ...]) -> list[Line]:
    """A two-column form sets the right column's labels a little way after the left column's
    values: the detector may box a value row's end and the next label as one box
    (`一般项目:五金产品零售;主要经营场所`, `…建筑材料销售;住` + `所`). Such a box is split where the
    recogniser's character centres leave paper of more than GLUE_GAP pitches and the text after it
    is a label — whole (three characters or more), or begun and completed by the box right after
    it on its row (a justified `住　所`) — so the label heads its column and the value keeps only
    its own characters. Boxes without character centres are kept as they are. (`split_glued_labels`
    finds labels of three or more characters glued without a gap; this one the two-character
    labels a justified column spreads over two boxes.)"""
    out: list[Line] = []
    for ln in lines:
        n = len(ln.text)
        if n < 3 or len(ln.xs) != n:
            out.append(ln)
            continue
        steps = sorted(b - a for a, b in zip(ln.xs, ln.xs[1:], strict=False))
        pitch = steps[len(steps) // 4]  # (a lower quartile: a justified label glued at the box's start spaces its characters wider)
        cut = 0
        for i in range(1, n):
            if pitch <= 0 or ln.xs[i] - ln.xs[i - 1] < GLUE_GAP * pitch:
                continue
            tail = ln.text[i:]
            if any(len(lab) >= 3 and tail.startswith(lab) and not _in_brackets(ln.text, i, lab) for lab in labels):
                cut = i
                break
            heads = [lab for lab in labels if len(tail) < len(lab) and lab.startswith(tail)]
            nxt = min((o for o in lines if o is not ln and same_row(o, ln) and o.x1 >= ln.x2 - 0.3 * ln.h
                       and o.x1 - ln.x2 < LABEL_GAP * ln.h), key=lambda o: o.x1, default=None)
            if nxt is not None and any(nxt.text.startswith(lab[len(tail):]) for lab in heads):
                cut = i
                break
        if not cut:
            out.append(ln)
            continue
        out.extend(ln.split_at(cut, (ln.xs[cut - 1] + ln.xs[cut]) / 2))
    return out


def split_glued_labels(lines: list[Line], labels: tuple[str, ...]) -> list[Line]:
    """A two-column form (the 2019 副本: 名称 left, 注册资本 or 出资额 right on the same row) prints
    the second column's label spaced out close after a long value: the detector may box the
    value and that label's first characters as one line (`…电子科技中出资` + `额500万元`, or the
    whole label and its value: `…股份注册资本50万元`). Such a line is cut where the label starts —
    its text from there on, with the next boxes on its row, spells a label of three or more
    characters that no box starts with — so the label is found as a line of its own and the
    value before it ends there. The label must start well right of the line's start (a second
    column, not the line's own first word)."""
    long = [lab for lab in labels if len(lab) >= 3]
    out = list(lines)
    for a in lines:
        if len(a.text) < 4:
            continue
        row = sorted((o for o in lines if o is not a and same_row(o, a) and o.x1 >= a.x2 - 0.5 * a.h
                      and o.x1 < a.x2 + 6 * a.h), key=lambda o: o.x1)
        after = "".join(o.text for o in row)
        for i in range(2, len(a.text)):
            lab = next((lab for lab in long if (a.text[i:] + after).startswith(lab)
                        and not a.text[i:].startswith(lab[:1] * 2) and not _in_brackets(a.text + after, i, lab)
                        and not any(starts_with_label(o.text, (lab,)) for o in lines)), None)
            if lab is None or a.x_at(i) < a.x1 + 4 * a.h:
                continue
            cut = a.x_at(i)
            # (the value ends half a character after its last one: the spaced label's paper before
            # its first character is no unread ink of the value)
            end = min(cut, a.xs[i - 1] + 0.55 * a.h) if len(a.xs) == len(a.text) else cut
            out = [o for o in out if o is not a]
            out.extend(a.split_at(i, cut, end))
            break
    return out


def normalize_labels(lines: list[Line], labels: tuple[str, ...], column: float = 0.0) -> list[Line]:
    """Find labels as a set of characters on a line, however the recogniser boxed them.

    National templates justify short labels across the label column (`名　　　称`), so the
    detector returns `名` and `称` as boxes of their own, or `称` glued to the value
    (`称上海云帆…`), or the label far left of its value; a label character may be misread
    (`祢` for `称`). A label is taken when its characters follow each other in reading order on
    one row — inside a box, or from the start of the next box to the right within a few
    character widths — starting at the beginning of a box. The label becomes one line of its own
    (its canonical text, its geometry) and what followed it in its last box becomes a line of
    its own (the value's start), so the value is found from the label's geometry.
    `column`: the label column's width where the caller measured it (`label_column`): a label's
    next character may be anywhere inside it — a two-character label justified across a column
    set for `社会信用代码(身份证号码)` has its characters further apart than LABEL_GAP.
    """
    ordered = sorted((lab for lab in labels if len(lab) >= 2), key=len, reverse=True)
    out = _normalized(sorted(split_stacked(lines, labels), key=lambda ln: (ln.cy, ln.x1)), ordered, column)
    if FOUND_COLUMN:
        # (the label column measured from the labels this pass found: a two-character label justified
        # across a column set for `经营者名称` stands as `住` … `所广东省…`, its characters further apart
        # than LABEL_GAP, and no box held a long label alone for the caller to measure it by)
        found = _found_column(out, ordered)
        if found > column:
            out = _normalized(out, ordered, found)
    return out


# the label column a page's labels found whole span (`_found_column`) lets a label's next character be
# anywhere inside it, as a caller's measured column does (False: LABEL_GAP only)
FOUND_COLUMN = True


def _found_column(lines: list[Line], ordered: list[str]) -> float:
    """The widest span of a label of four or more characters found as a line of its own (the label
    column's width), when two such labels start together at the column's left edge (within half a
    row): one alone says little of a column; 0 when none."""
    longs = [ln for ln in lines if len(ln.text) >= 4 and ln.text in ordered]
    spans = [ln.x2 - ln.x1 for ln in longs
             if any(o is not ln and abs(o.x1 - ln.x1) <= 0.5 * ln.h for o in longs)]
    return max(spans, default=0.0)


def _normalized(out: list[Line], ordered: list[str], column: float) -> list[Line]:
    """`normalize_labels`' pass over the lines with the label column's width `column` (0: unknown)."""
    seen: set[int] = set()
    while True:
        for a in out:
            if id(a) in seen:
                continue
            seen.add(id(a))
            match = _label_at(out, a, ordered, column)
            if match is None:
                continue
            lab, boxes, used = match
            last = boxes[-1]
            if last.text[used:] and not last.text[used:].strip(":："):
                used = len(last.text)  # `住所:` — the colon is the label's, not the start of a value
            elif _speck(last.text, used):
                used += 1  # `经营场所.四川省…` — a speck (or a colon's half) between label and value is neither's
            if len(boxes) == 1 and used == len(a.text) and a.text == lab:
                continue  # already a clean label line
            end_x = last.x_at(used) if used < len(last.text) else last.x2
            aligned = all(len(x.chars) == len(x.text) for x in boxes)
            label_chars = tuple(c for x in boxes[:-1] for c in x.chars) + last.chars[:used] if aligned else ()
            rows = boxes
            if len(boxes) == 2 and last.cy < boxes[0].cy:
                # a wrapped label's first row holds its value: the label stands on that row (its
                # height measures the row's print, `_off_row`: a watermark's large words level
                # with the value are no part of it); its lower row is consumed
                rows = [last]
                label_chars = last.chars[:used] + boxes[0].chars if aligned else ()
            if used == len(last.text):  # (a label wrapped in its cell ends where its widest row does)
                end_x = max(x.x2 for x in boxes)
            label_x2 = end_x
            if LABEL_READ_END and len(boxes) == 1 and 0 < used < len(last.text) and used < len(lab) \
                    and len(last.xs) == len(last.text):
                # (a label read with characters of it lost, its value glued on — `法定代表人(负责` +
                # `方娟艳`, `人)` not read: its print ends half a character after the last character read,
                # not where the value's first one starts; the paper between held the unread ones)
                label_x2 = min(end_x, last.xs[used - 1] + 0.55 * last.h)
            new = [Line(lab, min(x.score for x in boxes), min(x.x1 for x in boxes), min(x.y1 for x in rows), label_x2,
                        max(x.y2 for x in rows), a.idx, label_chars if len(label_chars) == len(lab) else ())]
            if used < len(last.text):  # the value's start, glued to the label in one box
                new.append(Line(last.text[used:], last.score, end_x, last.y1, last.x2, last.y2, last.idx,
                                last.chars[used:] if len(last.chars) == len(last.text) else (), lab,
                                last.xs[used:] if len(last.xs) == len(last.text) else (), ink=last.ink))
            out = [o for o in out if not any(o is x for x in boxes)] + new
            seen.update(id(x) for x in new)
            out.sort(key=lambda ln: (ln.cy, ln.x1))
            break
        else:
            return out


def label_tails(lines: list[Line], labels: tuple[str, ...]) -> list[Line]:
    """A justified two-character label whose first character was not read (`名` lost to glare
    or a fold) leaves its second one glued to the value: `称沈阳市…`. Such a box is the label and
    its value when it starts left of where the values of the other labels start, its first
    character ends where those labels end (the label column's right edge), and nothing else was
    read left of it on its row. A label of four or more characters read without its first one
    (`业期限`) in the label column, ending at its right edge, is that label too. Run after
    `normalize_labels`; other lines are kept as they are."""
    heads = [lab for lab in labels if len(lab) == 2]
    found = [ln for ln in lines if starts_with_label(ln.text, labels)]
    if len(found) < 3:
        return lines
    h = sorted(ln.h for ln in found)[len(found) // 2]
    right = sorted(ln.x2 for ln in found if len(ln.text) <= 5)
    starts = sorted(o.x1 for lab in found for o in lines if o is not lab and same_row(o, lab)
                    and lab.x2 - 0.5 * h <= o.x1 < lab.x2 + 4 * h)
    if len(right) < 2 or len(starts) < 2:
        return lines
    edge, value_x = right[len(right) // 2], starts[len(starts) // 2]
    col_x = sorted(ln.x1 for ln in found)[len(found) // 2]
    out = list(lines)

    def column_value_x(a: Line) -> float:
        # where the values of the labels in a's own label column start (a two-column 正本 has a
        # second label column right of the first column's values: its values start further right)
        own = sorted(o.x1 for lab in found if lab.x1 < a.x2 and lab.x2 > a.x1 and len(lab.text) <= 5
                     for o in lines if o is not lab and same_row(o, lab) and lab.x2 - 0.5 * h <= o.x1 < lab.x2 + 4 * h)
        return own[len(own) // 2] if len(own) >= 2 else value_x

    for a in lines:
        if not a.text or a.owner or starts_with_label(a.text, labels):
            continue
        if a.x1 > value_x - 0.3 * h and (len(a.text) != 1 or a.x1 > column_value_x(a) - 0.3 * h):
            continue
        # a longer label that lost its first character (`业期限` for 营业期限), alone in the label
        # column or glued to its value
        long = next((lab for lab in labels if len(lab) >= 4 and _spelled(a.text, lab[1:], 0) == len(lab) - 1
                     and a.x1 > col_x + 0.3 * h), None)
        if long is not None:
            n = len(long) - 1
            end = a.x_at(n) if n < len(a.text) else a.x2
            if abs(end - edge) <= 1.5 * h and not any(lab_ln.text == long for lab_ln in found) \
                    and not any(o is not a and same_row(o, a) and o.x2 <= a.x1 + 0.3 * h for o in lines):
                out = [o for o in out if o is not a]
                out.append(Line(long, a.score, col_x, a.y1, end, a.y2, a.idx))
                if n < len(a.text):
                    out.append(Line(a.text[n:], a.score, end, a.y1, a.x2, a.y2, a.idx,
                                    a.chars[n:] if len(a.chars) == len(a.text) else (), long,
                                    a.xs[n:] if len(a.xs) == len(a.text) else (), ink=a.ink))
            continue
        if len(a.text) == 1:
            # the label's second character in a box of its own at the column's right edge, its
            # value boxed to its right: `称` + `西安鼎盛商贸有限公司`; the first character lost, or
            # read as one stray mark at the column's start (a photo cut by the frame: `N`)
            # (the labels over and under it: a two-column 正本 has a second label column)
            lab = next((lab for lab in heads if _label_char(a.text, lab[1])), None)
            col = [f for f in found if f.x1 < a.x2 and f.x2 > a.x1 and len(f.text) <= 5]
            first = next((lab for lab in heads if _label_char(a.text, lab[0])), None)
            slanted = SLANTED_COLUMN and len(col) >= 3
            left_edge = _column_at(col, a.cy, lambda f: f.x1) if slanted else sorted(f.x1 for f in col)[len(col) // 2] if col else 0.0
            if first is not None and len(col) >= 2 and not any(lab_ln.text == first for lab_ln in found) \
                    and abs(a.x1 - left_edge) <= 0.5 * h:
                # its first character alone at the column's left edge, the second not read (`类` …
                # `有限责任公司(…)`): the label, when its value is boxed right of it where the other
                # values start, and nothing else stands between them
                right_edge = _column_at(col, a.cy, lambda f: f.x2) if slanted else sorted(f.x2 for f in col)[len(col) // 2]
                val = [o for o in lines if o is not a and same_row(o, a) and o.x1 > a.x2 - 0.3 * h]
                nxt = min(val, key=lambda o: o.x1, default=None)
                if nxt is not None and len(nxt.text) >= 2 and abs(nxt.x1 - column_value_x(a)) <= 1.5 * h \
                        and nxt.x1 >= right_edge - 0.3 * h and not starts_with_label(nxt.text, labels) \
                        and not any(o is not a and same_row(o, a) and o.x2 <= a.x1 + 0.3 * h for o in lines):
                    out = [o for o in out if o is not a]
                    out.append(Line(first, a.score, a.x1, a.y1, right_edge, a.y2, a.idx))
                    continue
            if lab is None or len(col) < 2 or any(lab_ln.text == lab for lab_ln in found):
                continue
            x0 = sorted(f.x1 for f in col)[len(col) // 2]
            # (what stands left of the column's start is another column's — a two-column form's first
            # column on the same row, `经营范` beside a second column's `所`: not in this label's cell)
            stray = [o for o in lines if o is not a and same_row(o, a) and x0 - 0.3 * h < o.x2 <= a.x1 + 0.3 * h]
            if abs(a.x2 - sorted(f.x2 for f in col)[len(col) // 2]) > 1.2 * h \
                    or not any(o is not a and same_row(o, a) and a.x2 - 0.3 * h <= o.x1 < a.x2 + 3 * h
                               and len(o.text) >= 2 for o in lines) \
                    or any(len(o.text) > 1 or abs(o.x1 - x0) > 1.5 * h for o in stray):
                continue
            out = [o for o in out if o is not a and not any(o is x for x in stray)]
            out.append(Line(lab, a.score, x0, a.y1, a.x2, a.y2, a.idx))
            continue
        if len(a.text) < 3:
            continue
        lab = next((lab for lab in heads if _label_char(a.text[0], lab[1])), None)
        end = a.x_at(1)
        if lab is None or abs(end - edge) > 1.2 * h or any(lab_ln.text == lab for lab_ln in found) \
                or any(o is not a and same_row(o, a) and o.x2 <= a.x1 + 0.3 * h for o in lines):
            continue
        out = [o for o in out if o is not a]
        out.append(Line(lab, a.score, col_x, a.y1, end, a.y2, a.idx, a.chars[:1] if len(a.chars) == len(a.text) else ()))
        out.append(Line(a.text[1:], a.score, end, a.y1, a.x2, a.y2, a.idx,
                        a.chars[1:] if len(a.chars) == len(a.text) else (), lab,
                        a.xs[1:] if len(a.xs) == len(a.text) else (), ink=a.ink))
    out.sort(key=lambda ln: (ln.cy, ln.x1))
    return out


# a label column cut down its length at the page's edge (a photographed or copied sheet whose left side was
# folded under, trimmed or off the copier's glass) keeps of each row's label only its last character, boxed
# alone before its value (`称` 崂山区瑞丰理发店, `者` 姜建刚, `围` 一般项目：…; AE ae_0044, a desk photo): when
# LONE_TAIL_ROWS such tails or more — each the end of one field's labels only, that field's label read nowhere
# on the page — stand one above another at one left edge, nothing read left of any, a value boxed right of
# each, they are that column's labels (`lone_label_tails`; False: off, the rows' fields blank `not found`)
LONE_TAIL_COLUMN = True
LONE_TAIL_ROWS = 3


def lone_label_tails(lines: list[Line], groups: dict[str, tuple[str, ...]]) -> list[Line]:
    """The labels of a label column cut at the page's edge (`LONE_TAIL_COLUMN`): a line that is only
    the last one to three characters of the labels of exactly one field of `groups` (field → its
    labels), that field's label read nowhere, becomes that label when at least LONE_TAIL_ROWS such
    lines of different fields start at one left edge (within a row's height of their median start),
    each the first box of its row with a value of two characters or more boxed right after it. One
    tail alone, or tails scattered over the page, are left as read (a lone `人` or `所` is as likely a
    seal's or a note's character). A tail two fields' labels end with is left alone."""
    if not LONE_TAIL_COLUMN:
        return lines
    every = tuple(a for aliases in groups.values() for a in aliases)
    tails = []
    for a in lines:
        t = a.text.rstrip(":：")
        if not t or len(t) > 3 or a.owner:
            continue
        keys = [k for k, aliases in groups.items() if any(len(lab) > len(t) and lab.endswith(t) for lab in aliases)]
        if len(keys) != 1 or any(starts_with_label(o.text, groups[keys[0]]) for o in lines):
            continue
        if any(o is not a and same_row(o, a) and o.x2 <= a.x1 + 0.3 * a.h for o in lines):
            continue  # not the row's first box
        if not any(o is not a and same_row(o, a) and a.x2 - 0.3 * a.h <= o.x1 < a.x2 + 4 * a.h and len(o.text) >= 2
                   and not starts_with_label(o.text, every) for o in lines):
            continue  # no value after it
        tails.append((a, keys[0], next(lab for lab in groups[keys[0]] if len(lab) > len(t) and lab.endswith(t))))
    if len(tails) < LONE_TAIL_ROWS:
        return lines
    h = sorted(a.h for a, _, _ in tails)[len(tails) // 2]
    x0 = sorted(a.x1 for a, _, _ in tails)[len(tails) // 2]
    col = [(a, k, lab) for a, k, lab in tails if abs(a.x1 - x0) <= h]
    keys = [k for _, k, _ in col]
    if len(set(keys)) < LONE_TAIL_ROWS or len(set(keys)) != len(keys):
        return lines  # (two rows claiming one field: no column of labels)
    out = [o for o in lines if not any(o is a for a, _, _ in col)]
    out += [Line(lab, a.score, a.x1, a.y1, a.x2, a.y2, a.idx) for a, _, lab in col]
    out.sort(key=lambda ln: (ln.cy, ln.x1))
    return out


# a label column's edges where a lone label character stands are read off the line through its labels'
# edges (a photo taken at a slant: a column's x drifts row by row, `名` at 313 px under labels at
# 321–337 px — the median of the column is a row's drift away; ZY zy_0147) when three labels or more
# stand in it (False: the column's median edge)
SLANTED_COLUMN = True


def _column_at(col: list[Line], cy: float, edge: Callable[[Line], float]) -> float:
    """The column's edge (`edge` of each of its labels) at height `cy`: the least-squares line of the
    edges against the labels' centres, their median when the labels stand on one height."""
    ys = [f.cy for f in col]
    xs = [edge(f) for f in col]
    my, mx = sum(ys) / len(ys), sum(xs) / len(xs)
    var = sum((y - my) ** 2 for y in ys)
    if var < 1.0:
        return sorted(xs)[len(xs) // 2]
    slope = sum((y - my) * (x - mx) for y, x in zip(ys, xs, strict=True)) / var
    return mx + slope * (cy - my)


def label_column(lines: list[Line], labels: tuple[str, ...]) -> float:
    """The label column's width: the widest box that is one of the form's long labels (four or
    more characters) and nothing else, e.g. `社会信用代码(身份证号码)`; 0 when none was read."""
    longs = {lab for lab in labels if len(lab) >= 4}
    return max((ln.x2 - ln.x1 for ln in lines if ln.text.replace(" ", "") in longs), default=0.0)


def _print_follows(cur: Line, b: Line) -> bool:
    """Box `b`'s first character is printed clear right of box `cur`'s last one, although the
    boxes overlap: the detector pads a box by up to half a character, and a justified label's
    lone first character (`负`) boxed beside the rest glued to its value (`责人钟文晓`) gets
    boxes that overlap where the paper between the characters is. The recogniser's character
    centres say where the print is; unknown centres leave the boxes' own edges to decide."""
    if not cur.xs_of(0, len(cur.text)) or not b.xs_of(0, len(b.text)):
        return False
    return b.xs[0] - cur.xs[-1] >= 0.8 * max(cur.h, b.h) and b.x2 > cur.x2


def _room_for_one(cur: Line, b: Line, n: int = 1) -> bool:
    """The paper between box `cur`'s last character and box `b`'s first one is wide enough to
    hold `n` characters of a justified label: their centres (the recogniser's) at least n + 1 line
    heights apart. Unknown centres: the boxes' own gap, at least n line heights."""
    h = max(cur.h, b.h)
    if cur.xs_of(0, len(cur.text)) and b.xs_of(0, len(b.text)):
        return b.xs[0] - cur.xs[-1] >= (n + 1.0) * h
    return b.x1 - cur.x2 >= n * h


# a justified label may lose this many middle characters in one run, none of its ends, and never
# more than it keeps: a four-character label spread over a wide label column stands as four lone
# characters a cell apart, and the detector may box only the first and the last glued to its value
# (ZL's 食品 phone photos: `经` … `所江苏省南京市…`, 营 and 场 of 经营场所 unboxed on zl_0003 and zl_0039;
# first and last of a label together with the paper between them name the label; on the 食品/卫生 licences
# of ZL, ZM, ZK, ZJ and ZI's 食品 it decided a label on 6 pages, 3 fields gained, none lost or wrong); 1: one character
LABEL_LOST_MOST = 2


def _lost_run(cur: Line, b: Line, lab: str, k: int) -> int:
    """How many middle characters of `lab` from its k-th on were not boxed between box `cur` (which
    ends the label's characters read so far) and box `b` (which spells the label on after them):
    the fewest the paper between the two has room for, up to LABEL_LOST_MOST and at most as many as
    the label keeps; 0 when none fits."""
    for n in range(1, LABEL_LOST_MOST + 1):
        kept = len(lab) - n
        if k + n > len(lab) - 1 or n > kept or not _room_for_one(cur, b, n):
            return 0
        if _spelled(b.text, lab[k + n:], 0):
            return n
    return 0


WRAPPED_LABEL_VALUE = True  # a wrapped label's first row glued to its value is that label (False: off)


# a label wrapped in a narrow label cell with one or two characters on a row (`负` over `责人:`,
# `营业期` over `限:`, `名` over `称`): found as one label when the box right under it spells the
# rest — alone, or with the colon labels end with (False: only labels of four or more characters
# wrapped after their second one, with nothing under them but the rest)
WRAPPED_SHORT_LABEL = True


# a bracketed label wrapped before its last character, that character read under it without the closing
# bracket (`法定代表人（负责` over `人`, `社会信用代码（身份证号` over `码`: a fax's threshold or a copy drops the thin
# bracket at the box's end) is that label; the lone character lies under the label's print (AC ac_050, a faxed
# 卫生许可证: `（负责` was taken as the value's start, `(负责许琪` blank `not a name`) (False: a rest of two
# characters or more only)
WRAPPED_LAST_BRACKET = True


def _wrapped_rest(lines: list[Line], a: Line, lab: str, k: int, label_end: float) -> Line | None:
    """The box right under box `a` — whose first `k` characters spell the start of `lab`, the
    label's print ending at `label_end` — that spells the rest of the label and nothing else: a long
    label wrapped inside its table cell (`户主或与户` over `主关系`; `法定代表人(负` over `责人)`,
    the value printed level with the first row and read into its box, `法定代表人(负姚宇敏`).
    The rest lies under the label's print, not under the value; a label ending in a bracket may
    have lost it (`责人`: the recogniser drops thin brackets at a box's end). The two rows of a cell
    are set tight: their boxes may overlap by a third of a row; a tilted photo makes both boxes
    taller, so the lower one's centre may sit only a quarter row lower, but it ends lower."""
    rest = lab[k:]
    under = [b for b in lines if b is not a and b.cy > a.cy + 0.25 * a.h and b.y2 > a.y2
             and b.y1 < a.y2 + 0.8 * a.h and b.x1 < label_end and b.x2 > a.x1
             and (b.x2 <= label_end + a.h or label_end >= a.x2)
             and (_spelled(b.text, rest, 0) == len(rest) == len(b.text)
                  or (WRAPPED_SHORT_LABEL and _ends_label(b.text, rest) and len(b.text) == len(rest) + 1)
                  or (WRAPPED_LABEL_VALUE and rest.endswith(")") and len(rest) >= (2 if WRAPPED_LAST_BRACKET else 3)
                      and _spelled(b.text, rest[:-1], 0) == len(rest) - 1 == len(b.text)))]
    return min(under, key=lambda b: b.y1) if under else None


def _label_at(lines: list[Line], a: Line, ordered: list[str], column: float = 0.0) -> tuple[str, list[Line], int] | None:
    """The longest label spelled from the start of box `a` on, over boxes to its right on its row:
    (label, its boxes, label characters in the last box)."""
    for lab in ordered:
        if a.text.startswith(lab) and in_place_name(a.text, 0, lab):
            continue  # (an address row starting with its street's name, `民族路974号`)
        if a.text.startswith(lab) and _bracket_closes(a.text, 0, lab):
            continue  # (a bracketed note's end wrapped onto its own row, `经营场所）`: `WRAPPED_NOTE_WORD`)
        k = _spelled(a.text, lab, 0)
        if k < len(lab) and _bracket_misread(a.text, lab):
            k = len(lab)
        bare = _without_brackets(a.text, lab) if k < len(lab) else 0
        if bare:
            return lab, [a], bare
        lost_end = _bracket_cut(a.text, lab) if k < len(lab) else 0
        if lost_end:
            return lab, [a], lost_end
        lost_close = _bracket_close_lost(a.text, lab) if k < len(lab) else 0
        if lost_close:
            return lab, [a], lost_close
        if 2 <= k < len(lab) and _speck(a.text, k, lab[k:]):
            # (a speck read inside the label, `法定代表人.(负责人)郝建华`, `身份证号码·)`: the label spelled
            # around it — never its first two characters, which say which label it is)
            return lab, [a], len(lab) + 1
        if 2 <= k < len(lab) - 1 <= len(a.text) and _spelled(a.text, lab[k + 1:], k) == len(lab) - k - 1:
            # a label of four or more characters read without one of its middle characters (`成立期`
            # + `2015年10月25日`, 日 dropped): the rest spelled in order from the box's start is the
            # label (never its first two or its last character: those say which label it is)
            return lab, [a], len(lab) - 1
        if 2 <= k < len(lab) - 1 and k < len(a.text) and WRAPPED_LABEL_VALUE:
            under = _wrapped_rest(lines, a, lab, k, a.x_at(k))
            if under is not None:  # the label's first row and its value in one box, its rest below
                return lab, [under, a], k
        misread = 0
        if k == 0 and SPACED_MISREAD and _lone_char(a):
            misread, k = 1, 1  # (its first character boxed alone and misread: `生` … `所广东省…` — vouched below)
        if k == 0 or (k < len(lab) and k < len(a.text)):
            continue  # the box goes on with other text before the label is complete
        boxes, cur = [a], a
        lost = 0
        while k < len(lab):
            # (the detector pads a box by about half a character: where the label column was measured,
            # the next box of a justified label may start under that padding)
            # (a box that spells the label's end and then its colon — `经营项` then `目:糕点类…` —
            # is the label's end however far the detector's padding of the box before it reaches)
            right = [b for b in lines if b is not cur and not any(b is x for x in boxes) and same_row(cur, b)
                     and (b.x1 >= cur.x2 - (0.6 if column or _ends_label(b.text, lab[k:]) else 0.3) * cur.h
                          or _print_follows(cur, b))
                     and (b.x1 - cur.x2 < LABEL_GAP * min(cur.h, b.h) + 2 or b.x1 - a.x1 < column + cur.h)]
            b = min(right, key=lambda o: o.x1, default=None)
            got = _spelled(b.text, lab[k:], 0) if b is not None else 0
            if b is not None and got == 0 and not lost and not misread and 1 <= k < len(lab) - 1:
                # a justified label's middle character the detector did not box at all (`经` … `者谭燕宏`,
                # 营 lost): the box after the gap spells the rest, and the paper between the two
                # holds a character — one run of them (`_lost_run`), never the label's first or last
                lost = _lost_run(cur, b, lab, k)
                got = _spelled(b.text, lab[k + lost:], 0) if lost else 0
                k += lost
            if b is not None and got == 0 and not lost and not misread and SPACED_MISREAD and 1 <= k < len(lab) \
                    and _lone_char(b) and (k < len(lab) - 1 or len(boxes) > 1 or len(a.text) == 1):
                # (no run of unboxed characters fits the gap) a letter-spaced label's character boxed
                # alone and misread (`经` `吉` `场` `所…`, 营 read 吉): taken as the label's when the boxes
                # after it spell the rest (its last character: the value follows) and the row's geometry
                # and the value vouch for it (below)
                boxes.append(b)
                k += 1
                cur = b
                misread = 1
                continue
            if b is None or got == 0:
                break
            boxes.append(b)
            k += got
            cur = b
            if k < len(lab) and got < len(b.text):
                break
        if (2 <= k < len(lab) - 1 or (WRAPPED_SHORT_LABEL and 1 <= k < len(lab))) \
                and len(boxes) == 1 and k == len(a.text) and not misread:
            # a long label wrapped inside its table cell (`户主或与户` over `主关系`): the box right
            # under it, overlapping it, spells the rest of the label and nothing else
            # (the two rows of a cell are set tight: their boxes may overlap by a third of a row)
            # (a tilted photo makes both boxes taller: the lower one's centre may sit only a
            # quarter row lower, but it ends lower)
            below = _wrapped_rest(lines, a, lab, k, a.x2)
            if below is not None and k < 2 and below.idx == a.idx \
                    and sum(o.idx == a.idx for o in lines) != len(lab):
                # (characters of one tall box `split_stacked` parted: the box was a column of
                # several labels' characters (`单位名称` down a vertical label cell), not this
                # label stacked in its cell — `名` over `称` in it is no label of the row)
                below = None
            if below is not None:
                return lab, [a, below], len(below.text)
        if k == len(lab) and len(lab) - lost >= lost:  # (a label keeps at least as many characters as it lost)
            used = k - lost - sum(len(x.text) for x in boxes[:-1])
            if misread and not _misread_vouched(lines, lab, boxes, used, ordered):
                continue
            return lab, boxes, used
    return None


# a letter-spaced label (`名　　称`, `住　　所`, `经　营　场　所`: each character boxed alone) with one of its
# lone characters misread (营→吉, 称→移, 住→生) is that label when the rest is spelled in order, its first
# character stands at the label column's left edge (where a label found on a nearby row starts) and,
# for a label of two or three characters, its value reads as that label's field does (an address's
# 省/市/区/路/号, an entity's 公司/店, a date): the value, read sure, is not thrown away with the
# label (ZY zy_0023; False: every label character read as itself or a usual confusion)
SPACED_MISREAD = True
_PLACE_WORDS = re.compile(r"[省市区县镇乡村路街道巷弄号幢栋室]")
_ENTITY_WORDS = re.compile(r"公司|有限|店|部|厂|中心|工作室|合作社|事务所|门诊|医院|诊所|酒店|宾馆|会所|馆")
_DATE_START = re.compile(r"[自至]?\d{4}[年.\-/]\d{1,2}")


def _lone_char(b: Line) -> bool:
    """A box of one Chinese character (a letter-spaced label's character boxed alone)."""
    return len(b.text) == 1 and "\u4e00" <= b.text <= "\u9fff"


def _value_fits(lab: str, text: str) -> bool:
    """The start of a value read after the label `lab` reads as that label's field does: an address
    after 住所/地址/经营场所 (two place words), an entity after 名称 (its form's word), a date after a
    label of a date or a term; False for a label whose value has no such shape."""
    if lab.endswith(("所", "址")):
        return len(set(_PLACE_WORDS.findall(text))) >= 2
    if lab.endswith("名称"):
        return bool(_ENTITY_WORDS.search(text))
    if lab.endswith(("日期", "期至", "期限", "有效期")):
        return bool(_DATE_START.match(text))
    return False


def _misread_vouched(lines: list[Line], lab: str, boxes: list[Line], used: int, ordered: list[str]) -> bool:
    """A label matched with one lone character misread (`SPACED_MISREAD`) is that label: its lone
    characters are of the row's size, its first one starts where a label found on a nearby row starts
    (the label column's left edge), and — for a label of two or three characters, where the misread
    one is a third of it or more — the value after it reads as the label's field (`_value_fits`)."""
    a, last = boxes[0], boxes[-1]
    h = max(1.0, min(x.h for x in boxes))
    if any(x.h > 1.6 * h for x in boxes):
        return False  # (a stamp's or a seal's large character beside the row)
    column = any(not same_row(o, a) and abs(o.cy - a.cy) < 4 * h and abs(o.x1 - a.x1) <= 0.6 * h
                 and any(len(other) >= 2 and _spelled(o.text, other, 0) == len(other) for other in ordered)
                 for o in lines if not any(o is x for x in boxes))
    if not column:
        return False
    if len(lab) >= 4:
        return True
    rest = last.text[used:]
    if not rest:
        nxt = [o for o in lines if not any(o is x for x in boxes) and same_row(o, last) and o.x1 >= last.x2 - 0.3 * h
               and o.x1 - last.x2 < LABEL_GAP * h]
        rest = min(nxt, key=lambda o: o.x1).text if nxt else ""
    return _value_fits(lab, rest)


# what follows a label's word inside a place's name (`民族路`, `民族大道`: streets of many cities):
# a label's value never starts with these, so the word there is the place's, not the next label
# (a person's label is left out: 路 is a surname too, `姓名路明`)
PLACE_AFTER = ("路", "街", "大道", "大街", "巷", "广场")


def in_place_name(text: str, pos: int, lab: str) -> bool:
    """The label `lab` found at `pos` of `text` is a word of a place's name (`民族路`): a street's
    word follows it, and it is no label of a person's name."""
    return text.startswith(PLACE_AFTER, pos + len(lab)) and not any(w in lab for w in ("人", "者", "姓名", "户主"))


def _in_brackets(text: str, pos: int, lab: str) -> bool:
    """The label's word at `pos` stands inside a bracket opened before it and closed after it on
    the row (`…2302室(实际经营场所)`: a note in the value, 经营场所 being a 个体工商户's label): no
    label is printed inside another field's brackets."""
    before, after = text[:pos], text[pos + len(lab):]
    return (before.count("(") > before.count(")") and ")" in after) or _bracket_closes(text, pos, lab)


def _bracket_closes(text: str, pos: int, lab: str) -> bool:
    """`WRAPPED_NOTE_WORD`: a bracket closes right after the label's word at `pos`, none opened before it
    on the row: the note's end, wrapped onto a row of its own (`…综合楼11层29室（实际` over `经营场所）`)."""
    after = text[pos + len(lab):]
    return WRAPPED_NOTE_WORD and after[:1] != "" and after[:1] in ")）" and "(" not in text[:pos] and "（" not in text[:pos]


# A label's word followed at once by a closing bracket is a bracketed note's end wrapped onto its own row —
# `（实际经营场所）` of a permit's address, its `（实际` left on the row above (AD ad_025, ad_117) — never a
# label: no form prints a label before a closing bracket (False: such a row starts a label)
WRAPPED_NOTE_WORD = True


def _cut_at_labels(text: str, stop_labels: tuple[str, ...]) -> str:
    cut = len(text)
    for lab in stop_labels:
        pos = text.find(lab)
        while pos >= 0 and (in_place_name(text, pos, lab) or _in_brackets(text, pos, lab)):
            pos = text.find(lab, pos + 1)  # (inside a street's name: a row may start with it too)
        if 0 <= pos < cut:
            cut = pos
    return text[:cut]


def starts_with_label(text: str, labels: tuple[str, ...]) -> bool:
    # (a wrapped address row starting with its street, `民族大道81号`, starts with no label)
    return any(_near_match(text, lab) and not in_place_name(text, 0, lab) and not _bracket_closes(text, 0, lab)
               for lab in labels if len(lab) >= 2)


def same_row(a: Line, b: Line) -> bool:
    overlap = min(a.y2, b.y2) - max(a.y1, b.y1)
    return overlap >= 0.45 * min(a.h, b.h)


OFF_ROW = 1.8  # a box this many times a row's height that sticks out of it is not the row's print

# Two boxes level with a label, one over the other, are two rows of one wrapped value only where they are
# about as tall: a value's rows are printed in one size. A box this many times as tall as the other is
# other print across the row — a `仅供…使用` note written or stamped slantwise over a card's copy, whose
# slanted box is as tall as two or three rows — and neither starts the value on it (AH ah0136, an ID back
# with such notes: `务使用`'s box 125 px over the 55 px row of 南昌市公安局青山湖分局 beside 签发机关 was taken
# as the value's upper row and the authority dropped as its continuation; 0: any two such boxes are rows,
# main's path). Landed off under load (Session 39 ahfood6); switched on with the whole tests/prefill folder run
STACKED_ROW_HEIGHT = 2.0


def _row_pitch(a: Line, b: Line) -> bool:
    """Whether `a` and `b` may be two rows of one value by their heights (`STACKED_ROW_HEIGHT`)."""
    return not STACKED_ROW_HEIGHT or max(a.h, b.h) <= STACKED_ROW_HEIGHT * min(a.h, b.h)


def _off_row(o: Line, row: Line, typical: float = 0.0) -> bool:
    """`o` overlaps `row`'s band but is far taller — than the row, and than the page's `typical`
    (median) box: a short label's box next to a crumpled page's bent value row is no measure of
    print size — and reaches half a row beyond it. A row of ordinary print at a slant (a crumpled
    or curled page) is as tall, but its characters advance less than the row is high and far less
    than the box is high, while print that large (a title, a seal's words) advances about its own
    height: it is the row's print."""
    if not (o.h > OFF_ROW * max(row.h, typical) and (o.y1 < row.y1 - 0.5 * row.h or o.y2 > row.y2 + 0.5 * row.h)):
        return False
    advance = (o.x2 - o.x1) / max(_char_units(o.text), 1.0)
    return len(o.text) < 4 or advance > 0.8 * row.h or advance > 0.6 * o.h


def _char_units(text: str) -> float:
    """`text`'s width in Chinese characters: digits and Latin letters 0.55 of one, as `Line.x_at` counts them."""
    return sum(0.55 if ch.isascii() and ch.isalnum() else 1.0 for ch in text)


def _advance(text: str, width: float) -> float | None:
    """A box's character pitch: its width over its characters (`_char_units`); None under
    SMALL_PRINT_UNITS."""
    units = _char_units(text)
    return width / units if units >= SMALL_PRINT_UNITS else None


def smaller_print(text: str, box: tuple[float, ...] | list[float], ref_text: str,
                  ref_box: tuple[float, ...] | list[float]) -> bool:
    """Whether the print boxed at `box` (reading `text`) is clearly smaller than the print of
    `ref_box` (`ref_text`): its characters advance under SMALL_PRINT of the reference's and its box
    is under SMALL_PRINT_HEIGHT of the reference's height. Other print, not the same value's."""
    if not SMALL_PRINT:
        return False
    a = _advance(text, box[2] - box[0])
    ref = _advance(ref_text, ref_box[2] - ref_box[0])
    if a is None or ref is None:
        return False
    return a < SMALL_PRINT * ref and box[3] - box[1] < SMALL_PRINT_HEIGHT * (ref_box[3] - ref_box[1])


def _small_of(o: Line, others: list[Line]) -> bool:
    """`o` is clearly smaller print than one of `others` it stands over or under (`smaller_print`)."""
    # (over or under it: sharing a quarter of the narrower's width — a row's box that only touches the
    # next column's spread label is beside it, not stacked: a 户口簿's 住址 row against 宗 教 信 仰)
    return any(b is not o and min(o.x2, b.x2) - max(o.x1, b.x1) > 0.25 * min(o.x2 - o.x1, b.x2 - b.x1)
               and smaller_print(o.text, (o.x1, o.y1, o.x2, o.y2), b.text, (b.x1, b.y1, b.x2, b.y2)) for b in others)


# A value's wrapped rows are printed in the ink of its first row: a row under it in a clearly other ink — a
# 复印件与原件一致 note and its signature in a pen's blue, a 收件专用 stamp's red, a pencil's grey or a
# handwritten note gone faint on a copy while the print stayed black — is marked over the page, no row of
# the value (ZV: twelve ID-front addresses blanked for taking such a note as a row not read). Rows of one
# value measured 0.79–1.04 of each other's depth and at most 1.2 apart in colour (ZR–ZW ID fronts); notes
# and stamps 0.42–0.73 as deep, most of them 10–43 apart in colour. A row of print under a red seal keeps
# its depth but takes the seal's tint (ZR zr_0094's standard sentence: 0.99 as deep, 10.9 apart): colour
# alone tells no other ink.
FOREIGN_INK = True  # (False: every row is taken as the value's ink)
FOREIGN_DEPTH = 0.7  # a row whose ink lies less than this share as far below its paper as the value's
FOREIGN_HUE = 8.0  # … or this far from the value's ink in colour (Lab a*, b*) …
FOREIGN_HUE_DEPTH = 0.85  # … and less than this share as deep
# the cues hold only where the row's paper is no brighter than the value's by more than this many grey
# levels: glare lightens a row's paper and ink together (its print then looks faint, in the value's ink) …
FOREIGN_PAPER = 12.0
# … and the depth cue only where the row's paper is below the sensor's white: paper clipped at white may
# have been lifted by glare any amount (ZU zu_0002's last row `2号` under glare: paper 255 beside 251, its
# print 0.37 as deep)
FOREIGN_WHITE = 254.0


def foreign_ink(ink: Sequence[float], value_ink: Sequence[float]) -> bool:
    """Whether a row's ink (`Line.ink`) is clearly not the ink of a value's rows (`value_ink`);
    False when either is unknown."""
    if not FOREIGN_INK or len(ink) < 4 or len(value_ink) < 4 or ink[3] > value_ink[3] + FOREIGN_PAPER:
        return False
    depth = (1.0 - ink[0]) / max(1e-3, 1.0 - value_ink[0])
    if depth < FOREIGN_DEPTH and ink[3] < FOREIGN_WHITE:
        return True
    return depth < FOREIGN_HUE_DEPTH and ((ink[1] - value_ink[1]) ** 2 + (ink[2] - value_ink[2]) ** 2) ** 0.5 > FOREIGN_HUE


# a value's row boxed on into the column of labels right of it (a two-column licence: 住所 beside the
# 经营范围's first row, its 住 boxed with the row's end, `服住` for `服`): the characters whose centres lie
# past that column's left edge are the column's — a label's head —, never the value's. They are cut off; a
# cut tail that does not spell the head of a label of the form makes the row doubtful (`Value.hole`).
# Characters whose centres lie this many row heights or more past the column's edge are cut: a label's first
# character stands half its (larger) cell past the edge, 0.46–0.57 h on AJ's five, while the recogniser puts
# a value's last mark up to 0.09 h past it (`、` of aj_031) (0: off, the row kept whole; on since session 39's
# folder run). Only a Chinese tail is cut: a label's head is Chinese
COLUMN_TAIL = 0.25
COLUMN_TAIL_MOST = 2  # … a tail of at most this many characters (a label's head boxed on; more is left as read)


def _column_tail(o: Line, column: list[Line], labels: tuple[str, ...]) -> tuple[Line, bool]:
    """`o` without the characters standing past the column of labels `column` (right of the value:
    the left edge of its label nearest to `o`'s row, `COLUMN_TAIL`), and whether the cut tail is no
    label's head (the row is then doubtful)."""
    if not COLUMN_TAIL or not column or len(o.xs) != len(o.text):
        return o, False
    col = min(column, key=lambda lab: abs(lab.cy - o.cy)).x1
    if not o.x1 < col < o.x2:
        return o, False
    edge = col + COLUMN_TAIL * o.h
    keep = next((i for i, x in enumerate(o.xs) if x >= edge), len(o.text))
    if keep == 0 or not 0 < len(o.text) - keep <= COLUMN_TAIL_MOST:
        return o, False
    tail = o.text[keep:]
    if not all("\u4e00" <= c <= "\u9fff" for c in tail):  # a label's head is Chinese: digits past the edge
        return o, False  # are the value's own (a 结婚证's party ID number running under the other column)
    head = any(lab.startswith(tail) or tail.startswith(lab) for lab in labels if lab)
    left, _ = o.split_at(keep, (o.xs[keep - 1] + o.xs[keep]) / 2)
    return left, not head


def value_after(lines: list[Line], aliases: tuple[str, ...], stop_labels: tuple[str, ...], *,
                multiline: bool = False, max_lines: int = 8, stop_below: tuple[str, ...] = (),
                anywhere: bool = False) -> list[Piece] | None:
    """The value written after a label: rest of the label's line, then same-row boxes to its
    right (up to the next label), then — for `multiline` values — the lines it wraps to."""
    found = find_label(lines, aliases, anywhere=anywhere)
    if found is None:
        return None
    ln, _, end = found
    own = ln
    label_x = ln.x1
    pieces: Value = Value()
    gap_box: Line | None = None
    first_box: Line | None = None  # the box the value's first piece came from, when not the label's own
    rest = ln.text[end:].lstrip(":：")
    rest_start = end + (len(ln.text) - end - len(rest))
    cut = _cut_at_labels(rest, stop_labels)
    right_limit = float("inf")
    value_x = ln.x_at(rest_start)
    cut_x2 = ln.x2
    if cut != rest:  # another label follows on the same line: the value ends there
        cut_x2 = right_limit = ln.x_at(rest_start + len(cut))
    value_ink = ln.ink if cut else ()  # the ink the value's rows are printed in (`foreign_ink`)
    if cut:
        pieces.append(Piece(cut, ln.score, (value_x, ln.y1, cut_x2, ln.y2),
                            ln.char_info(rest_start, rest_start + len(cut)), ln.xs_of(rest_start, rest_start + len(cut))))
    # lines that start with a label: they define rows and columns of the form
    # (a second reading of our own label over or just under it — a label column read twice — is
    # the same label, not the next field's: it must not end the value's rows)
    label_lines = [o for o in lines if starts_with_label(o.text, stop_labels + aliases)
                   and not (o is not own and starts_with_label(o.text, aliases) and o.x1 < own.x2 and o.x2 > own.x1
                            and abs(o.cy - own.cy) < 1.5 * own.h)]
    # (a column of labels stands level with labels left of it: a label alone on its row — the
    # 登记机关 over the seal at the page's foot — heads no column beside this value. Text past its x
    # still ends the value when it stands apart from it: a copy's stamp beside the values; a box
    # right next to the value's last one goes on with it)
    right_labels = [o for o in label_lines if o.x1 > ln.x2 + 2 * ln.h]
    foot_limit = min((o.x1 for o in right_labels), default=float("inf"))
    col_limit = min((o.x1 for o in right_labels
                     if any(lab is not o and same_row(lab, o) and lab.x2 < o.x1 for lab in label_lines)),
                    default=float("inf"))
    # (labels stacked in a column right of the value — a two-column licence's 注册资本, 成立日期, 营业期限 —
    # their left edges within a row height of one another, on a slanted photo too: `COLUMN_TAIL`)
    column = [o for o in right_labels if any(b is not o and abs(b.x1 - o.x1) < ln.h and not same_row(b, o)
                                             for b in right_labels)]
    # same-row boxes to the right, in x order, until the next label
    # (a value split off another label belongs to that label, even if its row band overlaps ours)
    # (a box may start inside the label's box when the two were cut loosely: it counts when it
    # starts past the label's middle and runs well beyond it)
    # (a box much taller than the row that reaches well above or below it is other print
    # overlapping the row band — a title in large type, a seal's arc of characters — not the
    # value's continuation)
    typical = sorted(o.h for o in lines)[len(lines) // 2]
    row = sorted((o for o in lines if o is not ln and same_row(o, ln) and not _off_row(o, ln, typical)
                  and (o.x1 >= ln.x2 - 0.5 * ln.h or (o.x1 > (ln.x1 + ln.x2) / 2 and o.x2 > ln.x2 + ln.h
                                                        and not starts_with_label(o.text, stop_labels + aliases)))
                  and (not o.owner or o.owner in aliases)), key=lambda o: o.x1)
    # (of two boxes level with the label, one over the other, the clearly smaller print is other
    # print beside the value — a QR code's caption —, not a second row of it)
    row = [o for o in row if not _small_of(o, row)]
    stacked = [o for o in row if any(b is not o and min(o.x2, b.x2) - max(o.x1, b.x1) > 0.5 * min(o.x2 - o.x1, b.x2 - b.x1)
                                     and _row_pitch(o, b) for b in row)]
    if stacked and multiline and not pieces:
        # two rows of a value both level with the label: it is centred over them (a table cell)
        chain = _centred_rows(lines, ln, stop_labels + aliases, col_limit, label_lines)
        if chain:
            for o in chain:
                o, doubtful = _column_tail(o, column, stop_labels + aliases)
                pieces.hole = pieces.hole or doubtful
                part = _cut_at_labels(o.text, stop_labels)
                pieces.append(Piece(part, o.score, (o.x1, o.y1, o.x2, o.y2), o.char_info(0, len(part))))
            return pieces
    if stacked and multiline and not pieces:
        # a wrapped value in small print next to a taller label: its first two rows are both
        # level with the label. The value starts at the upper one; the lower ones are its
        # continuation rows (taken below, in order), never its start
        row = [o for o in row if not any(b is not o and b.cy < o.cy - 0.3 * o.h
                                         and min(o.x2, b.x2) - max(o.x1, b.x1) > 0.5 * min(o.x2 - o.x1, b.x2 - b.x1)
                                         for b in stacked)]
    if right_limit == float("inf"):
        tail_x2: float | None = None  # (where a label's end boxed on its own ends, `_label_tail_box`)
        for o in row:
            if not pieces and tail_x2 is not None and o.x1 - tail_x2 > 3 * ln.h:
                right_limit = o.x1  # (text apart from the label's end: no value beside it, as after a value's box)
                break
            if pieces and o.x1 < pieces[-1].box[2] - 0.5 * ln.h \
                    and abs((o.y1 + o.y2) / 2 - (pieces[-1].box[1] + pieces[-1].box[3]) / 2) > 0.35 * ln.h:
                continue  # a box under or over the one taken (another row of a centred cell)
            if starts_with_label(o.text, stop_labels):
                right_limit = o.x1
                break
            if pieces and smaller_print(o.text, (o.x1, o.y1, o.x2, o.y2), pieces[-1].text, pieces[-1].box):
                continue  # clearly smaller print beside the value: not its continuation (SMALL_PRINT)
            far = not pieces or o.x1 - pieces[-1].box[2] > HOLE_GAP * ln.h
            if far and o.x1 >= foot_limit and not pieces and _in_value_column(o, ln, lines, label_lines):
                far = False  # where the values of the labels over and under it start: its value
            if o.x1 >= col_limit or (far and o.x1 >= foot_limit) or (pieces and o.x1 - pieces[-1].box[2] > 3 * ln.h):
                # another column; or, past a label's x, text apart from the value (a copy's stamp)
                if o.x1 < min(col_limit, foot_limit) \
                        and not _small_print_block(o, lines, pieces[-1].box[3] - pieces[-1].box[1] if pieces else ln.h):
                    gap_box = o  # (no label heads a column there: a gap in the value, or stray text)
                right_limit = o.x1
                break
            part = _cut_at_labels(o.text.lstrip(":："), stop_labels)
            if ECHO_TAIL and part and pieces and pieces[-1].text and part[0] == pieces[-1].text[-1] \
                    and o.x1 < pieces[-1].box[2]:
                # (the value's last character boxed again over its end: `ECHO_TAIL`)
                if o.y2 - o.y1 < SMALL_PRINT_HEIGHT * (pieces[-1].box[3] - pieces[-1].box[1]):
                    continue
                pieces.hole = True
            if part and pieces and o.x1 - pieces[-1].box[2] > HOLE_GAP * ln.h:
                # printed values run on character by character: more than a character's width of
                # paper between two boxes of one value is text that was not read (glare, a fold)
                pieces.hole = True
            if part and not pieces:
                # (the detector boxed the label's last character twice — once with the label, once
                # with the value, `法定代表人` + `人刘涵` starting inside the label's box: that
                # character is the label's, not the value's first)
                echo = _label_echo_len(ln, o)
                if LABEL_TAIL_BOX and not echo and _label_tail_box(ln, o):
                    tail_x2 = o.x2  # (`地址` + `址:` + `四川省…`: the label's own last character and its colon)
                    continue
                if echo:
                    part = _cut_at_labels(o.text[echo:], stop_labels)
                    o = Line(o.text[echo:], o.score, o.x_at(echo), o.y1, o.x2, o.y2, o.idx,
                             o.chars[echo:] if len(o.chars) == len(o.text) else (), o.owner, o.xs_of(echo, len(o.text)), ink=o.ink)
            if part:
                lead = len(o.text) - len(o.text.lstrip(":："))
                o, doubtful = _column_tail(o, column, stop_labels + aliases)
                part, pieces.hole = part[:len(o.text) - lead], pieces.hole or doubtful
                if not pieces:
                    value_x = o.x_at(lead)
                    first_box = o
                pieces.append(Piece(part, o.score, (o.x1, o.y1, o.x2, o.y2), o.char_info(lead, lead + len(part)),
                                    o.xs_of(lead, lead + len(part))))
                value_ink = o.ink or value_ink
            if part != o.text.lstrip(":："):
                right_limit = o.x2
                break
    if CENTRED_ON_WRAP and multiline and not cut and len(pieces) == 1 and first_box is not None:
        # a table cell centres its label on a value's two rows: the label stands level with the lower
        # (wrapped) row only, its middle above that row's, towards the gap (经营场所地址 beside
        # `…综合楼11层29室（实际` over `经营场所）`): the row above, in the same column, starts the value
        chain = _centred_rows(lines, ln, stop_labels + aliases, col_limit, label_lines)
        # (the upper row nearer another label than this one is that label's value: the name over an
        # address, a wrapped label `法定代表` … `人)` level with neither)
        lefts = [lab for lab in label_lines if chain and lab.x1 < chain[0].x1]
        if len(chain) >= 2 and chain[-1] is first_box and ln.cy < first_box.cy - CENTRED_ON_WRAP * first_box.h \
                and min(lefts, key=lambda lab: abs(lab.cy - chain[0].cy)) is own:
            pieces = Value()
            for o in chain:
                o, doubtful = _column_tail(o, column, stop_labels + aliases)
                pieces.hole = pieces.hole or doubtful
                part = _cut_at_labels(o.text, stop_labels)
                pieces.append(Piece(part, o.score, (o.x1, o.y1, o.x2, o.y2), o.char_info(0, len(part))))
            return pieces
    if pieces and _starts_late(ln, value_x, label_lines, lines):
        pieces.hole = True
    if not pieces and multiline:
        # a table cell centres its label over the rows of a wrapped value (户口簿, 不动产权证书):
        # the value's rows lie right of the label, above and below it by the same amount
        stack = _centred_rows(lines, ln, stop_labels + aliases, col_limit, label_lines)
        if stack:
            for o in stack:
                o, doubtful = _column_tail(o, column, stop_labels + aliases)
                pieces.hole = pieces.hole or doubtful
                part = _cut_at_labels(o.text, stop_labels)
                pieces.append(Piece(part, o.score, (o.x1, o.y1, o.x2, o.y2), o.char_info(0, len(part))))
            value_x = min(o.x1 for o in stack)
            return pieces
    if not pieces:
        # value on the next line below the label (some layouts put it underneath)
        # (before the next label down the column: a row past that label is its value's — the last
        # row of a 经营范围 under 住所 whose own row the detector missed on a crumpled page)
        # (a label longer than the form's label column — `法定代表人(负责人)` among `住所`, `经营场所` —
        # runs past where the values start and pushes its value to the row under it, in that column)
        below = [o for o in lines if o.y1 >= ln.y2 - 0.3 * ln.h and o.y1 <= ln.y2 + 1.5 * ln.h
                 and (abs(o.x1 - ln.x1) < 3 * ln.h
                      or (ln.x1 < o.x1 <= ln.x2 + 0.5 * ln.h and _in_value_column(o, ln, lines, label_lines)))
                 and not o.owner
                 and not starts_with_label(o.text, stop_labels + aliases)
                 and not any(same_row(lab, o) and lab.x1 < o.x1 for lab in label_lines)  # another label's value
                 and not any(lab is not ln and lab.x1 < ln.x2 and lab.x2 > ln.x1 and ln.cy + 0.5 * ln.h < lab.cy < o.cy
                             for lab in label_lines)]
        if not below:
            return None
        o = min(below, key=lambda o: o.y1)
        part = _cut_at_labels(o.text, stop_labels)
        pieces.append(Piece(part, o.score, (o.x1, o.y1, o.x2, o.y2), o.char_info(0, len(part)), o.xs_of(0, len(part))))
        pieces.below = True
        value_x = o.x1
        value_ink = o.ink
        ln = o
    if multiline:
        last = max(p.box[3] for p in pieces)
        # rows are as far apart as the value's print, not its label's (a larger label font)
        hgt = min(ln.h, sorted(p.box[3] - p.box[1] for p in pieces)[len(pieces) // 2])
        used = {id(ln)}
        prev_cy = max((p.box[1] + p.box[3]) / 2 for p in pieces)
        centres = [prev_cy]
        for _ in range(max_lines):
            # (a photo at an angle gives tall boxes that overlap the row above: a line whose
            # centre is well below the previous row's centre is the next row all the same; once
            # two rows are taken, "well below" is measured by their own pitch — tight print sets
            # rows closer than their boxes are tall)
            pitches = sorted(b - a for a, b in zip(centres, centres[1:], strict=False))
            step = min(0.6 * hgt, 0.7 * pitches[len(pitches) // 2]) if pitches else 0.6 * hgt
            below = [o for o in lines if o.cy > prev_cy + step and o.y1 < last + 1.1 * hgt]
            # (a box under the last row's start, lower than it, is the next row even when a photo's
            # tall boxes overlap it by half: boxes of one row never stand over one another)
            under = pieces[-1].box
            beneath = [o for o in lines if o.cy > prev_cy + 0.35 * hgt and o.y1 < last + 1.1 * hgt
                       and min(o.x2, under[2]) - max(o.x1, under[0]) > 0.5 * (o.x2 - o.x1)]
            below += beneath
            # (a box many rows tall is other print over the page — a copy's stamp, a seal's text)
            nxt = [o for o in lines if id(o) not in used and not o.owner and o.h < TALL_BOX * hgt
                   and ((o.y1 > last - 0.4 * hgt and o.y1 < last + 1.1 * hgt and not same_row(o, ln))
                        or any(o is b for b in below))
                   and o.x1 >= value_x - 1.2 * hgt and o.x1 <= value_x + 1.5 * hgt
                   and o.x1 < min(right_limit, col_limit)
                   and not any(same_row(lab, o) and label_x - 2 * hgt <= lab.x1 < o.x1
                               and (lab is not own or (o.cy < prev_cy + 0.6 * hgt and not any(o is b for b in beneath)))
                               for lab in label_lines)]
            if not nxt:
                break
            o = min(nxt, key=lambda o: (o.y1, o.x1))
            if starts_with_label(o.text, stop_labels + stop_below):
                break
            if foreign_ink(o.ink, value_ink):
                # print of another ink under the value (a copy note, a stamp, a signature): no row of
                # it — the rows under that print are looked at still
                used.add(id(o))
                continue
            x_hi = max(p.box[2] for p in pieces)
            if any(m is not o and id(m) not in used and prev_cy + 0.3 * hgt < m.cy < o.cy - 0.3 * hgt
                   and min(m.x2, x_hi) - max(m.x1, value_x) > 0.5 * min(m.x2 - m.x1, x_hi - value_x) for m in lines):
                # another row lies between: the value does not jump over it (another field's row;
                # a long one counts when it covers half of this value's width: a short address
                # above a scope's wide first row does not go on under that row)
                break
            used.add(id(o))
            o, doubtful = _column_tail(o, column, stop_labels + aliases)
            pieces.hole = pieces.hole or doubtful
            part = _cut_at_labels(o.text, stop_labels)
            if part:
                pieces.append(Piece(part, o.score, (o.x1, o.y1, min(o.x2, right_limit), o.y2), o.char_info(0, len(part)),
                                    o.xs_of(0, len(part))))
                value_ink = o.ink or value_ink
                # more text on this row beyond a gap (glare over the middle of a wrapped row): the
                # joined value would skip what lies between
                if any(m is not o and id(m) not in used and same_row(m, o) and o.x2 - 0.3 * hgt <= m.x1
                       < min(right_limit, o.x2 + 3 * hgt) and not starts_with_label(m.text, stop_labels)
                       and not (ROW_GAP_TALL and m.h >= TALL_BOX * hgt and len(m.text) <= 2) for m in lines):
                    pieces.hole = True
            last = o.y2
            ln = o
            prev_cy = o.cy
            centres.append(o.cy)
            if part != o.text:
                break
    under = False
    if multiline:
        # a row right under the value, overlapping its column, that was not taken as its
        # continuation (a seal or a fold moved its start): the value may go on there
        x_lo, x_hi = value_x, max(p.box[2] for p in pieces)
        bottom = max(p.box[3] for p in pieces)
        taken = {(p.box[0], p.box[1]) for p in pieces}
        for o in lines:
            if (o.y1 > bottom - 0.3 * o.h and o.y1 < bottom + 0.8 * o.h and not o.owner and o.h < TALL_BOX * hgt
                    and (o.x1, o.y1) not in taken and o.x1 >= min(x_lo - 1.5 * o.h, max(label_x + o.h, x_lo - 4 * o.h))
                    and min(o.x2, x_hi) - max(o.x1, x_lo) > 0.5 * (o.x2 - o.x1)
                    and not starts_with_label(o.text, stop_labels + stop_below) and not COPY_MARK.fullmatch(o.text)
                    and not foreign_ink(o.ink, value_ink)
                    and not any(same_row(lab, o) and lab.x1 < o.x1 for lab in label_lines)
                    and not any(m is not o and (m.x1, m.y1) not in taken and m.x1 - 0.5 * o.h <= o.x1 <= m.x2
                                and m.cy < o.cy - 0.3 * o.h and m.y2 > o.y1 - 0.8 * o.h for m in lines)):
                under = True  # (a row that continues another line above it is not ours)
                break
    if gap_box is not None:
        # text lines of other rows starting where the gap box starts: a column whose labels were
        # not read (glare), not a hole in this value
        # (a column has rows beside other labels: one line that happens to start there, or a
        # title, is no column)
        column = sum(1 for o in lines if o is not gap_box and not same_row(o, gap_box)
                     and abs(o.x1 - gap_box.x1) < 1.5 * gap_box.h
                     and any(same_row(lab, o) for lab in label_lines)) >= 2
        first_row = [p for p in pieces if p.box[3] > gap_box.y1 and p.box[1] < gap_box.y2]
        pieces.hole = pieces.hole or (not column and (len(first_row) < len(pieces) or len(gap_box.text) >= 3))
    pieces.under = under and not pieces.hole
    pieces.hole = pieces.hole or under
    return pieces


SMALL_PRINT_GAP = 0.8  # a box past a value's gap below this share of the value's height, over another such box: small print (0: off)


def _small_print_block(o: Line, lines: list[Line], h: float) -> bool:
    """`o`, met on a value's row past a gap, heads a block of smaller print than the value's own (`h` high):
    it and a box right under it are both under SMALL_PRINT_GAP of that height, the lower one less than a value's
    row below and under it (their widths overlapping by half). A 正本's or 副本's QR code carries such a
    caption beside the rows (扫描二维码登录…, three lines of small type), a form its footnotes: print of
    another size, not the value's characters after glare or a fold — those are the value's own height,
    and a row of them stands alone, not over more rows of the same small print. Such a box ends the
    value without marking a gap in it (`Value.hole`)."""
    if not SMALL_PRINT_GAP or o.h >= SMALL_PRINT_GAP * h:
        return False
    return any(b is not o and b.h < SMALL_PRINT_GAP * h and o.cy < b.cy < o.cy + h and b.y1 < o.y2 + 0.5 * o.h
               and min(b.x2, o.x2) - max(b.x1, o.x1) > 0.5 * min(b.x2 - b.x1, o.x2 - o.x1) for b in lines)


# a box holding only the end of its label and the label's colon (`址:` after a label `地址` recovered
# from a box that read its last character as another's — a watermark's `业` over `址`), or that end alone
# right where the label ends, is the label's, not the value's first: the value starts in the box after
# it (ZZ zz_037; without the colon main pre-filled `址四川省…`; False: off)
LABEL_TAIL_BOX = True


def _label_tail_box(label: Line, o: Line) -> bool:
    """`o` is one or two last characters of `label` and nothing else but a colon after them: a label's
    end read in a box of its own — with its colon (a colon closes a label, never a value's first
    characters) within two rows' heights of the label, or without one right where the label ends."""
    text = o.text.strip()
    core = text.rstrip(":：")
    if not (0 < len(core) <= 2 and len(core) < len(label.text) and label.text.endswith(core)):
        return False
    return o.x1 < label.x2 + (2.0 if core != text else 0.5) * label.h


def _label_echo_len(label: Line, o: Line) -> int:
    """How many characters at the start of box `o` repeat the end of the label line beside it and
    stand inside the label's box (0 when none): a justified label's last character read a second
    time at the start of the value's box, which the detector started under the label's own box.
    A value's own first character stands past the label's right end, however it is spelled."""
    if o.x1 >= label.x2 - 0.3 * label.h:
        return 0
    for k in (2, 1):
        if len(o.text) > k and label.text.endswith(o.text[:k]):
            centre = o.xs[k - 1] if len(o.xs) == len(o.text) else o.x_at(k) - 0.5 * label.h
            if centre < label.x2:
                return k
    return 0


def _in_value_column(o: Line, label: Line, lines: list[Line], label_lines: list[Line]) -> bool:
    """`o` starts where the values of two other labels of `label`'s column start (a form's value
    column: a short label's value stands as far from it as a long label's does). Text past the x of a
    label at the page's foot (发证机关 over the seal) is taken for stray print beside the values only
    when it stands apart from that column."""
    h = label.h
    starts = []
    for lab in label_lines:
        if lab is label or abs(lab.x1 - label.x1) > h or same_row(lab, label):
            continue
        right = [b for b in lines if b is not lab and same_row(b, lab) and b.x1 > lab.x2 - 0.3 * h]
        first = min(right, key=lambda b: b.x1, default=None)
        if first is not None and not any(first is x for x in label_lines):
            starts.append(first.x1)
    return sum(abs(x - o.x1) <= 0.5 * h for x in starts) >= 2


SECOND_VALUE_COLUMN = True  # a value starting where two other rows' values of its label column start did not start late (False: judged by the median)


def _starts_late(label: Line, value_x: float, label_lines: list[Line], lines: list[Line]) -> bool:
    """The value starts clearly right of where the values of the labels above and below it (the
    same label column) start, while its own label does not reach that far — or its label's box
    reaches far past the other labels: the value's first characters were not read (glare, a
    seal), or were swallowed into the label's box. Needs two other rows that agree, and no
    long label's value starting where this value starts."""
    h = label.h
    sibs = [lab for lab in label_lines if lab is not label and not same_row(lab, label)
            and abs(lab.x1 - label.x1) < h]
    starts = []
    for lab in sibs:
        # (a value box split off a `label:` box starts with the colon: the value starts after it, as
        # this value's own start is measured)
        right = [o.x_at(len(o.text) - len(o.text.lstrip(":："))) for o in lines
                 if o is not lab and same_row(o, lab) and lab.x2 - 0.3 * h <= o.x1 < lab.x2 + 8 * h
                 and o not in label_lines and o.text.strip(":：")]
        if right:
            starts.append(min(right))
            if abs(min(right) - value_x) < 0.5 * h and lab.x2 > value_x - 2 * h:
                # a long label's value starts where this one does: the form sets some values
                # further right (a second value column), nothing was lost
                return False
    if len(starts) < 2:
        return False
    if SECOND_VALUE_COLUMN and sum(abs(x - value_x) < 0.5 * h for x in starts) >= 2:
        # (two other rows' values start where this one does: the form's values there stand in a
        # column of their own — a 食品经营许可证's upper block after its long 社会信用代码（身份证号码）,
        # its lower block further left — and a start lost to glare or a seal would not line up so)
        return False
    starts.sort()
    mid = starts[len(starts) // 2]
    agree = [x for x in starts if abs(x - mid) < 0.5 * h]
    if len(agree) < 2 or value_x < mid + 0.8 * h:
        return False
    widest = max(lab.x2 - lab.x1 for lab in sibs)
    # (a label longer than its column — a five-character 法定代表人 printed at its characters' own
    # pitch after justified two-character labels — reaches past the column's values by its own
    # characters: only a box wider than the characters read in it swallowed the value's start)
    own = len(label.text.rstrip(":：")) * LABEL_ADVANCE * h
    return label.x2 < mid - 0.2 * h or (label.x2 - label.x1 > widest + h
                                        and len(label.text) <= max(len(lab.text) for lab in sibs)
                                        and label.x2 - label.x1 > own)


# A value's two rows with their label centred on them, the label's box level with the lower row only (its
# middle this share of the row's height above the lower row's middle, or more): the upper row starts the
# value (AD's 卫生许可证 addresses whose `（实际经营场所）` wraps: ad_025, 047, 117, 125, 137, every one blank
# or refused as the lower row alone). A label on its own single row stands level with its middle, not above
# it: the wrapped end of the field above is not taken (0: off)
CENTRED_ON_WRAP = 0.15


def _centred_rows(lines: list[Line], label: Line, labels: tuple[str, ...], col_limit: float,
                  label_lines: list[Line]) -> list[Line]:
    """Rows of a value right of `label` whose block is vertically centred on it (2+ rows, each
    starting at the same x, no other label on their rows)."""
    h = label.h
    cands = sorted((o for o in lines if o is not label and not o.owner and label.x2 - 0.5 * h <= o.x1 <= label.x2 + 6 * h
                    and o.x1 < col_limit and abs(o.cy - label.cy) < 3 * h and not starts_with_label(o.text, labels)
                    and not any(same_row(lab, o) and lab is not label and lab.x1 < o.x1 for lab in label_lines)),
                   key=lambda o: o.y1)
    chains: list[list[Line]] = []

    def between(a: Line, b: Line) -> bool:  # another row lies between a and b (another field's)
        return any(m is not a and m is not b and a.cy + 0.3 * a.h < m.cy < b.cy - 0.3 * b.h
                   and min(m.x2, max(a.x2, b.x2)) - max(m.x1, min(a.x1, b.x1)) > 0.5 * (m.x2 - m.x1) for m in lines)

    for o in cands:
        if chains and o.y1 - chains[-1][-1].y2 < 0.8 * h and abs(o.x1 - chains[-1][0].x1) < 1.5 * h \
                and not between(chains[-1][-1], o):
            chains[-1].append(o)
        elif not chains or o.x1 < chains[-1][0].x1 + 1.5 * h:
            chains.append([o])
    for chain in chains:
        # (a paragraph's rows are evenly spaced, fields further apart: a first row standing further
        # above the next than the rows below stand apart is the wrapped end of the field above —
        # `单元402室` under an address row, over a scope centred on its label)
        while len(chain) >= 3 and chain[1].cy - chain[0].cy > PARAGRAPH_GAP * min(
                b.cy - a.cy for a, b in zip(chain[1:], chain[2:], strict=False)):
            chain = chain[1:]
        top, bottom = chain[0].y1, chain[-1].y2
        if len(chain) >= 2 and abs((top + bottom) / 2 - label.cy) < 0.7 * h:
            return chain
    return []


def join(pieces: list[Piece]) -> tuple[str, float, list[float]]:
    """Concatenate pieces into (text, min score, union box)."""
    text = "".join(p.text for p in pieces)
    score = min(p.score for p in pieces)
    box = [min(p.box[0] for p in pieces), min(p.box[1] for p in pieces),
           max(p.box[2] for p in pieces), max(p.box[3] for p in pieces)]
    return text, score, [round(v, 1) for v in box]


_OPENERS = "(“‘《「『【〔"


def piece_rows(pieces: list[Piece]) -> list[list[Piece]]:
    """A value's pieces grouped into printed rows, top to bottom: a piece overlapping the previous
    one's height by more than 45 % of the smaller is on its row (shared by the ragged-row and the
    ID card's row-slack checks, which must agree on what a row is)."""
    rows: list[list[Piece]] = []
    for p in sorted(pieces, key=lambda p: (p.box[1], p.box[0])):
        if rows and min(rows[-1][-1].box[3], p.box[3]) - max(rows[-1][-1].box[1], p.box[1]) > \
                0.45 * min(rows[-1][-1].box[3] - rows[-1][-1].box[1], p.box[3] - p.box[1]):
            rows[-1].append(p)
        else:
            rows.append([p])
    return rows


RAGGED_SKEW = True  # a scope's rows measured against its slanted column (False: against the top row's)
RAGGED_WRAPPED_HEAD = True  # a wrapped row whose first character stands right of the others' lost one (False: not)
RAGGED_HEAD_SHIFT = 0.6  # … by this many character pitches (as the first row's own test)
RAGGED_OPENER_DOWN = True  # a scope's row before a row opening with a bracket may end a cell short (False: not)


# punctuation a row may not start with (避头): a typesetter pulls it up onto the row before, past
# the column's edge, so a row ending with it may reach further than the column
_NO_ROW_START = "、,，。.;；:：)）」』》!！?？"


def ragged(pieces: list[Piece] | None, *, hanging: bool = False, early: Collection[int] = ()) -> bool:
    """True when a wrapped value has a non-last row that stops well short of the others, or a
    wrapped row that starts later than the others.

    Printed values wrap character by character, so every row but the last reaches the column's
    right edge; a row ending a character or more early lost its last character(s) — typically a
    thin 、 or ； the detector cut off — and the joined text would be wrong. `early`: rows (indices)
    known to end short for another reason (a number wrapped whole to the next row), not measured.
    """
    if not pieces or len(pieces) < 2:
        return False
    rows = piece_rows(pieces)
    if len(rows) < 2:
        return False
    rights = [max(p.box[2] for p in row) for row in rows]
    h = sorted(p.box[3] - p.box[1] for p in pieces)[len(pieces) // 2]
    shifts = [0.0] * len(rows)
    if hanging and RAGGED_SKEW and len(rows) >= 5:
        # a page photographed at a slant leans the whole column: the wrapped rows' left edges drift
        # by the same step each row as their right edges do; measure each row against the column
        # where it stands, not where the top row stands (the drift: the median step of the lefts)
        lefts0 = [min(p.box[0] for p in row) for row in rows[1:]]
        steps = sorted(b - a for a, b in zip(lefts0, lefts0[1:], strict=False))
        step = steps[len(steps) // 2]
        if abs(step) <= 0.25 * h:
            shifts = [step * (i - 1) for i in range(len(rows))]
            rights = [r - s for r, s in zip(rights, shifts, strict=True)]
    edge = max(rights)
    if hanging:
        # (`hanging`: the column's edge is where rows not ending in such punctuation end)
        ends = [r for r, row in zip(rights[:-1], rows[:-1], strict=True)
                if not max(row, key=lambda p: p.box[2]).text.endswith(tuple(_NO_ROW_START))]
        edge = max(ends, default=edge)
    # (`hanging`: a row whose next row opens with a bracket or quote may end a cell earlier — an
    # opening mark never ends a row (行尾禁则), the typesetter carries it down with its cell)
    # (only after a row that ends with its punctuation read — `。（`: nothing else stands between them)
    pushed = {i for i, row in enumerate(rows[1:]) if hanging and RAGGED_OPENER_DOWN
              and min(row, key=lambda p: p.box[0]).text[:1] in _OPENERS
              and max(rows[i], key=lambda p: p.box[2]).text.endswith(tuple(_NO_ROW_START))}
    if any(r < edge - (1.9 if i in pushed else 0.9) * h for i, r in enumerate(rights[:-1]) if i not in early):
        return True
    # wrapped rows start at the value's left edge; one starting half a character later lost its
    # first character (a thin 、 or ；the detector left out of the box)
    # (a row opening with a full-width bracket or quote starts half a character later on paper:
    # the glyph's ink sits in its right half)
    lefts = [min(p.box[0] for p in row) - s - (0.6 * h if min(row, key=lambda p: p.box[0]).text[:1] in _OPENERS else 0.0)
             for row, s in zip(rows[1:], shifts[1:], strict=True)]
    # (the allowance lets a bracket row start later; it does not make the other rows late: a box
    # may as well start at the bracket's cell as at its ink)
    if len(lefts) >= 2 and max(lefts) > min(min(p.box[0] for p in row) - s for row, s in zip(rows[1:], shifts[1:], strict=True)) + 0.5 * h:
        return True
    # a wrapped row's first character stands clearly right of another wrapped row's first character,
    # though its box starts where theirs do: the detector boxed the character and the recogniser did
    # not read it (ZU zu_0140, a blurred chat picture: `务代理服务。（除…` under `活动具体…`, 票 lost — its
    # `务` 0.9 of a pitch right of `活`). By the recogniser's positions, as for the first row below
    if RAGGED_WRAPPED_HEAD and len(rows) >= 3:
        heads = [(min(row, key=lambda p: p.box[0]), s) for row, s in zip(rows[1:], shifts[1:], strict=True)]
        heads = [(q.xs[0] - s, q) for q, s in heads
                 if len(q.xs) == len(q.text) >= 3 and q.text[0] not in _OPENERS and q.text[0] not in _NO_ROW_START
                 and all(b > a for a, b in zip(q.xs, q.xs[1:], strict=False))]
        if len(heads) >= 2:
            steps = sorted(b - a for _, q in heads for a, b in zip(q.xs, q.xs[1:], strict=False))
            pitch = steps[len(steps) // 2]
            if pitch > 0 and max(x for x, _ in heads) - min(x for x, _ in heads) > RAGGED_HEAD_SHIFT * pitch:
                return True
    # the first row's first character stands clearly right of the next row's first character:
    # the value's first character was lost (glued to its label, or under a mark) — by the
    # recogniser's character positions, which do not depend on where a box was cut
    first, second = min(rows[0], key=lambda p: p.box[0]), min(rows[1], key=lambda p: p.box[0])
    if len(first.xs) == len(first.text) >= 3 and len(second.xs) == len(second.text) >= 3:
        steps = sorted(b - a for a, b in zip(first.xs, first.xs[1:], strict=False))
        pitch = steps[len(steps) // 2]
        return pitch > 0 and first.xs[0] - second.xs[0] > 0.6 * pitch
    return False


# ---------------------------------------------------------------------------------------------
# rows whose label was not read

ORPHAN_CLEAR = 0.5  # a row between two labels: its centre this many of their heights clear of their rows
VALUE_START = 1.2  # a value starts within this many line heights of where its column's values start


@dataclass
class Orphan:
    """A row of a label column with no label read beside it: its boxes left to right, and where the
    column's labels (`col_x`) and values (`value_x`) start."""

    boxes: list[Line]
    col_x: float
    value_x: float
    h: float

    @property
    def cy(self) -> float:
        return sum(o.cy for o in self.boxes) / len(self.boxes)


def label_columns(heads: list[Line]) -> list[list[Line]]:
    """Label lines grouped into the form's label columns (left edges within a line height: a form
    starts its labels at one x, justified or not), each top to bottom; columns of two or more."""
    cols: list[list[Line]] = []
    for ln in sorted(heads, key=lambda o: o.x1):
        col = next((c for c in cols if abs(c[-1].x1 - ln.x1) < max(c[-1].h, ln.h)), None)
        if col is None:
            cols.append([ln])
        else:
            col.append(ln)
    return [sorted(c, key=lambda o: o.cy) for c in cols if len(c) >= 2]


def _value_start(head: Line, lines: list[Line]) -> float | None:
    """Where the value beside label line `head` starts (its first box right of it on its row)."""
    h = head.h
    right = [o.x1 for o in lines if o is not head and same_row(o, head) and head.x2 - 0.5 * h <= o.x1 < head.x2 + 8 * h]
    return min(right, default=None)


def rows_between(lines: list[Line], col: list[Line], above: Line, below: Line,
                 heads: list[Line]) -> list[Orphan] | None:
    """The rows of label column `col` between its labels `above` and `below` (one under the other,
    nothing of the column read between them as a label): each row's boxes from the column's left
    edge to the next column. None when the column's value start is unknown or a row does not
    start as a row of this column does (print of another kind: a stamp, a centred note)."""
    h = sorted(o.h for o in col)[len(col) // 2]
    starts = sorted(x for x in (_value_start(o, lines) for o in col) if x is not None)
    if not starts:
        return None
    value_x = starts[len(starts) // 2]
    col_x = sorted(o.x1 for o in col)[len(col) // 2]
    # (the next label column to the right: its rows are not this column's)
    limit = min((o.x1 for o in heads if o.x1 > value_x + h), default=float("inf"))
    band = sorted((o for o in lines if not o.owner and not any(o is x for x in heads) and o.h < TALL_BOX * h
                   and above.cy + ORPHAN_CLEAR * above.h < o.cy < below.cy - ORPHAN_CLEAR * below.h
                   and not same_row(o, above) and not same_row(o, below)
                   and o.x2 > col_x and o.x1 < limit), key=lambda o: o.cy)
    rows: list[list[Line]] = []
    for o in band:
        row = next((r for r in rows if any(same_row(o, m) for m in r)), None)
        if row is None:
            rows.append([o])
        else:
            row.append(o)
    out = []
    for r in rows:
        r.sort(key=lambda o: o.x1)
        if r[0].x1 < col_x - h or r[-1].x2 < value_x + h:
            return None  # starts left of the column, or ends before its values do: no row of it
        out.append(Orphan(r, col_x, value_x, h))
    return out


def _colon_cut(text: str, most: int) -> int:
    """Where a value glued to a misread `label:` starts (after the colon), 0 when no colon."""
    i = next((k for k, ch in enumerate(text[:most + 1]) if ch in ":："), -1)
    return i + 1 if 0 < i + 1 < len(text) else 0


OWN_SCORE = True  # a value cut off a misread label glued to it is scored on its own characters (False: off)


def _own_score(whole: Line, part: Line) -> float:
    """The score of `part`, cut off `whole`, on its own characters. The recogniser's line score is
    the mean of its characters' probabilities (taken on each one's first frame; `chars` keeps the
    best frame, never lower): a misread label glued in front (`找了事合大人曾峰辉` at 0.81, the
    name at 1.00, 1.00, 0.99) drags a sure value's score under the threshold. The line's score is
    moved by how much the part's characters stand above (or below) the whole line's, so the
    estimate keeps the line's first-frame discount."""
    mean = sum(c[0] for c in whole.chars) / len(whole.chars)
    own = sum(c[0] for c in part.chars) / len(part.chars) if part.chars else mean
    return max(0.0, min(1.0, whole.score - mean + own))


def give_label(lines: list[Line], row: Orphan, label: str) -> tuple[list[Line], list[Line]] | None:
    """`lines` with `label` given to the orphan row: what was read in the label column (a misread
    label, alone or glued to the value) is replaced by a line of `label`, and the value keeps its
    own characters. (new lines, the value's lines) — None when the row's start cannot be told."""
    h, value_x = row.h, row.value_x
    head = [o for o in row.boxes if o.x2 <= value_x + 0.3 * h]
    rest = [o for o in row.boxes if not any(o is x for x in head)]
    if not rest or sum(len(o.text) for o in head) > len(label) + 2:
        return None
    first = rest[0]
    drop = head
    value = rest
    if first.x1 < value_x - VALUE_START * h:
        # a misread label glued to the value (`经我项:预包装…`, `负员人林佳`): cut after its colon, or
        # where the recogniser's character centres reach the column's values
        most = len(label) + 2 - sum(len(o.text) for o in head)
        cut = _colon_cut(first.text, most)
        if not cut and len(first.xs) == len(first.text):
            cut = next((i for i, x in enumerate(first.xs) if x >= value_x - 0.25 * h), 0)
        if not 0 < cut <= most or cut >= len(first.text):
            return None
        x = (first.xs[cut - 1] + first.xs[cut]) / 2 if len(first.xs) == len(first.text) else first.x_at(cut)
        _, part = first.split_at(cut, x)
        part.owner = label
        if OWN_SCORE and len(first.chars) == len(first.text):
            part.score = _own_score(first, part)
        drop = [*head, first]
        value = [part, *rest[1:]]
    elif first.x1 > value_x + VALUE_START * h:
        return None  # starts further right than the column's values: no value of this column
    if value[0].text[:1] in label:
        return None  # a character of the label glued to the value: where the label ends is not known
    y1, y2 = min(o.y1 for o in row.boxes), max(o.y2 for o in row.boxes)
    tag = Line(label, min((o.score for o in head), default=1.0), row.col_x, y1, value[0].x1 - 0.2 * h, y2,
               row.boxes[0].idx)
    out = [o for o in lines if not any(o is x for x in drop)] + [tag] + [v for v in value if not any(v is o for o in lines)]
    return sorted(out, key=lambda o: (o.cy, o.x1)), value
