#!/usr/bin/perl
# Family AC's scans, photocopies, copies of copies, faxes, scanner-app output and chat forwards (held-out OCR
# family, session 36), as Perl PDL pipelines.  One perl process per generate call; one job per stdin line of
# key=value tokens (in= a PNM page from the Pascal writer or a JPEG photo from the OpenSceneGraph renderer,
# out=, mode=, seed=, …).  Geometry by our own inverse mapping with bilinear gathers (scale, skew, offset),
# optics by PDL::Image2D's conv2d, noise from PDL's seeded random/grandom, our own tone curves, thresholding and
# (row-wise) error diffusion; files through PDL::IO::Pnm and netpbm's converters (pnmtojpeg, pnmtopng,
# pamtotiff for G3 faxes).  Replies `ok W H` per line.
use strict;
use warnings;
use PDL;
use PDL::NiceSlice;
use PDL::Image2D;
use PDL::IO::Pnm;
use File::Temp qw(tempdir);

$| = 1;
my $tmp = tempdir(CLEANUP => 1);

sub gray { my ($im) = @_; return ($im->ndims == 3) ? (0.299 * $im->slice('(0)') + 0.587 * $im->slice('(1)') + 0.114 * $im->slice('(2)')) : $im->float; }

sub gauss_kernel {
  my ($s) = @_;
  my $r = int($s * 2.5 + 0.5); $r = 1 if $r < 1;
  my $x = xvals(2 * $r + 1) - $r;
  my $k = exp(-($x**2) / (2 * $s * $s));
  my $k2 = $k->dummy(1, 2 * $r + 1) * $k->dummy(0, 2 * $r + 1);
  return $k2 / $k2->sum;
}

sub blur { my ($g, $s) = @_; return $g if $s < 0.3; return conv2d($g, gauss_kernel($s), {Boundary => 'Reflect'}); }

# bilinear sampling of a (W,H) plane at (sx, sy): four gathers from the flattened plane (PDL's index)
sub bilinear {
  my ($g, $sx, $sy) = @_;
  my ($w, $h) = ($g->dim(0), $g->dim(1));
  my $x0 = floor($sx)->clip(0, $w - 2); my $y0 = floor($sy)->clip(0, $h - 2);
  my $fx = ($sx - $x0)->clip(0, 1); my $fy = ($sy - $y0)->clip(0, 1);
  my $flat = $g->flat; my $i = ($y0 * $w + $x0)->long;
  return ($flat->index($i) * (1 - $fx) + $flat->index($i + 1) * $fx) * (1 - $fy)
       + ($flat->index($i + $w) * (1 - $fx) + $flat->index($i + $w + 1) * $fx) * $fy;
}

# the paper's slowly varying brightness: a 16x subsampled plane, smoothed and interpolated back up
sub background {
  my ($g) = @_;
  my ($w, $h) = ($g->dim(0), $g->dim(1));
  my $s = blur($g, 3)->slice('0:-1:16,0:-1:16')->copy;
  $s = blur($s, 1.5);
  my $xs = xvals(float, $w, $h) / 16; my $ys = yvals(float, $w, $h) / 16;
  return bilinear($s, $xs, $ys);
}

# resample a (W,H) plane onto an (OW,OH) grid: out(x,y) = in(scale*(R*(x-ox,y-oy)) ), bilinear, white outside
sub warp {
  my ($g, $ow, $oh, $scale, $ang, $ox, $oy, $fill) = @_;
  my ($w, $h) = ($g->dim(0), $g->dim(1));
  my $xs = xvals(float, $ow, $oh) - $ox;
  my $ys = yvals(float, $ow, $oh) - $oy;
  my ($c, $s) = (cos($ang), sin($ang));
  my $sx = ($xs * $c - $ys * $s) * $scale;
  my $sy = ($xs * $s + $ys * $c) * $scale;
  my $out = bilinear($g, $sx, $sy);
  my $outside = ($sx < 0) | ($sy < 0) | ($sx > $w - 1) | ($sy > $h - 1);
  $out->where($outside) .= $fill;
  return $out;
}

sub clip8 { my ($g) = @_; return $g->clip(0, 255)->rint->byte; }

sub write_out {
  my ($planes, $out, $fmt, $q) = @_;   # $planes: (W,H) gray or (3,W,H)
  my $p = "$tmp/o.pnm";
  wpnm(clip8($planes), $p, $planes->ndims == 3 ? 'PPM' : 'PGM', 1);
  if ($fmt eq 'jpg') { system("pnmtojpeg -quality=$q -optimize $p > '$out' 2>/dev/null") == 0 or die "pnmtojpeg"; }
  elsif ($fmt eq 'png') { system("pnmtopng -compression 6 $p > '$out' 2>/dev/null") == 0 or die "pnmtopng"; }
  elsif ($fmt eq 'tif') { system("pamtotiff -lzw $p > '$out' 2>/dev/null") == 0 or die "pamtotiff"; }
  else { die "format $fmt"; }
}

sub read_any {
  my ($in) = @_;
  if ($in =~ /\.jpe?g$/i) { system("jpegtopnm '$in' > $tmp/i.pnm 2>/dev/null") == 0 or die "jpegtopnm"; return rpnm("$tmp/i.pnm"); }
  return rpnm($in);
}

# a photocopier: toner gain (S-curve), grey drum background speckle, lost fine tone, a darker margin band
sub copier {
  my ($g, $level) = @_;
  my ($w, $h) = ($g->dim(0), $g->dim(1));
  $g = blur($g, 0.7 + 0.5 * $level);
  my $t = $g / 255;
  $t = 1 / (1 + exp(-(($t - 0.78 + 0.03 * $level) * (9 + 3 * $level))));
  $g = $t * 255;
  $g -= (random(float, $w, $h) < 0.0012 * $level) * (120 + 80 * random(float, $w, $h));   # toner specks
  $g -= grandom(float, $w, $h) * (5 + 4 * $level);
  # streak from a dirty platen glass (vertical), and the shadow of the lid at one edge
  my $sx = int(random(1)->sclr * $w);
  $g(($sx):($sx + 1 < $w ? $sx + 1 : $sx), :) -= 25 * $level if $level > 0;
  my $edge = exp(-xvals(float, $w, $h) / (8 + 6 * random(1)->sclr)) * (60 + 40 * $level);
  $g -= $edge;
  return $g->clip(0, 255);
}

while (my $line = <STDIN>) {
  chomp $line; next if $line eq '';
  my %a = map { my ($k, $v) = split /=/, $_, 2; ($k, $v) } split /\s+/, $line;
  eval {
    srand($a{seed} // 1);
    PDL::srand($a{seed} // 1);
    my $mode = $a{mode};
    my $im = read_any($a{in})->float;
    my $color = $im->ndims == 3 && $im->dim(0) == 3;
    my ($w, $h) = $color ? ($im->dim(1), $im->dim(2)) : ($im->dim(0), $im->dim(1));
    my $sc = $a{scale} // 1;      # source px per output px
    my $ang = ($a{skew} // 0) * 3.14159265 / 180;
    my ($ow, $oh) = (int($w / $sc), int($h / $sc));
    my $ox = $a{ox} // 0; my $oy = $a{oy} // 0;
    my $fmt = $a{fmt} // 'jpg'; my $q = $a{q} // 85;
    my $res = undef;
    if ($mode eq 'flatbed' || $mode eq 'scanapp' || $mode eq 'chat') {
      # colour kept: each plane through the same geometry and optics
      my @pl;
      for my $c (0 .. ($color ? 2 : 0)) {
        my $g = $color ? $im->slice("($c)")->copy : $im;
        $g = blur($g, ($a{blur} // 0.5) * $sc) if $sc > 1.2 || ($a{blur} // 0) > 0;
        $g = warp($g, $ow, $oh, $sc, $ang, $ox, $oy, $a{fill} // 250);
        push @pl, $g;
      }
      my $g = $color ? cat(@pl)->mv(2, 0) : $pl[0];
      if ($mode eq 'flatbed') {
        # the scanner's lamp: slightly warm or cool paper white, sensor noise, a soft MTF
        $g = $g * ($a{gain} // 1.0) + grandom(float, $g->dims) * ($a{noise} // 2.5);
        if ($color) { my $wb = pdl(float, split /,/, ($a{wb} // '1,1,1')); $g *= $wb->dummy(1)->dummy(2); }
      } elsif ($mode eq 'scanapp') {
        # a phone scanner app: "magic colour" (background pushed to white, ink pushed darker), sharpened
        my $bl = background($color ? gray($g) : $g);
        my $norm = 255 / ($bl->clip(60, 255));
        $g = $color ? $g * $norm->dummy(0, 3) : $g * $norm;
        $g = 255 * ((($g / 255)->clip(0, 1))**1.6);
        my $sh = $color ? $g : $g;
        $g = $g + 0.6 * ($g - ($color ? $g : blur($g, 1.2)));
        $g = gray($g) if ($a{gray} // 0);
      } else {
        # a chat app's forward: downscaled already by the geometry, re-encoded (twice if forwarded again)
        $g = $g + grandom(float, $g->dims) * 1.0;
      }
      $res = $g;
      if ($mode eq 'chat' && ($a{twice} // 0)) {
        write_out($res, "$tmp/c1.jpg", 'jpg', $a{q1} // 80);
        $res = read_any("$tmp/c1.jpg")->float;
      }
    } elsif ($mode eq 'copy' || $mode eq 'copy2') {
      my $g = $color ? gray($im) : $im;
      $g = warp(blur($g, 0.4 * $sc), $ow, $oh, $sc, $ang, $ox, $oy, 250);
      $g = copier($g, 1);
      if ($mode eq 'copy2') {
        # the copy copied again: a second skew, scale and a harder toner curve
        my $a2 = (random(1)->sclr - 0.5) * 0.02;
        $g = warp($g, $ow, $oh, 1.0 + (random(1)->sclr - 0.5) * 0.03, $a2, 4, 3, 248);
        $g = copier($g, 2);
      }
      $res = $g;
    } elsif ($mode eq 'fax') {
      # 204 dpi across, 98 or 196 lines per inch down; the page band-limited, thresholded with row-wise error
      # diffusion (the fax machine's halftoning), line noise and dropouts; written as a G3 TIFF or a PNG
      my $g = $color ? gray($im) : $im;
      my $dpi = $a{dpi_in} // 200;
      my $sxf = $dpi / 204; my $syf = $dpi / ($a{lines} // 98);
      $g = blur($g, 0.6 * $sxf);
      my $fw = 1728; my $fh = int($h / $syf);
      my $xs = xvals(float, $fw, $fh) * $sxf - ($a{ox} // 0);
      my $ys = yvals(float, $fw, $fh) * $syf + (sin(xvals(float, $fw, $fh) / 300) * 0);
      my $f = bilinear($g, $xs, $ys);
      $f->where(($xs < 0) | ($xs > $w - 1) | ($ys > $h - 1)) .= 255;
      $f += grandom(float, $fw, $fh) * 10;
      my $thr = $a{thr} // 150;
      my $err = zeroes(float, $fw);
      my $out = zeroes(byte, $fw, $fh);
      for my $y (0 .. $fh - 1) {
        my $row = $f(:, ($y))->clump(2) + $err;
        my $b = $row > $thr;
        $out(:, ($y)) .= $b * 255;
        my $e = $row - $b * 255;
        # the error goes down and diagonally down (a row at a time, so it stays a vector operation)
        $err = 0.5 * $e + 0.2 * $e->rotate(1) + 0.2 * $e->rotate(-1);
        $err = $err->clip(-120, 120);
      }
      # transmission errors: a few lines repeated or dropped white
      for (1 .. int(random(1)->sclr * 3)) {
        my $y = int(random(1)->sclr * ($fh - 2)) + 1;
        $out(:, ($y)) .= $out(:, ($y - 1));
      }
      my $p = "$tmp/f.pbm";
      wpnm(($out > 0)->byte, $p, "PBM", 1);   # PDL::IO::Pnm writes 1 as white
      if (($a{fmt} // 'tif') eq 'tif') {
        my $yres = $a{lines} // 98;
        system("pamtotiff -g3 -msb2lsb -xresolution 204 -yresolution $yres $p > '$a{out}' 2>/dev/null") == 0 or die "pamtotiff g3";
      } else {
        # viewed/forwarded as a PNG at square pixels (stretched back to 1:1)
        my $sq = $out->float;
        if (($a{lines} // 98) < 150) { $sq = $sq->dummy(1, 2)->clump(1, 2); }
        write_out($sq, $a{out}, 'png', 0);
      }
      print "ok $fw $fh\n";
    } else { die "mode $mode"; }
    if (defined $res) {
      write_out($res, $a{out}, $fmt, $q);
      my @d = $res->dims;
      print "ok ", join(' ', @d[-2, -1]), "\n";
    }
    1;
  } or do { my $e = $@; $e =~ s/\s+/ /g; print "err $e\n"; };
}
