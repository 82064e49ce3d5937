<?php
// Render the exhibit HTML with dompdf (Debian php-dompdf). Usage: php emu_war_1932.php IN.html OUT.pdf
require_once '/usr/share/php/dompdf/autoload.php';
use Dompdf\Dompdf; use Dompdf\Options;
$o = new Options(); $o->set('chroot', [__DIR__, '/usr/share/fonts/truetype/liberation']); @mkdir(__DIR__.'/dompdf_fonts'); $o->set('fontDir', __DIR__.'/dompdf_fonts'); $o->set('fontCache', __DIR__.'/dompdf_fonts'); $o->set('isRemoteEnabled', false); $o->set('defaultFont', 'GuideSerif');
$d = new Dompdf($o); $d->setBasePath(__DIR__);
$d->loadHtml(file_get_contents($argv[1]), 'UTF-8'); $d->setPaper('A4', 'portrait'); $d->render();
$c = $d->getCanvas(); $fm = $d->getFontMetrics(); $f = $fm->getFont('GuideSans', 'normal');
$c->page_text(490, 806, 'Page {PAGE_NUM} of {PAGE_COUNT}', $f, 7.5, [0.4, 0.4, 0.4]);
$d->addInfo('Title', 'The Great Emu War'); $d->addInfo('Author', 'Wheatbelt Museum of Rural Life (hand-laid set 18)');
file_put_contents($argv[2], $d->output());
