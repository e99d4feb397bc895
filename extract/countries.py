"""Countries: who reports a figure and who is its partner, host, owner, giver or receiver.

Country and place names are found once per document (``_CountryIndex``); the roles come from
the words around a figure: prepositions ("sang Lào", "từ Campuchia", "tại Lào"), the subject of
a trade verb, the host that attracts or approves investment, the giver and receiver of a gift,
and the side a passage is told from (a neighbour's trading partners, a table's caption).
"""
from __future__ import annotations

import bisect
import contextvars
import re
from datetime import date
from typing import Optional

from .context import _CLAUSE_EDGE, FLOWS, STOCKS, Context, Cue, Draft, I
from .mentions import Mention
from .periods import Period
from .tables import is_table_mention
from .vocab import BORDER_GATE_RE, BORDER_GATES, COMMODITY_RE, COUNTRY_RE, country_of, is_place

class _CountryIndex:
    """Every country name of a document, found in one pass and looked up by offsets."""

    def __init__(self, text: str):
        self.text = text
        matches = list(COUNTRY_RE.finditer(text))
        self.found = [(m.start(), m.end(), country_of(m)) for m in matches]
        self.places = {m.start() for m in matches if is_place(m)}
        self.starts = [x for x, _, _ in self.found]

    def between(self, a: int, b: int) -> list[tuple[int, int, str]]:
        i = bisect.bisect_left(self.starts, a)
        out = []
        while i < len(self.found) and self.found[i][0] < b:
            if self.found[i][1] <= b:
                out.append(self.found[i])
            i += 1
        return out


# The country index of the document being read (set by extract_document for its duration).
_DOC_COUNTRIES: contextvars.ContextVar = contextvars.ContextVar("doc_countries", default=None)


# The partners named often enough to anchor a phrase; _iso maps any name to its code.
_MAIN = "Việt Nam|Lào|Campuchia|Thái Lan|Trung Quốc"


def _iso(name: str) -> str:
    return country_of(COUNTRY_RE.fullmatch(name))


def _countries(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    index = _DOC_COUNTRIES.get()
    if index is not None and index.text is text:
        return index.between(a, b)
    return [(m.start(), m.end(), country_of(m)) for m in COUNTRY_RE.finditer(text, a, b)]


def _is_place(text: str, x: int) -> bool:
    index = _DOC_COUNTRIES.get()
    if index is not None and index.text is text:
        return x in index.places
    m = COUNTRY_RE.match(text, x)
    return bool(m and is_place(m))


def _other(c: str, pair: tuple[str, str]) -> str:
    if c == pair[0]:
        return pair[1]
    return pair[0]


_PREP = re.compile(r"(?P<prep>sang|vào|tới|đến|từ|của|tại|ở|cho|với|giữa|là|sau|trước)\s+"
                   r"(?:(?:thị trường|nước|phía|tỉnh \S+ của|tỉnh|thành phố|doanh nghiệp|Chính phủ|nhân dân|"
                   r"các nhà đầu tư|nhà đầu tư|Đại sứ)\s+)?$", I)
_AID_GIVER = re.compile(r"(?P<giver>Việt Nam|Lào|Campuchia|Trung Quốc|Thái Lan)\s+(?:\S+\s+){0,3}?"
                        r"(?:viện trợ|hỗ trợ|tặng|trao tặng|tài trợ|ủng hộ)\s+(?:cho\s+)?"
                        r"(?P<taker>Việt Nam|Lào|Campuchia)")


_AID_VERB = re.compile(r"(?:viện trợ|hỗ trợ|trao tặng|gửi tặng|gửi sang|gửi tới|tặng|tài trợ|ủng hộ|trao|"
                       r"tiếp nhận|gửi(?= (?:khoảng |gần |hơn |trên )?\d)|chuyển (?:tới|cho|đến))\s+"
                       r"(?:cho\s+|tới\s+)?(?:(?:tỉnh|thành phố|nhân dân|người dân|Chính phủ|"
                       r"chính quyền|lực lượng vũ trang)\s+)?", I)


_ATTRACT = re.compile(rf"({_MAIN})(?:\s+\S+){{0,8}}?\s+(?:hiện |đã )?(?:thu hút|tiếp nhận|nhận|"
                      r"phê duyệt|cấp phép(?: cho)?)\s")


def _giver_taker(text: str, a: int, end: int, after: int = -1, b: int = -1
                 ) -> tuple[Optional[str], Optional[str]]:
    """(giver, receiver) of a gift, either possibly unknown, from the verb nearest before the
    figure (which runs from ``end`` to ``after``):

    * the place or country before the verb gives: "tỉnh Khăm Muộn đã gửi tặng tỉnh Hà Tĩnh …";
    * the receiver follows the verb ("hỗ trợ khẩn cấp Chính phủ và nhân dân Việt Nam 100.000
      USD") or "cho|giúp|tới" behind the figure ("trao tặng 100.000 USD cho Đại sứ quán Việt
      Nam");
    * "của|do|từ" behind the figure names the giver ("trao 100.000 USD của Chính phủ Hoàng gia
      Campuchia giúp nhân dân Việt Nam");
    * after "tiếp nhận" the roles turn: the subject receives ("Đại sứ quán Việt Nam tại Lào đã
      tiếp nhận 1,2 tỷ kíp … do … nhân dân Lào quyên góp")."""
    clause_end = b
    if after >= 0 and b >= 0:
        nxt = _CLAUSE_EDGE.search(text, after, b)
        clause_end = nxt.start() if nxt else b
    # (searched a little past the figure so that a verb's look-ahead can see it: "gửi 400 …")
    verbs = [v for v in _AID_VERB.finditer(text, a, min(len(text), end + 12)) if v.end() <= end]
    if not verbs:
        return None, None
    v = verbs[-1]
    lo = max([a, v.start() - 80] + [x.end() for x in _CLAUSE_EDGE.finditer(text, max(a, v.start() - 80), v.start())])
    givers = [c for x, _, c in _countries(text, lo, v.start())
              if not re.search(r"(?:cho|tới|nhận|tiếp|tại|ở)\s+(?:\S+\s+)?$", text[max(a, x - 12):x], I)]
    between = [c for x, _, c in _countries(text, v.end(), end) if x - v.end() < 60]
    behind_giver = behind_taker = None
    if after >= 0:
        tail = text[after:clause_end]
        t = re.search(rf"\b(?:cho|giúp|tới|đến|sang|ủng hộ)\s+(?:[\wÀ-ỹ]+\s+){{0,12}}?({_MAIN})", tail, I)
        # "của" inside the receiver's phrase ("cho quỹ khuyến học của Bộ Giáo dục … Lào") names
        # the receiver, not a giver
        g = re.search(rf"\b(?:của|do|từ)\s+(?:[\wÀ-ỹ,]+\s+){{0,8}}?({_MAIN})",
                      tail[:t.start()] if t else tail, I)
        behind_giver = _iso(g.group(1)) if g else None
        behind_taker = _iso(t.group(1)) if t else None
    if between and re.search(r"(?:dành cho|cho|giúp|tặng)\s+(?:nước bạn|phía bạn|bạn)\b",
                             text[v.end():end], I):
        # "tổng mức viện trợ Chính phủ Việt Nam cam kết dành cho nước bạn …": the country after
        # the verb gives, "nước bạn" receives
        return between[0], None
    right_after = _countries(text, v.end(), min(end, v.end() + 30))
    if right_after and right_after[0][0] == v.end() and givers and givers[-1] != right_after[0][2]:
        return givers[-1], right_after[0][2]  # "tỉnh Khăm Muộn đã gửi tặng tỉnh Hà Tĩnh …"
    if re.search(r"(?:tiếp nhận|nhận)\s", text[max(a, v.start() - 12):v.end()], I):
        return behind_giver, (givers[0] if givers else None)
    if behind_giver:  # "… 200.000 USD của Chính phủ Việt Nam": whoever handed it over
        return behind_giver, behind_taker if behind_taker != behind_giver else None
    gap_ok = between and re.fullmatch(
        r"(?:[\s,]*(?:khẩn cấp|Chính phủ|và|nhân dân|đồng bào|người dân|lực lượng|cho|các|tỉnh|thành phố))*\s*",
        text[v.end():_countries(text, v.end(), end)[0][0]], I)
    taker = behind_taker or (between[0] if gap_ok else None)
    # the subject that gives, not a country named after "đến|thăm" ("đã đến Bộ Lao động … Lào
    # thăm hỏi và trao tặng …": the visitors give)
    subjects = [c for x, _, c in _countries(text, lo, v.start())
                if not re.search(r"(?<![\wÀ-ỹ])(?:đến|tới|thăm|gặp|cho|tại|ở)(?![\wÀ-ỹ])", text[lo:x], I)]
    giver = subjects[0] if subjects else None
    if giver is not None and giver == taker:
        return giver, None
    return giver, taker


def _roles(text: str, lo: int, hi: int, a: int) -> tuple[dict[str, str], list[str]]:
    roles: dict[str, str] = {}
    plain: list[str] = []
    for x, y, c in _countries(text, lo, hi):
        prep = _PREP.search(text, max(a, x - 30), x)
        if prep and prep["prep"].lower() in ("tại", "ở") and _is_place(text, x):
            continue  # "Hội nghị … tổ chức tại Đà Nẵng": where it was said, not a host
        if prep:
            roles.setdefault(prep["prep"].lower(), c)
        else:
            plain.append(c)
    return roles, plain


def _flow_countries(text, a, b, ind: str, cue: Cue, until: int, pair) -> tuple[str, str]:
    """(reporter, partner) of an export or import cue: who ships, who receives."""
    lo = max(a, cue.start - 40)
    # the subject stands in the cue's own clause: "giữa Việt Nam và Lào …, trong đó xuất khẩu"
    lo = max([lo] + [x.end() for x in _CLAUSE_EDGE.finditer(text, lo, cue.start)])
    if re.search(r"\d[^;]*\s(?:và|còn)\s+$", text[lo:cue.start], I):
        # "nhập khẩu từ Thái Lan 7 tỷ USD và xuất khẩu sang thị trường này 3,5 tỷ USD": the
        # second verb's places are its own, not the first figure's
        lo = cue.start
    roles, plain = _roles(text, lo, max(until, cue.end), a)
    subject = None
    for x, y, c in _countries(text, lo, cue.start):
        if not _PREP.search(text, max(a, x - 30), x):
            subject = c
    if subject is None and re.search(r"\s(?:và|còn)\s+$", text[max(a, cue.start - 6):cue.start], I) \
            and not _countries(text, cue.start, cue.end):
        # "Lào xuất khẩu sang Thái Lan 1,93 tỷ USD và nhập khẩu từ Thái Lan …": the second verb
        # shares the first one's subject
        verbs = list(re.finditer(r"xuất khẩu|nhập khẩu|xuất|nhập|bán|mua", text[a:cue.start], I))
        if verbs:
            v = a + verbs[-1].start()
            bare = [c for x, y, c in _countries(text, max(a, v - 40), v)
                    if not _PREP.search(text, max(a, x - 30), x)
                    and not re.search(r"(?:và|với)\s+$", text[max(a, x - 6):x], I)]
            subject = bare[-1] if bare else None
    if subject is None:
        anaphor = re.search(r"(?:nước này|nước bạn|phía bạn)\s+(?:[\wÀ-ỹ]+\s+){0,2}$", text[lo:cue.start], I)
        if anaphor:  # "Theo Bộ … Lào, năm 2023 nước này xuất khẩu điện sang Thái Lan …"
            named = [c for _, _, c in _countries(text, max(0, a - 300), lo + anaphor.start()) if c != "VN"]
            subject = named[-1] if named else None
    dest = roles.get("sang") or roles.get("vào") or roles.get("cho") or roles.get("tới")
    if ind == "export" and dest:
        # "… sang Thái Lan đạt 1,45 tỷ USD, sang Việt Nam 220 triệu USD và Campuchia 86 triệu
        # USD": a figure after an earlier one takes the destination named since
        first = next((y for x, y, c in _countries(text, lo, until) if c == dest), None)
        later = [c for x, _, c in _countries(text, lo, until)
                 if first is not None and x >= first and re.search(r"\d", text[first:x])
                 and re.search(r"(?:sang|tới|cho|và|,)\s+$", text[max(a, x - 6):x], I)]
        if later:
            dest = later[-1]
    if dest is None and re.search(r"về$", text[cue.start:cue.end], I):
        back = _countries(text, cue.end, min(b, cue.end + 15))
        dest = back[0][2] if back else None  # "mủ cao su … xuất về Việt Nam": shipped home
    src = roles.get("từ")
    owner = roles.get("của") or subject
    if ind == "import" and re.search(r"của$", text[cue.start:cue.end], I):
        # "doanh nghiệp mình mua của Campuchia …": "của" names the seller here
        seller = _countries(text, cue.end, min(b, cue.end + 30))
        if seller:
            src, owner = seller[0][2], subject
    if ind == "export":
        exporter = src if src and src != dest else owner
        if exporter is None:
            exporter = _other(dest, pair) if dest else pair[0]
        importer = dest if dest and dest != exporter else _other(exporter, pair)
        return exporter, importer
    importer = owner if owner and owner != src else None
    if importer is None:
        importer = _other(src, pair) if src else pair[0]
    exporter = src if src and src != importer else _other(importer, pair)
    return importer, exporter


_PARTNER_OF = re.compile(rf"(?:đối tác thương mại|bạn hàng|đối tác)(?:\s+\S+){{0,3}}?\s+của\s+"
                         rf"(?:(?P<c>{_MAIN})|nước này|Vương quốc này|nước bạn)", I)


def _note_partner_host(text: str, a: int, b: int, ctx: Context) -> None:
    """"Thái Lan là đối tác thương mại lớn nhất của Lào …": the sentences around list Laos'
    partners, so a lone third country's trade in them is with Laos, not with Vietnam."""
    m = _PARTNER_OF.search(text, a, b)
    if m:
        host = _iso(m["c"]) if m["c"] else (ctx.pair[1] if ctx.pair[0] == "VN" else ctx.pair[0])
        if host != "VN":
            ctx.partner_host, ctx.partner_host_age = host, 0
    elif ctx.partner_host and ctx.partner_host_age <= 3 and re.search(r"đối tác|bạn hàng", text[a:b], I):
        ctx.partner_host_age = 0  # "Thái Lan vẫn là đối tác lớn nhất …": the list goes on


def _home(ctx: Context) -> str:
    """The country whose side the passage is told from, when it is not Vietnam: the host of a
    list of trading partners, or the reporter of the flows just described ("Campuchia xuất
    khẩu sang Việt Nam …")."""
    if ctx.partner_host and ctx.partner_host_age <= 1:
        return ctx.partner_host
    if ctx.flow and ctx.flow[1] not in ("VN", "") and ctx.flow[2] == "VN":
        return ctx.flow[1]
    return ""


def _table_countries(text: str, d: Draft, ctx: Context, pair: tuple[str, str]) -> bool:
    """A table cell's countries: a row labelled with a country is that country's trade with the
    caption's country ("| Trung Quốc | 702 | 5.418 |" under "Thương mại của Campuchia …"); a
    product row is the caption's flow."""
    label, start, end = ctx.table_row
    named = _countries(text, start, end)
    if len({c for _, _, c in named}) == 1:
        row = named[0][2]
        if d.indicator in STOCKS and re.search(r"quốc gia|nhà đầu tư|nước|đối tác|lãnh thổ",
                                               ctx.table_label_header, I):
            # "| 1 | Trung Quốc | 1.035 | 16.850,4 |" under "| Hạng | Quốc gia | …": the row's
            # country invests in the article's host ("| Địa bàn | …" lists hosts instead)
            host = ctx.table_host if ctx.table_host and ctx.table_host != row else (
                ctx.pair[1] if ctx.pair[1] != row else ctx.pair[0])
            if host and host != row:
                d.reporter, d.partner = row, host
                return True
            return False
        host = ctx.table_host if ctx.table_host and ctx.table_host != row else (
            _home(ctx) or (pair[0] if pair[0] != row else pair[1]))
        if host and host != row:
            d.reporter, d.partner = host, row
            return True
        return False
    if ctx.table_flow and d.indicator in {"export", "import", "trade_total"} and not named:
        d.reporter, d.partner = ctx.table_flow
        return True
    return False


_AFTER_LIST = re.compile(rf"(?:xếp sau|chỉ sau|sau|trước|kém)\s+(?:{_MAIN})(?:\s*(?:,|và)\s*(?:{_MAIN}))*")
_DASH_PAIR = re.compile(rf"(?:{_MAIN})\s*[–-]\s*(?:{_MAIN})")  # "Thái Lan – Campuchia": a pair named


def _sentence_pair(text: str, a: int, b: int, pair: tuple[str, str], m: Mention,
                   home: str = "") -> tuple[str, str]:
    """The document's pair, unless the figure's clause names one other partner: of Vietnam, or
    of the country the passage is told from (``home``, see ``_home``)."""
    nxt = _CLAUSE_EDGE.search(text, m.end, b)
    hi = nxt.start() if nxt else b
    lo = max(a, text.rfind(";", a, m.start) + 1)  # "…; tiếp theo là Trung Quốc với 4,3 nghìn tỷ kíp"
    if not _countries(text, lo, hi):
        lo = a  # "Với Lào, trao đổi thương mại đạt …; trong đó xuất khẩu đạt …": still Laos
    named = {c for x, _, c in _countries(text, lo, hi)
             if not re.search(r"(?:sau|trước|xếp sau|kém)\s+(?:\S+\s+){0,2}$", text[max(a, x - 20):x])}
    new = named - set(pair) - {"VN"}
    if not named - {"VN"} and "VN" in pair and (faces := gate_faces(text, lo, hi)):
        return ("VN", faces)  # "Cửa khẩu quốc tế Lệ Thanh đạt 21,4 triệu USD": the gate's neighbour
    if len(new) > 1 and home and not _DASH_PAIR.search(text, lo, hi):
        # "Trung Quốc dẫn đầu với 7,9 tỷ USD, tiếp theo là Mỹ với 6,8 tỷ USD": the partner is
        # the one named in the figure's own clause
        edge = max([lo] + [x.end() for x in _CLAUSE_EDGE.finditer(text, lo, m.start)])
        new = {c for _, _, c in _countries(text, edge, m.start)} - set(pair) - {"VN"} or new
    if len(new) == 1:
        third = new.pop()
        if home and home != third and "VN" not in named:
            return (home, third)  # "Với Thái Lan, thương mại …" in a passage on Cambodia's trade
        if "VN" in pair:
            return ("VN", third)
    return pair


def gate_faces(text: str, a: int, b: int) -> str:
    """The neighbour faced by the one border gate named in text[a:b], or ""."""
    if not BORDER_GATE_RE.search(text, a, b):
        return ""
    faces = {e.target for e in BORDER_GATES if e.pattern.search(text, a, b)}
    return faces.pop() if len(faces) == 1 else ""


def _assign_countries(text, a, b, d: Draft, cue: Optional[Cue], ctx: Context) -> None:
    home = _home(ctx) if d.indicator in FLOWS else ""
    pair = _sentence_pair(text, a, b, ctx.pair, d.mention, home)
    if ctx.last_gate and "VN" in pair and re.search(r"cửa khẩu (?:này|trên)", text[a:b], I) \
            and not {c for _, _, c in _countries(text, a, b)} - {"VN"}:
        pair = ("VN", ctx.last_gate)  # "kim ngạch qua cửa khẩu này": the gate just named
    if home and pair[0] == home and home == ctx.partner_host:
        ctx.partner_host_age = 0  # the list of partners goes on
    ind = d.indicator
    m = d.mention
    if is_table_mention(m) and ctx.table_row and _table_countries(text, d, ctx, pair):
        return
    if ind in {"export", "import"}:
        if cue is not None and cue.indicator == ind and cue.name != "chiều ngược lại":
            d.reporter, d.partner = _flow_countries(text, a, b, ind, cue, m.start, pair)
        elif ctx.flow and ctx.flow[0] == ind:
            d.reporter, d.partner = ctx.flow[1], ctx.flow[2]
        elif ctx.flow and ctx.flow[0] in {"export", "import"}:
            # the opposite flow of the one just described: the same two countries, turned
            d.reporter, d.partner = ctx.flow[1], ctx.flow[2]
        else:
            d.reporter, d.partner = pair
        return
    if ind == "aid":
        g = _AID_GIVER.search(text, a, b)
        if g and g["giver"] != g["taker"]:
            d.reporter, d.partner = _iso(g["giver"]), _iso(g["taker"])
            return
        giver, taker = _giver_taker(text, a, m.start, m.end, b)
        if giver or taker:
            # the side not named is the other country of the pair
            giver = giver or _other(taker, pair)
            taker = taker or _other(giver, pair)
            if giver != taker:
                d.reporter, d.partner = giver, taker
                return
        giver = re.search(rf"(?:Đại sứ|Chính phủ|Nhà nước|Bộ \S+(?: \S+)?|Đại sứ quán)\s+({_MAIN})\s+"
                          rf"(?:tại\s+(\S+(?:\s\S+)?))?", text[a:m.start])
        if giver and re.search(r"(?:cho|tới|nhận|tiếp)\s+$", text[max(a, a + giver.start() - 8):a + giver.start()]):
            giver = None  # "trao cho Đại sứ Lào tại Việt Nam …": the ambassador receives
        if giver and _iso(giver.group(1)) != "VN" and giver.group(2):
            taker = [c for _, _, c in _countries(text, a + giver.start(2), a + giver.end(2))]
            if taker:  # "Đại sứ Trung Quốc tại Phnôm Pênh đã trao khoản hỗ trợ …"
                d.reporter, d.partner = _iso(giver.group(1)), taker[0]
                return
        d.reporter, d.partner = pair
        return
    if ind in STOCKS and ctx.breakdown and not re.search(rf"(?:tại|vào|ở|sang|của) (?:{_MAIN})", text[a:b]):
        kind, subject, _ = ctx.breakdown
        others = [c for _, _, c in _countries(text, a, b) if c != subject]
        before = [c for _, y, c in _countries(text, a, m.start) if c != subject]
        if others:  # a world total told country by country (see pipeline._world_from)
            # each figure is the country's named last before it ("Lào … 5,67 tỷ USD; Campuchia
            # … 3,01 tỷ USD")
            other = before[-1] if before else others[0]
            d.reporter, d.partner = (subject, other) if kind == "outward" else (other, subject)
            return
    if ind in STOCKS:
        lo = max(a, text.rfind(";", a, m.start) + 1)
        hi = b
        semi = text.find(";", m.end, hi)
        hi = semi if semi >= 0 else hi
        roles, plain = _roles(text, lo, hi, a)
        host = roles.get("tại") or roles.get("vào") or roles.get("sang") or roles.get("ở")
        near = re.match(rf"[^,;.]{{0,40}}?(?:tại|vào|ở) ({_MAIN})", text[m.end:hi])
        if ind == "investor_rank" and near:  # "thứ ba … tại Lào và thứ năm tại Campuchia"
            host = _iso(near.group(1))
        hosts = re.findall(rf"(?:tại|vào|ở) ({_MAIN})", text[lo:hi])
        if ind in ("investment_projects", "investment_capital") and len(set(hosts)) > 1:
            # "102 dự án tại Campuchia với … 1,6 tỷ USD và 218 dự án tại Lào với … 2,9 tỷ USD":
            # each figure has the host named right after it, or last before it in its part
            seg = max([lo] + [lo + x.end() for x in re.finditer(r"\svà\s|;", text[lo:m.start])])
            before_host = re.findall(rf"(?:tại|vào|ở) ({_MAIN})", text[seg:m.start])
            if near:
                host = _iso(near.group(1))
            elif before_host:
                host = _iso(before_host[-1])
        if host is None and lo > a:  # "Lào có 11 dự án tại Việt Nam …; Campuchia có 31 dự án"
            earlier, _ = _roles(text, max(a, text.rfind(";", a, lo - 1) + 1), lo, a)
            host = earlier.get("tại") or earlier.get("vào")
        attract = _ATTRACT.search(text[lo:m.start])
        if attract and not host:  # "10 tỉnh của Lào … thu hút 96 dự án": Laos receives
            host = _iso(attract.group(1))
        elif host is None and lo > a and (earlier_attract := _ATTRACT.search(text[a:lo])):
            # "CDC đã phê duyệt 41 dự án …; trong đó, Trung Quốc là nhà đầu tư lớn nhất với 18
            # dự án": the approving country of the clause before is still the host
            host = _iso(earlier_attract.group(1))
        if attract and not _countries(text, lo + attract.end(), m.start) and re.search(
                rf"(?:trong đó|trong số (?:này|đó))\W+(?:\S+\s+){{0,3}}?(?:{_MAIN})", text[m.end:b], I):
            d.reporter = d.partner = ""  # every investor's total, broken down by country after it
            return
        ranked_before = {x for r in _AFTER_LIST.finditer(text, lo, m.start)
                         for x, _, _ in _countries(text, r.start(), r.end())}
        before = [c for x, y, c in _countries(text, lo, m.start)
                  if not _PREP.search(text, max(a, x - 30), x) and c != host
                  and x not in ranked_before]  # "sau Trung Quốc và Thái Lan": not the owner
        # "3 dự án mới của doanh nghiệp Việt Nam": the owner named right after the figure
        after_of = re.match(r"[^,;.]{0,25}?\bcủa (?:các )?(?:doanh nghiệp |nhà đầu tư |phía )?"
                            rf"({_MAIN})", text[m.end:b])
        owner_after = _iso(after_of.group(1)) if after_of else None
        named_with = re.search(rf"(?:vốn|dự án|đầu tư)(?: \S+){{0,2}} của (?:các )?(?:doanh nghiệp |nhà đầu tư )?"
                               rf"({_MAIN})(?:\s+tại (?:nước này|nước bạn|đây))?[^.;]{{0,40}}$",
                               text[lo:m.start])
        owner = owner_after or (_iso(named_with.group(1)) if named_with else None) \
            or (before[-1] if before else None) or roles.get("của") \
            or (roles.get("từ") if attract else None)  # "Lào thu hút từ Việt Nam 13 dự án"
        if attract and owner == host:
            owner = None
        paren = re.search(rf"({_MAIN})\s*\(\s*(?:khoảng |gần |hơn |trên )?$",
                          text[max(a, m.start - 25):m.start])
        if paren and host and host != _iso(paren.group(1)):
            # "… tại Lào …, chỉ sau Thái Lan (khoảng 2,9 tỷ USD)": another investor in that host
            owner = _iso(paren.group(1))
        elif paren:  # "chỉ sau Lào (4,8 tỷ USD)": the figure is the named country's
            host = _iso(paren.group(1))
            owner = pair[0] if host != pair[0] else pair[1]
        if owner and host and owner == host:
            owner = None
        edge = _CLAUSE_EDGE.search(text, m.end, hi)
        if host is None and ctx.rank_host and owner != ctx.rank_host and not _countries(
                text, m.end, edge.start() if edge else hi):  # (its own clause: "…, Trung Quốc …")
            host = ctx.rank_host  # "Thái Lan đứng thứ hai với 780 dự án": still in Laos
        if owner is None and host is None:
            owner, host = pair
        elif owner is None:
            owner = _other(host, pair)
        elif host is None:
            host = _other(owner, pair)
        d.reporter, d.partner = owner, host
        return
    # trade_total: the two countries named with it in its clause, else the document's pair.
    lo = max(a, text.rfind(";", a, m.start) + 1)
    if home and pair[0] == home and not _DASH_PAIR.search(text, lo, m.start) \
            and "VN" not in {c for _, _, c in _countries(text, lo, m.start)}:
        d.reporter, d.partner = pair  # one of the partners of the country the passage is about
        return
    named: list[str] = []
    partner_named = False
    for x, _, c in _countries(text, lo, m.start):
        if c not in named:
            named.append(c)
            prep = _PREP.search(text, max(a, x - 30), x)
            partner_named = bool(prep and prep["prep"].lower() in ("với", "sang", "từ"))
    turn = [x.end() for x in re.finditer(r",\s*(?:còn|trong khi|riêng)\s", text[lo:m.start], I)]
    own = _countries(text, lo + turn[-1], m.start) if turn else []
    own_pair = list(dict.fromkeys(c for _, _, c in own))
    if len(own_pair) >= 2:
        # "Thương mại Lào – Trung Quốc đạt …, trong khi thương mại Lào – Việt Nam đạt …"
        named = own_pair
    if own and home and len(own_pair) == 1 and own_pair[0] != home and home == ctx.partner_host:
        # "Trung Quốc đứng thứ hai với …, còn Việt Nam xếp thứ ba với 1,03 tỷ USD" in a list of
        # Laos' partners: Laos and the one named after the turn
        d.reporter, d.partner = home, own_pair[0]
    elif len(named) >= 2 and len(own) == 1 and partner_named and own[0][2] != named[0]:
        # "Thương mại Campuchia – Trung Quốc …, còn thương mại với Thái Lan đạt 1,52 tỉ USD":
        # the sentence's first country keeps trading, with a new partner
        d.reporter, d.partner = named[0], own[0][2]
    elif len(named) >= 2 and "VN" not in named[-2:] and all(
            re.search(r"(?<![\wÀ-ỹ])với\s+(?:[\wÀ-ỹ]+\s+){0,3}$", text[max(a, x - 30):x], I)
            for x, _, c in _countries(text, lo, m.start)[-2:]):
        # "trao đổi với bốn tỉnh Campuchia đạt 96 triệu USD và với bốn tỉnh Lào đạt 69 triệu
        # USD": two partners side by side, each with the teller's country
        d.reporter, d.partner = (pair[0] if pair[0] != named[-1] else "VN"), named[-1]
    elif len(named) >= 2:
        d.reporter, d.partner = named[-2], named[-1]
        if "VN" in named[-2:] and d.reporter != "VN":
            d.reporter, d.partner = "VN", d.reporter
    elif len(named) == 1 and partner_named and named[0] == pair[1]:
        d.reporter, d.partner = pair  # "kim ngạch qua cửa khẩu với Lào": Laos is the partner
    elif len(named) == 1 and named[0] != pair[0]:
        d.reporter, d.partner = named[0], pair[0]
    else:
        d.reporter, d.partner = pair


def _ranks_in_order(text, a, b, drafts: list[Draft], ctx: Context) -> None:
    """"Thái Lan và Trung Quốc lần lượt xếp thứ hai và thứ ba": pair names with places."""
    m = re.search(r"lần lượt", text[a:b], I)
    if not m:
        return
    pos = a + m.start()
    names = [c for x, y, c in _countries(text, a, pos)]
    ranks = [d for d in drafts if d.indicator == "investor_rank" and d.mention.start > pos]
    if len(names) == len(ranks) and len(ranks) > 1:
        host = ctx.rank_host or ctx.pair[1]
        for n, d in zip(names, ranks):
            d.reporter, d.partner = n, host
            d.period_source = "carried-rank"


def _respectively(text, a, b, drafts: list[Draft], periods: list[Period], ctx: Context,
                  cues: tuple = ()) -> None:
    """"Năm 2022 và 2023, … lần lượt đạt 21,3 tỷ USD và 19,9 tỷ USD": the n-th figure takes the
    n-th year; "… 640 triệu USD và … 480 triệu USD, tăng lần lượt 12% và 17,9%": the n-th
    growth rate belongs to the n-th level."""
    m = re.search(r"lần lượt", text[a:b], I)
    if not m:
        return
    pos = a + m.start()
    levels = [d for d in drafts if d.measure == "level" and d.mention.kind == "money" and not d.is_base]
    after_levels = [d for d in levels if d.mention.start > pos]
    pair_years = re.search(r"(?:năm\s+)?((?:19|20)\d\d)\s+(?:và|,)\s+(?:năm\s+)?((?:19|20)\d\d)", text[a:pos])
    if pair_years and len(after_levels) == 2:
        for d, y in zip(after_levels, (int(pair_years.group(1)), int(pair_years.group(2)))):
            d.fixed_period = (date(y, 1, 1), date(y, 12, 31))
    flows = [c for c in cues if c.indicator in ("export", "import") and c.end <= pos
             and pos - c.end < 60]
    if len(flows) == 2 and flows[0].indicator != flows[1].indicator and len(after_levels) >= 2:
        # "xuất khẩu và nhập khẩu lần lượt đạt 5,68 tỷ USD (tăng 19,5%) và 3,17 tỷ USD": the
        # n-th amount is the n-th flow's
        for d, cue in zip(after_levels, flows):
            d.indicator = cue.indicator
            d.reporter, d.partner = _flow_countries(text, a, b, cue.indicator, cue, d.mention.start,
                                                    _sentence_pair(text, a, b, ctx.pair, d.mention))
    growths = [d for d in drafts if d.measure == "change_pct" and d.mention.start > pos]
    before_levels = [d for d in levels if d.mention.end <= pos]
    if len(growths) >= 2 and len(before_levels) >= len(growths):
        for g, lv in zip(growths, before_levels[-len(growths):]):
            g.attached, g.inherits = lv, None
    elif len(growths) >= 2 and len(after_levels) == len(growths) \
            and growths[0].mention.start > after_levels[-1].mention.end:
        # "… lần lượt đạt 18,2 triệu USD và 41,7 triệu USD, tăng 11,3% và 4,8%": in order
        for g, lv in zip(growths, after_levels):
            g.attached, g.inherits = lv, None
    products = [c.group(0) for c in COMMODITY_RE.finditer(text, a, pos)]
    if len(growths) >= 2 and not before_levels and len(products) == len(growths):
        # "Phân bón, hàng rau quả và sản phẩm chất dẻo … lần lượt 18%, 11,5% và 7,2%": the n-th
        # rate is the n-th product's
        first = next((g for g in growths if g.indicator), None)
        for g, product in zip(growths, products):
            g.commodity = product
            if first is not None and not g.indicator:
                g.indicator, g.reporter, g.partner = first.indicator, first.reporter, first.partner
    if len(after_levels) >= 2 and not before_levels and len(products) == len(after_levels):
        # "Nhập khẩu cao su và hạt điều … đạt lần lượt 38 triệu USD và 51 triệu USD": the n-th
        # amount is the n-th product's (its rate, attached later, takes the product with it)
        for d, product in zip(after_levels, products):
            d.commodity = product
        flow = next((d for d in after_levels if d.indicator in ("export", "import")), None)
        for d in after_levels if flow is not None else ():
            # "…, với kim ngạch lần lượt đạt …": the generic "kim ngạch" does not turn the
            # second and third products into two-way trade
            d.indicator, d.reporter, d.partner = flow.indicator, flow.reporter, flow.partner
