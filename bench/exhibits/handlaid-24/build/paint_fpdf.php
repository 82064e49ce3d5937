<?php
// Paints NAME.ops.json with FPDF (PHP, Debian php-fpdf), ops in the given order.
require '/usr/share/php/fpdf/fpdf.php';
$name = $argv[1]; $out = $argv[2];
$ops = json_decode(file_get_contents("$name.ops.json"), true);
$map = ['serif' => ['Times', ''], 'serif-bold' => ['Times', 'B'], 'serif-italic' => ['Times', 'I'],
        'sans' => ['Helvetica', ''], 'sans-bold' => ['Helvetica', 'B'], 'sans-italic' => ['Helvetica', 'I']];
$pdf = null; $H = 0;
foreach ($ops as $o) {
  if ($o['op'] == 'page') {
    if ($pdf === null) { $pdf = new FPDF('P', 'pt', [$o['w'], $o['h']]); $pdf->SetAutoPageBreak(false);
                         $pdf->SetTitle($argv[3], true); $pdf->SetCreator('hand-laid set 24 painter'); }
    $pdf->AddPage($o['w'] > $o['h'] ? 'L' : 'P', [$o['w'], $o['h']]); $H = $o['h'];
  } elseif ($o['op'] == 'text') {
    [$fam, $st] = $map[$o['font']];
    $pdf->SetFont($fam, $st, $o['size']);
    $pdf->SetTextColor(round($o['color'][0] * 255), round($o['color'][1] * 255), round($o['color'][2] * 255));
    $pdf->Text($o['x'], $H - $o['y'], iconv('UTF-8', 'windows-1252', $o['text']));
  } elseif ($o['op'] == 'rect') {
    $pdf->SetFillColor(round($o['fill'][0] * 255), round($o['fill'][1] * 255), round($o['fill'][2] * 255));
    $pdf->Rect($o['x'], $H - $o['y'] - $o['h'], $o['w'], $o['h'], 'F');
  } elseif ($o['op'] == 'line') {
    $pdf->SetDrawColor(round($o['color'][0] * 255), round($o['color'][1] * 255), round($o['color'][2] * 255));
    $pdf->SetLineWidth($o['lw']);
    $pdf->Line($o['x1'], $H - $o['y1'], $o['x2'], $H - $o['y2']);
  }
}
$pdf->Output('F', $out);
