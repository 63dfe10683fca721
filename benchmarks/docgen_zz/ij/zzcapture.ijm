// Family ZZ's scans, photocopies, copies of copies, faxes, scanner-app output, chat forwards and the
// finishing of rendered photos, as ImageJ macro pipelines (one ImageJ per generate call, batch mode).
// Argument: a job file, one job per line: in|out|pipeline|seed|k=v;k=v...
setBatchMode(true);
jobs = split(File.openAsString(getArgument()), "\n");
for (j = 0; j < jobs.length; j++) {
    if (lengthOf(jobs[j]) < 3) continue;
    f = split(jobs[j], "|");
    inp = f[0]; out = f[1]; pipe = f[2]; seed = parseInt(f[3]);
    P = newArray(0);
    if (f.length > 4) P = split(f[4], ";");
    random("seed", seed);
    open(inp);
    if (pipe == "flatbed") flatbed(P);
    else if (pipe == "photocopy") photocopy(P, 1);
    else if (pipe == "copy_of_copy") { photocopy(P, 1); w = getWidth(); h = getHeight(); run("Size...", "width=" + round(w * 0.8) + " height=" + round(h * 0.8) + " interpolation=Bilinear average"); run("Size...", "width=" + w + " height=" + h + " interpolation=Bicubic"); photocopy(P, 2); }
    else if (pipe == "fax") fax(P);
    else if (pipe == "scanner_app") scannerApp(P);
    else if (pipe == "chat_forward") chat(P);
    else if (pipe == "photo") photo(P);
    save(out, P);
    close("*");
    print("ok " + out);
}

function par(P, k, d) {
    for (i = 0; i < P.length; i++) { kv = split(P[i], "="); if (kv[0] == k) return parseFloat(kv[1]); }
    return d;
}

function rot(a) {
    setBackgroundColor(255, 255, 255);
    run("Rotate... ", "angle=" + a + " grid=1 interpolation=Bilinear fill");
}

function flatbed(P) {
    rot(par(P, "rot", 0));
    run("Gaussian Blur...", "sigma=" + par(P, "blur", 0.6));
    run("Add Specified Noise...", "standard=" + par(P, "noise", 3));
    if (par(P, "grey", 0) > 0) run("8-bit");
}

function specks(n) {
    setColor(30, 30, 30);
    for (i = 0; i < n; i++) { x = random() * getWidth(); y = random() * getHeight(); r = 1 + random() * 3; fillOval(x, y, r, r); }
}

function photocopy(P, pass) {
    run("8-bit");
    rot(par(P, "rot", 0.8) / pass);
    run("Gaussian Blur...", "sigma=" + (par(P, "blur", 0.9) * pass));
    run("Enhance Contrast...", "saturated=" + (par(P, "gain", 2) * pass));
    run("Add Specified Noise...", "standard=" + par(P, "noise", 5));
    specks(par(P, "specks", 40));
    // the lid's dark band along one edge
    e = par(P, "edge", 0);
    if (e > 0) { setColor(70, 70, 70); fillRect(getWidth() - e, 0, e, getHeight()); }
}

function fax(P) {
    run("8-bit");
    rot(par(P, "rot", 0.5));
    w = getWidth(); h = getHeight();
    fw = par(P, "fw", 1728); fh = round(h * fw / w * par(P, "yres", 98) / 204);
    run("Size...", "width=" + fw + " height=" + fh + " interpolation=Bilinear average");
    run("Enhance Contrast...", "saturated=1");
    if (par(P, "dither", 0) > 0) bayer(); else { setThreshold(0, par(P, "thr", 150)); run("Convert to Mask"); run("Invert LUT"); }
    // the receiving machine prints at 204x196: every line doubled when sent at 98 lpi
    run("Size...", "width=" + fw + " height=" + round(fh * 196 / par(P, "yres", 98)) + " interpolation=None");
    // the sender's header line
    setColor(0); setFont("Monospaced", 22);
    drawString(replace(par2(P, "hdr"), "_", " "), 20, 28);
    // transmission streaks: a few lines dropped to white
    setColor(255);
    for (i = 0; i < par(P, "streaks", 2); i++) { y = round(random() * getHeight()); fillRect(0, y, getWidth(), 1 + floor(random() * 2)); }
}

function par2(P, k) {
    for (i = 0; i < P.length; i++) { kv = split(P[i], "="); if (kv[0] == k) return kv[1]; }
    return "";
}

function bayer() {
    // our own 4x4 ordered dither of the grey page (the fax's halftone mode)
    M = newArray(0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5);
    w = getWidth(); h = getHeight();
    for (y = 0; y < h; y++) for (x = 0; x < w; x++) {
        v = getPixel(x, y);
        t = (M[(y % 4) * 4 + (x % 4)] + 0.5) * 16;
        if (v > t) putPixel(x, y, 255); else putPixel(x, y, 0);
    }
}

function scannerApp(P) {
    rot(par(P, "rot", 0.3));
    run("Gaussian Blur...", "sigma=" + par(P, "blur", 0.7));
    if (par(P, "grey", 0) > 0) run("8-bit");
    run("Enhance Contrast...", "saturated=" + par(P, "gain", 1.5));
    run("Unsharp Mask...", "radius=" + par(P, "usr", 2) + " mask=" + par(P, "usm", 0.6));
    run("Add Specified Noise...", "standard=" + par(P, "noise", 2));
}

function chat(P) {
    w = getWidth(); h = getHeight(); m = par(P, "max", 1280);
    s = m / maxOf(w, h);
    if (s < 1) run("Size...", "width=" + round(w * s) + " height=" + round(h * s) + " interpolation=Bilinear average");
    run("Add Specified Noise...", "standard=" + par(P, "noise", 2));
    hops = par(P, "hops", 2);
    tmp = getDirectory("temp") + "zz_chat_" + getTitle() + ".jpg";
    for (k = 1; k < hops; k++) {
        run("Input/Output...", "jpeg=" + par(P, "q", 70));
        saveAs("Jpeg", tmp); close(); open(tmp);
        w = getWidth(); h = getHeight();
        run("Size...", "width=" + round(w * 0.92) + " height=" + round(h * 0.92) + " interpolation=Bilinear average");
    }
    File.delete(tmp);
}

function photo(P) {
    run("Gaussian Blur...", "sigma=" + par(P, "blur", 0.8));
    run("Add Specified Noise...", "standard=" + par(P, "noise", 4));
    run("Unsharp Mask...", "radius=" + par(P, "usr", 1.5) + " mask=" + par(P, "usm", 0.4));
    g = par(P, "gamma", 1);
    if (g != 1) run("Gamma...", "value=" + g);
}

function save(out, P) {
    if (endsWith(out, ".jpg")) { run("Input/Output...", "jpeg=" + par(P, "q", 88)); saveAs("Jpeg", out); }
    else if (endsWith(out, ".tif")) saveAs("Tiff", out);
    else saveAs("PNG", out);
}
