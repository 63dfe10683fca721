#!/usr/bin/perl
# Family ZU's page program: one process per generate call. Reads one JSON command per line on stdin:
#   {"book": name, "w": mm, "h": mm, "items": [...]}  lay a document out as the next page of book `name`
#   {"save": name, "out": file.pdf}                   write that book with PDF::API2 and forget it
# and answers one JSON line per command: for a page, its number in the book and the ink boxes (mm,
# top-left origin) of every item that names a field; or {"error": ...}. A book's faces are embedded
# by file with ttfont once (subset when saved). Every string's characters are looked up in the face's
# cmap first: a missing glyph is an error, never a fallback.
use strict;
use warnings;
use utf8;
use PDF::API2;
use JSON::PP;
use POSIX qw(floor);

binmode STDIN, ':raw';
binmode STDOUT, ':raw';
$| = 1;
my $json = JSON::PP->new->utf8->canonical;
my $MM = 72 / 25.4;
my $PI = 4 * atan2(1, 1);
my %NOSTART = map { $_ => 1 } split //, '，。；、：）」』》！？,.;:)%';

my ($pdf, $H, $fonts, $eg, %boxes, %books);

sub font {
    my ($file) = @_;
    # DroidSansFallbackFull's glyphs come out empty when PDF::API2 subsets it: that face is embedded whole
    $fonts->{$file} //= $pdf->ttfont($file, -encode => 'utf8', ($file =~ /DroidSans/ ? (-nosubset => 1) : ()));
    return $fonts->{$file};
}

sub check_glyphs {
    my ($file, $str) = @_;
    my $f = font($file);
    for my $ch (split //, $str) {
        next if $ch eq ' ';
        my $cid = $f->cidByUni(ord $ch);
        die sprintf("missing glyph U+%04X '%s' in %s\n", ord $ch, $ch, $file) unless $cid;
    }
}

sub width_mm {    # advance width of $str in mm at $size pt, from the face's own widths
    my ($file, $size, $str) = @_;
    return font($file)->width($str) * $size / $MM;
}

# an item's runs: its CJK face, and for ASCII the Latin face the item declares ("fa"), if any
sub runs {
    my ($it, $str) = @_;
    return ([$it->{f}, $str]) unless $it->{fa};
    my @r;
    for my $ch (split //, $str) {
        my $f = ord($ch) < 0x80 ? $it->{fa} : $it->{f};
        if (@r && $r[-1][0] eq $f) { $r[-1][1] .= $ch; } else { push @r, [$f, $ch]; }
    }
    return @r;
}

sub iwidth {
    my ($it, $size, $str) = @_;
    my $w = 0;
    $w += width_mm($_->[0], $size, $_->[1]) for runs($it, $str);
    return $w;
}

sub icheck {
    my ($it, $str) = @_;
    check_glyphs($_->[0], $_->[1]) for runs($it, $str);
}

sub color {
    my $c = shift // [0, 0, 0];
    return sprintf('#%02x%02x%02x', map { int(255 * $_ + 0.5) } @$c);
}

sub gstate {
    my ($g, $op, $mult) = @_;
    return unless defined $op || $mult;
    $op //= 1;
    my $key = "$op-" . ($mult ? 1 : 0);
    unless ($eg->{$key}) {
        my $e = $pdf->egstate;
        $e->transparency(1 - $op) if $op < 1;
        $e->blendmode('Multiply') if $mult;
        $eg->{$key} = $e;
    }
    $g->egstate($eg->{$key});
}

sub add_box {
    my ($field, @b) = @_;
    return unless defined $field;
    push @{ $boxes{$field} }, [map { 0 + sprintf('%.2f', $_) } @b];
}

# one run of characters: at (x, y baseline) in mm, optionally rotated (deg, counter-clockwise)
sub draw_run {
    my ($page, $it, $str, $x, $y) = @_;
    for my $run (runs($it, $str)) {
        draw_one($page, $it, $run->[0], $run->[1], $x, $y);
        $x += width_mm($run->[0], $it->{s}, $run->[1]) unless $it->{rot};
    }
}

sub draw_one {
    my ($page, $it, $file, $str, $x, $y) = @_;
    check_glyphs($file, $str);
    my $t = $page->text;
    $t->font(font($file), $it->{s});
    $t->fillcolor(color($it->{c}));
    if (defined $it->{op} || $it->{mult}) { gstate($t, $it->{op}, $it->{mult}); }
    if ($it->{rot}) {
        $t->transform(-translate => [$x * $MM, ($H - $y) * $MM], -rotate => $it->{rot});
    } else {
        $t->translate($x * $MM, ($H - $y) * $MM);
    }
    $t->text($str);
}

sub text_item {
    my ($page, $it) = @_;
    my $str = $it->{str};
    my $s = $it->{s};
    my $em = $s / $MM;
    my ($x, $y) = ($it->{x}, $it->{y});
    if ($it->{spread}) {    # characters spread evenly over a width (名　　称)
        my @ch = split //, $str;
        icheck($it, $str);
        my $w = $it->{spread};
        my $last = iwidth($it, $s, $ch[-1]);
        my $step = @ch > 1 ? ($w - $last) / (@ch - 1) : 0;
        for my $i (0 .. $#ch) { draw_run($page, $it, $ch[$i], $x + $i * $step, $y); }
        add_box($it->{field}, $x, $y - 0.88 * $em, $x + $w, $y + 0.14 * $em);
        return;
    }
    my $w = iwidth($it, $s, $str);
    $x -= $w if ($it->{align} // 'l') eq 'r';
    $x -= $w / 2 if ($it->{align} // 'l') eq 'c';
    if ($it->{track}) {    # letter-spaced run (ID numbers)
        my $cx = $x;
        for my $ch (split //, $str) { draw_run($page, $it, $ch, $cx, $y); $cx += iwidth($it, $s, $ch) + $it->{track}; }
        add_box($it->{field}, $x, $y - 0.88 * $em, $cx - $it->{track}, $y + 0.14 * $em);
        return;
    }
    draw_run($page, $it, $str, $x, $y);
    add_box($it->{field}, $x, $y - 0.88 * $em, $x + $w, $y + 0.14 * $em) unless $it->{rot};
}

# our own line breaker: characters measured with the face's advance widths, a line never starts with
# closing punctuation (the character moves back to the previous line), digits may wrap mid-number
sub break_lines {
    my ($it, $s, $str, $w, $w1) = @_;
    my @lines = ('');
    my $cur = 0;
    for my $ch (split //, $str) {
        my $cw = iwidth($it, $s, $ch);
        my $lim = @lines == 1 ? ($w1 // $w) : $w;
        if ($cur + $cw > $lim + 1e-6 && $lines[-1] ne '' && !$NOSTART{$ch}) {
            push @lines, '';
            $cur = 0;
        }
        $lines[-1] .= $ch;
        $cur += $cw;
    }
    return @lines;
}

sub para_item {
    my ($page, $it) = @_;
    icheck($it, $it->{str});
    my @lines = break_lines($it, $it->{s}, $it->{str}, $it->{w}, $it->{w1});
    my $em = $it->{s} / $MM;
    my $y = $it->{y};
    my $n = 0;
    for my $ln (@lines) {
        my $x = $it->{x} + ($n == 0 ? ($it->{indent} // 0) : 0);
        draw_run($page, $it, $ln, $x, $y);
        add_box($it->{field}, $x, $y - 0.88 * $em, $x + iwidth($it, $it->{s}, $ln), $y + 0.14 * $em);
        $y += $it->{lead};
        $n++;
    }
    return scalar @lines;
}

sub path_item {
    my ($page, $it) = @_;
    my $g = $page->graphics;
    gstate($g, $it->{op}, $it->{mult});
    $g->linewidth(($it->{lw} // 0.3) * $MM);
    $g->linejoin(1);
    $g->linecap(1);
    my @p = @{ $it->{pts} };
    $g->move($p[0][0] * $MM, ($H - $p[0][1]) * $MM);
    $g->line($_->[0] * $MM, ($H - $_->[1]) * $MM) for @p[1 .. $#p];
    $g->close if $it->{close};
    if ($it->{fill}) { $g->fillcolor(color($it->{fill})); $g->fill; }
    else { $g->strokecolor(color($it->{c})); $g->stroke; }
}

sub rect_item {
    my ($page, $it) = @_;
    my $g = $page->graphics;
    gstate($g, $it->{op}, $it->{mult});
    $g->rectangle($it->{x} * $MM, ($H - $it->{y} - $it->{h}) * $MM, ($it->{x} + $it->{w}) * $MM, ($H - $it->{y}) * $MM);
    if ($it->{fill}) { $g->fillcolor(color($it->{fill})); $g->fill; }
    else { $g->linewidth(($it->{lw} // 0.3) * $MM); $g->strokecolor(color($it->{c})); $g->stroke; }
}

# guilloche: families of rosette/sine curves as paths (security background of cards and licences)
sub guilloche_item {
    my ($page, $it) = @_;
    my $g = $page->graphics;
    gstate($g, $it->{op});
    $g->linewidth(($it->{lw} // 0.12) * $MM);
    $g->strokecolor(color($it->{c}));
    my ($x0, $y0, $w, $h, $n) = @{$it}{qw(x y w h n)};
    if (($it->{kind} // 'wave') eq 'wave') {
        for my $k (0 .. $n - 1) {
            my $ph = $k * 2 * $PI / $n;
            my $amp = $h / ($n + 2);
            my $yc = $y0 + ($k + 0.5) * $h / $n;
            my @pts;
            for (my $x = 0; $x <= $w; $x += 1.2) {
                push @pts, [$x0 + $x, $yc + $amp * sin($x / ($it->{per} // 9) + $ph) * cos($x / 37 + $ph / 2)];
            }
            $g->move($pts[0][0] * $MM, ($H - $pts[0][1]) * $MM);
            $g->line($_->[0] * $MM, ($H - $_->[1]) * $MM) for @pts[1 .. $#pts];
            $g->stroke;
        }
    } else {    # rosette centred in the box
        my ($cx, $cy, $R) = ($x0 + $w / 2, $y0 + $h / 2, ($w < $h ? $w : $h) / 2);
        for my $k (0 .. $n - 1) {
            my $ph = $k * 2 * $PI / $n;
            my @pts;
            for my $i (0 .. 360) {
                my $a = $i * 2 * $PI / 360;
                my $r = $R * (0.72 + 0.22 * sin(7 * $a + $ph) + 0.06 * cos(19 * $a));
                push @pts, [$cx + $r * cos($a + $ph / 7), $cy + $r * sin($a + $ph / 7)];
            }
            $g->move($pts[0][0] * $MM, ($H - $pts[0][1]) * $MM);
            $g->line($_->[0] * $MM, ($H - $_->[1]) * $MM) for @pts[1 .. $#pts];
            $g->close;
            $g->stroke;
        }
    }
}

sub star {
    my ($g, $cx, $cy, $r, $rot) = @_;
    my @p;
    for my $i (0 .. 9) {
        my $a = $PI / 2 + $rot + $i * $PI / 5;
        my $rr = $i % 2 ? $r * 0.382 : $r;
        push @p, [$cx + $rr * cos($a), $cy - $rr * sin($a)];
    }
    $g->move($p[0][0] * $MM, ($H - $p[0][1]) * $MM);
    $g->line($_->[0] * $MM, ($H - $_->[1]) * $MM) for @p[1 .. 9];
    $g->close;
    $g->fill;
}

# a round seal: ring, characters rotated one by one along the upper arc, a star, a bottom line
sub seal_item {
    my ($page, $it) = @_;
    my ($cx, $cy, $r) = @{$it}{qw(cx cy r)};
    my $col = color($it->{c} // [0.85, 0.1, 0.12]);
    my $g = $page->graphics;
    gstate($g, $it->{op} // 0.85, 1);
    $g->strokecolor($col);
    $g->fillcolor($col);
    $g->linewidth($r * 0.06 * $MM);
    $g->circle($cx * $MM, ($H - $cy) * $MM, $r * 0.95 * $MM);
    $g->stroke;
    star($g, $cx, $cy, $r * 0.28, 0);
    my @ch = split //, $it->{str};
    check_glyphs($it->{f}, $it->{str});
    my $s = $r * 0.3 * $MM;
    my $span = ($it->{span} // 240) * $PI / 180;
    my $n = @ch;
    for my $i (0 .. $n - 1) {
        my $a = $PI / 2 + $span / 2 - ($n > 1 ? $i * $span / ($n - 1) : $span / 2);
        my $rr = $r * 0.56;
        my $px = $cx + $rr * cos($a);
        my $py = $cy - $rr * sin($a);
        my $t = $page->text;
        gstate($t, $it->{op} // 0.85, 1);
        $t->font(font($it->{f}), $s);
        $t->fillcolor($col);
        my $cw = font($it->{f})->width($ch[$i]) * $s;
        my $deg = ($a - $PI / 2) * 180 / $PI;
        # place the glyph centred on the arc point, its baseline tangent to the circle
        my $ox = -$cw / 2 * cos($a - $PI / 2) + 0;
        my $oy = -$cw / 2 * sin($a - $PI / 2);
        $t->transform(-translate => [$px * $MM + $ox, ($H - $py) * $MM + $oy - 0.0], -rotate => $deg);
        $t->text($ch[$i]);
    }
    if (defined $it->{bottom} && length $it->{bottom}) {
        check_glyphs($it->{f}, $it->{bottom});
        my $bs = $r * 0.22 * $MM;
        my $t = $page->text;
        gstate($t, $it->{op} // 0.85, 1);
        $t->font(font($it->{f}), $bs);
        $t->fillcolor($col);
        my $bw = font($it->{f})->width($it->{bottom}) * $bs;
        $t->translate($cx * $MM - $bw / 2, ($H - $cy - $r * 0.55) * $MM);
        $t->text($it->{bottom});
    }
}

sub qr_item {    # a module grid as filled squares (finder patterns included by the caller's bits)
    my ($page, $it) = @_;
    my $g = $page->graphics;
    $g->fillcolor(color($it->{c}));
    my $n = $it->{n};
    my $m = $it->{size} / $n;
    my @b = split //, $it->{bits};
    for my $r (0 .. $n - 1) {
        for my $c (0 .. $n - 1) {
            next unless $b[$r * $n + $c];
            $g->rectangle(($it->{x} + $c * $m) * $MM, ($H - $it->{y} - ($r + 1) * $m) * $MM,
                          ($it->{x} + ($c + 1) * $m) * $MM, ($H - $it->{y} - $r * $m) * $MM);
        }
    }
    $g->fill;
}

# the national emblem, stylised: a disc, the big star and four small ones, Tiananmen's outline, ears of grain
sub emblem_item {
    my ($page, $it) = @_;
    my ($cx, $cy, $r) = @{$it}{qw(cx cy r)};
    my $g = $page->graphics;
    my $red = color([0.82, 0.1, 0.1]);
    my $gold = color([0.93, 0.75, 0.2]);
    $g->fillcolor($gold);
    $g->circle($cx * $MM, ($H - $cy) * $MM, $r * $MM);
    $g->fill;
    $g->fillcolor($red);
    $g->circle($cx * $MM, ($H - $cy) * $MM, $r * 0.8 * $MM);
    $g->fill;
    $g->fillcolor($gold);
    star($g, $cx, $cy - $r * 0.38, $r * 0.2, 0);
    for my $k (0 .. 3) {
        my $a = $PI * (0.78 - $k * 0.185);
        star($g, $cx + $r * 0.42 * cos($a) * 1.0 + ($k < 2 ? 0 : 0), $cy - $r * 0.2 - $r * 0.28 * sin($a), $r * 0.07, $a);
    }
    $g->rectangle(($cx - $r * 0.45) * $MM, ($H - $cy - $r * 0.45) * $MM, ($cx + $r * 0.45) * $MM, ($H - $cy - $r * 0.05) * $MM);
    $g->fill;
    $g->fillcolor($red);
    for my $k (-2 .. 2) {
        $g->rectangle(($cx + $k * $r * 0.16 - $r * 0.04) * $MM, ($H - $cy - $r * 0.42) * $MM, ($cx + $k * $r * 0.16 + $r * 0.04) * $MM, ($H - $cy - $r * 0.2) * $MM);
    }
    $g->fill;
    $g->strokecolor($gold);
    $g->linewidth($r * 0.05 * $MM);
    for my $side (-1, 1) {
        for my $i (0 .. 8) {
            my $a = $PI * (1.25 - $i * 0.07) ;
            my $px = $cx + $side * $r * 0.9 * cos($a) * -1;
            my $py = $cy - $r * 0.9 * sin($a);
            $g->circle($px * $MM, ($H - $py) * $MM, $r * 0.05 * $MM);
        }
    }
    $g->stroke;
}

sub image_item {
    my ($page, $it) = @_;
    my $img = $pdf->image_png($it->{path});
    $page->graphics->image($img, $it->{x} * $MM, ($H - $it->{y} - $it->{h}) * $MM, $it->{w} * $MM, $it->{h} * $MM);
}

sub document {
    my ($d) = @_;
    my $b = $books{ $d->{book} } //= do {
        my $p = PDF::API2->new;
        $p->info(Producer => 'docgen_zu (PDF::API2)', CreationDate => 'D:20260101000000');
        { pdf => $p, fonts => {}, eg => {}, n => 0 };
    };
    ($pdf, $fonts, $eg) = @{$b}{qw(pdf fonts eg)};
    %boxes = ();
    $H = $d->{h};
    my $page = $pdf->page;
    $page->mediabox(0, 0, $d->{w} * $MM, $d->{h} * $MM);
    my %lines;
    for my $it (@{ $d->{items} }) {
        my $t = $it->{t};
        if ($t eq 'text') { text_item($page, $it); }
        elsif ($t eq 'para') { my $n = para_item($page, $it); $lines{ $it->{field} // $it->{str} } = $n; }
        elsif ($t eq 'path') { path_item($page, $it); }
        elsif ($t eq 'rect') { rect_item($page, $it); }
        elsif ($t eq 'guilloche') { guilloche_item($page, $it); }
        elsif ($t eq 'seal') { seal_item($page, $it); }
        elsif ($t eq 'qr') { qr_item($page, $it); }
        elsif ($t eq 'emblem') { emblem_item($page, $it); }
        elsif ($t eq 'image') { image_item($page, $it); }
        else { die "unknown item $t\n"; }
    }
    $b->{n}++;
    return { ok => 1, page => $b->{n}, boxes => \%boxes };
}

sub save {
    my ($d) = @_;
    my $b = delete $books{ $d->{save} } or die "no book $d->{save}\n";
    $b->{pdf}->saveas($d->{out});
    return { ok => 1, pages => $b->{n} };
}

while (my $line = <STDIN>) {
    next unless $line =~ /\S/;
    my $d = $json->decode($line);
    my $ans = eval { defined $d->{save} ? save($d) : document($d) };
    $ans = { error => "$@" } unless $ans;
    print $json->encode($ans), "\n";
}
