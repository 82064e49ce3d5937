#!/usr/bin/perl
# Painter for set 21: draws a TSV ops list, in the order given, with PDF::Reuse (Debian libpdf-reuse-perl).
# Base-14 fonts; text is passed as cp1252 bytes (PDF::Reuse writes /WinAnsiEncoding).
use strict;
use warnings;
use PDF::Reuse;
use Encode qw(decode encode);
my ($ops, $out, $title) = @ARGV;
my %FONT = ('serif' => 'Times-Roman', 'serif-i' => 'Times-Italic', 'serif-b' => 'Times-Bold',
            'sans' => 'Helvetica', 'sans-b' => 'Helvetica-Bold', 'sans-i' => 'Helvetica-Oblique');
prFile($out);
prDocDir('.');
open(my $fh, '<:raw', $ops) or die;
my $first = 1;
while (my $ln = <$fh>) {
    chomp $ln;
    my @f = split(/\t/, $ln, -1);
    if ($f[0] eq 'page') {
        prPage() unless $first;
        $first = 0;
        prMbox(0, 0, $f[1], $f[2]);
    } elsif ($f[0] eq 'text') {
        my $t = encode('cp1252', decode('UTF-8', $f[9]));
        prAdd(sprintf('%s %s %s rg %s Tw', @f[5, 6, 7, 8]));
        prFont($FONT{$f[3]});
        prFontSize($f[4]);
        prText($f[1], $f[2], $t);
        prAdd('0 Tw');
    } elsif ($f[0] eq 'rect') {
        prAdd(sprintf('%s %s %s rg %s %s %s %s re f', @f[5, 6, 7], @f[1 .. 4]));
    } elsif ($f[0] eq 'line') {
        prAdd(sprintf('%s %s %s RG %s w %s %s m %s %s l S', @f[6, 7, 8], $f[5], @f[1 .. 4]));
    }
}
prEnd();
