"""Family ZQ's photo renderer: a LuxCoreRender (pyluxcore 2.11) process that path-traces one scene per
request read from stdin (JSON lines) — the page as a textured mesh bent/curled/folded on a textured
desk, a window (area light), a desk lamp (spot) or a dim room, a thumb mesh, a plastic sleeve with
glare, a perspective camera with depth of field — on one CPU thread with a fixed seed, and writes the
linear float32 frame as .npy. It runs in its own process with no OpenCL ICD visible
(OCL_ICD_VENDORS points at an empty folder): LuxCore's OpenCL probe aborts in a process where PoCL,
which the scanner side uses, is registered."""

from __future__ import annotations

import json
import os
import sys
import time

import numpy as np


def _grid(nx, ny, fn):
    pts, uvs, tris = [], [], []
    for j in range(ny + 1):
        for i in range(nx + 1):
            u, v = i / nx, j / ny
            pts.append(tuple(float(c) for c in fn(u, v)))
            uvs.append((u, v))
    for j in range(ny):
        for i in range(nx):
            a = j * (nx + 1) + i
            b, c = a + 1, a + nx + 1
            tris += [(a, c + 1, b), (a, c, c + 1)]  # counter-clockwise seen from above: normals face +z
    return pts, tris, uvs


def page_point(r, u, v):
    """3D point of page coordinate (u, v) (0..1, v = 0 at the page's top edge) under the request's
    bends; the parent uses the same function to project ink boxes."""
    pw, ph = r["page_m"]
    x = (u - 0.5) * pw
    y = (0.5 - v) * ph
    z = 0.0
    b = r.get("bend", {})
    if b.get("curl"):  # an edge lifting off the desk
        e, amt = b["curl"]
        t = {"left": 1 - u / 0.25, "right": (u - 0.75) / 0.25, "top": 1 - v / 0.25, "bottom": (v - 0.75) / 0.25}[e]
        if t > 0:
            z += amt * t * t
    if b.get("fold"):  # a crease across the page, both halves lifted a little
        pos, amt, axis = b["fold"]
        d = abs((u if axis == "v" else v) - pos)
        z += amt * max(0.0, 1 - d / 0.5) if amt < 0 else amt * d
    if b.get("wave"):
        amp, k = b["wave"]
        z += amp * (0.5 - 0.5 * np.cos(2 * np.pi * k * u)) * np.sin(np.pi * v)  # never below the desk
    return x, y, z


def render(r, pyluxcore):
    W, H = r["size"]
    scene = pyluxcore.Scene()
    nx, ny = 48, 36
    pts, tris, uvs = _grid(nx, ny, lambda u, v: page_point(r, u, v))
    # uv (0, 0) is the texture image's first row: LuxCore's imagemap reads rows top-down
    scene.DefineMesh("page", pts, tris, None, uvs, None, None)
    scene.DefineMesh("desk", [(-3, -3, -0.0008), (3, -3, -0.0008), (3, 3, -0.0008), (-3, 3, -0.0008)],
                     [(0, 1, 2), (0, 2, 3)], None, [(0, 0), (30, 0), (30, 30), (0, 30)], None, None)
    props = [
        "scene.camera.type = perspective",
        "scene.camera.lookat.orig = {:f} {:f} {:f}".format(*tuple(r["cam"])),
        "scene.camera.lookat.target = {:f} {:f} {:f}".format(*tuple(r["target"])),
        "scene.camera.up = {:f} {:f} {:f}".format(*tuple(r["up"])),
        f"scene.camera.fieldofview = {r['fov']}",
        f"scene.camera.lensradius = {r['lens_radius']}",
        f"scene.camera.focaldistance = {r['focus']}",
        "scene.textures.pagetex.type = imagemap",
        f"scene.textures.pagetex.file = {r['texture']}",
        "scene.textures.pagetex.gamma = 2.2",
        "scene.textures.pagetex.mapping.type = uvmapping2d",
        "scene.textures.deskpat.type = " + r["desk"]["pattern"],
        "scene.textures.deskpat.mapping.type = globalmapping3d",
        "scene.textures.deskpat.mapping.transformation = {}".format(" ".join(str(x) for x in np.diag([r["desk"]["scale"]] * 3 + [1]).ravel())),
        "scene.textures.deskcol.type = mix",
        "scene.textures.deskcol.amount = deskpat",
        "scene.textures.deskcol.texture1 = {:f} {:f} {:f}".format(*tuple(r["desk"]["c1"])),
        "scene.textures.deskcol.texture2 = {:f} {:f} {:f}".format(*tuple(r["desk"]["c2"])),
    ]
    if r.get("emissive"):  # a screen: the page texture is the light
        props += ["scene.materials.paper.type = matte", "scene.materials.paper.kd = 0.02 0.02 0.02",
                  "scene.materials.paper.emission = pagetex", "scene.materials.paper.emission.gain = %f %f %f" % ((r["emissive"],) * 3)]
    elif r.get("coating"):  # a clear plastic sleeve over the page: a glossy coat whose highlight is the glare
        c = r["coating"]
        props += ["scene.materials.sheet.type = matte", "scene.materials.sheet.kd = pagetex",
                  "scene.materials.paper.type = glossycoating", "scene.materials.paper.base = sheet",
                  "scene.materials.paper.ks = %f %f %f" % ((c["ks"],) * 3),
                  f"scene.materials.paper.uroughness = {c['rough']}", f"scene.materials.paper.vroughness = {c['rough']}"]
    else:
        props += ["scene.materials.paper.type = matte", "scene.materials.paper.kd = pagetex"]
    props += [
        "scene.materials.deskm.type = matte",
        "scene.materials.deskm.kd = deskcol",
        "scene.objects.page.shape = page",
        "scene.objects.page.material = paper",
        "scene.objects.desk.shape = desk",
        "scene.objects.desk.material = deskm",
    ]
    for i, L in enumerate(r["lights"]):
        n = f"l{i}"
        if L["type"] == "spot":
            props += [f"scene.lights.{n}.type = spot", "scene.lights.{}.position = {:f} {:f} {:f}".format(n, *L["pos"]),
                      "scene.lights.{}.target = {:f} {:f} {:f}".format(n, *L["target"]), f"scene.lights.{n}.coneangle = {L['cone']}",
                      f"scene.lights.{n}.conedeltaangle = {L['delta']}", "scene.lights.{}.gain = {:f} {:f} {:f}".format(n, *L["gain"])]
        elif L["type"] == "point":
            props += [f"scene.lights.{n}.type = point", "scene.lights.{}.position = {:f} {:f} {:f}".format(n, *L["pos"]),
                      "scene.lights.{}.gain = {:f} {:f} {:f}".format(n, *L["gain"])]
        elif L["type"] == "window":  # daylight through a window: a distant source with an angular spread
            props += [f"scene.lights.{n}.type = distant", "scene.lights.{}.direction = {:f} {:f} {:f}".format(n, *L["dir"]),
                      f"scene.lights.{n}.theta = {L['theta']}", "scene.lights.{}.gain = {:f} {:f} {:f}".format(n, *L["gain"])]
        else:  # area: an emissive quad (window, ceiling panel) facing the page
            c, a, b = np.array(L["center"]), np.array(L["a"]), np.array(L["b"])
            q = [c - a - b, c + a - b, c + a + b, c - a + b]
            scene.DefineMesh(f"{n}mesh", [tuple(map(float, p)) for p in q], [(0, 2, 1), (0, 3, 2)], None, None, None, None)
            props += [f"scene.materials.{n}m.type = matte", f"scene.materials.{n}m.kd = 0 0 0",
                      "scene.materials.{}m.emission = {:f} {:f} {:f}".format(n, *L["gain"]),
                      f"scene.objects.{n}.shape = {n}mesh", f"scene.objects.{n}.material = {n}m"]
    if r.get("thumb"):
        t = r["thumb"]
        cx, cy, ang, rad, ln = t["x"], t["y"], t["angle"], t["radius"], t["length"]
        ca, sa = np.cos(ang), np.sin(ang)

        def thumb(u, v):
            th = 2 * np.pi * u
            s = v * 2 - 1
            rr = rad * np.sqrt(max(0.0, 1 - s ** 4))
            lx, ly, lz = s * ln, rr * np.cos(th), rr * np.sin(th) * 0.6 + rad * 0.6 + 0.0005
            return cx + lx * ca - ly * sa, cy + lx * sa + ly * ca, lz
        p2, t2, u2 = _grid(24, 16, thumb)
        scene.DefineMesh("thumb", p2, t2, None, u2, None, None)
        props += ["scene.materials.skin.type = matte", "scene.materials.skin.kd = {:f} {:f} {:f}".format(*tuple(t["color"])),
                  "scene.objects.thumb.shape = thumb", "scene.objects.thumb.material = skin"]
    if r.get("sleeve"):
        s = r["sleeve"]
        p3, t3, u3 = _grid(8, 8, lambda u, v: (np.array(page_point(r, u * 1.06 - 0.03, v * 1.06 - 0.03)) + (0, 0, s["gap"])))
        scene.DefineMesh("sleeve", p3, t3, None, u3, None, None)
        props += ["scene.materials.film.type = archglass", "scene.materials.film.kr = %f %f %f" % ((s["kr"],) * 3),
                  "scene.materials.film.kt = %f %f %f" % ((s["kt"],) * 3),
                  "scene.objects.sleeve.shape = sleeve", "scene.objects.sleeve.material = film"]
    p = pyluxcore.Properties()
    p.SetFromString("\n".join(props))
    scene.Parse(p)
    cfg = pyluxcore.Properties()
    cfg.SetFromString("\n".join([
        # TILEPATHCPU with one pass of 1×1 AA: exactly one sample per pixel, whatever the timing (PATHCPU's
        # halt at N spp is checked asynchronously and may let some pixels take a second sample)
        "renderengine.type = TILEPATHCPU", f"renderengine.seed = {r['seed']}", "sampler.type = TILEPATHSAMPLER",
        "tilepath.sampling.aa.size = 1", "tile.multipass.enable = 0", "tile.size = 64",
        "native.threads.count = 1", f"path.pathdepth.total = {r['depth']}", f"path.pathdepth.diffuse = {min(r['depth'], 2)}",
        "path.pathdepth.specular = 2", f"film.width = {W}", f"film.height = {H}", "film.filter.type = NONE",
"film.imagepipelines.0.0.type = TONEMAP_LINEAR",
        "film.imagepipelines.0.0.scale = 1",
    ] + (["film.imagepipelines.0.1.type = INTEL_OIDN", "film.imagepipelines.0.1.oidnmemory = 2000"] if r.get("denoise") else [])))
    rc = pyluxcore.RenderConfig(cfg, scene)
    s = pyluxcore.RenderSession(rc)
    s.Start()
    while True:
        s.UpdateStats()
        if s.HasDone():
            break
        time.sleep(0.02)
    s.Stop()
    buf = np.zeros((H, W, 3), np.float32)
    s.GetFilm().GetOutputFloat(pyluxcore.FilmOutputType.RGB_IMAGEPIPELINE, buf)
    np.save(r["out"], buf[::-1])  # the film's rows run bottom-up


def main():
    import pyluxcore
    pyluxcore.Init(lambda msg: None)
    for line in sys.stdin:
        if not line.strip():
            continue
        r = json.loads(line)
        try:
            render(r, pyluxcore)
            sys.stdout.write("ZQ:ok\n")
        except Exception as exc:  # reported to the parent, which raises
            sys.stdout.write("ZQ:error " + repr(exc).replace("\n", " ") + "\n")
        sys.stdout.flush()
    sys.stdout.flush()
    os._exit(0)  # pyluxcore's log callback aborts during interpreter finalisation


if __name__ == "__main__":
    main()
