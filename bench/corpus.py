"""A deterministic corpus of realistic Vietnamese economic news, of any size.

Each article looks like the seeds and the dev set: a dateline, a section, a headline, a lead,
paragraphs with trade, investment and aid figures between two countries (varied figures,
periods, statuses, notation and phrasing), and the noise real pages carry (meetings, session
numbers, anniversaries, kilometres of border, vehicles at border gates, hotlines, captions,
related-story links). Some articles carry no figure at all.

Article ``i`` depends only on ``(seed, i)``, so a smaller corpus is a prefix of a larger one
(the 5 MB corpus is the first part of the 50 MB corpus) and every run writes the same bytes.

    >>> a = article(7, seed=1); a == article(7, seed=1) and len(a) > 1500
    True
"""
from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Iterator

DEFAULT_SEED = 2026
AVERAGE_ARTICLE_BYTES = 5000  # the seeds and dev documents are 3–8 kB

PARTNERS = [
    # (name as written, short form for "Việt – X", weight)
    ("Lào", "Lào", 6), ("Campuchia", "Campuchia", 3), ("Trung Quốc", "Trung", 2),
    ("Thái Lan", "Thái", 1),
]
PARTNER_CAPITAL = {"Lào": "Viêng Chăn", "Campuchia": "Phnôm Pênh", "Trung Quốc": "Bắc Kinh",
                   "Thái Lan": "Băng Cốc"}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SECTIONS = ["Kinh tế", "Thời sự", "Thế giới", "Kinh doanh", "Tài chính - Đầu tư", "Xuất nhập khẩu"]
SOURCES = ["TTXVN", "VOV", "Báo Nhân Dân", "VnExpress", "Báo Đầu tư", "Thông tấn xã Lào (KPL)"]
EXPORT_GOODS = ["xăng dầu", "sắt thép", "phân bón", "rau quả", "hàng dệt may", "máy móc, thiết bị",
                "dây điện và cáp điện", "clanhke và xi măng", "sản phẩm từ chất dẻo", "gạo",
                "phương tiện vận tải và phụ tùng", "hàng thủy sản"]
IMPORT_GOODS = ["cao su", "gỗ và sản phẩm gỗ", "quặng và khoáng sản", "phân bón", "ngô",
                "sắn và sản phẩm từ sắn", "điện", "hàng rau quả", "kim loại thường"]
STATUS_VERBS = [("đạt", 8), ("ước đạt", 2), ("ước tính đạt", 1), ("ghi nhận", 1),
                ("lên tới", 1), ("dự kiến đạt", 1)]
GROWTH_UP = ["tăng", "tăng mạnh", "tăng nhẹ", "tăng trưởng"]
GROWTH_DOWN = ["giảm", "giảm nhẹ", "sụt giảm"]
BASES = ["so với cùng kỳ năm trước", "so với cùng kỳ năm ngoái", "so với cùng kỳ",
         "so với cùng kỳ năm {prev}", "so với tháng trước"]
ROMAN = ["I", "II", "III", "IV"]
OFFICIALS = ["Thủ tướng", "Phó Thủ tướng", "Bộ trưởng Bộ Công Thương", "Đại sứ",
             "Thứ trưởng Bộ Kế hoạch và Đầu tư", "Chủ tịch UBND tỉnh"]
PROVINCES = ["Hà Tĩnh", "Quảng Trị", "Nghệ An", "Điện Biên", "Sơn La", "Tây Ninh", "An Giang",
             "Lạng Sơn", "Lào Cai", "Kon Tum", "Quảng Bình", "Thanh Hóa"]
GATES = ["Cầu Treo", "Lao Bảo", "Cha Lo", "Nậm Cắn", "Mộc Bài", "Xa Mát", "Tịnh Biên",
         "Hữu Nghị", "Tây Trang", "Bờ Y", "Na Mèo"]
ORGS = ["Bộ Quốc phòng Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "tỉnh Nghệ An", "Tập đoàn Viettel", "Bộ Y tế", "tỉnh Quảng Trị", "Hội Chữ thập đỏ Việt Nam"]


def _weighted(rng: random.Random, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[-1] for p in pairs])[0]


def vn_number(x: float, decimals: int = 1) -> str:
    """Vietnamese notation: '.' groups thousands, ',' is the decimal mark.

    >>> vn_number(1250), vn_number(476.8), vn_number(12.0), vn_number(1.091, 3)
    ('1.250', '476,8', '12', '1,091')
    """
    text = f"{x:,.{decimals}f}" if decimals else f"{x:,.0f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def money(rng: random.Random, low: float, high: float, currency: str = "USD") -> str:
    """An amount between ``low`` and ``high`` USD, written as Vietnamese news writes it."""
    value = rng.uniform(low, high)
    approx = rng.choice(["", "", "", "hơn ", "gần ", "khoảng ", "trên "])
    cur = rng.choice([currency] * 5 + ["đô la Mỹ"]) if currency == "USD" else currency
    if value >= 1e9:
        form = rng.random()
        if form < 0.15:  # "1.250 triệu USD"
            return f"{approx}{vn_number(round(value / 1e6), 0)} triệu {cur}"
        if form < 0.25:  # a range
            lo = round(value / 1e9, 1)
            return f"{approx}{vn_number(lo)} – {vn_number(lo + 0.1 * rng.randint(1, 3))} tỷ {cur}"
        return f"{approx}{vn_number(value / 1e9, rng.choice([1, 2, 2, 3]))} tỷ {cur}"
    if value >= 1e6:
        return f"{approx}{vn_number(value / 1e6, rng.choice([0, 1, 1, 2]))} triệu {cur}"
    return f"{approx}{vn_number(round(value, -3), 0)} {cur}"


def pct(rng: random.Random, high: float = 60.0) -> str:
    return f"{vn_number(rng.uniform(0.3, high), rng.choice([0, 1, 1, 2]))}%"


def growth(rng: random.Random, year: int) -> str:
    down = rng.random() < 0.25
    word = rng.choice(GROWTH_DOWN if down else GROWTH_UP)
    base = rng.choice(BASES).format(prev=year - 1)
    return f"{word} {pct(rng, 30 if down else 60)} {base}"


def period(rng: random.Random, year: int) -> tuple[str, bool]:
    """A period phrase and whether it is a whole year (used to pick sensible magnitudes)."""
    kind = rng.random()
    if kind < 0.3:
        return f"{rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])} tháng đầu năm {year}", False
    if kind < 0.45:
        q = rng.randint(0, 3)
        return rng.choice([f"quý {ROMAN[q]} năm {year}", f"quý {ROMAN[q]}/{year}"]), False
    if kind < 0.7:
        return rng.choice([f"năm {year}", f"cả năm {year}"]), True
    if kind < 0.82:
        return f"tháng {rng.randint(1, 12)}/{year}", False
    if kind < 0.92:
        return rng.choice([f"nửa đầu năm {year}", f"6 tháng đầu năm {year}"]), False
    return f"từ tháng 1 đến hết tháng {rng.randint(2, 11)} năm {year}", False


class _Article:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.partner, self.short = self._partner()
        self.year = rng.randint(2009, 2025)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)

    def _partner(self):
        name = _weighted(self.rng, [(p[0], p[2]) for p in PARTNERS])
        short = next(p[1] for p in PARTNERS if p[0] == name)
        return name, short

    # --- claim paragraphs ----------------------------------------------------------------
    def trade(self) -> str:
        r, p = self.rng, self.partner
        per, whole = period(r, self.year)
        scale = (3e8, 2.5e9) if whole else (4e7, 1.5e9)
        verb = _weighted(r, STATUS_VERBS)
        lead = r.choice([
            f"Kim ngạch thương mại song phương Việt Nam – {p} trong {per} {verb} {money(r, *scale)}, "
            f"{growth(r, self.year)}.",
            f"Theo số liệu của Tổng cục Hải quan, {per}, tổng kim ngạch xuất nhập khẩu giữa "
            f"Việt Nam và {p} {verb} {money(r, *scale)}, {growth(r, self.year)}.",
            f"Trong {per}, thương mại hai chiều Việt – {self.short} {verb} {money(r, *scale)}; "
            f"so với cùng kỳ, con số này {r.choice(['tăng', 'giảm'])} {pct(r, 40)}.",
            f"Giá trị trao đổi hàng hóa hai chiều giữa hai nước {per} "
            f"{growth(r, self.year).split(' so với')[0]}, {r.choice(['lên', 'đạt'])} "
            f"{money(r, *scale)}.",
        ])
        detail = ""
        if r.random() < 0.7:
            detail = (f" Trong đó, xuất khẩu của Việt Nam sang {p} đạt {money(r, scale[0] / 2, scale[1] / 2)}, "
                      f"{growth(r, self.year)}; nhập khẩu từ {p} đạt "
                      f"{money(r, scale[0] / 2, scale[1] / 2)}, {growth(r, self.year)}.")
        return lead + detail

    def goods(self) -> str:
        r, p = self.rng, self.partner
        a, b = r.sample(EXPORT_GOODS, 2)
        c = r.choice(IMPORT_GOODS)
        return (f"Các mặt hàng xuất khẩu chủ lực của Việt Nam sang {p} gồm {a} với "
                f"{money(r, 5e6, 3e8)}, {growth(r, self.year).split(' so với')[0]}; {b} đạt "
                f"{money(r, 2e6, 1e8)}. Ở chiều ngược lại, {c} là mặt hàng Việt Nam nhập nhiều nhất "
                f"từ {p}, với {money(r, 5e6, 4e8)} ({r.choice(['tăng', 'giảm'])} {pct(r, 50)}).")

    def investment(self) -> str:
        r, p = self.rng, self.partner
        asof = r.choice([f"Tính đến hết tháng {r.randint(1, 12)}/{self.year}", "Hiện nay",
                         "Lũy kế đến nay", f"Tính đến ngày {self.day}/{self.month}/{self.year}"])
        rank = r.choice(["thứ hai", "thứ ba", "thứ 3", "thứ năm", "dẫn đầu", "lớn nhất"])
        return (f"{asof}, Việt Nam có {r.randint(12, 420)} dự án đầu tư tại {p} với tổng vốn đăng "
                f"ký {money(r, 5e8, 6e9)}, đứng {rank} trong số các quốc gia và vùng lãnh thổ có "
                f"dự án đầu tư tại {p}. Riêng năm {self.year}, vốn đăng ký mới đạt "
                f"{money(r, 2e7, 4e8)}; vốn thực hiện ước đạt {money(r, 1e7, 2e8)}.")

    def aid(self) -> str:
        r, p = self.rng, self.partner
        org = r.choice(ORGS)
        amount = r.choice([money(r, 5e4, 5e6), f"{vn_number(r.randint(2, 900), 0)} tỷ đồng"])
        return (f"Ngày {self.day}/{self.month}/{self.year}, {org} đã trao tặng {p} {amount} "
                f"viện trợ không hoàn lại để khắc phục hậu quả thiên tai và xây dựng trường học "
                f"tại các tỉnh biên giới.")

    def target(self) -> str:
        r = self.rng
        return (f"Hai bên {r.choice(['phấn đấu', 'đặt mục tiêu', 'thống nhất mục tiêu'])} đưa kim "
                f"ngạch thương mại song phương lên {money(r, 1e9, 2e10)} vào năm {self.year + r.randint(1, 5)}, "
                f"tăng trưởng bình quân {pct(r, 20)}/năm.")

    def border_gate(self) -> str:
        r = self.rng
        r_gate = r.choice(GATES)
        per, _ = period(r, self.year)
        return (f"Tại cửa khẩu quốc tế {r_gate} ({r.choice(PROVINCES)}), {per} có hơn "
                f"{vn_number(r.randint(20000, 300000), 0)} lượt phương tiện và "
                f"{vn_number(r.randint(50000, 900000), 0)} lượt hành khách xuất nhập cảnh; kim ngạch "
                f"xuất nhập khẩu qua cửa khẩu đạt {money(r, 5e6, 6e8)}, thu ngân sách "
                f"{vn_number(r.randint(20, 900), 0)} tỷ đồng.")

    # --- noise -----------------------------------------------------------------------------
    def noise(self) -> str:
        return self.noises(1)[0]

    def noises(self, k: int) -> list[str]:
        """``k`` different paragraphs without economic figures (but with plenty of numbers)."""
        r, p = self.rng, self.partner
        options = [
            f"Theo {r.choice(OFFICIALS)}, quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp "
            f"tác toàn diện giữa Việt Nam và {p} là tài sản vô giá của hai dân tộc, cần được gìn giữ "
            f"và phát huy. Hai bên nhất trí tiếp tục tăng cường trao đổi đoàn các cấp, nâng cao hiệu "
            f"quả các cơ chế hợp tác song phương, phối hợp chặt chẽ tại các diễn đàn khu vực và quốc "
            f"tế, trong đó có ASEAN và Tiểu vùng Mekong mở rộng.",
            f"Ông cho biết, thời gian tới, {r.choice(PROVINCES)} sẽ tập trung cải cách thủ tục hành "
            f"chính, số hóa quy trình thông quan, đầu tư nâng cấp bãi kiểm hóa tập trung và kho "
            f"ngoại quan để giảm thời gian chờ đợi của xe hàng xuống dưới {r.randint(2, 6)} giờ; "
            f"đồng thời phối hợp với chính quyền các tỉnh giáp biên của {p} tổ chức hội chợ thương "
            f"mại định kỳ, kết nối doanh nghiệp và quảng bá sản phẩm đặc trưng của địa phương.",
            f"Bên lề hội nghị, đại diện các hiệp hội doanh nghiệp hai nước đã ký kết {r.randint(3, 25)} "
            f"biên bản ghi nhớ hợp tác trong các lĩnh vực logistics, chế biến nông sản, năng lượng "
            f"tái tạo và chuyển đổi số. Nhiều doanh nghiệp bày tỏ mong muốn được hỗ trợ thông tin "
            f"thị trường, chính sách thuế và thủ tục đầu tư để yên tâm mở rộng hoạt động kinh doanh.",
            f"Chiều {self.day}/{self.month}, tại {PARTNER_CAPITAL[p]}, {r.choice(OFFICIALS)} đã có "
            f"cuộc hội đàm với đoàn đại biểu cấp cao của {p} nhân dịp Kỳ họp lần thứ "
            f"{r.randint(20, 47)} Ủy ban liên Chính phủ. Hai bên đánh giá cao kết quả hợp tác trong "
            f"thời gian qua và nhất trí tăng cường kết nối hai nền kinh tế.",
            f"Năm {self.year} đánh dấu {r.choice([45, 50, 55, 60, 65, 70])} năm Ngày thiết lập quan hệ "
            f"ngoại giao giữa Việt Nam và {p}. Nhân dịp này, hai nước tổ chức nhiều hoạt động giao lưu "
            f"văn hóa, thể thao với sự tham gia của hơn {vn_number(r.randint(300, 5000), 0)} đại biểu.",
            f"Hai nước có chung đường biên giới dài {vn_number(r.randint(150, 2340), 0)} km với "
            f"{r.randint(3, 40)} cặp cửa khẩu, trong đó có {r.randint(2, 12)} cặp cửa khẩu quốc tế.",
            f"Hiện có khoảng {vn_number(r.randint(1000, 20000), 0)} lưu học sinh {p} đang học tập "
            f"tại Việt Nam; mỗi năm Chính phủ Việt Nam dành {r.randint(500, 1200)} suất học bổng "
            f"cho sinh viên nước bạn.",
            f"Phát biểu tại hội nghị, {r.choice(OFFICIALS)} nhấn mạnh hai bên cần tập trung tháo gỡ "
            f"vướng mắc về thủ tục hải quan, đẩy nhanh tiến độ các dự án hạ tầng kết nối như tuyến "
            f"đường cao tốc và đường sắt, đồng thời tạo điều kiện thuận lợi cho doanh nghiệp hai nước "
            f"mở rộng hợp tác trong các lĩnh vực năng lượng, nông nghiệp và du lịch.",
            f"Theo kế hoạch, giai đoạn {self.year}–{self.year + 5}, hai bên sẽ phối hợp triển khai "
            f"{r.randint(5, 30)} chương trình hợp tác trọng điểm về giáo dục, y tế và khoa học kỹ "
            f"thuật.",
            f"(Ảnh: {r.choice(SOURCES)})",
            f"Đường dây nóng: 0{r.randint(200, 299)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"Lượng khách du lịch qua lại giữa hai nước {r.choice(['tăng', 'giảm'])} "
            f"{pct(r, 40)}, đạt khoảng {vn_number(r.randint(100, 2000), 0)} nghìn lượt.",
            f"Tỉnh {r.choice(PROVINCES)} cho biết đã hoàn thành {r.randint(60, 100)}% khối lượng "
            f"công việc của dự án nâng cấp quốc lộ {r.randint(1, 49)}, dự kiến thông xe vào "
            f"quý {ROMAN[r.randint(0, 3)]} năm sau.",
        ]
        return [options[i] for i in r.sample(range(len(options)), k)]

    def header(self) -> str:
        r = self.rng
        wd = WEEKDAYS[(self.day + self.month * 3 + self.year) % 7]
        stamp = r.choice([
            f"{wd}, {self.day:02d}/{self.month:02d}/{self.year} {r.randint(6, 22):02d}:{r.randint(0, 59):02d} (GMT+7)",
            f"Cập nhật: {self.day:02d}/{self.month:02d}/{self.year} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}",
            f"{PARTNER_CAPITAL[self.partner]} – {self.day:02d}/{self.month:02d}/{self.year}",
        ])
        title = r.choice([
            f"Thương mại Việt – {self.short} tiếp tục tăng trưởng",
            f"Kim ngạch xuất nhập khẩu Việt Nam – {self.partner} khởi sắc",
            f"Việt Nam – {self.partner}: thúc đẩy hợp tác kinh tế, thương mại, đầu tư",
            f"Doanh nghiệp Việt mở rộng đầu tư sang {self.partner}",
            "Tăng cường kết nối giao thương qua các cửa khẩu biên giới",
        ])
        return f"{stamp}\n{r.choice(SECTIONS)}\n\n{title}"


def article(index: int, seed: int = DEFAULT_SEED) -> str:
    """Article number ``index`` of the corpus ``seed`` (a pure function of both)."""
    rng = random.Random(seed * 1_000_003 + index)
    a = _Article(rng)
    paragraphs = [a.header()]
    # About one article in eight is politics or culture only: no figures to extract.
    economic = rng.random() > 0.12
    body = []
    if economic:
        body += [a.trade()]
        for make, share in ((a.goods, 0.7), (a.investment, 0.5), (a.aid, 0.25), (a.target, 0.35),
                            (a.border_gate, 0.35), (a.trade, 0.4), (a.goods, 0.3)):
            if rng.random() < share:
                body.append(make())
    body += a.noises(rng.randint(5, 11))
    rng.shuffle(body)
    if economic and rng.random() < 0.5:
        # Most news opens with the headline figure.
        body.sort(key=lambda p: 0 if p.startswith(("Kim ngạch", "Theo số liệu")) else 1)
    paragraphs += body
    paragraphs.append(f"{rng.choice(SOURCES)}")
    if rng.random() < 0.4:
        paragraphs.append("Tin liên quan:\n" + "\n".join(
            f"- {a.noise()[:80]}" for _ in range(rng.randint(2, 4))))
    return "\n\n".join(paragraphs) + "\n"


def iter_articles(seed: int = DEFAULT_SEED) -> Iterator[tuple[str, str]]:
    i = 0
    while True:
        yield f"bench_{i:06d}", article(i, seed)
        i += 1


def generate(directory: Path, size_mb: float, seed: int = DEFAULT_SEED) -> dict:
    """Write articles to ``directory`` until they total ``size_mb`` MB (10^6 bytes); reuse the
    folder when it already holds this exact corpus. Returns the manifest."""
    directory = Path(directory)
    manifest_path = directory / "MANIFEST.json"
    target = int(size_mb * 1_000_000)
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("seed") == seed and manifest.get("target_bytes") == target:
            return manifest
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("bench_*.txt"):
        old.unlink()
    total, count = 0, 0
    for doc_id, text in iter_articles(seed):
        if total >= target:
            break
        data = text.encode("utf-8")
        (directory / f"{doc_id}.txt").write_bytes(data)
        total += len(data)
        count += 1
    manifest = {"seed": seed, "target_bytes": target, "bytes": total, "documents": count}
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    return manifest


def prefix_corpus(source: Path, directory: Path, size_mb: float) -> dict:
    """A smaller corpus made of the first articles of ``source`` (hard links: no copies)."""
    directory = Path(directory)
    target = int(size_mb * 1_000_000)
    manifest_path = directory / "MANIFEST.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("source") == str(source) and manifest.get("target_bytes") == target:
            return manifest
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("bench_*.txt"):
        old.unlink()
    total, count = 0, 0
    for p in sorted(Path(source).glob("bench_*.txt")):
        if total >= target:
            break
        try:
            os.link(p, directory / p.name)
        except OSError:
            (directory / p.name).write_bytes(p.read_bytes())
        total += p.stat().st_size
        count += 1
    manifest = {"source": str(source), "target_bytes": target, "bytes": total, "documents": count}
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    return manifest
