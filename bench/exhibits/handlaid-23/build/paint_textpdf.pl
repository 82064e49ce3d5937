#!/usr/bin/perl
# Paints an ops list with Text::PDF (Debian libtext-pdf-perl): base-14 fonts, WinAnsiEncoding.
# Ops are drawn in the order given, so content-stream order = list order.
use strict;
use warnings;
use Text::PDF::File;
use Text::PDF::Page;
use Text::PDF::Pages;
use Text::PDF::SFont;
use Text::PDF::Utils;

my ($in, $out) = @ARGV;
my %base = (TR => 'Times-Roman', TB => 'Times-Bold', TI => 'Times-Italic',
            HR => 'Helvetica', HB => 'Helvetica-Bold', HI => 'Helvetica-Oblique');
my $pdf = Text::PDF::File->new;
my $root = Text::PDF::Pages->new($pdf);
$root->proc_set('PDF', 'Text');
for my $k (sort keys %base) {
    my $f = Text::PDF::SFont->new($pdf, $base{$k}, $k, 1);    # 1 = WinAnsiEncoding
    $root->add_font($f);
}
$pdf->{'Info'} = PDFDict();
$pdf->new_obj($pdf->{'Info'});
$pdf->{'Info'}{'Producer'} = PDFStr('Text::PDF 0.31');
$pdf->{'Info'}{'Creator'} = PDFStr('hand-laid set 23 painter');

my $page;
open(my $fh, '<', $in) or die $!;
while (my $l = <$fh>) {
    chomp $l;
    my @f = split /\t/, $l;
    if ($f[0] eq 'P') {
        $page = Text::PDF::Page->new($pdf, $root);
        $page->bbox(0, 0, $f[1], $f[2]);
    } elsif ($f[0] eq 'T') {
        my ($t, $font, $size, $x, $y, $rgb, $tw, $hex) = @f;
        $page->add(sprintf("BT %s rg /%s %s Tf %s Tw 1 0 0 1 %s %s Tm <%s> Tj ET\n", $rgb, $font, $size, $tw, $x, $y, $hex));
    } elsif ($f[0] eq 'R') {
        my ($t, $x, $y, $w, $h, $rgb) = @f;
        $page->add(sprintf("%s rg %s %s %s %s re f\n", $rgb, $x, $y, $w, $h));
    }
}
close $fh;
$pdf->out_file($out);
