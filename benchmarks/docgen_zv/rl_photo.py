"""Family ZV's photos, 高拍仪 frames, sleeves and photographed screens, rendered by raylib (pyray) on
Mesa's llvmpipe under a private Xvfb: the page as a textured triangle grid (flat, arched, curled corner,
folded), a perspective camera, a lamp's falloff and tilt shading per vertex, soft shadows (phone, hand)
and sleeve glare in a GLSL 330 fragment shader, the thumb as a lit ellipsoid, the desk a tinted
Perlin-noise texture; screens emit light through a sub-pixel grid (the moiré comes from sampling it).

Run as `python rl_photo.py` (by generate.py, one process per set): one JSON job per stdin line,
one JSON answer per line, with the field boxes' corners projected by the same camera
(GetWorldToScreenEx) so the generator knows which values the frame cut off."""

from __future__ import annotations

import json
import math
import os
import sys

# raylib's C side prints to fd 1 (the wheel's banner, TraceLog): answers go to a copy of the real stdout,
# fd 1 itself to stderr
ANSWERS = os.fdopen(os.dup(1), "w", encoding="utf-8")
os.dup2(2, 1)

import pyray as rl  # noqa: E402
from raylib import ffi  # noqa: E402

FS = """#version 330
in vec2 fragTexCoord; in vec4 fragColor; out vec4 finalColor;
uniform sampler2D texture0; uniform vec4 colDiffuse;
uniform vec2 aspect; uniform vec4 glare; uniform vec4 shade0; uniform vec4 shade1; uniform vec4 shade2;
uniform vec3 grid; uniform float haze;
float soft(vec4 s, vec2 p){ float d = length((p - s.xy) * aspect); return s.w * (1.0 - smoothstep(s.z * 0.55, s.z, d)); }
void main(){
  vec2 uv = fragTexCoord; vec3 c = texture(texture0, uv).rgb * fragColor.rgb;
  c *= (1.0 - soft(shade0, uv)) * (1.0 - soft(shade1, uv)) * (1.0 - soft(shade2, uv));
  if (grid.z > 0.0) { vec2 q = fract(uv * grid.xy); float sub = fract(q.x * 3.0);
    vec3 m = vec3(sub < 0.33 ? 1.0 : 0.35, (sub >= 0.33 && sub < 0.66) ? 1.0 : 0.35, sub >= 0.66 ? 1.0 : 0.35);
    float row = smoothstep(0.0, 0.12, q.y) * smoothstep(1.0, 0.88, q.y);
    c = mix(c, c * m * 1.6 * row, grid.z); }
  float g = length((uv - glare.xy) * aspect) / max(glare.z, 1e-4);
  c = mix(c, vec3(1.0), clamp(glare.w * exp(-g * g * 2.2), 0.0, 1.0));
  c = mix(c, vec3(0.93), haze);
  finalColor = vec4(c, 1.0);
}"""


def height(u: float, v: float, sc: dict, W: float, H: float) -> float:
    mode, a = sc.get("mesh", "flat"), sc.get("amp", 0.0)
    if mode == "arch":  # a page that will not lie flat: arched across
        return a * math.sin(math.pi * u)
    if mode == "curl":  # a corner lifting
        cu, cv = sc.get("corner", [1, 1])
        d = max(0.0, 1.0 - math.hypot(u - cu, v - cv) / 0.55)
        return a * d * d
    if mode == "fold":  # folded in half and opened again: a ridge
        return a * (1.0 - abs(v - 0.5) * 2.0) ** 1.5 * 0.6 + a * 0.08 * math.sin(math.pi * u)
    if mode == "wave":  # held in the hand: sags in the middle
        return a * (math.sin(math.pi * u) * 0.6 + (v - 0.5) ** 2)
    return 0.0


def main() -> None:
    rl.set_trace_log_level(rl.LOG_ERROR)
    rl.set_config_flags(rl.FLAG_WINDOW_HIDDEN)
    rl.init_window(64, 64, "zv")
    sh = rl.load_shader_from_memory(ffi.NULL, FS)
    loc = {k: rl.get_shader_location(sh, k) for k in ("aspect", "glare", "shade0", "shade1", "shade2", "grid", "haze")}
    targets: dict = {}
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        if job.get("op") == "quit":
            break
        try:
            ans = render(job, sh, loc, targets)
        except Exception as exc:  # reported to the generator, which stops the set
            ans = {"ok": False, "err": f"{type(exc).__name__}: {exc}"}
        ANSWERS.write(json.dumps(ans) + "\n")
        ANSWERS.flush()
    rl.close_window()


def setv(sh, loc, name, vals):
    kind = {2: rl.SHADER_UNIFORM_VEC2, 3: rl.SHADER_UNIFORM_VEC3, 4: rl.SHADER_UNIFORM_VEC4, 1: rl.SHADER_UNIFORM_FLOAT}[len(vals)]
    ctype = f"float[{len(vals)}]"
    rl.set_shader_value(sh, loc[name], ffi.new(ctype, vals), kind)


def render(job: dict, sh, loc, targets) -> dict:
    sc = job["scene"]
    OW, OH = job["W"], job["H"]
    W, H = job["w_mm"] / 100.0, job["h_mm"] / 100.0
    if (OW, OH) not in targets:
        targets[(OW, OH)] = rl.load_render_texture(OW, OH)
    rt = targets[(OW, OH)]
    tex = rl.load_texture(job["page"])
    rl.gen_texture_mipmaps(tex)
    rl.set_texture_filter(tex, rl.TEXTURE_FILTER_TRILINEAR)
    rl.set_texture_wrap(tex, rl.TEXTURE_WRAP_CLAMP)
    cam = rl.Camera3D(tuple(sc["cam"]), tuple(sc["target"]), tuple(sc.get("up", [0, 1, 0])), sc["fovy"], rl.CAMERA_PERSPECTIVE)
    nu, nv = 48, 64
    lamp = sc.get("lamp", [0.0, 6.0, -2.0])
    amb, kd = sc.get("ambient", 0.35), sc.get("diffuse", 0.75)
    tint = sc.get("tint", [1.0, 1.0, 1.0])

    def pos(u, v):
        return (-W / 2 + u * W, height(u, v, sc, W, H), -H / 2 + v * H)

    def shade(u, v):
        x, y, z = pos(u, v)
        e = 1e-3
        x1, y1, z1 = pos(min(u + e, 1), v)
        x2, y2, z2 = pos(u, min(v + e, 1))
        ax, ay, az = x1 - x, y1 - y, z1 - z
        bx, by, bz = x2 - x, y2 - y, z2 - z
        nx, ny, nz = ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx
        nl = math.sqrt(nx * nx + ny * ny + nz * nz) or 1.0
        nx, ny, nz = nx / nl, ny / nl, nz / nl
        if ny < 0:
            nx, ny, nz = -nx, -ny, -nz
        lx, ly, lz = lamp[0] - x, lamp[1] - y, lamp[2] - z
        ll = math.sqrt(lx * lx + ly * ly + lz * lz)
        ndl = max(0.0, (nx * lx + ny * ly + nz * lz) / ll)
        fall = min(1.0, (sc.get("lamp_ref", 6.0) / ll) ** 2)
        i = amb + kd * ndl * fall
        return tuple(max(0, min(255, int(255 * i * t))) for t in tint)

    rl.begin_texture_mode(rt)
    bg = sc.get("bg", [60, 50, 45])
    rl.clear_background(rl.Color(bg[0], bg[1], bg[2], 255))
    rl.begin_mode_3d(cam)
    desk = None
    if sc.get("desk"):
        d = sc["desk"]
        img = rl.gen_image_perlin_noise(512, 512, d.get("ox", 0), d.get("oy", 0), d.get("scale", 4.0))
        rl.image_color_tint(img, rl.Color(*d["color"], 255))
        desk = rl.load_texture_from_image(img)
        rl.unload_image(img)
        rl.rl_set_texture(desk.id)
        rl.rl_begin(rl.RL_QUADS)
        S = d.get("size", 8.0)
        for (u, v) in ((0, 0), (0, 1), (1, 1), (1, 0)):
            x, z = -S / 2 + u * S, -S / 2 + v * S
            c = shade_desk(x, z, lamp, amb, kd, sc)
            rl.rl_color4ub(*c, 255)
            rl.rl_tex_coord2f(u * 3, v * 3)
            rl.rl_vertex3f(x, -0.004, z)
        rl.rl_end()
        rl.rl_set_texture(0)
    if sc.get("bezel"):  # the monitor's frame around the emitting page
        b = sc["bezel"]
        rl.draw_cube(rl.Vector3(0, -0.02, 0), W + b, 0.03, H + b, rl.Color(18, 18, 20, 255))
    rl.begin_shader_mode(sh)
    setv(sh, loc, "aspect", [1.0, H / W])
    setv(sh, loc, "glare", sc.get("glare", [0.5, 0.5, 0.1, 0.0]))
    shades = sc.get("shades", []) + [[0, 0, 0.01, 0]] * 3
    for k in range(3):
        setv(sh, loc, f"shade{k}", shades[k])
    setv(sh, loc, "grid", sc.get("grid", [1.0, 1.0, 0.0]))
    setv(sh, loc, "haze", [sc.get("haze", 0.0)])
    rl.rl_set_texture(tex.id)
    rl.rl_begin(rl.RL_TRIANGLES)
    cols = [[shade(i / nu, j / nv) if not sc.get("emit") else (255, 255, 255) for j in range(nv + 1)] for i in range(nu + 1)]
    pts = [[pos(i / nu, j / nv) for j in range(nv + 1)] for i in range(nu + 1)]
    for i in range(nu):
        for j in range(nv):
            for (a, b) in ((0, 0), (0, 1), (1, 1), (0, 0), (1, 1), (1, 0)):
                c = cols[i + a][j + b]
                rl.rl_color4ub(c[0], c[1], c[2], 255)
                rl.rl_tex_coord2f((i + a) / nu, (j + b) / nv)
                p = pts[i + a][j + b]
                rl.rl_vertex3f(p[0], p[1], p[2])
    rl.rl_end()
    rl.rl_set_texture(0)
    rl.end_shader_mode()
    th = sc.get("thumb")
    if th:  # a thumb lying over the page at (u, v): an ellipsoid, nail lighter
        u, v, r, ang = th["u"], th["v"], th["r"], th["deg"]
        x, y, z = pos(min(max(u, 0), 1), min(max(v, 0), 1))
        skin = th.get("skin", [205, 160, 135])
        rl.rl_push_matrix()
        rl.rl_translatef(x, y + r * 0.25, z)
        rl.rl_rotatef(ang, 0, 1, 0)
        rl.rl_scalef(1.0, 0.45, 1.7)
        rl.draw_sphere_ex(rl.Vector3(0, 0, 0), r, 18, 18, rl.Color(*skin, 255))
        rl.draw_sphere_ex(rl.Vector3(0, 0.25 * r, -0.55 * r), r * 0.55, 12, 12, rl.Color(min(skin[0] + 25, 255), min(skin[1] + 30, 255), min(skin[2] + 30, 255), 255))
        rl.rl_pop_matrix()
    rl.end_mode_3d()
    rl.end_texture_mode()
    img = rl.load_image_from_texture(rt.texture)
    rl.image_flip_vertical(img)
    rl.export_image(img, job["out"])
    rl.unload_image(img)
    rl.unload_texture(tex)
    if desk is not None:
        rl.unload_texture(desk)
    # which field boxes the thumb hides: rays from the camera to 9×4 points of each box against the
    # thumb's ellipsoid (the same translate/rotate/scale as drawn)
    hidden = {}
    if th:
        tx, ty, tz = pos(min(max(th["u"], 0), 1), min(max(th["v"], 0), 1))
        ty += th["r"] * 0.25
        a = math.radians(th["deg"])
        ca, sa = math.cos(a), math.sin(a)
        sx, sy, sz = th["r"], th["r"] * 0.45, th["r"] * 1.7

        def local(px, py, pz):  # world -> the unit sphere's frame
            dx, dy, dz = px - tx, py - ty, pz - tz
            lx, lz = dx * ca - dz * sa, dx * sa + dz * ca  # inverse of rlRotatef(deg, 0, 1, 0)
            return lx / sx, dy / sy, lz / sz

        o = local(cam.position.x, cam.position.y, cam.position.z)
        for key, (x0, y0, x1, y1) in job.get("boxes", {}).items():
            hit = 0
            for i in range(9):
                for j in range(4):
                    p = local(*pos((x0 + (x1 - x0) * i / 8) / job["w_mm"], (y0 + (y1 - y0) * j / 3) / job["h_mm"]))
                    d = (p[0] - o[0], p[1] - o[1], p[2] - o[2])
                    A = d[0] ** 2 + d[1] ** 2 + d[2] ** 2
                    B = 2 * (o[0] * d[0] + o[1] * d[1] + o[2] * d[2])
                    C = o[0] ** 2 + o[1] ** 2 + o[2] ** 2 - 1
                    disc = B * B - 4 * A * C
                    if disc >= 0 and 0 < (-B - math.sqrt(disc)) / (2 * A) < 1:
                        hit += 1
            hidden[key] = hit
    # which field boxes the frame cut: their corners through the same camera
    out = {}
    for key, (x0, y0, x1, y1) in job.get("boxes", {}).items():
        inside = 0
        n = 0
        for (bx, by) in ((x0, y0), (x1, y0), (x0, y1), (x1, y1), ((x0 + x1) / 2, (y0 + y1) / 2)):
            u, v = bx / job["w_mm"], by / job["h_mm"]
            p = pos(u, v)
            s = rl.get_world_to_screen_ex(rl.Vector3(*p), cam, OW, OH)
            n += 1
            if 2 <= s.x <= OW - 2 and 2 <= s.y <= OH - 2:
                inside += 1
        out[key] = inside / n
    return {"ok": True, "inside": out, "hidden": hidden}


def shade_desk(x, z, lamp, amb, kd, sc):
    lx, ly, lz = lamp[0] - x, lamp[1], lamp[2] - z
    ll = math.sqrt(lx * lx + ly * ly + lz * lz)
    fall = min(1.0, (sc.get("lamp_ref", 6.0) / ll) ** 2)
    i = amb + kd * (ly / ll) * fall
    return tuple(max(0, min(255, int(255 * i * t))) for t in sc.get("tint", [1, 1, 1]))


if __name__ == "__main__":
    main()
