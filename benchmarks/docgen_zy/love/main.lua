-- Family ZY's photos, 高拍仪 frames, sleeves and photographed screens, rendered by LÖVE 11 (OpenGL on
-- Mesa llvmpipe under Xvfb). One process per generate call reads a job file (one document a line,
-- key=value fields separated by tabs, all numbers chosen by the Python side from the document's seed):
-- the page texture (rasterised by poppler's Splash) on a grid mesh; a vertex shader bends, curls or folds
-- it and projects it through the camera (rotation rows R0..R2, distance, focal length); the fragment
-- shader lights it (diffuse from the bent normal, the phone's shadow, the sleeve's or screen's specular
-- glare, a sheen band, the screen's sub-pixel grid); a thumb mesh lies over the page; the desk, the
-- 高拍仪's mat or the dark room is a procedural background. The canvas is read back
-- (Canvas:newImageData) and written as PNG for the Perl Imager finishing.

local VS = [[
uniform vec3 R0; uniform vec3 R1; uniform vec3 R2;
uniform float dist; uniform float focal; uniform vec2 center; uniform vec2 pagesz;
uniform float bendk; uniform float benda; uniform float zoff;
varying vec3 vnorm; varying vec2 vpage;
float bendz(vec2 p) {
  vec2 u = p / pagesz;
  if (bendk < 0.5) return 0.0;
  if (bendk < 1.5) return benda * sin(3.14159265 * clamp(u.x, 0.0, 1.0));
  if (bendk < 2.5) { float t = max(0.0, u.x + u.y - 1.3); return benda * t * t * 8.0; }
  return benda * (1.0 - abs(2.0 * clamp(u.x, 0.0, 1.0) - 1.0));
}
vec4 position(mat4 transform_projection, vec4 vertex_position) {
  vec2 p = vertex_position.xy;
  float z = bendz(p) + zoff;
  float e = 0.5;
  float dzx = (bendz(p + vec2(e, 0.0)) - bendz(p - vec2(e, 0.0))) / (2.0 * e);
  float dzy = (bendz(p + vec2(0.0, e)) - bendz(p - vec2(0.0, e))) / (2.0 * e);
  vnorm = normalize(vec3(-dzx, -dzy, 1.0));
  vpage = p;
  vec3 q = vec3(p.x - pagesz.x * 0.5, p.y - pagesz.y * 0.5, -z);
  vec3 c = vec3(dot(R0, q), dot(R1, q), dot(R2, q) + dist);
  vec2 s = center + focal * c.xy / c.z;
  return transform_projection * vec4(s, 0.0, 1.0);
}
]]

local FS = [[
uniform vec3 light; uniform float amb; uniform vec3 tint;
uniform vec4 glare; uniform vec4 shadow; uniform vec2 sheen;
uniform float screen; uniform float pitch; uniform float moire; uniform float usetex;
varying vec3 vnorm; varying vec2 vpage;
vec4 effect(vec4 color, Image tex, vec2 tc, vec2 sc) {
  vec3 rgb = color.rgb;
  if (usetex > 0.5) rgb *= Texel(tex, tc).rgb;
  float diff = amb + (1.0 - amb) * max(dot(normalize(vnorm), normalize(light)), 0.0);
  rgb *= diff * tint;
  vec2 d = (vpage - shadow.xy) / max(shadow.z, 0.001);
  rgb *= 1.0 - shadow.w * exp(-dot(d, d));
  if (screen > 0.5) {
    float px = fract(vpage.x / pitch);
    vec3 sub = vec3(px < 0.33 ? 1.0 : 0.0, (px >= 0.33 && px < 0.66) ? 1.0 : 0.0, px >= 0.66 ? 1.0 : 0.0);
    if (fract(vpage.y / pitch) > 0.85) sub *= 0.3;
    rgb = rgb * mix(vec3(1.0), sub * 1.6, moire);
  }
  vec2 g = (vpage - glare.xy) / max(glare.z, 0.001);
  rgb += vec3(glare.w * exp(-2.0 * dot(g, g)));
  float b = (vpage.x * 0.6 + vpage.y * 0.8 - sheen.x) / 9.0;
  rgb += vec3(sheen.y * exp(-b * b));
  return vec4(clamp(rgb, 0.0, 1.0), color.a);
}
]]

local BG = [[
uniform float kind; uniform vec3 c1; uniform vec3 c2; uniform vec2 off;
float h(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float n(vec2 p) { vec2 i = floor(p); vec2 f = fract(p); vec2 u = f * f * (3.0 - 2.0 * f);
  return mix(mix(h(i), h(i + vec2(1, 0)), u.x), mix(h(i + vec2(0, 1)), h(i + vec2(1, 1)), u.x), u.y); }
vec4 effect(vec4 color, Image tex, vec2 tc, vec2 sc) {
  vec2 p = sc + off;
  float t;
  if (kind < 0.5) {            // wood desk: stretched grain with rings
    t = 0.5 + 0.5 * sin(p.y * 0.045 + 6.0 * n(p * vec2(0.004, 0.03)));
    t = t * 0.7 + 0.3 * n(p * vec2(0.01, 0.2));
  } else if (kind < 1.5) {     // 高拍仪 mat: even with faint texture
    t = 0.2 * n(p * 0.05) + 0.05 * h(p);
  } else {                     // a dark room behind a monitor
    t = 0.3 * n(p * 0.006) + 0.1 * n(p * 0.05);
  }
  return vec4(mix(c1, c2, t), 1.0);
}
]]

local function num(j, k, d) local v = j[k]; if v == nil then return d end; return v end

local function readfile(path)
  local f = assert(io.open(path, "rb")); local s = f:read("*a"); f:close(); return s
end

local function writefile(path, s)
  local f = assert(io.open(path, "wb")); f:write(s); f:close()
end

local pageShader, bgShader

local function quadMesh(x0, y0, x1, y1, nx, ny, r, g, b, a)
  local verts = {}
  for j = 0, ny do
    for i = 0, nx do
      local u, v = i / nx, j / ny
      verts[#verts + 1] = {x0 + (x1 - x0) * u, y0 + (y1 - y0) * v, u, v, r, g, b, a}
    end
  end
  local map = {}
  for j = 0, ny - 1 do
    for i = 0, nx - 1 do
      local k = j * (nx + 1) + i + 1
      map[#map + 1] = k; map[#map + 1] = k + 1; map[#map + 1] = k + nx + 1
      map[#map + 1] = k + 1; map[#map + 1] = k + nx + 2; map[#map + 1] = k + nx + 1
    end
  end
  local m = love.graphics.newMesh(verts, "triangles", "static")
  m:setVertexMap(map)
  return m
end

local function thumbMesh(cx, cy, rx, ry, ang, nail)
  local verts = nail and {{cx, cy, 0, 0, 0.97, 0.86, 0.82, 1}} or {{cx, cy, 0, 0, 0.93, 0.76, 0.66, 1}}
  local ca, sa = math.cos(math.rad(ang)), math.sin(math.rad(ang))
  local n = 40
  for k = 0, n do
    local a = 2 * math.pi * k / n
    local x, y = rx * math.cos(a), ry * math.sin(a)
    local shade = 0.72 + 0.1 * math.cos(a - 0.8)
    if nail then
      verts[#verts + 1] = {cx + ca * x - sa * y, cy + sa * x + ca * y, 0, 0, 0.9 * shade + 0.1, 0.7 * shade + 0.1, 0.66 * shade + 0.1, 1}
    else
      verts[#verts + 1] = {cx + ca * x - sa * y, cy + sa * x + ca * y, 0, 0, 0.86 * shade, 0.62 * shade, 0.52 * shade, 1}
    end
  end
  return love.graphics.newMesh(verts, "fan", "static")
end

local function render(j)
  local W, H = j.W, j.H
  local img = love.graphics.newImage(love.filesystem.newFileData(readfile(j.tex), "page.png"), {mipmaps = true})
  img:setFilter("linear", "linear", 4)
  img:setMipmapFilter("linear")
  local canvas = love.graphics.newCanvas(W, H, {msaa = 4})
  local plain = love.graphics.newCanvas(W, H)
  love.graphics.setCanvas(canvas)
  love.graphics.clear(0, 0, 0, 1)
  -- background
  bgShader:send("kind", j.bg)
  bgShader:send("c1", {j.bg1r, j.bg1g, j.bg1b})
  bgShader:send("c2", {j.bg2r, j.bg2g, j.bg2b})
  bgShader:send("off", {j.bgox, j.bgoy})
  love.graphics.setShader(bgShader)
  love.graphics.setColor(1, 1, 1, 1)
  love.graphics.rectangle("fill", 0, 0, W, H)
  -- page and what lies on it
  local pw, ph = j.pw, j.ph
  local s = pageShader
  s:send("R0", {j.r11, j.r12, j.r13}); s:send("R1", {j.r21, j.r22, j.r23}); s:send("R2", {j.r31, j.r32, j.r33})
  s:send("dist", j.dist); s:send("focal", j.f); s:send("center", {j.cx, j.cy}); s:send("pagesz", {pw, ph})
  s:send("bendk", j.bendk); s:send("benda", j.benda)
  s:send("light", {j.lx, j.ly, j.lz}); s:send("amb", j.amb); s:send("tint", {j.tr, j.tg, j.tb})
  s:send("glare", {j.gx, j.gy, j.gr, j.gs}); s:send("shadow", {j.sx, j.sy, j.sr, j.sd})
  s:send("sheen", {j.shp, j.shs}); s:send("screen", j.screen); s:send("pitch", num(j, "pitch", 0.25)); s:send("moire", num(j, "moire", 0.15))
  love.graphics.setShader(s)
  if j.bezel > 0 then  -- the monitor around a photographed screen
    s:send("usetex", 0); s:send("zoff", -0.5)
    love.graphics.draw(quadMesh(-j.bezel, -j.bezel, pw + j.bezel, ph + j.bezel * 1.6, 8, 8, 0.05, 0.05, 0.06, 1))
  end
  s:send("usetex", 1); s:send("zoff", 0)
  local m = quadMesh(0, 0, pw, ph, 48, 48, j.paperr, j.paperg, j.paperb, 1)
  m:setTexture(img)
  love.graphics.draw(m)
  if j.sleeve > 0 then  -- the plastic sleeve: a faint haze reaching past the page's edges
    s:send("usetex", 0); s:send("zoff", 0.4)
    love.graphics.draw(quadMesh(-j.sleeve, -j.sleeve, pw + j.sleeve, ph + j.sleeve, 8, 8, 1, 1, 1, 0.10))
  end
  if j.thumb > 0 then
    s:send("usetex", 0); s:send("zoff", 4); s:send("glare", {0, 0, 1, 0}); s:send("sheen", {0, 0}); s:send("screen", 0)
    love.graphics.draw(thumbMesh(j.tx, j.ty, j.trx, j.thry, j.tang, false))
    s:send("zoff", 4.3)  -- the nail, towards the thumb's tip
    love.graphics.draw(thumbMesh(j.nx, j.ny, j.trx * 0.4, j.thry * 0.62, j.tang, true))
  end
  love.graphics.setShader()
  love.graphics.setCanvas(plain)
  love.graphics.clear(0, 0, 0, 1)
  love.graphics.draw(canvas, 0, 0)
  love.graphics.setCanvas()
  local data = plain:newImageData()
  writefile(j.out, data:encode("png"):getString())
  canvas:release(); plain:release(); img:release(); data:release()
  io.write("DONE\t" .. j.out .. "\n"); io.flush()
end

function love.load(args)
  pageShader = love.graphics.newShader(FS, VS)
  bgShader = love.graphics.newShader(BG)
  for line in io.lines(args[1]) do
    local j = {}
    for k, v in line:gmatch("([%w_]+)=([^\t]*)") do j[k] = tonumber(v) or v end
    render(j)
  end
  love.event.quit(0)
end
