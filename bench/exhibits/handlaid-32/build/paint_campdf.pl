#!/usr/bin/perl
# Painter: reads a display list (JSON) and writes the PDF with CAM::PDF.
# CAM::PDF cannot start from nothing, so a one-page skeleton with an empty page is
# parsed first; CAM::PDF then duplicates pages, adds the fonts, sets every page's
# content stream and writes the file (cleanoutput).
use strict; use warnings;
use JSON::PP; use CAM::PDF; use CAM::PDF::Node; use Encode;
my ($in, $out) = @ARGV;
open my $fh, '<:raw', $in or die; local $/; my $dl = decode_json(<$fh>); close $fh;
my $pages = $dl->{pages};
my ($W, $H) = ($pages->[0]{w}, $pages->[0]{h});
my @objs = ("<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 $W $H] /Contents 4 0 R /Resources << >> >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            "<< /Producer (CAM::PDF $CAM::PDF::VERSION) /Creator (r28 hand-laid set, build/paint_campdf.pl) /Title (".($dl->{title} // '').") >>");
my $pdf = "%PDF-1.4\n"; my @off;
for my $i (0..$#objs) { push @off, length($pdf); $pdf .= ($i+1)." 0 obj\n$objs[$i]\nendobj\n"; }
my $x = length($pdf);
$pdf .= "xref\n0 ".(@objs+1)."\n0000000000 65535 f \n";
$pdf .= sprintf("%010d 00000 n \n", $_) for @off;
$pdf .= "trailer\n<< /Size ".(@objs+1)." /Root 1 0 R /Info 5 0 R >>\nstartxref\n$x\n%%EOF\n";
my $doc = CAM::PDF->new($pdf) or die "parse: $CAM::PDF::errstr";
$doc->duplicatePage(1, 1) for 2..scalar(@$pages);
my %fonts = (R=>'Times-Roman', B=>'Times-Bold', I=>'Times-Italic', BI=>'Times-BoldItalic',
             S=>'Helvetica', SB=>'Helvetica-Bold', SI=>'Helvetica-Oblique', SBI=>'Helvetica-BoldOblique');
sub esc { my $s = encode('cp1252', shift, Encode::FB_CROAK); $s =~ s/([\\()])/\\$1/g; return $s; }
sub n { my $v = shift; my $s = sprintf('%.2f', $v); $s =~ s/\.?0+$//; $s = '0' if $s eq '-0' or $s eq ''; return $s; }
for my $pi (0..$#$pages) {
  my $pn = $pi + 1; my $pg = $pages->[$pi];
  for my $k (sort keys %fonts) {
    $doc->addFont($pn, $fonts{$k}, "F$k");
    my $f = $doc->getFont($pn, "F$k");
    $f->{Encoding} = CAM::PDF::Node->new('label', 'WinAnsiEncoding');
  }
  my $c = '';
  for my $op (@{$pg->{ops}}) {
    my ($t, @a) = @$op;
    if ($t eq 'rect') {
      my ($x,$y,$w,$h,$fill,$stroke,$lw) = @a;
      $c .= "q ";
      $c .= join(' ', map { n($_) } @$fill)." rg " if $fill;
      $c .= join(' ', map { n($_) } @$stroke)." RG ".n($lw // 0.5)." w " if $stroke;
      $c .= join(' ', map { n($_) } ($x,$y,$w,$h))." re ".($fill && $stroke ? 'B' : $fill ? 'f' : 'S')." Q\n";
    } elsif ($t eq 'line') {
      my ($x1,$y1,$x2,$y2,$rgb,$lw,$dash) = @a;
      $c .= "q ".join(' ', map { n($_) } @$rgb)." RG ".n($lw)." w ".($dash ? "[$dash] 0 d " : '');
      $c .= n($x1).' '.n($y1).' m '.n($x2).' '.n($y2)." l S Q\n";
    } elsif ($t eq 'text') {
      my ($x,$y,$fk,$size,$rgb,$s,$tc,$tw) = @a;
      $c .= "BT /F$fk ".n($size)." Tf ".join(' ', map { n($_) } @$rgb)." rg ".n($tc // 0)." Tc ".n($tw // 0)." Tw ";
      $c .= "1 0 0 1 ".n($x).' '.n($y)." Tm (".esc($s).") Tj ET\n";
    }
  }
  $doc->setPageContent($pn, $c);
}
$doc->cleanoutput($out);
