"""Family ZE's captures, rendered with OpenGL shaders through moderngl on Mesa's software rasteriser
(EGL, headless): the page raster is a texture on a mesh (flat for 高拍仪 and flatbeds, bent for folds
and curled pages) seen by a perspective camera (phones at angles) or an orthographic one (scanners),
lit by a lamp with fall-off, shadowed by an occluder, with specular glare on glossy paper or a
clear sleeve, a procedural desk under the page, a hand's thumb on the page, hand shake and defocus as
several jittered renders (shake paths, defocus rings) accumulated in a float framebuffer; then a post pass:
white balance, exposure, vignetting, sensor noise from a hash, and the copier's and fax's tone
curves, toner streaks, ordered dither and threshold. Screens photographed show their subpixel grid
sampled by the camera (moiré). numpy only moves bytes; Pillow only writes files and draws shapes.
"""

from __future__ import annotations

import math
import struct

import numpy as np
from PIL import Image

_CTX = None

VS = """
#version 330
in vec2 in_uv;
uniform mat4 u_mvp;
uniform vec2 u_size;
uniform int u_mode;
uniform vec4 u_bend;
uniform vec2 u_jitter;
uniform vec4 u_ndc;
uniform vec2 u_tex;   // page texture size, texels
uniform vec2 u_vp;    // framebuffer size, pixels
out vec2 v_uv; out vec3 v_pos; out vec3 v_nrm; out float v_lod;
vec2 screen(vec3 p) {
    vec4 c = u_mvp * vec4(p, 1.0);
    c.xy = c.xy * u_ndc.xy + u_ndc.zw * c.w;
    return c.xy / c.w * 0.5 * u_vp;
}
float height(vec2 uv) {
    float f = u_bend.y * max(0.0, 1.0 - abs(uv.x - u_bend.x) / 0.3);
    float c = u_bend.w * pow(max(0.0, uv.y - u_bend.z), 2.0);
    return f + c;
}
void main() {
    vec3 p;
    float e = 0.004;
    if (u_mode == 0) {
        p = vec3((in_uv - 0.5) * 4.0 * max(u_size.x, u_size.y) + u_size * 0.5, -0.0015);
        v_nrm = vec3(0.0, 0.0, 1.0);
    } else {
        p = vec3(in_uv * u_size, height(in_uv));
        vec3 px = vec3(e * u_size.x, 0.0, height(in_uv + vec2(e, 0.0)) - height(in_uv));
        vec3 py = vec3(0.0, e * u_size.y, height(in_uv + vec2(0.0, e)) - height(in_uv));
        v_nrm = normalize(cross(px, py));
        if (v_nrm.z < 0.0) v_nrm = -v_nrm;
    }
    v_uv = in_uv; v_pos = p;
    // the mip level from the projected texel size at this vertex (with a biased level llvmpipe
    // drew stray white pixels along the mesh's diagonals)
    vec2 s0 = screen(p);
    float lx = length(screen(p + vec3(u_size.x * 0.01, 0.0, 0.0)) - s0) / (0.01 * u_tex.x);
    float ly = length(screen(p + vec3(0.0, u_size.y * 0.01, 0.0)) - s0) / (0.01 * u_tex.y);
    v_lod = -log2(max(sqrt(lx * ly), 1e-6));
    vec4 c = u_mvp * vec4(p, 1.0);
    c.xy = c.xy * u_ndc.xy + u_ndc.zw * c.w + u_jitter * c.w;
    gl_Position = c;
}
"""

FS = """
#version 330
uniform sampler2D u_page;
uniform int u_mode;
uniform float u_bias;
uniform vec3 u_light;
uniform float u_lamp;
uniform float u_ambient;
uniform vec3 u_cam;
uniform vec4 u_hand;      // world x, y, half length, radius (radius 0: no hand)
uniform vec2 u_hand_dir;
uniform vec3 u_skin;
uniform vec4 u_shadow;    // world x, y, radius, strength
uniform vec4 u_glare;     // world x, y, radius, strength
uniform float u_gloss;
uniform int u_desk;
uniform int u_card;
uniform int u_screen;
uniform vec2 u_screen_res;
uniform float u_mask;
uniform float u_emit;
uniform float u_seed;
uniform vec2 u_size;
uniform vec2 u_crease;   // page x of a fold's crease, its strength (0: none)
in vec2 v_uv; in vec3 v_pos; in vec3 v_nrm; in float v_lod;
out vec4 f;
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7)) + u_seed * 13.17) * 43758.5453); }
float vnoise(vec2 p) {
    vec2 i = floor(p); vec2 t = fract(p); t = t * t * (3.0 - 2.0 * t);
    return mix(mix(hash(i), hash(i + vec2(1, 0)), t.x), mix(hash(i + vec2(0, 1)), hash(i + vec2(1, 1)), t.x), t.y);
}
float fbm(vec2 p) { float a = 0.5, s = 0.0; for (int k = 0; k < 4; k++) { s += a * vnoise(p); p *= 2.03; a *= 0.5; } return s; }
float capsule(vec2 p, vec2 a, vec2 b, float r) {
    vec2 pa = p - a, ba = b - a; float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
    return length(pa - ba * h) - r;
}
vec3 desk(vec2 w) {
    if (u_desk == 0) {  // wood
        float g = fbm(vec2(w.x * 8.0, w.y * 90.0)) ;
        float ring = sin((w.y * 60.0 + g * 6.0)) * 0.5 + 0.5;
        return mix(vec3(0.45, 0.28, 0.15), vec3(0.62, 0.42, 0.24), ring * 0.6 + g * 0.4);
    } else if (u_desk == 1) {  // grey laminate counter
        return vec3(0.55, 0.56, 0.58) + (fbm(w * 300.0) - 0.5) * 0.08;
    } else if (u_desk == 2) {  // dark glass over a dark counter
        return vec3(0.08, 0.09, 0.1) + fbm(w * 20.0) * 0.05;
    } else if (u_desk == 3) {  // white scanner lid
        return vec3(0.93, 0.93, 0.92) + (hash(w * 5000.0) - 0.5) * 0.02;
    } else if (u_desk == 4) {  // black scanner lid / open lid
        return vec3(0.03, 0.03, 0.035);
    }
    return vec3(0.2, 0.35, 0.25) + fbm(w * 40.0) * 0.1;  // green desk mat
}
void main() {
    vec3 base;
    vec2 w = v_pos.xy;
    if (u_mode == 0) {
        base = desk(w);
        // contact shadow of the page (or card) on the desk, thrown away from the lamp
        float k = min(u_size.x, u_size.y) * 0.02;
        vec2 off = normalize(w - u_light.xy + 1e-5) * k * 0.5;
        vec2 q = abs(w - off - u_size * 0.5) - u_size * 0.5;
        float sd = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0);
        base *= 1.0 - 0.28 * (1.0 - smoothstep(0.0, k, sd));
    } else {
        if (u_card == 1) {  // a card's rounded corners (3.18 mm radius)
            float rad = 0.00318;
            vec2 q = abs(w - u_size * 0.5) - (u_size * 0.5 - rad);
            if (length(max(q, 0.0)) > rad) discard;
        }
        base = textureLod(u_page, v_uv, max(v_lod + u_bias, 0.0)).rgb;  // u_bias stays 0: llvmpipe drew stray
        // pixels along the mesh's diagonals with a biased level; defocus is a ring of jittered renders
        if (u_card == 1) {  // the card's printed security pattern under the ink
            float wv = sin(v_uv.x * 90.0 + sin(v_uv.y * 25.0) * 3.0) * sin(v_uv.y * 70.0 + sin(v_uv.x * 18.0) * 2.0);
            vec3 tint = mix(vec3(0.86, 0.91, 0.95), vec3(0.96, 0.9, 0.88), v_uv.x) + wv * 0.035;
            base *= tint;
        }
        if (u_crease.y > 0.0) {  // a folded sheet flattened on the glass keeps its crease
            float dx = (v_uv.x - u_crease.x) * u_size.x;
            base *= 1.0 - u_crease.y * exp(-dx * dx / 2.5e-7) + 0.04 * u_crease.y * exp(-(dx - 0.0012) * (dx - 0.0012) / 4e-7);
        }
        if (u_screen == 1) {  // an LCD's RGB stripes and the black matrix between pixels
            vec2 g = v_uv * u_screen_res;
            float s = fract(g.x);
            vec3 m = vec3(step(s, 0.333), step(0.333, s) * step(s, 0.666), step(0.666, s));
            float row = smoothstep(0.0, 0.12, fract(g.y)) * smoothstep(1.0, 0.88, fract(g.y));
            base = mix(base, base * m * 2.7 * row + 0.01, u_mask);
        }
    }
    vec3 L = normalize(u_light - v_pos);
    float d = length(u_light - v_pos);
    float diff = max(dot(v_nrm, L), 0.0) * u_lamp / (1.0 + d * d * 3.0);
    float light = u_ambient + diff;
    float sh = 1.0 - u_shadow.w * (1.0 - smoothstep(u_shadow.z * 0.45, u_shadow.z * 1.5, length(w - u_shadow.xy)));
    light *= sh;
    vec3 col = (u_mode == 1 && u_screen == 1) ? base * u_emit + base * light * 0.15 : base * light;
    vec3 V = normalize(u_cam - v_pos);
    vec3 H = normalize(L + V);
    if (u_mode == 1) col += vec3(u_gloss * pow(max(dot(v_nrm, H), 0.0), 60.0));
    float g = u_glare.w * (1.0 - smoothstep(u_glare.z * 0.55, u_glare.z, length(w - u_glare.xy)));
    col = mix(col, vec3(1.0, 0.99, 0.97), clamp(g, 0.0, 1.0));
    if (u_hand.w > 0.0) {
        vec2 a = u_hand.xy - u_hand_dir * u_hand.z, b = u_hand.xy + u_hand_dir * u_hand.z * 6.0;
        float dsh = capsule(w - vec2(0.006, 0.008), a, b, u_hand.w);
        col *= 1.0 - 0.45 * (1.0 - smoothstep(-0.004, 0.012, dsh));
        float dh = capsule(w, a, b, u_hand.w);
        if (dh < 0.0) {
            float rim = clamp(-dh / u_hand.w, 0.0, 1.0);
            vec3 skin = u_skin * (0.55 + 0.45 * sqrt(rim)) * (u_ambient + u_lamp * 0.3);
            float nail = capsule(w, a, a + u_hand_dir * u_hand.w * 0.9, u_hand.w * 0.55);
            if (nail < 0.0) skin = mix(skin, vec3(0.93, 0.8, 0.78) * (u_ambient + u_lamp * 0.3), 0.6);
            col = skin;
        }
    }
    f = vec4(col, 1.0);
}
"""

POST_VS = """
#version 330
in vec2 in_uv;
uniform vec4 u_rect;
out vec2 v_uv;
void main() { v_uv = in_uv; gl_Position = vec4(mix(u_rect.xy, u_rect.zw, in_uv) * 2.0 - 1.0, 0.0, 1.0); }
"""

POST_FS = """
#version 330
uniform sampler2D u_acc;
uniform float u_n;
uniform vec3 u_wb;
uniform float u_exposure;
uniform float u_vignette;
uniform float u_noise;
uniform float u_gamma;
uniform int u_mode;
uniform float u_lo;
uniform float u_hi;
uniform float u_streak;
uniform float u_seed;
uniform float u_bias;
uniform float u_lod;   // < 0: sample as is
in vec2 v_uv;
out vec4 f;
float hash(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233)) + u_seed * 7.31) * 43758.5453); }
const float bayer[16] = float[16](0., 8., 2., 10., 12., 4., 14., 6., 3., 11., 1., 9., 15., 7., 13., 5.);
void main() {
    vec3 c = (u_lod < 0.0 ? texture(u_acc, v_uv) : textureLod(u_acc, v_uv, u_lod)).rgb / u_n;
    c *= u_wb * u_exposure;
    vec2 q = v_uv - 0.5;
    c *= 1.0 - u_vignette * dot(q, q) * 2.0;
    float lum = dot(c, vec3(0.299, 0.587, 0.114));
    c += (vec3(hash(gl_FragCoord.xy), hash(gl_FragCoord.yx + 3.1), hash(gl_FragCoord.xy + 7.7)) - 0.5) * u_noise * (1.3 - lum);
    if (u_mode == 1) {  // photocopier: grey, steep tone curve, toner streaks and speckle
        float l = dot(c, vec3(0.299, 0.587, 0.114));
        l = smoothstep(u_lo, u_hi, l);
        float col = floor(gl_FragCoord.x / 3.0);
        l *= 1.0 - u_streak * step(0.998, hash(vec2(col, 5.0)));
        l = min(l, 1.0 - 0.8 * step(0.9995, hash(gl_FragCoord.xy * 0.5)));
        c = vec3(l) * vec3(1.0, 0.995, 0.985);
    } else if (u_mode == 2) {  // fax: threshold or ordered dither to 1 bit
        float l = smoothstep(u_lo, u_hi, dot(c, vec3(0.299, 0.587, 0.114)));
        int ix = int(mod(gl_FragCoord.x, 4.0)), iy = int(mod(gl_FragCoord.y, 4.0));
        float t = u_streak > 0.5 ? (bayer[iy * 4 + ix] + 0.5) / 16.0 : 0.5;
        c = vec3(step(t, l));
    } else if (u_mode == 3) {  // scanner app: flattened background, boosted contrast
        c = clamp((c - u_lo) / (u_hi - u_lo), 0.0, 1.0);
    }
    c = pow(clamp(c, 0.0, 1.0), vec3(1.0 / u_gamma));
    f = vec4(c, 1.0);
}
"""


def available() -> str | None:
    """None when an EGL context can be made here, else the reason (tests skip on it)."""
    try:
        ctx()
        return None
    except Exception as exc:  # no libEGL / no Mesa
        return f"{type(exc).__name__}: {exc}"


def ctx():
    global _CTX
    if _CTX is None:
        import os

        import moderngl

        os.environ.setdefault("LP_NUM_THREADS", "1")  # Mesa's llvmpipe on one core: the machine is shared
        _CTX = moderngl.create_standalone_context(backend="egl")
        _CTX.scene = _CTX.program(vertex_shader=VS, fragment_shader=FS)
        _CTX.post = _CTX.program(vertex_shader=POST_VS, fragment_shader=POST_FS)
        n = 48
        verts, idx = [], []
        for j in range(n + 1):
            for i in range(n + 1):
                verts += [i / n, j / n]
        for j in range(n):
            for i in range(n):
                a = j * (n + 1) + i
                idx += [a, a + 1, a + n + 1, a + 1, a + n + 2, a + n + 1]
        vbo = _CTX.buffer(struct.pack(f"{len(verts)}f", *verts))
        ibo = _CTX.buffer(struct.pack(f"{len(idx)}I", *idx))
        _CTX.mesh = _CTX.vertex_array(_CTX.scene, [(vbo, "2f", "in_uv")], ibo)
        quad = _CTX.buffer(struct.pack("12f", 0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1))
        _CTX.quad_scene = _CTX.vertex_array(_CTX.scene, [(quad, "2f", "in_uv")])
        _CTX.quad_post = _CTX.vertex_array(_CTX.post, [(quad, "2f", "in_uv")])
        _CTX.renderer = _CTX.info["GL_RENDERER"] + " / " + _CTX.info["GL_VERSION"]
    return _CTX


# ---------------------------------------------------------------- camera math (plain Python)

def _sub(a, b):
    return [a[0] - b[0], a[1] - b[1], a[2] - b[2]]


def _norm(a):
    n = math.sqrt(sum(x * x for x in a))
    return [x / n for x in a]


def _cross(a, b):
    return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b, strict=True))


def _mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(4)) for j in range(4)] for i in range(4)]


def look_at(eye, target, up):
    f = _norm(_sub(target, eye))
    s = _norm(_cross(f, up))
    u = _cross(s, f)
    return [[s[0], s[1], s[2], -_dot(s, eye)], [u[0], u[1], u[2], -_dot(u, eye)],
            [-f[0], -f[1], -f[2], _dot(f, eye)], [0, 0, 0, 1]]


def perspective(fovy_deg: float, aspect: float, near: float = 0.01, far: float = 10.0):
    t = 1 / math.tan(math.radians(fovy_deg) / 2)
    return [[t / aspect, 0, 0, 0], [0, t, 0, 0], [0, 0, (far + near) / (near - far), 2 * far * near / (near - far)], [0, 0, -1, 0]]


def ortho(w: float, h: float):
    return [[2 / w, 0, 0, 0], [0, 2 / h, 0, 0], [0, 0, -0.2, 0], [0, 0, 0, 1]]


def project(m, p):
    x, y, z = p
    v = [m[i][0] * x + m[i][1] * y + m[i][2] * z + m[i][3] for i in range(4)]
    return v[0] / v[3], v[1] / v[3]


# ---------------------------------------------------------------- rendering

def render(page: Image.Image, spec: dict, out_w: int, out_h: int) -> tuple[Image.Image, dict]:
    """The page seen as `spec` says; returns the picture and `ndc`, a function page-uv -> frame
    fraction (x right, y down), for the truth's boxes (cut off / under the hand / under glare)."""
    c = ctx()
    pw, ph = spec["size"]  # page size, metres
    aspect = out_w / out_h
    if spec.get("ortho"):
        proj = ortho(pw * 1.0, pw * 1.0 / aspect)
        roll = math.radians(spec.get("roll", 0.0))
        view = look_at([pw / 2, ph / 2, 1.0], [pw / 2, ph / 2, 0.0], [math.sin(roll), -math.cos(roll), 0.0])
        cam = [pw / 2, ph / 2, 1.0]
    else:
        dist = spec.get("dist", 0.45)
        tilt, yaw = math.radians(spec.get("tilt", 0.0)), math.radians(spec.get("yaw", 0.0))
        tx, ty = pw / 2, ph / 2
        cam = [tx + dist * math.sin(tilt) * math.sin(yaw), ty + dist * math.sin(tilt) * math.cos(yaw), dist * math.cos(tilt)]
        roll = math.radians(spec.get("roll", 0.0))
        up = [math.sin(roll), -math.cos(roll), 0.0]
        view = look_at(cam, [tx, ty, 0.0], up)
        proj = perspective(spec.get("fov", 55.0), aspect)
    mvp = _mul(proj, view)
    corners = [project(mvp, (x, y, 0.0)) for x, y in ((0, 0), (pw, 0), (pw, ph), (0, ph))]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    fill = spec.get("fill", 0.85)
    s = fill * 2 / max(max(xs) - min(xs), (max(ys) - min(ys)))
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    sx = -s  # the page's y runs down, the camera's up is -y: its x comes out mirrored
    ox = -cx * sx + spec.get("shift", (0.0, 0.0))[0]
    oy = -cy * s + spec.get("shift", (0.0, 0.0))[1]

    def to_frame(u: float, v: float) -> tuple[float, float]:
        x, y = project(mvp, (u * pw, v * ph, 0.0))
        return (x * sx + ox + 1) / 2, 1 - (y * s + oy + 1) / 2

    rgb = page.convert("RGB")
    tex = c.texture(rgb.size, 3, rgb.tobytes())
    tex.build_mipmaps()
    tex.filter = (c.LINEAR_MIPMAP_LINEAR, c.LINEAR)
    tex.anisotropy = 2.0
    fbo_tex = c.texture((out_w, out_h), 4, dtype="f4")  # the accumulation of the jittered renders
    fbo = c.framebuffer([fbo_tex])
    pass_tex = c.texture((out_w, out_h), 4, dtype="f2")
    depth = c.depth_renderbuffer((out_w, out_h))
    pfb = c.framebuffer([pass_tex], depth)
    fbo.use()
    fbo.clear(0, 0, 0, 0)
    P = c.scene
    light = spec.get("light", (pw * 0.3, -ph * 0.2, 0.6))
    shared = {"u_mvp": _mat(mvp), "u_size": (pw, ph), "u_bend": spec.get("bend", (0.5, 0.0, 1.0, 0.0)),
              "u_ndc": (sx, s, ox, oy), "u_bias": spec.get("bias", 0.0), "u_light": light, "u_lamp": spec.get("lamp", 0.6),
              "u_ambient": spec.get("ambient", 0.55), "u_cam": cam, "u_hand": spec.get("hand", (0, 0, 0, 0)),
              "u_hand_dir": spec.get("hand_dir", (0.0, 1.0)), "u_skin": spec.get("skin", (0.85, 0.64, 0.52)),
              "u_shadow": spec.get("shadow", (0, 0, 0.1, 0.0)), "u_glare": spec.get("glare", (0, 0, 0.05, 0.0)),
              "u_gloss": spec.get("gloss", 0.0), "u_desk": spec.get("desk", 0), "u_card": int(spec.get("card", False)),
              "u_screen": int(spec.get("screen", False)), "u_screen_res": spec.get("screen_res", (1080.0, 1920.0)),
              "u_tex": (float(rgb.width), float(rgb.height)), "u_vp": (float(out_w), float(out_h)),
              "u_crease": spec.get("crease", (0.5, 0.0)), "u_emit": spec.get("emit", 1.0), "u_mask": spec.get("mask", 0.3), "u_seed": spec.get("seed", 1.0)}
    for k, v in shared.items():
        if k in P:
            P[k].value = v
    Q = c.post
    copy = {"u_acc": 0, "u_n": 1.0, "u_wb": (1.0, 1.0, 1.0), "u_exposure": 1.0, "u_vignette": 0.0, "u_noise": 0.0, "u_gamma": 1.0,
            "u_mode": 0, "u_lo": 0.0, "u_hi": 1.0, "u_streak": 0.0, "u_seed": 1.0, "u_rect": (0.0, 0.0, 1.0, 1.0), "u_bias": 0.0, "u_lod": -1.0}
    jit = spec.get("jitter", [(0.0, 0.0)])
    for jx, jy in jit:
        pfb.use()
        pfb.clear(0, 0, 0, 1, depth=1.0)
        c.disable(c.BLEND)
        c.enable(c.DEPTH_TEST)
        tex.use(0)
        P["u_page"].value = 0
        P["u_jitter"].value = (jx, jy)
        P["u_mode"].value = 1  # the page first: the desk under it then fails the depth test early
        c.mesh.render()
        P["u_mode"].value = 0
        c.quad_scene.render()
        c.disable(c.DEPTH_TEST)
        fbo.use()
        c.enable(c.BLEND)
        c.blend_func = c.ONE, c.ONE
        pass_tex.use(0)
        for k, v in copy.items():
            if k in Q:
                Q[k].value = v
        c.quad_post.render()
    c.disable(c.BLEND)
    # post pass into an 8-bit frame
    out = c.texture((out_w, out_h), 4)
    ofb = c.framebuffer([out])
    ofb.use()
    ofb.clear(0, 0, 0, 1)
    fbo_tex.use(0)
    post = {"u_acc": 0, "u_n": float(len(jit)), "u_wb": spec.get("wb", (1.0, 1.0, 1.0)), "u_exposure": spec.get("exposure", 1.0),
            "u_vignette": spec.get("vignette", 0.0), "u_noise": spec.get("noise", 0.0), "u_gamma": spec.get("gamma", 1.0),
            "u_mode": spec.get("post", 0), "u_lo": spec.get("lo", 0.0), "u_hi": spec.get("hi", 1.0),
            "u_streak": spec.get("streak", 0.0), "u_seed": spec.get("seed", 1.0) + 0.5, "u_rect": (0.0, 0.0, 1.0, 1.0), "u_bias": 0.0, "u_lod": -1.0}
    for k, v in post.items():
        if k in Q:
            Q[k].value = v
    c.quad_post.render()
    data = ofb.read(components=3)
    img = Image.frombuffer("RGB", (out_w, out_h), data, "raw", "RGB", 0, -1).copy()
    for o in (tex, fbo_tex, pass_tex, depth, pfb, fbo, out, ofb):
        o.release()
    return img, {"to_frame": to_frame}


def blit(src: Image.Image, out_w: int, out_h: int, rect: tuple[float, float, float, float], back: Image.Image,
         spec: dict | None = None) -> Image.Image:
    """`src` drawn (mipmapped, i.e. downscaled as a viewer does) into `rect` (fractions, y down) of `back`,
    through the post pass (a screenshot's recompression starts from this)."""
    c = ctx()
    spec = spec or {}
    tex = c.texture(src.size, 3, src.convert("RGB").tobytes())
    tex.build_mipmaps()
    tex.filter = (c.LINEAR_MIPMAP_LINEAR, c.LINEAR)
    bg = back.convert("RGB")
    out = c.texture((out_w, out_h), 4)
    ofb = c.framebuffer([out])
    ofb.use()
    # the background (status bar, chat chrome) drawn as shapes by the caller, uploaded as is
    btex = c.texture(bg.size, 3, bg.tobytes())
    Q = c.post
    base = {"u_n": 1.0, "u_wb": (1.0, 1.0, 1.0), "u_exposure": 1.0, "u_vignette": 0.0, "u_noise": 0.0, "u_gamma": 1.0,
            "u_mode": 0, "u_lo": 0.0, "u_hi": 1.0, "u_streak": 0.0, "u_seed": 1.0, "u_bias": 0.0, "u_lod": -1.0}
    for k, v in base.items():
        if k in Q:
            Q[k].value = v
    btex.use(0)
    Q["u_acc"].value = 0
    Q["u_rect"].value = (0.0, 1.0, 1.0, 0.0)
    c.quad_post.render()
    tex.use(0)
    x0, y0, x1, y1 = rect
    Q["u_rect"].value = (x0, 1 - y0, x1, 1 - y1)
    for k in ("u_noise", "u_exposure"):
        if k in spec:
            Q[k].value = spec[k]
    scale = src.width / max((x1 - x0) * out_w, 1.0)  # texels per pixel: the viewer's downscale
    Q["u_lod"].value = max(math.log2(max(scale, 1e-6)) + spec.get("bias", 0.0), 0.0)
    c.quad_post.render()
    data = ofb.read(components=3)
    img = Image.frombuffer("RGB", (out_w, out_h), data, "raw", "RGB", 0, -1).copy()
    for o in (tex, btex, out, ofb):
        o.release()
    return img


def _mat(m) -> tuple:
    """Row-major 4×4 -> the column-major tuple GLSL expects."""
    return tuple(m[i][j] for j in range(4) for i in range(4))


def as_array(img: Image.Image) -> np.ndarray:
    return np.asarray(img)
