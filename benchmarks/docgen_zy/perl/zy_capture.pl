#!/usr/bin/perl
# Family ZY's scans, photocopies, copies of copies, faxes, scanner-app output, chat forwards and the
# finishing of LÖVE's photos, as Perl Imager pipelines. One process per generate call reads jobs as JSON
# lines on stdin (every number chosen by the Python side from the document's seed; srand() per job for
# the grain) and prints DONE <out> per job.
use strict;
use warnings;
use Imager;
use JSON::PP;
use Imager::Fountain;

$| = 1;
my $json = JSON::PP->new->utf8;
my $WHITE = Imager::Color->new(255, 255, 255);

sub lut { my ($lo, $hi, $gamma) = @_; $gamma ||= 1.0;
  return [ map { my $v = ($_ - $lo) / ($hi - $lo); $v = 0 if $v < 0; $v = 1 if $v > 1; int(255 * $v ** $gamma + 0.5) } 0 .. 255 ]; }

# film grain: a half-size plane of Perl rand() values, scaled up, laid over with a small opacity
sub grain { my ($img, $amp, $op) = @_;
  my ($w, $h) = ($img->getwidth, $img->getheight);
  my ($sw, $sh) = (int($w / 2) + 1, int($h / 2) + 1);
  my $n = Imager->new(xsize => $sw, ysize => $sh, channels => 1);
  for my $y (0 .. $sh - 1) {
    $n->setsamples(y => $y, data => pack("C*", map { my $v = 128 + int($amp * (rand() + rand() - 1)); $v < 0 ? 0 : $v > 255 ? 255 : $v } 1 .. $sw), type => '8bit');
  }
  $n = $n->scale(xpixels => $w, ypixels => $h, type => 'nonprop', qtype => 'normal');
  $n = $n->convert(preset => 'rgb') if $img->getchannels >= 3;
  $img->compose(src => $n, combine => 'normal', opacity => $op);
  return $img;
}

sub gray { my $i = shift; return $i->getchannels >= 3 ? $i->convert(preset => 'gray') : $i; }
sub rgb { my $i = shift; return $i->getchannels < 3 ? $i->convert(preset => 'rgb') : $i; }

sub specks { my ($img, $n, $maxr) = @_;
  my ($w, $h) = ($img->getwidth, $img->getheight);
  my $c = Imager::Color->new(25, 25, 25);
  for (1 .. $n) { $img->circle(x => rand($w), y => rand($h), r => 0.4 + rand($maxr), color => $c, filled => 1); }
}

sub edge_shadow { my ($img, $side, $width, $dark) = @_;
  my ($w, $h) = ($img->getwidth, $img->getheight);
  for my $k (0 .. $width - 1) {
    my $v = int(255 - $dark * (1 - $k / $width) ** 2);
    my $c = Imager::Color->new($v, $v, $v);
    if ($side == 0) { $img->line(x1 => $k, y1 => 0, x2 => $k, y2 => $h - 1, color => $c); }
    elsif ($side == 1) { $img->line(x1 => $w - 1 - $k, y1 => 0, x2 => $w - 1 - $k, y2 => $h - 1, color => $c); }
    elsif ($side == 2) { $img->line(x1 => 0, y1 => $k, x2 => $w - 1, y2 => $k, color => $c); }
    else { $img->line(x1 => 0, y1 => $h - 1 - $k, x2 => $w - 1, y2 => $h - 1 - $k, color => $c); }
  }
}

sub darken_edges { my ($img, $side, $width, $dark) = @_;  # multiply a gradient strip (photocopier lid gap)
  my $m = Imager->new(xsize => $img->getwidth, ysize => $img->getheight, channels => $img->getchannels);
  $m->box(filled => 1, color => $WHITE);
  edge_shadow($m, $side, $width, $dark);
  $img->compose(src => $m, combine => 'multiply');
}

sub vignette { my ($img, $strength) = @_;
  my ($w, $h) = ($img->getwidth, $img->getheight);
  my $v = Imager->new(xsize => $w, ysize => $h, channels => 3);
  my $edge = int(255 * (1 - $strength));
  $v->filter(type => 'fountain', ftype => 'radial', xa => $w / 2, ya => $h / 2, xb => 0, yb => 0,
             segments => Imager::Fountain->simple(positions => [0, 0.55, 1],
                           colors => [ Imager::Color->new(255, 255, 255), Imager::Color->new(250, 250, 250), Imager::Color->new($edge, $edge, $edge) ]));
  $img->compose(src => $v, combine => 'multiply');
}

sub rotate_small { my ($img, $deg) = @_;
  return $img if abs($deg) < 0.01;
  my $r = $img->rotate(degrees => $deg, back => $img->getchannels >= 3 ? $WHITE : Imager::Color->new(255, 255, 255));
  # keep the original frame: crop the centre back to the original size
  my ($w, $h) = ($img->getwidth, $img->getheight);
  return $r->crop(left => int(($r->getwidth - $w) / 2), top => int(($r->getheight - $h) / 2), width => $w, height => $h);
}

sub on_sheet { my ($img, $j) = @_;  # an ID card (or small page) placed on an A4 sheet
  my $s = Imager->new(xsize => $j->{sheet_w}, ysize => $j->{sheet_h}, channels => 3);
  $s->box(filled => 1, color => $WHITE);
  $s->paste(src => rgb($img), left => $j->{sheet_x}, top => $j->{sheet_y});
  return $s;
}

sub text { my ($img, $j, $str, $x, $y, $size, $col) = @_;
  my $font = Imager::Font->new(file => $j->{font}, type => 'ft2') or die Imager->errstr;
  $img->string(font => $font, text => $str, x => $x, y => $y, size => $size, color => $col, aa => 1, utf8 => 1);
}

sub copy_once { my ($img, $j, $gen) = @_;
  $img = gray($img);
  $img->filter(type => 'gaussian', stddev => $j->{blur} * (1 + 0.35 * ($gen - 1)));
  $img = $img->map(all => lut($j->{lo} * (0.8 + 0.2 * $gen), $j->{hi} - 4 * ($gen - 1), $j->{gamma}));
  $img = rotate_small($img, $j->{rot} * $gen);
  specks($img, $j->{specks} * $gen, 1.2);
  darken_edges($img, int(rand(4)), int($j->{edge} * $img->getwidth / 100) + 1, 120 + 60 * $gen) if $j->{edge} > 0;
  grain($img, 60, 0.06);
  return $img;
}

sub write_out { my ($img, $j) = @_;
  my $f = $j->{fmt};
  if ($f eq 'jpg') { $img->write(file => $j->{out}, type => 'jpeg', jpegquality => $j->{q}) or die $img->errstr; }
  elsif ($f eq 'png') { $img->write(file => $j->{out}, type => 'png') or die $img->errstr; }
  elsif ($f eq 'tif') { $img->write(file => $j->{out}, type => 'tiff', tiff_compression => $j->{tiffc} || 'lzw') or die $img->errstr; }
  else { die "format $f"; }
}

sub jpeg_cycle { my ($img, $q) = @_;
  my $buf;
  $img->write(data => \$buf, type => 'jpeg', jpegquality => $q) or die $img->errstr;
  return Imager->new(data => $buf, type => 'jpeg');
}

while (my $line = <STDIN>) {
  chomp $line;
  next unless $line;
  my $j = $json->decode($line);
  srand($j->{seed});
  my $img = Imager->new(file => $j->{in}) or die Imager->errstr . " $j->{in}";
  $img = rgb($img) if $img->getchannels == 4 || $img->getchannels == 2;
  $img = $img->convert(preset => 'noalpha') if $img->getchannels == 4;
  $img = on_sheet($img, $j) if $j->{sheet_w};
  my $c = $j->{capture};
  if ($c eq 'flatbed') {
    $img = rgb($img);
    my $tint = Imager->new(xsize => $img->getwidth, ysize => $img->getheight, channels => 3);
    $tint->box(filled => 1, color => Imager::Color->new(@{ $j->{paper} }));
    $img->compose(src => $tint, combine => 'multiply');
    $img->filter(type => 'gaussian', stddev => $j->{blur});
    $img = rotate_small($img, $j->{rot});
    grain($img, 40, 0.05);
    $img = $img->map(all => lut(0, 255, $j->{gamma}));
  } elsif ($c eq 'photocopy') {
    $img = copy_once($img, $j, 1);
  } elsif ($c eq 'copy_of_copy') {
    $img = copy_once($img, $j, 1);
    my ($w, $h) = ($img->getwidth, $img->getheight);
    $img = $img->scale(scalefactor => 0.72, qtype => 'mixing')->scale(xpixels => $w, ypixels => $h, type => 'nonprop');
    $img = copy_once($img, $j, 2);
  } elsif ($c eq 'fax') {
    $img = gray($img);
    $img->filter(type => 'gaussian', stddev => 0.6);
    $img = $img->scale(xscalefactor => 204 / $j->{dpi}, yscalefactor => $j->{ydpi} / $j->{dpi}, type => 'nonprop', qtype => 'mixing');
    $img = rotate_small($img, $j->{rot});
    $img = $img->map(all => lut($j->{lo}, $j->{hi}, $j->{gamma}));
    my $head = Imager->new(xsize => $img->getwidth, ysize => int(14 * $j->{ydpi} / 98) + 4, channels => 1);
    $head->box(filled => 1, color => $WHITE);
    text($head, $j, $j->{header}, 10, $head->getheight - 4, 12 * $j->{ydpi} / 98, Imager::Color->new(0, 0, 0));
    my $all = Imager->new(xsize => $img->getwidth, ysize => $img->getheight + $head->getheight, channels => 1);
    $all->paste(src => $head, left => 0, top => 0);
    $all->paste(src => $img, left => 0, top => $head->getheight);
    specks($all, $j->{specks}, 0.8);
    $img = $all->to_paletted(make_colors => 'mono', translate => $j->{dither} ? 'errdiff' : 'closest', errdiff => 'floyd');
    if ($j->{fmt} eq 'png') {  # the fax server's PNG: bilevel scaled back to square pixels
      $img = $img->convert(preset => 'gray')->scale(xscalefactor => 1, yscalefactor => 204 / $j->{ydpi}, type => 'nonprop', qtype => 'preview');
      $img->write(file => $j->{out}, type => 'png') or die $img->errstr;
    } else {
      $img->settag(name => 'i_xres', value => 204);
      $img->settag(name => 'i_yres', value => $j->{ydpi});
      $img->write(file => $j->{out}, type => 'tiff', tiff_compression => 'fax3') or die $img->errstr;
    }
    print "DONE\t$j->{out}\n";
    next;
  } elsif ($c eq 'scanner_app') {
    $img = rgb($img);
    my ($w, $h) = ($img->getwidth, $img->getheight);
    my ($a, $b) = ($j->{persp} / $w, $j->{persp2} / $h);
    $img = $img->matrix_transform(matrix => [1, 0, 0, 0, 1, 0, $a, $b, 1], back => $WHITE, xsize => $w, ysize => $h);
    $img->filter(type => 'unsharpmask', stddev => 1.2, scale => 0.6);
    $img = $j->{bw} ? gray($img)->map(all => lut(70, 200, 1.2)) : $img->map(all => lut(20, 225, 0.9));
    grain($img, 30, 0.04);
    if ($j->{brand}) { text($img, $j, $j->{brand}, $img->getwidth - 200, $img->getheight - 18, 20, Imager::Color->new(150, 150, 150)); }
  } elsif ($c eq 'chat_forward') {
    $img = rgb($img);
    my $long = $img->getwidth > $img->getheight ? $img->getwidth : $img->getheight;
    $img = $img->scale(scalefactor => $j->{long} / $long, qtype => 'mixing') if $long > $j->{long};
    $img = jpeg_cycle($img, $j->{q1});
    if ($j->{shot}) {  # a screenshot of the chat: status bar, title, the picture in the conversation
      my ($sw, $sh) = (1080, 2340);
      my $s = Imager->new(xsize => $sw, ysize => $sh, channels => 3);
      $s->box(filled => 1, color => Imager::Color->new(237, 237, 237));
      $s->box(filled => 1, xmin => 0, ymin => 0, xmax => $sw, ymax => 200, color => Imager::Color->new(247, 247, 247));
      text($s, $j, $j->{clock}, 40, 60, 34, Imager::Color->new(0, 0, 0));
      text($s, $j, $j->{title}, 420, 160, 40, Imager::Color->new(0, 0, 0));
      my $pw = 760;
      my $p = $img->scale(xpixels => $pw, qtype => 'mixing');
      $p = $p->crop(height => 1800) if $p->getheight > 1800;
      $s->paste(src => $p, left => $j->{mine} ? $sw - $pw - 150 : 150, top => 260);
      $img = $s;
    }
    $img = $img->scale(scalefactor => 0.92, qtype => 'mixing') if $j->{rescale};
  } elsif ($c eq 'photo') {
    $img = rgb($img);
    $img->filter(type => 'gaussian', stddev => $j->{blur}) if $j->{blur} > 0;
    vignette($img, $j->{vig});
    grain($img, $j->{grain}, 0.07);
    $img->filter(type => 'unsharpmask', stddev => 1.0, scale => 0.4) if $j->{sharpen};
  } else { die "capture $c"; }
  write_out($img, $j);
  print "DONE\t$j->{out}\n";
}
