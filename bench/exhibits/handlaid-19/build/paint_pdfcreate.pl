#!/usr/bin/perl
# Paints an ops file (cp1252 text) with PDF::Create. Usage: paint_pdfcreate.pl OPS OUT.pdf TITLE
use strict; use warnings;
use PDF::Create;
my ($ops, $out, $title) = @ARGV;
my $pdf = PDF::Create->new(filename => $out, Version => '1.4', Title => $title,
    Author => 'Bingley Beck Photographic Museum', CreationDate => [localtime(0)]);
my %base = (HR => 'Helvetica', HB => 'Helvetica-Bold', HI => 'Helvetica-Oblique', HBI => 'Helvetica-BoldOblique',
            TR => 'Times-Roman', TB => 'Times-Bold', TI => 'Times-Italic', TBI => 'Times-BoldItalic');
my %font;
for my $k (sort keys %base) {
    $font{$k} = $pdf->font(Subtype => 'Type1', Encoding => 'WinAnsiEncoding', BaseFont => $base{$k});
}
my $root; my $page;
open(my $fh, '<:raw', $ops) or die;
while (my $l = <$fh>) {
    chomp $l; my @t = split /\t/, $l, -1;
    if ($t[0] eq 'PAGE') {
        $root ||= $pdf->new_page(MediaBox => [0, 0, $t[1], $t[2]]);
        $page = $root->new_page;
    } elsif ($t[0] eq 'TEXT') {
        $page->setrgbcolor($t[3], $t[4], $t[5]);
        $page->string($font{$t[1]}, $t[2], $t[6], $t[7], $t[9], 'L', undef, $t[8]);
    } elsif ($t[0] eq 'RECT') {
        $page->setrgbcolor($t[5], $t[6], $t[7]);
        $page->rectangle($t[1], $t[2], $t[3], $t[4]); $page->fill;
    } elsif ($t[0] eq 'LINE') {
        $page->set_width($t[5]); $page->setrgbcolorstroke($t[6], $t[7], $t[8]);
        $page->line($t[1], $t[2], $t[3], $t[4]);
    }
}
$pdf->close;
