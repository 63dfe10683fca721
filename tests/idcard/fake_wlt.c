/* A stand-in WLT decoder for the tests (the real one is a vendor library we cannot ship).
 * wlt2bmpBuffer(wlt, out, key): writes a 102x126 24-bit BMP whose pixels repeat the WLT bytes.
 * FAKE_WLT_MODE=fail returns -1 and writes nothing; =crash dereferences NULL. */
#include <stdlib.h>
#include <string.h>

static void le32(unsigned char *p, unsigned v) { p[0] = v; p[1] = v >> 8; p[2] = v >> 16; p[3] = v >> 24; }

int wlt2bmpBuffer(const unsigned char *wlt, unsigned char *out, int key) {
    const char *mode = getenv("FAKE_WLT_MODE");
    (void)key;
    if (mode && strcmp(mode, "crash") == 0) { volatile int *p = NULL; *p = 7; }
    if (mode && strcmp(mode, "fail") == 0) return -1;
    const unsigned w = 102, h = 126, row = 308, size = 54 + row * h;
    memset(out, 0, size);
    out[0] = 'B'; out[1] = 'M'; le32(out + 2, size); le32(out + 10, 54);
    le32(out + 14, 40); le32(out + 18, w); le32(out + 22, h); out[26] = 1; out[28] = 24; le32(out + 34, row * h);
    for (unsigned i = 0; i < row * h; i++) out[54 + i] = wlt[i % 1024];
    return 1;
}
