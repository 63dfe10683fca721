// Family ZZ's photos, 高拍仪 frames, sleeves and photographed screens, rendered by Irrlicht 1.8's
// Burning's Video software renderer (EDT_BURNINGSVIDEO). One process per generate call; one job per
// stdin line ("key=value ..."). The page is a textured grid mesh (flat, bent, curled, folded) on a desk,
// shaded per vertex by our own lambert/specular terms; a thumb is an ellipsoid mesh over the page; a
// sleeve is a vertex-alpha quad over the page carrying its glare; a screen is the page on an emissive
// quad inside a monitor bezel. The frame is rendered into a render-target texture and written as PNG.
#include <irrlicht.h>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

using namespace irr;

static double num(std::map<std::string, std::string>& m, const char* k, double d) {
    auto it = m.find(k); return it == m.end() ? d : atof(it->second.c_str());
}

struct Lcg { unsigned long long s; double next() { s = s * 6364136223846793005ULL + 1442695040888963407ULL; return ((s >> 33) & 0xffffff) / double(0x1000000); } };

static video::SColor shade(video::SColor base, const core::vector3df& n, const core::vector3df& ldir, double amb, double spec, const core::vector3df& view) {
    double d = std::max(0.0, double(n.dotProduct(ldir)));
    core::vector3df h = (ldir + view); h.normalize();
    double s = spec * std::pow(std::max(0.0, double(n.dotProduct(h))), 40.0);
    double k = amb + (1.0 - amb) * d;
    auto c = [&](u32 v) { double x = v * k + 255.0 * s; return (u32)std::min(255.0, std::max(0.0, x)); };
    return video::SColor(base.getAlpha(), c(base.getRed()), c(base.getGreen()), c(base.getBlue()));
}

int main() {
    SIrrlichtCreationParameters p;
    p.DriverType = video::EDT_BURNINGSVIDEO;
    p.WindowSize = core::dimension2d<u32>(64, 64);
    p.Bits = 32;
    IrrlichtDevice* dev = createDeviceEx(p);
    if (!dev) { std::cerr << "no irrlicht device\n"; return 2; }
    video::IVideoDriver* drv = dev->getVideoDriver();
    scene::ISceneManager* smgr = dev->getSceneManager();
    drv->setTextureCreationFlag(video::ETCF_CREATE_MIP_MAPS, false);
    drv->setTextureCreationFlag(video::ETCF_ALWAYS_32_BIT, true);
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty()) continue;
        std::map<std::string, std::string> m; std::istringstream ss(line); std::string tok;
        while (ss >> tok) { auto e = tok.find('='); if (e != std::string::npos) m[tok.substr(0, e)] = tok.substr(e + 1); }
        smgr->clear();
        drv->removeAllTextures();
        Lcg rng{(unsigned long long)num(m, "seed", 1) * 2654435761ULL + 12345};
        u32 W = (u32)num(m, "W", 1600), H = (u32)num(m, "H", 1200);
        double pw = num(m, "pw", 210), ph = num(m, "ph", 297);
        double bend = num(m, "bend", 0), curl = num(m, "curl", 0), fold = num(m, "fold", 0);
        core::vector3df ldir((f32)num(m, "lx", 0.3), (f32)num(m, "ly", 1.0), (f32)num(m, "lz", 0.2)); ldir.normalize();
        double amb = num(m, "amb", 0.55), spec = num(m, "spec", 0.05);
        int screen = (int)num(m, "screen", 0);
        video::IImage* pimg = drv->createImageFromFile(m["tex"].c_str());
        if (!pimg) { std::cerr << "no texture " << m["tex"] << "\n"; return 3; }
        const u32 T = 1024;
        u32 IW = pimg->getDimension().Width, IH = pimg->getDimension().Height;
        u32 TX = (IW + T - 1) / T, TY = (IH + T - 1) / T;
        // camera
        double tilt = num(m, "tilt", 10) * M_PI / 180.0, az = num(m, "az", 0) * M_PI / 180.0;
        double fov = num(m, "fov", 55) * M_PI / 180.0;
        double diag = std::sqrt(pw * pw + ph * ph);
        double aspect = double(W) / double(H);
        double half = std::max(ph / 2.0, pw / 2.0 / aspect) * num(m, "distk", 1.1);
        double dist = half / std::tan(fov / 2.0);
        core::vector3df target((f32)num(m, "ox", 0), 0, (f32)num(m, "oz", 0));
        core::vector3df eye = target + core::vector3df((f32)(dist * std::sin(tilt) * std::sin(az)), (f32)(dist * std::cos(tilt)), (f32)(-dist * std::sin(tilt) * std::cos(az)));
        core::vector3df view = eye - target; view.normalize();
        scene::ICameraSceneNode* cam = smgr->addCameraSceneNode(0, eye, target);
        double roll = num(m, "roll", 0) * M_PI / 180.0;
        core::vector3df up((f32)std::sin(roll), 0, (f32)std::cos(roll));
        cam->setUpVector(up);
        cam->setFOV((f32)fov);
        cam->setAspectRatio((f32)W / (f32)H);
        cam->setNearValue(5.0f); cam->setFarValue((f32)(dist * 6));
        // desk / pad / bezel: a big plane with a procedural texture
        int desk = (int)num(m, "desk", 0);
        {
            video::IImage* img = drv->createImage(video::ECF_A8R8G8B8, core::dimension2d<u32>(256, 256));
            double ph0 = rng.next() * 6.28;
            for (u32 y = 0; y < 256; ++y) for (u32 x = 0; x < 256; ++x) {
                double r, g, b;
                if (desk == 0) { double w = 0.5 + 0.5 * std::sin(y * 0.11 + 3 * std::sin(x * 0.013 + ph0) + ph0); r = 150 + 50 * w; g = 105 + 35 * w; b = 60 + 20 * w; }
                else if (desk == 1) { double w = rng.next() * 8; r = 205 + w; g = 205 + w; b = 200 + w; }
                else if (desk == 2) { double w = rng.next() * 10; r = 40 + w; g = 42 + w; b = 48 + w; }
                else { double w = rng.next() * 6; r = 18 + w; g = 18 + w; b = 20 + w; }
                img->setPixel(x, y, video::SColor(255, (u32)r, (u32)g, (u32)b));
            }
            video::ITexture* dt = drv->addTexture("desk", img); img->drop();
            scene::IMesh* plane = smgr->getGeometryCreator()->createPlaneMesh(core::dimension2d<f32>((f32)diag * 0.25f, (f32)diag * 0.25f), core::dimension2d<u32>(16, 16), 0, core::dimension2d<f32>(4, 4));
            scene::IMeshSceneNode* pn = smgr->addMeshSceneNode(plane, 0, -1, core::vector3df((f32)(pw / 2 - pw / 2), -1.5f, 0));
            plane->drop();
            pn->setMaterialTexture(0, dt); pn->setMaterialFlag(video::EMF_LIGHTING, false);
            scene::IMeshBuffer* mb = pn->getMesh()->getMeshBuffer(0);
            video::S3DVertex* v = (video::S3DVertex*)mb->getVertices();
            for (u32 i = 0; i < mb->getVertexCount(); ++i) v[i].Color = shade(video::SColor(255, 255, 255, 255), core::vector3df(0, 1, 0), ldir, amb, 0, view);
            if (screen) {  // the monitor's bezel around the screen
                scene::IMesh* bz = smgr->getGeometryCreator()->createCubeMesh(core::vector3df((f32)(pw * 1.12), 8.0f, (f32)(ph * 1.14)));
                scene::IMeshSceneNode* bn = smgr->addMeshSceneNode(bz, 0, -1, core::vector3df(0, -4.2f, 0)); bz->drop();
                bn->setMaterialFlag(video::EMF_LIGHTING, false);
                smgr->getMeshManipulator()->setVertexColors(bn->getMesh(), video::SColor(255, 28, 28, 32));
            }
        }
        // page grid meshes (one per texture tile), centred on the origin, y up
        auto height = [&](double x, double y) {
            double u = x / pw, v = y / ph, z = 0;
            z += bend * std::sin(u * M_PI);                         // a bowed page
            if (curl > 0) { double c = std::max(0.0, u + v - 1.45); z += curl * c * c * 20; }   // a curled corner
            if (fold != 0) z += fold * (0.5 - std::fabs(v - 0.5)) * 2;   // folded across the middle
            return z;
        };
        for (u32 ty = 0; ty < TY; ++ty) for (u32 tx = 0; tx < TX; ++tx) {
            u32 x0 = tx * T, y0 = ty * T, tw = std::min(T, IW - x0), th = std::min(T, IH - y0);
            video::IImage* tile = drv->createImage(video::ECF_A8R8G8B8, core::dimension2d<u32>(T, T));
            tile->fill(video::SColor(255, 255, 255, 255));
            pimg->copyTo(tile, core::position2d<s32>(0, 0), core::rect<s32>(x0, y0, x0 + tw, y0 + th));
            char nm[64]; snprintf(nm, sizeof nm, "tile%u_%u", tx, ty);
            video::ITexture* tex = drv->addTexture(nm, tile); tile->drop();
            const int NX = 32, NY = 32;
            scene::SMeshBuffer* buf = new scene::SMeshBuffer();
            for (int j = 0; j <= NY; ++j) for (int i = 0; i <= NX; ++i) {
                double px = x0 + double(tw) * i / NX, py = y0 + double(th) * j / NY;
                double x = pw * px / IW, y = ph * py / IH;
                video::S3DVertex vt((f32)(x - pw / 2), (f32)height(x, y), (f32)(ph / 2 - y), 0, 1, 0, video::SColor(255, 255, 255, 255),
                                    (f32)((px - x0) / T), (f32)((py - y0) / T));
                buf->Vertices.push_back(vt);
            }
            for (int j = 0; j < NY; ++j) for (int i = 0; i < NX; ++i) {
                u16 a = j * (NX + 1) + i, b = a + 1, c = a + (NX + 1), d = c + 1;
                buf->Indices.push_back(a); buf->Indices.push_back(b); buf->Indices.push_back(c);
                buf->Indices.push_back(b); buf->Indices.push_back(d); buf->Indices.push_back(c);
            }
            scene::SMesh* mesh = new scene::SMesh(); mesh->addMeshBuffer(buf); buf->drop();
            for (u32 i = 0; i < buf->Vertices.size(); ++i) {  // normals from the height field (continuous across tiles)
                video::S3DVertex& v = buf->Vertices[i];
                double x = v.Pos.X + pw / 2, y = ph / 2 - v.Pos.Z, e = 0.5;
                core::vector3df n((f32)(-(height(x + e, y) - height(x - e, y)) / (2 * e)), 1.0f, (f32)((height(x, y + e) - height(x, y - e)) / (2 * e)));
                n.normalize(); v.Normal = n;
                v.Color = screen ? video::SColor(255, 255, 255, 255) : shade(video::SColor(255, 255, 255, 255), v.Normal, ldir, amb, spec, view);
            }
            mesh->recalculateBoundingBox();
            scene::IMeshSceneNode* page = smgr->addMeshSceneNode(mesh); mesh->drop();
            page->setMaterialTexture(0, tex);
            page->setMaterialFlag(video::EMF_LIGHTING, false);
            page->setMaterialFlag(video::EMF_BILINEAR_FILTER, true);
            page->setMaterialFlag(video::EMF_BACK_FACE_CULLING, false);
        }
        pimg->drop();
        // page shadow on the desk
        if (!screen) {
            scene::IMesh* sh = smgr->getGeometryCreator()->createPlaneMesh(core::dimension2d<f32>((f32)pw * 1.02f, (f32)ph * 1.02f));
            scene::IMeshSceneNode* sn = smgr->addMeshSceneNode(sh, 0, -1, core::vector3df((f32)(-ldir.X * 3), -1.0f, (f32)(-ldir.Z * 3))); sh->drop();
            sn->setMaterialFlag(video::EMF_LIGHTING, false);
            smgr->getMeshManipulator()->setVertexColors(sn->getMesh(), video::SColor(255, 60, 55, 50));
            sn->setMaterialType(video::EMT_TRANSPARENT_VERTEX_ALPHA);
            smgr->getMeshManipulator()->setVertexColorAlpha(sn->getMesh(), 110);
        }
        // sleeve: a transparent film over the page carrying the lamp's glare
        if ((int)num(m, "sleeve", 0)) {
            double gx = num(m, "gx", pw / 2), gy = num(m, "gy", ph / 2), gr = num(m, "gr", 30), ga = num(m, "ga", 0.9);
            double mg = 4;
            video::IImage* gi = drv->createImage(video::ECF_A8R8G8B8, core::dimension2d<u32>(256, 256));
            for (u32 j = 0; j < 256; ++j) for (u32 i = 0; i < 256; ++i) {
                double x = -mg + (pw + 2 * mg) * (i + 0.5) / 256, y = -mg + (ph + 2 * mg) * (j + 0.5) / 256;
                double dx = (x - gx) / gr, dy = (y - gy) / (gr * 0.6); double d2 = dx * dx + dy * dy;
                // additive light reflected by the film: black adds nothing, white washes the page out
                double a = std::min(1.0, ga * std::exp(-d2 * 1.6) + 0.03);
                gi->setPixel(i, j, video::SColor(255, (u32)(a * 250), (u32)(a * 250), (u32)(a * 255)));
            }
            video::ITexture* gt = drv->addTexture("glare", gi); gi->drop();
            scene::SMeshBuffer* sb = new scene::SMeshBuffer();
            const int SX = 32, SY = 32;
            for (int j = 0; j <= SY; ++j) for (int i = 0; i <= SX; ++i) {
                double x = -mg + (pw + 2 * mg) * i / SX, y = -mg + (ph + 2 * mg) * j / SY;
                video::S3DVertex vt((f32)(x - pw / 2), (f32)(height(std::min(std::max(x, 0.0), pw), std::min(std::max(y, 0.0), ph)) + 0.8), (f32)(ph / 2 - y), 0, 1, 0,
                                    video::SColor(255, 255, 255, 255), (f32)i / SX, (f32)j / SY);
                sb->Vertices.push_back(vt);
            }
            for (int j = 0; j < SY; ++j) for (int i = 0; i < SX; ++i) {
                u16 a = j * (SX + 1) + i, b = a + 1, c = a + (SX + 1), d = c + 1;
                sb->Indices.push_back(a); sb->Indices.push_back(b); sb->Indices.push_back(c);
                sb->Indices.push_back(b); sb->Indices.push_back(d); sb->Indices.push_back(c);
            }
            scene::SMesh* sm = new scene::SMesh(); sm->addMeshBuffer(sb); sb->drop(); sm->recalculateBoundingBox();
            scene::IMeshSceneNode* sn = smgr->addMeshSceneNode(sm); sm->drop();
            sn->setMaterialTexture(0, gt);
            sn->setMaterialFlag(video::EMF_LIGHTING, false);
            sn->setMaterialFlag(video::EMF_BACK_FACE_CULLING, false);
            sn->setMaterialType(video::EMT_TRANSPARENT_ADD_COLOR);
        }
        // thumb: an ellipsoid over the page edge, shaded like skin
        if ((int)num(m, "thumb", 0)) {
            double tu = num(m, "tu", 0), tv = num(m, "tv", 0), tr = num(m, "tr", 10), ta = num(m, "ta", 0);
            scene::IMesh* sp = smgr->getGeometryCreator()->createSphereMesh(1.0f, 24, 24);
            scene::IMeshSceneNode* tn = smgr->addMeshSceneNode(sp, 0, -1,
                core::vector3df((f32)(tu - pw / 2), (f32)(height(tu, tv) + tr * 0.45), (f32)(ph / 2 - tv)),
                core::vector3df(0, (f32)ta, 0), core::vector3df((f32)(tr * 0.8), (f32)(tr * 0.45), (f32)(tr * 1.5)));
            sp->drop();
            tn->setMaterialFlag(video::EMF_LIGHTING, false);
            scene::IMeshBuffer* mb = tn->getMesh()->getMeshBuffer(0);
            video::S3DVertex* v = (video::S3DVertex*)mb->getVertices();
            for (u32 i = 0; i < mb->getVertexCount(); ++i) {
                core::vector3df n = v[i].Normal; n.normalize();
                bool nail = v[i].Pos.Y > 0.6f && v[i].Pos.Z < -0.3f;
                video::SColor base = nail ? video::SColor(255, 235, 200, 190) : video::SColor(255, 222, 170, 140);
                v[i].Color = shade(base, n, ldir, 0.45, 0.15, view);
            }
        }
        video::ITexture* rt = drv->addRenderTargetTexture(core::dimension2d<u32>(W, H), "rt", video::ECF_A8R8G8B8);
        drv->beginScene(true, true, video::SColor(255, 0, 0, 0));
        drv->setRenderTarget(rt, true, true, video::SColor(255, 30, 30, 30));
        smgr->drawAll();
        drv->setRenderTarget(0, false, false);
        drv->endScene();
        video::IImage* out = drv->createImage(rt, core::position2d<s32>(0, 0), core::dimension2d<u32>(W, H));
        bool ok = out && drv->writeImageToFile(out, m["out"].c_str());
        if (out) out->drop();
        std::cout << (ok ? "ok " : "fail ") << m["out"] << std::endl;
    }
    dev->drop();
    return 0;
}
