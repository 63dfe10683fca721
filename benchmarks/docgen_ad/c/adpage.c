/* Family AD's page drawer: Allegro 5 memory bitmaps, no display.
 * Reads one drawing command per stdin line (written by benchmarks/docgen_ad/layout.py), draws with the
 * TTF addon (glyphs placed one by one at the layout's own positions, rotated by a transform) and the
 * primitives addon (lines, rectangles, circles, ellipses, polylines, polygons, QR modules), and writes
 * each page with al_save_bitmap (PNG).  Prints "ok <path>" per page written so the caller can stream.
 *
 *   P w h r g b             new page, cleared to a colour
 *   F id size path          load a TrueType face at an em size in pixels (kept for the whole run)
 *   T fid r g b a ang x y n cp dx cp dx ...   glyphs on a baseline through (x,y) rotated by ang (rad)
 *   L x1 y1 x2 y2 r g b a th / R ... (th<=0 filled) / C cx cy rad r g b a th / E cx cy rx ry r g b a th
 *   S n x y ... r g b a th  polyline      G n x y ... r g b a  filled polygon
 *   Q x y module n bits     QR modules (bits: n*n of 0/1)
 *   W path                  save the page and free it
 */
#include <allegro5/allegro.h>
#include <allegro5/allegro_font.h>
#include <allegro5/allegro_ttf.h>
#include <allegro5/allegro_primitives.h>
#include <allegro5/allegro_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXF 256
static ALLEGRO_FONT *fonts[MAXF];

static ALLEGRO_COLOR col(int r, int g, int b, int a) {
    float fa = a / 255.0f;
    return al_map_rgba_f(r / 255.0f * fa, g / 255.0f * fa, b / 255.0f * fa, fa);
}

static char *tok(char **s) { return strtok_r(NULL, " \n", s); }
static double num(char **s) { char *t = tok(s); return t ? atof(t) : 0.0; }

int main(void) {
    if (!al_init() || !al_init_font_addon() || !al_init_ttf_addon() || !al_init_primitives_addon() ||
        !al_init_image_addon()) {
        fprintf(stderr, "allegro init failed\n");
        return 2;
    }
    al_set_new_bitmap_flags(ALLEGRO_MEMORY_BITMAP | ALLEGRO_MIN_LINEAR | ALLEGRO_MAG_LINEAR);
    al_set_new_bitmap_format(ALLEGRO_PIXEL_FORMAT_ABGR_8888);
    ALLEGRO_BITMAP *page = NULL;
    char *line = NULL;
    size_t cap = 0;
    ALLEGRO_TRANSFORM ident;
    al_identity_transform(&ident);
    while (getline(&line, &cap, stdin) > 0) {
        char *sv = NULL;
        char *op = strtok_r(line, " \n", &sv);
        if (!op) continue;
        if (op[0] == 'P') {
            int w = (int)num(&sv), h = (int)num(&sv);
            int r = (int)num(&sv), g = (int)num(&sv), b = (int)num(&sv);
            page = al_create_bitmap(w, h);
            if (!page) { fprintf(stderr, "bitmap %dx%d failed\n", w, h); return 3; }
            al_set_target_bitmap(page);
            al_clear_to_color(al_map_rgb(r, g, b));
            al_set_blender(ALLEGRO_ADD, ALLEGRO_ONE, ALLEGRO_INVERSE_ALPHA);
        } else if (op[0] == 'F') {
            int id = (int)num(&sv); int size = (int)num(&sv);
            char *path = tok(&sv);
            if (id >= 0 && id < MAXF && !fonts[id]) {
                fonts[id] = al_load_ttf_font(path, size, 0);
                if (!fonts[id]) { fprintf(stderr, "font %s failed\n", path); return 4; }
            }
        } else if (op[0] == 'T') {
            int fid = (int)num(&sv);
            int r = (int)num(&sv), g = (int)num(&sv), b = (int)num(&sv), a = (int)num(&sv);
            double ang = num(&sv), x = num(&sv), y = num(&sv);
            int n = (int)num(&sv);
            ALLEGRO_FONT *f = fonts[fid];
            ALLEGRO_TRANSFORM t;
            al_identity_transform(&t);
            al_rotate_transform(&t, (float)ang);
            al_translate_transform(&t, (float)x, (float)y);
            al_use_transform(&t);
            float asc = (float)al_get_font_ascent(f);
            ALLEGRO_COLOR c = col(r, g, b, a);
            for (int i = 0; i < n; i++) {
                int cp = (int)num(&sv); double dx = num(&sv);
                al_draw_glyph(f, c, (float)dx, -asc, cp);
            }
            al_use_transform(&ident);
        } else if (op[0] == 'L' || op[0] == 'R' || op[0] == 'C' || op[0] == 'E') {
            double v[4];
            int nv = (op[0] == 'C') ? 3 : 4;
            for (int i = 0; i < nv; i++) v[i] = num(&sv);
            int r = (int)num(&sv), g = (int)num(&sv), b = (int)num(&sv), a = (int)num(&sv);
            float th = (float)num(&sv);
            ALLEGRO_COLOR c = col(r, g, b, a);
            if (op[0] == 'L') al_draw_line(v[0], v[1], v[2], v[3], c, th);
            else if (op[0] == 'R') { if (th <= 0) al_draw_filled_rectangle(v[0], v[1], v[2], v[3], c); else al_draw_rectangle(v[0], v[1], v[2], v[3], c, th); }
            else if (op[0] == 'C') { if (th <= 0) al_draw_filled_circle(v[0], v[1], v[2], c); else al_draw_circle(v[0], v[1], v[2], c, th); }
            else { if (th <= 0) al_draw_filled_ellipse(v[0], v[1], v[2], v[3], c); else al_draw_ellipse(v[0], v[1], v[2], v[3], c, th); }
        } else if (op[0] == 'S' || op[0] == 'G') {
            int n = (int)num(&sv);
            float *pts = malloc(sizeof(float) * 2 * (n > 0 ? n : 1));
            for (int i = 0; i < 2 * n; i++) pts[i] = (float)num(&sv);
            int r = (int)num(&sv), g = (int)num(&sv), b = (int)num(&sv), a = (int)num(&sv);
            ALLEGRO_COLOR c = col(r, g, b, a);
            if (op[0] == 'S') {
                float th = (float)num(&sv);
                al_draw_polyline(pts, 2 * sizeof(float), n, ALLEGRO_LINE_JOIN_ROUND, ALLEGRO_LINE_CAP_ROUND, c, th, 1.0f);
            } else {
                /* the triangulator wants one winding: reverse the other */
                double area = 0;
                for (int i = 0; i < n; i++) {
                    int j = (i + 1) % n;
                    area += (double)pts[2 * i] * pts[2 * j + 1] - (double)pts[2 * j] * pts[2 * i + 1];
                }
                if (area > 0)
                    for (int i = 0; i < n / 2; i++)
                        for (int k = 0; k < 2; k++) {
                            float t = pts[2 * i + k];
                            pts[2 * i + k] = pts[2 * (n - 1 - i) + k];
                            pts[2 * (n - 1 - i) + k] = t;
                        }
                al_draw_filled_polygon(pts, n, c);
            }
            free(pts);
        } else if (op[0] == 'Q') {
            double x = num(&sv), y = num(&sv), m = num(&sv);
            int n = (int)num(&sv);
            char *bits = tok(&sv);
            ALLEGRO_COLOR c = al_map_rgb(10, 10, 10);
            for (int j = 0; j < n; j++)
                for (int i = 0; i < n; i++)
                    if (bits && bits[j * n + i] == '1')
                        al_draw_filled_rectangle(x + i * m, y + j * m, x + (i + 1) * m, y + (j + 1) * m, c);
        } else if (op[0] == 'W') {
            char *path = tok(&sv);
            if (!page || !al_save_bitmap(path, page)) { fprintf(stderr, "save %s failed\n", path ? path : "?"); return 5; }
            al_destroy_bitmap(page);
            page = NULL;
            printf("ok %s\n", path);
            fflush(stdout);
        }
    }
    free(line);
    return 0;
}
