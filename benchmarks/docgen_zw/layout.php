<?php
// Family ZW's page layout on TCPDF: one process per generate call; reads one JSON document per stdin line,
// writes its PDF and answers one JSON line with the page size and every field value's box (mm).
// Every text run names its face (a TrueType file converted once by TCPDF's addTTFfont into the cache) and
// the Python side has already checked each run's characters against that face's cmap.
error_reporting(E_ERROR | E_PARSE);
require_once('/usr/share/php/tcpdf/tcpdf.php');

$FONTDIR = $argv[1];
$FACES = json_decode($argv[2], true);  // key => ttf path
$LOADED = [];

function facename($key) {
    global $FONTDIR, $FACES, $LOADED;
    if (!isset($LOADED[$key])) {
        $php = $FONTDIR . '/' . $key . '.name';
        if (is_file($php)) {
            $LOADED[$key] = trim(file_get_contents($php));
        } else {
            $n = TCPDF_FONTS::addTTFfont($FACES[$key], 'TrueTypeUnicode', '', 32, $FONTDIR . '/');
            file_put_contents($php, $n);
            $LOADED[$key] = $n;
        }
    }
    return $LOADED[$key];
}

class ZPDF extends TCPDF {
    // a fixed file identifier (TCPDF draws a random one), so the same job writes the same bytes
    public function fixId($s) { $this->file_id = md5($s); }
}

class Doc {
    public $pdf; public $boxes = []; public $st;
    function __construct($w, $h, $st) {
        $this->st = $st;
        $this->pdf = new ZPDF($w > $h ? 'L' : 'P', 'mm', [$w, $h], true, 'UTF-8', false);
        $this->pdf->fixId($st['id']);
        $p = $this->pdf;
        $p->setPrintHeader(false); $p->setPrintFooter(false);
        $p->SetMargins(0, 0, 0); $p->SetAutoPageBreak(false, 0);
        $p->setFontSubsetting(!empty($st['subset']));
        $p->SetCreator('ZW'); $p->SetAuthor(''); $p->SetTitle('');
        $p->setDocCreationTimestamp(1700000000); $p->setDocModificationTimestamp(1700000000);
        $p->setCellPaddings(0, 0, 0, 0);
        $p->AddPage();
    }
    function font($face, $size, $style = '') {
        global $FONTDIR;
        $n = facename($face);
        // TCPDF's subsetter writes tables poppler cannot load for the AR PL and WenKai faces: only Droid and DejaVu are subset
        $this->pdf->AddFont($n, '', $FONTDIR . '/' . $n . '.php', !empty($this->st['subset']) && in_array($face, ['hei', 'sans']));
        $this->pdf->SetFont($n, '', $size);
    }
    function color($c) { $this->pdf->SetTextColor($c[0], $c[1], $c[2]); }
    // a text run [text, face] at x,y in a box of width w; CJK line breaking by TCPDF's MultiCell
    function text($run, $x, $y, $w, $size, $id = null, $align = 'L', $lh = 1.25, $color = [20, 20, 20]) {
        if ($run === null || $run[0] === '') { return $y; }
        $this->font($run[1], $size);
        $this->color($color);
        $this->pdf->setCellHeightRatio($lh);
        $this->pdf->SetXY($x, $y);
        $this->pdf->MultiCell($w, 0, $run[0], 0, $align, false, 1, $x, $y, true, 0, false, true, 0, 'T', false);
        $y2 = $this->pdf->GetY();
        if ($id !== null) {
            $tw = min($w, $this->pdf->GetStringWidth($run[0]));
            $bw = ($y2 - $y) > $size * 0.5 ? $w : $tw;
            if ($align == 'C') { $x += ($w - $tw) / 2; }
            $this->boxes[$id] = [$x, $y, $y2 - $y > $size * 0.6 ? $w : $tw, $y2 - $y];
            if (($y2 - $y) < $size * 0.6) { $this->boxes[$id] = [$x, $y, $tw, $size * 0.3528 * $lh]; }
        }
        return $y2;
    }
    // a label spread over width w (名　　称), TCPDF's forced character spacing
    function label($run, $x, $y, $w, $size, $color = [20, 20, 20]) {
        $this->font($run[1], $size);
        $this->color($color);
        $this->pdf->SetXY($x, $y);
        $this->pdf->Cell($w, $size * 0.3528 * 1.25, $run[0], 0, 0, 'J', false, '', mb_strlen($run[0]) > 1 ? 4 : 0, false, 'T', 'T');
    }
    function seal($cx, $cy, $r, $run, $center = '', $alpha = 0.8) {
        $p = $this->pdf;
        $p->SetAlpha($alpha);
        $p->SetDrawColor(215, 30, 35); $p->SetFillColor(215, 30, 35);
        $p->SetLineWidth($r * 0.05);
        $p->Circle($cx, $cy, $r);
        $this->star($cx, $cy, $r * 0.3);
        $p->SetTextColor(215, 30, 35);
        $chars = preg_split('//u', $run[0], -1, PREG_SPLIT_NO_EMPTY);
        $n = count($chars);
        $span = min(260, 17 * $n + 30);
        $ch = min($r * 0.3, deg2rad($span) * $r * 0.72 / max(1, $n) * 0.95);
        $this->font($run[1], $ch / 0.3528);
        for ($k = 0; $k < $n; $k++) {
            $a = 90 + $span / 2 - $span * ($k + 0.5) / $n;   // degrees, counter-clockwise from +x
            $rad = deg2rad($a);
            $tx = $cx + cos($rad) * $r * 0.72; $ty = $cy - sin($rad) * $r * 0.72;
            $p->StartTransform();
            $p->Rotate($a - 90, $tx, $ty);
            $cw = $r * 0.36;
            $p->SetXY($tx - $cw / 2, $ty - $cw / 2);
            $p->Cell($cw, $cw, $chars[$k], 0, 0, 'C', false, '', 0, false, 'T', 'M');
            $p->StopTransform();
        }
        if ($center !== '') {
            $this->font($run[1], $r * 1.3);
            $p->SetXY($cx - $r, $cy + $r * 0.38);
            $p->Cell(2 * $r, $r * 0.3, $center, 0, 0, 'C');
        }
        $p->SetAlpha(1);
    }
    function star($cx, $cy, $r, $fill = [215, 30, 35]) {
        $pts = [];
        for ($k = 0; $k < 10; $k++) {
            $a = deg2rad(90 + 36 * $k); $rr = $k % 2 ? $r * 0.4 : $r;
            $pts[] = $cx + cos($a) * $rr; $pts[] = $cy - sin($a) * $rr;
        }
        $this->pdf->SetFillColor($fill[0], $fill[1], $fill[2]);
        $this->pdf->Polygon($pts, 'F');
    }
    function emblem($cx, $cy, $r) {
        // the national emblem as simple vector shapes: red disc, gold ring, five stars, gate and wheat ears
        $p = $this->pdf;
        $p->SetFillColor(200, 30, 30); $p->SetDrawColor(220, 170, 40); $p->SetLineWidth($r * 0.08);
        $p->Circle($cx, $cy, $r, 0, 360, 'DF');
        $this->star($cx - $r * 0.35, $cy - $r * 0.45, $r * 0.22, [240, 200, 50]);
        foreach ([[-0.05, -0.7], [0.1, -0.6], [0.15, -0.42], [0.08, -0.26]] as $s) {
            $this->star($cx + $s[0] * $r, $cy + $s[1] * $r, $r * 0.08, [240, 200, 50]);
        }
        $p->SetFillColor(240, 200, 50);
        $p->Rect($cx - $r * 0.45, $cy + $r * 0.05, $r * 0.9, $r * 0.12, 'F');
        $p->Rect($cx - $r * 0.35, $cy + $r * 0.17, $r * 0.7, $r * 0.28, 'F');
        $p->SetFillColor(200, 30, 30);
        for ($k = -2; $k <= 2; $k++) { $p->Rect($cx + $k * $r * 0.13 - $r * 0.03, $cy + $r * 0.27, $r * 0.06, $r * 0.18, 'F'); }
        $p->SetDrawColor(240, 200, 50); $p->SetLineWidth($r * 0.06);
        for ($k = 0; $k < 9; $k++) {
            $a = deg2rad(200 + $k * 17);
            $p->Line($cx + cos($a) * $r * 0.8, $cy - sin($a) * $r * 0.8, $cx + cos($a) * $r * 0.95, $cy - sin($a) * $r * 0.95);
            $a2 = deg2rad(-20 - $k * 17);
            $p->Line($cx + cos($a2) * $r * 0.8, $cy - sin($a2) * $r * 0.8, $cx + cos($a2) * $r * 0.95, $cy - sin($a2) * $r * 0.95);
        }
    }
    function guilloche($x, $y, $w, $h, $c, $n = 26, $amp = 2.0) {
        $p = $this->pdf; $p->SetDrawColor($c[0], $c[1], $c[2]); $p->SetLineWidth(0.12);
        for ($k = 0; $k < $n; $k++) {
            $prev = null;
            for ($t = 0; $t <= 60; $t++) {
                $xx = $x + $w * $t / 60;
                $yy = $y + $h * ($k + 0.5) / $n + sin($t / 60 * 6.283 * 3 + $k * 0.6) * $amp;
                if ($prev) { $p->Line($prev[0], $prev[1], $xx, $yy); }
                $prev = [$xx, $yy];
            }
        }
    }
    function frame($x, $y, $w, $h, $c) {
        $p = $this->pdf;
        $p->SetDrawColor($c[0], $c[1], $c[2]);
        $p->SetLineWidth(1.2); $p->Rect($x, $y, $w, $h);
        $p->SetLineWidth(0.3); $p->Rect($x + 2.2, $y + 2.2, $w - 4.4, $h - 4.4);
        for ($k = 0; $k < 4; $k++) { // corner ornaments
            $cx = $k % 2 ? $x + $w - 7 : $x + 7; $cy = $k < 2 ? $y + 7 : $y + $h - 7;
            $p->Circle($cx, $cy, 3.2); $p->Circle($cx, $cy, 1.6);
        }
    }
    function qr($data, $x, $y, $s) { mt_srand(crc32($data)); /* TCPDF tries QR masks in a random order */ $this->pdf->write2DBarcode($data, 'QRCODE,M', $x, $y, $s, $s, ['padding' => 0, 'fgcolor' => [0, 0, 0], 'bgcolor' => false], 'N'); }
    function watermark($run, $color, $alpha, $angle, $size) {
        $p = $this->pdf; $W = $p->getPageWidth(); $H = $p->getPageHeight();
        $p->SetAlpha($alpha);
        $this->font($run[1], $size); $this->color($color);
        for ($yy = -0.1; $yy < 1.1; $yy += 0.33) {
            $p->StartTransform(); $p->Rotate($angle, $W / 2, $H * $yy + $H * 0.1);
            $p->SetXY(-$W * 0.2, $H * $yy); $p->Cell($W * 1.4, $size * 0.4, $run[0] . '　　' . $run[0], 0, 0, 'C');
            $p->StopTransform();
        }
        $p->SetAlpha(1);
    }
    function marks($marks) {
        $p = $this->pdf; $W = $p->getPageWidth(); $H = $p->getPageHeight();
        foreach ($marks as $m) {
            if ($m['t'] == 'watermark') { $this->watermark($m['run'], $m['color'], $m['alpha'], $m['angle'], $m['size']); }
            if ($m['t'] == 'seal') { $this->seal($m['x'], $m['y'], $m['r'], $m['run'], '', $m['alpha']); }
            if ($m['t'] == 'hand') {
                $p->StartTransform(); $p->Rotate($m['angle'], $m['x'], $m['y']);
                foreach ($m['lines'] as $k => $ln) { $this->text($ln, $m['x'], $m['y'] + $k * $m['size'] * 0.5, $W, $m['size'], null, 'L', 1.2, $m['color']); }
                $p->StopTransform();
            }
            if ($m['t'] == 'stamp_box') {  // a rectangular 复印件 stamp
                $p->SetAlpha(0.85); $p->SetDrawColor(200, 40, 40); $p->SetLineWidth(0.6);
                $p->StartTransform(); $p->Rotate($m['angle'], $m['x'], $m['y']);
                $p->Rect($m['x'], $m['y'], $m['w'], $m['h']);
                $this->text($m['run'], $m['x'], $m['y'] + $m['h'] * 0.25, $m['w'], $m['size'], null, 'C', 1.2, [200, 40, 40]);
                $p->StopTransform(); $p->SetAlpha(1);
            }
        }
    }
}

function R($v) { return $v; }

// ---------- templates ----------
function business_license($d, $v, $st) {
    $p = $d->pdf; $W = $p->getPageWidth(); $H = $p->getPageHeight(); $land = $W > $H;
    $F = $st['faces']; $gold = [185, 140, 60];
    $d->guilloche(12, 12, $W - 24, $H - 24, [236, 226, 200], 40, 1.5);
    $d->frame(6, 6, $W - 12, $H - 12, $st['frame']);
    $d->emblem($W / 2, $land ? 24 : 30, $land ? 12 : 13);
    $d->text($v['title'], $W * 0.2, $land ? 38 : 46, $W * 0.6, $land ? 40 : 38, null, 'C', 1.1, [10, 10, 10]);
    if (!empty($v['copyno'])) { $d->text($v['copyno'], $W * 0.3, $land ? 56 : 64, $W * 0.4, 13, null, 'C'); }
    $y0 = $land ? 22 : 28;
    $d->text($v['credit_label'], 16, $y0, 60, 10);
    $d->text($v['credit_code'], 16, $y0 + 5, 70, 12.5, 'credit_code', 'L', 1.2, [0, 0, 0]);
    if (!empty($v['certno'])) { $d->text($v['certno'], 16, $y0 + 11, 80, 9); }
    $qs = $land ? 26 : 24;
    $d->qr($v['qr'], $W - 16 - $qs, $y0 - 4, $qs);
    $d->text($v['qr_caption'], $W - 16 - $qs - 8, $y0 - 4 + $qs + 1, $qs + 16, 6.5, null, 'C', 1.2);
    $sz = $st['size']; $lw = $sz * 0.3528 * 4.6;
    if ($land) {
        $cols = [[22, 72, $W / 2 - 30], [$W / 2 + 8, 72, $W / 2 - 30]];
    } else {
        $cols = [[20, 80, $W - 40]];
    }
    $ci = 0; $y = $cols[0][1];
    foreach ($v['rows'] as $row) {
        if ($land && $row['col'] != $ci) { $ci = $row['col']; $y = $cols[$ci][1]; }
        $c = $cols[$land ? $ci : 0];
        $d->label($row['label'], $c[0], $y, $lw, $sz);
        $y = max($y + $sz * 0.3528 * 1.25, $d->text($row['value'], $c[0] + $lw + 4, $y, $c[2] - $lw - 4, $sz, $row['id'], 'L', 1.35, [0, 0, 0]));
        $y += $st['gap'];
    }
    $d->text($v['auth_label'], $W - 100, $H - 48, 30, 12);
    $d->seal($W - 50, $H - 40, 17, $v['seal']);
    $d->text($v['issue_date'], $W - 78, $H - 30, 60, 12, null, 'C');
    $d->text($v['footer'], 14, $H - 19, $W - 28, 7.5, null, 'C');
    $d->text($v['footer2'], 14, $H - 14, $W - 28, 7.5, null, 'C');
}

function health_license($d, $v, $st) {
    $p = $d->pdf; $W = $p->getPageWidth(); $H = $p->getPageHeight();
    $d->guilloche(10, 10, $W - 20, $H - 20, [220, 232, 240], 46, 1.2);
    $d->frame(6, 6, $W - 12, $H - 12, $st['frame']);
    $d->emblem($W / 2, 30, 11);
    $d->text($v['title'], 10, 46, $W - 20, 28, null, 'C', 1.1);
    $d->text($v['no_label_value'], 18, 66, $W - 36, 11, 'license_no', 'R');
    $sz = $st['size']; $x = 22; $y = 80; $lw = 44; $w = $W - 44;
    $p->SetDrawColor(60, 60, 60); $p->SetLineWidth(0.3);
    foreach ($v['rows'] as $row) {
        $y2 = $d->text($row['value'], $x + $lw + 3, $y + 3, $w - $lw - 6, $sz, $row['id'], 'L', 1.35, [0, 0, 0]);
        $rh = max($y2 - $y + 3, 14);
        $p->Rect($x, $y, $lw, $rh); $p->Rect($x + $lw, $y, $w - $lw, $rh);
        $d->label($row['label'], $x + 2, $y + $rh / 2 - $sz * 0.22, $lw - 4, $sz * 0.92);
        $y += $rh;
    }
    $d->text($v['note'], $x, $y + 6, $w, 9, null, 'L', 1.4);
    $d->text($v['auth'], $W - 110, $H - 62, 90, 12, null, 'C');
    $d->seal($W - 65, $H - 50, 19, $v['seal']);
    $d->text($v['issue_date'], $W - 110, $H - 40, 90, 12, null, 'C');
    if (!empty($v['qr'])) { $d->qr($v['qr'], 24, $H - 58, 26); }
}

function food_license($d, $v, $st) {
    $p = $d->pdf; $W = $p->getPageWidth(); $H = $p->getPageHeight(); $land = $W > $H;
    $d->guilloche(10, 10, $W - 20, $H - 20, [228, 238, 222], 40, 1.5);
    $d->frame(6, 6, $W - 12, $H - 12, $st['frame']);
    $d->text($v['title'], 10, $land ? 16 : 22, $W - 20, $land ? 34 : 32, null, 'C', 1.1);
    if (!empty($v['copyno'])) { $d->text($v['copyno'], $W * 0.3, $land ? 32 : 38, $W * 0.4, 13, null, 'C'); }
    $sz = $st['size']; $lw = $sz * 0.3528 * 12.5;
    $cols = $land ? [[20, 46, $W * 0.62 - 20], [$W * 0.62 + 6, 46, $W * 0.38 - 26]] : [[18, 52, $W - 36]];
    $ci = 0; $y = $cols[0][1];
    foreach ($v['rows'] as $row) {
        if ($land && $row['col'] != $ci) { $ci = $row['col']; $y = $cols[$ci][1]; }
        $c = $cols[$land ? $ci : 0];
        $l = $land && $ci == 1 ? $sz * 0.3528 * 8.5 : $lw;
        $d->label($row['label'], $c[0], $y, $l, $sz);
        $y = max($y + $sz * 0.3528 * 1.3, $d->text($row['value'], $c[0] + $l + 3, $y, $c[2] - $l - 3, $sz, $row['id'], 'L', 1.35, [0, 0, 0]));
        $y += $st['gap'];
    }
    $d->qr($v['qr'], $land ? $W - 50 : 24, $land ? $H - 62 : $H - 60, 24);
    $d->text($v['auth'], $W - 115, $H - 54, 95, 11, null, 'C');
    $d->seal($W - 68, $H - 44, 18, $v['seal']);
    $d->text($v['issue_date'], $W - 115, $H - 34, 95, 11, null, 'C');
    $d->text($v['footer'], 14, $H - 17, $W - 28, 7.5, null, 'C');
}

function id_front($d, $v, $st) {
    $p = $d->pdf; $W = $p->getPageWidth(); $H = $p->getPageHeight();
    $p->SetFillColor(246, 244, 236); $p->RoundedRect(0, 0, $W, $H, 3.2, '1111', 'F');
    $d->guilloche(2, 2, $W - 4, $H - 4, [222, 226, 232], 22, 0.8);
    $lc = [40, 90, 150]; $sz = $st['size']; $F = $v['labels'];
    $rows = [[$F['name'], 6.5, 'name'], [$F['sex'], 13.5, 'sex'], [$F['birth'], 20.5, 'birth_date'], [$F['addr'], 27.5, 'address']];
    foreach ($rows as $r) { $d->text($r[0], 4.5, $r[1], 12, 5.4, null, 'L', 1.1, $lc); }
    $d->text($F['nation'], 26, 13.5, 10, 5.4, null, 'L', 1.1, $lc);
    $d->text($v['name'], 15, 6.0, 40, $sz + 1.2, 'name', 'L', 1.1, [0, 0, 0]);
    $d->text($v['sex'], 15, 13.2, 10, $sz, 'sex', 'L', 1.1, [0, 0, 0]);
    $d->text($v['nation'], 36, 13.2, 20, $sz, 'nation', 'L', 1.1, [0, 0, 0]);
    $d->text($v['birth'], 15, 20.2, 45, $sz, 'birth_date', 'L', 1.1, [0, 0, 0]);
    $d->text($v['address'], 15, 27.2, 38, $sz, 'address', 'L', 1.45, [0, 0, 0]);
    $d->text($F['idno'], 4.5, 46.5, 22, 5.4, null, 'L', 1.1, $lc);
    $d->text($v['id_number'], 25, 45.8, 55, 9.6, 'id_number', 'L', 1.1, [0, 0, 0]);
    // the portrait: a grey silhouette on a pale ground
    $p->SetFillColor(232, 236, 240); $p->Rect(55, 6, 26, 33, 'F');
    $p->SetFillColor(120, 124, 130); $p->Ellipse(68, 17, 6.2, 7.6, 0, 0, 360, 'F');
    $p->Ellipse(68, 39, 12, 9, 0, 0, 180, "F");
}

function id_back($d, $v, $st) {
    $p = $d->pdf; $W = $p->getPageWidth(); $H = $p->getPageHeight();
    $p->SetFillColor(244, 246, 240); $p->RoundedRect(0, 0, $W, $H, 3.2, '1111', 'F');
    $d->guilloche(2, 2, $W - 4, $H - 4, [226, 232, 222], 22, 0.8);
    $d->emblem(14, 14, 9);
    $d->text($v['t1'], 28, 8, 55, 11.5, null, 'C', 1.1, [10, 10, 10]);
    $d->text($v['t2'], 28, 16, 55, 17, null, 'C', 1.1, [10, 10, 10]);
    $lc = [10, 10, 10];
    $d->text($v['l_auth'], 16, 36, 16, 5.6, null, 'L', 1.1, $lc);
    $d->text($v['auth'], 31, 35.6, 50, $st['size'], 'issuing_authority', 'L', 1.1, [0, 0, 0]);
    $d->text($v['l_valid'], 16, 43, 16, 5.6, null, 'L', 1.1, $lc);
    $d->text($v['valid'], 31, 42.6, 52, $st['size'], 'validity', 'L', 1.1, [0, 0, 0]);
}

function sheet($d, $v, $st) {  // other documents: a title, a table or paragraphs, seals
    $p = $d->pdf; $W = $p->getPageWidth(); $H = $p->getPageHeight();
    if (!empty($v['bg'])) { $p->SetFillColor($v['bg'][0], $v['bg'][1], $v['bg'][2]); $p->Rect(0, 0, $W, $H, 'F'); }
    if (!empty($v['frame'])) { $d->frame(5, 5, $W - 10, $H - 10, $v['frame']); }
    $y = $v['top'];
    $d->text($v['title'], 8, $y, $W - 16, $v['tsize'], null, 'C', 1.2);
    $y += $v['tsize'] * 0.3528 * 1.6 + 4;
    $m = $v['margin'];
    if (!empty($v['table'])) {
        $p->SetDrawColor(40, 40, 40); $p->SetLineWidth(0.25);
        $cw = ($W - 2 * $m) / 4;
        foreach ($v['table'] as $r) {
            $x = $m; $rh = $v['rh'];
            foreach ($r as $k => $cell) {
                $w = $k % 2 ? $cw * 1.0 : $cw * 1.0;
                if (count($r) == 2 && $k == 1) { $w = $cw * 3; }
                $p->Rect($x, $y, $w, $rh);
                $d->text($cell, $x + 1.5, $y + 1.5, $w - 3, $v['size'], null, $k % 2 ? 'L' : 'C', 1.2);
                $x += $w;
            }
            $y += $rh;
        }
        $y += 6;
    }
    foreach ($v['paras'] as $para) { $y = $d->text($para, $m, $y, $W - 2 * $m, $v['size'], null, 'L', 1.7) + 2; }
    if (!empty($v['seal'])) { $d->seal($W - $m - 25, $y + 18, 17, $v['seal']); }
    if (!empty($v['sign'])) { $d->text($v['sign'], $W - $m - 70, $y + 30, 70, $v['size'], null, 'R'); }
}

$out = fopen('php://stdout', 'w');
while (($line = fgets(STDIN)) !== false) {
    $job = json_decode($line, true);
    if ($job === null) { continue; }
    $d = new Doc($job['w'], $job['h'], $job['style']);
    $fn = $job['tpl'];
    $fn($d, $job['v'], $job['style']);
    $d->marks($job['marks']);
    $d->pdf->Output($job['out'], 'F');
    fwrite($out, json_encode(['boxes' => (object)$d->boxes, 'w' => $job['w'], 'h' => $job['h']]) . "\n");
    fflush($out);
}
