"""Family AD's photos, hand-held shots, 高拍仪 frames, sleeves and photographed screens, rendered by pyglet
(OpenGL 3.3 core on Mesa llvmpipe under the caller's private Xvfb).  Run as its own process by
benchmarks/docgen_ad/core.py (never imported by the test process): reads one JSON job per stdin line, draws the
page as a textured mesh (flat, bent, curled, folded) on a desk / 高拍仪 mat / monitor with a perspective camera,
a thumb as geometry, our own shaders for light, glare, the phone's shadow, the screen's sub-pixel mask,
vignetting and sensor noise; reads the frame back with glReadPixels and writes a JPEG with Pillow."""

from __future__ import annotations

import ctypes
import json
import math
import sys

import numpy as np
import pyglet

pyglet.options["shadow_window"] = False
pyglet.options["debug_gl"] = False

from PIL import Image  # noqa: E402
from pyglet import gl  # noqa: E402
from pyglet.graphics.shader import Shader, ShaderProgram  # noqa: E402

VS = """#version 330 core
in vec3 position;
in vec3 normal;
in vec2 tex;
uniform mat4 mvp;
out vec3 v_pos;
out vec3 v_nrm;
out vec2 v_uv;
void main() {
    v_pos = position;
    v_nrm = normal;
    v_uv = tex;
    gl_Position = mvp * vec4(position, 1.0);
}
"""

FS = """#version 330 core
in vec3 v_pos;
in vec3 v_nrm;
in vec2 v_uv;
out vec4 color;
uniform sampler2D page;
uniform int mode;          // 0 page, 1 desk, 2 thumb, 3 screen page, 4 bezel
uniform int bg;
uniform vec3 light;        // point light, world mm
uniform float ambient;
uniform float warm;
uniform vec4 glare;        // page mm: cx, cy, r, strength
uniform vec4 shadow;       // page mm: cx, cy, r, strength
uniform vec2 pagesize;
uniform vec2 res;
uniform float noise;
uniform float vignette;
uniform float seed;
uniform float screen_px;   // the page's width in screen pixels (screen mode)
uniform float sleeve;

float hash(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233)) + seed) * 43758.5453); }

vec3 lit(vec3 base, vec3 n) {
    vec3 L = normalize(light - v_pos);
    float d = max(dot(normalize(n), L), 0.0);
    return base * (ambient + (1.0 - ambient) * d) * vec3(1.0 + warm, 1.0, 1.0 - warm);
}

void main() {
    vec3 c;
    if (mode == 0) {
        c = texture(page, v_uv).rgb;
        vec2 pm = vec2(v_uv.x * pagesize.x, (1.0 - v_uv.y) * pagesize.y);
        c = lit(c, v_nrm);
        if (shadow.w > 0.0) {
            float s = exp(-dot(pm - shadow.xy, pm - shadow.xy) / (shadow.z * shadow.z));
            c *= 1.0 - shadow.w * s;
        }
        if (sleeve > 0.0) {
            c = mix(c, vec3(0.93, 0.94, 0.96), 0.07);           // the plastic's haze
            float g = exp(-dot(pm - glare.xy, pm - glare.xy) / (glare.z * glare.z));
            float streak = exp(-pow((pm.x - glare.x) * 0.7 + (pm.y - glare.y) * 0.3, 2.0) / (glare.z * glare.z * 4.0)) * 0.25;
            c = mix(c, vec3(1.0), clamp(glare.w * (g + streak * g), 0.0, 1.0));
        }
    } else if (mode == 1) {
        vec2 p = v_pos.xy;
        if (bg == 0) {        // wood
            float grain = sin(p.x * 0.05 + sin(p.y * 0.013) * 6.0 + hash(floor(p * 0.02)) * 0.5) * 0.5 + 0.5;
            c = mix(vec3(0.45, 0.30, 0.18), vec3(0.60, 0.42, 0.26), grain);
        } else if (bg == 1) { // grey laminate
            c = vec3(0.62, 0.63, 0.64) + (hash(floor(p * 4.0)) - 0.5) * 0.03 + sin(p.x * 0.02 + p.y * 0.013) * 0.015;
        } else if (bg == 2) { // white counter
            c = vec3(0.86, 0.86, 0.84) + (hash(floor(p * 4.0)) - 0.5) * 0.02 + sin(p.y * 0.011) * 0.01;
        } else if (bg == 3) { // dark cloth
            c = vec3(0.16, 0.18, 0.24) + sin(p.x * 1.3) * sin(p.y * 1.3) * 0.02;
        } else if (bg == 4) { // 高拍仪 mat: black with a ruler grid
            c = vec3(0.10, 0.10, 0.11);
            vec2 g = abs(fract(p / 10.0) - 0.5);
            if (min(g.x, g.y) < 0.03) c = vec3(0.30, 0.30, 0.32);
        } else {              // the room behind a monitor
            c = vec3(0.25, 0.24, 0.22) + (hash(floor(p * 0.1)) - 0.5) * 0.03;
        }
        c = lit(c, vec3(0.0, 0.0, 1.0));
    } else if (mode == 2) {   // thumb: skin, darker to its rim, a nail highlight
        float r = length(v_uv - vec2(0.5));
        c = vec3(0.86, 0.64, 0.52) * (1.0 - 0.45 * smoothstep(0.15, 0.5, r));
        if (length((v_uv - vec2(0.5, 0.32)) * vec2(1.0, 1.4)) < 0.16) c = mix(c, vec3(0.95, 0.82, 0.78), 0.6);
        c = lit(c, v_nrm);
    } else if (mode == 3) {   // the page on a monitor: pixels, RGB stripes, a reflection
        vec2 tsz = vec2(textureSize(page, 0));
        float k = tsz.x / screen_px;                      // page texels per screen pixel
        vec2 spx = v_uv * tsz / k;
        vec2 cell = (floor(spx) + 0.5) * k / tsz;
        vec3 t = (cell.x < 0.0 || cell.x > 1.0 || cell.y < 0.0 || cell.y > 1.0) ? vec3(0.86) : texture(page, cell).rgb;
        float sub = fract(spx.x);
        vec3 mask = sub < 0.333 ? vec3(1.0, 0.25, 0.25) : (sub < 0.666 ? vec3(0.25, 1.0, 0.25) : vec3(0.25, 0.25, 1.0));
        float row = smoothstep(0.0, 0.12, fract(spx.y)) * smoothstep(1.0, 0.88, fract(spx.y));
        c = t * mask * (0.65 + 0.35 * row) * 1.45;
        c += vec3(0.06) * (1.0 - v_uv.y) + vec3(0.03);
    } else {
        c = vec3(0.05, 0.05, 0.06);
    }
    vec2 q = gl_FragCoord.xy / res - 0.5;
    c *= 1.0 - vignette * dot(q, q) * 2.0;
    c += (hash(gl_FragCoord.xy) - 0.5) * noise * 2.0;
    c = pow(clamp(c, 0.0, 1.0), vec3(0.95));
    color = vec4(c, 1.0);
}
"""


def look_at(eye, target, up):
    f = target - eye
    f = f / np.linalg.norm(f)
    s = np.cross(f, up)
    s = s / np.linalg.norm(s)
    u = np.cross(s, f)
    m = np.eye(4)
    m[0, :3], m[1, :3], m[2, :3] = s, u, -f
    m[:3, 3] = -m[:3, :3] @ eye
    return m


def perspective(fovy, aspect, near, far):
    f = 1.0 / math.tan(math.radians(fovy) / 2)
    m = np.zeros((4, 4))
    m[0, 0], m[1, 1] = f / aspect, f
    m[2, 2], m[2, 3] = (far + near) / (near - far), 2 * far * near / (near - far)
    m[3, 2] = -1.0
    return m


def page_mesh(j, nx=48, ny=48):
    w, h = j["w"], j["h"]
    px, py = np.meshgrid(np.linspace(0, w, nx), np.linspace(0, h, ny))
    z = j["bend"] * np.sin(np.pi * px / w)
    z = z + j["curl"] * w * np.maximum(0.0, px / w + py / h - 1.3) ** 2 * 3.0
    z = z + j["fold"] * (1.0 - np.abs(py - h / 2) / (h / 2))
    X, Y = px - w / 2, h / 2 - py
    dzdx = np.gradient(z, axis=1) / np.gradient(X, axis=1)
    dzdy = np.gradient(z, axis=0) / np.gradient(Y, axis=0)
    n = np.stack([-dzdx, -dzdy, np.ones_like(z)], -1)
    n /= np.linalg.norm(n, axis=-1, keepdims=True)
    pos = np.stack([X, Y, z], -1)
    uv = np.stack([px / w, 1.0 - py / h], -1)
    idx = []
    for r in range(ny - 1):
        for c in range(nx - 1):
            a = r * nx + c
            idx += [a, a + 1, a + nx, a + 1, a + nx + 1, a + nx]
    return pos.reshape(-1, 3), n.reshape(-1, 3), uv.reshape(-1, 2), idx, z


def quad(x0, y0, x1, y1, z):
    pos = [x0, y0, z, x1, y0, z, x1, y1, z, x0, y1, z]
    return pos, [0, 0, 1] * 4, [0, 0, 1, 0, 1, 1, 0, 1], [0, 1, 2, 0, 2, 3]


def thumb_mesh(j, zs):
    """A thumb: an ellipse fan at the page position with a finger running off the nearest edge."""
    cx, cy, rx, ry = j["thumb"]
    w, h = j["w"], j["h"]
    zt = float(zs.max()) + 4.0
    X, Y = cx - w / 2, h / 2 - cy
    side = j.get("thumb_side", "left")
    ang = {"left": math.pi, "right": 0.0, "bottom": -math.pi / 2}[side]
    pos, nrm, uv, idx = [X, Y, zt], [0, 0, 1], [0.5, 0.5], []
    n = 40
    for k in range(n + 1):  # the ellipse the truth's occlusion check uses: radii along the page's axes
        a = 2 * math.pi * k / n
        ca, sa = math.cos(a), math.sin(a)
        pos += [X + rx * ca, Y - ry * sa, zt]
        nrm += [ca * 0.5, sa * 0.5, 0.8]
        uv += [0.5 + 0.5 * ca, 0.5 + 0.5 * sa]
        if k:
            idx += [0, k, k + 1]
    # finger: a band from the thumb's centre out past the edge
    base = len(pos) // 3
    dx, dy = math.cos(ang), math.sin(ang)
    half = 0.7 * min(rx, ry)
    px, py = -dy * half, dx * half
    far = 3.0 * max(w, h)
    for (ox, oy), t, u in (((X + px, Y + py), 0.0, 0.0), ((X - px, Y - py), 0.0, 1.0),
                           ((X - px + dx * far, Y - py + dy * far), 1.0, 1.0), ((X + px + dx * far, Y + py + dy * far), 1.0, 0.0)):
        pos += [ox, oy, zt - 0.4 + t * 10.0]  # just under the thumb's tip, rising towards the hand
        nrm += [0, 0, 1]
        uv += [0.5 + (u - 0.5) * 0.75, 0.5]  # shaded across its width like the tip
    idx += [base, base + 1, base + 2, base, base + 2, base + 3]
    return pos, nrm, uv, idx


def render(j, prog, ctx_cache):
    img = Image.open(j["in"]).convert("RGB")
    tw, th = img.size
    data = img.transpose(Image.Transpose.FLIP_TOP_BOTTOM).tobytes()
    tex = gl.GLuint()
    gl.glGenTextures(1, ctypes.byref(tex))
    gl.glActiveTexture(gl.GL_TEXTURE0)
    gl.glBindTexture(gl.GL_TEXTURE_2D, tex)
    gl.glPixelStorei(gl.GL_UNPACK_ALIGNMENT, 1)
    gl.glTexImage2D(gl.GL_TEXTURE_2D, 0, gl.GL_RGB8, tw, th, 0, gl.GL_RGB, gl.GL_UNSIGNED_BYTE, data)
    gl.glGenerateMipmap(gl.GL_TEXTURE_2D)
    gl.glTexParameteri(gl.GL_TEXTURE_2D, gl.GL_TEXTURE_MIN_FILTER, gl.GL_LINEAR_MIPMAP_LINEAR)
    gl.glTexParameteri(gl.GL_TEXTURE_2D, gl.GL_TEXTURE_MAG_FILTER, gl.GL_LINEAR)
    gl.glTexParameteri(gl.GL_TEXTURE_2D, gl.GL_TEXTURE_WRAP_S, gl.GL_CLAMP_TO_EDGE)
    gl.glTexParameteri(gl.GL_TEXTURE_2D, gl.GL_TEXTURE_WRAP_T, gl.GL_CLAMP_TO_EDGE)

    w, h = j["w"], j["h"]
    landscape = w >= h
    if j["mode"] == "gaopaiyi" and abs(abs(j["roll"]) - 90) < 10:
        landscape = not landscape
    long_side = j.get("long", 1600)
    ow, oh = (long_side, long_side * 3 // 4) if landscape else (long_side * 3 // 4, long_side)
    ss = 2
    W, H = ow * ss, oh * ss

    fbo = gl.GLuint()
    gl.glGenFramebuffers(1, ctypes.byref(fbo))
    gl.glBindFramebuffer(gl.GL_FRAMEBUFFER, fbo)
    ctex = gl.GLuint()
    gl.glGenTextures(1, ctypes.byref(ctex))
    gl.glBindTexture(gl.GL_TEXTURE_2D, ctex)
    gl.glTexImage2D(gl.GL_TEXTURE_2D, 0, gl.GL_RGBA8, W, H, 0, gl.GL_RGBA, gl.GL_UNSIGNED_BYTE, None)
    gl.glFramebufferTexture2D(gl.GL_FRAMEBUFFER, gl.GL_COLOR_ATTACHMENT0, gl.GL_TEXTURE_2D, ctex, 0)
    rb = gl.GLuint()
    gl.glGenRenderbuffers(1, ctypes.byref(rb))
    gl.glBindRenderbuffer(gl.GL_RENDERBUFFER, rb)
    gl.glRenderbufferStorage(gl.GL_RENDERBUFFER, gl.GL_DEPTH_COMPONENT24, W, H)
    gl.glFramebufferRenderbuffer(gl.GL_FRAMEBUFFER, gl.GL_DEPTH_ATTACHMENT, gl.GL_RENDERBUFFER, rb)
    gl.glViewport(0, 0, W, H)
    gl.glEnable(gl.GL_DEPTH_TEST)
    gl.glClearColor(0.2, 0.2, 0.2, 1.0)
    gl.glClear(gl.GL_COLOR_BUFFER_BIT | gl.GL_DEPTH_BUFFER_BIT)

    pos, nrm, uv, idx, zs = page_mesh(j)
    screen = j["mode"] == "screen"
    # camera: tilt from the vertical, yaw around it, roll of the phone; moved back until the page and the
    # thumb are inside the frame
    fov = 62.0 if j["mode"] != "gaopaiyi" else 48.0
    aspect = ow / oh
    tilt, yaw = math.radians(j["tilt"]), math.radians(j["yaw"])
    dirv = np.array([math.sin(tilt) * math.sin(yaw), -math.sin(tilt) * math.cos(yaw), math.cos(tilt)])
    roll = math.radians(j["roll"])
    up = np.array([math.sin(roll), math.cos(roll), 0.0])
    rng = np.random.default_rng(j["seed"])
    target = np.array([rng.uniform(-0.04, 0.04) * w, rng.uniform(-0.04, 0.04) * h, 0.0])
    proj = perspective(fov, aspect, 5.0, 20000.0)
    corners = np.array([[-w / 2, -h / 2, 0, 1], [w / 2, -h / 2, 0, 1], [w / 2, h / 2, 0, 1], [-w / 2, h / 2, 0, 1]], float)
    corners[:, 2] = [zs[-1, 0], zs[-1, -1], zs[0, -1], zs[0, 0]]
    dist = max(w, h) * 0.9
    for _ in range(200):
        eye = target + dirv * dist
        mvp = proj @ look_at(eye, target, up)
        clip = corners @ mvp.T
        ndc = clip[:, :2] / clip[:, 3:4]
        ext = np.abs(ndc).max()
        if ext <= j["fill"] and (clip[:, 3] > 0).all():
            break
        dist *= 1.03
    prog.use()
    prog["mvp"] = tuple(mvp.T.flatten())
    lx, ly, lz = j["light"]
    prog["light"] = (lx * max(w, h), ly * max(w, h), lz * max(w, h))
    prog["ambient"] = j["ambient"]
    prog["warm"] = j["warm"]
    prog["glare"] = tuple(j["glare"]) if j.get("glare") else (0.0, 0.0, 1.0, 0.0)
    prog["shadow"] = tuple(j["shadow"]) if j.get("shadow") else (0.0, 0.0, 1.0, 0.0)
    prog["pagesize"] = (w, h)
    prog["res"] = (float(W), float(H))
    prog["noise"] = j["noise"]
    prog["vignette"] = j["vignette"]
    prog["seed"] = float(j["seed"] % 1000)
    prog["screen_px"] = float(j.get("screen_px", 1200.0))
    prog["sleeve"] = 1.0 if j.get("sleeve") else 0.0
    prog["bg"] = int(j["bg"])
    prog["page"] = 0

    def draw(p, n, t, ix, mode):
        prog["mode"] = mode
        vl = prog.vertex_list_indexed(len(p) // 3, gl.GL_TRIANGLES, ix, position=("f", p), normal=("f", n), tex=("f", t))
        vl.draw(gl.GL_TRIANGLES)
        vl.delete()

    big = 6 * max(w, h)
    gl.glActiveTexture(gl.GL_TEXTURE0)
    gl.glBindTexture(gl.GL_TEXTURE_2D, tex)
    if screen:
        m = 0.08 * max(w, h)
        draw(*quad(-big, -big, big, big, -60.0), 1)
        draw(*quad(-w / 2 - m - 14, -h / 2 - m - 14, w / 2 + m + 14, h / 2 + m + 14, -1.0), 4)
        sp, sn, st, si = quad(-w / 2 - m, -h / 2 - m, w / 2 + m, h / 2 + m, 0.0)
        st = [-m / w, -m / h, 1 + m / w, -m / h, 1 + m / w, 1 + m / h, -m / w, 1 + m / h]
        draw(sp, sn, st, si, 3)
    else:
        draw(*quad(-big, -big, big, big, -0.6), 1)
        draw(list(pos.flatten()), list(nrm.flatten()), list(uv.flatten()), idx, 0)
        if j.get("thumb"):
            draw(*thumb_mesh(j, zs), 2)
    gl.glFinish()
    buf = (gl.GLubyte * (W * H * 4))()
    gl.glPixelStorei(gl.GL_PACK_ALIGNMENT, 1)
    gl.glReadPixels(0, 0, W, H, gl.GL_RGBA, gl.GL_UNSIGNED_BYTE, buf)
    arr = np.frombuffer(buf, np.uint8).reshape(H, W, 4)[::-1, :, :3]
    out = Image.fromarray(np.ascontiguousarray(arr)).reduce(ss)
    out.save(j["out"], "JPEG", quality=int(j["quality"]))
    gl.glBindFramebuffer(gl.GL_FRAMEBUFFER, 0)
    gl.glDeleteFramebuffers(1, ctypes.byref(fbo))
    gl.glDeleteRenderbuffers(1, ctypes.byref(rb))
    gl.glDeleteTextures(1, ctypes.byref(ctex))
    gl.glDeleteTextures(1, ctypes.byref(tex))


def main() -> int:
    config = gl.Config(major_version=3, minor_version=3, forward_compatible=True, double_buffer=False, depth_size=24)
    win = pyglet.window.Window(16, 16, visible=False, config=config)
    win.switch_to()
    prog = ShaderProgram(Shader(VS, "vertex"), Shader(FS, "fragment"))
    for line in sys.stdin:
        if line.strip():
            j = json.loads(line)
            render(j, prog, {})
            print("ok", j["out"], flush=True)
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
