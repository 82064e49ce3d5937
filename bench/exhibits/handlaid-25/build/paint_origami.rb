# Painter for Origami 2.1.0 (Ruby, Debian ruby-origami): draws build/NAME.ops.json
# op by op, in the given order, into one content stream per page.
# Usage: ruby paint_origami.rb NAME.ops.json OUT.pdf
require 'json'
require 'origami'

ops_file, out = ARGV
data = JSON.parse(File.read(ops_file, encoding: 'UTF-8'))

BASE = {
  'TR' => :'Times-Roman', 'TI' => :'Times-Italic', 'TB' => :'Times-Bold', 'TBI' => :'Times-BoldItalic',
  'HR' => :Helvetica, 'HI' => :'Helvetica-Oblique', 'HB' => :'Helvetica-Bold', 'HBI' => :'Helvetica-BoldOblique'
}

def pdfstr(s)
  b = s.encode('Windows-1252').b
  '(' + b.gsub(/[\\()]/) { |m| '\\' + m } + ')'
end

def num(v)
  format('%.3f', v).sub(/\.?0+$/, '')
end

pdf = Origami::PDF.new
fonts = {}
BASE.each do |key, base|
  f = Origami::Font::Type1.new
  f.BaseFont = base
  f.Encoding = :WinAnsiEncoding
  fonts[key] = pdf.insert(f)
end

data['pages'].each do |pg|
  buf = +''
  pg['ops'].each do |op|
    case op['t']
    when 'text'
      c = op['c'].map { |v| num(v) }.join(' ')
      buf << "BT /#{op['f']} #{num(op['s'])} Tf #{c} rg #{num(op['tw'])} Tw 1 0 0 1 #{num(op['x'])} #{num(op['y'])} Tm #{pdfstr(op['str'])} Tj ET\n"
    when 'rect'
      c = op['c'].map { |v| num(v) }.join(' ')
      buf << "#{c} rg #{num(op['x'])} #{num(op['y'])} #{num(op['w'])} #{num(op['h'])} re f\n"
    when 'line'
      c = op['c'].map { |v| num(v) }.join(' ')
      buf << "#{c} RG #{num(op['lw'])} w #{num(op['x1'])} #{num(op['y1'])} m #{num(op['x2'])} #{num(op['y2'])} l S\n"
    end
  end
  page = Origami::Page.new
  page.MediaBox = Origami::Rectangle[llx: 0, lly: 0, urx: pg['w'], ury: pg['h']]
  res = Origami::Resources.new
  res.Font = Origami::Dictionary.new
  fonts.each { |k, ref| res.Font[k.to_sym] = ref }
  page.Resources = res
  cs = Origami::ContentStream.new(buf.b)
  cs.setFilter(:FlateDecode)
  page.Contents = pdf.insert(cs)
  pdf.append_page(page)
end

info = data['info'] || {}
inf = pdf.insert(Origami::Dictionary.new(Title: (info['title'] || ''), Producer: 'Origami 2.1.0', Creator: 'paint_origami.rb (hand-laid set r21)'))
pdf.trailer.Info = inf
pdf.save(out, noindent: true)
