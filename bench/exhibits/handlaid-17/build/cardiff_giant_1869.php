<?php
// Catalogue pages 27-28 for "The Cardiff Giant", made with TCPDF 6.6.2 (Debian php-tcpdf).
// Usage: php cardiff_giant_1869.php CONTENT.json OUT.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');

$ex = json_decode(file_get_contents($argv[1]), true);
$out = $argv[2];
$img = __DIR__ . '/img/';

class CataloguePDF extends TCPDF {
    public $ex;
    public $firstNo;
    public function Header() {
        $this->SetY(10);
        $this->SetFont('dejavusanscondensed', '', 7.5);
        $this->SetTextColor(90, 90, 90);
        $this->Cell(95, 5, $this->ex['header_left'], 0, 0, 'L');
        $this->SetFont('dejavusanscondensed', 'I', 7.5);
        $this->Cell(0, 5, $this->ex['header_right'], 0, 1, 'R');
        $this->SetDrawColor(120, 120, 120);
        $this->Line(18, 16, 192, 16);
    }
    public function Footer() {
        // catalogue folio: right on odd pages, left on even pages
        $no = $this->getPage() + $this->firstNo - 1;
        $this->SetY(-14);
        $this->SetFont('dejavusanscondensed', 'B', 9);
        $this->SetTextColor(40, 40, 40);
        $this->Cell(0, 5, (string)$no, 0, 0, ($no % 2) ? 'R' : 'L');
    }
}

$pdf = new CataloguePDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->ex = $ex;
$pdf->firstNo = $ex['first_page_no'];
$pdf->SetCreator('hand-laid set 17');
$pdf->SetAuthor('Onondaga Museum of American Curiosities');
$pdf->SetTitle('The Cardiff Giant');
$pdf->SetMargins(18, 22, 18);
$pdf->SetHeaderMargin(8);
$pdf->SetFooterMargin(12);
$pdf->SetAutoPageBreak(true, 34);          // room at the foot of p. 27 for the footnote
$pdf->setCellHeightRatio(1.4);
$pdf->AddPage();

$RED = '#8c1c13';
$h = function ($s) { return htmlspecialchars($s, ENT_QUOTES, 'UTF-8'); };

// ---- title block, full width
$pdf->SetFont('dejavusanscondensed', 'B', 8);
$pdf->SetTextColor(140, 28, 19);
$pdf->Cell(0, 5, $ex['kicker'], 0, 1, 'L');
$pdf->Ln(1);
$pdf->SetFont('dejavuserifcondensed', 'B', 30);
$pdf->SetTextColor(20, 20, 20);
$pdf->Cell(0, 13, $ex['title_lines'][0], 0, 1, 'L');
$pdf->SetFont('dejavuserifcondensed', 'I', 12.5);
$pdf->writeHTMLCell(0, 0, '', '', '<p>' . $h($ex['intro'][0]) . '</p>', 0, 1, false, true, 'L');
$pdf->Ln(2);
$pdf->SetDrawColor(140, 28, 19);
$pdf->SetLineWidth(0.6);
$pdf->Line(18, $pdf->GetY(), 192, $pdf->GetY());
$pdf->SetLineWidth(0.2);
$pdf->Ln(4);
// an uncaptioned picture of the giant's plaster cast across the page
$pdf->Image($img . 'giant_hero.png', 18, $pdf->GetY(), 174, 50, 'PNG');
$pdf->SetY($pdf->GetY() + 54);

// ---- two columns for sections 3.1-3.3 and the sidebar
$css = '<style>
 p.b { font-family: dejavuserifcondensed; font-size: 10.8pt; font-style: normal; text-align: justify; text-indent: 4mm; }
 p.c { font-family: dejavuserifcondensed; font-size: 10.8pt; font-style: normal; text-align: justify; }
 td.lab { font-family: dejavusanscondensed; font-weight: bold; font-size: 15pt; color: ' . $RED . '; }
 td.head { font-family: dejavusanscondensed; font-weight: bold; font-size: 12.5pt; }
 td.cap { font-family: dejavusanscondensed; font-size: 7.6pt; text-align: right; }
 span.pos { font-weight: bold; color: ' . $RED . '; }
 span.credit { font-size: 6.4pt; color: #666666; }
 td.sb { font-family: dejavusanscondensed; font-size: 8.6pt; background-color: #efe6d2; }
 sup { font-size: 6pt; }
</style>';

function heading_row($sec, $h) {
    return '<table cellpadding="0" cellspacing="0"><tr><td class="lab" width="14%">' . $h($sec['label'])
        . '</td><td class="head" width="86%">' . $h($sec['title']) . '</td></tr></table>';
}

$s = $ex['sections_shy'];
$html = $css;
// 3.1: paragraph 2 is broken after its second sentence by the picture; the caption is on the left of the
// picture, set flush right ("Right:" = the picture is on the right). The continuation has no indent.
$html .= heading_row($s[0], $h);
$html .= '<p class="b">' . $h($s[0]['paras'][0]) . '</p>';
list($p2a, $p2b) = explode('|SPLIT|', $s[0]['paras_split'][1]);
$html .= '<p class="b">' . $h($p2a) . '</p>';
$cap = $ex['sections'][0]['caption'];
$html .= '<table cellpadding="2"><tr><td class="cap" width="42%"><br/><br/><br/><br/><span class="pos">'
    . $h($cap['pos']) . ':</span> ' . $h($cap['text']) . '<br/><span class="credit">' . $h($cap['credit'])
    . '</span></td><td width="58%"><img src="' . $img . 'giant_pit.png" width="120" height="96"/></td></tr></table>';
$html .= '<p class="c">' . $h($p2b) . '</p>';
// 3.2 and 3.3
foreach ([1, 2] as $i) {
    $html .= '<br/>' . heading_row($s[$i], $h);
    foreach ($s[$i]['paras'] as $p) {
        $html .= '<p class="b">' . $h($p) . '</p>';
    }
}
// sidebar box at the end of the column flow
$sb = $ex['sidebar'];
$html .= '<br/><table cellpadding="6"><tr><td class="sb"><b>' . $h($sb['title']) . '</b><br/>'
    . $h($sb['paras_shy'][0]) . '</td></tr></table>';
// the footnote reference sits after "gypsum" in 3.1 (a superscript 1)
$html = str_replace('|FN|', '<sup>1</sup>', $html);

$pdf->setEqualColumns(2, 84);
$pdf->selectColumn(0);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserifcondensed', '', 10.8);
$pdf->writeHTML($html, true, false, true, false, '');
$endCol = $pdf->getColumn();
$endY = $pdf->GetY();
$pdf->resetColumns();
fwrite(STDERR, "column flow ends on page " . $pdf->getPage() . ", column $endCol, y=$endY\n");

// ---- 3.4: the case, with three object cards across the page
$c = $ex['sections'][3];
$html = $css . '<br/>' . heading_row($s[3], $h) . '<p class="c">' . $h($c['paras'][0]) . '</p><br/>';
$html .= '<table cellpadding="5" cellspacing="6"><tr>';
$n = 0;
foreach ($c['cards'] as $card) {
    $n++;
    $html .= '<td width="33%" style="border: 0.3mm solid #999999;"><img src="' . $img . 'giant_card' . $n
        . '.png" width="150" height="100"/><br/><span style="font-family: dejavusanscondensed; font-weight: bold;'
        . ' font-size: 9pt; color: ' . $RED . ';">' . $h($card['no']) . '</span><br/>'
        . '<span style="font-family: dejavusanscondensed; font-size: 8pt;">' . $h($card['text']) . '</span><br/>'
        . '<span class="credit" style="font-family: dejavusanscondensed;">' . $h($card['credit']) . '</span></td>';
}
$html .= '</tr></table>';
$pdf->writeHTML($html, true, false, true, false, '');

// ---- footnote at the foot of p. 27
$pdf->setPage(1);
$pdf->SetAutoPageBreak(false);
$pdf->SetDrawColor(120, 120, 120);
$pdf->Line(18, 268, 60, 268);
$pdf->SetXY(18, 269.5);
$pdf->SetFont('dejavuserifcondensed', '', 7);
$pdf->SetTextColor(50, 50, 50);
$pdf->MultiCell(174, 4, '1 ' . $ex['footnote'], 0, 'L');
$pdf->lastPage();

$pdf->Output($out, 'F');
echo "wrote $out\n";
