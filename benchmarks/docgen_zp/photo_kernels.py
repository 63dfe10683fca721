"""Family ZP's camera, written as Taichi kernels (CPU backend, one thread): a ray caster of the page
as a height field (curl, fold, waviness) lying on a textured desk, seen by a perspective phone camera
with radial lens distortion; per pixel, S samples integrate over the lens aperture (depth of field),
the exposure time (camera shake as a rotation and a drift), and the area of the window light (soft
shadows). Lights: a window (area light), a desk lamp (point light), ambient room light; occluders: a
thumb (capsule) and the phone itself (a plate under the lamp); a clear sleeve over the page reflects the
window and the lamp (glare). An LCD mode draws the page as an emissive RGB-stripe screen (moiré comes
from sampling it). Vignetting, sensor noise (hashed per pixel and seed) and the phone's tone curve follow.
A second output marks the page cells that a pixel sees legibly (not under the thumb, not washed out by
glare): `unreadable` is computed from it and the ink boxes."""


import taichi as ti

# parameter slots in the `p` array (floats)
P = {name: i for i, name in enumerate([
    "W", "H", "f", "k1", "k2", "cx", "cy", "cz", "tx", "ty", "tz", "upx", "upy",
    "pw", "ph", "theta", "ox", "oy", "curl_a", "curl_dx", "curl_dy", "curl_s0", "fold_h", "fold_w", "fold_dx", "fold_dy",
    "wav_a", "wav_f", "aperture", "focus", "shake_x", "shake_y", "shake_t", "spp",
    "win_x", "win_y", "win_z", "win_sx", "win_sy", "win_i", "win_r", "win_g", "win_b",
    "lamp_x", "lamp_y", "lamp_z", "lamp_i", "lamp_r", "lamp_g", "lamp_b", "amb",
    "thumb", "ta_x", "ta_y", "ta_z", "tb_x", "tb_y", "tb_z", "t_r",
    "phone", "ph_x", "ph_y", "ph_z", "ph_w", "ph_h",
    "sleeve", "gloss", "desk", "desk_r", "desk_g", "desk_b", "lcd", "lcd_pitch",
    "vig", "noise", "expo", "seed", "paper", "vis_cell", "bezel",
])}
NP = len(P)
PF = None  # the parameter field, made by setup() once taichi is initialised


def setup() -> None:
    global PF
    if PF is None:
        PF = ti.field(ti.f32, shape=NP)


@ti.func
def hash3(a: ti.u32, b: ti.u32, c: ti.u32) -> ti.f32:
    h = a * ti.u32(0x8da6b343) ^ b * ti.u32(0xd8163841) ^ c * ti.u32(0xcb1ab31f)
    h ^= h >> 15
    h *= ti.u32(0x2c1b3c6d)
    h ^= h >> 12
    h *= ti.u32(0x297a2d39)
    h ^= h >> 15
    return ti.cast(h & ti.u32(0xFFFFFF), ti.f32) / 16777216.0


@ti.func
def vnoise(x: ti.f32, y: ti.f32, s: ti.u32) -> ti.f32:
    ix, iy = ti.floor(x), ti.floor(y)
    fx, fy = x - ix, y - iy
    a = ti.cast(ti.cast(ix, ti.i32), ti.u32)
    b = ti.cast(ti.cast(iy, ti.i32), ti.u32)
    v00, v10 = hash3(a, b, s), hash3(a + 1, b, s)
    v01, v11 = hash3(a, b + 1, s), hash3(a + 1, b + 1, s)
    ux, uy = fx * fx * (3 - 2 * fx), fy * fy * (3 - 2 * fy)
    return (v00 * (1 - ux) + v10 * ux) * (1 - uy) + (v01 * (1 - ux) + v11 * ux) * uy


@ti.func
def height(u: ti.f32, v: ti.f32) -> ti.f32:
    pw, ph = PF[P["pw"]], PF[P["ph"]]
    s = (u - pw * 0.5) * PF[P["curl_dx"]] + (v - ph * 0.5) * PF[P["curl_dy"]]
    c = ti.max(0.0, s - PF[P["curl_s0"]])
    h = PF[P["curl_a"]] * c * c
    d = ti.abs((u - pw * 0.5) * PF[P["fold_dx"]] + (v - ph * 0.5) * PF[P["fold_dy"]])
    h += PF[P["fold_h"]] * ti.max(0.0, 1.0 - d / PF[P["fold_w"]])
    h += PF[P["wav_a"]] * ti.sin(u * PF[P["wav_f"]] + 1.3) * ti.sin(v * PF[P["wav_f"]] * 0.7 + 0.4)
    return h + 0.15


@ti.func
def to_page(x: ti.f32, y: ti.f32) -> ti.math.vec2:
    c, s = ti.cos(PF[P["theta"]]), ti.sin(PF[P["theta"]])
    dx, dy = x - PF[P["ox"]], y - PF[P["oy"]]
    lx = c * dx + s * dy
    ly = -s * dx + c * dy
    return ti.math.vec2(lx + PF[P["pw"]] * 0.5, -ly + PF[P["ph"]] * 0.5)


@ti.func
def page_normal(u: ti.f32, v: ti.f32) -> ti.math.vec3:
    e = 0.5
    hu = (height(u + e, v) - height(u - e, v)) / (2 * e)
    hv = (height(u, v + e) - height(u, v - e)) / (2 * e)
    # page axes in world: u along (cos, sin), v along -(−sin, cos)
    c, s = ti.cos(PF[P["theta"]]), ti.sin(PF[P["theta"]])
    gx = hu * c + hv * s
    gy = hu * s - hv * c
    return ti.math.normalize(ti.math.vec3(-gx, -gy, 1.0))


@ti.func
def capsule(ro: ti.math.vec3, rd: ti.math.vec3, pa: ti.math.vec3, pb: ti.math.vec3, r: ti.f32) -> ti.f32:
    """Distance along the ray to a capsule (Inigo Quilez's capIntersect), -1 on a miss."""
    ba = pb - pa
    oa = ro - pa
    baba = ba.dot(ba)
    bard = ba.dot(rd)
    baoa = ba.dot(oa)
    rdoa = rd.dot(oa)
    oaoa = oa.dot(oa)
    a = baba - bard * bard
    b = baba * rdoa - baoa * bard
    c = baba * oaoa - baoa * baoa - r * r * baba
    h = b * b - a * c
    t = -1.0
    if h >= 0.0:
        t0 = (-b - ti.sqrt(h)) / a
        y = baoa + t0 * bard
        if y > 0.0 and y < baba:
            t = t0
        else:
            oc = oa if y <= 0.0 else ro - pb
            b2 = rd.dot(oc)
            c2 = oc.dot(oc) - r * r
            h2 = b2 * b2 - c2
            if h2 > 0.0:
                t = -b2 - ti.sqrt(h2)
    return t


@ti.func
def tex_at(tex: ti.types.ndarray(), u: ti.f32, v: ti.f32, pw: ti.f32, ph: ti.f32) -> ti.math.vec3:
    th, tw = tex.shape[0], tex.shape[1]
    x = ti.min(ti.max(u / pw * tw - 0.5, 0.0), tw - 1.001)
    y = ti.min(ti.max(v / ph * th - 0.5, 0.0), th - 1.001)
    x0, y0 = ti.cast(x, ti.i32), ti.cast(y, ti.i32)
    fx, fy = x - x0, y - y0
    out = ti.math.vec3(0.0)
    for ch in ti.static(range(3)):
        a = ti.cast(tex[y0, x0, ch], ti.f32) * (1 - fx) + ti.cast(tex[y0, x0 + 1, ch], ti.f32) * fx
        b = ti.cast(tex[y0 + 1, x0, ch], ti.f32) * (1 - fx) + ti.cast(tex[y0 + 1, x0 + 1, ch], ti.f32) * fx
        out[ch] = (a * (1 - fy) + b * fy) / 255.0
    return out


@ti.func
def occluded(x: ti.math.vec3, lp: ti.math.vec3) -> ti.f32:
    """1 when the segment from surface point x to light point lp is blocked (thumb or phone)."""
    d = lp - x
    dist = d.norm()
    rd = d / dist
    o = x + rd * 0.2
    blocked = 0.0
    if PF[P["thumb"]] > 0.5:
        t = capsule(o, rd, ti.math.vec3(PF[P["ta_x"]], PF[P["ta_y"]], PF[P["ta_z"]]),
                    ti.math.vec3(PF[P["tb_x"]], PF[P["tb_y"]], PF[P["tb_z"]]), PF[P["t_r"]])
        if t > 0.0 and t < dist:
            blocked = 1.0
    if PF[P["phone"]] > 0.5 and rd.z > 1e-3:
        t = (PF[P["ph_z"]] - o.z) / rd.z
        if t > 0.0 and t < dist:
            q = o + rd * t
            if ti.abs(q.x - PF[P["ph_x"]]) < PF[P["ph_w"]] * 0.5 and ti.abs(q.y - PF[P["ph_y"]]) < PF[P["ph_h"]] * 0.5:
                blocked = 1.0
    return blocked


@ti.kernel
def render(tex: ti.types.ndarray(), out: ti.types.ndarray(), vis: ti.types.ndarray()):
    W, H = ti.cast(PF[P["W"]], ti.i32), ti.cast(PF[P["H"]], ti.i32)
    spp = ti.cast(PF[P["spp"]], ti.i32)
    seed = ti.cast(PF[P["seed"]], ti.u32)
    cam = ti.math.vec3(PF[P["cx"]], PF[P["cy"]], PF[P["cz"]])
    tgt = ti.math.vec3(PF[P["tx"]], PF[P["ty"]], PF[P["tz"]])
    fwd = ti.math.normalize(tgt - cam)
    right = ti.math.normalize(fwd.cross(ti.math.vec3(PF[P["upx"]], PF[P["upy"]], 0.0)))
    up = right.cross(fwd)
    pw, ph = PF[P["pw"]], PF[P["ph"]]
    win_c = ti.math.vec3(PF[P["win_x"]], PF[P["win_y"]], PF[P["win_z"]])
    win_col = ti.math.vec3(PF[P["win_r"]], PF[P["win_g"]], PF[P["win_b"]]) * PF[P["win_i"]]
    lamp = ti.math.vec3(PF[P["lamp_x"]], PF[P["lamp_y"]], PF[P["lamp_z"]])
    lamp_col = ti.math.vec3(PF[P["lamp_r"]], PF[P["lamp_g"]], PF[P["lamp_b"]]) * PF[P["lamp_i"]]
    desk_col = ti.math.vec3(PF[P["desk_r"]], PF[P["desk_g"]], PF[P["desk_b"]])
    ta = ti.math.vec3(PF[P["ta_x"]], PF[P["ta_y"]], PF[P["ta_z"]])
    tb = ti.math.vec3(PF[P["tb_x"]], PF[P["tb_y"]], PF[P["tb_z"]])
    vcell = PF[P["vis_cell"]]
    ti.loop_config(serialize=True)
    for j, i in ti.ndrange(H, W):
        # output pixel -> undistorted normalised image coordinates (barrel lens)
        xd = (i + 0.5 - W * 0.5) / PF[P["f"]]
        yd = (j + 0.5 - H * 0.5) / PF[P["f"]]
        r2 = xd * xd + yd * yd
        k = 1.0 + PF[P["k1"]] * r2 + PF[P["k2"]] * r2 * r2
        xu, yu = xd * k, yd * k
        acc = ti.math.vec3(0.0)
        for s in range(spp):
            sx = (ti.cast(s, ti.f32) + hash3(ti.cast(i, ti.u32), ti.cast(j, ti.u32), seed + ti.cast(s, ti.u32) * 7919)) / spp
            sy = hash3(ti.cast(j, ti.u32), ti.cast(i, ti.u32), seed * 3 + ti.cast(s, ti.u32) * 104729)
            sz = hash3(ti.cast(i + j * 7, ti.u32), ti.cast(s, ti.u32), seed + 17)
            sw = hash3(ti.cast(i * 3 + 1, ti.u32), ti.cast(j * 5 + s, ti.u32), seed + 29)
            tm = sz - 0.5  # time within the exposure
            # shake: the camera turns and drifts over the exposure
            r_ = right + fwd * (PF[P["shake_x"]] * tm)
            u_ = up + fwd * (PF[P["shake_y"]] * tm)
            dirc = ti.math.normalize(fwd + r_ * xu - u_ * yu)
            o = cam + right * (PF[P["shake_t"]] * tm)
            # thin lens: a point on the aperture disc, aimed at the plane of focus
            fp = o + dirc * (PF[P["focus"]] / dirc.dot(fwd))
            rad = PF[P["aperture"]] * ti.sqrt(sx)
            ang = 6.2831853 * sy
            lo = o + right * (rad * ti.cos(ang)) + up * (rad * ti.sin(ang))
            rd = ti.math.normalize(fp - lo)
            col = ti.math.vec3(0.0)
            # primary hit: page height field (fixed-point iterations) or the desk
            zt = 0.15
            hitp = 0
            uv = ti.math.vec2(0.0)
            x = lo
            for _ in range(6):
                t = (zt - lo.z) / rd.z
                x = lo + rd * t
                uv = to_page(x.x, x.y)
                if uv.x >= 0 and uv.x <= pw and uv.y >= 0 and uv.y <= ph:
                    zt = height(uv.x, uv.y)
                    hitp = 1
                else:
                    zt = 0.0
                    hitp = 0
            t_hit = (zt - lo.z) / rd.z
            x = lo + rd * t_hit
            tt = -1.0
            if PF[P["thumb"]] > 0.5:
                tt = capsule(lo, rd, ta, tb, PF[P["t_r"]])
            if tt > 0.0 and tt < t_hit:
                hp = lo + rd * tt
                ab = tb - ta
                q = ta + ab * ti.min(1.0, ti.max(0.0, (hp - ta).dot(ab) / ab.dot(ab)))
                n = ti.math.normalize(hp - q)
                skin = ti.math.vec3(0.82, 0.6, 0.5)
                ld = ti.math.normalize(win_c - hp)
                col = skin * (PF[P["amb"]] + 0.6 * win_col * ti.max(0.0, n.dot(ld)) + 0.25)
            else:
                n = ti.math.vec3(0.0, 0.0, 1.0)
                albedo = desk_col
                emissive = ti.math.vec3(0.0)
                if hitp == 1:
                    n = page_normal(uv.x, uv.y)
                    albedo = tex_at(tex, uv.x, uv.y, pw, ph) * PF[P["paper"]]
                    if PF[P["lcd"]] > 0.5:
                        bz = PF[P["bezel"]]
                        if uv.x < bz or uv.x > pw - bz or uv.y < bz or uv.y > ph - bz:
                            albedo = ti.math.vec3(0.03)
                        else:
                            sub = (uv.x / PF[P["lcd_pitch"]] * 3.0) % 3.0
                            row = (uv.y / PF[P["lcd_pitch"]]) % 1.0
                            m = ti.math.vec3(0.0)
                            if sub < 1.0:
                                m = ti.math.vec3(3.0, 0.0, 0.0)
                            elif sub < 2.0:
                                m = ti.math.vec3(0.0, 3.0, 0.0)
                            else:
                                m = ti.math.vec3(0.0, 0.0, 3.0)
                            if row > 0.85:
                                m *= 0.2
                            emissive = albedo * m * 0.9
                            albedo = ti.math.vec3(0.02)
                else:
                    dt_ = PF[P["desk"]]
                    if dt_ < 0.5:  # wood
                        g = ti.sin(x.x * 0.06 + 4.0 * vnoise(x.x * 0.01, x.y * 0.08, seed)) * 0.5 + 0.5
                        albedo = desk_col * (0.75 + 0.3 * g) * (0.9 + 0.2 * vnoise(x.x * 0.3, x.y * 2.0, seed + 5))
                    elif dt_ < 1.5:  # fabric / cloth
                        g = 0.5 + 0.5 * ti.sin(x.x * 2.2) * ti.sin(x.y * 2.2)
                        albedo = desk_col * (0.85 + 0.15 * g) * (0.9 + 0.2 * vnoise(x.x * 0.05, x.y * 0.05, seed + 9))
                    else:  # laminate / stone
                        albedo = desk_col * (0.88 + 0.24 * vnoise(x.x * 0.4, x.y * 0.4, seed + 3) * vnoise(x.x * 0.05, x.y * 0.05, seed + 4))
                # window: a point on the area light, soft shadow
                wl = win_c + ti.math.vec3((sw - 0.5) * PF[P["win_sx"]], 0.0, (sz - 0.5) * PF[P["win_sy"]])
                ld = ti.math.normalize(wl - x)
                light = ti.math.vec3(PF[P["amb"]])
                light += win_col * ti.max(0.0, n.dot(ld)) * (1.0 - occluded(x, wl))
                lvec = lamp - x
                dl = lvec.norm()
                ldl = lvec / dl
                lamp_e = lamp_col * ti.max(0.0, n.dot(ldl)) * (600.0 * 600.0) / (dl * dl) * (1.0 - occluded(x, lamp))
                light += lamp_e
                col = albedo * light + emissive
                glare = 0.0
                if hitp == 1 and (PF[P["sleeve"]] > 0.5 or PF[P["lcd"]] > 0.5):
                    refl = rd - 2.0 * rd.dot(n) * n
                    if refl.z > 1e-3:
                        tw = (win_c.y - x.y) / refl.y if ti.abs(refl.y) > 1e-4 else -1.0
                        if tw > 0.0:
                            q = x + refl * tw
                            wx = ti.abs(q.x - win_c.x) / (PF[P["win_sx"]] * 0.5)
                            wz = ti.abs(q.z - win_c.z) / (PF[P["win_sy"]] * 0.5)
                            edge = ti.max(wx, wz)
                            if edge < 1.25:
                                glare += PF[P["gloss"]] * ti.min(1.0, (1.25 - edge) * 4.0)
                    hv = ti.math.normalize(ldl - rd)
                    glare += PF[P["gloss"]] * 2.5 * ti.pow(ti.max(0.0, n.dot(hv)), 400.0) * ti.cast(lamp_col.norm() > 0.0, ti.f32)
                    col += ti.math.vec3(glare)
                if s == 0 and hitp == 1:
                    # legible: black ink and white paper under this light and this glare still differ by
                    # more than 6 % of the output range (15 levels) after exposure and the tone curve
                    ls = (light.x + light.y + light.z) / 3.0 * PF[P["paper"]]
                    if PF[P["lcd"]] > 0.5:
                        ls = 1.0  # the screen's own light (sub-pixels average about 0.9 of the page's white)
                    e = PF[P["expo"]]
                    t_paper = ti.pow(1.0 - ti.exp(-1.6 * e * (0.95 * ls + glare)), 0.5)
                    t_ink = ti.pow(1.0 - ti.exp(-1.6 * e * (0.08 * ls + glare)), 0.5)
                    if t_paper - t_ink > 0.06:
                        ci = ti.cast(uv.x / vcell, ti.i32)
                        cj = ti.cast(uv.y / vcell, ti.i32)
                        if ci >= 0 and cj >= 0 and ci < vis.shape[1] and cj < vis.shape[0]:
                            vis[cj, ci] = 1
            acc += col
        c = acc / spp
        # vignetting (cos^4 of the field angle), exposure, sensor noise, tone curve
        cos_t = 1.0 / ti.sqrt(1.0 + r2)
        c *= (1.0 - PF[P["vig"]]) + PF[P["vig"]] * cos_t * cos_t * cos_t * cos_t
        c *= PF[P["expo"]]
        for ch in ti.static(range(3)):
            nz = (hash3(ti.cast(i, ti.u32), ti.cast(j, ti.u32), seed * 31 + ch) + hash3(ti.cast(j, ti.u32), ti.cast(i, ti.u32), seed * 37 + ch) - 1.0)
            v = ti.max(0.0, c[ch] + nz * PF[P["noise"]] * ti.sqrt(c[ch] + 0.02))
            v = 1.0 - ti.exp(-v * 1.6)
            v = ti.pow(v, 1.0 / 2.0)
            v = v * v * (3.0 - 2.0 * v) * 0.35 + v * 0.65
            out[j, i, ch] = ti.cast(ti.min(255.0, ti.max(0.0, v * 255.0 + 0.5)), ti.u8)
