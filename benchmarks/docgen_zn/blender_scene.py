"""Runs inside Blender (`blender -b --factory-startup -noaudio -P blender_scene.py -- jobs.json`): one
Cycles (CPU) render per job: the page as a subdivided textured plane bent/curled/folded by moved
vertices, on a textured desk, lit by Blender lights, with an optional plastic sleeve and a thumb mesh,
seen by a perspective camera with depth of field and motion blur, finished in the compositor (lens
distortion, vignetting, exposure, Filmic/Standard). For every field sample point it also reports
whether the camera sees the page's ink there: outside the frame, behind the thumb, under another part
of the page, or washed out by the sleeve's mirror image of a light. Not imported by the generator."""

import json
import math
import sys
import time

import bpy
from bpy_extras.object_utils import world_to_camera_view
from mathutils import Vector


def bend(job, x, y):
    """Page height (m) at page point (x, y) in metres from its centre: curl at one edge, a fold line, a bow."""
    z = 0.0
    w, h = job["w"], job["h"]
    c = job.get("curl", 0.0)
    if c:
        t = max(0.0, (x - (w / 2 - job["curl_len"])) / job["curl_len"])
        z += c * t * t
    f = job.get("fold", 0.0)
    if f:
        z += f * max(0.0, 1 - abs(y - job["fold_at"]) / (h * 0.25))
    b = job.get("bow", 0.0)
    if b:
        z += b * (1 - (2 * x / w) ** 2) * 0.5 + b * 0.3 * (1 - (2 * y / h) ** 2)
    return z


def desk_material(job):
    m = bpy.data.materials.new("desk")
    m.use_nodes = True
    nt = m.node_tree
    bsdf = nt.nodes["Principled BSDF"]
    bsdf.inputs["Roughness"].default_value = 0.6
    wave = nt.nodes.new("ShaderNodeTexWave")
    wave.inputs["Scale"].default_value = job["desk_scale"]
    wave.inputs["Distortion"].default_value = 6.0
    ramp = nt.nodes.new("ShaderNodeValToRGB")
    a, b = job["desk_a"], job["desk_b"]
    ramp.color_ramp.elements[0].color = (*a, 1)
    ramp.color_ramp.elements[1].color = (*b, 1)
    nt.links.new(wave.outputs["Fac"], ramp.inputs["Fac"])
    nt.links.new(ramp.outputs["Color"], bsdf.inputs["Base Color"])
    return m


def page_object(job):
    nx, ny = 48, 36
    w, h = job["w"], job["h"]
    verts, faces = [], []
    for j in range(ny + 1):
        for i in range(nx + 1):
            x = -w / 2 + w * i / nx
            y = h / 2 - h * j / ny
            verts.append((x, y, bend(job, x, y)))
    for j in range(ny):
        for i in range(nx):
            a = j * (nx + 1) + i
            faces.append((a, a + nx + 1, a + nx + 2, a + 1))
    me = bpy.data.meshes.new("page")
    me.from_pydata(verts, [], faces)
    uv = me.uv_layers.new()
    for poly in me.polygons:
        for li in poly.loop_indices:
            vi = me.loops[li].vertex_index
            i, j = vi % (nx + 1), vi // (nx + 1)
            uv.data[li].uv = (i / nx, 1 - j / ny)
    for p in me.polygons:
        p.use_smooth = True
    ob = bpy.data.objects.new("page", me)
    bpy.context.collection.objects.link(ob)
    m = bpy.data.materials.new("paper")
    m.use_nodes = True
    nt = m.node_tree
    bsdf = nt.nodes["Principled BSDF"]
    bsdf.inputs["Roughness"].default_value = 0.75
    tex = nt.nodes.new("ShaderNodeTexImage")
    tex.image = bpy.data.images.load(job["tex"])
    tex.interpolation = "Cubic" if job.get("screen") else "Linear"
    if job.get("screen"):  # an LCD: the page as emission through an RGB subpixel stripe pattern
        out = nt.nodes["Material Output"]
        em = nt.nodes.new("ShaderNodeEmission")
        em.inputs["Strength"].default_value = job["screen"]
        coord = nt.nodes.new("ShaderNodeTexCoord")
        sep = nt.nodes.new("ShaderNodeSeparateXYZ")
        nt.links.new(coord.outputs["UV"], sep.inputs[0])
        mul = nt.nodes.new("ShaderNodeMath")
        mul.operation = "MULTIPLY"
        mul.inputs[1].default_value = job["pitch"]
        nt.links.new(sep.outputs[0], mul.inputs[0])
        sine = nt.nodes.new("ShaderNodeMath")
        sine.operation = "SINE"
        nt.links.new(mul.outputs[0], sine.inputs[0])
        mr = nt.nodes.new("ShaderNodeMapRange")
        mr.inputs["To Min"].default_value = 0.55
        nt.links.new(sine.outputs[0], mr.inputs["Value"])
        mix = nt.nodes.new("ShaderNodeMixRGB")
        mix.blend_type = "MULTIPLY"
        mix.inputs["Fac"].default_value = 1.0
        nt.links.new(tex.outputs["Color"], mix.inputs[1])
        nt.links.new(mr.outputs[0], mix.inputs[2])
        nt.links.new(mix.outputs[0], em.inputs["Color"])
        nt.links.new(em.outputs[0], out.inputs["Surface"])
    else:
        nt.links.new(tex.outputs["Color"], bsdf.inputs["Base Color"])
    me.materials.append(m)
    return ob


def add_light(kind, loc, energy, size, rot=(0, 0, 0), color=(1, 1, 1)):
    ld = bpy.data.lights.new(kind, type=kind)
    ld.energy = energy
    ld.color = color
    if kind == "AREA":
        ld.size = size
    elif kind == "SPOT":
        ld.spot_size = math.radians(70)
        ld.spot_blend = 0.6
        ld.shadow_soft_size = size
    else:
        ld.shadow_soft_size = size
    ob = bpy.data.objects.new(kind, ld)
    ob.location = loc
    ob.rotation_euler = rot
    bpy.context.collection.objects.link(ob)
    return ob


def look_at(ob, target):
    d = Vector(target) - ob.location
    ob.rotation_euler = d.to_track_quat("-Z", "Y").to_euler()


def render(job):
    bpy.ops.wm.read_factory_settings(use_empty=True)
    sc = bpy.context.scene
    sc.render.engine = "CYCLES"
    sc.cycles.device = "CPU"
    sc.cycles.samples = job["samples"]
    sc.cycles.use_adaptive_sampling = False
    sc.cycles.seed = job["seed"]
    sc.cycles.use_denoising = False
    sc.cycles.max_bounces = job.get("bounces", 0)  # direct light only: the CPU budget (README, Speed)
    sc.cycles.diffuse_bounces = 0
    sc.cycles.glossy_bounces = 0
    sc.cycles.transmission_bounces = 2
    sc.cycles.transparent_max_bounces = 4
    sc.cycles.sample_clamp_indirect = 2.0
    sc.render.threads_mode = "FIXED"
    sc.render.threads = 1  # one thread: no spin-waiting worker on a shared machine, the least CPU per frame
    sc.render.resolution_x, sc.render.resolution_y = job["res"]
    sc.render.resolution_percentage = 100
    sc.render.image_settings.file_format = "PNG"
    sc.render.image_settings.color_mode = "RGB"
    sc.render.dither_intensity = 0.0
    sc.view_settings.view_transform = job["view"]
    sc.view_settings.look = job["look"]
    sc.view_settings.exposure = job["exposure"]
    world = bpy.data.worlds.new("room")
    world.use_nodes = True
    world.node_tree.nodes["Background"].inputs["Color"].default_value = (*job["room"], 1)
    world.node_tree.nodes["Background"].inputs["Strength"].default_value = job["room_strength"]
    world.cycles.sampling_method = "NONE"  # the room is ambient only: no shadow rays toward it (CPU budget)
    sc.world = world

    bpy.ops.mesh.primitive_plane_add(size=3.0, location=(0, 0, -0.001))
    desk = bpy.context.object
    desk.data.materials.append(desk_material(job))
    page = page_object(job)
    page.rotation_euler = (0, 0, job["yaw"])
    page.location = (job["shift"][0], job["shift"][1], 0)
    sleeve = None
    if job.get("sleeve"):
        bpy.ops.mesh.primitive_plane_add(size=1, location=(page.location.x, page.location.y, job["sleeve_z"]))
        sleeve = bpy.context.object
        sleeve.name = "sleeve"
        sleeve.scale = (job["w"] * 1.08, job["h"] * 1.08, 1)
        sleeve.rotation_euler = (0, 0, job["yaw"])
        m = bpy.data.materials.new("pvc")
        m.use_nodes = True
        nt = m.node_tree
        nt.nodes.remove(nt.nodes["Principled BSDF"])
        tr = nt.nodes.new("ShaderNodeBsdfTransparent")
        tr.inputs[0].default_value = (0.97, 0.97, 0.96, 1)
        gl = nt.nodes.new("ShaderNodeBsdfGlossy")
        gl.inputs["Roughness"].default_value = 0.04
        fr = nt.nodes.new("ShaderNodeFresnel")
        fr.inputs["IOR"].default_value = 1.5
        mix = nt.nodes.new("ShaderNodeMixShader")
        nt.links.new(fr.outputs[0], mix.inputs[0])
        nt.links.new(tr.outputs[0], mix.inputs[1])
        nt.links.new(gl.outputs[0], mix.inputs[2])
        nt.links.new(mix.outputs[0], nt.nodes["Material Output"].inputs["Surface"])
        sleeve.data.materials.append(m)
    thumb = None
    if job.get("thumb"):
        tx, ty = job["thumb"]
        bpy.ops.mesh.primitive_uv_sphere_add(segments=24, ring_count=12, radius=1, location=(tx, ty, 0.008))
        thumb = bpy.context.object
        thumb.name = "thumb"
        # a thumb pressing the page edge: a long flattened ellipsoid reaching in from outside, its nail a paler cap
        thumb.scale = (0.024, 0.0095, 0.007)
        thumb.rotation_euler = (0, 0, job["thumb_rot"])
        bpy.ops.object.shade_smooth()
        m = bpy.data.materials.new("skin")
        m.use_nodes = True
        b = m.node_tree.nodes["Principled BSDF"]
        b.inputs["Base Color"].default_value = (*job["skin"], 1)
        b.inputs["Roughness"].default_value = 0.5
        thumb.data.materials.append(m)
    lights = []
    for L in job["lights"]:
        ob = add_light(L["type"], L["loc"], L["energy"], L["size"], color=L.get("color", (1, 1, 1)))
        look_at(ob, L.get("aim", (0, 0, 0)))
        lights.append((ob, L))

    cd = bpy.data.cameras.new("phone")
    cd.lens = job["lens"]
    cd.sensor_width = 36
    cd.clip_start = 0.005
    cam = bpy.data.objects.new("phone", cd)
    bpy.context.collection.objects.link(cam)
    cam.location = job["cam"]
    look_at(cam, job["aim"])
    sc.camera = cam
    if job.get("fstop"):
        cd.dof.use_dof = True
        cd.dof.focus_distance = (Vector(job["cam"]) - Vector(job["aim"])).length * job.get("focus_err", 1.0)
        cd.dof.aperture_fstop = job["fstop"]
    if job.get("shake"):
        sc.render.use_motion_blur = True
        sc.render.motion_blur_shutter = 1.0
        sc.frame_set(1)
        cam.keyframe_insert("location", frame=1)
        cam.location = Vector(job["cam"]) + Vector(job["shake"])
        cam.keyframe_insert("location", frame=2)
        sc.frame_set(1)
        cam.location = job["cam"]

    compositor(job, sc)
    sc.render.filepath = job["out"]
    t0 = time.perf_counter()
    bpy.ops.render.render(write_still=True)
    print("ZN_RENDER", job["out"], round(time.perf_counter() - t0, 2), round(time.process_time(), 2), flush=True)
    return visibility(job, sc, cam, page, sleeve, thumb, lights)


def compositor(job, sc):
    """Lens distortion and dispersion, and (some frames) a vignette from a blurred ellipse mask."""
    sc.use_nodes = True
    nt = sc.node_tree
    rl = nt.nodes["Render Layers"]
    comp = nt.nodes["Composite"]
    ld = nt.nodes.new("CompositorNodeLensdist")
    ld.inputs["Distort"].default_value = job["distort"]
    ld.inputs["Dispersion"].default_value = job["dispersion"]
    ld.use_fit = False
    nt.links.new(rl.outputs["Image"], ld.inputs["Image"])
    if not job["vignette"]:
        nt.links.new(ld.outputs["Image"], comp.inputs["Image"])
        return
    ell = nt.nodes.new("CompositorNodeEllipseMask")
    ell.width, ell.height = 1.25, 1.25
    blur = nt.nodes.new("CompositorNodeBlur")
    blur.filter_type = "FAST_GAUSS"
    blur.use_relative = True
    blur.factor_x = blur.factor_y = 40
    nt.links.new(ell.outputs["Mask"], blur.inputs["Image"])
    mr = nt.nodes.new("CompositorNodeMapRange")
    mr.inputs["To Min"].default_value = 1.0 - job["vignette"]
    nt.links.new(blur.outputs["Image"], mr.inputs["Value"])
    mul = nt.nodes.new("CompositorNodeMixRGB")
    mul.blend_type = "MULTIPLY"
    nt.links.new(ld.outputs["Image"], mul.inputs[1])
    nt.links.new(mr.outputs["Value"], mul.inputs[2])
    nt.links.new(mul.outputs["Image"], comp.inputs["Image"])


def visibility(job, sc, cam, page, sleeve, thumb, lights):
    """Hidden sample points per field key."""
    dg = bpy.context.evaluated_depsgraph_get()
    mw = page.matrix_world
    res = {}
    for key, pts in job["points"].items():
        hidden = 0
        for (x, y) in pts:
            wp = mw @ Vector((x, y, bend(job, x, y)))
            why = seen(job, sc, dg, cam, wp, page, sleeve, lights)
            hidden += why is not None
        res[key] = [hidden, len(pts)]
    return res


def seen(job, sc, dg, cam, wp, page, sleeve, lights):
    co = world_to_camera_view(sc, cam, wp)
    m = job.get("frame_margin", 0.0)
    if not (m <= co.x <= 1 - m and m <= co.y <= 1 - m) or co.z <= 0:
        return "frame"
    o = cam.matrix_world.translation
    d = (wp - o).normalized()
    dist = (wp - o).length
    orig = o
    for _ in range(4):
        hit, loc, nrm, _i, ob, _m = sc.ray_cast(dg, orig, d)
        if not hit:
            return None
        if ob.name == "sleeve":
            if glare(loc, d, lights):
                return "glare"
            orig = loc + d * 1e-4
            continue
        if ob.name == "page":
            return None if (loc - wp).length < 0.004 or (loc - o).length > dist - 0.004 else "page"
        return ob.name
    return None


def glare(p, d, lights):
    """The mirror image of an area light or a bright lamp seen in the sleeve at p (flat sleeve, normal +Z)."""
    r = Vector((d.x, d.y, -d.z))
    for ob, L in lights:
        if not L.get("glare"):
            continue
        c = ob.matrix_world.translation
        nrm = (ob.matrix_world.to_3x3() @ Vector((0, 0, 1))).normalized()
        den = r.dot(nrm)
        if abs(den) < 1e-6:
            continue
        t = (c - p).dot(nrm) / den
        if t <= 0:
            continue
        q = p + r * t - c
        ax = (ob.matrix_world.to_3x3() @ Vector((1, 0, 0))).normalized()
        ay = (ob.matrix_world.to_3x3() @ Vector((0, 1, 0))).normalized()
        half = L["size"] / 2 * L.get("glare_core", 0.8)
        if abs(q.dot(ax)) <= half and abs(q.dot(ay)) <= half:
            return True
    return False


def main():
    argv = sys.argv[sys.argv.index("--") + 1:]
    with open(argv[0], encoding="utf-8") as fh:
        jobs = json.load(fh)
    out = {}
    for job in jobs:
        out[job["out"]] = render(job)
    with open(argv[1], "w", encoding="utf-8") as fh:
        json.dump(out, fh)


main()
