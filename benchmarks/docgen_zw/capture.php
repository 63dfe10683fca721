<?php
// Family ZW's scans, photocopies, copies of copies, faxes, scanner-app output, chat forwards and the finishing
// of the Godot photos, as PHP GD pipelines: one process per generate call, one JSON job per stdin line,
// one JSON line back. Randomness is PHP's seeded Mersenne Twister (mt_srand per job), so a job is reproducible.
error_reporting(E_ERROR | E_PARSE);
require_once('/usr/share/php/tcpdf/tcpdf.php');

class ZPDF extends TCPDF {
    public function fixId($s) { $this->file_id = md5(basename($s)); }
}

function load($p) { $im = imagecreatefrompng($p); imagealphablending($im, true); return $im; }
function blank($w, $h, $c) { $im = imagecreatetruecolor($w, $h); imagefill($im, 0, 0, imagecolorallocate($im, $c[0], $c[1], $c[2])); return $im; }

// a tile of seeded noise laid over the whole image: sensor grain, toner dust, paper fibre
function noise($im, $amp, $tile = 192) {
    if ($amp <= 0) { return; }
    $t = imagecreatetruecolor($tile, $tile);
    imagesavealpha($t, true); imagealphablending($t, false);
    for ($y = 0; $y < $tile; $y++) {
        for ($x = 0; $x < $tile; $x++) {
            $v = mt_rand(0, 255);
            $a = 127 - (int)($amp * mt_rand(0, 127) / 100);
            imagesetpixel($t, $x, $y, imagecolorallocatealpha($t, $v, $v, $v, max(0, min(127, $a))));
        }
    }
    imagealphablending($im, true);
    $W = imagesx($im); $H = imagesy($im);
    for ($y = 0; $y < $H; $y += $tile) { for ($x = 0; $x < $W; $x += $tile) { imagecopy($im, $t, $x, $y, 0, 0, $tile, $tile); } }
    imagedestroy($t);
}

function speckle($im, $n, $dark = true) {
    $W = imagesx($im); $H = imagesy($im);
    for ($k = 0; $k < $n; $k++) {
        $c = $dark ? mt_rand(0, 70) : mt_rand(200, 255);
        $col = imagecolorallocate($im, $c, $c, $c);
        $r = mt_rand(1, 3);
        imagefilledellipse($im, mt_rand(0, $W - 1), mt_rand(0, $H - 1), $r, $r, $col);
    }
}

function resize($im, $w, $h) {
    $o = imagecreatetruecolor(max(1, (int)$w), max(1, (int)$h));
    imagecopyresampled($o, $im, 0, 0, 0, 0, (int)$w, (int)$h, imagesx($im), imagesy($im));
    return $o;
}

function rotate($im, $deg, $bg) {
    $c = imagecolorallocate($im, $bg[0], $bg[1], $bg[2]);
    $o = imagerotate($im, $deg, $c);
    return $o;
}

// the page on the scanner's glass: a card is placed on a larger lid-white canvas
function on_glass($im, $job) {
    if (empty($job['glass'])) { return $im; }
    [$gw, $gh, $ox, $oy, $lid] = $job['glass'];
    $o = blank($gw, $gh, $lid);
    imagecopy($o, $im, $ox, $oy, 0, 0, imagesx($im), imagesy($im));
    return $o;
}

// grey levels through a curve: gamma, black point, white point
function levels($im, $black, $white, $gamma) {
    $lut = [];
    for ($i = 0; $i < 256; $i++) {
        $v = max(0, min(1, ($i - $black) / max(1, $white - $black)));
        $lut[$i] = (int)round(255 * pow($v, $gamma));
    }
    imagefilter($im, IMG_FILTER_GRAYSCALE);
    imagetruecolortopalette($im, false, 256);
    for ($k = 0; $k < imagecolorstotal($im); $k++) {
        $c = imagecolorsforindex($im, $k);
        $g = $lut[$c['red']];
        imagecolorset($im, $k, $g, $g, $g);
    }
    imagepalettetotruecolor($im);
    return $im;
}

// 1-bit: a fixed threshold or Floyd–Steinberg error diffusion, written pixel by pixel
function binarise($im, $mode, $thr) {
    $W = imagesx($im); $H = imagesy($im);
    imagefilter($im, IMG_FILTER_GRAYSCALE);
    $o = imagecreate($W, $H);
    $white = imagecolorallocate($o, 255, 255, 255); $black = imagecolorallocate($o, 0, 0, 0);
    $err = array_fill(0, $W + 2, 0.0); $next = array_fill(0, $W + 2, 0.0);
    for ($y = 0; $y < $H; $y++) {
        for ($x = 0; $x < $W; $x++) {
            $g = imagecolorat($im, $x, $y) & 0xFF;
            if ($mode == 'fs') {
                $v = $g + $err[$x + 1];
                $b = $v < $thr ? 0 : 255;
                $e = $v - $b;
                $err[$x + 2] += $e * 7 / 16; $next[$x] += $e * 3 / 16; $next[$x + 1] += $e * 5 / 16; $next[$x + 2] += $e / 16;
            } else {
                $b = $g < $thr + (($x * 7 + $y * 13) % 9) - 4 ? 0 : 255;
            }
            if ($b == 0) { imagesetpixel($o, $x, $y, $black); }
        }
        if ($mode == 'fs') { $err = $next; $next = array_fill(0, $W + 2, 0.0); }
    }
    return $o;
}

function header_line($im, $text, $font, $size) {
    $col = imagecolorallocate($im, 0, 0, 0);
    imagettftext($im, $size, 0, 12, (int)($size * 1.6), $col, $font, $text);
}

function save($im, $job) {
    $f = $job['format']; $p = $job['out'];
    if ($f == 'png') { imagepng($im, $p, 6); }
    elseif ($f == 'webp') { imagewebp($im, $p, $job['quality']); }
    elseif ($f == 'pdf') {  // scanner-app output: the JPEG wrapped in a PDF page by TCPDF
        $tmp = $p . '.jpg';
        imagejpeg($im, $tmp, $job['quality']);
        $W = imagesx($im); $H = imagesy($im); $dpi = $job['dpi'];
        $w = $W / $dpi * 25.4; $h = $H / $dpi * 25.4;
        $pdf = new ZPDF($w > $h ? 'L' : 'P', 'mm', [$w, $h], true, 'UTF-8', false);
        $pdf->fixId($p);
        $pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false, 0);
        $pdf->setDocCreationTimestamp(1700000000); $pdf->setDocModificationTimestamp(1700000000);
        $pdf->AddPage(); $pdf->Image($tmp, 0, 0, $w, $h, 'JPG');
        $pdf->Output($p, 'F'); unlink($tmp);
    } else {
        for ($k = 0; $k < $job['jpeg_passes'] - 1; $k++) {  // a chat forward re-encoded on every hop
            ob_start(); imagejpeg($im, null, $job['quality'] + 8 * ($job['jpeg_passes'] - 1 - $k)); $data = ob_get_clean();
            $im = imagecreatefromstring($data);
        }
        imagejpeg($im, $p, $job['quality']);
    }
}

function scan($im, $job) {
    $im = on_glass($im, $job);
    $im = rotate($im, $job['angle'], $job['lid']);
    if ($job['blur'] > 0) { for ($k = 0; $k < $job['blur']; $k++) { imagefilter($im, IMG_FILTER_GAUSSIAN_BLUR); } }
    imagefilter($im, IMG_FILTER_COLORIZE, $job['tint'][0], $job['tint'][1], $job['tint'][2]);
    imagefilter($im, IMG_FILTER_CONTRAST, $job['contrast']);
    imagefilter($im, IMG_FILTER_BRIGHTNESS, $job['brightness']);
    noise($im, $job['noise']);
    return $im;
}

function photocopy($im, $job, $pass) {
    $im = on_glass($im, $job);
    $im = rotate($im, $job['angle'] * ($pass + 1), [255, 255, 255]);
    if ($pass > 0) { $W = imagesx($im); $H = imagesy($im); $im = resize(resize($im, $W * 0.6, $H * 0.6), $W, $H); }
    imagefilter($im, IMG_FILTER_GAUSSIAN_BLUR);
    $im = levels($im, $job['black'] + 10 * $pass, $job['white'] - 12 * $pass, $job['gamma']);
    // the copier's uneven drum: a darker band along one edge
    $W = imagesx($im); $H = imagesy($im);
    $band = imagecolorallocatealpha($im, 60, 60, 60, 100 - 10 * $pass);
    imagefilledrectangle($im, 0, 0, (int)($W * $job['band']), $H, $band);
    speckle($im, $job['speckle'] * ($pass + 1));
    noise($im, $job['noise']);
    return $im;
}

function fax($im, $job) {
    $im = on_glass($im, $job);
    $pm = $job['page_mm'];
    if ($pm[0] > $pm[1]) { $im = imagerotate($im, 90, 0); $pm = [$pm[1], $pm[0]]; $job['page_mm'] = $pm; }  // fed portrait
    $fw = 1728; $scale = min(1.0, 215.0 / $pm[0]) * $fw / ($pm[0] / 25.4 * 204);
    $im = rotate($im, $job['angle'], [255, 255, 255]);
    $lines = (int)($job['page_mm'][1] / 25.4 * $job['vdpi'] * $scale);
    $small = resize($im, $fw * min(1, $scale * 1.0), $lines);
    $canvas = blank($fw, $lines + 40, [255, 255, 255]);
    imagecopy($canvas, $small, (int)(($fw - imagesx($small)) / 2), 40, 0, 0, imagesx($small), imagesy($small));
    header_line($canvas, $job['header'], $job['font'], 16 * $job['vdpi'] / 196);
    $bw = binarise($canvas, $job['dither'], $job['threshold']);
    // the receiving machine prints rows at the transmitted resolution: stretch to square pixels
    $o = imagecreatetruecolor($fw, (int)(($lines + 40) * 196 / $job['vdpi']));
    imagecopyresized($o, $bw, 0, 0, 0, 0, imagesx($o), imagesy($o), $fw, $lines + 40);
    imagefilter($o, IMG_FILTER_GRAYSCALE);
    imagetruecolortopalette($o, false, 2);
    return $o;
}

function scanapp($im, $job) {
    $im = rotate($im, $job['angle'], [250, 250, 250]);
    // the app's "enhance": whiten the paper, deepen the ink, sharpen
    imagefilter($im, IMG_FILTER_BRIGHTNESS, 18);
    imagefilter($im, IMG_FILTER_CONTRAST, -28);
    imageconvolution($im, [[0, -1, 0], [-1, 5, -1], [0, -1, 0]], 1, 0);
    if ($job['mono']) { $im = levels($im, 70, 210, 1.0); }
    $W = imagesx($im); $H = imagesy($im);
    $col = imagecolorallocate($im, 150, 150, 150);
    imagettftext($im, max(10, (int)($W / 90)), 0, (int)($W * 0.62), $H - (int)($H * 0.012), $col, $job['font'], $job['app']);
    return $im;
}

function chat($im, $job) {
    $W = imagesx($im); $H = imagesy($im);
    $s = min(1.0, $job['long_edge'] / max($W, $H));
    $im = resize($im, $W * $s, $H * $s);
    if ($job['crop'] > 0) {
        $W = imagesx($im); $H = imagesy($im); $c = (int)($H * $job['crop']);
        $im = imagecrop($im, ['x' => 0, 'y' => $c, 'width' => $W, 'height' => $H - $c]);
    }
    return $im;
}

function photo_finish($im, $job) {  // the phone's processing after the Godot frame: sharpening, grain, scaling
    if ($job['blur'] > 0) { for ($k = 0; $k < $job['blur']; $k++) { imagefilter($im, IMG_FILTER_GAUSSIAN_BLUR); } }
    if ($job['sharpen']) { imageconvolution($im, [[-1, -1, -1], [-1, 16, -1], [-1, -1, -1]], 8, 0); }
    imagefilter($im, IMG_FILTER_COLORIZE, $job['tint'][0], $job['tint'][1], $job['tint'][2]);
    noise($im, $job['noise']);
    if (!empty($job['long_edge'])) { $im = chat($im, $job); }
    return $im;
}

while (($line = fgets(STDIN)) !== false) {
    $job = json_decode($line, true);
    if ($job === null) { continue; }
    mt_srand($job['seed'], MT_RAND_MT19937);
    $im = load($job['in']);
    $m = $job['mode'];
    if ($m == 'scan') { $im = scan($im, $job); }
    elseif ($m == 'photocopy') { $im = photocopy($im, $job, 0); }
    elseif ($m == 'copy2') { $im = photocopy(photocopy($im, $job, 0), array_merge($job, ['glass' => null]), 1); }
    elseif ($m == 'fax') { $im = fax($im, $job); }
    elseif ($m == 'scanapp') { $im = scanapp($im, $job); }
    elseif ($m == 'chat') { $im = chat(scan($im, $job), $job); }
    else { $im = photo_finish($im, $job); }
    save($im, $job);
    echo json_encode(['ok' => 1, 'w' => imagesx($im), 'h' => imagesy($im)]) . "\n";
    fflush(STDOUT);
}
