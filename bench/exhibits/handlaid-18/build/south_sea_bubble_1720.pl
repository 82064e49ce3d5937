#!/usr/bin/perl
# Folded leaflet (A4 landscape, two sides, three panels each) with PDF::API2. Usage: perl THIS content.json out.pdf
use strict; use warnings; use utf8;
use PDF::API2; use JSON::PP;
my ($cj, $out) = @ARGV;
my $d = do { local $/; open my $fh, '<:raw', $cj or die; JSON::PP->new->utf8->decode(<$fh>) };
my $pdf = PDF::API2->new();
$pdf->info(Title => 'The South Sea Bubble', Author => 'Threadneedle Museum of Money (hand-laid set 18)',
           Creator => 'south_sea_bubble_1720.pl', Producer => "PDF::API2 $PDF::API2::VERSION");
my $L = '/usr/share/fonts/truetype/liberation/';
my %F = (serif => $pdf->ttfont("${L}LiberationSerif-Regular.ttf"), serifI => $pdf->ttfont("${L}LiberationSerif-Italic.ttf"),
         sans => $pdf->ttfont("${L}LiberationSans-Regular.ttf"), sansB => $pdf->ttfont("${L}LiberationSans-Bold.ttf"),
         serifB => $pdf->ttfont("${L}LiberationSerif-Bold.ttf"));
my ($W, $H) = (842, 595); my $PW = $W / 3; my $M = 22;
my $SHY = "\x{AD}";
my @red = ('#8c1c13'); my $grey = '#555555';

sub w { my ($f, $s, $t) = @_; (my $c = $t) =~ s/$SHY//g; return $F{$f}->width($c) * $s; }
# break text into lines: returns list of [words-string, is_last]; words may be split at soft hyphens
sub lines { my ($f, $s, $text, $width, $indent) = @_;
  my @words = split / /, $text; my @out; my @cur; my $avail = $width - ($indent // 0);
  while (@words) { my $wd = shift @words;
    my $try = join(' ', @cur, $wd);
    if (w($f, $s, $try) <= $avail) { push @cur, $wd; next; }
    # try a soft-hyphen split
    my @parts = split /$SHY/, $wd; my $done = 0;
    for (my $k = $#parts; $k >= 1; $k--) {
      my $head = join('', @parts[0..$k-1]) . '-';
      if (w($f, $s, join(' ', @cur, $head)) <= $avail) {
        push @out, [join(' ', @cur, $head), 0]; @cur = (); unshift @words, join($SHY, @parts[$k..$#parts]); $done = 1; last; } }
    next if $done;
    push @out, [join(' ', @cur), 0]; @cur = ($wd); $avail = $width; }
    continue { $avail = $width if @out && !@cur; }
  push @out, [join(' ', @cur), 1] if @cur; return @out; }
# draw one line, justified unless last
sub drawline { my ($page, $f, $s, $x, $y, $width, $line, $last, $color, $just) = @_;
  my $t = $page->text; $t->font($F{$f}, $s); $t->fillcolor($color // '#222222');
  (my $clean = $line) =~ s/$SHY//g;
  if ($last || !$just) { $t->translate($x, $y); $t->text($clean); return; }
  my @ws = split / /, $clean; my $tot = 0; $tot += $F{$f}->width($_) * $s for @ws;
  my $gap = @ws > 1 ? ($width - $tot) / (@ws - 1) : 0; my $cx = $x;
  for my $wd (@ws) { $t->translate($cx, $y); $t->text($wd); $cx += $F{$f}->width($wd) * $s + $gap; } }
sub box { my ($page, $x, $y, $w, $h, $fill) = @_; my $g = $page->gfx; $g->fillcolor($fill); $g->rect($x, $y, $w, $h); $g->fill; }
sub image { my ($page, $file, $x, $y, $w, $h) = @_; my $img = $pdf->image($file); $page->gfx->image($img, $x, $y, $w, $h); }
sub spaced { my ($s) = @_; return join(' ', split //, $s); }
sub footer { my ($page) = @_; my $t = $page->text; $t->font($F{sans}, 7); $t->fillcolor($grey);
  $t->translate($W / 2, 14); $t->text($d->{footer}, align => 'center');
  my $g = $page->gfx; $g->strokecolor('#bbbbbb'); $g->linewidth(0.4); for my $k (1, 2) { $g->move($PW * $k, 30); $g->line($PW * $k, $H - 20); } $g->stroke; }

# ------------------------------------------------------------------ side 1 (outside): flap | back | cover
my $p1 = $pdf->page(); $p1->size([0, 0, $W, $H]);
{ # panel 1, inner flap: the sidebar and the address
  my ($x, $tw) = ($M, $PW - 2 * $M); my $y = $H - 60;
  my $sb = $d->{sidebar}; my @ls; push @ls, lines('serif', 10, $_, $tw - 20, 0) for @{$sb->{paras}};
  my $bh = 34 + 13 * @ls + 14; box($p1, $x, $y - $bh, $tw, $bh, '#eee4cf');
  my $t = $p1->text; $t->font($F{sansB}, 13); $t->fillcolor($red[0]); $t->translate($x + 10, $y - 24); $t->text($sb->{title});
  my $yy = $y - 44; for my $l (@ls) { drawline($p1, 'serif', 10, $x + 10, $yy, $tw - 20, @$l, '#222222', 1); $yy -= 13; }
  $y = $y - $bh - 40; my $a = $p1->text; $a->font($F{sans}, 8.5); $a->fillcolor($grey);
  for my $l (@{$d->{address}}) { $a->translate($x, $y); $a->text($l); $y -= 12; } }
{ # panel 2, back: opening info only (boilerplate)
  my $x = $PW + $M; my $t = $p1->text; $t->font($F{sansB}, 9); $t->fillcolor($grey);
  $t->translate($x, 120); $t->text('Free entry · Step-free access'); $t->font($F{sans}, 7.5);
  $t->translate($x, 106); $t->text('Leaflet 7 · Please recycle or return to the desk'); }
{ # panel 3, cover: kicker, title, picture, intro
  my $x = 2 * $PW + $M; my $tw = $PW - 2 * $M; my $y = $H - 58;
  my $t = $p1->text; $t->font($F{sans}, 8); $t->fillcolor($red[0]); $t->translate($x, $y); $t->text(spaced($d->{kicker}));
  $y -= 40; $t->font($F{serifB}, 30); $t->fillcolor('#111111');
  for my $l (@{$d->{title_lines}}) { $t->translate($x, $y); $t->text($l); $y -= 34; }
  $y -= 4; my $ih = $tw * 0.75; image($p1, $d->{img}{cover}, $x, $y - $ih, $tw, $ih); $y -= $ih + 20;
  for my $l (lines('serifI', 11.5, $d->{intro}, $tw, 0)) { drawline($p1, 'serifI', 11.5, $x, $y, $tw, @$l, '#222222', 0); $y -= 15; } }
footer($p1);

# ------------------------------------------------------------------ side 2 (inside): sections I-IV in three columns
my $p2 = $pdf->page(); $p2->size([0, 0, $W, $H]);
my @cols = map { [$_ * $PW + $M, $PW - 2 * $M] } 0 .. 2; my $ci = 0; my $top = $H - 40; my $bottom = 64; my $y = $top;
my ($FS, $LD) = (11, 14.6); my $markcol;
sub need { my ($h) = @_; if ($y - $h < $bottom) { $ci++; die "out of columns" if $ci > 2; $y = $top; } }
sub colx { $cols[$ci][0] } sub colw { $cols[$ci][1] }
my $si = 0;
for my $s (@{$d->{sections}}) {
  $si++;
  # "Above:" picture of section IV goes first in its column when it starts a new column
  need(70); $y -= 8 if $y < $top;
  my $t = $p2->text; $t->font($F{sansB}, 8); $t->fillcolor($red[0]); $t->translate(colx(), $y - 8); $t->text($s->{label});
  $y -= 14; $t->font($F{sansB}, 12.5); $t->fillcolor('#111111'); $t->translate(colx(), $y - 12); $t->text($s->{title}); $y -= 22;
  my $pi = 0;
  for my $p (@{$s->{paras}}) {
    $pi++; my $text = $p;
    my $indent = $pi == 1 ? 0 : 10;
    my @ls = lines('serif', $FS, $text, colw(), $indent);
    my $n = 0;
    while (@ls) { my $l = shift @ls; need($LD); $n++;
      my $x = colx(); my $ww = colw(); if ($n == 1 && $indent) { $x += $indent; $ww -= $indent; }
      drawline($p2, 'serif', $FS, $x, $y - $FS, $ww, @$l, '#222222', 1);
      $markcol = $ci if $l->[0] =~ /\*/;
      $y -= $LD;
      # re-break the rest when the column width changes (all columns have the same width here)
      if ($si == 2 && $pi == 1 && $n == $d->{break_lines}) {  # picture row: picture left, caption right
        my $c = $s->{captions}[0]; my ($iw, $ih) = (84, 66); need($ih + 10); $y -= 5;
        image($p2, $d->{img}{receipt}, colx(), $y - $ih, $iw, $ih);
        my $cx = colx() + $iw + 8; my $cw = colw() - $iw - 8; my $cy = $y - 8;
        my @cl = lines('sans', 7.5, "$c->{position}: $c->{text}", $cw, 0);
        for my $q (@cl) { drawline($p2, 'sans', 7.5, $cx, $cy, $cw, @$q, '#333333', 0); $cy -= 9.5; }
        for my $q (lines('sans', 6, $c->{credit}, $cw, 0)) { drawline($p2, 'sans', 6, $cx, $cy, $cw, @$q, '#777777', 0); $cy -= 8; }
        $y -= $ih + 8; } } }
  if ($si == 1) { # pull quote between rules after section I
    my @ql = lines('serifI', 14, $d->{pullquote}, colw() - 16, 0); my $qh = 18 * @ql + 22; need($qh + 10); $y -= 10;
    my $g = $p2->gfx; $g->strokecolor($red[0]); $g->linewidth(0.8); $g->move(colx(), $y); $g->line(colx() + colw(), $y); $g->stroke;
    my $yy = $y - 20; for my $q (@ql) { drawline($p2, 'serifI', 14, colx() + 8, $yy, colw() - 16, @$q, $red[0], 0); $yy -= 18; }
    $y -= $qh; $g->move(colx(), $y); $g->line(colx() + colw(), $y); $g->stroke; $y -= 4; }
  if ($si == 4) { my $c = $s->{captions}[0]; my $ih = colw() * 0.42; need($ih + 40); $y -= 6;
    image($p2, $d->{img}{cards}, colx(), $y - $ih, colw(), $ih); $y -= $ih + 10;
    for my $q (lines('sans', 7.5, "$c->{position}: $c->{text}", colw(), 0)) { drawline($p2, 'sans', 7.5, colx(), $y, colw(), @$q, '#333333', 0); $y -= 9.5; }
    for my $q (lines('sans', 6, $c->{credit}, colw(), 0)) { drawline($p2, 'sans', 6, colx(), $y, colw(), @$q, '#777777', 0); $y -= 8; } }
}
{ # footnote at the foot of the column that holds the mark
  my $x = $cols[$markcol // 0][0]; my $g = $p2->gfx; $g->strokecolor('#888888'); $g->linewidth(0.4); $g->move($x, 56); $g->line($x + 50, 56); $g->stroke;
  my $yy = 47; for my $q (lines('serif', 7, $d->{footnote}, $cols[0][1], 0)) { drawline($p2, 'serif', 7, $x, $yy, $cols[0][1], @$q, '#444444', 0); $yy -= 8.5; } }
footer($p2);
$pdf->saveas($out);
