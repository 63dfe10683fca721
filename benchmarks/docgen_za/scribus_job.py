"""Runs inside Scribus (`scribus -g -ns -py scribus_job.py`, job file in $ZA_JOB): lays out every page
of the job with the `scribus` module (text frames at absolute positions, forced-justified labels,
rectangles, ellipses, polylines, polygons, per-character seal text, layers) and exports each page with
Scribus's own renderer (`ImageExport`). Any font Scribus would substitute stops the job: the font must
be in `getFontNames()` and `getFont()` must give it back on the frame. Writes $ZA_JOB.done or .err."""

import json
import os
import traceback

import scribus  # noqa: F401 - only importable inside Scribus

ALIGN = {"L": scribus.ALIGN_LEFT, "C": scribus.ALIGN_CENTERED, "R": scribus.ALIGN_RIGHT,
         "F": scribus.ALIGN_FORCED, "B": scribus.ALIGN_BLOCK}


def build(doc, fonts):
    scribus.newDocument((doc["w"], doc["h"]), (0, 0, 0, 0), scribus.PORTRAIT, 1, scribus.UNIT_MILLIMETERS,
                        scribus.PAGE_1, 0, 1)
    for name, rgb in doc.get("colors", {}).items():
        scribus.defineColorRGB(name, rgb[0], rgb[1], rgb[2])
    scribus.setRedraw(False)
    styles = {}
    layers = set()
    for it in doc["items"]:
        lay = it.get("layer")
        if lay and lay not in layers:
            scribus.createLayer(lay)
            layers.add(lay)
        if lay:
            scribus.setActiveLayer(lay)
        t = it["t"]
        if t == "text":
            f = scribus.createText(it["x"], it["y"], it["w"], it["h"])
            scribus.setTextDistances(0, 0, 0, 0, f)
            scribus.setText(it["s"], f)
            font = it["font"]
            if font not in fonts:
                raise RuntimeError("font not available to Scribus: " + font)
            # one paragraph style (with its character style) per look: a single call per frame instead
            # of one relayout per setFont/setFontSize/... call
            key = (font, it["size"], it.get("color", "Black"), it.get("align", "L"), it.get("lsp", it["size"] * 1.25))
            if key not in styles:
                n = f"za{len(styles)}"
                scribus.createCharStyle(name="c" + n, font=font, fontsize=it["size"], fillcolor=key[2])
                scribus.createParagraphStyle(name="p" + n, linespacingmode=0, linespacing=key[4],
                                             alignment=ALIGN[key[3]], charstyle="c" + n)
                styles[key] = "p" + n
            scribus.setParagraphStyle(styles[key], f)
            if scribus.getFont(f) != font:
                raise RuntimeError(f"Scribus substituted {scribus.getFont(f)!r} for {font!r}")
            if it.get("sx", 100) != 100:
                scribus.setTextScalingH(it["sx"], f)
            scribus.setFillColor("None", f)
            scribus.setLineColor("None", f)
            if it.get("rot"):
                scribus.rotateObjectAbs(it["rot"], f)
            grow = 0
            while not it.get("loose") and scribus.textOverflows(f) and grow < 4:  # a frame a little short
                grow += 1
                scribus.sizeObject(it["w"], it["h"] * 1.5 ** grow, f)
            if not it.get("loose") and scribus.textOverflows(f):
                raise RuntimeError("text overflows its frame: {!r}".format(it["s"][:40]))
        elif t in ("rect", "ellipse"):
            f = (scribus.createRect if t == "rect" else scribus.createEllipse)(it["x"], it["y"], it["w"], it["h"])
            scribus.setFillColor(it.get("fill", "None"), f)
            scribus.setLineColor(it.get("line", "None"), f)
            scribus.setLineWidth(it.get("lw", 0.3), f)
            if it.get("op") is not None:
                scribus.setFillTransparency(it["op"], f)
            if it.get("rot"):
                scribus.rotateObjectAbs(it["rot"], f)
        elif t in ("poly", "polygon"):
            f = (scribus.createPolyLine if t == "poly" else scribus.createPolygon)(it["pts"])
            scribus.setLineColor(it.get("line", "Black"), f)
            scribus.setLineWidth(it.get("lw", 0.3), f)
            scribus.setFillColor(it.get("fill", "None"), f)
        elif t == "image":
            f = scribus.createImage(it["x"], it["y"], it["w"], it["h"])
            scribus.loadImage(it["path"], f)
            scribus.setScaleImageToFrame(True, False, f)
            scribus.setLineColor("None", f)
        else:
            raise RuntimeError("unknown item " + t)
    scribus.setRedraw(True)
    ie = scribus.ImageExport()
    ie.type = "PNG"
    ie.scale = 100
    ie.dpi = doc["dpi"]
    ie.quality = 100
    ie.transparentBkgnd = False
    ie.name = doc["out"]
    ie.save()
    scribus.closeDoc()


def main():
    job = os.environ["ZA_JOB"]
    try:
        with open(job, encoding="utf-8") as fh:
            docs = json.load(fh)
        fonts = set(scribus.getFontNames())
        import time
        for doc in docs:
            t0 = time.process_time()
            build(doc, fonts)
            if os.environ.get("ZA_TIMING"):
                print("ZA_TIMING", len(doc["items"]), round(time.process_time() - t0, 2), flush=True)
        with open(job + ".done", "w") as fh:
            fh.write(str(len(docs)))
    except Exception:
        with open(job + ".err", "w") as fh:
            fh.write(traceback.format_exc())


main()
