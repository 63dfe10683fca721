"""Family ZT's phone photos, 高拍仪 frames and photos of a screen, rendered with WebGPU through wgpu-py
(Mesa's lavapipe Vulkan driver on this machine's CPU). The page is a textured mesh (flat, bent, corner
curl, folded) on a desk, seen by a perspective camera; WGSL shaders light it with a window (directional)
and a lamp (point light with a shadow map, so the phone and the thumb cast shadows), add a plastic
sleeve's glare as a specular term, and write a second target with each pixel's page (u, v), its glare and
what it is (page / thumb / desk). Rendered at twice the output size (supersampling); the camera pipeline
(defocus, shake, vignetting, noise, white balance, tone curve, sharpening) is numpy in `develop`.

Truth: a field is unreadable when any cell of its ink box (on a grid over the page) is never seen by a
page pixel (out of frame, under the thumb, hidden by a fold) or is under glare."""

from __future__ import annotations

import math
import random

import numpy as np

SHADER = """
struct U {
  viewproj: mat4x4<f32>,
  lightvp: mat4x4<f32>,
  campos: vec4<f32>,
  lamp_pos: vec4<f32>,
  lamp_col: vec4<f32>,
  win_dir: vec4<f32>,
  win_col: vec4<f32>,
  ambient: vec4<f32>,
  params: vec4<f32>,
  desk: vec4<f32>,
};
@group(0) @binding(0) var<uniform> u: U;
@group(0) @binding(1) var tex: texture_2d<f32>;
@group(0) @binding(2) var samp: sampler;
@group(0) @binding(3) var shadow: texture_depth_2d;
@group(0) @binding(4) var shsamp: sampler_comparison;

struct VIn { @location(0) pos: vec3<f32>, @location(1) nrm: vec3<f32>, @location(2) uv: vec2<f32>, @location(3) mat: f32 };
struct VOut { @builtin(position) clip: vec4<f32>, @location(0) wpos: vec3<f32>, @location(1) nrm: vec3<f32>,
              @location(2) uv: vec2<f32>, @location(3) mat: f32 };

@vertex fn vs(i: VIn) -> VOut {
  var o: VOut;
  o.clip = u.viewproj * vec4<f32>(i.pos, 1.0);
  o.wpos = i.pos; o.nrm = i.nrm; o.uv = i.uv; o.mat = i.mat;
  return o;
}

@vertex fn vs_shadow(i: VIn) -> @builtin(position) vec4<f32> {
  return u.lightvp * vec4<f32>(i.pos, 1.0);
}

fn hash(p: vec2<f32>) -> f32 { return fract(sin(dot(p, vec2<f32>(127.1, 311.7))) * 43758.5453); }
fn vnoise(p: vec2<f32>) -> f32 {
  let i = floor(p); let f = fract(p); let s = f * f * (3.0 - 2.0 * f);
  return mix(mix(hash(i), hash(i + vec2<f32>(1.0, 0.0)), s.x), mix(hash(i + vec2<f32>(0.0, 1.0)), hash(i + vec2<f32>(1.0, 1.0)), s.x), s.y);
}

struct FOut { @location(0) color: vec4<f32>, @location(1) mask: vec4<f32> };

@fragment fn fs(i: VOut) -> FOut {
  let t = textureSample(tex, samp, i.uv).rgb;
  var n = normalize(i.nrm);
  let v = normalize(u.campos.xyz - i.wpos);
  if (dot(n, v) < 0.0) { n = -n; }
  var base = t;
  var gloss = 0.0;
  var flag = 1.0;
  if (i.mat > 0.5 && i.mat < 1.5) {            // desk
    let d = u.desk.w;
    let g = vnoise(vec2<f32>(i.wpos.x * 0.004, i.wpos.y * 0.09)) * 0.6 + vnoise(i.wpos.xy * 0.02) * 0.4;
    let grain = 0.9 + 0.1 * sin(i.wpos.y * 0.9 + g * 14.0) + 0.06 * sin(i.wpos.y * 0.23 + g * 5.0);
    base = u.desk.rgb * mix(1.0, grain, d) * (0.96 + 0.08 * vnoise(i.wpos.xy * 0.05) + 0.03 * vnoise(i.wpos.xy * 0.7));
    gloss = 0.15;
    flag = 0.0;
  } else if (i.mat > 1.5 && i.mat < 2.5) {     // thumb
    base = vec3<f32>(0.62, 0.40, 0.31) * (0.9 + 0.15 * vnoise(i.wpos.xy * 0.8));
    gloss = 0.1;
    flag = 0.5;
  } else if (i.mat > 2.5 && i.mat < 3.5) {     // phone body (only seen by the lamp)
    base = vec3<f32>(0.05, 0.05, 0.06);
    flag = 0.0;
  } else if (i.mat > 3.5) {                    // a screen: emissive pixels
    var o: FOut;
    let e = t * u.params.w;
    let rv = reflect(-v, n);
    let refl = pow(max(dot(rv, normalize(u.lamp_pos.xyz - i.wpos)), 0.0), 60.0) * 0.25;
    o.color = vec4<f32>(e + u.ambient.rgb * 0.05 + vec3<f32>(refl), 1.0);
    o.mask = vec4<f32>(i.uv, refl, 1.0);
    return o;
  }
  // lamp with a shadow map (3x3 PCF)
  let lp = u.lightvp * vec4<f32>(i.wpos, 1.0);
  let nd = lp.xyz / lp.w;
  let suv = vec2<f32>(nd.x * 0.5 + 0.5, 0.5 - nd.y * 0.5);
  var vis = 0.0;
  for (var a = -1; a <= 1; a = a + 1) {
    for (var b = -1; b <= 1; b = b + 1) {
      vis = vis + textureSampleCompareLevel(shadow, shsamp, suv + vec2<f32>(f32(a), f32(b)) * (1.5 / 2048.0), nd.z - 0.002);
    }
  }
  vis = vis / 9.0;
  let ld = u.lamp_pos.xyz - i.wpos;
  let dist = length(ld);
  let l = ld / dist;
  let att = u.lamp_pos.w / (1.0 + dist * dist * 1.5e-6);
  let dl = max(dot(n, l), 0.0) * att * vis;
  let dw = max(dot(n, u.win_dir.xyz), 0.0) * u.win_dir.w;
  var col = base * (u.ambient.rgb + u.lamp_col.rgb * dl + u.win_col.rgb * dw);
  // sleeve / laminate glare: Blinn-Phong on the lamp and the window
  var spec = 0.0;
  if (flag > 0.9) { gloss = u.params.x; }
  let hl = normalize(l + v);
  let hw = normalize(u.win_dir.xyz + v);
  spec = gloss * (pow(max(dot(n, hl), 0.0), u.params.z) * att * vis * 1.4 + pow(max(dot(n, hw), 0.0), u.params.z * 0.6) * u.win_dir.w * 0.9);
  col = col + vec3<f32>(spec);
  var o: FOut;
  o.color = vec4<f32>(col, 1.0);
  o.mask = vec4<f32>(i.uv, select(0.0, spec, flag > 0.9), flag);
  return o;
}
"""

_DEV = None
MSAA = 4  # 4× multisampling, resolved on the device


def device():
    global _DEV
    if _DEV is None:
        import os

        os.environ.setdefault("LP_NUM_THREADS", "1")  # lavapipe on one thread: one heavy process per helper
        import wgpu

        ad = wgpu.gpu.request_adapter_sync(power_preference="low-power")
        if ad is None:
            raise RuntimeError("family ZT: no WebGPU adapter (install mesa-vulkan-drivers for lavapipe)")
        dev = ad.request_device_sync()
        mod = dev.create_shader_module(code=SHADER)
        vb = [{"array_stride": 9 * 4, "step_mode": "vertex", "attributes": [
            {"format": "float32x3", "offset": 0, "shader_location": 0},
            {"format": "float32x3", "offset": 12, "shader_location": 1},
            {"format": "float32x2", "offset": 24, "shader_location": 2},
            {"format": "float32", "offset": 32, "shader_location": 3}]}]
        bgl = dev.create_bind_group_layout(entries=[
            {"binding": 0, "visibility": wgpu.ShaderStage.VERTEX | wgpu.ShaderStage.FRAGMENT, "buffer": {"type": "uniform"}},
            {"binding": 1, "visibility": wgpu.ShaderStage.FRAGMENT, "texture": {"sample_type": "float"}},
            {"binding": 2, "visibility": wgpu.ShaderStage.FRAGMENT, "sampler": {"type": "filtering"}},
            {"binding": 3, "visibility": wgpu.ShaderStage.FRAGMENT, "texture": {"sample_type": "depth"}},
            {"binding": 4, "visibility": wgpu.ShaderStage.FRAGMENT, "sampler": {"type": "comparison"}}])
        pl = dev.create_pipeline_layout(bind_group_layouts=[bgl])
        main = dev.create_render_pipeline(
            layout=pl, vertex={"module": mod, "entry_point": "vs", "buffers": vb},
            primitive={"topology": "triangle-list", "cull_mode": "none"},
            depth_stencil={"format": "depth32float", "depth_write_enabled": True, "depth_compare": "less"},
            multisample={"count": MSAA},
            fragment={"module": mod, "entry_point": "fs", "targets": [{"format": "rgba16float"}, {"format": "rgba16float"}]})
        shadow = dev.create_render_pipeline(
            layout=pl, vertex={"module": mod, "entry_point": "vs_shadow", "buffers": vb},
            primitive={"topology": "triangle-list", "cull_mode": "none"},
            depth_stencil={"format": "depth32float", "depth_write_enabled": True, "depth_compare": "less",
                           "depth_bias": 2, "depth_bias_slope_scale": 2.0},
            multisample={"count": 1}, fragment=None)
        _DEV = (wgpu, dev, bgl, main, shadow)
    return _DEV


# ---------------------------------------------------------------- geometry (mm, z up; page centred at 0)
def page_mesh(w, h, shape: dict, nx=48, ny=64, mat=0.0):
    u = np.linspace(0, 1, nx)
    v = np.linspace(0, 1, ny)
    U, Vv = np.meshgrid(u, v)
    X = (U - 0.5) * w
    Y = (0.5 - Vv) * h
    Z = np.zeros_like(X)
    kind = shape.get("kind", "flat")
    if kind == "bent":
        axis = shape["axis"]
        t = U if axis == 0 else Vv
        amp = shape["amp"]
        Z = amp * np.sin(np.pi * t) if amp > 0 else -amp * (1 - np.sin(np.pi * t))  # arched, or both edges up
    elif kind == "curl":
        cu, cv = shape["corner"]
        du = np.abs(U - cu)
        dv = np.abs(Vv - cv)
        s = np.clip(shape["reach"] - (du + dv), 0, None) / shape["reach"]
        Z = shape["amp"] * s ** 2
    elif kind == "fold":
        axis, at = shape["axis"], shape["at"]
        t = U if axis == 0 else Vv
        Z = shape["amp"] * np.clip(1 - np.abs(t - at) / 0.5, 0, None)
    Z = Z + shape.get("lift", 0.2)
    P = np.stack([X, Y, Z], -1)
    # normals from finite differences
    dx = np.gradient(P, axis=1)
    dy = np.gradient(P, axis=0)
    N = np.cross(dx, -dy)
    N /= np.linalg.norm(N, axis=-1, keepdims=True) + 1e-9
    UV = np.stack([U, Vv], -1)
    return _grid_tris(P, N, UV, mat)


def _grid_tris(P, N, UV, mat):
    ny, nx = P.shape[:2]
    verts = np.concatenate([P, N, UV, np.full(P.shape[:2] + (1,), mat)], -1).reshape(-1, 9)
    idx = np.arange(ny * nx).reshape(ny, nx)
    a, b, c, d = idx[:-1, :-1], idx[:-1, 1:], idx[1:, :-1], idx[1:, 1:]
    tri = np.stack([a, c, b, b, c, d], -1).reshape(-1)
    return verts[tri].astype(np.float32)


def quad(cx, cy, z, w, h, mat, nrm=(0, 0, 1)):
    P = np.array([[[cx - w / 2, cy + h / 2, z], [cx + w / 2, cy + h / 2, z]],
                  [[cx - w / 2, cy - h / 2, z], [cx + w / 2, cy - h / 2, z]]], float)
    N = np.broadcast_to(np.array(nrm, float), P.shape)
    UV = np.array([[[0, 0], [1, 0]], [[0, 1], [1, 1]]], float)
    return _grid_tris(P, N, UV, mat)


def ellipsoid(c, radii, yaw, mat, n=18):
    th = np.linspace(0, np.pi, n)
    ph = np.linspace(0, 2 * np.pi, 2 * n)
    T, Ph = np.meshgrid(th, ph, indexing="ij")
    N = np.stack([np.sin(T) * np.cos(Ph), np.sin(T) * np.sin(Ph), np.cos(T)], -1)
    P = N * np.array(radii)
    cy, sy = math.cos(yaw), math.sin(yaw)
    R = np.array([[cy, -sy, 0], [sy, cy, 0], [0, 0, 1]])
    P = P @ R.T + np.array(c)
    N = (N / np.array(radii)) @ R.T
    N /= np.linalg.norm(N, axis=-1, keepdims=True)
    return _grid_tris(P, N, np.zeros(P.shape[:2] + (2,)), mat)


def look_at(eye, target, up):
    f = np.asarray(target, float) - eye
    f /= np.linalg.norm(f)
    s = np.cross(f, up)
    s /= np.linalg.norm(s)
    uu = np.cross(s, f)
    M = np.eye(4)
    M[0, :3], M[1, :3], M[2, :3] = s, uu, -f
    M[:3, 3] = -M[:3, :3] @ eye
    return M


def perspective(fovy, aspect, near, far):
    f = 1 / math.tan(fovy / 2)
    M = np.zeros((4, 4))
    M[0, 0], M[1, 1] = f / aspect, f
    M[2, 2] = far / (near - far)
    M[2, 3] = near * far / (near - far)
    M[3, 2] = -1
    return M


# ---------------------------------------------------------------- the render
def render(page: np.ndarray, w_mm: float, h_mm: float, sc: dict, out_w: int, out_h: int):
    """Render the page (uint8 RGB, its texture) as `sc` says; returns (linear colour, mask: u, v, glare,
    flag), both at the output size (4× MSAA resolved)."""
    wgpu, dev, bgl, main, shadow_pipe = device()
    W, H = out_w, out_h
    screen = sc.get("screen", False)
    parts = [page_mesh(w_mm, h_mm, sc["shape"], mat=4.0 if screen else 0.0)]
    desk = sc["desk"]
    parts.append(quad(0, 0, -1.0 if not screen else -8.0, 3000, 3000, 1.0))
    if screen:  # the monitor's bezel around the screen
        parts.append(quad(0, 0, -0.5, w_mm + 30, h_mm + 30, 3.0))
    for th in sc.get("thumbs", []):
        parts.append(ellipsoid(th["c"], th["r"], th["yaw"], 2.0))
    eye = np.array(sc["eye"], float)
    target = np.array(sc["target"], float)
    fwd = target - eye
    fwd /= np.linalg.norm(fwd)
    up = np.array(sc["up"], float)
    # the phone body just behind the camera: it only casts the lamp's shadow
    right = np.cross(fwd, up)
    right /= np.linalg.norm(right)
    upv = np.cross(right, fwd)
    pc = eye - fwd * 12
    ph = np.array([pc - right * 38 - upv * 76, pc + right * 38 - upv * 76, pc - right * 38 + upv * 76, pc + right * 38 + upv * 76])
    pn = np.broadcast_to(-fwd, (4, 3))
    phone = np.concatenate([ph, pn, np.zeros((4, 2)), np.full((4, 1), 3.0)], 1)[[0, 2, 1, 1, 2, 3]].astype(np.float32)
    verts = np.concatenate(parts + [phone]).astype(np.float32)
    vbuf = dev.create_buffer_with_data(data=verts.tobytes(), usage=wgpu.BufferUsage.VERTEX)
    nvert = len(verts)
    view = look_at(eye, target, up)
    proj = perspective(math.radians(sc["fovy"]), out_w / out_h, 20, 6000)
    vp = proj @ view
    lamp = np.array(sc["lamp"], float)
    lview = look_at(lamp, np.array([0, 0, 0.0]), np.array([0, 1.0, 0]) if abs(lamp[0]) + abs(lamp[1]) > 1 else np.array([1.0, 0, 0]))
    reach = math.atan2(max(w_mm, h_mm) * 0.9, np.linalg.norm(lamp)) * 2.4
    lproj = perspective(min(reach, math.radians(150)), 1.0, 50, 6000)
    lvp = lproj @ lview
    wd = np.array(sc["win_dir"], float)
    wd /= np.linalg.norm(wd)
    uni = np.concatenate([vp.T.reshape(-1), lvp.T.reshape(-1), [*eye, 1], [*lamp, sc["lamp_int"]], [*sc["lamp_col"], 0],
                          [*wd, sc["win_int"]], [*sc["win_col"], 0], [*sc["ambient"], 0],
                          [sc["gloss"], 0, sc["shin"], sc.get("emit", 1.0)], [*desk["col"], desk["grain"]]]).astype(np.float32)
    ubuf = dev.create_buffer_with_data(data=uni.tobytes(), usage=wgpu.BufferUsage.UNIFORM)
    ph_, pw_ = page.shape[:2]
    rgba = np.concatenate([page, np.full((ph_, pw_, 1), 255, np.uint8)], -1)
    tex = dev.create_texture(size=(pw_, ph_, 1), format="rgba8unorm-srgb",
                             usage=wgpu.TextureUsage.TEXTURE_BINDING | wgpu.TextureUsage.COPY_DST)
    dev.queue.write_texture({"texture": tex, "mip_level": 0, "origin": (0, 0, 0)}, rgba.tobytes(),
                            {"offset": 0, "bytes_per_row": pw_ * 4, "rows_per_image": ph_}, (pw_, ph_, 1))
    samp = dev.create_sampler(mag_filter="linear", min_filter="linear", address_mode_u="clamp-to-edge",
                              address_mode_v="clamp-to-edge")
    shtex = dev.create_texture(size=(2048, 2048, 1), format="depth32float",
                               usage=wgpu.TextureUsage.RENDER_ATTACHMENT | wgpu.TextureUsage.TEXTURE_BINDING)
    shsamp = dev.create_sampler(compare="less-equal", mag_filter="linear", min_filter="linear")
    ms = [dev.create_texture(size=(W, H, 1), format="rgba16float", sample_count=MSAA,
                             usage=wgpu.TextureUsage.RENDER_ATTACHMENT) for _ in range(2)]
    color = dev.create_texture(size=(W, H, 1), format="rgba16float",
                               usage=wgpu.TextureUsage.RENDER_ATTACHMENT | wgpu.TextureUsage.COPY_SRC)
    mask = dev.create_texture(size=(W, H, 1), format="rgba16float",
                              usage=wgpu.TextureUsage.RENDER_ATTACHMENT | wgpu.TextureUsage.COPY_SRC)
    depth = dev.create_texture(size=(W, H, 1), format="depth32float", sample_count=MSAA,
                               usage=wgpu.TextureUsage.RENDER_ATTACHMENT)
    dummy = dev.create_texture(size=(1, 1, 1), format="depth32float",
                               usage=wgpu.TextureUsage.TEXTURE_BINDING | wgpu.TextureUsage.RENDER_ATTACHMENT)
    bg_shadow = dev.create_bind_group(layout=bgl, entries=[
        {"binding": 0, "resource": {"buffer": ubuf, "offset": 0, "size": ubuf.size}},
        {"binding": 1, "resource": tex.create_view()}, {"binding": 2, "resource": samp},
        {"binding": 3, "resource": dummy.create_view()}, {"binding": 4, "resource": shsamp}])
    bg = dev.create_bind_group(layout=bgl, entries=[
        {"binding": 0, "resource": {"buffer": ubuf, "offset": 0, "size": ubuf.size}},
        {"binding": 1, "resource": tex.create_view()}, {"binding": 2, "resource": samp},
        {"binding": 3, "resource": shtex.create_view()}, {"binding": 4, "resource": shsamp}])
    enc = dev.create_command_encoder()
    sp = enc.begin_render_pass(color_attachments=[], depth_stencil_attachment={
        "view": shtex.create_view(), "depth_clear_value": 1.0, "depth_load_op": "clear", "depth_store_op": "store"})
    sp.set_pipeline(shadow_pipe)
    sp.set_bind_group(0, bg_shadow)
    sp.set_vertex_buffer(0, vbuf)
    sp.draw(nvert)
    sp.end()
    rp = enc.begin_render_pass(color_attachments=[
        {"view": ms[0].create_view(), "resolve_target": color.create_view(), "load_op": "clear", "store_op": "discard",
         "clear_value": (0, 0, 0, 1)},
        {"view": ms[1].create_view(), "resolve_target": mask.create_view(), "load_op": "clear", "store_op": "discard",
         "clear_value": (0, 0, 0, 0)}],
        depth_stencil_attachment={"view": depth.create_view(), "depth_clear_value": 1.0, "depth_load_op": "clear",
                                  "depth_store_op": "store"})
    rp.set_pipeline(main)
    rp.set_bind_group(0, bg)
    rp.set_vertex_buffer(0, vbuf)
    rp.draw(nvert)
    rp.end()
    dev.queue.submit([enc.finish()])
    out = []
    for t in (color, mask):
        mv = dev.queue.read_texture({"texture": t, "mip_level": 0, "origin": (0, 0, 0)},
                                    {"offset": 0, "bytes_per_row": W * 8, "rows_per_image": H}, (W, H, 1))
        out.append(np.frombuffer(mv, np.float16).reshape(H, W, 4).astype(np.float32))
    col = np.ascontiguousarray(out[0][..., :3])
    for t in (tex, shtex, color, mask, depth, dummy, *ms):
        t.destroy()
    return col, out[1]


def visible_cells(mask: np.ndarray, gw: int, gh: int, glare_thr: float):
    """(seen, glared) grids over the page: a cell is seen when some page pixel shows it, glared when a
    page pixel on it carries glare above the threshold."""
    page = mask[..., 3] > 0.9
    uu = np.clip((mask[..., 0][page] * gw).astype(int), 0, gw - 1)
    vv = np.clip((mask[..., 1][page] * gh).astype(int), 0, gh - 1)
    seen = np.zeros((gh, gw), bool)
    seen[vv, uu] = True
    glared = np.zeros((gh, gw), bool)
    g = mask[..., 2][page] > glare_thr
    glared[vv[g], uu[g]] = True
    return seen, glared


def field_readable(boxes_uv, seen, glared) -> bool:
    gh, gw = seen.shape
    for u0, v0, u1, v1 in boxes_uv:
        a, b = int(max(u0 * gw, 0)), int(min(math.ceil(u1 * gw), gw))
        c, d = int(max(v0 * gh, 0)), int(min(math.ceil(v1 * gh), gh))
        if u0 < 0 or v0 < 0 or u1 > 1 or v1 > 1:
            return False
        if b <= a or d <= c:
            continue
        if not seen[c:d, a:b].all() or glared[c:d, a:b].any():
            return False
    return True


# ---------------------------------------------------------------- scenes
DESKS = [((0.45, 0.30, 0.18), 1.0), ((0.62, 0.46, 0.30), 1.0), ((0.80, 0.80, 0.78), 0.0), ((0.20, 0.20, 0.22), 0.2),
         ((0.55, 0.57, 0.60), 0.0), ((0.72, 0.60, 0.45), 0.8)]


def phone_scene(r: random.Random, w_mm, h_mm, mode: str) -> dict:
    """A phone held over the page: tilt 3–35°, yaw, framing (some cut), lights, sleeve, thumbs, shape."""
    tilt = math.radians(r.uniform(3, 35) if mode != "gpy" else r.uniform(0, 2.5))
    az = r.uniform(0, 2 * math.pi)
    fovy = r.uniform(52, 64) if mode != "gpy" else 48
    card = max(w_mm, h_mm) < 100
    if card:
        fit = r.uniform(1.35, 2.0) if mode != "cut" else r.uniform(0.9, 1.0)
    else:
        fit = r.uniform(1.04, 1.3) if mode != "cut" else r.uniform(0.8, 0.9)
    # the frame has the page's orientation; its short side's extent fits the page's short side
    frame = 4 / 3 if w_mm > h_mm else 3 / 4
    half = max(h_mm / 2, w_mm / 2 / frame)
    dist = half / math.tan(math.radians(fovy) / 2) * fit
    tx, ty = (r.uniform(-0.03, 0.03) * w_mm, r.uniform(-0.03, 0.03) * h_mm)
    if mode == "cut":
        tx, ty = r.choice([(-1, 0), (1, 0), (0, -1), (0, 1)])
        tx, ty = tx * r.uniform(0.08, 0.16) * w_mm, ty * r.uniform(0.08, 0.16) * h_mm
    target = np.array([tx, ty, 0.0])
    eye = target + dist * np.array([math.sin(tilt) * math.cos(az), math.sin(tilt) * math.sin(az), math.cos(tilt)])
    roll = r.uniform(-0.12, 0.12) + (math.pi if r.random() < 0.08 and mode != "gpy" else 0.0)
    up = np.array([math.sin(roll), math.cos(roll), 0.0])
    if abs(np.dot(up, (target - eye) / dist)) > 0.95:
        up = np.array([1.0, 0, 0])
    low = mode == "low"
    shape = {"kind": "flat", "lift": 0.3}
    k = r.random()
    if mode == "gpy":
        shape = {"kind": "flat", "lift": 0.2}
    elif card:  # a card does not fold; it lies flat or bows a little
        shape = {"kind": "bent", "axis": 0, "amp": r.uniform(0.3, 1.5), "lift": 0.3} if k < 0.4 else {"kind": "flat", "lift": 0.3}
    elif k < 0.3:
        shape = {"kind": "bent", "axis": r.randint(0, 1), "amp": r.uniform(3, 12) * r.choice([1, -1]), "lift": 0.3}
    elif k < 0.5:
        shape = {"kind": "curl", "corner": (r.choice([0, 1]), r.choice([0, 1])), "reach": r.uniform(0.25, 0.45),
                 "amp": r.uniform(8, 22), "lift": 0.3}
    elif k < 0.7:
        shape = {"kind": "fold", "axis": r.randint(0, 1), "at": r.uniform(0.35, 0.65), "amp": r.uniform(4, 14), "lift": 0.3}
    desk = r.choice(DESKS)
    lamp_h = r.uniform(500, 900)
    la = az + math.pi + r.uniform(-0.6, 0.6)  # behind the photographer: the phone's shadow falls on the page
    lamp = [math.cos(la) * r.uniform(100, 400), math.sin(la) * r.uniform(100, 400), lamp_h]
    warm = r.uniform(0, 1)
    sc = {"eye": eye, "target": target, "up": up, "fovy": fovy, "shape": shape,
          "desk": {"col": desk[0], "grain": desk[1]}, "lamp": lamp,
          "lamp_int": (0.55 if low else 1.0) * r.uniform(0.6, 1.0), "lamp_col": (1.0, 0.85 - 0.1 * warm, 0.65 - 0.15 * warm),
          "win_dir": (r.uniform(-1, 1), r.uniform(-1, 1), r.uniform(0.6, 1.5)), "win_int": (0.12 if low else 0.55) * r.uniform(0.5, 1),
          "win_col": (0.85, 0.92, 1.05), "ambient": [(0.12 if low else 0.3) * r.uniform(0.8, 1.1)] * 3,
          "gloss": 0.04, "shin": 60.0, "thumbs": []}
    if mode == "gpy":
        sc.update(lamp=[0, -60, 420], lamp_int=1.1, lamp_col=(1, 1, 0.97), win_int=0.2, ambient=[0.35] * 3)
    if mode == "sleeve":
        sc["gloss"] = r.uniform(2.0, 4.0)
        sc["shin"] = r.uniform(150, 500)
        # put the lamp's reflection over the page: mirror the eye about the page normal through a point on the page
        p = np.array([r.uniform(-0.3, 0.3) * w_mm, r.uniform(-0.3, 0.3) * h_mm, 0])
        refl = np.array([2 * p[0] - eye[0], 2 * p[1] - eye[1], eye[2]])
        sc["lamp"] = list(p + (refl - p) / np.linalg.norm(refl - p) * lamp_h)
    if mode == "thumb" or (mode in ("desk", "low", "cut") and r.random() < 0.3):
        edge = r.choice(["l", "r", "b", "t"])
        s = r.uniform(-0.35, 0.35)
        into = r.uniform(6, 16)
        k = min(w_mm, h_mm) / 210 if min(w_mm, h_mm) > 100 else 0.8
        if edge in ("l", "r"):
            sg = -1 if edge == "l" else 1
            c, yaw, out = (sg * (w_mm / 2 - into + 12 * k), s * h_mm, 6.0), 0.0, (sg, 0.0)
        else:
            sg = -1 if edge == "b" else 1
            c, yaw, out = (s * w_mm, sg * (h_mm / 2 - into + 12 * k), 6.0), math.pi / 2, (0.0, sg)
        yaw += r.uniform(-0.35, 0.35)
        sc["thumbs"].append({"c": c, "r": (30 * k, 13 * k, 8 * k), "yaw": yaw})
        # the rest of the hand beyond the page's edge (the thumb's base and the palm)
        hc = (c[0] + out[0] * 42 * k, c[1] + out[1] * 42 * k, 14.0)
        sc["thumbs"].append({"c": hc, "r": (48 * k, 34 * k, 16 * k), "yaw": yaw})
    return sc


def develop(col: np.ndarray, r: random.Random, mode: str, seed: int, ref: float) -> np.ndarray:
    """The phone's camera pipeline on linear light: exposure metered on the page (`ref`: the paper's median
    brightness; glare above it clips), defocus or shake, vignetting, shot and read noise, white balance,
    tone curve, sharpening; uint8 sRGB out."""
    import cv2

    rng = np.random.default_rng(seed)
    h, w = col.shape[:2]
    col = col * (0.82 / max(ref, 1e-3)) * r.uniform(0.92, 1.05)
    if mode != "gpy" and r.random() < 0.45:
        if r.random() < 0.5:
            s = r.uniform(0.5, 1.1)
            col = cv2.GaussianBlur(col, (0, 0), s)
        else:
            n = r.randint(3, 6)
            k = np.zeros((n, n), np.float32)
            a = r.uniform(0, math.pi)
            for t in np.linspace(-0.5, 0.5, 4 * n):
                k[int(round((n - 1) / 2 + t * (n - 1) * math.sin(a))), int(round((n - 1) / 2 + t * (n - 1) * math.cos(a)))] = 1
            col = cv2.filter2D(col, -1, k / k.sum())
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    rr = ((xx - w / 2) ** 2 + (yy - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    col = col * (1 - r.uniform(0.1, 0.35) * rr)[..., None]
    gain = 3.0 if mode == "low" else 1.0
    lum = np.clip(col, 0, None)
    col = col + rng.normal(0, 1, col.shape).astype(np.float32) * np.sqrt(lum * 0.0015 * gain + (0.0025 * gain) ** 2)
    wb = np.array([r.uniform(0.92, 1.06), 1.0, r.uniform(0.9, 1.1)], np.float32)
    col = np.clip(col * wb, 0, 1)
    srgb = np.where(col <= 0.0031308, col * 12.92, 1.055 * np.power(col, 1 / 2.4) - 0.055)
    sc = r.uniform(0.0, 0.25)
    srgb = srgb + sc * (srgb - 0.5) * (1 - np.abs(2 * srgb - 1))
    if mode != "gpy" or r.random() < 0.5:
        blur = cv2.GaussianBlur(srgb, (0, 0), 1.2)
        srgb = srgb + r.uniform(0.2, 0.6) * (srgb - blur)
    return np.clip(srgb * 255 + 0.5, 0, 255).astype(np.uint8)


def screen_texture(page: np.ndarray, r: random.Random) -> np.ndarray:
    """The page as a monitor shows it: resampled to the screen's pixels, each an RGB stripe triple with a
    dark gap (the grid that beats against the camera's sensor into moiré)."""
    import cv2

    h, w = page.shape[:2]
    sh = r.choice([900, 1000, 1080, 1200])
    sw = int(w * sh / h)
    scr = cv2.resize(page, (sw, sh), interpolation=cv2.INTER_AREA).astype(np.float32)
    big = np.zeros((sh * 3, sw * 3, 3), np.float32)
    for c in range(3):
        big[:, c::3, c] = np.repeat(np.repeat(scr[..., c], 3, 0), 1, 1)[:, :]
    big[2::3] *= 0.35
    return np.clip(big * 1.25, 0, 255).astype(np.uint8)
