"""Family AF's photo renderer, run as its own process under a private Xvfb (never imported by the
generator or the tests): Kivy's Fbo with our own GLSL shaders draws the page as a Mesh (flat, bent,
curled, folded) seen through a perspective camera, lit by one light plus ambient, on a desk, a
高拍仪 base plate or behind a monitor's glass, with a thumb as geometry above the page; the fragment
shader adds defocus, motion smear, a lamp's glare, the phone's shadow, vignetting, sensor noise and a
tone curve. One job per stdin line (JSON), one PNG per job, "OK <path>" back on stdout.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from kivy.config import Config  # noqa: E402

Config.set("graphics", "width", "64")
Config.set("graphics", "height", "64")
Config.set("graphics", "resizable", "0")
Config.set("kivy", "log_level", "error")

import scene  # noqa: E402
from kivy.core.window import Window  # noqa: E402,F401  (the GL context)
from kivy.graphics import ClearBuffers, ClearColor, Fbo, Mesh  # noqa: E402
from kivy.graphics.texture import Texture  # noqa: E402
from kivy.graphics.transformation import Matrix  # noqa: E402
from PIL import Image  # noqa: E402  (reads the page PNG's container, writes the frame's)

VS = """
#ifdef GL_ES
precision highp float;
#endif
attribute vec3 v_pos;
attribute vec2 v_tc;
attribute vec3 v_n;
attribute float v_kind;
attribute vec3 v_col;
uniform mat4 mvp;
varying vec2 tc;
varying vec3 nrm;
varying vec3 wpos;
varying float kind;
varying vec3 vcol;
void main() {
    tc = v_tc; nrm = v_n; wpos = v_pos; kind = v_kind; vcol = v_col;
    gl_Position = mvp * vec4(v_pos, 1.0);
}
"""

FS = """
#ifdef GL_ES
precision highp float;
#endif
varying vec2 tc;
varying vec3 nrm;
varying vec3 wpos;
varying float kind;
varying vec3 vcol;
uniform sampler2D texture0;
uniform vec3 light_dir;
uniform vec3 light_col;
uniform float ambient;
uniform float exposure;
uniform vec4 glare;        // u, v, radius, strength
uniform float defocus;     // texture-space blur radius
uniform vec2 motion;       // texture-space smear
uniform float seed;
uniform float noise_amp;
uniform float screen;      // 1: the page is shown on a monitor
uniform vec2 screen_res;
uniform vec2 outsize;
uniform vec3 shadow;       // centre (0..1 of the frame) and radius of the phone's shadow
uniform float vignette;
uniform float haze;        // a plastic sleeve's milky layer

float hash(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233)) + seed) * 43758.5453); }

vec3 page_tex(vec2 t) {
    vec3 c = vec3(0.0);
    float wsum = 0.0;
    for (int k = -2; k <= 2; k++) {
        float f = float(k) / 2.0;
        vec2 o = motion * f;
        c += texture2D(texture0, t + o).rgb; wsum += 1.0;
        if (defocus > 0.0) {
            c += texture2D(texture0, t + o + vec2(defocus, 0.0) * (0.5 + 0.5 * f)).rgb;
            c += texture2D(texture0, t + o + vec2(0.0, defocus) * (0.5 - 0.5 * f)).rgb;
            wsum += 2.0;
        }
    }
    return c / wsum;
}

void main() {
    vec3 n = normalize(nrm);
    vec3 L = normalize(light_dir);
    float diff = max(dot(n, L), 0.0);
    vec3 base;
    float lit = ambient + (1.0 - ambient) * diff;
    if (kind < 0.5) {
        base = page_tex(tc);
        if (screen > 0.5) {
            vec2 g = tc * screen_res;
            float col3 = fract(g.x) * 3.0;
            vec3 sub = vec3(col3 < 1.0 ? 1.0 : 0.35, (col3 >= 1.0 && col3 < 2.0) ? 1.0 : 0.35, col3 >= 2.0 ? 1.0 : 0.35);
            float row = 0.8 + 0.2 * smoothstep(0.0, 0.2, fract(g.y));
            base = base * sub * row * 1.55 + vec3(0.04, 0.05, 0.07);
            lit = 1.0;
        }
        float d = distance(tc * vec2(1.0, 1.4), glare.xy * vec2(1.0, 1.4));
        base += vec3(glare.w * exp(-d * d / (glare.z * glare.z)));
        base = mix(base, vec3(0.92), haze);
    } else if (kind < 1.5) {
        float grain = 0.5 + 0.5 * sin(wpos.x * 0.045 + 3.0 * sin(wpos.y * 0.012) + 1.7 * sin(wpos.x * 0.011));
        base = vcol * (0.82 + 0.18 * grain) * (0.96 + 0.04 * hash(floor(wpos.xy * 0.7)));
    } else if (kind < 2.5) {
        base = vcol * (0.85 + 0.15 * n.z);
        lit = ambient + (1.0 - ambient) * max(dot(n, L), 0.25);
    } else {
        base = vcol;
    }
    vec3 c = base * lit * light_col;
    vec2 fp = gl_FragCoord.xy / outsize;
    float sd = distance(fp, shadow.xy);
    c *= 1.0 - 0.35 * smoothstep(shadow.z, shadow.z * 0.5, sd);
    float vd = distance(fp, vec2(0.5));
    c *= 1.0 - vignette * vd * vd;
    c = vec3(1.0) - exp(-c * exposure);
    c += (hash(gl_FragCoord.xy) - 0.5) * noise_amp;
    gl_FragColor = vec4(clamp(c, 0.0, 1.0), 1.0);
}
"""

FMT = [(b"v_pos", 3, "float"), (b"v_tc", 2, "float"), (b"v_n", 3, "float"), (b"v_kind", 1, "float"),
       (b"v_col", 3, "float")]


def _matrix(rows):
    m = Matrix()
    m.set(flat=[rows[r][c] for c in range(4) for r in range(4)])
    return m


GLSL = os.path.join(os.environ.get("KIVY_HOME", "/tmp"), "af_page.glsl")


def render(job: dict) -> None:
    W, H = job["W"], job["H"]
    img = Image.open(job["tex"]).convert("RGBA")
    tex = Texture.create(size=img.size, colorfmt="rgba")
    tex.blit_buffer(img.tobytes(), colorfmt="rgba", bufferfmt="ubyte")
    tex.min_filter = "linear"
    tex.mag_filter = "linear"
    fbo = Fbo(size=(W, H))
    fbo.shader.source = GLSL  # both stages at once: setting .vs alone links it to Kivy's default fragment stage
    if not fbo.shader.success:
        raise SystemExit("shader failed")
    meshes = []
    bg = job.get("bg")
    if bg:
        v, i = scene.quad(*bg["rect"], -2.0, bg["kind"], bg["col"])
        meshes.append((v, i, None))
    for extra in job.get("plates", []):
        v, i = scene.quad(*extra["rect"], extra.get("z", -1.0), extra["kind"], extra["col"])
        meshes.append((v, i, None))
    v, i = scene.page_mesh(job)
    meshes.append((v, i, tex))
    if job.get("thumb"):
        v, i = scene.thumb(job)
        meshes.append((v, i, None))
    for extra in job.get("front", []):  # a monitor's bezel, a phone's edge: in front of everything
        v, i = scene.quad(*extra["rect"], extra.get("z", 30.0), extra["kind"], extra["col"])
        meshes.append((v, i, None))
    with fbo:
        ClearColor(0, 0, 0, 1)
        ClearBuffers()
        for v, i, t in meshes:
            Mesh(vertices=v, indices=i, fmt=FMT, mode="triangles", texture=t)
    fbo["mvp"] = _matrix(scene.camera(job))
    fbo["texture0"] = 0
    fbo["light_dir"] = tuple(float(x) for x in job["light"])
    fbo["light_col"] = tuple(float(x) for x in job.get("light_col", [1.0, 0.98, 0.94]))
    fbo["ambient"] = float(job.get("ambient", 0.55))
    fbo["exposure"] = float(job.get("exposure", 1.6))
    fbo["glare"] = tuple(float(x) for x in job.get("glare", [0.5, 0.5, 0.1, 0.0]))
    fbo["defocus"] = float(job.get("defocus", 0.0))
    fbo["motion"] = tuple(float(x) for x in job.get("motion", [0.0, 0.0]))
    fbo["seed"] = float(job.get("seed", 1) % 1000)
    fbo["noise_amp"] = float(job.get("noise", 0.03))
    fbo["screen"] = 1.0 if job.get("screen") else 0.0
    fbo["screen_res"] = tuple(float(x) for x in job.get("screen_res", [1, 1]))
    fbo["outsize"] = (float(W), float(H))
    fbo["shadow"] = tuple(float(x) for x in job.get("shadow", [0.5, 0.5, 0.0]))
    fbo["vignette"] = float(job.get("vignette", 0.4))
    fbo["haze"] = float(job.get("haze", 0.0))
    fbo.draw()
    Image.frombytes("RGBA", (W, H), fbo.pixels).convert("RGB").save(job["out"])


def main() -> None:
    with open(GLSL, "w", encoding="utf-8") as fh:
        fh.write("---VERTEX SHADER---\n" + VS + "\n---FRAGMENT SHADER---\n" + FS)
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        render(job)
        sys.stdout.write("OK\t" + job["out"] + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
