/* A stand-in for a vendor ID-card SDK (sdtapi + termb entry points) for the tests.
 *
 * Compiled by the test with gcc into a shared library and loaded through the product's real
 * ctypes helper process. Behaviour is steered by environment variables read at call time:
 *   FAKE_IDCARD_PORT   the only port that opens (default 1001 = USB1)
 *   FAKE_IDCARD_TEXT   path of a 256-byte text block (sdtapi); absent file = no card
 *   FAKE_IDCARD_PHOTO  path of the 1024-byte WLT (optional)
 *   FAKE_TERMB_FIELDS  path of "Getter=value" lines, values in GBK (termb); absent = no card
 *   FAKE_IDCARD_MODE   "crash_read" (segfault in the read), "hang_read" (never returns),
 *                      "crash_open", "select_fail", "noisy" (prints to stdout)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int opened = 0;

static const char *mode(void) { const char *m = getenv("FAKE_IDCARD_MODE"); return m ? m : ""; }
static int want_port(void) { const char *p = getenv("FAKE_IDCARD_PORT"); return p ? atoi(p) : 1001; }

static void misbehave(void) {
    if (strcmp(mode(), "crash_read") == 0) { volatile int *p = NULL; *p = 42; }
    if (strcmp(mode(), "hang_read") == 0) { for (;;) sleep(1); }
    if (strcmp(mode(), "noisy") == 0) { printf("vendor debug output on stdout\n"); fflush(stdout); }
}

static long slurp(const char *env, unsigned char *buf, long cap) {
    const char *path = getenv(env);
    if (!path) return -1;
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    long n = (long)fread(buf, 1, (size_t)cap, f);
    fclose(f);
    return n;
}

/* ---- sdtapi ---------------------------------------------------------------------------- */
int SDT_OpenPort(int port) {
    if (strcmp(mode(), "crash_open") == 0) { volatile int *p = NULL; *p = 1; }
    if (port != want_port()) return 0x01;
    opened = port;
    return 0x90;
}
int SDT_ClosePort(int port) { (void)port; opened = 0; return 0x90; }
int SDT_StartFindIDCard(int port, unsigned char *iin, int ifopen) {
    unsigned char tmp[256];
    (void)ifopen;
    if (port != opened) return 0x01;
    if (slurp("FAKE_IDCARD_TEXT", tmp, sizeof tmp) < 0) return 0x80;
    memset(iin, 0, 4);
    return 0x9F;
}
int SDT_SelectIDCard(int port, unsigned char *sn, int ifopen) {
    (void)ifopen;
    if (port != opened) return 0x01;
    if (strcmp(mode(), "select_fail") == 0) return 0x81;
    memset(sn, 0, 8);
    return 0x90;
}
int SDT_ReadBaseMsg(int port, unsigned char *ch, unsigned int *chlen, unsigned char *ph, unsigned int *phlen, int ifopen) {
    (void)ifopen;
    if (port != opened) return 0x01;
    misbehave();
    long n = slurp("FAKE_IDCARD_TEXT", ch, 256);
    if (n < 0) return 0x41;
    *chlen = (unsigned int)n;
    long p = slurp("FAKE_IDCARD_PHOTO", ph, 1024);
    *phlen = p < 0 ? 0 : (unsigned int)p;
    return 0x90;
}
int SDT_ReadNewAppMsg(int port, unsigned char *buf, unsigned int *len, int ifopen) {
    (void)port; (void)buf; (void)len; (void)ifopen;
    return 0x91;
}
int SDT_GetSAMIDToStr(int port, char *out, int ifopen) {
    (void)port; (void)ifopen;
    strcpy(out, "05.01-20111114-0008236483-2147485175");
    return 0x90;
}

/* ---- termb ----------------------------------------------------------------------------- */
static char fields[4096];
static int have_fields = 0;

int CVR_InitComm(int port) {
    if (strcmp(mode(), "crash_open") == 0) { volatile int *p = NULL; *p = 1; }
    if (port != want_port()) return 2;
    opened = port;
    return 1;
}
int CVR_CloseComm(void) { opened = 0; return 1; }
int CVR_Authenticate(void) {
    unsigned char tmp[16];
    if (!opened) return 4;
    if (slurp("FAKE_TERMB_FIELDS", tmp, sizeof tmp) < 0) return 2;
    if (strcmp(mode(), "select_fail") == 0) return 3;
    return 1;
}
int CVR_Read_Content(int active) {
    (void)active;
    misbehave();
    long n = slurp("FAKE_TERMB_FIELDS", (unsigned char *)fields, sizeof fields - 1);
    if (n < 0) return 0;
    fields[n] = 0;
    have_fields = 1;
    /* like the real termb: leave the text and the photo in the working directory */
    FILE *wz = fopen("wz.txt", "wb");
    if (wz) { fwrite(fields, 1, (size_t)n, wz); fclose(wz); }
    FILE *zp = fopen("zp.bmp", "wb");
    if (zp) { fputs("BM fake photo", zp); fclose(zp); }
    return 1;
}
static int getter(const char *key, char *buf, int *len) {
    if (!have_fields) return 0;
    size_t k = strlen(key);
    char *line = fields;
    while (line && *line) {
        char *end = strchr(line, '\n');
        size_t ll = end ? (size_t)(end - line) : strlen(line);
        if (ll > k && strncmp(line, key, k) == 0 && line[k] == '=') {
            size_t vl = ll - k - 1;
            memcpy(buf, line + k + 1, vl);
            buf[vl] = 0;
            *len = (int)vl;
            return 1;
        }
        line = end ? end + 1 : NULL;
    }
    return 0;
}
int GetPeopleName(char *b, int *l) { return getter("GetPeopleName", b, l); }
int GetPeopleSex(char *b, int *l) { return getter("GetPeopleSex", b, l); }
int GetPeopleNation(char *b, int *l) { return getter("GetPeopleNation", b, l); }
int GetPeopleBirthday(char *b, int *l) { return getter("GetPeopleBirthday", b, l); }
int GetPeopleAddress(char *b, int *l) { return getter("GetPeopleAddress", b, l); }
int GetPeopleIDCode(char *b, int *l) { return getter("GetPeopleIDCode", b, l); }
int GetDepartment(char *b, int *l) { return getter("GetDepartment", b, l); }
int GetStartDate(char *b, int *l) { return getter("GetStartDate", b, l); }
int GetEndDate(char *b, int *l) { return getter("GetEndDate", b, l); }
int GetCertType(char *b, int *l) { return getter("GetCertType", b, l); }
int GetPassCheckID(char *b, int *l) { return getter("GetPassCheckID", b, l); }
int GetIssuesNum(char *b, int *l) { return getter("GetIssuesNum", b, l); }
int CVR_GetSAMID(char *out) { strcpy(out, "05.01-20111114-0008236483-2147485175"); return 1; }
