// Family AE's photos: OGRE 1.12 (RenderSystem_GL, fixed-function lighting) rendering to a texture
// under a private Xvfb with Mesa llvmpipe. One job per stdin line:
//   <in.ppm> <out.ppm> key value key value ...
// The page is a textured grid mesh (bent like a held sheet, a curled corner, a fold crease) lying on a
// desk (a vertex-coloured wood or laminate plane), lit by a point light and ambient; optional thumb
// (a skin-coloured squashed sphere over the page), a plastic sleeve (a transparent sheet above the page
// with an additive glare patch), a paper covering part of the page, a 高拍仪's top-down camera and
// base plate, or a monitor (page emissive, a subpixel grid texture modulating it, a bezel).
// The render target is read back and written as PPM; the Python wrapper only changes the container.
#include <Ogre.h>
#include <OgreRenderWindow.h>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace Ogre;

static std::vector<unsigned char> readPPM(const std::string& path, int& w, int& h) {
    std::ifstream f(path, std::ios::binary);
    std::string magic;
    int maxv;
    f >> magic >> w >> h >> maxv;
    f.get();
    std::vector<unsigned char> buf((size_t)w * h * 3);
    f.read((char*)buf.data(), buf.size());
    return buf;
}

static void writePPM(const std::string& path, const unsigned char* rgb, int w, int h) {
    FILE* fp = fopen(path.c_str(), "wb");
    fprintf(fp, "P6\n%d %d\n255\n", w, h);
    fwrite(rgb, 1, (size_t)w * h * 3, fp);
    fclose(fp);
}

struct Job {
    std::map<std::string, float> v;
    float g(const std::string& k, float d) const {
        auto it = v.find(k);
        return it == v.end() ? d : it->second;
    }
};

static unsigned int rngState = 1;
static float urand() {
    rngState = rngState * 1664525u + 1013904223u;
    return (rngState >> 8) / 16777216.0f;
}

static MaterialPtr makeMat(const String& name, const String& tex, bool lit, bool transparent, bool additive,
                           ColourValue diffuse = ColourValue::White, float shininess = 0) {
    MaterialPtr m = MaterialManager::getSingleton().create(name, "General");
    Pass* p = m->getTechnique(0)->getPass(0);
    p->setLightingEnabled(lit);
    p->setDiffuse(diffuse);
    p->setAmbient(diffuse * 0.9f);
    p->setVertexColourTracking(tex.empty() ? TVC_DIFFUSE | TVC_AMBIENT : TVC_NONE);
    if (shininess > 0) {
        p->setSpecular(0.35f, 0.35f, 0.35f, 1.0f);
        p->setShininess(shininess);
    }
    if (!tex.empty()) {
        TextureUnitState* t = p->createTextureUnitState(tex);
        t->setTextureFiltering(TFO_TRILINEAR);
        t->setTextureAddressingMode(TextureUnitState::TAM_CLAMP);
    }
    if (transparent) {
        p->setSceneBlending(additive ? SBT_ADD : SBT_TRANSPARENT_ALPHA);
        p->setDepthWriteEnabled(false);
    }
    p->setCullingMode(CULL_NONE);
    return m;
}

int main() {
    LogManager* lm = new LogManager();
    lm->createLog("ae_photo.log", true, false, true);
    Root* root = new Root("", "", "");
    root->loadPlugin(std::string(OGRE_PLUGIN_DIR) + "/RenderSystem_GL");
    RenderSystem* rs = root->getAvailableRenderers().front();
    rs->setConfigOption("Full Screen", "No");
    rs->setConfigOption("FSAA", "0");
    root->setRenderSystem(rs);
    root->initialise(false);
    NameValuePairList wp;
    wp["hidden"] = "true";
    root->createRenderWindow("ae", 64, 64, false, &wp);
    ResourceGroupManager::getSingleton().initialiseAllResourceGroups();
    SceneManager* sm = root->createSceneManager();

    std::string line;
    int jobNo = 0;
    while (std::getline(std::cin, line)) {
        if (line.empty()) continue;
        std::istringstream is(line);
        std::string in, out, k;
        float val;
        Job J;
        is >> in >> out;
        while (is >> k >> val) J.v[k] = val;
        rngState = (unsigned int)J.g("seed", 1) * 2654435761u + 7u;
        const int W = (int)J.g("W", 1600), H = (int)J.g("H", 1200);
        const std::string sfx = std::to_string(jobNo++);

        int pw, ph;
        std::vector<unsigned char> px = readPPM(in, pw, ph);
        Image img;
        img.loadDynamicImage(px.data(), pw, ph, 1, PF_BYTE_RGB);
        TexturePtr pageTex = TextureManager::getSingleton().loadImage("page" + sfx, "General", img, TEX_TYPE_2D, 4);

        TexturePtr rtt = TextureManager::getSingleton().createManual("rtt" + sfx, "General", TEX_TYPE_2D, W, H, 0,
                                                                     PF_BYTE_RGBA, TU_RENDERTARGET, 0, false, 4);
        RenderTarget* rt = rtt->getBuffer()->getRenderTarget();

        const bool screen = J.g("screen", 0) > 0.5f;
        const float aspect = (float)pw / (float)ph;
        const float PW = aspect >= 1 ? 1.0f : aspect, PH = aspect >= 1 ? 1.0f / aspect : 1.0f;
        const float bend = J.g("bend", 0), curl = J.g("curl", 0), fold = J.g("fold", 0), foldAt = J.g("fold_at", 0.5f);
        // page surface z(u,v), u,v in [0,1] (v down the page)
        auto zf = [&](float u, float v) {
            float x = (u - 0.5f) * PW;
            float z = bend * (x * x) * 4.0f;
            float c = (u + v) - 1.55f;
            if (c > 0) z += curl * c * c * 3.0f;
            z += fold * std::max(0.0f, 0.12f - std::fabs(v - foldAt)) * 2.0f;
            return z;
        };
        ManualObject* page = sm->createManualObject("pageobj" + sfx);
        makeMat("pagemat" + sfx, "page" + sfx, !screen, false, false, ColourValue::White, 0);
        page->begin("pagemat" + sfx, RenderOperation::OT_TRIANGLE_LIST);
        const int N = 48;
        for (int j = 0; j <= N; ++j)
            for (int i = 0; i <= N; ++i) {
                float u = (float)i / N, v = (float)j / N, e = 1.0f / N;
                Vector3 p((u - 0.5f) * PW, (0.5f - v) * PH, zf(u, v));
                Vector3 du(e * PW, 0, zf(u + e, v) - zf(u, v)), dv(0, -e * PH, zf(u, v + e) - zf(u, v));
                Vector3 n = du.crossProduct(dv).normalisedCopy();
                if (n.z < 0) n = -n;
                page->position(p);
                page->normal(n);
                page->textureCoord(u, v);
            }
        for (int j = 0; j < N; ++j)
            for (int i = 0; i < N; ++i) {
                int a = j * (N + 1) + i, b = a + 1, c = a + N + 1, d = c + 1;
                page->triangle(a, c, b);
                page->triangle(b, c, d);
            }
        page->end();
        SceneNode* root3 = sm->getRootSceneNode();
        root3->createChildSceneNode()->attachObject(page);

        // desk / base / monitor body
        ManualObject* desk = sm->createManualObject("desk" + sfx);
        makeMat("deskmat" + sfx, "", true, false, false);
        desk->begin("deskmat" + sfx, RenderOperation::OT_TRIANGLE_LIST);
        float dr = J.g("desk_r", 0.55f), dg = J.g("desk_g", 0.42f), db = J.g("desk_b", 0.3f), grain = J.g("grain", 1);
        const int D = 60;
        for (int j = 0; j <= D; ++j)
            for (int i = 0; i <= D; ++i) {
                float x = -3.0f + 6.0f * i / D, y = -3.0f + 6.0f * j / D;
                float gtone = 1.0f + grain * 0.08f * std::sin(y * 23.0f + 3.0f * std::sin(x * 2.1f)) + 0.03f * (urand() - 0.5f);
                desk->position(x, y, screen ? -0.03f : -0.004f);
                desk->normal(0, 0, 1);
                desk->colour(ColourValue(dr * gtone, dg * gtone, db * gtone));
            }
        for (int j = 0; j < D; ++j)
            for (int i = 0; i < D; ++i) {
                int a = j * (D + 1) + i, b = a + 1, c = a + D + 1, d = c + 1;
                desk->triangle(a, c, b);
                desk->triangle(b, c, d);
            }
        desk->end();
        root3->createChildSceneNode()->attachObject(desk);

        if (screen) {
            // bezel and a subpixel grid over the page (moire once resampled by the camera)
            ManualObject* bz = sm->createManualObject("bezel" + sfx);
            makeMat("bezelmat" + sfx, "", false, false, false);
            bz->begin("bezelmat" + sfx, RenderOperation::OT_TRIANGLE_LIST);
            float bw = 0.06f;
            float rects[4][4] = {{-PW / 2 - bw, PH / 2, PW + 2 * bw, bw}, {-PW / 2 - bw, -PH / 2 - bw, PW + 2 * bw, bw},
                                 {-PW / 2 - bw, -PH / 2, bw, PH}, {PW / 2, -PH / 2, bw, PH}};
            int base = 0;
            for (auto& r : rects) {
                bz->position(r[0], r[1], 0.001f); bz->colour(0.06f, 0.06f, 0.07f);
                bz->position(r[0] + r[2], r[1], 0.001f); bz->colour(0.06f, 0.06f, 0.07f);
                bz->position(r[0] + r[2], r[1] + r[3], 0.001f); bz->colour(0.1f, 0.1f, 0.11f);
                bz->position(r[0], r[1] + r[3], 0.001f); bz->colour(0.1f, 0.1f, 0.11f);
                bz->quad(base, base + 1, base + 2, base + 3);
                base += 4;
            }
            bz->end();
            root3->createChildSceneNode()->attachObject(bz);
            TexturePtr grid = TextureManager::getSingleton().createManual("grid" + sfx, "General", TEX_TYPE_2D, 3, 3, 0, PF_BYTE_RGB);
            {
                unsigned char g[27];
                for (int y = 0; y < 3; ++y)
                    for (int x = 0; x < 3; ++x)
                        for (int c = 0; c < 3; ++c) g[(y * 3 + x) * 3 + c] = (y == 2) ? 150 : (x == c ? 255 : 170);
                Image gi;
                gi.loadDynamicImage(g, 3, 3, 1, PF_BYTE_RGB);
                grid->loadImage(gi);
            }
            Pass* p = MaterialManager::getSingleton().getByName("pagemat" + sfx)->getTechnique(0)->getPass(0);
            TextureUnitState* t2 = p->createTextureUnitState("grid" + sfx);
            t2->setTextureAddressingMode(TextureUnitState::TAM_WRAP);
            float rep = J.g("pixels", 900) / 3.0f;
            t2->setTextureScale(1.0f / rep, 1.0f / rep);
            t2->setTextureFiltering(TFO_NONE);
            t2->setColourOperation(LBO_MODULATE);
            p->setSelfIllumination(ColourValue::White);
        }

        // the thumb: a squashed sphere whose nail end lies over (thumb_u, thumb_v) of the page
        if (J.g("thumb", 0) > 0.5f) {
            float tu = J.g("thumb_u", 0.1f), tv = J.g("thumb_v", 0.5f), tr = J.g("thumb_r", 0.06f), ta = J.g("thumb_a", 0);
            ManualObject* th = sm->createManualObject("thumb" + sfx);
            makeMat("thumbmat" + sfx, "", true, false, false, ColourValue::White, 8);
            th->begin("thumbmat" + sfx, RenderOperation::OT_TRIANGLE_LIST);
            const int S = 24;
            for (int a = 0; a <= S; ++a)
                for (int b = 0; b <= S; ++b) {
                    float th1 = Math::PI * a / S, ph = 2 * Math::PI * b / S;
                    Vector3 n(std::sin(th1) * std::cos(ph), std::sin(th1) * std::sin(ph), std::cos(th1));
                    th->position(n.x * tr * 2.6f, n.y * tr, n.z * tr * 0.7f);
                    th->normal(n);
                    float nail = (n.x > 0.75f && n.z > 0.2f) ? 1.0f : 0.0f;
                    th->colour(ColourValue(0.86f + 0.08f * nail, 0.64f + 0.2f * nail, 0.52f + 0.22f * nail));
                }
            for (int a = 0; a < S; ++a)
                for (int b = 0; b < S; ++b) {
                    int i0 = a * (S + 1) + b, i1 = i0 + 1, i2 = i0 + S + 1, i3 = i2 + 1;
                    th->triangle(i0, i2, i1);
                    th->triangle(i1, i2, i3);
                }
            th->end();
            SceneNode* tn = root3->createChildSceneNode();
            tn->attachObject(th);
            // place so that the pad centre sits over (tu,tv), the rest trailing off the page edge
            tn->setPosition((tu - 0.5f) * PW - std::cos(ta) * tr * 1.6f, (0.5f - tv) * PH - std::sin(ta) * tr * 1.6f,
                            zf(tu, tv) + tr * 0.75f);
            tn->roll(Radian(ta));
        }

        // a sheet (folder, another paper) covering the page below v = cover_v
        if (J.g("cover", 0) > 0.5f) {
            float cv = J.g("cover_v", 0.85f);
            ManualObject* cov = sm->createManualObject("cover" + sfx);
            makeMat("covermat" + sfx, "", true, false, false);
            cov->begin("covermat" + sfx, RenderOperation::OT_TRIANGLE_LIST);
            float y0 = (0.5f - cv) * PH, tilt = J.g("cover_tilt", 0.05f);
            float zc = 0.02f + std::max(0.0f, bend) * PW * PW + std::max(0.0f, curl) * 1.5f;
            ColourValue cc(J.g("cover_r", 0.2f), J.g("cover_g", 0.35f), J.g("cover_b", 0.6f));
            cov->position(-PW, y0 + tilt, zc); cov->normal(0, 0, 1); cov->colour(cc);
            cov->position(PW, y0 - tilt, zc); cov->normal(0, 0, 1); cov->colour(cc);
            cov->position(PW, -PH * 1.5f, zc); cov->normal(0, 0, 1); cov->colour(cc);
            cov->position(-PW, -PH * 1.5f, zc); cov->normal(0, 0, 1); cov->colour(cc);
            cov->quad(0, 1, 2, 3);
            cov->end();
            root3->createChildSceneNode()->attachObject(cov);
        }

        // sleeve: a glossy transparent sheet over the page, and an additive glare patch
        if (J.g("sleeve", 0) > 0.5f) {
            float zs = 0.008f + std::max(0.0f, bend) * PW * PW;
            ManualObject* sl = sm->createManualObject("sleeve" + sfx);
            MaterialPtr m = makeMat("sleevemat" + sfx, "", true, true, false, ColourValue(0.9f, 0.92f, 0.95f, 0.12f), 60);
            m->getTechnique(0)->getPass(0)->setVertexColourTracking(TVC_NONE);
            sl->begin("sleevemat" + sfx, RenderOperation::OT_TRIANGLE_LIST);
            float m2 = 0.03f;
            sl->position(-PW / 2 - m2, PH / 2 + m2, zs); sl->normal(0, 0, 1);
            sl->position(PW / 2 + m2, PH / 2 + m2, zs); sl->normal(0, 0, 1);
            sl->position(PW / 2 + m2, -PH / 2 - m2, zs); sl->normal(0, 0, 1);
            sl->position(-PW / 2 - m2, -PH / 2 - m2, zs); sl->normal(0, 0, 1);
            sl->quad(0, 3, 2, 1);
            sl->end();
            root3->createChildSceneNode()->attachObject(sl);
            float gu = J.g("glare_u", 0.5f), gv = J.g("glare_v", 0.5f), gw = J.g("glare_w", 0.2f), gh = J.g("glare_h", 0.08f);
            ManualObject* gl = sm->createManualObject("glare" + sfx);
            makeMat("glaremat" + sfx, "", false, true, true);
            gl->begin("glaremat" + sfx, RenderOperation::OT_TRIANGLE_LIST);
            const int G = 16;
            for (int j = 0; j <= G; ++j)
                for (int i = 0; i <= G; ++i) {
                    float a = 2.0f * i / G - 1, b = 2.0f * j / G - 1;
                    float r2 = a * a + b * b;
                    float inten = r2 < 0.45f ? 1.0f : std::max(0.0f, 1.0f - (r2 - 0.45f) * 2.2f);
                    float u = gu + a * gw / 2 * 1.6f, v = gv + b * gh / 2 * 1.6f;
                    gl->position((u - 0.5f) * PW, (0.5f - v) * PH, zs + 0.001f);
                    gl->colour(ColourValue(inten, inten, inten * 0.97f));
                }
            for (int j = 0; j < G; ++j)
                for (int i = 0; i < G; ++i) {
                    int a = j * (G + 1) + i, b = a + 1, c = a + G + 1, d = c + 1;
                    gl->triangle(a, c, b);
                    gl->triangle(b, c, d);
                }
            gl->end();
            root3->createChildSceneNode()->attachObject(gl);
        }

        float amb = J.g("ambient", 0.45f);
        sm->setAmbientLight(ColourValue(amb, amb, amb * J.g("warm", 0.95f)));
        Light* L = sm->createLight("light" + sfx);
        L->setType(Light::LT_POINT);
        L->setDiffuseColour(J.g("lr", 0.75f), J.g("lg", 0.72f), J.g("lb", 0.66f));
        L->setSpecularColour(0.6f, 0.6f, 0.6f);
        SceneNode* ln = root3->createChildSceneNode();
        ln->attachObject(L);
        ln->setPosition(J.g("lx", 0.6f), J.g("ly", 0.8f), J.g("lz", 1.6f));

        Camera* cam = sm->createCamera("cam" + sfx);
        cam->setNearClipDistance(0.02f);
        cam->setFarClipDistance(20);
        cam->setFOVy(Degree(J.g("fov", 55)));
        cam->setAspectRatio((float)W / H);
        SceneNode* cn = root3->createChildSceneNode();
        cn->attachObject(cam);
        float dist = J.g("dist", 1.4f), tilt = J.g("tilt", 10) * Math::PI / 180, yaw = J.g("yaw", 0) * Math::PI / 180;
        Vector3 target(J.g("look_x", 0), J.g("look_y", 0), 0);
        cn->setPosition(target + Vector3(dist * std::sin(tilt) * std::sin(yaw), -dist * std::sin(tilt) * std::cos(yaw), dist * std::cos(tilt)));
        cn->lookAt(target, Node::TS_WORLD);
        cn->roll(Degree(J.g("roll", 0)));

        Viewport* vp = rt->addViewport(cam);
        vp->setBackgroundColour(ColourValue(0.1f, 0.1f, 0.1f));
        vp->setOverlaysEnabled(false);
        rt->update();
        std::vector<unsigned char> outbuf((size_t)W * H * 3);
        PixelBox pb(W, H, 1, PF_BYTE_RGB, outbuf.data());
        rt->copyContentsToMemory(Box(0, 0, W, H), pb, RenderTarget::FB_AUTO);
        writePPM(out, outbuf.data(), W, H);

        rt->removeAllViewports();
        sm->clearScene();
        sm->destroyAllCameras();
        sm->destroyAllLights();
        sm->destroyAllManualObjects();
        for (const char* m : {"pagemat", "deskmat", "bezelmat", "thumbmat", "covermat", "sleevemat", "glaremat"})
            if (MaterialManager::getSingleton().resourceExists(m + sfx, "General"))
                MaterialManager::getSingleton().remove(m + sfx, "General");
        for (const char* t : {"page", "grid", "rtt"})
            if (TextureManager::getSingleton().resourceExists(t + sfx, "General"))
                TextureManager::getSingleton().remove(t + sfx, "General");
        std::cout << "ok " << out << std::endl;
    }
    delete root;
    return 0;
}
