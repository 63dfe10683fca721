// Family AI's photo scenes in three.js (evaluated in the page after three.cjs): a document plane with
// the rendered page as its map, bent a little, on a desk / 高拍仪 pad / in a plastic sleeve / shown
// on a monitor; lights, a camera, and occluders (a thumb, a glare spot) where the job puts them.
/* global THREE */
function aiRng(seed) { let s = (seed >>> 0) || 1; return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; }; }
let aiRenderer = null;
function aiCanvasTex(kind, R) {
  const c = document.createElement("canvas"); c.width = c.height = 512;
  const g = c.getContext("2d");
  const fills = { wood: "#8a5a34", gray: "#9a9c9e", cloth: "#2f3b55", pad: "#1c1f1c", white: "#d8d6d0", office: "#3a3835" };
  g.fillStyle = fills[kind] || "#777"; g.fillRect(0, 0, 512, 512);
  if (kind === "wood") {
    for (let y = 0; y < 512; y += 2) {
      const v = Math.sin(y * 0.05 + Math.sin(y * 0.013) * 4) * 0.5 + 0.5;
      g.fillStyle = `rgba(60,30,10,${0.25 * v})`; g.fillRect(0, y, 512, 2);
    }
  } else if (kind === "pad") {
    g.strokeStyle = "rgba(120,140,120,0.35)"; g.lineWidth = 1;
    for (let i = 0; i < 512; i += 32) { g.beginPath(); g.moveTo(i, 0); g.lineTo(i, 512); g.moveTo(0, i); g.lineTo(512, i); g.stroke(); }
  } else {
    for (let k = 0; k < 4000; k++) { g.fillStyle = `rgba(${R() < 0.5 ? "0,0,0" : "255,255,255"},0.06)`; g.fillRect(R() * 512, R() * 512, 2, 2); }
  }
  const t = new THREE.CanvasTexture(c); t.wrapS = t.wrapT = THREE.RepeatWrapping; t.repeat.set(4, 4);
  t.colorSpace = THREE.SRGBColorSpace; return t;
}
function aiGlowTex() {
  const c = document.createElement("canvas"); c.width = c.height = 256;
  const g = c.getContext("2d");
  const grd = g.createRadialGradient(128, 128, 10, 128, 128, 128);
  grd.addColorStop(0, "rgba(255,255,255,1)"); grd.addColorStop(0.55, "rgba(255,255,255,1)"); grd.addColorStop(1, "rgba(255,255,255,0)");
  g.fillStyle = grd; g.fillRect(0, 0, 256, 256);
  return new THREE.CanvasTexture(c);
}
function aiStripeTex() {
  const c = document.createElement("canvas"); c.width = 6; c.height = 3;
  const g = c.getContext("2d");
  ["#ff4040", "#40ff40", "#4040ff"].forEach((col, i) => { g.fillStyle = col; g.fillRect(i * 2, 0, 2, 3); });
  g.fillStyle = "#000"; g.fillRect(0, 2, 6, 1);
  const t = new THREE.CanvasTexture(c); t.wrapS = t.wrapT = THREE.RepeatWrapping; t.magFilter = THREE.NearestFilter; return t;
}
async function renderJob(job, texUrl) {
  const R = aiRng(job.seed);
  const W = job.w, H = job.h;
  if (!aiRenderer) {
    const canvas = document.createElement("canvas");
    aiRenderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
  }
  const renderer = aiRenderer;
  renderer.setPixelRatio(1); renderer.setSize(W, H, false);
  renderer.outputColorSpace = THREE.SRGBColorSpace;
  renderer.toneMapping = THREE.NoToneMapping;
  const img = await new Promise((res, rej) => { const im = new Image(); im.onload = () => res(im); im.onerror = rej; im.src = texUrl; });
  const map = new THREE.Texture(img); map.needsUpdate = true; map.colorSpace = THREE.SRGBColorSpace;
  map.anisotropy = renderer.capabilities.getMaxAnisotropy(); map.generateMipmaps = true; map.minFilter = THREE.LinearMipmapLinearFilter;
  const scene = new THREE.Scene();
  const dw = job.doc_w, dh = job.doc_h, bend = job.bend;
  const disposables = [map];
  const add = (geo, mat) => { const m = new THREE.Mesh(geo, mat); disposables.push(geo, mat); scene.add(m); return m; };
  // the surface under the page
  const bgTex = aiCanvasTex(job.bg, R); disposables.push(bgTex);
  add(new THREE.PlaneGeometry(dw * 8, dh * 8), new THREE.MeshStandardMaterial({ map: bgTex, roughness: 0.85 })).position.z = -1.5;
  // the page, bent along x and curled at one corner
  const geo = new THREE.PlaneGeometry(dw, dh, 48, 48);
  const pos = geo.attributes.position;
  const zAt = (x, y) => bend * Math.sin(Math.PI * (x / dw + 0.5)) + job.curl * Math.max(0, (x / dw + y / dh) - 0.6) ** 2 * 10;
  for (let i = 0; i < pos.count; i++) pos.setZ(i, zAt(pos.getX(i), pos.getY(i)));
  geo.computeVertexNormals();
  let pageMat;
  if (job.setup === "screen") {
    pageMat = new THREE.MeshBasicMaterial({ map, color: new THREE.Color(job.screen_gain, job.screen_gain, job.screen_gain * 0.97) });
    add(new THREE.PlaneGeometry(dw * 1.08, dh * 1.1), new THREE.MeshStandardMaterial({ color: 0x111111, roughness: 0.4 })).position.z = -0.6;
  } else {
    pageMat = new THREE.MeshStandardMaterial({ map, roughness: 0.8, metalness: 0 });
  }
  add(geo, pageMat);
  if (job.setup === "screen") {
    const st = aiStripeTex(); disposables.push(st);
    st.repeat.set(img.width / job.pitch, img.height / job.pitch);
    const ov = add(new THREE.PlaneGeometry(dw, dh), new THREE.MeshBasicMaterial({ map: st, transparent: true, opacity: job.stripe_alpha, blending: THREE.MultiplyBlending, premultipliedAlpha: true }));
    ov.position.z = 0.2;
  }
  if (job.setup === "sleeve") {
    const sg = new THREE.PlaneGeometry(dw * 1.06, dh * 1.04, 24, 24);
    const sp = sg.attributes.position;
    for (let i = 0; i < sp.count; i++) sp.setZ(i, zAt(Math.max(-dw / 2, Math.min(dw / 2, sp.getX(i))), Math.max(-dh / 2, Math.min(dh / 2, sp.getY(i)))) + 0.6);
    sg.computeVertexNormals();
    const s = add(sg, new THREE.MeshPhysicalMaterial({ color: 0xf4f6ff, transparent: true, opacity: 0.16, roughness: 0.12, metalness: 0, clearcoat: 1, clearcoatRoughness: 0.1 }));
    s.renderOrder = 2;
  }
  // occluders in page millimetres: thumb (skin ellipse + the finger to the edge), glare (a washed-out spot)
  const glow = aiGlowTex(); disposables.push(glow);
  for (const o of job.occluders) {
    const cx = o.x + o.w / 2 - dw / 2, cy = dh / 2 - (o.y + o.h / 2);
    if (o.type === "glare") {
      const m = add(new THREE.PlaneGeometry(o.w * 1.5, o.h * 1.9), new THREE.MeshBasicMaterial({ map: glow, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false, opacity: 1 }));
      m.position.set(cx, cy, zAt(cx, cy) + 0.8); m.renderOrder = 3;
      const m2 = add(new THREE.PlaneGeometry(o.w * 1.3, o.h * 1.6), new THREE.MeshBasicMaterial({ map: glow, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false, opacity: 1 }));
      m2.position.set(cx, cy, zAt(cx, cy) + 0.9); m2.renderOrder = 4;
    } else {
      const skin = new THREE.MeshStandardMaterial({ color: new THREE.Color(0.86, 0.64, 0.52), roughness: 0.55 });
      const tip = add(new THREE.CircleGeometry(1, 40), skin);
      tip.scale.set(o.w / 2, o.h / 2, 1); tip.position.set(cx, cy, zAt(cx, cy) + 1.2);
      const sx = o.edge === "left" ? -1 : 1;
      const len = Math.abs((sx > 0 ? dw / 2 : -dw / 2) - cx) + 40;
      const finger = add(new THREE.PlaneGeometry(len, o.h), skin.clone());
      finger.position.set(cx + sx * len / 2, cy, zAt(cx, cy) + 1.2);
      const nail = add(new THREE.CircleGeometry(1, 32), new THREE.MeshStandardMaterial({ color: new THREE.Color(0.93, 0.78, 0.74), roughness: 0.3 }));
      nail.scale.set(o.w * 0.28, o.h * 0.3, 1); nail.position.set(cx - sx * o.w * 0.12, cy, zAt(cx, cy) + 1.4);
    }
  }
  // lights
  scene.add(new THREE.HemisphereLight(new THREE.Color(...job.sky), new THREE.Color(0.35, 0.33, 0.3), job.ambient));
  const sun = new THREE.DirectionalLight(new THREE.Color(...job.light_color), job.light);
  sun.position.set(...job.light_dir); scene.add(sun);
  if (job.setup === "sleeve" || job.point) {
    const p = new THREE.PointLight(0xffffff, job.point || 0.6, 0, 0); p.position.set(job.point_pos[0] * dw, job.point_pos[1] * dh, 300); scene.add(p);
  }
  // camera
  const aspect = W / H;
  const cam = new THREE.PerspectiveCamera(job.fov, aspect, 1, 10000);
  const visH = Math.max(dh / job.fill, dw / (job.fill * aspect));
  const dist = visH / 2 / Math.tan((job.fov * Math.PI) / 360);
  const tx = job.offx * dw, ty = job.offy * dh;
  const a = (job.tilt_x * Math.PI) / 180, b = (job.tilt_y * Math.PI) / 180;
  cam.position.set(tx + dist * Math.sin(b), ty - dist * Math.sin(a), dist * Math.cos(a) * Math.cos(b));
  const rr = (job.roll * Math.PI) / 180;
  cam.up.set(Math.sin(rr), Math.cos(rr), 0);
  cam.lookAt(tx, ty, 0);
  renderer.setClearColor(0x000000, 1);
  renderer.render(scene, cam);
  const gl = renderer.getContext();
  const px = new Uint8Array(W * H * 4);
  gl.readPixels(0, 0, W, H, gl.RGBA, gl.UNSIGNED_BYTE, px);
  const rgb = new Uint8Array(W * H * 3);
  for (let y = 0; y < H; y++) {
    const src = (H - 1 - y) * W * 4, dst = y * W * 3;
    for (let x = 0; x < W; x++) { rgb[dst + 3 * x] = px[src + 4 * x]; rgb[dst + 3 * x + 1] = px[src + 4 * x + 1]; rgb[dst + 3 * x + 2] = px[src + 4 * x + 2]; }
  }
  for (const d of disposables) d.dispose();
  let s = "";
  for (let i = 0; i < rgb.length; i += 0x8000) s += String.fromCharCode.apply(null, rgb.subarray(i, i + 0x8000));
  return { w: W, h: H, rgb: btoa(s) };
}
