# Family ZW's photos, 高拍仪 frames, sleeves and photographed screens: one Godot 3 process renders every job in
# the JSON list it is given (argument after "--"). The page is a subdivided plane whose vertex shader bends,
# curls and folds it; a desk or a 高拍仪 base under it; a directional light with shadows and a lamp; a thumb
# (capsules) over the page; the phone's shadow (a shadow-only box); a sleeve's specular sheet with a glare
# spot; or, for screens, the page shown on an emissive LCD with a sub-pixel grid. The viewport is read back
# and written as PNG for the GD finishing step.
extends SceneTree

const PAGE_SHADER = """
shader_type spatial;
render_mode cull_disabled;
uniform sampler2D page : hint_albedo;
uniform float bend = 0.0;
uniform float curl = 0.0;
uniform vec2 fold_dir = vec2(1.0, 0.0);
uniform float fold = 0.0;
uniform float fold_at = 0.5;
uniform vec2 halfsz = vec2(1.0, 1.0);
uniform vec3 glare_pos = vec3(0.5, 0.5, 0.0);
uniform float glare_r = 0.1;
uniform float screen = 0.0;
uniform float grid = 600.0;
uniform float sleeve = 0.0;
uniform float paper_tone = 0.96;
varying vec2 uvv;
void vertex() {
	vec2 uvn = UV;
	float x = (uvn.x - 0.5) * 2.0;
	float y = (uvn.y - 0.5) * 2.0;
	float h = (bend > 0.0 ? bend * (1.0 - x * x) : -bend * x * x) * halfsz.x;
	float c = max(0.0, uvn.x + uvn.y - 1.55);
	h += curl * c * c * 8.0 * halfsz.x;
	float d = dot(vec2(uvn.x, uvn.y) - vec2(fold_at), normalize(fold_dir));
	h += fold * max(0.0, 0.06 - abs(d)) * halfsz.x * 4.0;
	VERTEX.y += h;
	uvv = UV;
}
void fragment() {
	vec3 col = texture(page, UV).rgb;
	if (screen > 0.5) {
		float px = fract(UV.x * grid * 3.0);
		vec3 sub = vec3(step(px, 0.333), step(0.333, px) * step(px, 0.666), step(0.666, px));
		float row = step(0.12, fract(UV.y * grid * 1.4));
		ALBEDO = vec3(0.02);
		EMISSION = col * (0.7 + 0.6 * sub) * row * 0.9;
		ROUGHNESS = 0.25;
		SPECULAR = 0.6;
	} else {
		ALBEDO = col * paper_tone;
		ROUGHNESS = mix(0.9, 0.18, sleeve);
		SPECULAR = mix(0.2, 0.9, sleeve);
		float g = glare_pos.z * exp(-pow(length((UV - glare_pos.xy) * halfsz / max(halfsz.x, halfsz.y)) / glare_r, 2.0) * 1.6);
		EMISSION = vec3(g);
	}
}
"""

const DESK_SHADER = """
shader_type spatial;
uniform vec3 base = vec3(0.55, 0.38, 0.22);
uniform float wood = 1.0;
uniform float seed = 0.0;
void fragment() {
	vec2 p = UV * 40.0;
	float grain = sin(p.x * 3.0 + sin(p.y * 0.7 + seed) * 2.5 + seed) * 0.5 + 0.5;
	float n = fract(sin(dot(floor(UV * 900.0), vec2(12.9898, 78.233)) + seed) * 43758.5453);
	vec3 c = base * mix(1.0, 0.82 + 0.25 * grain, wood) * (0.97 + 0.06 * n);
	ALBEDO = c;
	ROUGHNESS = 0.7;
}
"""

var jobs = []
var page_shader = null
var desk_shader = null

func _init():
	var args = OS.get_cmdline_args()
	var path = args[args.size() - 1]
	var f = File.new()
	f.open(path, File.READ)
	jobs = parse_json(f.get_as_text())
	f.close()
	call_deferred("_run")

func _mat_color(c, rough = 0.6):
	var m = SpatialMaterial.new()
	m.albedo_color = Color(c[0], c[1], c[2])
	m.roughness = rough
	return m

func _run():
	for job in jobs:
		yield(_render(job), "completed")
	quit()

func _render(job):
	var vp = Viewport.new()
	vp.size = Vector2(job["size"][0], job["size"][1])
	vp.render_target_update_mode = Viewport.UPDATE_ALWAYS
	vp.render_target_v_flip = true
	vp.shadow_atlas_size = 256
	vp.msaa = Viewport.MSAA_DISABLED
	get_root().add_child(vp)
	var env = Environment.new()
	env.background_mode = Environment.BG_COLOR
	env.background_color = Color(0.2, 0.2, 0.2)
	env.ambient_light_color = Color(job["ambient"][0], job["ambient"][1], job["ambient"][2])
	env.ambient_light_energy = 1.0
	env.tonemap_mode = Environment.TONE_MAPPER_FILMIC if job["filmic"] else Environment.TONE_MAPPER_LINEAR
	env.tonemap_exposure = job["exposure"]
	var we = WorldEnvironment.new()
	we.environment = env
	vp.add_child(we)

	# the page: width along x, height along z, centred at the origin, in decimetres
	var W = job["w_mm"] / 100.0
	var H = job["h_mm"] / 100.0
	var img = Image.new()
	img.load(job["page"])
	var tex = ImageTexture.new()
	tex.create_from_image(img, Texture.FLAG_MIPMAPS | Texture.FLAG_FILTER | Texture.FLAG_ANISOTROPIC_FILTER)
	var pm = PlaneMesh.new()
	pm.size = Vector2(W, H)
	pm.subdivide_width = 48
	pm.subdivide_depth = 48
	if page_shader == null:
		page_shader = Shader.new()
		page_shader.code = PAGE_SHADER
		desk_shader = Shader.new()
		desk_shader.code = DESK_SHADER
	var mat = ShaderMaterial.new()
	mat.shader = page_shader
	mat.set_shader_param("page", tex)
	mat.set_shader_param("bend", job["bend"])
	mat.set_shader_param("curl", job["curl"])
	mat.set_shader_param("fold", job["fold"])
	mat.set_shader_param("fold_at", job["fold_at"])
	mat.set_shader_param("fold_dir", Vector2(job["fold_dir"][0], job["fold_dir"][1]))
	mat.set_shader_param("halfsz", Vector2(W / 2.0, H / 2.0))
	mat.set_shader_param("screen", 1.0 if job["mode"] == "screen" else 0.0)
	mat.set_shader_param("grid", job["grid"])
	mat.set_shader_param("sleeve", 1.0 if job["sleeve"] else 0.0)
	mat.set_shader_param("paper_tone", job["paper_tone"])
	var g = job["glare"]
	if g:
		mat.set_shader_param("glare_pos", Vector3(g[0], g[1], g[3]))
		mat.set_shader_param("glare_r", g[2])
	else:
		mat.set_shader_param("glare_pos", Vector3(0.5, 0.5, 0.0))
	var page = MeshInstance.new()
	page.mesh = pm
	page.material_override = mat
	page.rotation_degrees = Vector3(0, job["page_rot"], 0)
	vp.add_child(page)

	if job["mode"] == "screen":
		var bez = MeshInstance.new()
		var bm = CubeMesh.new()
		bm.size = Vector3(W * 1.08, 0.02, H * 1.1)
		bez.mesh = bm
		bez.material_override = _mat_color([0.05, 0.05, 0.06], 0.3)
		bez.translation = Vector3(0, -0.012, 0)
		bez.rotation_degrees = Vector3(0, job["page_rot"], 0)
		vp.add_child(bez)

	# the desk, or the 高拍仪's base
	var desk = MeshInstance.new()
	var dm = PlaneMesh.new()
	dm.size = Vector2(40, 40)
	desk.mesh = dm
	var dmat = ShaderMaterial.new()
	dmat.shader = desk_shader
	dmat.set_shader_param("base", Vector3(job["desk"][0], job["desk"][1], job["desk"][2]))
	dmat.set_shader_param("wood", job["wood"])
	dmat.set_shader_param("seed", job["seed"])
	desk.material_override = dmat
	desk.translation = Vector3(0, job["desk_y"], 0)
	vp.add_child(desk)

	# lights: a directional light with shadows and a lamp
	var sun = DirectionalLight.new()
	sun.rotation_degrees = Vector3(job["sun"][0], job["sun"][1], 0)
	sun.light_energy = job["sun"][2]
	sun.shadow_enabled = true
	sun.directional_shadow_mode = DirectionalLight.SHADOW_ORTHOGONAL
	sun.directional_shadow_max_distance = 30.0
	sun.light_color = Color(job["sun_color"][0], job["sun_color"][1], job["sun_color"][2])
	vp.add_child(sun)
	var lamp = OmniLight.new()
	lamp.translation = Vector3(job["lamp"][0], job["lamp"][1], job["lamp"][2])
	lamp.light_energy = job["lamp"][3]
	lamp.omni_range = 30.0
	lamp.shadow_enabled = job["lamp_shadow"]
	vp.add_child(lamp)

	# the thumb: a capsule (and a second for the joint) resting over the page
	var t = job["thumb"]
	if t:
		var th = MeshInstance.new()
		var cm = CapsuleMesh.new()
		cm.radius = t[2]
		cm.mid_height = t[3]
		th.mesh = cm
		th.material_override = _mat_color(t[5], 0.55)
		th.translation = Vector3((t[0] - 0.5) * W, t[2] * 0.45 + 0.004 + t[6], (t[1] - 0.5) * H)
		th.rotation_degrees = Vector3(0, t[4], 0)
		th.scale = Vector3(1, 0.45, 1)
		page.add_child(th)
	# the phone's shadow: a box only the light sees
	var ps = job["phone_shadow"]
	if ps:
		var box = MeshInstance.new()
		var bxm = CubeMesh.new()
		bxm.size = Vector3(ps[2], 0.08, ps[3])
		box.mesh = bxm
		box.cast_shadow = GeometryInstance.SHADOW_CASTING_SETTING_SHADOWS_ONLY
		box.translation = Vector3(ps[0], 2.2, ps[1])
		vp.add_child(box)

	var cam = Camera.new()
	cam.fov = job["fov"]
	cam.near = 0.05
	cam.far = 100.0
	vp.add_child(cam)
	var c = job["cam"]
	cam.look_at_from_position(Vector3(c[0], c[1], c[2]), Vector3(c[3], 0, c[4]), Vector3(-sin(deg2rad(c[5])), 0, -cos(deg2rad(c[5]))))
	cam.current = true

	yield(self, "idle_frame")
	yield(VisualServer, "frame_post_draw")
	var out = vp.get_texture().get_data()
	out.convert(Image.FORMAT_RGB8)
	out.save_png(job["out"])
	vp.queue_free()
	yield(self, "idle_frame")
