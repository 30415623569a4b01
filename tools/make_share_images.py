"""Draw the pictures other programs show for the portal, once, into static/img/.

- og-default.png (1200x630): the link preview of a page or article without a cover.
- emblem-144.png (144x144): the RSS channel <image>, which must be GIF, JPEG or PNG
  and at most 144 pixels wide.

The emblem is drawn from the same shapes as static/img/emblem.svg. Run
`.venv/bin/python tools/make_share_images.py` after changing the emblem or the name,
and commit the PNG files.
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

STATIC_IMG = Path(__file__).resolve().parent.parent / "static" / "img"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
RED, RED_DARK, GOLD, INK, BG = "#b3121b", "#7a0d13", "#f6c343", "#1d1d1f", "#f6f6f4"
SCALE = 4  # drawn larger, then reduced: smooth edges without an SVG renderer


def emblem(size):
    """Return the emblem (emblem.svg's circle, ring and star) as an RGBA picture of size pixels."""
    big = size * SCALE
    unit = big / 64
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([2 * unit, 2 * unit, 62 * unit, 62 * unit], fill=RED)
    draw.ellipse([8 * unit, 8 * unit, 56 * unit, 56 * unit], outline=GOLD, width=round(2 * unit))
    points = []
    for index in range(10):
        radius = 18 if index % 2 == 0 else 7.3
        angle = -math.pi / 2 + index * math.pi / 5
        points.append((32 * unit + radius * unit * math.cos(angle), 32 * unit + radius * unit * math.sin(angle)))
    draw.polygon(points, fill=GOLD)
    return image.resize((size, size), Image.LANCZOS)


def share_card():
    """Return the 1200x630 link preview picture: emblem and the agency's name."""
    card = Image.new("RGB", (1200, 630), BG)
    draw = ImageDraw.Draw(card)
    draw.rectangle([0, 0, 1200, 24], fill=RED_DARK)
    draw.rectangle([0, 606, 1200, 630], fill=RED)
    card.paste(emblem(280), (70, 175), emblem(280))
    bold = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 46)
    regular = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 34)
    draw.text((400, 190), "BỘ TƯ PHÁP", font=regular, fill=INK)
    draw.text((400, 250), "CỤC THI HÀNH ÁN DÂN SỰ", font=bold, fill=RED)
    draw.text((400, 315), "TỈNH THANH HÓA", font=bold, fill=RED)
    draw.line([400, 395, 1130, 395], fill=GOLD, width=4)
    draw.text((400, 415), "Cổng thông tin điện tử", font=regular, fill=INK)
    return card


if __name__ == "__main__":
    share_card().save(STATIC_IMG / "og-default.png", optimize=True)
    emblem(144).save(STATIC_IMG / "emblem-144.png", optimize=True)
