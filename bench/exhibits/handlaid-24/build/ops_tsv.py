"""NAME.ops.json -> NAME.ops.tsv (text as hex of cp1252 bytes) for the OCaml painter."""
import json, sys
ops = json.load(open(sys.argv[1] + '.ops.json'))
with open(sys.argv[1] + '.ops.tsv', 'w') as f:
    for o in ops:
        if o['op'] == 'page': f.write(f"P\t{o['w']}\t{o['h']}\n")
        elif o['op'] == 'text':
            r, g, b = o['color']
            f.write(f"T\t{o['x']}\t{o['y']}\t{o['font']}\t{o['size']}\t{r}\t{g}\t{b}\t{o['tw']}\t{o['text'].encode('cp1252').hex()}\n")
        elif o['op'] == 'rect':
            r, g, b = o['fill']; f.write(f"R\t{o['x']}\t{o['y']}\t{o['w']}\t{o['h']}\t{r}\t{g}\t{b}\n")
        elif o['op'] == 'line':
            r, g, b = o['color']; f.write(f"L\t{o['x1']}\t{o['y1']}\t{o['x2']}\t{o['y2']}\t{r}\t{g}\t{b}\t{o['lw']}\n")
